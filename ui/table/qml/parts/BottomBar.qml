import QtQuick

// The customer's and advisor's edge of the table: languages, the filter chips (or what the
// tokens on the table set), the saved homes and "Call an advisor", always here. After a
// call the advisor button itself says what happens.
Rectangle {
    id: bar
    color: Theme.surface
    border.color: Theme.divider
    border.width: 2
    height: Theme.bottomBarHeight

    MouseArea { anchors.fill: parent }

    Row {
        id: languages
        anchors { left: parent.left; leftMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        spacing: 8
        Repeater {
            model: tableLanguage.languages
            delegate: TButton {
                objectName: "language_" + model.code
                width: Theme.touchMin
                text: model.code.toUpperCase()
                textSize: Theme.labelSize
                checked: tableLanguage.current === model.code
                onClicked: tableLanguage.choose(model.code)
            }
        }
    }

    // The chips share the room between the languages and the saved homes; each shows
    // what it filters (small) and its value (bold), or just its name.
    Row {
        id: chips
        objectName: "chipsRow"
        visible: !markers.present
        anchors { left: languages.right; leftMargin: Theme.gap; right: saved.left
                  rightMargin: Theme.gap; verticalCenter: parent.verticalCenter }
        spacing: 8
        Repeater {
            id: chipRepeater
            model: [
                { chip: "price", label: qsTr("Price"),
                  value: filters.priceText === "" ? "" : "≤ " + filters.priceText },
                { chip: "rooms", label: qsTr("Rooms"), value: filters.roomsText },
                { chip: "area", label: qsTr("Area"),
                  value: filters.areaText === "" ? "" : "≥ " + filters.areaText },
                { chip: "type", label: qsTr("Type"), value: filters.typeText },
                { chip: "features", label: qsTr("Features"), value: filters.featuresText },
                { chip: "text", label: qsTr("Search words"), value: filters.text }
            ]
            delegate: Rectangle {
                id: chip
                objectName: "chip_" + modelData.chip
                readonly property bool set: modelData.value !== ""
                readonly property string text: set ? modelData.label + " " + modelData.value
                                                   : modelData.label
                width: (chips.width - 5 * chips.spacing) / 6
                height: Theme.buttonHeight
                radius: Theme.radius
                color: chipTap.pressed ? Theme.divider : set ? Theme.selected : Theme.surface
                border.width: set || filters.openChip === modelData.chip ? 3 : 2
                border.color: set || filters.openChip === modelData.chip ? Theme.primary
                                                                         : Theme.divider
                Column {
                    anchors.centerIn: parent
                    width: parent.width - 12
                    Text {
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        text: modelData.label
                        font.family: Theme.fontFamily
                        font.pixelSize: chip.set ? Theme.smallSize : 22
                        color: chip.set ? Theme.mutedText : Theme.text
                        elide: Text.ElideRight
                    }
                    Text {
                        visible: chip.set
                        width: parent.width
                        horizontalAlignment: Text.AlignHCenter
                        text: modelData.value
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.labelSize
                        font.bold: true
                        color: Theme.primary
                        elide: Text.ElideRight
                    }
                }
                TapHandler {
                    id: chipTap
                    gesturePolicy: TapHandler.ReleaseWithinBounds
                    onTapped: filters.open(modelData.chip)
                }
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
        width: 232
        text: "♥ " + qsTr("Saved (%1)").arg(shortlist.count)
        textSize: Theme.labelSize
        enabled: shortlist.count > 0
        onClicked: shortlist.open()
    }

    Rectangle {
        id: advisorButton
        objectName: "callAdvisorButton"
        anchors { right: parent.right; rightMargin: Theme.margin; verticalCenter: parent.verticalCenter }
        width: 310
        height: Theme.buttonHeight
        radius: Theme.radius
        color: advisorTap.pressed ? Theme.advisorPressed : Theme.advisor
        Text {
            objectName: "advisorButtonText"
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.gap
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
            text: advisor.status === "" ? qsTr("Call an advisor")
                : advisor.status === "called" ? qsTr("An advisor is called")
                : advisor.status === "coming" && advisor.etaMinutes > 0
                    ? qsTr("%1 is coming, about %2 min").arg(advisor.staffName).arg(advisor.etaMinutes)
                : advisor.status === "coming" ? qsTr("%1 is coming").arg(advisor.staffName)
                : qsTr("%1 is here").arg(advisor.staffName)
            font.family: Theme.fontFamily
            font.pixelSize: advisor.status === "" ? Theme.bodySize : Theme.labelSize
            font.bold: true
            color: Theme.advisorInk
        }
        TapHandler {
            id: advisorTap
            gesturePolicy: TapHandler.ReleaseWithinBounds
            onTapped: advisor.status === "" ? advisor.call() : advisor.toggleDetails()
        }
    }
}
