import QtQuick
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard

// A big text field with its label above and its error (or hint) below. Focus brings up
// the on-screen keyboard; the keyboard's Enter key sends accepted().
Column {
    id: root
    property alias label: labelText.text
    property alias text: field.text
    property alias placeholder: field.placeholderText
    property alias inputMethodHints: field.inputMethodHints
    property alias readOnly: field.readOnly
    property alias field: field
    property string error: ""
    property string hint: ""
    property int fieldWidth: 600
    signal accepted()
    signal edited(string text)
    spacing: 6

    Caption {
        id: labelText
        width: root.fieldWidth
        font.pixelSize: Theme.labelSize
        font.bold: true
        visible: text !== ""
        maximumLineCount: 1
        fontSizeMode: Text.HorizontalFit      // a long label shrinks a little, not cut off
        minimumPixelSize: 20
        elide: Text.ElideRight
    }
    TextField {
        id: field
        objectName: root.objectName + "Input"
        width: root.fieldWidth
        height: Theme.fieldHeight
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize + 4
        color: Theme.text
        placeholderTextColor: Theme.mutedText
        leftPadding: 22; rightPadding: 22
        EnterKeyAction.actionId: EnterKeyAction.Done
        background: Rectangle {
            radius: 12
            color: field.readOnly ? Theme.background : Theme.surface
            border.width: field.activeFocus ? 5 : 3
            border.color: root.error ? Theme.error : (field.activeFocus ? Theme.primary : Theme.text)
        }
        onAccepted: root.accepted()
        onTextEdited: root.edited(text)
        Accessible.name: root.label
    }
    Caption {
        width: root.fieldWidth
        text: root.error || root.hint
        visible: text !== ""
        color: root.error ? Theme.error : Theme.mutedText
        font.pixelSize: Theme.smallSize
        font.bold: root.error !== ""
        // A hint is one line (shrunk a little if long); an error may take two.
        maximumLineCount: root.error ? 2 : 1
        fontSizeMode: root.error ? Text.FixedSize : Text.HorizontalFit
        minimumPixelSize: 18
        elide: Text.ElideRight
    }
}
