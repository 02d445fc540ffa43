"""Simulated card dispenser and key encoder sharing one card path.

The dispenser moves a blank card from its box to the encoding position, where the
encoder reads and writes it, then to the gate (or the reject bin).
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass, field
from typing import ClassVar

from kiosk.errors import CardBoxEmpty, CardJammed, KeyEncodingFailed
from kiosk.ports import Card, DeviceStatus, Health


@dataclass
class SimCard:
    uid: bytes = field(default_factory=lambda: b"\x04" + secrets.token_bytes(6))
    data: bytes = b""


@dataclass
class SimCardPath:
    at_encoder: SimCard | None = None
    at_gate: SimCard | None = None
    taken: list[SimCard] = field(default_factory=list)    # handed to guests
    rejected: list[SimCard] = field(default_factory=list)  # in the reject bin


class SimCardDispenser:
    OPTIONS: ClassVar[dict[str, type]] = {"cards": int, "jam_every": int, "delay": float}

    def __init__(self, path: SimCardPath, cards: int = 500, jam_every: int = 0,
                 delay: float = 0.0) -> None:
        self.path = path
        self.cards_left = cards
        self.jam_every = jam_every   # every Nth dispense jams (0: never)
        self.delay = delay
        self.dispensed = 0
        self.auto_take = True        # the simulated guest takes the card from the gate

    async def to_encoder(self) -> None:
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.path.at_encoder is not None:
            return  # a card already waits there (e.g. after a crash); use it
        if self.cards_left <= 0:
            raise CardBoxEmpty("card box empty")
        self.dispensed += 1
        if self.jam_every and self.dispensed % self.jam_every == 0:
            raise CardJammed(f"jam on dispense #{self.dispensed}")
        self.cards_left -= 1
        self.path.at_encoder = SimCard()

    async def present(self) -> None:
        if self.delay:
            await asyncio.sleep(self.delay)
        card, self.path.at_encoder = self.path.at_encoder, None
        if card is None:
            raise CardJammed("no card at the encoding position")
        if self.auto_take:
            self.path.taken.append(card)
        else:
            self.path.at_gate = card

    async def reject(self) -> None:
        card, self.path.at_encoder = self.path.at_encoder, None
        if card is not None:
            self.path.rejected.append(card)

    async def capture(self) -> None:
        card, self.path.at_gate = self.path.at_gate, None
        if card is not None:
            self.path.rejected.append(card)

    async def probe(self) -> DeviceStatus:
        """Health for the supervisor: the box is the only thing that runs out."""
        if self.cards_left <= 0:
            return DeviceStatus("dispenser", "dispenser", "sim", Health.OFFLINE,
                                "card box empty")
        if self.cards_left < 20:
            return DeviceStatus("dispenser", "dispenser", "sim", Health.DEGRADED,
                                f"card box low ({self.cards_left} left)")
        return DeviceStatus("dispenser", "dispenser", "sim", Health.OK,
                            f"simulated; {self.cards_left} cards")


class SimKeyEncoder:
    OPTIONS: ClassVar[dict[str, type]] = {"fail_writes": int, "delay": float}

    def __init__(self, path: SimCardPath, fail_writes: int = 0, delay: float = 0.0) -> None:
        self.path = path
        self.fail_writes = fail_writes  # the next N writes tear (the card reads back wrong)
        self.delay = delay
        self.writes = 0

    async def read(self) -> Card | None:
        card = self.path.at_encoder
        return None if card is None else Card(card.uid, card.data)

    async def write(self, data: bytes) -> Card:
        if self.delay:
            await asyncio.sleep(self.delay)
        card = self.path.at_encoder
        if card is None:
            raise KeyEncodingFailed("no card at the encoder")
        self.writes += 1
        if self.fail_writes > 0:
            self.fail_writes -= 1
            card.data = data[: len(data) // 2]  # a torn write: half the bytes landed
        else:
            card.data = data
        return Card(card.uid, card.data)

    async def probe(self) -> DeviceStatus:
        """Health for the supervisor: a simulator is always there."""
        return DeviceStatus("key_encoder", "key_encoder", "sim", Health.OK, "simulated")
