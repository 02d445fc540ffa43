import QtQuick

// Sign with a finger. Keeps the strokes (lists of [x, y] in pad pixels) for the view-model,
// which turns them into the signed registration card.
Rectangle {
    id: root
    objectName: "signaturePad"
    property var strokes: []
    readonly property bool signed: strokeCount > 0
    property int strokeCount: 0
    property string error: ""
    color: Theme.surface
    radius: Theme.radius
    border.width: 4
    border.color: error ? Theme.error : Theme.text
    activeFocusOnTab: false

    function clear() {
        strokes = []
        strokeCount = 0
        canvas.requestPaint()
    }
    // Lets the tour and tests sign without a finger: points in pad pixels.
    function addStroke(points) {
        strokes.push(points)
        strokeCount = strokes.length
        canvas.requestPaint()
    }

    Rectangle {   // the line to sign on
        x: 40; width: parent.width - 80; height: 3
        y: parent.height * 0.72
        color: Theme.divider
    }
    Caption {
        x: 40; y: parent.height * 0.72 + 10
        text: qsTr("Sign here with your finger")
        color: Theme.mutedText
        font.pixelSize: Theme.smallSize
        visible: !root.signed
    }
    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            var ctx = getContext("2d")
            ctx.clearRect(0, 0, width, height)
            ctx.strokeStyle = Theme.text
            ctx.lineWidth = 5
            ctx.lineCap = "round"
            ctx.lineJoin = "round"
            for (var s = 0; s < root.strokes.length; ++s) {
                var line = root.strokes[s]
                if (line.length === 0) continue
                ctx.beginPath()
                ctx.moveTo(line[0][0], line[0][1])
                for (var p = 1; p < line.length; ++p) ctx.lineTo(line[p][0], line[p][1])
                if (line.length === 1) ctx.lineTo(line[0][0] + 1, line[0][1] + 1)
                ctx.stroke()
            }
        }
    }
    MouseArea {
        anchors.fill: parent
        preventStealing: true
        property var current: null
        onPressed: (mouse) => {
            root.forceActiveFocus()          // the text field lets go; the keyboard hides
            Qt.inputMethod.hide()
            current = [[mouse.x, mouse.y]]
            root.strokes.push(current)
            root.strokeCount = root.strokes.length
            canvas.requestPaint()
        }
        onPositionChanged: (mouse) => {
            if (current === null) return
            current.push([Math.max(0, Math.min(width, mouse.x)),
                          Math.max(0, Math.min(height, mouse.y))])
            canvas.requestPaint()
        }
        onReleased: current = null
    }
}
