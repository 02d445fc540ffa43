"""Transports shared by the serial device drivers: the error tree, the ``tty:`` URL
grammar, pyserial links run in a per-device thread, and pseudo-terminal simulators."""

from devices.transport.errors import DeviceError, DeviceGone, DeviceTimeout
from devices.transport.serialport import DeviceWorker, SerialLink
from devices.transport.url import TtyUrl, parse_tty_url

__all__ = ["DeviceError", "DeviceGone", "DeviceTimeout", "DeviceWorker", "SerialLink",
           "TtyUrl", "parse_tty_url"]
