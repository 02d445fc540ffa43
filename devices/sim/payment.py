"""A simulated payment terminal: approve, decline, time out or cancel, by script.

Idempotent per reference like a real acquirer: asking again with a reference it already
approved returns that approval. With ``state=FILE`` its ledger survives the kiosk
process, so crash tests can check that no second hold was ever taken.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
from pathlib import Path
from typing import ClassVar

from kiosk.ports import Authorisation, AuthorisationStatus, DeviceStatus, Health

_OUTCOMES = {"approve": AuthorisationStatus.APPROVED, "decline": AuthorisationStatus.DECLINED,
             "timeout": AuthorisationStatus.TIMEOUT, "cancel": AuthorisationStatus.CANCELLED}


class SimPaymentTerminal:
    OPTIONS: ClassVar[dict[str, type]] = {"outcomes": str, "delay": float, "state": str}

    def __init__(self, outcomes: list[str] | None = None, delay: float = 0.0,
                 state: str | None = None) -> None:
        for o in outcomes or []:
            if o not in _OUTCOMES:
                raise ValueError(f"unknown outcome {o!r}: expected one of {', '.join(_OUTCOMES)}")
        # The script is consumed one outcome per new request; when empty, approve.
        self.script = list(outcomes or [])
        self.delay = delay
        self._state = Path(state) if state else None
        self.ledger: dict[str, dict[str, object]] = self._load()
        self.requests = 0  # every preauthorise call, for tests

    @classmethod
    def from_options(cls, options: dict[str, object]) -> SimPaymentTerminal:
        unknown = set(options) - set(cls.OPTIONS)
        if unknown:
            raise ValueError(f"devices.payment: unknown option(s) {sorted(unknown)} "
                             f"(known: {', '.join(sorted(cls.OPTIONS))})")
        outcomes = str(options.get("outcomes", "")).split(",") if options.get("outcomes") else []
        return cls(outcomes, float(str(options.get("delay", 0))),
                   str(options["state"]) if "state" in options else None)

    def _load(self) -> dict[str, dict[str, object]]:
        if self._state and self._state.exists():
            data: dict[str, dict[str, object]] = json.loads(self._state.read_text())
            return data
        return {}

    def _save(self) -> None:
        if self._state is None:
            return
        tmp = self._state.with_suffix(".tmp")
        with open(tmp, "w") as f:
            json.dump(self.ledger, f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self._state)

    def _answer(self, reference: str) -> Authorisation:
        entry = self.ledger.get(reference)
        if entry is None:
            return Authorisation(reference, AuthorisationStatus.UNKNOWN)
        return Authorisation(reference, AuthorisationStatus(str(entry["status"])),
                             str(entry.get("authorisation", "")), int(str(entry["amount"])))

    async def preauthorise(self, reference: str, amount_cents: int, currency: str) -> Authorisation:
        self.requests += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        existing = self.ledger.get(reference)
        if existing is not None and existing["status"] == AuthorisationStatus.APPROVED:
            return self._answer(reference)
        outcome = _OUTCOMES[self.script.pop(0)] if self.script else AuthorisationStatus.APPROVED
        if outcome == AuthorisationStatus.TIMEOUT:
            # The guest never presented a card: nothing is held.
            return Authorisation(reference, outcome)
        self.ledger[reference] = {
            "status": outcome.value, "amount": amount_cents, "currency": currency,
            "authorisation": (secrets.token_hex(4).upper()
                              if outcome == AuthorisationStatus.APPROVED else ""),
        }
        self._save()
        return self._answer(reference)

    async def lookup(self, reference: str) -> Authorisation:
        return self._answer(reference)

    async def release(self, reference: str) -> Authorisation:
        entry = self.ledger.get(reference)
        if entry is not None and entry["status"] == AuthorisationStatus.APPROVED:
            entry["status"] = AuthorisationStatus.RELEASED.value
            self._save()
        return self._answer(reference)

    def holds(self) -> list[str]:
        """References with money held now."""
        return [r for r, e in self.ledger.items() if e["status"] == AuthorisationStatus.APPROVED]

    async def probe(self) -> DeviceStatus:
        """Health for the supervisor: a simulator is always there."""
        return DeviceStatus("payment", "payment", "sim", Health.OK,
                            f"simulated; {len(self.holds())} hold(s)")
