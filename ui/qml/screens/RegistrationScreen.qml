import QtQuick
import QtQuick.Controls.Basic
import "../components"

// The legal registration card, prefilled; the guest checks it and signs with a finger.
ScreenFrame {
    id: screen
    objectName: "registrationScreen"
    readonly property var card: checkIn.registration
    readonly property int formWidth: 1200
    title: qsTr("Registration card")
    subtitle: qsTr("The law asks every hotel guest for these details. Please check them and sign.")

    Flickable {
        id: form
        objectName: "registrationForm"
        x: Theme.margin
        width: screen.formWidth
        height: parent.height - 10
        clip: true
        contentHeight: grid.height + 20
        // Above the on-screen keyboard, the field being typed in stays visible.
        bottomMargin: Qt.inputMethod.visible ? 420 : 0
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { width: 18; policy: ScrollBar.AlwaysOn }

        function reveal(item) {
            var y = item.mapToItem(grid, 0, 0).y
            var visibleBottom = contentY + height - (Qt.inputMethod.visible ? 420 : 0)
            if (y < contentY) contentY = y
            else if (y + item.height > visibleBottom)
                contentY = Math.min(y + item.height - height + (Qt.inputMethod.visible ? 420 : 0),
                                    Math.max(0, contentHeight - height + bottomMargin))
        }

        Grid {
            id: grid
            columns: 3
            columnSpacing: 30
            rowSpacing: 16
            Repeater {
                model: screen.card.fields
                KioskTextField {
                    id: entry
                    objectName: "field_" + model.name
                    fieldWidth: (screen.formWidth - 40 - 2 * 30) / 3
                    label: model.label + (model.required && model.editable ? " *" : "")
                    text: model.value
                    readOnly: !model.editable
                    error: model.error
                    hint: model.hint
                    onEdited: (text) => screen.card.setValue(model.name, text)
                    field.onActiveFocusChanged: if (field.activeFocus) form.reveal(entry)
                }
            }
        }
    }

    // --- signature ---
    Caption {
        x: screen.formWidth + Theme.margin + 40
        y: -44
        text: qsTr("Your signature")
        font.pixelSize: Theme.labelSize
        font.bold: true
    }
    SignaturePad {
        id: pad
        x: screen.formWidth + Theme.margin + 40
        width: Theme.screenWidth - x - Theme.margin
        height: 270
        error: screen.card.signatureError
    }
    Caption {
        x: pad.x
        y: pad.height + 8
        width: pad.width - 250
        text: screen.card.signatureError
        visible: text !== ""
        color: Theme.error
        font.bold: true
        font.pixelSize: Theme.smallSize
    }
    BigButton {
        objectName: "clearSignatureButton"
        x: pad.x + pad.width - width
        y: pad.height + 12
        width: 230
        height: 88
        kind: "secondary"
        textSize: 30
        text: qsTr("Clear")
        onClicked: pad.clear()
    }
    BigButton {
        objectName: "signButton"
        x: pad.x
        y: parent.height - height - 10
        width: pad.width
        height: Theme.bigButtonHeight
        iconName: "check"
        text: qsTr("Sign and continue")
        onClicked: { Qt.inputMethod.hide(); checkIn.sign(pad.strokes, pad.width, pad.height) }
    }
}
