"""The NFC key encoder's errors: one tree, rooted in the kiosk's own device errors.

``DeviceError`` is a :class:`kiosk.errors.DeviceFault`, so the check-in calls staff with
the detail. Errors about the card at the encoder (rather than the reader) are also
:class:`kiosk.errors.KeyEncodingFailed`: the card is bad, another card may do.
"""

from __future__ import annotations

from kiosk.errors import DeviceFault, KeyEncodingFailed


class DeviceError(DeviceFault):
    """The NFC reader, or the card at it, failed."""


class DeviceTimeout(DeviceError):
    """The reader did not finish an operation in time."""


class DeviceGone(DeviceError):
    """The reader cannot be opened or stopped answering (unplugged, busy, no permission)."""


class CardError(DeviceError, KeyEncodingFailed):
    """The card at the encoder cannot take or hold a key."""


class ForeignCard(CardError):
    """Not a card Lobby can write: not a Type 2 tag, no 7-byte UID, or formatted for
    another use (its capability container is one-time programmable)."""


class NoCard(CardError):
    """There is no card at the encoder."""


class CardTooSmall(CardError):
    """The key record does not fit the card's data area (e.g. a 48-byte Ultralight EV1)."""


class CardLocked(CardError):
    """The card refused a write: its pages are locked, or guarded by a password that is
    not the one Lobby derives for it (another system's card, or another site key)."""


class CardTorn(CardError):
    """The card stopped answering during the write (taken out of the field)."""
