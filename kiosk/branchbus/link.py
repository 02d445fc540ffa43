"""One MQTT connection kept up for ever: connect, subscribe, run, and on any failure
reconnect with backoff. The kiosk bridge and the hub bridge each own one link.

While connected, two things run side by side: the outbox forwarder (our events out) and
the reader (their messages in). Either failing ends the session and starts a new one.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Sequence

import aiomqtt

from kiosk.branchbus.broker import Backoff, Broker
from kiosk.branchbus.outbox import OutboxForwarder, Outgoing, Publish

log = logging.getLogger("kiosk.branchbus")

ConnectHook = Callable[[Publish], Awaitable[None]]
MessageHandler = Callable[[aiomqtt.Message, Publish], Awaitable[None]]


class NotConnected(aiomqtt.MqttError):
    """A publish while the link is down (the caller retries after the reconnect)."""


class BrokerLink:
    def __init__(self, broker: Broker, *, identifier: str, keepalive: int,
                 subscriptions: Sequence[str], forwarder: OutboxForwarder,
                 on_connect: ConnectHook, on_message: MessageHandler,
                 will: Outgoing | None = None,
                 on_state: Callable[[bool], None] | None = None,
                 backoff: Backoff | None = None) -> None:
        self.broker = broker
        self.identifier = identifier
        self.keepalive = keepalive
        self.subscriptions = list(subscriptions)
        self.forwarder = forwarder
        self.on_connect = on_connect
        self.on_message = on_message
        self.will = will
        self.on_state = on_state or (lambda _up: None)
        self.backoff = backoff or Backoff()
        self.connected = False
        self._client: aiomqtt.Client | None = None
        self._failures = 0

    async def publish(self, message: Outgoing) -> None:
        """Publish on the current connection; for QoS 1 returns after the broker's PUBACK."""
        client = self._client
        if client is None:
            raise NotConnected("not connected to the broker")
        await client.publish(message.topic, message.encode(), qos=message.qos,
                             retain=message.retain)

    async def run(self) -> None:
        """Stay connected until cancelled."""
        while True:
            try:
                await self._session()
            except aiomqtt.MqttError as exc:
                self._down(exc)
            except Exception as exc:  # a CA file that cannot be read, a database error, ...
                log.exception("branch bus session failed")
                self._down(exc)
            # A cancel that landed while the session was ending may have been absorbed on
            # the way out (3.11's wait_for, a suppress around a child task): honour it.
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise asyncio.CancelledError
            await asyncio.sleep(self.backoff.next())

    async def _session(self) -> None:
        will = None
        if self.will is not None:
            will = aiomqtt.Will(self.will.topic, self.will.encode(), qos=self.will.qos,
                                retain=self.will.retain)
        client = self.broker.client(identifier=self.identifier, keepalive=self.keepalive,
                                    will=will)
        async with client:
            self._client = client
            try:
                for topic in self.subscriptions:
                    await client.subscribe(topic, qos=1)
                self._up()
                await self.on_connect(self.publish)
                await self._serve(client)
            except asyncio.CancelledError:
                # A clean shutdown disconnects gracefully, and then the broker does not
                # send the last will: say "offline" ourselves, briefly, then go.
                if self.will is not None:
                    with contextlib.suppress(Exception):
                        await asyncio.wait_for(self.publish(self.will), 2.0)
                raise
            finally:
                self._client = None

    async def _serve(self, client: aiomqtt.Client) -> None:
        reader = asyncio.create_task(self._read(client), name="branchbus:read")
        writer = asyncio.create_task(self.forwarder.run(self.publish), name="branchbus:forward")
        try:
            done, _pending = await asyncio.wait({reader, writer},
                                                return_when=asyncio.FIRST_EXCEPTION)
            for task in done:
                task.result()  # re-raise what ended the session
        finally:
            for task in (reader, writer):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError, aiomqtt.MqttError):
                    await task

    async def _read(self, client: aiomqtt.Client) -> None:
        async for message in client.messages:
            try:
                await self.on_message(message, self.publish)
            except aiomqtt.MqttError:
                raise
            except Exception:  # one bad message must not take the link down
                log.exception("branch bus message failed", extra={"topic": str(message.topic)})

    def _up(self) -> None:
        self.backoff.reset()
        self.connected = True
        if self._failures:
            log.info("branch bus reconnected", extra={"path": self.broker.redacted(),
                                                      "attempts": self._failures})
        else:
            log.info("branch bus connected", extra={"path": self.broker.redacted()})
        self._failures = 0
        self.on_state(True)

    def _down(self, exc: BaseException) -> None:
        was_up = self.connected
        self.connected = False
        self._failures += 1
        if was_up or self._failures == 1:  # log once per outage, not once per retry
            log.warning("branch bus connection lost; reconnecting",
                        extra={"path": self.broker.redacted(), "detail": str(exc)[:200]})
        if was_up:
            self.on_state(False)
