"""The whole "call staff" path with real parts: a guest taps Call staff on the kiosk
(pytest-qt, the real app), Anna sees the call on her phone (the kiosk's own staff console
in real headless Chromium), accepts it, and the kiosk's screen says who is coming."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any

import pytest

from devices import open_devices
from kiosk.config import Config, ConsoleSection
from kiosk.db import Store
from kiosk.demo import load_demo
from kiosk.staff import Role, StaffDirectory
from tests.ui.conftest import SITE_KEY, Guest
from ui.app import build

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
        "--disable-component-update", "--disable-sync"]

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium not installed")]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_guest_calls_anna_accepts_on_her_phone_and_the_kiosk_says_she_is_coming(
        loop: Any, store: Store, clock: Any, qml_warnings: list[str], tmp_path: Path) -> None:
    from playwright.async_api import async_playwright

    load_demo(store, clock.today())
    directory = StaffDirectory(store)
    directory.add("anna", "Anna", Role.STAFF, "4821")
    directory.set_on_duty("anna", True)
    port = _port()
    config = Config(console=ConsoleSection(port=port))
    kiosk = build(config, store, open_devices(config.devices), clock, site_key=SITE_KEY)
    kiosk.show()
    loop.run_until_complete(kiosk.start(console=True))
    guest = Guest(kiosk, loop, store)
    try:
        guest.tap("startCheckInButton")
        guest.tap("callStaffButton")
        guest.tap("staffCallOkButton")
        call_id = kiosk.staff_call.call_id
        assert call_id is not None

        async def anna_on_her_phone() -> None:
            async with async_playwright() as pw:
                browser = await pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
                try:
                    context = await browser.new_context(viewport={"width": 390, "height": 844},
                                                        is_mobile=True, has_touch=True)
                    page = await context.new_page()
                    await page.goto(f"http://127.0.0.1:{port}/")
                    await page.get_by_label("Username").fill("anna")
                    await page.get_by_label("PIN or password").fill("4821")
                    await page.get_by_role("button", name="Log in").click()
                    card = page.locator(f"#call-{call_id}")
                    await card.wait_for()
                    await page.screenshot(path=str(tmp_path / "phone-call.png"))
                    await card.get_by_role("button",
                                           name="Accept: I'll be there in 1 minute").click()
                    await card.get_by_text("You are going").wait_for()
                    # The kiosk's screen follows within a moment.
                    for _ in range(200):
                        if kiosk.staff_call.status == "coming":
                            break
                        await asyncio.sleep(0.02)
                finally:
                    await browser.close()

        guest.run(anna_on_her_phone(), timeout=60)
        guest.settle()
        text = str(guest.finger.find("staffCallStatusText").property("text"))
        assert text == "Anna has seen your request and is coming — about 1 minute"
        kiosk.window.grabWindow().save(str(tmp_path / "kiosk-anna-coming.png"))
    finally:
        loop.run_until_complete(asyncio.wait_for(kiosk.close(), 10))
