import QtQuick
import QtQuick.Controls.Basic

// Staff tools over the guest's flow (assisted mode). The flow stays underneath, unchanged;
// "Back to the guest" hides the tools, the badge in the bottom bar brings them back.
Item {
    id: root
    objectName: "assistedSheet"
    width: Theme.screenWidth
    height: Theme.contentBottom
    visible: assisted.active && assisted.sheetOpen

    Rectangle {
        anchors.fill: parent
        color: Theme.scrim
        MouseArea { objectName: "backdrop"; anchors.fill: parent }
    }
    Card {
        id: card
        x: Theme.margin
        y: 120
        width: parent.width - 2 * Theme.margin
        height: Theme.contentBottom - y - 14
        border.width: 4
        border.color: Theme.assist

        Row {
            x: 32; y: 28
            spacing: 20
            Icon { name: "person"; size: 64; color: Theme.assist }
            Column {
                Caption {
                    width: tools.width - 84
                    text: qsTr("Staff tools")
                    font.pixelSize: Theme.titleSize - 14
                    font.bold: true
                    maximumLineCount: 1
                    fontSizeMode: Text.HorizontalFit
                    minimumPixelSize: 26
                    elide: Text.ElideRight
                }
                Caption {
                    objectName: "assistedName"
                    text: qsTr("Assisted by %1").arg(assisted.staffName)
                    color: Theme.assist
                    font.pixelSize: Theme.labelSize
                    font.bold: true
                }
            }
        }
        // What the last action said (or where the keys are), read only.
        Caption {
            objectName: "assistedMessage"
            x: tools.x + tools.width + 48
            y: 28
            width: card.width - x - 32
            height: 170
            verticalAlignment: Text.AlignTop
            font.pixelSize: Theme.bodySize - 2
            font.bold: true
            color: assisted.message !== "" ? Theme.error : Theme.text
            maximumLineCount: 4
            elide: Text.ElideRight
            text: assisted.message !== "" ? assisted.message
                : assisted.keyCards > 0 ? qsTr("Making key card %1 of %2").arg(assisted.keyCard).arg(assisted.keyCards)
                : assisted.reissued > 0 ? qsTr("%n new key card(s) made. Older cards of this booking no longer open the door.", "", assisted.reissued)
                : assisted.panel === "search" ? qsTr("Search by booking code, surname, e-mail or arrival date (DD.MM.YYYY).")
                : assisted.panel === "rooms" ? qsTr("Every ready room of the booked type. The guest sees the new room at once.")
                : assisted.panel === "reissue" ? qsTr("How many new key cards? Older cards of this booking stop working.")
                : assisted.waived ? qsTr("The deposit for extras is waived.")
                : qsTr("Choose a tool. The guest's progress is kept.")
        }

        // --- the tools ---
        Grid {
            id: tools
            x: 32
            y: 230
            columns: 2
            spacing: 14
            readonly property int w: 320
            readonly property int h: 100
            BigButton {
                objectName: "assistSearchButton"
                width: tools.w; height: tools.h
                kind: assisted.panel === "search" ? "selected" : "secondary"
                textSize: Theme.labelSize
                text: qsTr("Find a booking")
                onClicked: assisted.showPanel("search")
            }
            BigButton {
                objectName: "assistRoomsButton"
                width: tools.w; height: tools.h
                kind: assisted.panel === "rooms" ? "selected" : "secondary"
                textSize: Theme.labelSize
                text: qsTr("Change room")
                enabled: assisted.canUseRooms
                onClicked: assisted.showPanel("rooms")
            }
            BigButton {
                objectName: "assistWaiveButton"
                width: tools.w; height: tools.h
                kind: "secondary"
                textSize: Theme.labelSize
                text: assisted.waived ? qsTr("Deposit waived") : qsTr("Waive deposit")
                enabled: assisted.canWaive
                onClicked: assisted.waiveDeposit()
            }
            BigButton {
                objectName: "assistKeysButton"
                width: tools.w; height: tools.h
                kind: "secondary"
                textSize: Theme.labelSize
                text: qsTr("Make key cards")
                enabled: assisted.canMakeKeys
                onClicked: assisted.makeKeys()
            }
            BigButton {
                objectName: "assistBackButton"
                width: tools.w; height: tools.h
                kind: "secondary"
                textSize: Theme.labelSize
                text: qsTr("Step back")
                enabled: assisted.canStepBack
                onClicked: assisted.stepBack()
            }
            BigButton {
                objectName: "assistEndSessionButton"
                width: tools.w; height: tools.h
                kind: "secondary"
                textSize: Theme.labelSize
                text: qsTr("End guest's session")
                enabled: assisted.hasFlow
                onClicked: assisted.endSession()
            }
            BigButton {
                objectName: "assistCloseButton"
                width: tools.w; height: tools.h
                kind: "assist"
                textSize: Theme.labelSize
                text: qsTr("Back to the guest")
                onClicked: assisted.closeSheet()
            }
            BigButton {
                objectName: "assistStopButton"
                width: tools.w; height: tools.h
                kind: "secondary"
                textSize: Theme.labelSize
                text: qsTr("Stop assisting")
                onClicked: assisted.stop()
            }
        }

        BusyIndicator {
            x: tools.x + tools.width + 48
            y: 230
            width: 96; height: 96
            running: assisted.busy
            visible: assisted.busy
        }

        // --- find a booking ---
        Item {
            id: panelArea
            x: tools.x + tools.width + 48
            y: 230
            width: card.width - x - 32
            height: card.height - y - 24
            visible: assisted.panel === "search" && !assisted.busy
            Row {
                spacing: Theme.gap
                KioskTextField {
                    id: searchField
                    objectName: "assistSearchField"
                    fieldWidth: panelArea.width - 320 - Theme.gap
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    onAccepted: { Qt.inputMethod.hide(); assisted.search(text) }
                }
                BigButton {
                    objectName: "assistSearchGo"
                    width: 320
                    height: Theme.fieldHeight
                    iconName: "forward"
                    textSize: Theme.labelSize
                    text: qsTr("Search")
                    onClicked: { Qt.inputMethod.hide(); assisted.search(searchField.text) }
                }
            }
            ListView {
                objectName: "assistResults"
                y: Theme.fieldHeight + 24
                width: parent.width
                height: parent.height - y
                clip: true
                spacing: 10
                model: assisted.results
                delegate: Rectangle {
                    width: ListView.view.width
                    height: 100
                    radius: 12
                    color: Theme.background
                    Column {
                        x: 20
                        anchors.verticalCenter: parent.verticalCenter
                        width: parent.width - 380
                        Caption {
                            width: parent.width
                            text: model.shownCode + "  ·  " + model.guest
                            font.bold: true
                            font.pixelSize: Theme.labelSize
                            elide: Text.ElideRight
                            maximumLineCount: 1
                        }
                        Caption {
                            width: parent.width
                            text: model.arrival + "  ·  " + qsTr("%n night(s)", "", model.nights)
                                  + "  ·  " + (model.status === "checked_in" ? qsTr("Checked in")
                                             : model.status === "booked" ? qsTr("Arriving")
                                             : model.status)
                            color: Theme.mutedText
                            font.pixelSize: Theme.smallSize
                            elide: Text.ElideRight
                            maximumLineCount: 1
                        }
                    }
                    BigButton {
                        objectName: "use_" + model.code
                        visible: model.canUse
                        x: parent.width - width - 10
                        anchors.verticalCenter: parent.verticalCenter
                        width: 340; height: 84
                        textSize: Theme.labelSize
                        kind: "assist"
                        text: qsTr("Check in with this")
                        onClicked: assisted.useBooking(model.code)
                    }
                    BigButton {
                        objectName: "reissue_" + model.code
                        visible: model.canReissue
                        x: parent.width - width - 10
                        anchors.verticalCenter: parent.verticalCenter
                        width: 340; height: 84
                        textSize: Theme.labelSize
                        kind: "assist"
                        iconName: "key"
                        text: qsTr("New key cards")
                        onClicked: assisted.chooseReissue(model.code)
                    }
                }
            }
        }

        // --- another room ---
        Flow {
            objectName: "assistRooms"
            x: panelArea.x
            y: panelArea.y
            width: panelArea.width
            height: panelArea.height
            clip: true
            spacing: 14
            visible: assisted.panel === "rooms" && !assisted.busy
            Repeater {
                model: assisted.rooms
                BigButton {
                    objectName: "pickRoom_" + model.room
                    width: (panelArea.width - 2 * 14) / 3
                    height: 104
                    textSize: Theme.labelSize
                    kind: model.current ? "selected" : "secondary"
                    text: qsTr("Room %1").arg(model.room) + "\n" + qsTr("Floor %1").arg(model.floor)
                    onClicked: assisted.pickRoom(model.position, model.room)
                }
            }
        }

        // --- new key cards for a guest in house ---
        Row {
            x: panelArea.x
            y: panelArea.y
            spacing: Theme.gap
            visible: assisted.panel === "reissue" && !assisted.busy
            Repeater {
                model: 4
                BigButton {
                    objectName: "reissueCards_" + (index + 1)
                    width: 200; height: 160
                    textSize: 72
                    kind: "secondary"
                    text: String(index + 1)
                    Accessible.name: qsTr("%n key card(s)", "", index + 1)
                    onClicked: assisted.reissue(index + 1)
                }
            }
        }
    }
}
