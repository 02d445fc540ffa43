"""The device error tree shared by every driver kind.

Drivers raise these; the port methods map them to the guest-facing errors of
``kiosk.errors`` (``CardJammed``, ``CardBoxEmpty``, ``DeviceFault``) at their boundary,
so the check-in never sees a transport exception.
"""

from __future__ import annotations


class DeviceError(Exception):
    """A device did something the driver cannot work with (refused, garbled, broken)."""


class DeviceTimeout(DeviceError):
    """The device did not answer in time (after the protocol's own retries)."""


class DeviceGone(DeviceError):
    """The port is missing or went away (unplugged, powered off, USB reset)."""
