import QtQuick

// The editor of the chip the customer tapped, just above the chips.
Sheet {
    id: editor
    objectName: "chipEditor"
    closeName: "closeChipEditor"
    visible: filters.openChip !== "" && !markers.present
    width: 1060
    height: filters.openChip === "features" ? 470 : filters.openChip === "type" ? 380 : 300
    title: filters.openChip === "price" ? qsTr("Highest price")
         : filters.openChip === "rooms" ? qsTr("Rooms at least")
         : filters.openChip === "area" ? qsTr("Living area at least")
         : filters.openChip === "type" ? qsTr("Type of home")
         : filters.openChip === "features" ? qsTr("Must have")
         : qsTr("Search by words: a street, district or anything")
    onCloseRequested: filters.close()

    // Price, rooms or area: one tap on a value, or "Any".
    Flow {
        visible: ["price", "rooms", "area"].indexOf(filters.openChip) >= 0
        anchors.fill: parent
        spacing: 12
        TButton {
            objectName: "anyValue"
            text: qsTr("Any")
            checked: filters.openChip === "price" ? filters.priceText === ""
                   : filters.openChip === "rooms" ? filters.roomsText === ""
                   : filters.areaText === ""
            onClicked: filters.clear(filters.openChip)
        }
        Repeater {
            model: filters.openChip === "price" ? filters.prices
                 : filters.openChip === "rooms" ? filters.rooms
                 : filters.openChip === "area" ? filters.areas : null
            delegate: TButton {
                objectName: "value_" + model.value
                width: Math.max(implicitWidth, 130)
                text: model.label
                checked: model.on
                onClicked: filters.openChip === "price" ? filters.setMaxPrice(model.value)
                         : filters.openChip === "rooms" ? filters.setMinRooms(model.value)
                         : filters.setMinArea(model.value)
            }
        }
    }

    Flow {
        visible: filters.openChip === "type" || filters.openChip === "features"
        anchors.fill: parent
        spacing: 12
        Repeater {
            model: filters.openChip === "type" ? filters.types
                 : filters.openChip === "features" ? filters.features : null
            delegate: TButton {
                objectName: "toggle_" + model.code
                width: Math.max(implicitWidth, 200)
                text: (model.on ? "✓ " : "") + model.label
                checked: model.on
                onClicked: filters.openChip === "type" ? filters.toggleType(model.code)
                                                       : filters.toggleFeature(model.code)
            }
        }
    }

    Row {
        visible: filters.openChip === "text"
        anchors { left: parent.left; right: parent.right; top: parent.top }
        spacing: 12
        TextBox {
            id: words
            objectName: "searchWords"
            width: parent.width - searchButton.width - 12
            placeholder: qsTr("e.g. Töölö, sea view, Mannerheimintie")
            text: filters.text
            onAccepted: { filters.setText(words.text); window.putKeyboardAway() }
        }
        TButton {
            id: searchButton
            objectName: "searchWordsButton"
            primary: true
            text: qsTr("Search")
            onClicked: { filters.setText(words.text); window.putKeyboardAway() }
        }
    }
}
