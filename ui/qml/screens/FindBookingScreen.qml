import QtQuick
import QtQuick.VirtualKeyboard
import "../components"

// Four ways to find a booking. The QR scanner and the passport reader listen all the time,
// whichever way is chosen here.
ScreenFrame {
    id: screen
    objectName: "findBookingScreen"
    property string method: "code"      // code | name | qr | passport
    title: qsTr("Find your booking")
    subtitle: qsTr("Type your booking code, or scan the QR code from your e-mail or your passport below the screen at any time.")

    readonly property var methods: [
        { key: "code", icon: "keyboard", label: qsTr("Booking code") },
        { key: "name", icon: "person", label: qsTr("Surname and date") },
        { key: "qr", icon: "qr", label: qsTr("QR code") },
        { key: "passport", icon: "passport", label: qsTr("Passport") }
    ]

    Row {
        x: Theme.margin
        spacing: 24
        Repeater {
            model: screen.methods
            BigButton {
                objectName: "method_" + modelData.key
                width: (Theme.screenWidth - 2 * Theme.margin - 3 * 24) / 4
                height: 120
                iconName: modelData.icon
                textSize: 32
                text: modelData.label
                kind: screen.method === modelData.key ? "selected" : "secondary"
                onClicked: { screen.method = modelData.key; checkIn.dismissError() }
            }
        }
    }

    // --- booking code ---
    Row {
        visible: screen.method === "code"
        x: Theme.margin
        y: 150
        spacing: Theme.gap
        KioskTextField {
            id: codeField
            objectName: "bookingCodeField"
            label: qsTr("Booking code")
            placeholder: "ABCD-2345"
            fieldWidth: 760
            inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                              | Qt.ImhNoAutoUppercase
            onAccepted: checkIn.findByCode(text)
            onEdited: checkIn.dismissError()
        }
        BigButton {
            objectName: "findByCodeButton"
            y: codeField.field.y
            width: 520
            height: Theme.fieldHeight
            iconName: "forward"
            text: qsTr("Find my booking")
            enabled: codeField.text.trim().length > 0
            onClicked: { Qt.inputMethod.hide(); checkIn.findByCode(codeField.text) }
        }
    }

    // --- surname and arrival date: one row, so the keyboard never covers the button ---
    Row {
        visible: screen.method === "name"
        x: Theme.margin
        y: 150
        spacing: Theme.gap
        KioskTextField {
            id: surnameField
            objectName: "surnameField"
            label: qsTr("Surname")
            fieldWidth: 600
            inputMethodHints: Qt.ImhNoPredictiveText
            onAccepted: checkIn.findByName(text)
            onEdited: checkIn.dismissError()
        }
        Column {
            spacing: 6
            Caption { text: qsTr("Arrival"); font.pixelSize: Theme.labelSize; font.bold: true }
            Row {
                spacing: 10
                BigButton {
                    objectName: "arrivalEarlierButton"
                    width: 88; height: Theme.fieldHeight
                    kind: "secondary"; iconName: "back"
                    Accessible.name: qsTr("Earlier day")
                    onClicked: checkIn.shiftArrival(-1)
                }
                Card {
                    width: 480; height: Theme.fieldHeight
                    Caption {
                        objectName: "arrivalDay"
                        anchors.centerIn: parent
                        width: parent.width - 24
                        horizontalAlignment: Text.AlignHCenter
                        text: checkIn.arrivalDay
                        maximumLineCount: 1
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 20
                    }
                }
                BigButton {
                    objectName: "arrivalLaterButton"
                    width: 88; height: Theme.fieldHeight
                    kind: "secondary"; iconName: "forward"
                    Accessible.name: qsTr("Later day")
                    onClicked: checkIn.shiftArrival(1)
                }
            }
        }
        BigButton {
            objectName: "findByNameButton"
            y: surnameField.field.y
            width: 420
            height: Theme.fieldHeight
            iconName: "forward"
            text: qsTr("Find my booking")
            enabled: surnameField.text.trim().length > 0
            onClicked: { Qt.inputMethod.hide(); checkIn.findByName(surnameField.text) }
        }
    }

    // --- scanners: nothing to tap, only where to hold what ---
    Card {
        visible: screen.method === "qr" || screen.method === "passport"
        x: Theme.margin
        y: 150
        width: Theme.screenWidth - 2 * Theme.margin
        height: 300
        Row {
            anchors.centerIn: parent
            spacing: 60
            Icon {
                name: screen.method === "qr" ? "qr" : "passport"
                size: 180
                anchors.verticalCenter: parent.verticalCenter
            }
            Column {
                spacing: 20
                width: 1100
                anchors.verticalCenter: parent.verticalCenter
                Caption {
                    width: parent.width
                    font.pixelSize: Theme.subtitleSize + 4
                    font.bold: true
                    text: screen.method === "qr"
                        ? qsTr("Hold the QR code from your confirmation e-mail under the scanner.")
                        : qsTr("Place your passport on the reader, photo page down.")
                }
                Row {
                    spacing: 16
                    Icon { name: "arrowdown"; size: 56; color: Theme.primary }
                    Caption {
                        text: qsTr("The reader is just below the screen.")
                        color: Theme.mutedText
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
            }
        }
    }
}
