import QtQuick

// The homes in the part of the map the customer sees, beside it; follows every pan.
Rectangle {
    id: panel
    color: Theme.surface
    border.color: Theme.divider
    border.width: 2
    radius: Theme.radius

    MouseArea { anchors.fill: parent }

    Text {
        id: count
        objectName: "resultsTotal"
        anchors { left: parent.left; right: parent.right; top: parent.top
                  margins: Theme.margin }
        text: tableMap.total < 0 ? qsTr("Finding homes…")
                                 : qsTr("%Ln homes in view", "", tableMap.total)
        font.family: Theme.fontFamily
        font.pixelSize: Theme.subtitleSize
        font.bold: true
        color: Theme.text
        elide: Text.ElideRight
    }
    Row {
        id: sorts
        anchors { left: parent.left; right: parent.right; top: count.bottom
                  margins: Theme.margin; topMargin: Theme.gap }
        spacing: 10
        Repeater {
            model: [
                { code: "newest", label: qsTr("Newest") },
                { code: "price", label: qsTr("Cheapest") },
                { code: "-area", label: qsTr("Largest") }
            ]
            delegate: TButton {
                objectName: "sort_" + modelData.code
                width: (sorts.width - 2 * sorts.spacing) / 3
                text: modelData.label
                textSize: Theme.smallSize
                checked: tableMap.sort === modelData.code
                onClicked: tableMap.setSort(modelData.code)
            }
        }
    }
    ListView {
        id: list
        objectName: "resultsList"
        anchors { left: parent.left; right: parent.right; top: sorts.bottom
                  bottom: parent.bottom; margins: Theme.gap; topMargin: Theme.gap }
        clip: true
        spacing: 12
        model: tableMap.results
        boundsBehavior: Flickable.StopAtBounds
        delegate: Rectangle {
            objectName: "result_" + model.listingId
            width: list.width
            height: 132
            radius: 14
            color: rowTap.pressed ? Theme.selected
                 : listing.listingId === model.listingId ? Theme.selected : Theme.surfaceAlt
            Rectangle {         // a home without photos still has its place in the row
                x: 8; y: 8; width: 156; height: 116
                radius: 8
                color: Theme.divider
                visible: model.photo === ""
                Text {
                    anchors.centerIn: parent
                    text: "⌂"
                    font.pixelSize: Theme.titleSize
                    color: Theme.surface
                }
            }
            Image {
                id: thumb
                x: 8; y: 8; width: 156; height: 116
                source: model.photo
                sourceSize.width: 320
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                clip: true
            }
            Column {
                anchors { left: thumb.right; right: heart.left; verticalCenter: parent.verticalCenter
                          leftMargin: 16; rightMargin: 8 }
                spacing: 4
                Text {
                    width: parent.width
                    text: model.priceText
                    font.family: Theme.fontFamily; font.pixelSize: Theme.bodySize; font.bold: true
                    color: Theme.text
                }
                Text {
                    width: parent.width
                    text: model.headline
                    font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Text {
                    width: parent.width
                    text: model.facts
                    font.family: Theme.fontFamily; font.pixelSize: Theme.smallSize
                    color: Theme.mutedText
                    elide: Text.ElideRight
                }
            }
            Text {
                id: heart
                anchors { right: parent.right; verticalCenter: parent.verticalCenter
                          rightMargin: 16 }
                visible: shortlist.savedIds.indexOf(model.listingId) >= 0
                text: "♥"
                font.pixelSize: Theme.subtitleSize
                color: Theme.saved
            }
            TapHandler {
                id: rowTap
                gesturePolicy: TapHandler.ReleaseWithinBounds
                onTapped: listing.open(model.listingId)
            }
        }
        Text {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.margin
            visible: tableMap.total === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("No homes here match. Move the map or loosen a filter.")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            color: Theme.mutedText
        }
    }
}
