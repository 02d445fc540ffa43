import QtQuick

// The saved homes: open one, pick up to three to compare, or take the list to a phone.
Sheet {
    id: sheet
    objectName: "shortlistSheet"
    closeName: "closeShortlist"
    title: qsTr("Saved homes")
    onCloseRequested: shortlist.close()

    ListView {
        id: list
        anchors { left: parent.left; top: parent.top; bottom: compare.top
                  right: qrBox.left; rightMargin: Theme.margin; bottomMargin: Theme.gap }
        clip: true
        spacing: 12
        model: shortlist.items
        boundsBehavior: Flickable.StopAtBounds
        delegate: Rectangle {
            width: list.width
            height: 124
            radius: 14
            color: Theme.surfaceAlt
            Image {
                id: thumb
                x: 8; y: 8; width: 144; height: 108
                source: model.photo
                sourceSize.width: 300
                fillMode: Image.PreserveAspectCrop
                clip: true
            }
            Column {
                anchors { left: thumb.right; right: buttons.left; verticalCenter: parent.verticalCenter
                          leftMargin: 16; rightMargin: 8 }
                Text { width: parent.width; text: model.priceText; font.family: Theme.fontFamily
                       font.pixelSize: Theme.bodySize; font.bold: true; color: Theme.text }
                Text { width: parent.width; text: model.headline; elide: Text.ElideRight
                       font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize; color: Theme.text }
                Text { width: parent.width; text: model.facts; elide: Text.ElideRight
                       font.family: Theme.fontFamily; font.pixelSize: Theme.smallSize; color: Theme.mutedText }
            }
            TapHandler {
                gesturePolicy: TapHandler.ReleaseWithinBounds
                onTapped: { shortlist.close(); listing.open(model.listingId) }
            }
            Row {
                id: buttons
                anchors { right: parent.right; verticalCenter: parent.verticalCenter; rightMargin: 12 }
                spacing: 10
                TButton {
                    objectName: "compareToggle_" + model.listingId
                    width: 200
                    text: (model.comparing ? "✓ " : "") + qsTr("Compare")
                    textSize: Theme.labelSize
                    checked: model.comparing
                    onClicked: shortlist.toggleCompare(model.listingId)
                }
                TButton {
                    objectName: "unsave_" + model.listingId
                    width: Theme.touchMin
                    text: "✕"
                    onClicked: shortlist.toggle(model.listingId)
                }
            }
        }
    }
    Text {
        anchors { left: parent.left; right: qrBox.left; bottom: compare.top; bottomMargin: Theme.gap }
        visible: shortlist.notice !== ""
        text: shortlist.notice
        wrapMode: Text.WordWrap
        font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize; font.bold: true
        color: Theme.error
    }
    TButton {
        id: compare
        objectName: "openComparison"
        anchors { left: parent.left; bottom: parent.bottom }
        width: 560
        primary: true
        enabled: shortlist.compareIds.length > 0
        text: qsTr("Compare %1 side by side").arg(shortlist.compareIds.length)
        onClicked: shortlist.openCompare()
    }

    Column {
        id: qrBox
        anchors { right: parent.right; top: parent.top }
        width: 380
        spacing: Theme.gap
        Image {
            objectName: "shortlistQr"
            width: 360; height: 360
            source: shortlist.qrSource
            sourceSize.width: 360
            cache: false
            smooth: false
        }
        Text {
            width: parent.width
            text: qsTr("Scan with your phone to take this list with you.")
            font.family: Theme.fontFamily; font.pixelSize: Theme.bodySize; font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            text: qsTr("No name or number is needed: only whoever has the link sees the list.")
            font.family: Theme.fontFamily; font.pixelSize: Theme.smallSize
            color: Theme.mutedText
            wrapMode: Text.WordWrap
        }
    }
}
