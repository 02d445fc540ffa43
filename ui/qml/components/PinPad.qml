import QtQuick

// Digits for a staff PIN. The digits go straight to the view-model; QML never holds them.
Grid {
    id: root
    property int keyWidth: 140
    property int keyHeight: 96
    columns: 3
    spacing: 14

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", ""]
        BigButton {
            objectName: modelData === "⌫" ? "pinErase" : (modelData ? "pin_" + modelData : "")
            width: root.keyWidth
            height: root.keyHeight
            kind: "secondary"
            textSize: 44
            text: modelData
            visible: modelData !== ""
            Accessible.name: modelData === "⌫" ? qsTr("Delete") : modelData
            onClicked: modelData === "⌫" ? staffSignIn.erase() : staffSignIn.pressDigit(modelData)
        }
    }
}
