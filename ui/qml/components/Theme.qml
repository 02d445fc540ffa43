pragma Singleton
import QtQuick

// Every size, colour and font of the kiosk, in one place. Screens use these names only.
QtObject {
    // --- the screen: a 1920×1080 landscape kiosk ---
    readonly property int screenWidth: 1920
    readonly property int screenHeight: 1080
    readonly property int margin: 64
    readonly property int gap: 28
    readonly property int headerHeight: 104
    readonly property int bottomBarHeight: 168
    // Nothing to touch above this line: a guest in a wheelchair reaches the rest.
    readonly property int reachTop: 340
    readonly property int contentTop: headerHeight
    readonly property int contentBottom: screenHeight - bottomBarHeight

    // --- touch ---
    readonly property int touchMin: 80          // no target is smaller than this
    readonly property int buttonHeight: 112
    readonly property int bigButtonHeight: 150
    readonly property int fieldHeight: 92
    readonly property int radius: 18

    // --- type ---
    property string fontFamily: "Noto Sans CJK JP"   // set from the language by Main.qml
    readonly property int titleSize: 62
    readonly property int subtitleSize: 36
    readonly property int bodySize: 34
    readonly property int buttonTextSize: 36
    readonly property int labelSize: 28
    readonly property int smallSize: 26
    readonly property int hugeSize: 168              // the room number on the done screen

    // --- colours: dark text on a warm light ground, contrast 7:1 or better ---
    readonly property color background: "#F4F1EA"
    readonly property color surface: "#FFFFFF"
    readonly property color text: "#14181F"
    readonly property color mutedText: "#3B4350"
    readonly property color divider: "#CFC8BA"
    readonly property color header: "#0B2545"
    readonly property color headerInk: "#FFFFFF"
    readonly property color primary: "#0A4A8F"
    readonly property color primaryPressed: "#06335F"
    readonly property color primaryInk: "#FFFFFF"
    readonly property color secondary: "#FFFFFF"
    readonly property color secondaryPressed: "#E4DED2"
    readonly property color secondaryInk: "#14181F"
    readonly property color staff: "#FFC940"        // "Call staff": the same warm colour everywhere
    readonly property color staffPressed: "#E0A800"
    readonly property color staffInk: "#14181F"
    readonly property color assist: "#4B2E83"       // staff tools (assisted mode, diagnostics)
    readonly property color assistPressed: "#33205C"
    readonly property color assistSurface: "#F1ECF9"
    readonly property color selected: "#0A4A8F"
    readonly property color error: "#A4161A"
    readonly property color errorSurface: "#FDECEC"
    readonly property color success: "#17663A"
    readonly property color successSurface: "#E3F2E7"
    readonly property color notice: "#7A4B00"
    readonly property color noticeSurface: "#FFF4D6"
    readonly property color scrim: "#B3000000"
    readonly property color focus: "#F59E0B"

    function hex(c) { return String(c).substring(1, 7) }  // for image://icon/<name>/<rrggbb>
    function icon(name, c) { return "image://icon/" + name + "/" + hex(c) }
}
