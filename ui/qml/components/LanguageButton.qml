import QtQuick

// In the bottom bar: the current language, in its own name. Main.qml opens the choice.
BigButton {
    objectName: "languageButton"
    kind: "secondary"
    iconName: "globe"
    text: language.currentName
}
