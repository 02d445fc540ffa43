import QtQuick

// The physical tokens on the table: a ring around each, and its panel beyond it, turned
// to face the person at the nearest edge. Turning the token turns the dial.
Item {
    id: layer

    Repeater {
        model: markers.model
        delegate: Item {
            id: token
            anchors.fill: parent
            objectName: "token_" + model.fiducial

            // The ring the token stands in, with the dial's position around it.
            Canvas {
                id: ring
                width: 170; height: 170
                x: model.x - width / 2
                y: model.y - height / 2
                rotation: model.rotation
                property real fraction: model.fraction
                property bool dial: model.dial
                onFractionChanged: requestPaint()
                onPaint: {
                    const ctx = getContext("2d")
                    ctx.reset()
                    const c = width / 2
                    ctx.lineWidth = 10
                    ctx.strokeStyle = "#55B4541A"
                    ctx.beginPath(); ctx.arc(c, c, c - 8, 0, 2 * Math.PI); ctx.stroke()
                    ctx.strokeStyle = Theme.token
                    ctx.lineCap = "round"
                    ctx.beginPath()
                    const start = 0.75 * Math.PI
                    const sweep = dial ? 1.5 * Math.PI * Math.max(0.02, fraction) : 2 * Math.PI
                    ctx.arc(c, c, c - 8, dial ? start : 0, (dial ? start : 0) + sweep)
                    ctx.stroke()
                }
            }

            Rectangle {
                objectName: "tokenPanel_" + model.fiducial
                width: markers.panelWidth
                height: markers.panelHeight
                x: model.panelX - width / 2
                y: model.panelY - height / 2
                rotation: model.rotation
                radius: Theme.radius
                color: Theme.tokenSurface
                border.color: Theme.token
                border.width: 4
                Column {
                    anchors { fill: parent; margins: Theme.gap }
                    spacing: 6
                    Text {
                        width: parent.width
                        text: model.feature ? qsTr("Only homes with") : model.label
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Text {
                        objectName: "tokenValue_" + model.fiducial
                        width: parent.width
                        text: model.valueText
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.priceSize
                        font.bold: true
                        color: Theme.token
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Theme.bodySize
                    }
                    Text {
                        width: parent.width
                        text: model.dial ? qsTr("Turn the token to change. Lift it to remove.")
                                         : qsTr("Lift the token to remove.")
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.smallSize
                        color: Theme.mutedText
                        wrapMode: Text.WordWrap
                    }
                }
            }
        }
    }
}
