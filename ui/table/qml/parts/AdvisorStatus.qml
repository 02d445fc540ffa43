import QtQuick

// What happens after "Call an advisor": never left without an answer.
Rectangle {
    id: card
    objectName: "advisorStatus"
    visible: advisor.detailsVisible || advisor.failed
    width: 640
    height: column.height + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.advisor
    border.width: 5

    MouseArea { anchors.fill: parent; onClicked: advisor.toggleDetails() }

    Column {
        id: column
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: Theme.margin }
        spacing: Theme.gap
        Text {
            objectName: "advisorStatusText"
            width: parent.width
            text: advisor.failed ? qsTr("Please ask at the counter: an advisor will come to this table.")
                : advisor.status === "called" ? qsTr("An advisor has been called and will come to this table.")
                : advisor.status === "coming" && advisor.etaMinutes > 0
                    ? qsTr("%1 is coming to this table, in about %2 min.").arg(advisor.staffName).arg(advisor.etaMinutes)
                : advisor.status === "coming" ? qsTr("%1 is coming to this table now.").arg(advisor.staffName)
                : qsTr("%1 is here to help you.").arg(advisor.staffName)
            font.family: Theme.fontFamily; font.pixelSize: Theme.bodySize; font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Text {
            width: parent.width
            visible: advisor.status === "called"
            text: qsTr("You can keep looking meanwhile.")
            font.family: Theme.fontFamily; font.pixelSize: Theme.labelSize
            color: Theme.mutedText
            wrapMode: Text.WordWrap
        }
        TButton {
            objectName: "cancelAdvisor"
            visible: advisor.status === "called"
            width: 340
            text: qsTr("I no longer need help")
            textSize: Theme.labelSize
            onClicked: advisor.cancel()
        }
    }
}
