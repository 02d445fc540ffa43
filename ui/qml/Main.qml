import QtQuick
import QtQuick.Controls.Basic
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import "components"

// The kiosk window. Screens are drawn for 1920×1080 and scaled to the real display.
// Back (bottom left), the language (bottom middle) and Call staff (bottom right) are in the
// same place on every screen.
ApplicationWindow {
    id: window
    objectName: "kioskWindow"
    width: Theme.screenWidth
    height: Theme.screenHeight
    visible: false
    color: "black"
    title: hotelName
    font.family: language.fontFamily

    Binding { target: Theme; property: "fontFamily"; value: language.fontFamily }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: language.keyboardLocale
    }

    function putKeyboardAway() {
        focusSink.forceActiveFocus()
        Qt.inputMethod.hide()
    }

    readonly property var screens: ({
        "welcome": "screens/WelcomeScreen.qml",
        "identify": "screens/FindBookingScreen.qml",
        "choose_booking": "screens/ChooseBookingScreen.qml",
        "confirm_details": "screens/ConfirmDetailsScreen.qml",
        "registration": "screens/RegistrationScreen.qml",
        "parking": "screens/ParkingScreen.qml",
        "room": "screens/RoomScreen.qml",
        "payment": "screens/PaymentScreen.qml",
        "keys": "screens/KeysScreen.qml",
        "done": "screens/DoneScreen.qml"
    })

    Item {
        id: stage
        objectName: "stage"
        width: Theme.screenWidth
        height: Theme.screenHeight
        anchors.centerIn: parent
        scale: Math.min(window.width / width, window.height / height)
        clip: true
        LayoutMirroring.enabled: language.rightToLeft
        LayoutMirroring.childrenInherit: true

        Rectangle { anchors.fill: parent; color: Theme.background }

        // Takes the focus from a text field, which puts the on-screen keyboard away: when
        // an answer or an error comes, the guest should see it whole, and what they typed.
        Item { id: focusSink; objectName: "focusSink" }
        Connections {
            target: checkIn
            function onBusyChanged() { if (checkIn.busy) window.putKeyboardAway() }
            function onErrorVisibleChanged() { if (checkIn.errorVisible) window.putKeyboardAway() }
            function onScreenChanged() { window.putKeyboardAway() }
        }

        // --- header: where am I (read only) ---
        Rectangle {
            id: header
            width: parent.width
            height: Theme.headerHeight
            color: Theme.header
            Caption {
                id: hotelTitle
                anchors.left: parent.left
                anchors.leftMargin: Theme.margin
                anchors.verticalCenter: parent.verticalCenter
                text: hotelName
                color: Theme.headerInk
                font.pixelSize: Theme.subtitleSize
                font.bold: true
                // Staff only: a long press on the hotel's name opens the staff sign-in.
                // Nothing shows that it is there; a guest's tap does nothing.
                MouseArea {
                    objectName: "staffEntry"
                    anchors.fill: parent
                    anchors.topMargin: -20
                    anchors.bottomMargin: -20
                    pressAndHoldInterval: 1500
                    onPressAndHold: staffSignIn.open()
                }
            }
            StepIndicator {
                anchors.right: parent.right
                anchors.rightMargin: Theme.margin
                anchors.verticalCenter: parent.verticalCenter
                visible: step > 0 && staffCall.status === ""
            }
            StaffCallStatus {
                anchors.right: parent.right
                anchors.rightMargin: Theme.margin
                anchors.verticalCenter: parent.verticalCenter
                width: Math.min(1200, parent.width - hotelTitle.width - 3 * Theme.margin)
            }
        }

        // --- the current screen ---
        Loader {
            id: screenLoader
            objectName: "screenLoader"
            y: Theme.contentTop
            width: Theme.screenWidth
            height: Theme.contentBottom - Theme.contentTop
            source: window.screens[checkIn.screen] || window.screens["welcome"]
            enabled: !checkIn.busy
        }

        // --- bottom bar: the same three places on every screen ---
        Rectangle {
            id: bottomBar
            objectName: "bottomBar"
            y: Theme.contentBottom
            width: parent.width
            height: Theme.bottomBarHeight
            color: Theme.surface
            Rectangle { width: parent.width; height: 2; color: Theme.divider }

            BackButton {
                id: backButton
                anchors.left: parent.left
                anchors.leftMargin: Theme.margin
                anchors.verticalCenter: parent.verticalCenter
                width: 360
                visible: checkIn.canGoBack
                enabled: !checkIn.busy
            }
            AssistedButton {
                anchors.left: parent.left
                anchors.leftMargin: Theme.margin + 360 + 24
                anchors.verticalCenter: parent.verticalCenter
                width: 290
            }
            LanguageButton {
                anchors.horizontalCenter: parent.horizontalCenter
                anchors.verticalCenter: parent.verticalCenter
                width: 400
                visible: checkIn.screen !== "welcome"
                onClicked: languageChooser.visible = true
            }
            CallStaffButton {
                anchors.right: parent.right
                anchors.rightMargin: Theme.margin
                anchors.verticalCenter: parent.verticalCenter
                width: 520
            }
        }

        // --- what went wrong; above the keyboard when it is up ---
        ErrorBanner {
            x: Theme.margin
            width: parent.width - 2 * Theme.margin
            y: (keyboard.active ? keyboard.y : bottomBar.y) - height - 20
        }

        BusyPanel {
            objectName: "busyPanel"
            anchors.horizontalCenter: parent.horizontalCenter
            y: bottomBar.y - height - 40
            // Payment and keys show their own instructions while the device works.
            visible: checkIn.busy && checkIn.busyTask !== "pay" && checkIn.busyTask !== "keys"
                     && checkIn.busyTask !== "rooms"
        }

        AssistedSheet {}
        LanguageChooser { id: languageChooser }
        StaffCallConfirmation {}
        InactivityWarning {}
        StaffSignIn {}
        DiagnosticsScreen {}

        // Last, so it is above whatever has the text field it types into.
        InputPanel {
            id: keyboard
            objectName: "keyboard"
            width: 1280
            x: (parent.width - width) / 2
            y: active ? parent.height - height : parent.height
            visible: active
        }
    }
}
