"""``render.log``: timestamped lines appended by any thread.

Each line is ``<UTC ISO-8601 time, ms> <LEVEL> <message>``, e.g.
``2026-02-19T10:11:12.345Z INFO  pass 1/2 started (Hextile_20_2K, 20 tiles)``. A multi-line
message becomes several lines with the same prefix, so every line of the file is parseable.
The file is opened line-buffered, so each line reaches the OS as soon as it is written and a
``tail -f`` shows it at once.
"""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from hextile.errors import OutputError

from .atomic import os_error

LEVELS = ("DEBUG", "INFO", "WARN", "ERROR")


def _stamp(when: datetime | None = None) -> str:
    t = (when or datetime.now(UTC)).astimezone(UTC)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"


class RenderLog:
    """Append-only, thread-safe, line-buffered log file."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self._file: TextIO | None = open(  # noqa: SIM115 - closed by close()
                self.path, "a", buffering=1, encoding="utf-8", errors="replace", newline="\n"
            )
        except OSError as exc:
            raise os_error(exc, "opening", str(self.path)) from exc

    def write(self, message: object, level: str = "INFO") -> None:
        """Append ``message`` (any object, ``str()``-ed) with a timestamp and ``level``."""
        level = level.upper()
        if level == "WARNING":
            level = "WARN"
        text = str(message).replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")
        prefix = f"{_stamp()} {level:<5} "
        lines = "".join(prefix + line + "\n" for line in text.split("\n"))
        with self._lock:
            if self._file is None:
                raise RuntimeError(f"render log {self.path} is closed")
            try:
                self._file.write(lines)
            except OSError as exc:
                raise os_error(exc, "writing", self.path.name) from exc

    def debug(self, message: object) -> None:
        self.write(message, "DEBUG")

    def info(self, message: object) -> None:
        self.write(message, "INFO")

    def warning(self, message: object) -> None:
        self.write(message, "WARN")

    def error(self, message: object) -> None:
        self.write(message, "ERROR")

    def handler(self, level: int = logging.INFO) -> logging.Handler:
        """A :mod:`logging` handler that appends records to this log (``logger: message``)."""
        return _RenderLogHandler(self, level)

    @property
    def closed(self) -> bool:
        return self._file is None

    def close(self) -> None:
        with self._lock:
            f, self._file = self._file, None
        if f is not None:
            try:
                f.close()
            except OSError as exc:
                raise os_error(exc, "writing", self.path.name) from exc

    def __enter__(self) -> RenderLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _RenderLogHandler(logging.Handler):
    def __init__(self, log: RenderLog, level: int) -> None:
        super().__init__(level)
        self._log = log

    def emit(self, record: logging.LogRecord) -> None:
        try:
            msg = record.getMessage()
            if record.exc_info:
                msg += "\n" + logging.Formatter().formatException(record.exc_info)
            self._log.write(f"{record.name}: {msg}", record.levelname)
        except (OutputError, RuntimeError):
            self.handleError(record)
