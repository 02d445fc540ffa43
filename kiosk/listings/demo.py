"""The demo homes for sale: 2,000 listings around Helsinki with pictures and viewings.

``assets/listings/`` is written by ``scripts/make_listings.py`` (fixed seed). Publication
times and viewing days there are relative to the file's reference day; the loader moves
them to the day it runs, so the demo never goes stale: homes were published in the last
four months and can be seen in the coming two weeks.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Final
from zoneinfo import ZoneInfo

from kiosk.db import Store
from kiosk.listings.importer import parse_listing
from kiosk.listings.model import Listing
from kiosk.listings.storage import upsert_listing

DEMO_DIR: Final = Path(__file__).resolve().parents[2] / "assets" / "listings"


class ListingsNotEmpty(RuntimeError):
    """The demo loads only into a database without listings, so it never mixes with real
    ones."""


@dataclass(frozen=True)
class DemoListingsReport:
    """What load_demo_listings inserted."""

    listings: int
    viewing_slots: int
    agents: int

    def as_json(self) -> dict[str, int]:
        return asdict(self)


def load_demo_listings(store: Store, today: date | None = None, *,
                       assets: Path = DEMO_DIR) -> DemoListingsReport:
    """Load the demo listings and their viewing slots in one transaction.

    ``today`` defaults to the store clock's day. Raises ListingsNotEmpty when the
    database already has listings.
    """
    today = today or store.clock.today()
    items = json.loads((assets / "listings.json").read_text(encoding="utf-8"))
    viewings = json.loads((assets / "viewings.json").read_text(encoding="utf-8"))
    shift = today - date.fromisoformat(viewings["reference_day"])
    zone = ZoneInfo(viewings["timezone"])
    listings: list[Listing] = []
    for index, item in enumerate(items):
        parsed = parse_listing(item)
        if not isinstance(parsed, Listing):
            raise ValueError(f"{assets / 'listings.json'}[{index}]: {'; '.join(parsed)}")
        if parsed.listed_at is not None:
            moved = datetime.fromisoformat(parsed.listed_at.replace("Z", "+00:00")) + shift
            parsed = replace(parsed, listed_at=moved.strftime("%Y-%m-%dT%H:%M:%SZ"))
        listings.append(parsed)
    with store.transaction() as tx:
        existing = tx.one("SELECT count(*) AS n FROM listings")
        if existing and existing["n"]:
            raise ListingsNotEmpty(f"the database already holds {existing['n']} listings; the "
                                   "demo loads only into a database without listings")
        for listing in listings:
            upsert_listing(tx, listing)
        nums = {row["id"]: row["num"] for row in tx.all("SELECT id, num FROM listings")}
        slots = []
        for s in viewings["slots"]:
            start = datetime.combine(today + timedelta(days=s["day"]),
                                     time.fromisoformat(s["start"]), zone)
            end = start + timedelta(minutes=s["minutes"])
            slots.append((nums[s["listing"]], start.isoformat(timespec="minutes"),
                          end.isoformat(timespec="minutes"), s["capacity"]))
        tx.conn.executemany("INSERT INTO viewing_slots (num, starts_at, ends_at, capacity)"
                            " VALUES (?, ?, ?, ?)", slots)
        agents = tx.one("SELECT count(*) AS n FROM listing_agents")
        report = DemoListingsReport(listings=len(listings), viewing_slots=len(slots),
                                    agents=int(agents["n"]) if agents else 0)
        tx.emit("listings.demo_loaded", report.as_json())
    return report
