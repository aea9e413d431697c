"""``DIR/batch.json``: what a batch is made of and how far it got, replaced atomically on every change.

The file is the batch's memory between runs: re-running the same command reads it, skips items
that finished, resumes the render folders of items that did not, and retries items that failed.
It is written with :func:`hextile.output.atomic_write_text` (temporary sibling + rename), so it
is valid JSON at every instant, also after ``kill -9``.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hextile.atomic import os_error
from hextile.errors import HextileError
from hextile.output import atomic_write_text

BATCH_NAME = "batch.json"
BATCH_SCHEMA = "hextile.batch/1"

ItemStatus = Literal["pending", "running", "completed", "failed"]


def now() -> datetime:
    return datetime.now(UTC)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ItemRecord(_Model):
    """One render of the batch: an image, or one frame of a video."""

    key: str  # stable identity across runs: the input's absolute path (frames: video path + #frame)
    input: str  # the image that is rendered (frames: the decoded frame under DIR/videos/)
    kind: Literal["image", "frame"] = "image"
    video: str | None = None  # key of the video a frame belongs to
    frame: int | None = Field(default=None, ge=1)
    status: ItemStatus = "pending"
    seeds: list[int] = Field(default_factory=list)  # per pass, fixed before the first attempt
    render_id: str | None = None
    render_dir: str | None = None  # relative to DIR
    final_image: str | None = None  # relative to DIR
    attempts: int = 0
    worker: str | None = None
    started: datetime | None = None
    finished: datetime | None = None
    duration_s: float | None = None
    model_loads: int | None = None
    error: str | None = None


class VideoRecord(_Model):
    """A video input: decoded to frames, rendered frame by frame, encoded again at the end."""

    key: str  # the video's absolute path
    frames: int = Field(ge=0)
    rate: str  # frames per second as an exact fraction, e.g. "30000/1001"
    audio: bool
    frames_dir: str  # decoded frames, relative to DIR
    seeds: list[int] = Field(default_factory=list)  # per pass, shared by every frame by default
    reseed_per_frame: bool = False
    status: Literal["pending", "completed", "failed"] = "pending"
    output: str | None = None  # the restyled video, relative to DIR
    error: str | None = None


class BatchFile(_Model):
    schema_version: str = BATCH_SCHEMA
    config_sha256: str
    created: datetime = Field(default_factory=now)
    updated: datetime = Field(default_factory=now)
    items: list[ItemRecord] = Field(default_factory=list)
    videos: list[VideoRecord] = Field(default_factory=list)


class BatchState:
    """``batch.json`` in memory; every change is saved atomically (thread-safe)."""

    def __init__(self, path: Path, data: BatchFile) -> None:
        self.path = path
        self.data = data
        self._lock = threading.RLock()

    @classmethod
    def open(cls, out_dir: Path, config_sha256: str) -> BatchState:
        """Read ``out_dir/batch.json`` (or start a new one). A batch made with another config is refused."""
        path = out_dir / BATCH_NAME
        if not path.exists():
            return cls(path, BatchFile(config_sha256=config_sha256))
        try:
            data = BatchFile.model_validate_json(path.read_bytes())
        except (OSError, ValidationError, ValueError) as exc:
            first = exc.errors()[0]["msg"] if isinstance(exc, ValidationError) else str(exc)
            raise HextileError(
                f"{path} is not a batch file hextile can read ({first})",
                "choose another --out, or move that folder away",
            ) from None
        if data.config_sha256 != config_sha256:
            raise HextileError(
                f"{path} belongs to a batch made with a different config",
                "re-run with the same --config, or choose another --out for the new config",
            )
        return cls(path, data)

    # -- items -------------------------------------------------------------------------------
    def item(self, key: str) -> ItemRecord | None:
        return next((i for i in self.data.items if i.key == key), None)

    def add_item(self, record: ItemRecord) -> ItemRecord:
        with self._lock:
            found = self.item(record.key)
            if found is not None:
                return found
            self.data.items.append(record)
            return record

    def video(self, key: str) -> VideoRecord | None:
        return next((v for v in self.data.videos if v.key == key), None)

    def set_video(self, record: VideoRecord) -> None:
        with self._lock:
            self.data.videos = [v for v in self.data.videos if v.key != record.key] + [record]

    def update(self, key: str, **fields: object) -> ItemRecord:
        with self._lock:
            rec = self.item(key)
            if rec is None:
                raise KeyError(key)
            for name, value in fields.items():
                setattr(rec, name, value)
            self.save()
            return rec

    def save(self) -> None:
        with self._lock:
            self.data.updated = now()
            text = self.data.model_dump_json(indent=2) + "\n"
            try:
                atomic_write_text(self.path, text)
            except OSError as exc:
                raise os_error(exc, "writing", str(self.path)) from None
