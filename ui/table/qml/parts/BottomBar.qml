import QtQuick

// The customer's and advisor's edge of the table: languages, the filter chips (or what the
// tokens on the table set), the saved homes and "Call an advisor", always here.
Rectangle {
    id: bar
    color: Theme.surface
    border.color: Theme.divider
    border.width: 2
    height: Theme.bottomBarHeight
    property alias chipsRow: chips

    Row {
        id: languages
        anchors { left: parent.left; leftMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        spacing: 8
        Repeater {
            model: tableLanguage.languages
            delegate: TButton {
                objectName: "language_" + model.code
                width: 84
                text: model.code.toUpperCase()
                textSize: Theme.labelSize
                checked: tableLanguage.current === model.code
                onClicked: tableLanguage.choose(model.code)
            }
        }
    }

    Row {
        id: chips
        objectName: "chipsRow"
        visible: !markers.present
        anchors { left: languages.right; leftMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        spacing: 10
        Repeater {
            model: [
                { chip: "price", label: qsTr("Price"),
                  value: filters.priceText === "" ? "" : qsTr("up to %1").arg(filters.priceText) },
                { chip: "rooms", label: qsTr("Rooms"),
                  value: filters.roomsText === "" ? "" : qsTr("%1 rooms").arg(filters.roomsText) },
                { chip: "area", label: qsTr("Area"),
                  value: filters.areaText === "" ? "" : qsTr("from %1").arg(filters.areaText) },
                { chip: "type", label: qsTr("Type"), value: filters.typeText },
                { chip: "features", label: qsTr("Features"), value: filters.featuresText },
                { chip: "text", label: qsTr("Search words"), value: filters.text }
            ]
            delegate: TButton {
                objectName: "chip_" + modelData.chip
                width: Math.min(Math.max(150, implicitWidth), 250)
                text: modelData.value === "" ? modelData.label : modelData.value
                textSize: Theme.labelSize
                checked: modelData.value !== "" || filters.openChip === modelData.chip
                onClicked: filters.open(modelData.chip)
            }
        }
    }

    // Tokens on the table set the filters: say so, in their colour.
    Rectangle {
        objectName: "tokenSummary"
        visible: markers.present
        anchors { left: languages.right; leftMargin: Theme.margin; right: saved.left
                  rightMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        height: Theme.buttonHeight
        radius: Theme.radius
        color: Theme.tokenSurface
        border.color: Theme.token
        border.width: 3
        Text {
            anchors { fill: parent; leftMargin: Theme.gap; rightMargin: Theme.gap }
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Set by the tokens: %1").arg(markers.summary)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.labelSize
            font.bold: true
            color: Theme.token
            elide: Text.ElideRight
        }
    }

    TButton {
        id: saved
        objectName: "savedButton"
        anchors { right: advisorButton.left; rightMargin: Theme.gap; verticalCenter: parent.verticalCenter }
        width: 190
        text: "♥ " + qsTr("Saved (%1)").arg(shortlist.count)
        textSize: Theme.labelSize
        enabled: shortlist.count > 0
        onClicked: shortlist.open()
    }

    Rectangle {
        id: advisorButton
        objectName: "callAdvisorButton"
        anchors { right: parent.right; rightMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        width: 300
        height: Theme.buttonHeight
        radius: Theme.radius
        color: advisorTap.pressed ? Theme.advisorPressed : Theme.advisor
        Text {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.gap
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Call an advisor")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: Theme.advisorInk
            elide: Text.ElideRight
        }
        TapHandler { id: advisorTap; onTapped: advisor.call() }
    }
}
