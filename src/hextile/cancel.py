"""Cooperative cancellation shared by the engine, the pipelines, the CLI and the server."""

from __future__ import annotations

import threading

from hextile.errors import RenderCancelled


class CancelToken:
    """A flag that any thread may set; long loops call :meth:`raise_if_cancelled` between units of work."""

    def __init__(self) -> None:
        self._event = threading.Event()
        self.reason = ""

    def cancel(self, reason: str = "cancelled") -> None:
        self.reason = reason
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise RenderCancelled(self.reason)
