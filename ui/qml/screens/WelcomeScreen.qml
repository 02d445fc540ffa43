import QtQuick
import "../components"

ScreenFrame {
    objectName: "welcomeScreen"
    title: qsTr("Welcome to %1").arg(hotelName)
    subtitle: qsTr("Check in here in a few minutes and get your room key.")

    Caption {
        x: Theme.margin
        y: 0
        width: 960
        text: qsTr("Choose your language")
        font.pixelSize: Theme.subtitleSize
        font.bold: true
    }
    LanguageBar {
        x: Theme.margin
        y: 70
        columns: 3
        buttonWidth: 300
        buttonHeight: 118
    }
    BigButton {
        objectName: "startCheckInButton"
        x: parent.width - Theme.margin - width
        y: 70
        width: 760
        height: 390
        iconName: "key"
        textSize: 60
        text: qsTr("Check in")
        onClicked: checkIn.start()
    }
    Caption {
        x: parent.width - Theme.margin - 760
        y: 480
        width: 760
        text: qsTr("Have your booking code, the QR code from your e-mail, or your passport ready.")
        color: Theme.mutedText
        font.pixelSize: Theme.labelSize
    }
}
