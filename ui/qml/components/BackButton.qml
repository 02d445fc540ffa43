import QtQuick

// Always bottom left. On the first screen of the flow it leaves the check-in.
BigButton {
    objectName: "backButton"
    kind: "secondary"
    iconName: "back"
    text: qsTr("Back")
    onClicked: checkIn.back()
}
