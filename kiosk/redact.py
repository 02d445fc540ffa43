"""One place that decides what personal data may leave the kiosk (logs, doctor, console).

Guest data is redacted by allowlist: only keys known to be harmless pass. Config is
redacted by denylist: secrets are masked, the rest is what a technician needs to see.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Keys whose values are never personal: ids, states, counts, durations, technical names.
SAFE_KEYS = frozenset({
    "flow", "from", "to", "state", "event", "outcome", "id", "kiosk", "screen", "reason",
    "language", "priority", "count", "created", "updated", "errors", "duration_ms", "step",
    "status", "reference", "amount_cents", "rooms", "card", "generation", "action", "kind",
    "device", "health", "detail", "version", "path", "attempts", "topic",
})
SECRET_KEYS = frozenset({"password", "wifi_password", "site_key", "secret", "token", "pin"})
REDACTED = "***"


def redact_guest(data: Mapping[str, Any]) -> dict[str, Any]:
    """Keep only allowlisted keys' values; everything else becomes ***."""
    out: dict[str, Any] = {}
    for k, v in data.items():
        if isinstance(v, Mapping):
            out[k] = redact_guest(v)
        else:
            out[k] = v if k in SAFE_KEYS else REDACTED
    return out


def redact_config(data: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in data.items():
        if isinstance(v, Mapping):
            out[k] = redact_config(v)
        elif any(s in k.lower() for s in SECRET_KEYS) and not k.endswith(("_file", "_env")):
            # Where a secret lives (a file name, a variable name) is what a technician
            # needs to see; the secret itself never is.
            out[k] = REDACTED
        elif isinstance(v, str) and "://" in v and "@" in v.split("://", 1)[1]:
            out[k] = _mask_url_password(v)
        else:
            out[k] = v
    return out


def _mask_url_password(url: str) -> str:
    """mqtt://user:secret@host -> mqtt://user:***@host"""
    scheme, rest = url.split("://", 1)
    auth, host = rest.split("@", 1)
    user = auth.split(":", 1)[0]
    return f"{scheme}://{user}{':' + REDACTED if ':' in auth else ''}@{host}"
