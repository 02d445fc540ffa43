import QtQuick

// A touch button: never smaller than Theme.touchMin, pressed state, optional toggle look.
Rectangle {
    id: button
    property alias text: label.text
    property bool primary: false
    property bool checked: false
    property color ink: primary ? Theme.primaryInk : (checked ? Theme.primary : Theme.text)
    property int textSize: Theme.bodySize
    signal clicked()

    implicitWidth: Math.max(Theme.touchMin, label.implicitWidth + 2 * Theme.gap + 12)
    implicitHeight: Theme.buttonHeight
    radius: Theme.radius
    color: !enabled ? Theme.surfaceAlt
         : tap.pressed ? (primary ? Theme.primaryPressed : Theme.divider)
         : primary ? Theme.primary : checked ? Theme.selected : Theme.surface
    border.width: primary ? 0 : (checked ? 3 : 2)
    border.color: checked ? Theme.primary : Theme.divider
    opacity: enabled ? 1 : 0.55

    Text {
        id: label
        anchors.centerIn: parent
        width: Math.min(implicitWidth, parent.width - 16)
        horizontalAlignment: Text.AlignHCenter
        elide: Text.ElideRight
        font.family: Theme.fontFamily
        font.pixelSize: button.textSize
        font.bold: button.primary || button.checked
        color: button.ink
    }
    TapHandler {
        id: tap
        gesturePolicy: TapHandler.ReleaseWithinBounds   // the tap is the button's alone
        onTapped: button.clicked()
    }
}
