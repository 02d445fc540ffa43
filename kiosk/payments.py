"""Payment pre-authorisation for a check-in, safe against crashes and retries.

The reference is made and stored *before* the terminal is asked. Before any new attempt
the previous reference is looked up at the terminal: a hold that was approved while we
were not listening (a timeout, a crash) is used, never doubled.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING

from kiosk.errors import PaymentCancelled, PaymentDeclined, PaymentTimeout, WayForward
from kiosk.ports import Authorisation, AuthorisationStatus, PaymentTerminal

if TYPE_CHECKING:
    from kiosk.checkin import CheckIn, PaymentQuote

MAX_DECLINES = 2  # after the second decline the guest is offered a person, not a third try


def new_reference(flow_id: str) -> str:
    return f"LB{flow_id[:10]}{secrets.token_hex(3)}".upper()


async def authorise(checkin: CheckIn, terminal: PaymentTerminal, quote: PaymentQuote) -> None:
    store = checkin._store
    now = store.clock.now_iso
    if quote.amount_cents == 0:
        with store.transaction() as tx:
            checkin._commit(tx)
        return
    # A previous attempt whose answer we never saw may have been approved.
    last = store.read().one(
        "SELECT reference, status FROM payments WHERE flow_id = ? ORDER BY created_at DESC,"
        " rowid DESC LIMIT 1", (checkin.id,))
    if last is not None and last["status"] in ("requested", "timeout"):
        seen = await terminal.lookup(last["reference"])
        if seen.status == AuthorisationStatus.APPROVED:
            _record(checkin, seen, commit=True)
            return
    reference = new_reference(checkin.id)
    with store.transaction() as tx:
        tx.execute(
            "INSERT INTO payments (reference, booking_code, flow_id, amount_cents, currency,"
            " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'requested', ?, ?)",
            (reference, checkin._code(), checkin.id, quote.amount_cents, quote.currency, now(),
             now()),
        )
        tx.emit("payment.requested", {"flow": checkin.id, "reference": reference,
                                      "amount_cents": quote.amount_cents})
    result = await terminal.preauthorise(reference, quote.amount_cents, quote.currency)
    _record(checkin, result, commit=result.status == AuthorisationStatus.APPROVED)
    if result.status == AuthorisationStatus.APPROVED:
        return
    if result.status == AuthorisationStatus.DECLINED:
        declines = int(checkin._rec.data.get("declines", 0)) + 1
        checkin._rec.data["declines"] = declines
        err = PaymentDeclined("card declined by the terminal", attempts=declines)
        if declines >= MAX_DECLINES:
            err.way_forward = WayForward.CALL_STAFF
        raise err
    if result.status == AuthorisationStatus.CANCELLED:
        raise PaymentCancelled("cancelled on the terminal")
    raise PaymentTimeout(f"terminal answered {result.status}")


def _record(checkin: CheckIn, result: Authorisation, *, commit: bool) -> None:
    status = result.status.value if result.status != AuthorisationStatus.UNKNOWN else "timeout"
    store = checkin._store
    with store.transaction() as tx:
        tx.execute("UPDATE payments SET status = ?, authorisation = ?, updated_at = ?"
                   " WHERE reference = ?",
                   (status, result.authorisation or None, store.clock.now_iso(),
                    result.reference))
        tx.emit(f"payment.{status}", {"flow": checkin.id, "reference": result.reference})
        if commit:
            checkin._commit(tx)
