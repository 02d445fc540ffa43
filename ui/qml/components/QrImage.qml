import QtQuick

// A QR code drawn by the app (segno), crisp at any size: no smoothing of its modules.
Rectangle {
    property alias source: image.source
    property int size: 280
    width: size; height: size
    color: "white"
    radius: 8
    Image {
        id: image
        anchors.fill: parent
        anchors.margins: 4
        sourceSize: Qt.size(width, height)
        smooth: false
        cache: false
        fillMode: Image.PreserveAspectFit
    }
}
