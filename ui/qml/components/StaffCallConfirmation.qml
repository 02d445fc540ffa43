import QtQuick

// After "Call staff": what happens now, calmly; the guest can carry on.
Dialog {
    objectName: "staffCallConfirmation"
    visible: staffCall.confirmationVisible
    iconName: "staff"
    title: staffCall.failed ? qsTr("Please ask at the front desk")
                            : qsTr("A colleague is on the way")

    Caption {
        width: parent.width
        font.pixelSize: Theme.subtitleSize
        text: staffCall.failed
            ? qsTr("We could not reach a colleague from here. We are sorry — the front desk will help you straight away.")
            : qsTr("A colleague has been called and will come to you. You can carry on while you wait.")
    }
    BigButton {
        objectName: "staffCallOkButton"
        width: parent.width
        height: Theme.bigButtonHeight
        text: qsTr("OK")
        onClicked: staffCall.dismiss()
    }
}
