import QtQuick

// A white panel that groups what belongs together.
Rectangle {
    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.divider
    border.width: 2
}
