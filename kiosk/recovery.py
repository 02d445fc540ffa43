"""Undoing a check-in that did not commit, after a cancel, a timeout or a crash.

The rule: before the payment was approved nothing is binding, so everything the flow did
is undone (a held payment released, rooms it assigned freed, its registration card and
parking permit deleted: the guest did not stay). After the approval the check-in stands;
cards that were being encoded are voided and staff are called to hand out the keys.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from kiosk.flows import record
from kiosk.flows.checkin import COMMITTED, TERMINAL, CheckInEvent, CheckInState
from kiosk.keys import next_generation
from kiosk.ports import AuthorisationStatus

if TYPE_CHECKING:
    from kiosk.checkin import CheckInDesk

log = logging.getLogger("kiosk.recovery")


async def undo_before_commit(desk: CheckInDesk, rec: record.FlowRecord, event: CheckInEvent,
                             outcome: str) -> None:
    store = desk.store
    # Release every hold first: the terminal is the one part we cannot roll back by SQL.
    pending = store.read().all(
        "SELECT reference, status FROM payments WHERE flow_id = ?"
        " AND status IN ('requested', 'timeout', 'approved')", (rec.id,))
    released: list[str] = []
    for p in pending:
        seen = await desk.devices.payment.lookup(p["reference"])
        if seen.status == AuthorisationStatus.APPROVED:
            await desk.devices.payment.release(p["reference"])
            released.append(p["reference"])
    with store.transaction() as tx:
        for p in pending:
            tx.execute("UPDATE payments SET status = ?, updated_at = ? WHERE reference = ?",
                       ("released" if p["reference"] in released else "cancelled",
                        store.clock.now_iso(), p["reference"]))
        for a in rec.data.get("assigned", []):
            tx.execute("UPDATE booking_rooms SET room = ? WHERE booking_code = ? AND position = ?",
                       (a.get("previous"), rec.data.get("code"), a["position"]))
        if rec.data.get("card_id"):
            tx.execute("DELETE FROM registration_cards WHERE id = ?", (rec.data["card_id"],))
        if rec.data.get("code") and rec.data.get("plate") is not None:
            tx.execute("DELETE FROM parking_permits WHERE booking_code = ?", (rec.data["code"],))
        # Keep only what the statistics need; the guest's data leaves with them.
        rec.data = {"language": rec.data.get("language", "en")}
        target = CheckInState.ROLLED_BACK if event == CheckInEvent.ROLL_BACK \
            else CheckInState.CANCELLED
        record.save(tx, rec, target, event, store.clock.now_iso(), outcome=outcome)


async def recover_checkins(desk: CheckInDesk) -> list[str]:
    """Close every open check-in (there is no guest in front of a freshly started kiosk)."""
    actions: list[str] = []
    store = desk.store
    for rec in record.open_flows(store, "checkin"):
        state = CheckInState(rec.state)
        if state in TERMINAL:
            continue
        if state in COMMITTED:
            with store.transaction() as tx:
                voided = tx.execute(
                    "UPDATE key_cards SET status = 'void', updated_at = ? WHERE booking_code = ?"
                    " AND status = 'encoding'", (store.clock.now_iso(), rec.data.get("code")),
                ).rowcount
                if voided:
                    # A card may have been written before the crash without reaching 'issued':
                    # supersede the whole batch so no unrecorded card opens a door.
                    generation = next_generation(tx, str(rec.data.get("code")))
                    tx.execute("UPDATE key_cards SET status = 'void', updated_at = ?"
                               " WHERE booking_code = ? AND generation < ? AND status = 'issued'",
                               (store.clock.now_iso(), rec.data.get("code"), generation))
                record.save(tx, rec, state, "recovered", store.clock.now_iso(),
                            outcome="keys_incomplete")
            desk.staff_calls.request(kiosk=desk.config.kiosk.id, screen=str(state),
                                     reason="keys_incomplete_after_restart",
                                     language=str(rec.data.get("language", "en")),
                                     priority="device_fault")
            actions.append(f"{rec.id}: checked in, keys incomplete ({voided} card(s) voided);"
                           " staff called")
        elif state == CheckInState.IDENTIFY and not rec.data.get("code"):
            await undo_before_commit(desk, rec, CheckInEvent.ROLL_BACK, "abandoned")
            actions.append(f"{rec.id}: nothing to undo")
        else:
            await undo_before_commit(desk, rec, CheckInEvent.ROLL_BACK, "rolled_back")
            actions.append(f"{rec.id}: rolled back from {state}")
    for a in actions:
        log.info("recovered check-in", extra={"action": a})
    return actions
