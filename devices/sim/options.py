"""The ``sim:?key=value&...`` grammar shared by every simulator."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qsl


def parse_sim_url(
    kind: str, url: str, allowed: Mapping[str, type] | None = None
) -> dict[str, Any]:
    """Options of a ``sim:`` URL, converted to the types the simulator declares.
    An unknown option is an error that lists the known ones (pyserial's rule)."""
    _, _, rest = url.partition(":")
    query = rest.lstrip("?")
    options: dict[str, Any] = {}
    if not query:
        return options
    for key, value in parse_qsl(query, keep_blank_values=True, strict_parsing=True):
        if allowed is None:
            options[key] = value
            continue
        if key not in allowed:
            known = ", ".join(sorted(allowed)) or "none"
            raise ValueError(f"devices.{kind} = {url!r}: unknown option {key!r} (known: {known})")
        try:
            options[key] = allowed[key](value)
        except ValueError:
            raise ValueError(f"devices.{kind} = {url!r}: bad value for {key!r}") from None
    return options
