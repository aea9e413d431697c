"""Job events: a typed event model, a per-job history with increasing ids, and subscribers.

The :class:`EventBus` keeps, per *channel* (a job id, or :data:`QUEUE` for queue-wide changes), the
list of events published so far; each event gets the next sequence number of its channel (1, 2,
3 …). Readers never take events out of a shared queue: each subscriber holds its own cursor (the
last sequence number it has seen), so any number of readers see every event exactly once, a
reconnecting reader resumes after the id it last saw, and a slow or stalled reader costs the
publisher nothing. Callback subscribers run on their own thread, so one that raises or blocks
never harms the render that publishes.

The bus is thread-safe (renders publish from worker threads); :meth:`EventBus.stream` bridges to
asyncio for the server. A ``sink`` (the job store) persists events so history survives restarts.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

from pydantic import Field, PrivateAttr

from hextile.engine.events import RenderEventFields

log = logging.getLogger("hextile.service")

QUEUE = ""  # the channel of queue-wide events (job.queued, job.started, job.finished, queue.changed)
TERMINAL = frozenset({"completed", "failed", "cancelled", "interrupted"})


class JobEvent(RenderEventFields):
    """One event of a job (or of the queue), as streamed to clients.

    ``seq`` increases by one per event of the same channel, from 1. ``kind`` is an engine kind
    (``render.start``, ``pass.start``, ``tile.end``, ``step``, ``pass.end``, ``render.end`` …) or a
    service kind: ``job.queued``, ``job.started``, ``job.status`` (``status`` says which; a terminal
    status ends the job's stream), ``queue.position``, and on the queue channel ``job.finished`` and
    ``queue.changed``. The engine's progress fields (:class:`RenderEventFields`) are copied as they came.
    """

    seq: int = 0
    job_id: str = ""
    time: float = Field(0.0, description="Unix time the event was published")
    status: str | None = None
    queue_position: int | None = None
    pass_number: int | None = None
    _json: str | None = PrivateAttr(None)
    _sse: bytes | None = PrivateAttr(None)

    def as_json(self) -> str:
        """The event as JSON, serialised once however many clients it is sent to."""
        if self._json is None:
            self._json = self.model_dump_json()
        return self._json

    def as_sse(self) -> bytes:
        """The event as one Server-Sent Events message (``event:`` kind, ``data:`` JSON, ``id:`` seq),
        encoded once however many clients it is sent to."""
        if self._sse is None:
            data = self.as_json().replace("\n", "\\n")  # JSON never needs a raw newline
            self._sse = f"event: {self.kind}\ndata: {data}\nid: {self.seq}\n\n".encode()
        return self._sse


class _Channel:
    def __init__(self, events: list[JobEvent]) -> None:
        self.events = events
        self.closed = bool(events) and events[-1].kind == "job.status" and events[-1].status in TERMINAL

    @property
    def last_seq(self) -> int:
        return self.events[-1].seq if self.events else 0


Sink = Callable[[str, JobEvent], None]
Loader = Callable[[str], list[JobEvent]]


class Subscription:
    """A callback subscriber running on its own thread; :meth:`close` stops it."""

    def __init__(self, bus: EventBus, channel: str, callback: Callable[[JobEvent], None], after: int) -> None:
        self._bus = bus
        self._channel = channel
        self._callback = callback
        self.cursor = after
        self.error: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="hextile-subscriber", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        while not self._stop.is_set():
            events, closed = self._bus.wait(self._channel, self.cursor, timeout=0.5)
            for ev in events:
                try:
                    self._callback(ev)
                except BaseException as exc:  # a broken subscriber stops itself, nobody else
                    self.error = exc
                    log.warning("event subscriber %r raised %r; unsubscribed", self._callback, exc)
                    return
                self.cursor = ev.seq
            if closed and not events:
                return

    def close(self, timeout: float | None = 5.0) -> None:
        self._stop.set()
        self._thread.join(timeout)

    def join(self, timeout: float | None = None) -> None:
        """Wait until the channel is closed and every event was delivered (or the callback raised)."""
        self._thread.join(timeout)


class EventBus:
    """Event history per channel, with replay and any number of independent subscribers."""

    def __init__(self, sink: Sink | None = None, loader: Loader | None = None, keep_closed: int = 32) -> None:
        self._lock = threading.Condition()
        self._channels: OrderedDict[str, _Channel] = OrderedDict()
        self._sink = sink
        self._loader = loader
        self._keep_closed = keep_closed
        # asyncio readers: loop -> {channel -> set of asyncio.Event}
        self._waiters: dict[asyncio.AbstractEventLoop, dict[str, set[asyncio.Event]]] = {}

    # -- channels -----------------------------------------------------------------------------
    def _channel(self, channel: str) -> _Channel:
        ch = self._channels.get(channel)
        if ch is None:
            ch = _Channel(self._loader(channel) if self._loader is not None else [])
            self._channels[channel] = ch
            self._trim()
        return ch

    def _trim(self) -> None:
        closed = [k for k, c in self._channels.items() if c.closed]
        for key in closed[: max(0, len(closed) - self._keep_closed)]:
            del self._channels[key]  # reloaded from the sink's store when asked for again

    # -- publishing ---------------------------------------------------------------------------
    def publish(self, channel: str, kind: str, **fields: Any) -> JobEvent:
        """Append an event to ``channel`` (next ``seq``) and wake its readers; returns it."""
        with self._lock:
            ch = self._channel(channel)
            fields.setdefault("job_id", channel)
            ev = JobEvent(kind=kind, seq=ch.last_seq + 1, time=time.time(), **fields)
            if self._sink is not None:
                try:
                    self._sink(channel, ev)
                except Exception:  # persisting must never stop a render (a full disk, say)
                    log.exception("could not persist event %s/%d", channel, ev.seq)
            ch.events.append(ev)
            ch.closed = kind == "job.status" and ev.status in TERMINAL  # anything else reopens it
            self._lock.notify_all()
            loops = [(loop, chans.get(channel)) for loop, chans in self._waiters.items()]
        for loop, waiters in loops:
            if waiters:
                with contextlib.suppress(RuntimeError):  # loop closed
                    loop.call_soon_threadsafe(_set_all, list(waiters))
        return ev

    # -- reading ------------------------------------------------------------------------------
    def since(self, channel: str, after: int = 0) -> tuple[list[JobEvent], bool]:
        """Events of ``channel`` with ``seq > after``, and whether the channel is closed."""
        with self._lock:
            ch = self._channel(channel)
            return _after(ch.events, after), ch.closed

    def last_seq(self, channel: str) -> int:
        with self._lock:
            return self._channel(channel).last_seq

    def is_closed(self, channel: str) -> bool:
        with self._lock:
            return self._channel(channel).closed

    def wait(self, channel: str, after: int, timeout: float | None = None) -> tuple[list[JobEvent], bool]:
        """Block until ``channel`` has events after ``after`` (or is closed, or ``timeout``)."""
        with self._lock:
            ch = self._channel(channel)
            if ch.last_seq <= after and not ch.closed:
                self._lock.wait(timeout)
                ch = self._channel(channel)
            return _after(ch.events, after), ch.closed

    def subscribe(self, channel: str, callback: Callable[[JobEvent], None], after: int = 0) -> Subscription:
        """Call ``callback(event)`` for every event of ``channel`` after ``after``, on its own thread."""
        return Subscription(self, channel, callback, after)

    async def stream(
        self, channel: str, after: int = 0, keepalive_s: float = 15.0, until_closed: bool = True
    ) -> AsyncIterator[JobEvent | None]:
        """Async iterator over the events of ``channel`` after ``after``, live.

        Yields ``None`` when nothing happened for ``keepalive_s`` (the caller sends a ping). Ends
        once a closed channel has delivered everything (``until_closed``).
        """
        async for batch in self.stream_batches(channel, after, keepalive_s, until_closed):
            if not batch:
                yield None
            for ev in batch:
                yield ev

    async def stream_batches(
        self, channel: str, after: int = 0, keepalive_s: float = 15.0, until_closed: bool = True
    ) -> AsyncIterator[list[JobEvent]]:
        """Like :meth:`stream`, but yields every event pending at each wake-up as one list (an
        empty list after ``keepalive_s`` of silence): a server writes them to a client at once."""
        loop = asyncio.get_running_loop()
        flag = asyncio.Event()
        with self._lock:
            self._waiters.setdefault(loop, {}).setdefault(channel, set()).add(flag)
        try:
            while True:
                flag.clear()
                events, closed = self.since(channel, after)
                if events:
                    yield events
                    after = events[-1].seq
                    continue
                if closed and until_closed:
                    return
                try:
                    await asyncio.wait_for(flag.wait(), keepalive_s)
                except TimeoutError:
                    yield []
        finally:
            with self._lock:
                chans = self._waiters.get(loop, {})
                chans.get(channel, set()).discard(flag)
                if channel in chans and not chans[channel]:
                    del chans[channel]
                if not chans:
                    self._waiters.pop(loop, None)

    def subscriber_count(self) -> int:
        with self._lock:
            return sum(len(s) for chans in self._waiters.values() for s in chans.values())


def _set_all(flags: Iterable[asyncio.Event]) -> None:
    for f in flags:
        f.set()


def _after(events: list[JobEvent], after: int) -> list[JobEvent]:
    if not events or after < events[0].seq:
        return list(events) if after <= 0 else [e for e in events if e.seq > after]
    start = after - events[0].seq + 1  # seqs are consecutive within a channel
    return events[start:]
