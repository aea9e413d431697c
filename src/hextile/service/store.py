"""The job store: uploaded inputs, the render queue, job history and event history in SQLite.

One file, ``<data>/hextile.db``, in WAL mode. The render folders stay the source of truth for a
render's files; the store indexes them. Every method is thread-safe (one connection behind a
lock).
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from hextile.errors import HextileError
from hextile.service.events import JobEvent

log = logging.getLogger("hextile.service")

_SCHEMA = """
CREATE TABLE IF NOT EXISTS inputs(
    id TEXT PRIMARY KEY, sha256 TEXT UNIQUE NOT NULL, name TEXT NOT NULL, file TEXT NOT NULL,
    width INTEGER NOT NULL, height INTEGER NOT NULL, bytes INTEGER NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS jobs(
    id TEXT PRIMARY KEY, input_id TEXT NOT NULL, status TEXT NOT NULL, config TEXT NOT NULL,
    created REAL NOT NULL, queue_order INTEGER, started REAL, finished REAL, render_dir TEXT,
    error TEXT, error_id TEXT, parent TEXT, resume INTEGER NOT NULL DEFAULT 0,
    resume_config INTEGER NOT NULL DEFAULT 0,
    passes_done INTEGER NOT NULL DEFAULT 0, pass_count INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS jobs_created ON jobs(created);
CREATE TABLE IF NOT EXISTS events(channel TEXT NOT NULL, seq INTEGER NOT NULL, body TEXT NOT NULL,
    PRIMARY KEY(channel, seq));
"""


@dataclass
class InputRecord:
    id: str
    sha256: str
    name: str
    file: str  # relative to the data dir
    width: int
    height: int
    bytes: int
    created: float


@dataclass
class JobRecord:
    id: str
    input_id: str
    status: str  # queued | running | completed | failed | cancelled | interrupted
    config: str  # the config JSON as submitted (after the server's path rewrites)
    created: float
    queue_order: int | None = None
    started: float | None = None
    finished: float | None = None
    render_dir: str | None = None  # relative to the data dir
    error: str | None = None
    error_id: str | None = None
    parent: str | None = None
    resume: int = 0  # 1: the next run continues render_dir instead of starting over
    resume_config: int = 0  # 1: the next run resumes with `config` (it was edited)
    passes_done: int = 0
    pass_count: int = 0

    def config_data(self) -> dict[str, Any]:
        data: dict[str, Any] = json.loads(self.config)
        return data


_JOB_FIELDS = [f.name for f in fields(JobRecord)]
_INPUT_FIELDS = [f.name for f in fields(InputRecord)]


class JobStore:
    """SQLite-backed store of inputs, jobs and events."""

    def __init__(self, path: str | Path) -> None:
        """Open (creating it if needed) the database at ``path``.

        Raises:
            HextileError: the file is not a readable SQLite database (damaged, or something else
                under that name), or it cannot be opened (locked, permissions, full disk).
        """
        self.path = Path(path)
        self._lock = threading.RLock()
        try:
            self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except sqlite3.DatabaseError as exc:
            if isinstance(exc, sqlite3.OperationalError):  # locked, read-only, no space, …
                raise HextileError(
                    f"cannot open the job database {self.path} ({exc})",
                    "check that no other hextile server uses this data folder and that it is writable",
                ) from None
            raise HextileError(
                f"the job database {self.path} is damaged ({exc})",
                f"move it aside (mv {self.path} {self.path}.broken): the next start rebuilds it from the "
                "render folders",
            ) from None

    def close(self) -> None:
        with self._lock:
            self._db.close()

    # -- events -------------------------------------------------------------------------------
    def append_event(self, channel: str, event: JobEvent) -> None:
        """Store an event before anyone sees it: a client never holds an id a restarted server
        could hand out again (WAL mode: one small write, no fsync)."""
        with self._lock:
            self._db.execute(
                "INSERT OR REPLACE INTO events VALUES (?, ?, ?)",
                (channel, event.seq, event.as_json()),
            )

    def load_events(self, channel: str) -> list[JobEvent]:
        with self._lock:
            rows = self._db.execute(
                "SELECT body FROM events WHERE channel = ? ORDER BY seq", (channel,)
            ).fetchall()
        return [JobEvent.model_validate_json(r[0]) for r in rows]

    def delete_events(self, channel: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM events WHERE channel = ?", (channel,))

    # -- inputs -------------------------------------------------------------------------------
    def add_input(self, rec: InputRecord) -> InputRecord:
        """Insert ``rec``; an input with the same sha256 already stored is returned instead."""
        with self._lock:
            found = self.input_by_sha(rec.sha256)
            if found is not None:
                return found
            cols = ", ".join(_INPUT_FIELDS)
            marks = ", ".join("?" for _ in _INPUT_FIELDS)
            self._db.execute(
                f"INSERT INTO inputs({cols}) VALUES ({marks})", [getattr(rec, f) for f in _INPUT_FIELDS]
            )
            return rec

    def input_by_sha(self, sha: str) -> InputRecord | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {', '.join(_INPUT_FIELDS)} FROM inputs WHERE sha256 = ?", (sha,)
            ).fetchone()
        return InputRecord(*row) if row else None

    def get_input(self, input_id: str) -> InputRecord | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {', '.join(_INPUT_FIELDS)} FROM inputs WHERE id = ?", (input_id,)
            ).fetchone()
        return InputRecord(*row) if row else None

    def list_inputs(self, limit: int = 100, offset: int = 0) -> tuple[list[InputRecord], int]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT {', '.join(_INPUT_FIELDS)} FROM inputs ORDER BY created DESC, rowid DESC "
                "LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
            total = self._db.execute("SELECT COUNT(*) FROM inputs").fetchone()[0]
        return [InputRecord(*r) for r in rows], int(total)

    # -- jobs ---------------------------------------------------------------------------------
    def add_job(self, rec: JobRecord) -> JobRecord:
        with self._lock:
            cols = ", ".join(_JOB_FIELDS)
            marks = ", ".join("?" for _ in _JOB_FIELDS)
            self._db.execute(
                f"INSERT INTO jobs({cols}) VALUES ({marks})", [getattr(rec, f) for f in _JOB_FIELDS]
            )
        return rec

    def get_job(self, job_id: str) -> JobRecord | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT {', '.join(_JOB_FIELDS)} FROM jobs WHERE id = ?", (job_id,)
            ).fetchone()
        return JobRecord(*row) if row else None

    def update_job(self, job_id: str, **values: Any) -> None:
        bad = set(values) - set(_JOB_FIELDS)
        if bad:
            raise KeyError(f"unknown job fields {sorted(bad)}")
        sets = ", ".join(f"{k} = ?" for k in values)
        with self._lock:
            self._db.execute(f"UPDATE jobs SET {sets} WHERE id = ?", [*values.values(), job_id])

    def delete_job(self, job_id: str) -> None:
        with self._lock:
            self._db.execute("DELETE FROM jobs WHERE id = ?", (job_id,))
            self._db.execute("DELETE FROM events WHERE channel = ?", (job_id,))

    def list_jobs(self, limit: int = 50, offset: int = 0) -> tuple[list[JobRecord], int]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT {', '.join(_JOB_FIELDS)} FROM jobs "
                "ORDER BY created DESC, rowid DESC LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
            total = self._db.execute("SELECT COUNT(*) FROM jobs").fetchone()[0]
        return [JobRecord(*r) for r in rows], int(total)

    def jobs_by_render_dir(self) -> dict[str, str]:
        """Job id by the render folder it points at (relative to the data dir)."""
        with self._lock:
            rows = self._db.execute("SELECT render_dir, id FROM jobs WHERE render_dir IS NOT NULL").fetchall()
        return {str(d): str(i) for d, i in rows}

    def jobs_with_status(self, *statuses: str) -> list[JobRecord]:
        marks = ", ".join("?" for _ in statuses)
        with self._lock:
            rows = self._db.execute(
                f"SELECT {', '.join(_JOB_FIELDS)} FROM jobs WHERE status IN ({marks}) "
                "ORDER BY queue_order, created",
                statuses,
            ).fetchall()
        return [JobRecord(*r) for r in rows]

    def queued(self) -> list[JobRecord]:
        """Queued jobs in the order they run (FIFO)."""
        return self.jobs_with_status("queued")

    def next_queue_order(self) -> int:
        with self._lock:
            row = self._db.execute("SELECT MAX(queue_order) FROM jobs").fetchone()
        return int(row[0] or 0) + 1
