import QtQuick

// Booking a viewing: a free time, then name and phone, then the confirmation with a QR
// code for the phone's calendar.
Sheet {
    id: sheet
    objectName: "bookingSheet"
    closeName: "closeBooking"
    title: booking.step === "done" ? qsTr("Your viewing is booked") : qsTr("Book a viewing")
    onCloseRequested: booking.close()

    Text {
        id: intro
        width: parent.width
        text: booking.step === "slots" ? qsTr("Choose a time to see %1.").arg(listing.address)
            : booking.step === "details" ? booking.chosenText
            : booking.chosenText
        font.family: Theme.fontFamily; font.pixelSize: Theme.bodySize; font.bold: booking.step !== "slots"
        color: Theme.text
        wrapMode: Text.WordWrap
    }
    Text {
        id: problem
        anchors { top: intro.bottom; topMargin: 10 }
        width: parent.width
        visible: booking.error !== ""
        text: booking.error
        font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize; font.bold: true
        color: Theme.error
        wrapMode: Text.WordWrap
    }

    // 1. The free times.
    Flickable {
        visible: booking.step === "slots"
        anchors { left: parent.left; right: parent.right; top: problem.visible ? problem.bottom : intro.bottom
                  bottom: parent.bottom; topMargin: Theme.gap }
        contentHeight: slotFlow.height
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        Flow {
            id: slotFlow
            width: parent.width
            spacing: 12
            Repeater {
                model: booking.slots
                delegate: TButton {
                    objectName: "slot_" + index
                    width: 300
                    height: 104
                    text: model.day + "\n" + model.time
                    textSize: Theme.labelSize
                    checked: model.chosen
                    onClicked: booking.choose(model.slotId)
                }
            }
        }
        Text {
            visible: booking.slots.count === 0 && !booking.busy
            width: parent.width
            text: qsTr("No free viewing times in the next two weeks. An advisor can arrange one.")
            font.family: Theme.fontFamily; font.pixelSize: Theme.bodySize
            color: Theme.mutedText
            wrapMode: Text.WordWrap
        }
    }

    // 2. Who is coming.
    Column {
        visible: booking.step === "details"
        anchors { left: parent.left; right: parent.right; top: problem.visible ? problem.bottom : intro.bottom
                  topMargin: Theme.gap }
        spacing: Theme.gap
        Text {
            text: qsTr("Your name")
            font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize
            color: Theme.mutedText
        }
        TextBox {
            objectName: "viewingName"
            width: parent.width
            text: booking.name
            onEdited: (text) => booking.setName(text)
        }
        Text {
            text: qsTr("Phone number (the agent calls if the time changes)")
            font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize
            color: Theme.mutedText
        }
        TextBox {
            objectName: "viewingPhone"
            width: parent.width
            text: booking.phone
            inputHints: Qt.ImhDialableCharactersOnly
            onEdited: (text) => booking.setPhone(text)
        }
        Row {
            spacing: Theme.gap
            TButton {
                objectName: "bookingBack"
                width: 260
                text: qsTr("Other time")
                onClicked: booking.back()
            }
            TButton {
                objectName: "confirmViewing"
                width: 360
                primary: true
                text: qsTr("Book this viewing")
                onClicked: { window.putKeyboardAway(); booking.confirm() }
            }
        }
    }

    // 3. Done: the reference and the calendar QR code.
    Row {
        visible: booking.step === "done"
        anchors { left: parent.left; right: parent.right; top: intro.bottom; topMargin: Theme.gap }
        spacing: Theme.margin
        Image {
            objectName: "viewingQr"
            width: 300; height: 300
            source: booking.qrSource
            sourceSize.width: 300
            cache: false
            smooth: false
        }
        Column {
            width: parent.width - 300 - Theme.margin
            spacing: Theme.gap
            Text {
                width: parent.width
                text: qsTr("Booking reference")
                font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize
                color: Theme.mutedText
            }
            Text {
                objectName: "viewingReference"
                text: booking.reference
                font.family: Theme.fontFamily; font.pixelSize: Theme.priceSize; font.bold: true
                font.letterSpacing: 4
                color: Theme.text
            }
            Text {
                width: parent.width
                text: qsTr("Scan the code to add the viewing to your phone's calendar. The agent will call you if anything changes.")
                font.family: Theme.fontFamily; font.pixelSize: Theme.bodySize
                color: Theme.text
                wrapMode: Text.WordWrap
            }
            TButton {
                objectName: "bookingDone"
                width: 260
                primary: true
                text: qsTr("Done")
                onClicked: booking.close()
            }
        }
    }
}
