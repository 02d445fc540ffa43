"""Waiting for an event with a time limit, safely on Python 3.11.

``asyncio.wait_for`` in 3.11 can swallow a cancel that arrives just as the awaited thing
finishes; in a ``while True`` loop the task then never ends and shutdown hangs (seen in the
outbox relay, the MQTT forwarder and the device supervisor). The swallowed cancel still
shows in ``Task.cancelling()``: honour it.
"""

from __future__ import annotations

import asyncio


async def wait_event(event: asyncio.Event, timeout: float) -> bool:
    """Wait until ``event`` is set or ``timeout`` seconds pass; True when it was set."""
    try:
        await asyncio.wait_for(event.wait(), timeout)
        woken = True
    except TimeoutError:
        woken = False
    task = asyncio.current_task()
    if task is not None and task.cancelling():
        raise asyncio.CancelledError
    return woken
