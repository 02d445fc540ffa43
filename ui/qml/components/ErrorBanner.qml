import QtQuick
import QtQuick.Layouts

// What went wrong, in one kind sentence, and the way forward as big buttons beside it.
Rectangle {
    id: root
    objectName: "errorBanner"
    readonly property bool suggesting: checkIn.suggestion !== ""
    readonly property bool needsStaff: checkIn.errorWayForward === "call_staff"
                                       && !checkIn.errorStaffCalled
    visible: checkIn.errorVisible
    height: Math.max(190, row.implicitHeight + 2 * Theme.gap)
    radius: Theme.radius
    color: suggesting ? Theme.noticeSurface : Theme.errorSurface
    border.width: 4
    border.color: suggesting ? Theme.notice : Theme.error

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            width: 72; height: 72; radius: 36
            color: root.border.color
            Caption {
                anchors.centerIn: parent
                text: root.suggesting ? "?" : "!"
                color: Theme.primaryInk
                font.pixelSize: 48
                font.bold: true
            }
        }
        Caption {
            objectName: "errorMessage"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            text: checkIn.errorMessage
            font.pixelSize: Theme.bodySize + 2
            maximumLineCount: 4
            elide: Text.ElideRight
        }
        BigButton {
            objectName: "acceptSuggestionButton"
            visible: root.suggesting
            text: qsTr("Yes, that is mine")
            iconName: "check"
            Layout.preferredWidth: 420
            onClicked: checkIn.acceptSuggestion()
        }
        BigButton {
            objectName: "errorStaffButton"
            visible: root.needsStaff && !root.suggesting
            kind: "staff"
            iconName: "staff"
            text: qsTr("Call staff")
            Layout.preferredWidth: 360
            onClicked: { staffCall.call(); checkIn.dismissError() }
        }
        BigButton {
            objectName: "dismissErrorButton"
            kind: root.suggesting || root.needsStaff ? "secondary" : "primary"
            text: root.suggesting ? qsTr("No, type again")
                : root.needsStaff ? qsTr("Close")
                : checkIn.errorStaffCalled && checkIn.errorWayForward !== "retry" ? qsTr("OK")
                : checkIn.errorWayForward === "retry" ? qsTr("Try again") : qsTr("OK")
            Layout.preferredWidth: 320
            onClicked: checkIn.dismissError()
        }
    }
}
