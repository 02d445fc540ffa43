import QtQuick
import QtLocation
import QtPositioning

// The map: tiles from [table] tiles (or a neutral ground with the districts drawn from the
// listings), homes as counted bubbles or priced pins, moved with fingers (drag, pinch,
// turn). It tells tableMap what is in view; tableMap does the searching.
Item {
    id: root
    // The part of the map not covered by the list and the bottom bar: the list follows it.
    property real uncoveredRight: width
    property real uncoveredBottom: height
    property alias map: map
    // Off while a sheet covers the map: fingers on the sheet never move the map beneath.
    property bool interactive: true

    Rectangle { anchors.fill: parent; color: Theme.ground }

    Plugin { id: overlayPlugin; name: "itemsoverlay" }
    Plugin {
        id: folderPlugin
        name: "osm"
        PluginParameter { name: "osm.mapping.offline.directory"; value: tableMap.offlineDir }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
    }
    Plugin {
        id: urlPlugin
        name: "osm"
        PluginParameter { name: "osm.mapping.custom.host"; value: tableMap.tileHost }
        PluginParameter { name: "osm.mapping.providersrepository.disabled"; value: true }
        PluginParameter { name: "osm.useragent"; value: "Lobby smart table" }
    }

    Map {
        id: map
        objectName: "tableMapView"
        anchors.fill: parent
        color: "transparent"
        plugin: tableMap.tileMode === "url" ? urlPlugin
              : tableMap.tileMode === "folder" ? folderPlugin : overlayPlugin
        center: QtPositioning.coordinate(tableMap.startLat, tableMap.startLon)
        zoomLevel: tableMap.startZoom
        minimumZoomLevel: tableMap.minZoom
        maximumZoomLevel: tableMap.maxZoom
        copyrightsVisible: tableMap.tileMode !== "none"

        // A tile server is the plugin's "custom" map type.
        onSupportedMapTypesChanged: {
            if (tableMap.tileMode !== "url") return
            for (let i = 0; i < supportedMapTypes.length; ++i)
                if (supportedMapTypes[i].style === MapType.CustomMap)
                    activeMapType = supportedMapTypes[i]
        }

        function corners(right, bottom) {
            const pts = [Qt.point(0, 0), Qt.point(right, 0), Qt.point(right, bottom),
                         Qt.point(0, bottom)]
            let out = []
            for (const p of pts) {
                const c = map.toCoordinate(p, false)
                out.push(c.latitude, c.longitude)
            }
            return out
        }
        function report() {
            if (!mapReady || width <= 0) return
            tableMap.setViewport(corners(width, height),
                                 corners(root.uncoveredRight, root.uncoveredBottom), zoomLevel)
        }
        onMapReadyChanged: report()
        onCenterChanged: report()
        onZoomLevelChanged: report()
        onBearingChanged: report()
        onWidthChanged: report()
        onHeightChanged: report()

        // The districts, drawn from the listings when there are no tiles to show them.
        MapItemView {
            model: tableMap.tileMode === "none" ? tableMap.districts : null
            delegate: MapPolygon {
                path: model.path
                visible: map.zoomLevel < 14      // close up the lines only get in the way
                color: "#1A8C8577"
                border.width: 2
                border.color: "#668C8577"
            }
        }
        MapItemView {
            model: tableMap.tileMode === "none" ? tableMap.districts : null
            delegate: MapQuickItem {
                coordinate: QtPositioning.coordinate(model.lat, model.lon)
                anchorPoint.x: districtLabel.width / 2
                anchorPoint.y: districtLabel.height / 2
                visible: map.zoomLevel >= 11
                sourceItem: Text {
                    id: districtLabel
                    text: model.name
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.smallSize
                    font.bold: true
                    color: Theme.district
                    style: Text.Outline
                    styleColor: Theme.ground
                }
            }
        }

        // Homes: a bubble with the count per map cell, or a pin with the price up close.
        MapItemView {
            model: tableMap.points
            delegate: MapQuickItem {
                id: point
                coordinate: QtPositioning.coordinate(model.lat, model.lon)
                readonly property bool pin: model.kind === "pin"
                anchorPoint.x: sourceItem.width / 2
                anchorPoint.y: pin ? sourceItem.height : sourceItem.height / 2
                z: pin ? 2 : 1
                sourceItem: Item {
                    objectName: point.pin ? "pin_" + model.listingId : "cluster_" + index
                    width: point.pin ? Math.max(Theme.touchMin, pinLabel.implicitWidth + 28)
                                     : Math.max(Theme.touchMin, model.size)
                    height: point.pin ? Theme.touchMin : width
                    Rectangle {
                        visible: !point.pin
                        anchors.centerIn: parent
                        width: model.size; height: width; radius: width / 2
                        color: Theme.primary
                        opacity: 0.92
                        border.width: 4
                        border.color: Theme.surface
                        Text {
                            anchors.centerIn: parent
                            text: model.label
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.labelSize
                            font.bold: true
                            color: Theme.primaryInk
                        }
                    }
                    Rectangle {
                        visible: point.pin
                        y: 14
                        width: parent.width; height: 50; radius: 25
                        color: listing.listingId === model.listingId ? Theme.primary
                                                                     : Theme.surface
                        border.width: 3
                        border.color: Theme.primary
                        Text {
                            id: pinLabel
                            anchors.centerIn: parent
                            text: model.label !== "" ? model.label : "•"
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.labelSize
                            font.bold: true
                            color: listing.listingId === model.listingId ? Theme.primaryInk
                                                                         : Theme.primary
                        }
                    }
                    Rectangle {      // the pin's point
                        visible: point.pin
                        anchors.horizontalCenter: parent.horizontalCenter
                        y: 58; width: 16; height: 16; rotation: 45
                        color: Theme.primary
                    }
                    TapHandler {
                        gesturePolicy: TapHandler.ReleaseWithinBounds
                        onTapped: {
                            if (model.listingId !== "") {
                                listing.open(model.listingId)
                            } else if (model.north - model.south < 1e-5
                                       && model.east - model.west < 1e-5) {
                                map.zoomLevel = Math.min(map.zoomLevel + 2, map.maximumZoomLevel)
                                map.center = point.coordinate
                            } else {
                                map.fitViewportToGeoShape(QtPositioning.rectangle(
                                    QtPositioning.coordinate(model.north, model.west),
                                    QtPositioning.coordinate(model.south, model.east)), 120)
                            }
                        }
                    }
                }
            }
        }

        // Fingers: drag to pan, pinch to zoom, turn two fingers to rotate (as MapView).
        PinchHandler {
            id: pinch
            target: null
            enabled: root.interactive
            property var startCentroid
            property real rawBearing: 0
            grabPermissions: PointerHandler.TakeOverForbidden
            onActiveChanged: if (active) {
                startCentroid = map.toCoordinate(pinch.centroid.position, false)
                rawBearing = map.bearing
            }
            onScaleChanged: (delta) => {
                map.zoomLevel += Math.log2(delta)
                map.alignCoordinateToPoint(startCentroid, pinch.centroid.position)
            }
            onRotationChanged: (delta) => {
                rawBearing -= delta
                map.bearing = Math.abs(((rawBearing % 360) + 360) % 360) < 4 ? 0 : rawBearing
                map.alignCoordinateToPoint(startCentroid, pinch.centroid.position)
            }
        }
        DragHandler {
            id: drag
            target: null
            enabled: root.interactive
            onTranslationChanged: (delta) => map.pan(-delta.x, -delta.y)
        }
        WheelHandler {
            acceptedDevices: PointerDevice.Mouse
            enabled: root.interactive
            onWheel: (event) => {
                const at = map.toCoordinate(point.position)
                map.zoomLevel += event.angleDelta.y / 120
                map.alignCoordinateToPoint(at, point.position)
            }
        }
    }

    // Back to the whole region (and north up) after the map has been turned or wandered.
    TButton {
        objectName: "homeViewButton"
        anchors { left: parent.left; top: parent.top; margins: Theme.margin }
        width: Theme.touchMin; height: Theme.touchMin
        text: "⌂"
        textSize: Theme.titleSize
        onClicked: {
            map.bearing = 0
            map.zoomLevel = tableMap.startZoom
            map.center = QtPositioning.coordinate(tableMap.startLat, tableMap.startLon)
        }
    }
}
