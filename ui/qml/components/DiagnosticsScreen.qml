import QtQuick
import QtQuick.Controls.Basic

// For technicians (after their PIN): every device's health, counters and last errors, the
// device tests, the live log and the diagnostics bundle. It covers the whole screen and
// leaves by itself when nobody touches it for a while.
Rectangle {
    id: root
    objectName: "diagnosticsScreen"
    width: Theme.screenWidth
    height: Theme.screenHeight
    visible: diagnostics.active
    color: Theme.background

    function healthColour(h) {
        return h === "ok" ? Theme.success : h === "degraded" ? Theme.notice : Theme.error
    }
    function healthText(h) {
        return h === "ok" ? qsTr("OK") : h === "degraded" ? qsTr("Degraded") : qsTr("Offline")
    }

    MouseArea { objectName: "backdrop"; anchors.fill: parent }   // nothing underneath is touched by mistake

    // --- who and what runs (read only) ---
    Rectangle {
        width: parent.width
        height: 96
        color: Theme.assist
        Row {
            x: 40
            anchors.verticalCenter: parent.verticalCenter
            spacing: 28
            Caption {
                text: qsTr("Diagnostics")
                color: Theme.primaryInk
                font.pixelSize: Theme.subtitleSize + 4
                font.bold: true
            }
            Caption {
                anchors.verticalCenter: parent.verticalCenter
                text: qsTr("Signed in: %1").arg(diagnostics.technician)
                color: Theme.primaryInk
                font.pixelSize: Theme.labelSize
            }
        }
        Caption {
            anchors.right: parent.right
            anchors.rightMargin: 40
            anchors.verticalCenter: parent.verticalCenter
            width: 900
            horizontalAlignment: Text.AlignRight
            text: diagnostics.versions
            color: Theme.primaryInk
            font.pixelSize: 20
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }

    // --- every device ---
    Grid {
        objectName: "deviceGrid"
        x: 40; y: 112
        columns: 3
        spacing: 20
        Repeater {
            model: diagnostics.devices
            Card {
                objectName: "device_" + model.name
                width: 600
                height: 218
                border.width: 3
                border.color: root.healthColour(model.health)
                Column {
                    x: 20; y: 14
                    width: parent.width - 40
                    spacing: 4
                    Row {
                        spacing: 14
                        Caption {
                            text: model.name
                            font.pixelSize: Theme.labelSize
                            font.bold: true
                        }
                        Rectangle {
                            anchors.verticalCenter: parent.verticalCenter
                            width: healthLabel.implicitWidth + 24
                            height: 36
                            radius: 18
                            color: root.healthColour(model.health)
                            Caption {
                                id: healthLabel
                                objectName: "health_" + model.name
                                anchors.centerIn: parent
                                text: root.healthText(model.health)
                                color: Theme.primaryInk
                                font.pixelSize: 20
                                font.bold: true
                            }
                        }
                        Caption {
                            anchors.verticalCenter: parent.verticalCenter
                            text: qsTr("since %1").arg(model.since)
                            color: Theme.mutedText
                            font.pixelSize: 20
                        }
                    }
                    Caption {
                        width: parent.width
                        text: model.detail
                        font.pixelSize: 22
                        maximumLineCount: 1
                        elide: Text.ElideRight
                    }
                    Caption {
                        width: parent.width
                        text: [model.deviceModel || model.driver, model.firmware ? qsTr("firmware %1").arg(model.firmware) : "",
                               model.port].filter(function (s) { return s !== "" }).join(" · ")
                        color: Theme.mutedText
                        font.pixelSize: 20
                        maximumLineCount: 1
                        elide: Text.ElideMiddle
                    }
                    Caption {
                        width: parent.width
                        text: model.counters
                        font.pixelSize: 20
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    Caption {
                        width: parent.width
                        text: model.lastErrors
                        color: Theme.error
                        font.pixelSize: 18
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }

    // --- the live log (redacted JSON lines, newest at the bottom) ---
    Card {
        id: logCard
        x: 40; y: 584
        width: 1010
        height: parent.height - y - 24
        ListView {
            id: logView
            objectName: "logView"
            anchors.fill: parent
            anchors.margins: 12
            clip: true
            model: diagnostics.log
            onCountChanged: positionViewAtEnd()
            delegate: Text {
                width: ListView.view.width
                text: model.text
                color: model.level === "error" ? Theme.error
                     : model.level === "warning" ? Theme.notice : Theme.text
                font.family: "monospace"
                font.pixelSize: 17
                elide: Text.ElideRight
            }
        }
        // Where the bundle goes: USB sticks first.
        Rectangle {
            anchors.fill: parent
            visible: diagnostics.exporting
            radius: Theme.radius
            color: Theme.surface
            border.width: 4
            border.color: Theme.assist
            Column {
                x: 24; y: 20
                width: parent.width - 48
                spacing: 12
                Caption {
                    text: qsTr("Save the diagnostics bundle to")
                    font.pixelSize: Theme.labelSize
                    font.bold: true
                }
                Repeater {
                    model: diagnostics.targets
                    BigButton {
                        objectName: "exportTarget_" + index
                        width: parent.width
                        height: 88
                        kind: "secondary"
                        iconName: model.stick ? "arrowdown" : ""
                        textSize: 24
                        text: model.path
                        onClicked: diagnostics.exportTo(model.path)
                    }
                }
                BigButton {
                    objectName: "exportCancel"
                    width: 300
                    height: 88
                    kind: "secondary"
                    textSize: Theme.labelSize
                    text: qsTr("Cancel")
                    onClicked: diagnostics.cancelExport()
                }
            }
        }
    }

    // --- the result of the last test ---
    Card {
        x: 1080; y: 584
        width: 800
        height: 120
        border.width: 3
        border.color: diagnostics.resultOk ? Theme.divider : Theme.error
        Row {
            x: 20
            anchors.verticalCenter: parent.verticalCenter
            spacing: 16
            BusyIndicator {
                width: 64; height: 64
                running: diagnostics.busy
                visible: diagnostics.busy
            }
            Caption {
                objectName: "diagnosticsResult"
                width: 800 - 40 - (diagnostics.busy ? 80 : 0)
                text: diagnostics.result !== "" ? diagnostics.result
                                                : qsTr("Choose a test. Each one is recorded in the audit log.")
                color: diagnostics.resultOk ? Theme.text : Theme.error
                font.pixelSize: 24
                maximumLineCount: 3
                elide: Text.ElideRight
            }
        }
    }

    // --- the tests ---
    Grid {
        id: actions
        x: 1080; y: 722
        columns: 3
        spacing: 12
        readonly property int w: (800 - 2 * 12) / 3
        readonly property int h: 100
        enabled: !diagnostics.busy && !diagnostics.exporting
        BigButton { objectName: "diagReadCard"; width: actions.w; height: actions.h; kind: "secondary"; textSize: 24; text: qsTr("Read card"); onClicked: diagnostics.readCard() }
        BigButton { objectName: "diagEncodeCard"; width: actions.w; height: actions.h; kind: "secondary"; textSize: 24; text: qsTr("Encode test card"); onClicked: diagnostics.encodeTestCard() }
        BigButton { objectName: "diagDispense"; width: actions.w; height: actions.h; kind: "secondary"; textSize: 24; text: qsTr("Dispense card"); onClicked: diagnostics.dispenseCard() }
        BigButton { objectName: "diagCapture"; width: actions.w; height: actions.h; kind: "secondary"; textSize: 24; text: qsTr("Capture card"); onClicked: diagnostics.captureCard() }
        BigButton { objectName: "diagPrint"; width: actions.w; height: actions.h; kind: "secondary"; textSize: 24; text: qsTr("Print test page"); onClicked: diagnostics.printTestPage() }
        BigButton { objectName: "diagScan"; width: actions.w; height: actions.h; kind: "secondary"; textSize: 24; text: qsTr("Scan test"); onClicked: diagnostics.scanTest() }
        BigButton { objectName: "diagReconnect"; width: actions.w; height: actions.h; kind: "secondary"; textSize: 24; text: qsTr("Reconnect"); onClicked: diagnostics.reconnect() }
        BigButton { objectName: "diagExport"; width: actions.w; height: actions.h; kind: "assist"; textSize: 24; text: qsTr("Export bundle"); onClicked: diagnostics.chooseExport() }
        BigButton { objectName: "diagClose"; width: actions.w; height: actions.h; kind: "assist"; textSize: 24; text: qsTr("Close"); onClicked: diagnostics.close() }
    }
}
