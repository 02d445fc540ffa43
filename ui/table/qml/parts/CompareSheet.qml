import QtQuick

// Up to three homes side by side: the same facts on the same line.
Sheet {
    id: sheet
    objectName: "compareSheet"
    closeName: "closeCompare"
    title: qsTr("Compare homes")
    onCloseRequested: shortlist.close()

    readonly property int labelWidth: 300
    readonly property int rowHeight: 40
    readonly property int rowsTop: 194
    readonly property real columnWidth: (width - 2 * Theme.margin - labelWidth
                                         - 3 * Theme.gap) / 3

    Column {
        id: labelsColumn
        anchors { left: parent.left; top: parent.top; topMargin: sheet.rowsTop }
        width: sheet.labelWidth
        spacing: 0
        Repeater {
            model: shortlist.compareLabels
            delegate: Text {
                width: sheet.labelWidth
                height: index === shortlist.compareLabels.count - 1 ? 2 * sheet.rowHeight
                                                                     : sheet.rowHeight
                verticalAlignment: Text.AlignVCenter
                text: model.label
                font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize
                color: Theme.mutedText
                elide: Text.ElideRight
            }
        }
    }
    Row {
        anchors { left: labelsColumn.right; leftMargin: Theme.gap; top: parent.top; bottom: parent.bottom }
        spacing: Theme.gap
        Repeater {
            model: shortlist.columns
            delegate: Rectangle {
                id: column
                objectName: "compareColumn_" + index
                width: sheet.columnWidth
                height: parent.height
                radius: 14
                color: Theme.surfaceAlt
                property var values: model.values
                Image {
                    id: photo
                    x: 10; y: 10
                    width: parent.width - 20; height: 110
                    source: model.photo
                    sourceSize.width: 500
                    fillMode: Image.PreserveAspectCrop
                    clip: true
                }
                Text {
                    id: head
                    anchors { left: parent.left; right: parent.right; top: photo.bottom; margins: 10 }
                    height: 56
                    text: model.headline
                    font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize; font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                    maximumLineCount: 1
                    elide: Text.ElideRight
                }
                Column {
                    y: sheet.rowsTop
                    x: 10
                    width: parent.width - 20
                    Repeater {
                        model: column.values
                        delegate: Text {
                            width: parent.width
                            height: index === column.values.length - 1 ? 2 * sheet.rowHeight
                                                                       : sheet.rowHeight
                            verticalAlignment: Text.AlignVCenter
                            text: modelData
                            font.family: Theme.fontFamily
                            font.pixelSize: index === column.values.length - 1 ? Theme.smallSize
                                                                               : Theme.labelSize
                            font.bold: index < 2
                            color: Theme.text
                            wrapMode: Text.WordWrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                    }
                }
                Row {
                    anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 10 }
                    spacing: 10
                    TButton {
                        width: (parent.width - 10) / 2
                        text: qsTr("Open")
                        textSize: Theme.labelSize
                        onClicked: { shortlist.close(); listing.open(model.listingId) }
                    }
                    TButton {
                        objectName: "uncompare_" + index
                        width: (parent.width - 10) / 2
                        text: qsTr("Remove")
                        textSize: Theme.labelSize
                        onClicked: shortlist.toggleCompare(model.listingId)
                    }
                }
            }
        }
    }
}
