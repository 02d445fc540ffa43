import QtQuick

// The 360° tour without 3D: vertical strips of the panorama, each scaled as a camera
// would show its column, wrapping round at 360°. Drag to look around.
Item {
    id: view
    objectName: "panoramaView"
    clip: true
    onWidthChanged: panorama.setView(width, height)
    onHeightChanged: panorama.setView(width, height)
    Component.onCompleted: panorama.setView(width, height)

    Rectangle { anchors.fill: parent; color: "#1B1F26" }

    Repeater {
        model: panorama.strips
        delegate: Item {
            x: model.x
            width: model.width
            height: view.height
            clip: true
            readonly property real imgW: panorama.imageWidth * model.hscale
            readonly property real imgH: panorama.imageHeight * model.vscale
            // Where the strip's middle column lies on the (scaled) image, 0..imgW.
            readonly property real at: ((((panorama.yaw + model.theta) % 360) + 360) % 360)
                                       / 360 * imgW
            readonly property real imageTop: view.height / 2 - (0.5 - panorama.pitch / 180) * imgH
            Image {
                id: first
                source: panorama.source
                x: parent.width / 2 - parent.at
                y: parent.imageTop
                width: parent.imgW; height: parent.imgH
                smooth: !drag.active
                cache: true
            }
            Image {
                source: panorama.source
                x: first.x + (parent.at < parent.imgW / 2 ? -parent.imgW : parent.imgW)
                y: parent.imageTop
                width: parent.imgW; height: parent.imgH
                smooth: !drag.active
                cache: true
            }
        }
    }

    DragHandler {
        id: drag
        target: null
        property point last
        onActiveChanged: last = Qt.point(0, 0)
        onTranslationChanged: {
            panorama.look(translation.x - last.x, translation.y - last.y)
            last = Qt.point(translation.x, translation.y)
        }
    }

    // The rooms of this home, and turning by buttons for those who do not drag.
    Row {
        anchors { left: parent.left; bottom: parent.bottom; margins: Theme.gap }
        spacing: 10
        Repeater {
            model: listing.tours
            delegate: TButton {
                objectName: "tour_" + index
                text: model.label
                textSize: Theme.labelSize
                checked: panorama.label === model.label
                onClicked: listing.showTour(index)
            }
        }
    }
    Row {
        anchors { right: parent.right; bottom: parent.bottom; margins: Theme.gap }
        spacing: 10
        TButton {
            objectName: "turnLeft"
            width: Theme.touchMin; text: "↺"; textSize: Theme.subtitleSize
            onClicked: panorama.turn(-45)
        }
        TButton {
            objectName: "turnRight"
            width: Theme.touchMin; text: "↻"; textSize: Theme.subtitleSize
            onClicked: panorama.turn(45)
        }
    }
    Rectangle {
        anchors { top: parent.top; horizontalCenter: parent.horizontalCenter; topMargin: Theme.gap }
        width: hint.implicitWidth + 40; height: 56; radius: 28
        color: "#99000000"
        Text {
            id: hint
            anchors.centerIn: parent
            text: qsTr("Drag to look around")
            font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize
            color: "white"
        }
    }
}
