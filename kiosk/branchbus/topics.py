"""The topic layout of the branch bus (documented in docs/bus-topics.md).

    lobby/<site>/<kiosk>/status              retained: online/offline + device health
    lobby/<site>/<kiosk>/staffcall/<event>   QoS 1: a call's state after each change
    lobby/<site>/<kiosk>/staffcall/sync      QoS 1: a call's state, re-sent on (re)connect
    lobby/<site>/<kiosk>/cmd/staffcall       QoS 1, hub → kiosk: the hub's state of a call
    lobby/<site>/hub/status                  retained: the hub online/offline
    lobby/<site>/hub/sync                    QoS 1, hub → kiosks: "send me your calls"
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

ROOT: Final = "lobby"
HUB: Final = "hub"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")


def check_id(value: str, what: str) -> str:
    """Site and kiosk ids become topic levels: no ``/``, ``+``, ``#`` or spaces."""
    if not _ID.match(value):
        raise ValueError(f"{what} {value!r}: use letters, digits, '.', '_' and '-' (max 64)")
    return value


def check_kiosk(value: str) -> str:
    check_id(value, "kiosk id")
    if value == HUB:
        raise ValueError("kiosk id 'hub' is reserved for the site's hub")
    return value


def status(site: str, node: str) -> str:
    return f"{ROOT}/{site}/{node}/status"


def event(site: str, kiosk: str, topic: str) -> str:
    """An outbox topic ``staffcall.accepted`` → ``lobby/<site>/<kiosk>/staffcall/accepted``."""
    return f"{ROOT}/{site}/{kiosk}/{topic.replace('.', '/')}"


def call_sync(site: str, kiosk: str) -> str:
    return f"{ROOT}/{site}/{kiosk}/staffcall/sync"


def command(site: str, kiosk: str) -> str:
    return f"{ROOT}/{site}/{kiosk}/cmd/staffcall"


def hub_sync(site: str) -> str:
    return f"{ROOT}/{site}/{HUB}/sync"


# Subscriptions.
def kiosk_subscriptions(site: str, kiosk: str) -> list[str]:
    return [f"{ROOT}/{site}/{kiosk}/cmd/#", f"{ROOT}/{site}/{HUB}/#"]


def hub_subscriptions(site: str) -> list[str]:
    return [f"{ROOT}/{site}/+/staffcall/#", f"{ROOT}/{site}/+/status"]


@dataclass(frozen=True)
class Topic:
    site: str
    node: str        # a kiosk id, or "hub"
    kind: str        # status, staffcall, cmd, sync
    rest: str        # the event after the kind, e.g. "accepted"; "" for status


def parse(topic: str) -> Topic | None:
    """Split a topic of our layout; None for anything else."""
    parts = topic.split("/")
    if len(parts) < 4 or parts[0] != ROOT or not all(parts[1:4]):
        return None
    return Topic(parts[1], parts[2], parts[3], "/".join(parts[4:]))
