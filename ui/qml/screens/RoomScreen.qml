import QtQuick
import QtQuick.Controls.Basic
import "../components"

// The room(s) the kiosk found, or an honest "not ready yet — about N minutes".
ScreenFrame {
    id: screen
    objectName: "roomScreen"
    readonly property var stay: checkIn.stay
    readonly property bool finding: checkIn.busy && checkIn.busyTask === "rooms"
    title: finding ? qsTr("Finding your room…")
         : stay.noRoomReady ? qsTr("Your room is not quite ready")
         : stay.rooms.count > 1 ? qsTr("Your rooms") : qsTr("Your room")
    subtitle: finding ? qsTr("One moment, please.")
            : stay.noRoomReady ? qsTr("Housekeeping is preparing it right now. We are sorry for the wait.")
            : qsTr("You will get the key cards in a moment.")

    BusyIndicator {
        visible: screen.finding
        running: visible
        anchors.centerIn: parent
        width: 160; height: 160
    }

    // --- rooms found ---
    Row {
        visible: !screen.finding && !stay.noRoomReady
        x: Theme.margin
        spacing: Theme.gap
        Repeater {
            model: stay.rooms
            Card {
                width: Math.min(820, (Theme.screenWidth - 2 * Theme.margin - 640) / Math.max(1, stay.rooms.count))
                height: 440
                Column {
                    anchors.fill: parent
                    anchors.margins: 36
                    spacing: 12
                    Caption { text: model.roomTypeName; color: Theme.mutedText; font.pixelSize: Theme.subtitleSize }
                    Caption {
                        objectName: "roomNumber"
                        text: qsTr("Room %1").arg(model.room)
                        font.pixelSize: 96
                        font.bold: true
                    }
                    Caption { text: qsTr("Floor %1").arg(model.floor); font.pixelSize: Theme.subtitleSize; font.bold: true }
                    Caption {
                        width: parent.width
                        text: model.wayfinding
                        color: Theme.mutedText
                        maximumLineCount: 3
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
    BigButton {
        objectName: "continueToPaymentButton"
        visible: !screen.finding && !stay.noRoomReady && stay.rooms.count > 0
        x: parent.width - Theme.margin - width
        y: 440 - height
        width: 560
        height: Theme.bigButtonHeight
        iconName: "forward"
        text: qsTr("Continue")
        onClicked: checkIn.continueToPayment()
    }

    // --- no room ready yet ---
    Card {
        visible: !screen.finding && stay.noRoomReady
        x: Theme.margin
        width: parent.width - 2 * Theme.margin
        height: 440
        Row {
            x: 48
            anchors.verticalCenter: parent.verticalCenter
            spacing: 48
            Icon { name: "clock"; size: 150; color: Theme.notice; anchors.verticalCenter: parent.verticalCenter }
            Column {
                width: 1400
                spacing: 28
                anchors.verticalCenter: parent.verticalCenter
                Caption {
                    objectName: "readyText"
                    width: parent.width
                    text: stay.readyMinutes >= 0
                          ? qsTr("It will be ready in about %n minute(s).", "", stay.readyMinutes)
                          : qsTr("We do not know yet when it will be ready.")
                    font.pixelSize: Theme.titleSize - 8
                    font.bold: true
                }
                Caption {
                    width: parent.width
                    text: qsTr("You can wait here or in the lobby and check again, or a colleague can help you now.")
                    color: Theme.mutedText
                }
                Row {
                    spacing: Theme.gap
                    BigButton {
                        objectName: "waitButton"
                        width: 560
                        height: Theme.bigButtonHeight
                        iconName: "clock"
                        text: qsTr("Wait and check again")
                        onClicked: checkIn.checkRoomAgain()
                    }
                    BigButton {
                        objectName: "roomStaffButton"
                        width: 480
                        height: Theme.bigButtonHeight
                        kind: "staff"
                        iconName: "staff"
                        text: qsTr("Call staff")
                        onClicked: staffCall.call()
                    }
                }
            }
        }
    }
}
