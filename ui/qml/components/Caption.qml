import QtQuick
import QtQuick.Controls.Basic

// Text in the theme's font; wraps rather than runs off (long Finnish and German words).
Label {
    color: Theme.text
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    wrapMode: Text.Wrap
    textFormat: Text.PlainText
}
