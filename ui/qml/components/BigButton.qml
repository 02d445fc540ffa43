import QtQuick
import QtQuick.Controls.Basic

// The kiosk's button: large, high contrast, one clear word or two. Long translations wrap
// onto two lines and then shrink to fit rather than being cut off.
Button {
    id: control
    property string kind: "primary"       // primary | secondary | staff | selected | assist
    property string iconName: ""
    property int textSize: Theme.buttonTextSize

    readonly property color fill: kind === "primary" || kind === "selected"
        ? (down ? Theme.primaryPressed : Theme.primary)
        : kind === "staff" ? (down ? Theme.staffPressed : Theme.staff)
        : kind === "assist" ? (down ? Theme.assistPressed : Theme.assist)
        : (down ? Theme.secondaryPressed : Theme.secondary)
    readonly property color ink: kind === "primary" || kind === "selected" || kind === "assist"
        ? Theme.primaryInk
        : kind === "staff" ? Theme.staffInk : Theme.secondaryInk

    implicitHeight: Theme.buttonHeight
    implicitWidth: Math.max(300, label.implicitWidth + (iconName ? 90 : 0) + leftPadding + rightPadding)
    leftPadding: 24; rightPadding: 24
    focusPolicy: Qt.NoFocus               // a tap never takes the text cursor (and keyboard) away
    font.family: Theme.fontFamily
    font.pixelSize: textSize
    font.bold: true
    opacity: enabled ? 1.0 : 0.45
    Accessible.name: text

    background: Rectangle {
        radius: Theme.radius
        color: control.fill
        border.width: control.kind === "secondary" ? 4 : (control.kind === "selected" ? 6 : 0)
        border.color: control.kind === "selected" ? Theme.focus : Theme.text
    }
    // Icon and words centred together; the words wrap, then shrink, never run out.
    contentItem: Item {
        Row {
            id: row
            anchors.centerIn: parent
            spacing: 18
            Icon {
                id: icon
                name: control.iconName
                color: control.ink
                size: Math.min(64, control.height - 40)
                anchors.verticalCenter: parent.verticalCenter
            }
            Label {
                id: label
                readonly property int room: control.availableWidth - (icon.visible ? icon.width + row.spacing : 0)
                width: Math.min(implicitWidth, room)
                height: Math.min(implicitHeight, control.availableHeight)
                anchors.verticalCenter: parent.verticalCenter
                text: control.text
                color: control.ink
                font: control.font
                wrapMode: Text.Wrap
                maximumLineCount: 2
                fontSizeMode: Text.Fit
                minimumPixelSize: 22
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
