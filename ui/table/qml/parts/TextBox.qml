import QtQuick
import QtQuick.Controls.Basic

// A text field for the on-screen keyboard; the inner field is called <objectName>Input.
Rectangle {
    id: box
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias inputHints: input.inputMethodHints
    signal accepted()
    signal edited(string text)

    implicitHeight: Theme.buttonHeight
    radius: Theme.radius
    color: Theme.surface
    border.width: input.activeFocus ? 4 : 2
    border.color: input.activeFocus ? Theme.primary : Theme.divider

    TextField {
        id: input
        objectName: box.objectName + "Input"
        anchors.fill: parent
        anchors.leftMargin: Theme.gap
        anchors.rightMargin: Theme.gap
        background: null
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        color: Theme.text
        placeholderTextColor: Theme.mutedText
        verticalAlignment: TextInput.AlignVCenter
        onTextChanged: box.edited(text)
        onAccepted: box.accepted()
    }
}
