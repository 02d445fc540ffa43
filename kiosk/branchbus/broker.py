"""Where the broker is and how to reach it: ``mqtt://USER@HOST:1883``, ``mqtts://...``.

The password comes from a file (``[bus] password_file``) so it never shows in a URL that
ends up in a log or in ``kiosk doctor``; a password in the URL still works (tests, quick
set-ups) and is masked by :meth:`Broker.redacted`.
"""

from __future__ import annotations

import random
import socket
import ssl
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final
from urllib.parse import unquote, urlsplit

import aiomqtt

GRAMMAR: Final = "mqtt://[USER[:PASSWORD]@]HOST[:PORT] or mqtts://[USER[:PASSWORD]@]HOST[:PORT]"
DEFAULT_PORTS: Final = {"mqtt": 1883, "mqtts": 8883}


@dataclass(frozen=True)
class Broker:
    host: str
    port: int
    tls: bool = False
    username: str | None = None
    password: str | None = field(default=None, repr=False)
    ca_file: str | None = None

    @classmethod
    def from_url(cls, url: str, *, password_file: str = "", ca_file: str = "") -> Broker:
        """Parse a broker URL; an unknown scheme or a stray path raises and states the grammar."""
        parts = urlsplit(url.strip())
        if parts.scheme not in DEFAULT_PORTS:
            raise ValueError(f"{_mask(url)!r}: expected {GRAMMAR}")
        if parts.path not in ("", "/") or parts.query or parts.fragment or not parts.hostname:
            raise ValueError(f"{_mask(url)!r}: expected {GRAMMAR}")
        try:
            port = parts.port or DEFAULT_PORTS[parts.scheme]
        except ValueError:
            raise ValueError(f"{_mask(url)!r}: bad port; expected {GRAMMAR}") from None
        password = unquote(parts.password) if parts.password is not None else None
        if password_file:
            password = Path(password_file).read_text(encoding="utf-8").strip()
        if ca_file and parts.scheme != "mqtts":
            raise ValueError(f"{_mask(url)!r}: a CA file needs mqtts://")
        return cls(host=parts.hostname, port=port, tls=parts.scheme == "mqtts",
                   username=unquote(parts.username) if parts.username else None,
                   password=password, ca_file=ca_file or None)

    def redacted(self) -> str:
        """The URL without the password, for logs."""
        user = f"{self.username}@" if self.username else ""
        return f"{'mqtts' if self.tls else 'mqtt'}://{user}{self.host}:{self.port}"

    def client(self, *, identifier: str, keepalive: int, will: aiomqtt.Will | None = None,
               clean_session: bool = False, timeout: float = 10.0) -> aiomqtt.Client:
        """A new client (one per connection attempt: aiomqtt clients are not reconnected).

        ``clean_session=False``: the broker keeps our subscriptions and queues QoS 1
        messages for us while we are briefly away."""
        tls_context = None
        if self.tls:
            tls_context = ssl.create_default_context(cafile=self.ca_file)
        return aiomqtt.Client(self.host, self.port, username=self.username,
                              password=self.password, identifier=identifier,
                              keepalive=keepalive, will=will, clean_session=clean_session,
                              tls_context=tls_context, timeout=timeout,
                              # Small messages, sent now: without it Nagle + delayed ACKs
                              # add ~40 ms to every hop (measured).
                              socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)])


class Backoff:
    """Reconnect delays: 0.2 s doubling to ``cap``, with jitter so a site's kiosks do not
    all knock at the same instant after the broker restarts."""

    def __init__(self, first: float = 0.2, cap: float = 5.0) -> None:
        self.first = first
        self.cap = cap
        self._next = first

    def next(self) -> float:
        delay = self._next
        self._next = min(self._next * 2, self.cap)
        return delay * random.uniform(0.8, 1.2)

    def reset(self) -> None:
        self._next = self.first


def _mask(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    return url.replace(f":{parts.password}@", ":***@", 1)
