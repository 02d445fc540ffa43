"""The staff console: a web page staff open on their phones to see and take calls.

Served by aiohttp on the kiosk's own loop (one kiosk) or by ``kiosk hub`` (a whole site).
"""

from kiosk.console.app import make_console, serve_console
from kiosk.console.kiosks import KioskBoard

__all__ = ["KioskBoard", "make_console", "serve_console"]
