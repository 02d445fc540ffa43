import QtQuick

// In the bottom bar while a colleague assists: who it is, and the way back to the tools.
BigButton {
    objectName: "assistedBadge"
    kind: "assist"
    iconName: "person"
    textSize: Theme.labelSize
    visible: assisted.active
    text: qsTr("Assisted by %1").arg(assisted.staffName)
    onClicked: assisted.sheetOpen ? assisted.closeSheet() : assisted.openSheet()
}
