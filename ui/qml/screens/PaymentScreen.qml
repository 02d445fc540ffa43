import QtQuick
import QtQuick.Controls.Basic
import "../components"

// The amount, explained honestly, then the card terminal.
ScreenFrame {
    id: screen
    objectName: "paymentScreen"
    readonly property var stay: checkIn.stay
    readonly property bool paying: checkIn.busy && checkIn.busyTask === "pay"
    title: paying ? qsTr("Insert or tap your card on the terminal") : qsTr("Payment")
    subtitle: paying ? qsTr("Follow the instructions on the card terminal below the screen.")
            : stay.prepaid ? qsTr("Your room is already paid. We only hold a deposit for extras.")
            : qsTr("We hold this amount on your card now. You pay at check-out for what you used.")

    Card {
        id: bill
        x: Theme.margin
        width: 1060
        height: 440
        Column {
            anchors.fill: parent
            anchors.margins: 40
            spacing: 22
            Row {
                width: parent.width
                visible: !stay.prepaid
                Caption { width: parent.width - 320; text: qsTr("Room, %n night(s)", "", stay.nights) }
                Caption { width: 320; text: stay.roomCharge; horizontalAlignment: Text.AlignRight; font.bold: true }
            }
            Row {
                width: parent.width
                visible: stay.prepaid
                Caption { width: parent.width - 320; text: qsTr("Room (paid in advance)") }
                Caption { width: 320; text: "✓"; horizontalAlignment: Text.AlignRight; font.bold: true; color: Theme.success }
            }
            Row {
                width: parent.width
                Caption {
                    width: parent.width - 320
                    text: qsTr("Deposit for extras (restaurant, minibar)")
                }
                Caption { width: 320; text: stay.incidentals; horizontalAlignment: Text.AlignRight; font.bold: true }
            }
            Rectangle { width: parent.width; height: 3; color: Theme.text }
            Row {
                width: parent.width
                Caption {
                    width: parent.width - 360
                    text: qsTr("Held on your card now")
                    font.pixelSize: Theme.subtitleSize + 4
                    font.bold: true
                }
                Caption {
                    objectName: "paymentAmount"
                    width: 360
                    text: stay.amount
                    horizontalAlignment: Text.AlignRight
                    font.pixelSize: Theme.subtitleSize + 8
                    font.bold: true
                }
            }
            Caption {
                width: parent.width
                text: qsTr("This is a hold, not a charge. What you do not use is released when you check out.")
                color: Theme.mutedText
                font.pixelSize: Theme.labelSize
            }
        }
    }

    BigButton {
        objectName: "payButton"
        visible: !screen.paying
        x: parent.width - Theme.margin - width
        y: bill.height - height
        width: 640
        height: Theme.bigButtonHeight * 1.4
        iconName: "card"
        text: qsTr("Pay with card")
        onClicked: checkIn.pay()
    }
    Card {
        objectName: "terminalPrompt"
        visible: screen.paying
        x: parent.width - Theme.margin - width
        width: 640
        height: bill.height
        border.width: 4
        border.color: Theme.primary
        Column {
            anchors.centerIn: parent
            width: parent.width - 80
            spacing: 24
            Icon { name: "card"; size: 140; color: Theme.primary; anchors.horizontalCenter: parent.horizontalCenter }
            Caption {
                width: parent.width
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Insert or tap your card on the terminal")
                font.pixelSize: Theme.subtitleSize
                font.bold: true
            }
            Row {
                anchors.horizontalCenter: parent.horizontalCenter
                spacing: 16
                BusyIndicator { running: screen.paying; width: 64; height: 64 }
                Icon { name: "arrowdown"; size: 64; color: Theme.primary }
            }
        }
    }
}
