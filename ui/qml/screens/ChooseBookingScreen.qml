import QtQuick
import QtQuick.Controls.Basic
import "../components"

// Several bookings matched the surname: the guest taps their own.
ScreenFrame {
    objectName: "chooseBookingScreen"
    title: qsTr("Which booking is yours?")
    subtitle: qsTr("We found more than one booking. Tap your own.")

    ListView {
        id: list
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        height: parent.height - 30
        spacing: 20
        clip: true
        model: checkIn.booking.candidates
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { width: 16; policy: ScrollBar.AsNeeded }

        delegate: Button {
            id: choice
            objectName: "candidate_" + model.code
            width: list.width - 30
            height: 160
            focusPolicy: Qt.NoFocus
            onClicked: checkIn.chooseBooking(model.code)
            Accessible.name: model.firstName + " " + model.lastName
            background: Rectangle {
                radius: Theme.radius
                color: choice.down ? Theme.secondaryPressed : Theme.surface
                border.width: 4
                border.color: Theme.text
            }
            contentItem: Item {
                Column {
                    x: 24
                    anchors.verticalCenter: parent.verticalCenter
                    width: parent.width - 400
                    spacing: 8
                    Caption {
                        width: parent.width
                        text: model.firstName + " " + model.lastName
                        font.pixelSize: Theme.subtitleSize + 4
                        font.bold: true
                        maximumLineCount: 1
                        elide: Text.ElideRight
                    }
                    Caption {
                        width: parent.width
                        color: Theme.mutedText
                        text: model.arrival + " – " + model.departure + "  ·  "
                              + qsTr("%n night(s)", "", model.nights) + "  ·  " + model.roomTypes
                        maximumLineCount: 1
                        elide: Text.ElideRight
                    }
                }
                Row {
                    anchors.right: parent.right
                    anchors.rightMargin: 24
                    anchors.verticalCenter: parent.verticalCenter
                    spacing: 16
                    Caption {
                        text: qsTr("Booking %1").arg(model.shownCode)
                        color: Theme.mutedText
                        font.pixelSize: Theme.labelSize
                        anchors.verticalCenter: parent.verticalCenter
                    }
                    Icon { name: "forward"; size: 56; anchors.verticalCenter: parent.verticalCenter }
                }
            }
        }
    }
}
