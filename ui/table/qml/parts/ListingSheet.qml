import QtQuick

// One home: photos to swipe, the floor plan or the 360° tour on the left; the price, key
// facts and what to do next on the right.
Sheet {
    id: sheet
    objectName: "listingSheet"
    closeName: "closeListing"
    title: listing.title
    onCloseRequested: listing.close()

    Item {
        id: media
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        width: parent.width - facts.width - Theme.margin

        Row {
            id: tabs
            spacing: 12
            Repeater {
                model: [
                    { tab: "photos", label: qsTr("Photos"), count: listing.photos.count },
                    { tab: "plan", label: qsTr("Floor plan"), count: listing.plans.count },
                    { tab: "tour", label: qsTr("360° tour"), count: listing.tours.count }
                ]
                delegate: TButton {
                    objectName: "tab_" + modelData.tab
                    visible: modelData.count > 0
                    width: 240
                    text: modelData.label
                    checked: listing.tab === modelData.tab
                    onClicked: listing.showTab(modelData.tab)
                }
            }
        }

        Rectangle {
            id: stage
            anchors { left: parent.left; right: parent.right; top: tabs.bottom
                      bottom: parent.bottom; topMargin: Theme.gap }
            radius: 14
            color: "#1B1F26"
            clip: true

            // Photos: swipe, or the arrows.
            ListView {
                id: gallery
                objectName: "gallery"
                anchors.fill: parent
                visible: listing.tab === "photos"
                orientation: ListView.Horizontal
                snapMode: ListView.SnapOneItem
                highlightRangeMode: ListView.StrictlyEnforceRange
                highlightMoveDuration: 250
                boundsBehavior: Flickable.StopAtBounds
                model: listing.photos
                currentIndex: listing.photoIndex
                onCurrentIndexChanged: listing.showPhoto(currentIndex)
                delegate: Image {
                    width: gallery.width
                    height: gallery.height
                    source: model.url
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                }
            }
            TButton {
                objectName: "previousPhoto"
                visible: gallery.visible && listing.photoIndex > 0
                anchors { left: parent.left; verticalCenter: parent.verticalCenter; margins: Theme.gap }
                width: Theme.touchMin; height: Theme.touchMin
                text: "‹"; textSize: Theme.titleSize
                onClicked: listing.showPhoto(listing.photoIndex - 1)
            }
            TButton {
                objectName: "nextPhoto"
                visible: gallery.visible && listing.photoIndex < listing.photos.count - 1
                anchors { right: parent.right; verticalCenter: parent.verticalCenter; margins: Theme.gap }
                width: Theme.touchMin; height: Theme.touchMin
                text: "›"; textSize: Theme.titleSize
                onClicked: listing.showPhoto(listing.photoIndex + 1)
            }
            Text {
                visible: gallery.visible && listing.photos.count > 0
                anchors { bottom: parent.bottom; horizontalCenter: parent.horizontalCenter
                          bottomMargin: Theme.gap }
                text: (listing.photoIndex + 1) + " / " + listing.photos.count
                font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize; font.bold: true
                color: "white"; style: Text.Outline; styleColor: "#80000000"
            }

            Rectangle {
                anchors.fill: parent
                visible: listing.tab === "plan"
                color: "white"
                Image {
                    objectName: "floorPlan"
                    anchors { fill: parent; margins: Theme.gap }
                    source: listing.tab === "plan" && listing.plans.count > 0
                            ? listing.plans.get(0, "url") : ""
                    fillMode: Image.PreserveAspectFit
                    asynchronous: true
                }
            }

            PanoramaView {
                anchors.fill: parent
                visible: listing.tab === "tour"
            }
        }
    }

    // The facts and the next steps.
    Item {
        id: facts
        anchors { right: parent.right; top: parent.top; bottom: parent.bottom }
        width: 640

        Flickable {
            anchors { left: parent.left; right: parent.right; top: parent.top; bottom: actions.top
                      bottomMargin: Theme.gap }
            contentHeight: column.height
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            Column {
                id: column
                width: parent.width
                spacing: 10
                Text {
                    objectName: "listingPrice"
                    text: listing.priceText
                    font.family: Theme.fontFamily; font.pixelSize: Theme.priceSize; font.bold: true
                    color: Theme.text
                }
                Text {
                    width: parent.width
                    text: listing.address
                    font.family: Theme.fontFamily; font.pixelSize: Theme.bodySize
                    color: Theme.mutedText
                    wrapMode: Text.WordWrap
                }
                Column {
                    width: parent.width
                    spacing: 6
                    Repeater {
                        model: listing.facts
                        delegate: Row {
                            spacing: Theme.gap
                            Text {
                                width: 300
                                text: model.label
                                font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize
                                color: Theme.mutedText
                                elide: Text.ElideRight
                            }
                            Text {
                                text: model.value
                                font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize
                                font.bold: true
                                color: Theme.text
                            }
                        }
                    }
                }
                Flow {
                    width: parent.width
                    spacing: 8
                    Repeater {
                        model: listing.features
                        delegate: Rectangle {
                            width: featureText.implicitWidth + 28; height: 44; radius: 22
                            color: Theme.selected
                            Text {
                                id: featureText
                                anchors.centerIn: parent
                                text: model.label
                                font.family: Theme.fontFamily; font.pixelSize: Theme.smallSize
                                color: Theme.primary
                            }
                        }
                    }
                }
                Text {
                    width: parent.width
                    text: listing.description
                    font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Text {
                    width: parent.width
                    visible: listing.agent !== ""
                    text: qsTr("Agent: %1").arg(listing.agent)
                    font.family: Theme.fontFamily; font.pixelSize: Theme.smallSize
                    color: Theme.mutedText
                    wrapMode: Text.WordWrap
                }
            }
        }

        Column {
            id: actions
            anchors { left: parent.left; right: parent.right; bottom: parent.bottom }
            spacing: 12
            Row {
                spacing: 12
                readonly property bool saved: shortlist.savedIds.indexOf(listing.listingId) >= 0
                TButton {
                    objectName: "saveButton"
                    width: (actions.width - 12) / 2
                    text: parent.saved ? "♥ " + qsTr("Saved") : "♡ " + qsTr("Save")
                    checked: parent.saved
                    onClicked: shortlist.toggle(listing.listingId)
                }
                TButton {
                    objectName: "compareButton"
                    width: (actions.width - 12) / 2
                    readonly property bool comparing:
                        shortlist.compareIds.indexOf(listing.listingId) >= 0
                    text: comparing ? "✓ " + qsTr("Comparing") : qsTr("Compare")
                    checked: comparing
                    onClicked: shortlist.toggleCompare(listing.listingId)
                }
            }
            TButton {
                objectName: "bookViewingButton"
                width: actions.width
                primary: true
                text: qsTr("Book a viewing")
                onClicked: booking.open(listing.listingId)
            }
            Text {
                width: actions.width
                visible: shortlist.notice !== ""
                text: shortlist.notice
                wrapMode: Text.WordWrap
                font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize
                color: Theme.error
            }
            TButton {
                objectName: "showComparisonButton"
                visible: shortlist.compareIds.length > 1
                width: actions.width
                text: qsTr("Compare %1 homes side by side").arg(shortlist.compareIds.length)
                onClicked: shortlist.openCompare()
            }
        }
    }
}
