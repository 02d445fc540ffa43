import QtQuick
import "../components"

// All set: the room number, how to get there, Wi-Fi, check-out, a QR code to keep it.
ScreenFrame {
    id: screen
    objectName: "doneScreen"
    readonly property var stay: checkIn.stay
    title: stay.firstName ? qsTr("You are all set, %1!").arg(stay.firstName)
                          : qsTr("You are all set!")
    subtitle: qsTr("Take your key cards. Enjoy your stay!")

    Column {
        x: Theme.margin
        y: -40
        width: 1000
        spacing: 16
        Repeater {
            model: stay.rooms
            Card {
                width: parent.width
                height: stay.rooms.count > 1 ? 230 : 340
                Column {
                    anchors.fill: parent
                    anchors.margins: 28
                    spacing: 6
                    Row {
                        spacing: 36
                        Caption {
                            objectName: "doneRoomNumber"
                            text: model.room
                            font.pixelSize: stay.rooms.count > 1 ? 110 : Theme.hugeSize
                            font.bold: true
                            color: Theme.primary
                        }
                        Column {
                            anchors.verticalCenter: parent.verticalCenter
                            Caption { text: qsTr("Room"); color: Theme.mutedText; font.pixelSize: Theme.subtitleSize }
                            Caption { text: qsTr("Floor %1").arg(model.floor); font.pixelSize: Theme.subtitleSize; font.bold: true }
                        }
                    }
                    Caption {
                        width: parent.width
                        text: model.wayfinding
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }

    Card {
        x: 1000 + Theme.margin + Theme.gap
        y: -40
        width: Theme.screenWidth - x - Theme.margin
        height: 450
        Row {
            anchors.fill: parent
            anchors.margins: 28
            spacing: 28
            Column {
                width: parent.width - qr.width - 28
                spacing: 14
                Row {
                    spacing: 12
                    Icon { name: "wifi"; size: 44 }
                    Caption { text: qsTr("Wi-Fi"); font.bold: true; anchors.verticalCenter: parent.verticalCenter }
                }
                Caption { width: parent.width; text: qsTr("Network: %1").arg(stay.wifiSsid) }
                Caption { width: parent.width; text: qsTr("Password: %1").arg(stay.wifiPassword) }
                Row {
                    spacing: 12
                    Icon { name: "clock"; size: 44 }
                    Caption { text: qsTr("Check-out"); font.bold: true; anchors.verticalCenter: parent.verticalCenter }
                }
                Caption {
                    width: parent.width
                    text: qsTr("By %1 on %2").arg(stay.checkoutTime).arg(stay.departure)
                }
                Caption {
                    width: parent.width
                    visible: stay.parkingPlate !== ""
                    text: qsTr("Parking permit: %1").arg(stay.parkingPlate)
                }
            }
            Column {
                spacing: 8
                QrImage {
                    id: qr
                    objectName: "doneQr"
                    size: 300
                    source: stay.qrSource
                }
                Caption {
                    width: qr.width
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("Scan to keep these details")
                    font.pixelSize: Theme.smallSize
                }
            }
        }
    }
    BigButton {
        objectName: "finishButton"
        x: parent.width - Theme.margin - width
        y: parent.height - height - 20
        width: 480
        iconName: "check"
        text: qsTr("Finish")
        onClicked: checkIn.finish()
    }
}
