"""``render.log``: timestamped lines appended by any thread.

Each line is ``<UTC ISO-8601 time, ms> <LEVEL> <message>``, e.g.
``2026-02-19T10:11:12.345Z INFO  pass 1/2 started (Hextile_20_2K, 20 tiles)``. A multi-line
message becomes several lines with the same prefix, so every line of the file is parseable.
It is a :class:`logging.FileHandler` (flushed after every record, so ``tail -f`` shows each line
at once): :meth:`RenderLog.attach` connects it to the ``hextile`` loggers for the duration of a
render, so what the model cache, LoRA and model loading log reaches ``render.log`` too.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hextile.atomic import os_error
from hextile.errors import OutputError

LEVELS = ("DEBUG", "INFO", "WARN", "ERROR")


def _stamp(when: datetime | None = None) -> str:
    t = (when or datetime.now(UTC)).astimezone(UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


class _Formatter(logging.Formatter):
    """``<UTC time, ms> <LEVEL> <message>``; every line of a multi-line message gets the prefix."""

    def format(self, record: logging.LogRecord) -> str:
        level = "WARN" if record.levelname == "WARNING" else record.levelname
        if level == "CRITICAL":
            level = "ERROR"
        text = record.getMessage()
        if record.name not in ("", _OWN):
            text = f"{record.name}: {text}"
        if record.exc_info:
            text += "\n" + self.formatException(record.exc_info)
        text = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
        prefix = f"{_stamp(datetime.fromtimestamp(record.created, UTC))} {level:<5} "
        return "\n".join(prefix + line for line in text.split("\n"))


_OWN = "hextile.render"  # records written through RenderLog itself carry no logger prefix
_LEVELS = {"DEBUG": logging.DEBUG, "INFO": logging.INFO, "WARN": logging.WARNING, "ERROR": logging.ERROR}


class _FileHandler(logging.FileHandler):
    """A FileHandler that keeps a write error for the caller instead of printing it."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, mode="a", encoding="utf-8", errors="replace")
        self.terminator = "\n"
        self.setFormatter(_Formatter())
        self.error: BaseException | None = None

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        import sys

        self.error = sys.exc_info()[1]


class RenderLog:
    """Append-only, thread-safe ``render.log`` (a :class:`logging.FileHandler`)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self._handler: _FileHandler | None = _FileHandler(self.path)
        except OSError as exc:
            raise os_error(exc, "opening", str(self.path)) from exc
        self._attached: list[tuple[logging.Logger, logging.Handler, int]] = []

    @property
    def _file(self) -> Any:  # the open stream (tests replace it to simulate a full disk)
        return None if self._handler is None else self._handler.stream

    @_file.setter
    def _file(self, stream: Any) -> None:
        assert self._handler is not None
        self._handler.stream = stream

    def write(self, message: object, level: str = "INFO") -> None:
        """Append ``message`` (any object, ``str()``-ed) with a timestamp and ``level``."""
        level = level.upper()
        if level == "WARNING":
            level = "WARN"
        record = logging.LogRecord(_OWN, _LEVELS.get(level, logging.INFO), "", 0, str(message), None, None)
        self._emit(record)

    def _emit(self, record: logging.LogRecord) -> None:
        with self._lock:
            h = self._handler
            if h is None:
                raise RuntimeError(f"render log {self.path} is closed")
            h.error = None
            h.handle(record)
            err, h.error = h.error, None
        if isinstance(err, OSError):
            raise os_error(err, "writing", self.path.name) from err
        if err is not None:
            raise err

    def debug(self, message: object) -> None:
        self.write(message, "DEBUG")

    def info(self, message: object) -> None:
        self.write(message, "INFO")

    def warning(self, message: object) -> None:
        self.write(message, "WARN")

    def error(self, message: object) -> None:
        self.write(message, "ERROR")

    def handler(self, level: int = logging.INFO, only_thread: int | None = None) -> logging.Handler:
        """A :mod:`logging` handler that appends records here (``logger: message``, tracebacks
        included); with ``only_thread``, only records logged by that thread."""
        return _Forward(self, level, only_thread)

    def attach(self, logger: str = "hextile", level: int = logging.INFO) -> None:
        """Send ``logger``'s records from the calling thread here until :meth:`close`."""
        lg = logging.getLogger(logger)
        h = self.handler(level, threading.get_ident())
        lg.addHandler(h)
        self._attached.append((lg, h, lg.level))
        if lg.getEffectiveLevel() > level:
            lg.setLevel(level)

    @property
    def closed(self) -> bool:
        return self._handler is None

    def close(self) -> None:
        for lg, attached, was in reversed(self._attached):
            lg.removeHandler(attached)
            lg.setLevel(was)
        self._attached.clear()
        with self._lock:
            h, self._handler = self._handler, None
        if h is not None:
            try:
                h.close()
            except OSError as exc:
                raise os_error(exc, "writing", self.path.name) from exc

    def __enter__(self) -> RenderLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Forward(logging.Handler):
    def __init__(self, log: RenderLog, level: int, only_thread: int | None) -> None:
        super().__init__(level)
        self._log = log
        self._thread = only_thread

    def emit(self, record: logging.LogRecord) -> None:
        if self._thread is not None and record.thread != self._thread:
            return
        try:
            self._log._emit(record)
        except (OutputError, RuntimeError):
            self.handleError(record)
