"""A render running in a background thread: iterate its events, cancel it, wait for its result."""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterator
from typing import Any

from hextile.cancel import CancelToken
from hextile.engine.events import ProgressEvent
from hextile.engine.renderer import RenderResult

_DONE = object()


class RenderJob:
    """Runs ``render``/``resume_render`` in a thread and exposes its events.

    Example::

        job = RenderJob(render, config, "pano.png", "renders")
        for event in job.events():
            print(event.kind, event.overall_fraction)
        result = job.result()
    """

    def __init__(self, fn: Callable[..., RenderResult], *args: Any, **kwargs: Any) -> None:
        self.cancel_token = CancelToken()
        self._queue: queue.Queue[Any] = queue.Queue()
        self._result: RenderResult | None = None
        self._error: BaseException | None = None
        self._listeners: list[Callable[[ProgressEvent], None]] = []
        kwargs.setdefault("cancel", self.cancel_token)
        user = kwargs.pop("on_event", None)

        def on_event(ev: ProgressEvent) -> None:
            self._queue.put(ev)
            if user is not None:
                user(ev)
            for listener in list(self._listeners):
                listener(ev)

        def target() -> None:
            try:
                self._result = fn(*args, on_event=on_event, **kwargs)
            except BaseException as exc:  # handed to result()
                self._error = exc
            finally:
                self._queue.put(_DONE)

        self._thread = threading.Thread(target=target, name="hextile-render", daemon=True)
        self._thread.start()

    def subscribe(self, listener: Callable[[ProgressEvent], None]) -> None:
        self._listeners.append(listener)

    def events(self, timeout: float | None = None) -> Iterator[ProgressEvent]:
        """Yield events as they happen until the render ends (each event is yielded once)."""
        while True:
            item = self._queue.get(timeout=timeout)
            if item is _DONE:
                return
            yield item

    def cancel(self, reason: str = "cancelled") -> None:
        self.cancel_token.cancel(reason)

    @property
    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self, timeout: float | None = None) -> RenderResult:
        """Wait for the render; re-raises its error."""
        self._thread.join(timeout)
        if self._thread.is_alive():
            raise TimeoutError("render still running")
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result
