"""Configuration: a TOML file validated at start; every error names the file and the key."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from kiosk.tuio.settings import TableSection

LANGUAGES = ("en", "fi", "sv", "et", "hu", "de", "zh", "ja", "ko")


class ConfigError(Exception):
    """The configuration cannot be used; the message names the file and the key."""


class _Section(BaseModel):
    # A misspelt key is an error, not silently ignored: a technician sees it at once.
    model_config = ConfigDict(extra="forbid", frozen=True)


class KioskSection(_Section):
    id: str = "lobby-1"
    location: str = "Main lobby"
    site: str = "HEL01"
    timezone: str = "Europe/Helsinki"
    default_language: Literal["en", "fi", "sv", "et", "hu", "de", "zh", "ja", "ko"] = "en"
    fullscreen: bool = True


class DatabaseSection(_Section):
    path: str = ""  # empty: $XDG_DATA_HOME/lobby/kiosk.db


class HotelSection(_Section):
    name: str = "Hotel Aurora Helsinki"
    wifi_ssid: str = "Aurora-Guest"
    wifi_password: str = "northernlights"
    checkin_from: str = Field(default="15:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    checkout_until: str = Field(default="12:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    currency: Annotated[str, Field(pattern=r"^[A-Z]{3}$")] = "EUR"
    incidentals_per_night_cents: int = Field(default=5000, ge=0)
    early_checkin_hours: int = Field(default=3, ge=0, le=24)  # how early a ready room is offered


class SessionSection(_Section):
    inactivity_warning_s: int = Field(default=45, ge=5)
    inactivity_reset_s: int = Field(default=60, ge=10)

    @model_validator(mode="after")
    def _reset_after_warning(self) -> SessionSection:
        if self.inactivity_reset_s <= self.inactivity_warning_s:
            raise ValueError("inactivity_reset_s must be greater than inactivity_warning_s")
        return self


class DevicesSection(_Section):
    """One URL per device: ``sim:[?options]`` for a simulator; for the key encoder and the
    staff card reader an nfcpy path (``usb``, ``usb:072f:2200``, ``tty:USB0:pn532``,
    ``udp:HOST:PORT``); for serial devices ``tty:/dev/ttyUSB0?baud=9600``."""

    payment: str = "sim:"
    key_encoder: str = "sim:"
    dispenser: str = "sim:"
    scanner: str = "sim:"
    document_reader: str = "sim:"
    printer: str = "sim:"
    staff_reader: str = "sim:"   # staff cards for assisted mode; its own reader, read-only


class KeysSection(_Section):
    max_cards: int = Field(default=4, ge=1, le=4)
    site_key_file: str = ""        # a file holding the site key; never in the repository
    site_key_env: str = "LOBBY_SITE_KEY"


class StaffCallSection(_Section):
    """``escalate_after_s``: seconds after a call when nobody has accepted it yet and it goes
    to every colleague (level 1), then to the duty manager (level 2)."""

    escalate_after_s: tuple[int, ...] = (30, 90)

    @model_validator(mode="after")
    def _increasing(self) -> StaffCallSection:
        limits = self.escalate_after_s
        if not 1 <= len(limits) <= 2:
            raise ValueError("escalate_after_s has one or two limits: [to all staff, to the "
                             "duty manager]")
        if any(s < 1 for s in limits) or list(limits) != sorted(set(limits)):
            raise ValueError("escalate_after_s must be increasing seconds, e.g. [30, 90]")
        return self


class ConsoleSection(_Section):
    """The staff console: a web page served by this process on ``host:port``."""

    enabled: bool = True
    host: str = "127.0.0.1"      # 0.0.0.0 to reach it from staff phones on the branch network
    port: int = Field(default=8080, ge=1, le=65535)
    secure_cookie: bool = False  # true when served behind TLS (the cookie is then "Secure")
    kiosks: tuple[str, ...] = ()  # kiosks expected at this site: shown "unknown" until heard


class BusSection(_Section):
    """Branch messaging. ``broker`` empty: the in-process bus only. Otherwise
    ``mqtt://USER@HOST:1883`` or ``mqtts://USER@HOST:8883``; the password comes from
    ``password_file`` (or the URL, discouraged: it shows wherever the URL does)."""

    broker: str = ""
    password_file: str = ""
    ca_file: str = ""            # for mqtts://: the CA that signed the broker's certificate
    keepalive_s: int = Field(default=5, ge=2, le=60)  # a dead kiosk shows offline after ~1.5x
    forward: tuple[str, ...] = ("staffcall.*",)       # outbox topics a kiosk sends to the hub


class Config(_Section):
    kiosk: KioskSection = KioskSection()
    database: DatabaseSection = DatabaseSection()
    hotel: HotelSection = HotelSection()
    session: SessionSection = SessionSection()
    devices: DevicesSection = DevicesSection()
    keys: KeysSection = KeysSection()
    staffcall: StaffCallSection = StaffCallSection()
    console: ConsoleSection = ConsoleSection()
    bus: BusSection = BusSection()
    table: TableSection = TableSection()
    source: str = "(embedded defaults)"

    def database_path(self) -> Path:
        if self.database.path:
            return Path(os.path.expanduser(self.database.path))
        base = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
        return Path(base) / "lobby" / "kiosk.db"


def find_config_file(explicit: str | None) -> Path | None:
    """--config, then $LOBBY_CONFIG, then /etc/lobby/kiosk.toml; None means embedded defaults."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("LOBBY_CONFIG")
    if env:
        return Path(env)
    system = Path("/etc/lobby/kiosk.toml")
    return system if system.exists() else None


def load_config(path: str | Path | None) -> Config:
    """Read and validate a config file; ``None`` gives the embedded defaults."""
    if path is None:
        return Config()
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    raw.pop("source", None)
    try:
        return Config.model_validate({**raw, "source": str(path)})
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            loc = [str(p) for p in err["loc"]]
            key = f"[{loc[0]}] {'.'.join(loc[1:])}" if len(loc) > 1 else loc[0] if loc else "?"
            message = err["msg"].removeprefix("Value error, ")
            if err["type"] == "extra_forbidden":
                message = "unknown key (misspelt?)"
            problems.append(f"{path}: {key}: {message}")
        raise ConfigError("\n".join(problems)) from None
