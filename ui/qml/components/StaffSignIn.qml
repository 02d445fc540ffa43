import QtQuick
import QtQuick.Controls.Basic

// Staff only, behind the long press on the hotel's name or a staff card on the reader: staff
// ID and PIN (or the card), then the tools the person's role allows. A duty manager chooses
// between assisting and diagnostics; after a card, diagnostics asks for that member's PIN.
Item {
    id: root
    objectName: "staffSignIn"
    anchors.fill: parent
    visible: staffSignIn.visible
    onVisibleChanged: if (visible) userField.text = ""

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
        MouseArea { objectName: "backdrop"; anchors.fill: parent }
    }
    Card {
        id: card
        x: 260; y: 150
        width: 1400
        height: 750
        border.width: 4
        border.color: Theme.assist

        Row {
            x: 56; y: 36
            spacing: 24
            Icon { name: "person"; size: 72; color: Theme.assist }
            Column {
                spacing: 6
                Caption {
                    text: staffSignIn.choosing || staffSignIn.pinOnly
                          ? qsTr("Welcome, %1").arg(staffSignIn.memberName)
                          : qsTr("Staff sign-in")
                    font.pixelSize: Theme.titleSize - 10
                    font.bold: true
                }
                Caption {
                    width: card.width - 220
                    text: staffSignIn.choosing ? qsTr("What would you like to open?")
                          : staffSignIn.pinOnly ? qsTr("Enter your PIN to open diagnostics.")
                          : qsTr("For hotel staff only. Guests: please use Call staff.")
                    color: Theme.mutedText
                    font.pixelSize: Theme.labelSize
                }
            }
        }

        // --- staff ID and PIN ---
        Item {
            anchors.fill: parent
            visible: !staffSignIn.choosing
            Row {
                objectName: "staffCardHint"
                x: 56; y: 166
                spacing: 14
                visible: !staffSignIn.pinOnly
                Icon { name: "card"; size: 40; color: Theme.assist }
                Caption {
                    objectName: "staffCardHintText"
                    width: card.width - 112 - 54
                    anchors.verticalCenter: parent.verticalCenter
                    text: qsTr("Tap your staff card or enter your ID and PIN")
                    font.pixelSize: Theme.labelSize
                    font.bold: true
                    maximumLineCount: 1
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 20
                    elide: Text.ElideRight
                }
            }
            KioskTextField {
                id: userField
                objectName: "staffUserField"
                visible: !staffSignIn.pinOnly     // the card said who it is
                x: 56; y: 220
                fieldWidth: 620
                label: qsTr("Staff ID")
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                onAccepted: { root.forceActiveFocus(); Qt.inputMethod.hide() }
            }
            Caption {
                x: 56; y: 390
                text: qsTr("PIN")
                font.pixelSize: Theme.labelSize
                font.bold: true
            }
            Row {
                objectName: "pinDots"
                x: 56; y: 440
                spacing: 18
                Repeater {
                    model: Math.max(4, staffSignIn.pinLength)
                    Rectangle {
                        width: 36; height: 36; radius: 18
                        color: index < staffSignIn.pinLength ? Theme.text : "transparent"
                        border.width: 3
                        border.color: Theme.text
                    }
                }
            }
            Caption {
                objectName: "staffSignInError"
                x: 56; y: 500
                width: 640
                text: staffSignIn.error
                visible: text !== ""
                color: Theme.error
                font.pixelSize: Theme.labelSize
                font.bold: true
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            BusyIndicator {
                x: 56; y: 500
                width: 80; height: 80
                running: staffSignIn.busy
                visible: staffSignIn.busy
            }
            Row {
                x: 56
                y: card.height - Theme.buttonHeight - 40
                spacing: Theme.gap
                BigButton {
                    objectName: "staffSignInButton"
                    width: 330
                    kind: "assist"
                    iconName: "check"
                    text: qsTr("Sign in")
                    enabled: !staffSignIn.busy
                    onClicked: { Qt.inputMethod.hide(); staffSignIn.submit(userField.text) }
                }
                BigButton {
                    objectName: "staffSignInCancel"
                    width: 290
                    kind: "secondary"
                    text: qsTr("Cancel")
                    onClicked: { Qt.inputMethod.hide(); staffSignIn.cancel() }
                }
            }
            PinPad {
                x: card.width - width - 72
                y: 220
                keyWidth: 150
                keyHeight: 112
            }
        }

        // --- a duty manager may do both ---
        Row {
            visible: staffSignIn.choosing
            x: 56
            y: card.height - Theme.bigButtonHeight - 40
            spacing: Theme.gap
            BigButton {
                objectName: "chooseAssistButton"
                width: 520
                height: Theme.bigButtonHeight
                kind: "assist"
                iconName: "staff"
                text: qsTr("Assist the guest")
                onClicked: staffSignIn.chooseAssist()
            }
            BigButton {
                objectName: "chooseDiagnosticsButton"
                width: 440
                height: Theme.bigButtonHeight
                kind: "assist"
                iconName: "key"
                text: qsTr("Diagnostics")
                onClicked: staffSignIn.chooseDiagnostics()
            }
            BigButton {
                width: 300
                height: Theme.bigButtonHeight
                kind: "secondary"
                text: qsTr("Cancel")
                onClicked: staffSignIn.cancel()
            }
        }
    }
}
