"""The staff console in real headless Chromium (Debian's, driven by Playwright): log in,
see a call a kiosk raised, accept it with an estimate — at phone size."""

from __future__ import annotations

import asyncio
import os
import socket
from pathlib import Path
from typing import Any

import pytest

from kiosk.bus import Bus, OutboxRelay
from kiosk.config import Config
from kiosk.console import make_console, serve_console
from kiosk.db import Store
from kiosk.escalation import EscalationTimer
from kiosk.staff import StaffDirectory
from kiosk.staffcall import CallState, StaffCalls

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
        "--disable-component-update", "--disable-sync"]
PHONE = {"width": 390, "height": 844}

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium not installed")]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _with_console(store: Store, body: Any) -> None:
    from playwright.async_api import async_playwright

    bus = Bus()
    relay = OutboxRelay(store, bus)
    calls = StaffCalls(store)
    timer = EscalationTimer(calls, bus, wake=relay.poke)
    app = make_console(store, Config(), bus, calls=calls, wake=relay.poke,
                       tasks=[("relay", relay.run)])
    timer.attach()
    port = _port()
    runner = await serve_console(app, "127.0.0.1", port)
    try:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            try:
                context = await browser.new_context(viewport=PHONE, device_scale_factor=2,
                                                    is_mobile=True, has_touch=True)
                page = await context.new_page()
                errors: list[str] = []
                page.on("pageerror", lambda e: errors.append(str(e)))
                # A 401 from /api/state before log-in is expected; Chromium logs it.
                page.on("console", lambda m: errors.append(m.text) if m.type == "error"
                        and not m.text.startswith("Failed to load resource") else None)
                await body(page, f"http://127.0.0.1:{port}/", calls, relay)
                assert errors == []
            finally:
                await browser.close()
    finally:
        await runner.cleanup()


def test_log_in_see_a_kiosk_call_and_accept_it_on_a_phone(
        store: Store, staff: StaffDirectory, tmp_path: Path) -> None:
    shots = Path(os.environ.get("LOBBY_CONSOLE_SHOTS", tmp_path))
    shots.mkdir(parents=True, exist_ok=True)

    async def body(page: Any, url: str, calls: StaffCalls, relay: OutboxRelay) -> None:
        await page.goto(url)
        await page.get_by_label("Username").fill("anna")
        await page.get_by_label("PIN or password").fill("0000")
        await page.get_by_role("button", name="Log in").click()
        await page.get_by_text("Wrong username or PIN").wait_for()
        await page.screenshot(path=str(shots / "console-login-error.png"))

        await page.get_by_label("PIN or password").fill("4821")
        await page.get_by_role("button", name="Log in").click()
        await page.get_by_text("No open calls").wait_for()
        await page.get_by_text("Live").wait_for()
        await page.get_by_text("Anna · on duty").wait_for()

        # A guest on kiosk lobby-1 taps "Call staff" on the payment screen.
        call_id = calls.request(kiosk="lobby-1", screen="payment", reason="payment_declined",
                                language="fi", location="Main lobby, by the lifts")
        calls.request(kiosk="lobby-2", screen="keys", reason="card_jammed", language="ja",
                      priority="device_fault", location="Side entrance")
        relay.poke()
        card = page.locator(f"#call-{call_id}")
        await card.get_by_text("Main lobby, by the lifts").wait_for()
        await card.get_by_text("Card payment declined").wait_for()
        await card.get_by_text("Finnish (fi)").wait_for()
        assert await page.locator("#alert").is_visible()
        assert (await page.title()).startswith("(2)")
        await page.locator(".call").nth(1).wait_for()
        await asyncio.sleep(1.2)  # let the age tick once
        await page.screenshot(path=str(shots / "console-new-calls.png"))
        # Nothing sticks out sideways at 360 px either.
        await page.set_viewport_size({"width": 360, "height": 740})
        assert await page.evaluate("document.documentElement.scrollWidth") <= 360
        await page.set_viewport_size(PHONE)

        await page.get_by_role("button", name="Seen").click()
        assert not await page.locator("#alert").is_visible()
        await card.get_by_role("button", name="Accept: I'll be there in 2 minutes").click()
        await card.get_by_text("You are going — the guest sees about 2 min").wait_for()
        accepted = calls.get(call_id)
        assert (accepted.state, accepted.staff_name, accepted.eta_minutes) == (
            CallState.ACCEPTED, "Anna", 2)
        await page.screenshot(path=str(shots / "console-accepted.png"))

        await card.get_by_role("button", name="I'm with the guest").click()
        await card.get_by_text("You are with the guest").wait_for()
        await card.get_by_role("button", name="Resolved").click()
        await card.wait_for(state="detached")
        assert calls.get(call_id).state == CallState.RESOLVED

        # The page survives a server-side session end: back to the log-in.
        await page.get_by_role("button", name="Log out").click()
        await page.get_by_label("Username").wait_for()

    asyncio.run(_with_console(store, body))


def test_a_locked_account_says_so_in_the_browser(store: Store, staff: StaffDirectory) -> None:
    async def body(page: Any, url: str, _calls: StaffCalls, _relay: OutboxRelay) -> None:
        await page.goto(url)
        await page.get_by_label("Username").fill("ben")
        error = page.locator("#login-error")
        for attempt in range(5):
            await page.get_by_label("PIN or password").fill("1111")
            await page.get_by_role("button", name="Log in").click()
            await page.get_by_label("PIN or password").and_(page.locator(":focus")).wait_for()
            text = await error.text_content() or ""
            assert ("locked" in text) == (attempt == 4), text
        assert "this account is locked for 15 minutes" in (await error.text_content() or "")
    asyncio.run(_with_console(store, body))
