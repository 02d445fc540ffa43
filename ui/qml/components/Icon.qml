import QtQuick

// A line icon from assets/icons, drawn in any colour.
Image {
    property string name
    property color color: Theme.text
    property int size: 48
    width: size; height: size
    sourceSize: Qt.size(size, size)
    source: name ? Theme.icon(name, color) : ""
    visible: name !== ""
    fillMode: Image.PreserveAspectFit
}
