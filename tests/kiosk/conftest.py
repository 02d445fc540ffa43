"""Fixtures for the core: a demo hotel in a real SQLite file and simulated devices."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from devices import Devices, open_devices
from kiosk.checkin import CheckInDesk
from kiosk.config import Config, DevicesSection
from kiosk.db import Store
from kiosk.demo import load_demo

SITE_KEY = b"test-site-key-0123456789abcdef"


@pytest.fixture
def demo_store(store: Store) -> Store:
    load_demo(store, store.clock.today())
    return store


@pytest.fixture
def make_desk(demo_store: Store) -> Callable[..., CheckInDesk]:
    def make(**device_urls: str) -> CheckInDesk:
        config = Config(devices=DevicesSection(**device_urls))
        devices: Devices = open_devices(config.devices)
        return CheckInDesk(demo_store, config, devices, SITE_KEY)
    return make


@pytest.fixture
def desk(make_desk: Callable[..., CheckInDesk]) -> CheckInDesk:
    return make_desk()
