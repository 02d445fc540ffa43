"""The branch bus over MQTT: kiosks and the site's hub, through Eclipse Mosquitto.

Topic layout: docs/bus-topics.md. Kiosk side: :class:`KioskBridge`; hub side:
:class:`HubBridge`; both send their outbox through a cursor that moves only after the
broker's acknowledgement, and re-sync call states on every reconnect.
"""

from kiosk.branchbus.broker import Broker
from kiosk.branchbus.hub import HubBridge
from kiosk.branchbus.kiosk import KioskBridge
from kiosk.branchbus.services import KioskServices, start_kiosk_services

__all__ = ["Broker", "HubBridge", "KioskBridge", "KioskServices", "start_kiosk_services"]
