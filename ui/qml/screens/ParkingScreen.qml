import QtQuick
import "../components"

// A car or no car: two equal choices. The parking permit is digital, no paper.
ScreenFrame {
    id: screen
    objectName: "parkingScreen"
    title: qsTr("Are you parking a car with us?")
    subtitle: qsTr("Register the licence plate and your parking permit is ready. No paper needed.")
    readonly property int half: (Theme.screenWidth - 2 * Theme.margin - Theme.gap) / 2

    Card {
        x: Theme.margin
        width: screen.half
        height: 440
        Column {
            anchors.fill: parent
            anchors.margins: 36
            spacing: 24
            Row {
                spacing: 20
                Icon { name: "car"; size: 64; anchors.verticalCenter: parent.verticalCenter }
                Caption {
                    text: qsTr("I have a car")
                    font.pixelSize: Theme.subtitleSize
                    font.bold: true
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
            // The button sits beside the field: the on-screen keyboard never covers it.
            Row {
                spacing: 20
                KioskTextField {
                    id: plateField
                    objectName: "plateField"
                    label: qsTr("Licence plate")
                    placeholder: "ABC-123"
                    fieldWidth: 420
                    inputMethodHints: Qt.ImhPreferUppercase | Qt.ImhNoPredictiveText
                    error: checkIn.errorId === "plate_invalid" ? qsTr("Please check the licence plate.") : ""
                    onAccepted: checkIn.setParking(text)
                    onEdited: checkIn.dismissError()
                }
                BigButton {
                    objectName: "registerCarButton"
                    y: plateField.field.y
                    width: screen.half - 72 - 420 - 20
                    height: Theme.fieldHeight
                    iconName: "check"
                    text: qsTr("Register my car")
                    enabled: plateField.text.trim().length > 0
                    onClicked: { Qt.inputMethod.hide(); checkIn.setParking(plateField.text) }
                }
            }
        }
    }
    BigButton {
        objectName: "noCarButton"
        x: Theme.margin + screen.half + Theme.gap
        width: screen.half
        height: 440
        kind: "secondary"
        textSize: 52
        text: qsTr("No car")
        onClicked: checkIn.noCar()
    }
}
