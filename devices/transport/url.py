"""The ``tty:PATH?option=value&...`` grammar of serial devices.

``PATH`` is a device file (``/dev/ttyUSB0``, a udev link such as
``/dev/serial/by-id/...``, or a simulator's link) or a short name (``USB0`` means
``/dev/ttyUSB0``). Options are typed by the driver; an unknown option or a bad value is
an error that quotes the grammar, as pyserial's URL handlers do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote


@dataclass(frozen=True)
class TtyUrl:
    path: str
    options: dict[str, Any]


def grammar(options: Mapping[str, tuple[type, object]]) -> str:
    """The grammar quoted by every URL error of a driver."""
    opts = "&".join(f"{name}={default}" for name, (_, default) in options.items())
    return f"expected 'tty:/dev/ttyUSB0[?{opts}]'"


def parse_tty_url(kind: str, url: str, options: Mapping[str, tuple[type, object]]) -> TtyUrl:
    """Split a ``tty:`` URL into its device path and typed options (defaults filled in).

    ``options`` maps each known option to ``(type, default)``."""
    scheme, sep, rest = url.partition(":")
    if scheme != "tty" or not sep:
        raise ValueError(f"devices.{kind} = {url!r}: {grammar(options)}")
    raw_path, _, query = rest.partition("?")
    path = unquote(raw_path)
    if not path:
        raise ValueError(f"devices.{kind} = {url!r}: no device path; {grammar(options)}")
    if not path.startswith("/"):
        path = f"/dev/tty{path}"  # nfcpy's short form: tty:USB0
    values: dict[str, Any] = {name: default for name, (_, default) in options.items()}
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=True) if query else []
    except ValueError:
        raise ValueError(f"devices.{kind} = {url!r}: malformed options; "
                         f"{grammar(options)}") from None
    for key, value in pairs:
        if key not in options:
            known = ", ".join(options) or "none"
            raise ValueError(f"devices.{kind} = {url!r}: unknown option {key!r} (known: {known}); "
                             f"{grammar(options)}")
        kind_type = options[key][0]
        try:
            values[key] = kind_type(value)
        except ValueError:
            raise ValueError(f"devices.{kind} = {url!r}: bad value for {key!r} "
                             f"({kind_type.__name__} expected); {grammar(options)}") from None
    return TtyUrl(path, values)
