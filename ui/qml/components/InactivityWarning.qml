import QtQuick

// "Are you still there?" before a walked-away guest's details are cleared.
Dialog {
    objectName: "inactivityWarning"
    visible: guestSession.warning
    iconName: "clock"
    title: qsTr("Are you still there?")

    Caption {
        objectName: "inactivityCountdown"
        width: parent.width
        text: qsTr("For your privacy, we will clear the screen in %n second(s).", "",
                   guestSession.secondsLeft)
        font.pixelSize: Theme.subtitleSize
    }
    BigButton {
        objectName: "stillHereButton"
        width: parent.width
        height: Theme.bigButtonHeight
        iconName: "check"
        text: qsTr("I am still here")
        onClicked: guestSession.stillHere()
    }
}
