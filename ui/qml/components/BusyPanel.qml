import QtQuick
import QtQuick.Controls.Basic

// "One moment": shown while the kiosk works, so a guest does not tap twice.
Rectangle {
    id: root
    property alias text: message.text
    property string iconName: ""
    width: 1000
    height: 200
    radius: Theme.radius
    color: Theme.surface
    border.width: 4
    border.color: Theme.primary

    Row {
        anchors.centerIn: parent
        spacing: 36
        BusyIndicator {
            running: root.visible
            width: 110; height: 110
            anchors.verticalCenter: parent.verticalCenter
        }
        Caption {
            id: message
            width: root.width - 220
            anchors.verticalCenter: parent.verticalCenter
            font.pixelSize: Theme.subtitleSize
            font.bold: true
            text: qsTr("One moment, please…")
        }
    }
}
