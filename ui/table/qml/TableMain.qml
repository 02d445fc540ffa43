import QtQuick
import QtQuick.Window
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import "parts"

// The smart table. The map fills the surface; the list, the chips, the saved homes and
// "Call an advisor" sit at the customer's and advisor's edge (the bottom); tokens open
// their panels wherever they are put down, facing whoever put them there.
Window {
    id: window
    objectName: "tableWindow"
    width: 1920
    height: 1080
    visible: false
    color: Theme.ground
    title: qsTr("Homes for sale")

    Binding { target: VirtualKeyboardSettings; property: "locale"; value: tableLanguage.keyboardLocale }

    function putKeyboardAway() {
        focusSink.forceActiveFocus()
        Qt.inputMethod.hide()
    }
    Item { id: focusSink; objectName: "focusSink" }

    onWidthChanged: markers.setSurface(width, height)
    onHeightChanged: markers.setSurface(width, height)
    Component.onCompleted: markers.setSurface(width, height)

    TableMap {
        id: mapView
        anchors.fill: parent
        uncoveredRight: results.x - Theme.gap
        uncoveredBottom: bottomBar.y
        interactive: !listing.isOpen && !shortlist.isOpen && !shortlist.compareOpen
                     && booking.step === ""
    }

    ResultsPanel {
        id: results
        objectName: "resultsPanel"
        anchors { right: parent.right; top: parent.top; bottom: bottomBar.top
                  margins: Theme.margin }
        width: Theme.resultsWidth
    }

    ChipEditor {       // above the keyboard while words are typed
        anchors { left: parent.left; bottom: keyboard.active ? keyboard.top : bottomBar.top
                  margins: Theme.margin }
    }

    // Sheets over the map; the bottom bar (and "Call an advisor") stays in view.
    Rectangle {
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: bottomBar.top }
        color: Theme.scrim
        visible: listing.isOpen || shortlist.isOpen || shortlist.compareOpen
        MouseArea { anchors.fill: parent }   // touches outside the sheet do not reach the map
    }
    ListingSheet {
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: bottomBar.top
                  margins: Theme.margin }
        visible: listing.isOpen
    }
    ShortlistSheet {
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: bottomBar.top
                  margins: Theme.margin; leftMargin: 180; rightMargin: 180 }
        visible: shortlist.isOpen
    }
    CompareSheet {
        anchors { left: parent.left; right: parent.right; top: parent.top; bottom: bottomBar.top
                  margins: Theme.margin; leftMargin: 120; rightMargin: 120 }
        visible: shortlist.compareOpen
    }
    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
        visible: booking.step !== ""
        MouseArea { anchors.fill: parent }
    }
    BookingSheet {
        visible: booking.step !== ""
        width: 1240
        height: 800
        x: (parent.width - width) / 2
        y: keyboard.active ? Theme.margin : (bottomBar.y - height) / 2
    }

    BottomBar {
        id: bottomBar
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
    }
    MarkerLayer { anchors.fill: parent }
    AdvisorStatus {
        anchors { right: parent.right; bottom: bottomBar.top; margins: Theme.margin }
    }

    IdleWarning { anchors.fill: parent }

    InputPanel {
        id: keyboard
        objectName: "keyboard"
        z: 100
        width: 1300
        x: (parent.width - width) / 2
        y: active ? parent.height - height : parent.height
        visible: active
    }
}
