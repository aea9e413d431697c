"""Encode and write images on one background thread, so saving never stalls the pass loop.

:class:`BackgroundWriter` takes a tensor (on any device) or a numpy array, and in its worker
thread copies it to the host, quantises it, encodes it (PNG 8/16-bit or JPEG, with OpenCV, which
releases the GIL) and writes it atomically (temp file + :func:`os.replace`). The queue is
bounded: when the disk cannot keep up, :meth:`~BackgroundWriter.submit` blocks instead of
letting memory grow.

Images follow the conventions of :mod:`hextile.output.encode` (the one encoder).

Ownership: a submitted tensor or array must not be modified in place until :meth:`flush`
returns (pass ``copy=True`` to let :meth:`submit` clone it first). For CUDA tensors, submit
records an event on the caller's current stream and the worker waits on it before copying,
so the copy sees every kernel the caller queued before ``submit``.
"""

from __future__ import annotations

import contextlib
import os
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from hextile.atomic import atomic_write_bytes, display_path, os_error
from hextile.errors import OutputError

from .encode import (
    DEFAULT_JPEG_QUALITY,
    DEFAULT_PNG_COMPRESSION,
    KINDS,
    ImageKind,
    check_image,
    encode,
    png_params,
    to_bgr_hwc,
)

__all__ = [
    "DEFAULT_JPEG_QUALITY",
    "DEFAULT_PNG_COMPRESSION",
    "KINDS",
    "BackgroundWriter",
    "ImageKind",
    "WriterStats",
    "encode",
    "png_params",
    "to_bgr_hwc",
]


@dataclass(frozen=True)
class WriterStats:
    """What a writer has done so far (for benchmarks and logs)."""

    images: int = 0
    bytes: int = 0
    seconds: float = 0.0  # copy-to-host + quantise + encode + write, summed over images
    encode_seconds: float = 0.0  # copy-to-host + quantise + encode
    write_seconds: float = 0.0  # atomic write (incl. fsync)
    dropped: int = 0  # jobs discarded after an error


@dataclass
class _Job:
    path: Path
    image: Any
    kind: str
    quality: int
    compression: int
    max_width: int | None
    event: Any = None  # torch.cuda.Event for CUDA tensors
    on_done: Callable[[], None] | None = None  # called in the worker once the file is on disk


_STOP = object()


def default_workers() -> int:
    """Encoding threads: up to 4, one per two CPU cores (at least 2, so one big panorama never
    holds up the tiles behind it)."""
    return max(2, min(4, (os.cpu_count() or 2) // 2))


class BackgroundWriter:
    """Worker threads and a bounded queue of images to encode and write.

    ``workers`` threads encode in parallel (OpenCV's encoders release the GIL); images may then
    be written in any order — use ``on_done`` to learn when one is on disk.

    Errors in the worker (full disk, permissions) are kept and raised on the next
    :meth:`submit`, :meth:`flush` or :meth:`close` as one-line :class:`OutputError`, e.g.
    ``disk full while writing pass_1/panorama.png. free space or choose another --out``. After an
    error the queued jobs are dropped (the render is going to fail anyway); an error is raised
    once.

    ``root`` (usually the render folder) only shortens paths in error messages.
    """

    def __init__(
        self,
        *,
        root: Path | str | None = None,
        max_queue: int = 8,
        fsync: bool = True,
        png_compression: int = DEFAULT_PNG_COMPRESSION,
        name: str = "hextile-writer",
        workers: int | None = None,
    ) -> None:
        if max_queue < 1:
            raise ValueError("max_queue must be at least 1")
        workers = default_workers() if workers is None else workers
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.root = Path(root) if root is not None else None
        self.fsync = fsync
        self.png_compression = png_compression
        self._queue: queue.Queue[Any] = queue.Queue(maxsize=max_queue)
        self._lock = threading.Lock()
        self._error: BaseException | None = None
        self._closed = False
        self._images = 0
        self._bytes = 0
        self._encode_s = 0.0
        self._write_s = 0.0
        self._dropped = 0
        self._threads = [threading.Thread(target=self._run, name=name, daemon=True) for _ in range(workers)]
        for t in self._threads:
            t.start()

    # ---- public API

    def submit(
        self,
        path: Path | str,
        image: Any,
        *,
        kind: ImageKind = "png8",
        quality: int = DEFAULT_JPEG_QUALITY,
        compression: int | None = None,
        max_width: int | None = None,
        copy: bool = False,
        on_done: Callable[[], None] | None = None,
    ) -> None:
        """Queue ``image`` to be written to ``path``; blocks only while the queue is full.

        The caller's thread does no host copy, quantisation or encoding. ``copy=True`` clones the
        image first (on its device) so the caller may reuse its buffer at once. ``on_done`` is
        called in the worker thread once the file is complete on disk (not after an error), so a
        record such as ``passes.json`` never claims a file before it exists.
        """
        if self._closed:
            raise RuntimeError("BackgroundWriter is closed")
        self._raise_pending()
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
        check_image(image)
        event = None
        if isinstance(image, torch.Tensor):
            image = image.detach()
            if copy:
                image = image.clone()
            if image.is_cuda:
                event = torch.cuda.Event()
                event.record(torch.cuda.current_stream(image.device))
        elif copy:
            image = image.copy()
        job = _Job(
            path=Path(path),
            image=image,
            kind=kind,
            quality=quality,
            compression=self.png_compression if compression is None else compression,
            max_width=max_width,
            event=event,
            on_done=on_done,
        )
        self._queue.put(job)

    def flush(self) -> None:
        """Wait until every queued image is written; raise a pending error."""
        self._queue.join()
        self._raise_pending()

    def close(self) -> None:
        """Finish the queue, stop the worker, raise a pending error. Idempotent."""
        if not self._closed:
            self._closed = True
            for _ in self._threads:
                self._queue.put(_STOP)
            for t in self._threads:
                t.join()
        self._raise_pending()

    def __enter__(self) -> BackgroundWriter:
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            self.close()
        else:  # do not mask the exception that is already propagating
            with contextlib.suppress(Exception):
                self.close()

    @property
    def pending(self) -> int:
        """Jobs queued or being written."""
        return self._queue.unfinished_tasks

    @property
    def stats(self) -> WriterStats:
        with self._lock:
            return WriterStats(
                images=self._images,
                bytes=self._bytes,
                seconds=self._encode_s + self._write_s,
                encode_seconds=self._encode_s,
                write_seconds=self._write_s,
                dropped=self._dropped,
            )

    # ---- internals

    def _raise_pending(self) -> None:
        with self._lock:
            err, self._error = self._error, None
        if err is not None:
            raise err

    def _do(self, job: _Job) -> int:
        shown = display_path(job.path, self.root)
        t0 = time.perf_counter()
        try:
            data = encode(
                job.image,
                job.kind,
                quality=job.quality,
                compression=job.compression,
                max_width=job.max_width,
                event=job.event,
            )
        except ValueError as exc:
            raise OutputError(f"cannot encode {shown}: {exc}", "report this as a bug") from exc
        t1 = time.perf_counter()
        try:
            if not job.path.parent.is_dir():
                job.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(job.path, data, fsync=self.fsync)
        except OSError as exc:
            raise os_error(exc, "writing", shown) from exc
        t2 = time.perf_counter()
        with self._lock:
            self._images += 1
            self._bytes += len(data)
            self._encode_s += t1 - t0
            self._write_s += t2 - t1
        return len(data)

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            try:
                if job is _STOP:
                    return
                with self._lock:
                    failed = self._error is not None
                if failed:
                    with self._lock:
                        self._dropped += 1
                    continue
                try:
                    self._do(job)
                    if job.on_done is not None:
                        job.on_done()
                except BaseException as exc:  # kept for the caller's thread
                    with self._lock:
                        if self._error is None:
                            self._error = exc
            finally:
                job = None  # drop the image reference before waiting for the next job
                self._queue.task_done()
