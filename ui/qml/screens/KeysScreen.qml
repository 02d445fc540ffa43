import QtQuick
import QtQuick.Controls.Basic
import "../components"

// How many key cards, then the kiosk makes them.
ScreenFrame {
    id: screen
    objectName: "keysScreen"
    readonly property var stay: checkIn.stay
    readonly property bool making: checkIn.busy && checkIn.busyTask === "keys"
    title: making ? qsTr("Making your key cards…") : qsTr("Your key cards")
    subtitle: making ? qsTr("Please take them from the slot below the screen.")
            : qsTr("How many key cards would you like for each room?")

    Row {
        visible: !screen.making
        x: Theme.margin
        spacing: Theme.gap
        Repeater {
            model: stay.maxCards
            BigButton {
                objectName: "cards_" + (index + 1)
                width: 220
                height: 220
                textSize: 96
                text: String(index + 1)
                kind: stay.cards === index + 1 ? "selected" : "secondary"
                Accessible.name: qsTr("%n key card(s)", "", index + 1)
                onClicked: checkIn.chooseCards(index + 1)
            }
        }
    }
    BigButton {
        objectName: "makeKeysButton"
        visible: !screen.making
        x: parent.width - Theme.margin - width
        y: 220 - height
        width: 640
        height: Theme.bigButtonHeight * 1.4
        iconName: "key"
        text: qsTr("Make %n key card(s)", "", stay.cards)
        onClicked: checkIn.makeKeys()
    }
    Card {
        visible: screen.making
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        height: 380
        Row {
            anchors.centerIn: parent
            spacing: 60
            BusyIndicator { running: screen.making; width: 160; height: 160; anchors.verticalCenter: parent.verticalCenter }
            Icon { name: "key"; size: 160; color: Theme.primary; anchors.verticalCenter: parent.verticalCenter }
            Column {
                spacing: 16
                anchors.verticalCenter: parent.verticalCenter
                Caption {
                    objectName: "keyProgress"
                    text: checkIn.keyCards > 1
                          ? qsTr("Making key card %1 of %2").arg(checkIn.keyCard).arg(checkIn.keyCards)
                          : qsTr("%n key card(s) on the way", "", Math.max(1, checkIn.keyCards))
                    font.pixelSize: Theme.titleSize - 8
                    font.bold: true
                }
                Row {
                    objectName: "keyPips"
                    visible: checkIn.keyCards > 1
                    spacing: 14
                    Repeater {
                        model: checkIn.keyCards
                        Rectangle {
                            width: 64; height: 42; radius: 8
                            color: index + 1 < checkIn.keyCard ? Theme.primary : "transparent"
                            border.width: index + 1 === checkIn.keyCard ? 6 : 3
                            border.color: index + 1 <= checkIn.keyCard ? Theme.primary : Theme.divider
                        }
                    }
                }
                Row {
                    spacing: 16
                    Icon { name: "arrowdown"; size: 56; color: Theme.primary }
                    Caption {
                        text: qsTr("Take them from the slot below the screen.")
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
            }
        }
    }
}
