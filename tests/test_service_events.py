"""The event bus: history with increasing ids, independent subscribers, replay, asyncio bridge."""

from __future__ import annotations

import asyncio
import threading
import time

from hextile.service.events import EventBus, JobEvent


def run_async(coro):
    """``asyncio.run`` on a thread of its own (a test before may have left a loop running here)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        return pool.submit(asyncio.run, coro).result(60)


def _publish(bus: EventBus, n: int, channel: str = "job") -> None:
    for i in range(n):
        bus.publish(channel, "step", step=i + 1, steps=n)


def test_ids_increase_by_one_per_channel():
    bus = EventBus()
    _publish(bus, 3, "a")
    _publish(bus, 2, "b")
    assert [e.seq for e in bus.since("a")[0]] == [1, 2, 3]
    assert [e.seq for e in bus.since("b")[0]] == [1, 2]
    assert [e.step for e in bus.since("a", 1)[0]] == [2, 3]  # replay after id 1
    assert bus.since("a", 3)[0] == []


def test_two_subscribers_both_see_every_event_once():
    bus = EventBus()
    got_a: list[int] = []
    got_b: list[int] = []
    a = bus.subscribe("job", lambda e: got_a.append(e.seq))
    b = bus.subscribe("job", lambda e: got_b.append(e.seq))
    _publish(bus, 50)
    bus.publish("job", "job.status", status="completed")
    a.join(5)
    b.join(5)
    assert got_a == got_b == list(range(1, 52))  # no stealing: each has its own cursor


def test_a_raising_subscriber_harms_nobody():
    bus = EventBus()
    good: list[int] = []

    def bad(ev: JobEvent) -> None:
        raise RuntimeError("subscriber bug")

    broken = bus.subscribe("job", bad)
    ok = bus.subscribe("job", lambda e: good.append(e.seq))
    _publish(bus, 10)  # the publisher (a render) never sees the error
    bus.publish("job", "job.status", status="completed")
    broken.join(5)
    ok.join(5)
    assert isinstance(broken.error, RuntimeError)
    assert good == list(range(1, 12))


def test_a_stalled_subscriber_does_not_slow_the_publisher():
    bus = EventBus()
    release = threading.Event()
    stalled = bus.subscribe("job", lambda e: release.wait(30))
    t0 = time.perf_counter()
    _publish(bus, 2000)
    elapsed = time.perf_counter() - t0
    assert elapsed < 2.0  # no queue to fill, no wait on the subscriber
    release.set()
    bus.publish("job", "job.status", status="completed")
    stalled.join(10)
    assert stalled.cursor == 2001


def test_asyncio_stream_replays_then_follows_live_and_ends_when_closed():
    bus = EventBus()
    _publish(bus, 3)

    async def main() -> list[int]:
        seen: list[int] = []

        async def producer() -> None:
            await asyncio.sleep(0.05)
            await asyncio.to_thread(_publish, bus, 2)
            await asyncio.to_thread(bus.publish, "job", "job.status", status="failed")

        task = asyncio.create_task(producer())
        async for ev in bus.stream("job", after=1, keepalive_s=0.02):
            if ev is not None:
                seen.append(ev.seq)
        await task
        return seen

    assert run_async(main()) == [2, 3, 4, 5, 6]
    assert bus.subscriber_count() == 0  # the stream unregistered itself


def test_keepalive_ticks_when_idle_and_a_new_event_reopens_a_closed_channel():
    bus = EventBus()
    bus.publish("job", "job.status", status="cancelled")
    assert bus.is_closed("job")
    bus.publish("job", "job.queued", status="queued")  # resumed
    assert not bus.is_closed("job")

    async def main() -> list[object]:
        out: list[object] = []
        async for ev in bus.stream("job", after=2, keepalive_s=0.01):
            out.append(ev)
            if len(out) == 2:
                break
        return out

    assert run_async(main()) == [None, None]


def test_history_survives_through_the_sink(tmp_path):
    from hextile.service.store import JobStore

    store = JobStore(tmp_path / "db.sqlite")
    bus = EventBus(sink=store.append_event, loader=store.load_events)
    _publish(bus, 4)
    bus.publish("job", "job.status", status="interrupted")
    store.close()
    store = JobStore(tmp_path / "db.sqlite")
    again = EventBus(sink=store.append_event, loader=store.load_events)
    assert [e.seq for e in again.since("job")[0]] == [1, 2, 3, 4, 5]
    assert again.is_closed("job")
    assert again.publish("job", "job.queued").seq == 6  # ids continue after a restart
    store.close()
