import QtQuick

// A calm modal card in the lower half of the screen over a dimmed background.
Item {
    id: root
    default property alias content: body.data
    property alias title: heading.text
    property string iconName: ""
    anchors.fill: parent
    visible: false

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
        MouseArea { anchors.fill: parent }   // the screen behind waits; touching it is activity
    }
    Card {
        id: card
        width: 1200
        height: column.implicitHeight + 2 * 56
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.bottomBarHeight + 40
        border.width: 4
        border.color: Theme.text
        Column {
            id: column
            anchors.fill: parent
            anchors.margins: 56
            spacing: 32
            Row {
                spacing: 28
                Icon { name: root.iconName; size: 80; anchors.verticalCenter: parent.verticalCenter }
                Caption {
                    id: heading
                    width: column.width - (root.iconName ? 108 : 0)
                    font.pixelSize: Theme.titleSize - 6
                    font.bold: true
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
            Column { id: body; width: parent.width; spacing: 32 }
        }
    }
}
