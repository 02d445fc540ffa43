import QtQuick

// Nobody has touched the table for a while: ask before starting over for the next customer.
Rectangle {
    id: scrim
    objectName: "idleWarning"
    color: Theme.scrim
    visible: idle.warning
    MouseArea { anchors.fill: parent; onClicked: idle.touch() }
    Rectangle {
        anchors.centerIn: parent
        width: 900; height: 420
        radius: Theme.radius
        color: Theme.surface
        Column {
            anchors { fill: parent; margins: Theme.margin * 1.5 }
            spacing: Theme.margin
            Text {
                width: parent.width
                text: qsTr("Are you still looking?")
                font.family: Theme.fontFamily; font.pixelSize: Theme.titleSize; font.bold: true
                color: Theme.text
            }
            Text {
                width: parent.width
                text: qsTr("In %n seconds the table starts over and your saved homes are cleared from the screen.", "", idle.secondsLeft)
                font.family: Theme.fontFamily; font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            TButton {
                objectName: "stillHereButton"
                width: 400
                primary: true
                text: qsTr("Continue")
                onClicked: idle.touch()
            }
        }
    }
}
