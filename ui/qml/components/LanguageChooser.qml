import QtQuick

// Change the language at any moment; the guest stays where they are.
Dialog {
    id: root
    objectName: "languageChooser"
    iconName: "globe"
    title: qsTr("Choose your language")
    LanguageBar {
        columns: 3
        buttonWidth: (parent.width - 2 * spacing) / 3
        onChosen: root.visible = false
    }
}
