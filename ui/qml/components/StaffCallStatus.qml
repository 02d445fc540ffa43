import QtQuick

// In the header, on every screen: what happens with the guest's call for a colleague.
// Read only (nothing to touch up here); worded from the call's state in the guest's language.
Rectangle {
    id: root
    objectName: "staffCallStatus"
    readonly property string who: staffCall.staffName !== "" ? staffCall.staffName
                                                             : qsTr("A colleague")
    readonly property bool here: staffCall.status === "here"
    visible: staffCall.status !== ""
    height: Theme.headerHeight - 16
    radius: Theme.radius
    color: here ? Theme.successSurface : Theme.staff
    border.width: 3
    border.color: here ? Theme.success : Theme.staffPressed

    Icon {
        id: icon
        x: 20
        anchors.verticalCenter: parent.verticalCenter
        name: root.here ? "check" : "staff"
        size: 56
        color: root.here ? Theme.success : Theme.staffInk
    }
    Caption {
        objectName: "staffCallStatusText"
        anchors.left: icon.right
        anchors.leftMargin: 16
        anchors.right: parent.right
        anchors.rightMargin: 20
        anchors.verticalCenter: parent.verticalCenter
        height: parent.height - 8
        verticalAlignment: Text.AlignVCenter
        color: Theme.staffInk
        font.pixelSize: Theme.subtitleSize
        font.bold: true
        maximumLineCount: 2
        fontSizeMode: Text.Fit
        minimumPixelSize: 20
        elide: Text.ElideRight
        text: staffCall.status === "waiting"
              ? qsTr("Waiting for a colleague — they have been alerted")
            : staffCall.status === "here" ? qsTr("%1 is here").arg(root.who)
            : staffCall.etaMinutes > 0
              ? qsTr("%1 has seen your request and is coming — about %n minute(s)", "",
                     staffCall.etaMinutes).arg(root.who)
            : staffCall.etaMinutes === 0
              ? qsTr("%1 has seen your request and is coming now").arg(root.who)
              : qsTr("%1 has seen your request and is coming").arg(root.who)
    }
}
