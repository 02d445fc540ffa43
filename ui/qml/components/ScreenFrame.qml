import QtQuick

// Every screen: a title and one line of help at the top (read, not touched), and the
// controls below Theme.reachTop, where every guest can reach them.
Item {
    id: frame
    property alias title: titleText.text
    property alias subtitle: subtitleText.text
    default property alias content: area.data
    readonly property alias area: area
    width: Theme.screenWidth
    height: Theme.contentBottom - Theme.contentTop

    Caption {
        id: titleText
        objectName: "screenTitle"
        x: Theme.margin
        y: 26
        width: parent.width - 2 * Theme.margin
        font.pixelSize: Theme.titleSize
        font.bold: true
        maximumLineCount: 1
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 40
        elide: Text.ElideRight
    }
    Caption {
        id: subtitleText
        x: Theme.margin
        anchors.top: titleText.bottom
        anchors.topMargin: 10
        width: parent.width - 2 * Theme.margin
        height: area.y - y - 10
        color: Theme.mutedText
        font.pixelSize: Theme.subtitleSize
        maximumLineCount: 2
        fontSizeMode: Text.Fit
        minimumPixelSize: 26
        elide: Text.ElideRight
        verticalAlignment: Text.AlignTop
    }
    Item {
        id: area
        y: Theme.reachTop - Theme.contentTop
        width: parent.width
        height: parent.height - y
    }
}
