import QtQuick

// Always bottom right, always the same colour: one tap brings a colleague.
BigButton {
    objectName: "callStaffButton"
    kind: "staff"
    iconName: "staff"
    text: qsTr("Call staff")
    onClicked: staffCall.call()
}
