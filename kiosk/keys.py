"""Issuing key cards: dispense to the encoder, write the credential, read it back and
verify it, then present the card at the gate. A card that fails to encode goes to the
reject bin and the next card is tried; every card has a record before it is written."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from kiosk import keycard
from kiosk.clock import Clock
from kiosk.db import Store, Tx
from kiosk.errors import CardNotTaken, DeviceFault, KeyEncodingFailed
from kiosk.ports import Card, CardDispenser, KeyEncoder


@dataclass(frozen=True)
class IssuedCard:
    id: int
    room: str
    card_number: int
    generation: int


def next_generation(tx: Tx, booking: str) -> int:
    """Bump the booking's key generation: every earlier card becomes superseded."""
    row = tx.one("SELECT generation FROM key_generations WHERE booking_code = ?", (booking,))
    generation = (row["generation"] if row else 0) + 1
    tx.execute(
        "INSERT INTO key_generations (booking_code, generation) VALUES (?, ?)"
        " ON CONFLICT(booking_code) DO UPDATE SET generation = excluded.generation",
        (booking, generation),
    )
    tx.emit("keys.generation", {"booking": booking, "generation": generation})
    return generation


def current_generation(store: Store, booking: str) -> int | None:
    row = store.read().one("SELECT generation FROM key_generations WHERE booking_code = ?",
                           (booking,))
    return None if row is None else int(row["generation"])


class KeyIssuer:
    def __init__(self, store: Store, encoder: KeyEncoder, dispenser: CardDispenser,
                 site_key: bytes, site: str, clock: Clock, retries: int = 2) -> None:
        self.store = store
        self.encoder = encoder
        self.dispenser = dispenser
        self.site_key = site_key
        self.site = site
        self.clock = clock
        self.retries = retries
        self.encode_failures = 0
        self.last_written: Card | None = None  # for the self-test and diagnostics
        # A real encoder derives each card's write password from the site key.
        use_site_key = getattr(encoder, "use_site_key", None)
        if callable(use_site_key):
            use_site_key(site_key)

    async def issue(self, booking: str, rooms: list[str], cards_per_room: int,
                    valid_from: datetime, valid_until: datetime,
                    progress: Callable[[int, int], None] | None = None) -> list[IssuedCard]:
        with self.store.transaction() as tx:
            generation = next_generation(tx, booking)
        issued: list[IssuedCard] = []
        number = 0
        for room in rooms:
            for _ in range(cards_per_room):
                number += 1
                issued.append(await self._issue_one(booking, room, number, generation,
                                                    valid_from, valid_until))
                if progress is not None:
                    progress(len(issued), len(rooms) * cards_per_room)
        return issued

    async def _issue_one(self, booking: str, room: str, number: int, generation: int,
                         valid_from: datetime, valid_until: datetime) -> IssuedCard:
        now = self.clock.now_iso()
        with self.store.transaction() as tx:
            cur = tx.execute(
                "INSERT INTO key_cards (booking_code, room, card_number, generation, status,"
                " valid_from, valid_until, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, 'encoding', ?, ?, ?, ?)",
                (booking, room, number, generation, valid_from.isoformat(),
                 valid_until.isoformat(), now, now),
            )
            card_id = int(cur.lastrowid or 0)
        try:
            await self._encode_and_present(booking, room, number, generation,
                                           valid_from, valid_until)
        except CardNotTaken:
            # Pulled back into the bin: recorded as captured. A new issue for the booking
            # bumps the generation, which supersedes it even if it somehow got out.
            self._set_status(card_id, "captured")
            raise
        except BaseException:
            self._set_status(card_id, "void")
            raise
        self._set_status(card_id, "issued")
        return IssuedCard(card_id, room, number, generation)

    async def _encode_and_present(self, booking: str, room: str, number: int, generation: int,
                                  valid_from: datetime, valid_until: datetime) -> None:
        for _attempt in range(self.retries + 1):
            await self.dispenser.to_encoder()
            try:
                card = await self.encoder.read()
                if card is None:
                    raise DeviceFault("no card at the encoder after dispensing")
                cred = keycard.KeyCredential(uid=card.uid, booking_code=booking,
                                             generation=generation, card_number=number,
                                             valid_from=valid_from, valid_until=valid_until,
                                             site=self.site, rooms=(room,))
                written = await self.encoder.write(keycard.encode(cred, self.site_key))
            except KeyEncodingFailed:
                # This card (torn, foreign, too small): to the bin, try the next one.
                self.encode_failures += 1
                await self.dispenser.reject()
                continue
            check = keycard.verify(written.uid, written.data, self.site_key,
                                   now=max(self.clock.now(), valid_from), site=self.site)
            if check.verdict == keycard.Verdict.VALID:
                self.last_written = written
                await self.dispenser.present()
                return
            self.encode_failures += 1
            await self.dispenser.reject()
        raise KeyEncodingFailed(f"card failed to verify after {self.retries + 1} attempts")

    def _set_status(self, card_id: int, status: str) -> None:
        with self.store.transaction() as tx:
            tx.execute("UPDATE key_cards SET status = ?, updated_at = ? WHERE id = ?",
                       (status, self.clock.now_iso(), card_id))
            tx.emit(f"keys.{status}", {"card": card_id})
