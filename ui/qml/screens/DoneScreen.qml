import QtQuick
import "../components"

// All set: the room number, how to get there, Wi-Fi, check-out, a QR code to keep it.
ScreenFrame {
    id: screen
    objectName: "doneScreen"
    readonly property var stay: checkIn.stay
    readonly property int leftWidth: 1000
    title: stay.firstName ? qsTr("You are all set, %1!").arg(stay.firstName)
                          : qsTr("You are all set!")
    subtitle: qsTr("Take your key cards. Enjoy your stay!")

    Column {
        x: Theme.margin
        y: -40
        width: screen.leftWidth
        spacing: 16
        Repeater {
            model: stay.rooms
            Card {
                width: parent.width
                height: roomColumn.implicitHeight + 48
                Column {
                    id: roomColumn
                    x: 28; y: 24
                    width: parent.width - 56
                    spacing: 4
                    Row {
                        spacing: 36
                        Caption {
                            objectName: "doneRoomNumber"
                            text: model.room
                            font.pixelSize: stay.rooms.count > 1 ? 96 : Theme.hugeSize
                            font.bold: true
                            color: Theme.primary
                        }
                        Column {
                            anchors.verticalCenter: parent.verticalCenter
                            Caption { text: model.roomTypeName; color: Theme.mutedText; font.pixelSize: Theme.subtitleSize }
                            Caption { text: qsTr("Floor %1").arg(model.floor); font.pixelSize: Theme.subtitleSize + 6; font.bold: true }
                        }
                    }
                    Caption {
                        width: parent.width
                        text: model.wayfinding
                        maximumLineCount: stay.rooms.count > 1 ? 1 : 3
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }

    Card {
        id: info
        x: screen.leftWidth + Theme.margin + Theme.gap
        y: -40
        width: Theme.screenWidth - x - Theme.margin
        height: 440
        Column {
            id: facts
            x: 28; y: 24
            width: parent.width - qr.width - 84
            spacing: 10
            Row {
                spacing: 12
                Icon { name: "wifi"; size: 40 }
                Caption { text: qsTr("Wi-Fi"); font.bold: true; anchors.verticalCenter: parent.verticalCenter }
            }
            Caption { width: parent.width; text: stay.wifiSsid; font.pixelSize: Theme.labelSize }
            Caption {
                width: parent.width
                text: qsTr("Password: %1").arg(stay.wifiPassword)
                font.pixelSize: Theme.labelSize
            }
            Row {
                spacing: 12
                Icon { name: "clock"; size: 40 }
                Caption { text: qsTr("Check-out"); font.bold: true; anchors.verticalCenter: parent.verticalCenter }
            }
            Caption {
                width: parent.width
                text: qsTr("By %1 on %2").arg(stay.checkoutTime).arg(stay.departure)
                font.pixelSize: Theme.labelSize
            }
            Row {
                visible: stay.parkingPlate !== ""
                spacing: 12
                Icon { name: "car"; size: 40 }
                Caption {
                    text: qsTr("Parking permit: %1").arg(stay.parkingPlate)
                    font.pixelSize: Theme.labelSize
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
        Column {
            x: parent.width - width - 28
            y: 24
            spacing: 8
            QrImage {
                id: qr
                objectName: "doneQr"
                size: 260
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
    BigButton {
        objectName: "printSlipButton"
        x: Theme.margin
        y: parent.height - height - 20
        width: screen.leftWidth
        kind: "secondary"
        iconName: "arrowdown"
        text: checkIn.busy && checkIn.busyTask === "print" ? qsTr("Printing…")
                                                           : qsTr("Print these details")
        onClicked: checkIn.printSlip()
    }
    BigButton {
        objectName: "finishButton"
        x: info.x
        y: parent.height - height - 20
        width: info.width
        iconName: "check"
        text: qsTr("Finish")
        onClicked: checkIn.finish()
    }
}
