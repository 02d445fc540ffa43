pragma Singleton
import QtQuick

// Every size, colour and font of the smart table. The layout is 1920×1080 layout pixels;
// a 3840×2160 table draws it at scale 2 ([table] scale). Touch targets are 80 or more.
QtObject {
    readonly property int margin: 28
    readonly property int gap: 18
    readonly property int radius: 20
    readonly property int touchMin: 80
    readonly property int buttonHeight: 84
    readonly property int bottomBarHeight: 112
    readonly property int resultsWidth: 520

    property string fontFamily: "Noto Sans CJK JP"
    readonly property int titleSize: 44
    readonly property int subtitleSize: 32
    readonly property int bodySize: 26
    readonly property int labelSize: 23
    readonly property int smallSize: 20
    readonly property int priceSize: 52

    readonly property color ground: "#E9E5DC"        // the map without tiles
    readonly property color water: "#D7E3EA"
    readonly property color surface: "#FFFFFF"
    readonly property color surfaceAlt: "#F4F1EA"
    readonly property color text: "#14181F"
    readonly property color mutedText: "#3B4350"
    readonly property color divider: "#CFC8BA"
    readonly property color primary: "#0A4A8F"
    readonly property color primaryPressed: "#06335F"
    readonly property color primaryInk: "#FFFFFF"
    readonly property color selected: "#DCE8F6"
    readonly property color advisor: "#FFC940"       // as "Call staff" in the hotel
    readonly property color advisorPressed: "#E0A800"
    readonly property color advisorInk: "#14181F"
    readonly property color token: "#B4541A"         // what a physical token sets
    readonly property color tokenSurface: "#FFF3EA"
    readonly property color district: "#8C8577"
    readonly property color error: "#A4161A"
    readonly property color errorSurface: "#FDECEC"
    readonly property color success: "#17663A"
    readonly property color successSurface: "#E3F2E7"
    readonly property color scrim: "#99000000"
    readonly property color saved: "#C2185B"
}
