import QtQuick
import "../components"

// "Is this your booking?" Only what the guest needs to recognise it.
ScreenFrame {
    objectName: "confirmDetailsScreen"
    readonly property var booking: checkIn.booking
    title: booking.returningGuest ? qsTr("Welcome back, %1!").arg(booking.firstName)
                                  : qsTr("Is this your booking?")
    subtitle: booking.returningGuest ? qsTr("Is this your booking? We have filled in what we know from your last stay.")
                                     : qsTr("Please check the details, then continue.")

    Card {
        id: details
        x: Theme.margin
        width: 1100
        height: parent.height - 40
        Column {
            anchors.fill: parent
            anchors.margins: 40
            spacing: 22
            Caption {
                objectName: "guestName"
                width: parent.width
                text: booking.firstName + " " + booking.lastName
                font.pixelSize: Theme.titleSize - 8
                font.bold: true
                maximumLineCount: 1
                elide: Text.ElideRight
            }
            Grid {
                columns: 2
                columnSpacing: 36
                rowSpacing: 14
                Caption { text: qsTr("Booking"); color: Theme.mutedText }
                Caption { objectName: "bookingCode"; text: booking.code; font.bold: true }
                Caption { text: qsTr("Arrival"); color: Theme.mutedText }
                Caption { text: booking.arrival; font.bold: true }
                Caption { text: qsTr("Departure"); color: Theme.mutedText }
                Caption { text: booking.departure; font.bold: true }
                Caption { text: qsTr("Length of stay"); color: Theme.mutedText }
                Caption { text: qsTr("%n night(s)", "", booking.nights); font.bold: true }
            }
            Repeater {
                model: booking.rooms
                Row {
                    spacing: 16
                    Icon { name: "door"; size: 44; anchors.verticalCenter: parent.verticalCenter }
                    Caption {
                        text: model.roomTypeName + "  ·  " + qsTr("%n adult(s)", "", model.adults)
                              + (model.children > 0 ? ", " + qsTr("%n child(ren)", "", model.children) : "")
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
            }
        }
    }
    Column {
        x: parent.width - Theme.margin - width
        y: details.height - height
        width: 620
        spacing: Theme.gap
        BigButton {
            objectName: "notMyBookingButton"
            width: parent.width
            kind: "secondary"
            text: qsTr("No, this is not mine")
            onClicked: checkIn.back()
        }
        BigButton {
            objectName: "confirmDetailsButton"
            width: parent.width
            height: Theme.bigButtonHeight * 1.4
            iconName: "check"
            text: qsTr("Yes, continue")
            onClicked: checkIn.confirmDetails()
        }
    }
}
