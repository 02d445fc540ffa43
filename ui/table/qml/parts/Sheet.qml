import QtQuick

// A card over the table with a title and a close button (top right, 80 px).
Rectangle {
    id: sheet
    property alias title: heading.text
    property string closeName: "closeSheet"
    default property alias content: body.data
    signal closeRequested()

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    border.width: 2

    MouseArea { anchors.fill: parent }     // a touch on the card never reaches the map

    Text {
        id: heading
        anchors { left: parent.left; right: closeButton.left; top: parent.top
                  margins: Theme.margin }
        font.family: Theme.fontFamily
        font.pixelSize: Theme.titleSize
        font.bold: true
        color: Theme.text
        elide: Text.ElideRight
    }
    TButton {
        id: closeButton
        objectName: sheet.closeName
        anchors { right: parent.right; top: parent.top; margins: Theme.gap }
        width: Theme.touchMin; height: Theme.touchMin
        text: "✕"
        textSize: Theme.subtitleSize
        onClicked: sheet.closeRequested()
    }
    Item {
        id: body
        anchors { left: parent.left; right: parent.right; top: closeButton.bottom
                  bottom: parent.bottom; margins: Theme.margin; topMargin: Theme.gap }
    }
}
