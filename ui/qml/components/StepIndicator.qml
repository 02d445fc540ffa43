import QtQuick

// Where the guest is in the check-in: "Step 3 of 8" and a bar of steps. Not touchable.
Row {
    id: root
    property int step: checkIn.step
    property int count: checkIn.stepCount
    spacing: 24
    visible: step > 0

    Caption {
        objectName: "stepText"
        anchors.verticalCenter: parent.verticalCenter
        text: qsTr("Step %1 of %2").arg(root.step).arg(root.count)
        color: Theme.headerInk
        font.pixelSize: Theme.labelSize
        font.bold: true
    }
    Row {
        spacing: 8
        anchors.verticalCenter: parent.verticalCenter
        Repeater {
            model: root.count
            Rectangle {
                width: 56; height: 16; radius: 8
                color: index < root.step ? Theme.staff : "transparent"
                border.width: 3
                border.color: Theme.headerInk
            }
        }
    }
}
