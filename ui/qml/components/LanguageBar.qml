import QtQuick

// Every language, each in its own name, as a grid of equal buttons.
Grid {
    id: root
    property int buttonWidth: 300
    property int buttonHeight: Theme.buttonHeight
    signal chosen(string code)
    columns: 3
    spacing: 20

    Repeater {
        model: language.languages
        BigButton {
            objectName: "language_" + model.code
            width: root.buttonWidth
            height: root.buttonHeight
            text: model.nativeName
            kind: language.current === model.code ? "selected" : "secondary"
            Accessible.name: model.nativeName
            onClicked: { language.choose(model.code); root.chosen(model.code) }
        }
    }
}
