"""Encode and write images on one background thread, so saving never stalls the pass loop.

:class:`BackgroundWriter` takes a tensor (on any device) or a numpy array, and in its worker
thread copies it to the host, quantises it, encodes it (PNG 8/16-bit or JPEG, with OpenCV, which
releases the GIL) and writes it atomically (temp file + :func:`os.replace`). The queue is
bounded: when the disk cannot keep up, :meth:`~BackgroundWriter.submit` blocks instead of
letting memory grow.

Image conventions
    * ``torch.Tensor``: ``(C, H, W)``, ``(1, C, H, W)`` or ``(H, W)``; RGB / RGBA / gray.
    * ``numpy.ndarray``: ``(H, W, C)`` or ``(H, W)`` (the layout of OpenCV and Pillow); RGB order.
    * float values are in ``[0, 1]``: scaled by 255 or 65535, rounded to nearest, saturated
      (NaN and negatives → 0); ``uint8`` / ``uint16`` are taken as is (rescaled by 257 between
      8 and 16 bits).

Ownership: a submitted tensor or array must not be modified in place until :meth:`flush`
returns (pass ``copy=True`` to let :meth:`submit` clone it first). For CUDA tensors, submit
records an event on the caller's current stream and the worker waits on it before copying,
so the copy sees every kernel the caller queued before ``submit``.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import cv2
import numpy as np
import torch

from hextile.errors import OutputError

from .atomic import atomic_write_bytes, display_path, os_error

ImageKind = Literal["png8", "png16", "jpeg"]
KINDS: tuple[str, ...] = ("png8", "png16", "jpeg")
DEFAULT_PNG_COMPRESSION = 1
DEFAULT_JPEG_QUALITY = 90


@dataclass(frozen=True)
class WriterStats:
    """What a writer has done so far (for benchmarks and logs)."""

    images: int = 0
    bytes: int = 0
    seconds: float = 0.0  # copy-to-host + quantise + encode + write, summed over images
    encode_seconds: float = 0.0  # copy-to-host + quantise + encode
    write_seconds: float = 0.0  # atomic write (incl. fsync)
    dropped: int = 0  # jobs discarded after an error

    @property
    def megabytes_per_second(self) -> float:
        return self.bytes / 1e6 / self.seconds if self.seconds > 0 else 0.0


@dataclass
class _Job:
    path: Path
    image: Any
    kind: str
    quality: int
    compression: int
    max_width: int | None
    event: Any = None  # torch.cuda.Event for CUDA tensors


_STOP = object()


# --------------------------------------------------------------------------- encoding


def _check_image(image: Any) -> None:
    """Validate shape and dtype cheaply (metadata only) so mistakes raise in the caller."""
    if isinstance(image, torch.Tensor):
        shape = tuple(image.shape)
        if len(shape) == 4 and shape[0] == 1:
            shape = shape[1:]
        ok = len(shape) == 2 or (len(shape) == 3 and shape[0] in (1, 3, 4))
        if not ok:
            raise ValueError(
                f"image tensor must be (C,H,W) with C in 1/3/4, or (H,W); got {tuple(image.shape)}"
            )
        if image.is_complex() or image.dtype == torch.bool:
            raise ValueError(f"unsupported image tensor dtype {image.dtype}")
    elif isinstance(image, np.ndarray):
        shape = image.shape
        ok = image.ndim == 2 or (image.ndim == 3 and shape[2] in (1, 3, 4))
        if not ok:
            raise ValueError(f"image array must be (H,W,C) with C in 1/3/4, or (H,W); got {shape}")
        if image.dtype.kind not in "uif":
            raise ValueError(f"unsupported image array dtype {image.dtype}")
    else:
        raise TypeError(f"image must be a torch.Tensor or numpy.ndarray, got {type(image).__name__}")
    if min(shape[-2:] if isinstance(image, torch.Tensor) else shape[:2]) < 1:
        raise ValueError(f"image is empty: shape {tuple(shape)}")


def _quantise_2d(a: np.ndarray, bits: int) -> np.ndarray:
    """A 2-D numeric array → ``uint8`` / ``uint16``: floats in [0, 1] scaled, rounded, saturated."""
    target = np.uint8 if bits == 8 else np.uint16
    if a.dtype == target:
        return a
    if a.dtype == np.uint8:  # 8 → 16 bit
        return a.astype(np.uint16) * np.uint16(257)
    if a.dtype == np.uint16:  # 16 → 8 bit, rounded
        return ((a.astype(np.uint32) + 128) // 257).astype(np.uint8)
    if a.dtype.kind in "ui":
        return np.clip(a, 0, 255 if bits == 8 else 65535).astype(target)
    if a.dtype not in (np.float32, np.float64):
        a = a.astype(np.float32)
    # OpenCV rounds to nearest and saturates (NaN, -inf and negatives → 0, > 1 → max) but maps
    # +inf to 0: cap at 1 first (a new array, so the caller's data is never modified).
    a = np.minimum(a, 1.0, dtype=a.dtype)
    return cv2.multiply(a, 255.0 if bits == 8 else 65535.0, dtype=cv2.CV_8U if bits == 8 else cv2.CV_16U)


def _quantise_on_device(t: torch.Tensor, bits: int) -> torch.Tensor:
    """Quantise a float tensor where it lives (saves host CPU time and half the transfer)."""
    top = 255.0 if bits == 8 else 65535.0
    q = torch.nan_to_num(t.float(), nan=0.0).clamp_(0.0, 1.0).mul_(top).round_()
    if bits == 8:
        return q.to(torch.uint8)
    try:
        return q.to(torch.uint16)
    except (RuntimeError, TypeError):  # a backend without uint16 conversion
        return q.to(torch.int32)


def _host_array(image: Any, bits: int, event: Any) -> tuple[np.ndarray, bool]:
    """The image on the host as a numpy array, and whether its layout is (C, H, W)."""
    if not isinstance(image, torch.Tensor):
        return image, False
    if event is not None:
        event.synchronize()  # every kernel the caller queued before submit() has run
    t = image.detach()
    if t.dim() == 4:
        t = t[0]
    if t.device.type != "cpu" and t.is_floating_point():
        t = _quantise_on_device(t, bits)
    t = t.to("cpu", non_blocking=False)
    if t.dtype in (torch.float16, torch.bfloat16):
        t = t.float()
    elif t.dtype == torch.int32 and bits == 16:
        t = t.clamp(0, 65535)
    a = t.numpy()
    if a.dtype == np.int32 and bits == 16:
        a = a.astype(np.uint16)
    return a, a.ndim == 3


def to_bgr_hwc(image: Any, bits: int, event: Any = None) -> np.ndarray:
    """A tensor or array (see module doc) → contiguous ``uint8``/``uint16`` HWC array in OpenCV order.

    Tensors on an accelerator are quantised there and copied to the host here (the worker
    calls this, not the caller).
    """
    a, chw = _host_array(image, bits, event)
    if a.ndim == 2:
        return np.ascontiguousarray(_quantise_2d(a, bits))
    if chw:
        planes = [_quantise_2d(a[c], bits) for c in range(a.shape[0])]
    else:
        if a.shape[2] == 1:
            return np.ascontiguousarray(_quantise_2d(a[:, :, 0], bits))
        h, w, c = a.shape
        flat = _quantise_2d(np.ascontiguousarray(a).reshape(h, w * c), bits)
        planes = list(cv2.split(flat.reshape(h, w, c)))
    if len(planes) == 1:
        return np.ascontiguousarray(planes[0])
    order = [2, 1, 0] if len(planes) == 3 else [2, 1, 0, 3]
    return cv2.merge([planes[i] for i in order])


def png_params(compression: int) -> list[int]:
    """OpenCV PNG parameters. Levels 0-3 favour speed (``SUB`` filter, ``RLE`` zlib strategy:
    about 2x faster than zlib's default at level 1 for the same size on photographic content);
    4-9 let libpng pick filters per row and zlib use its default strategy (smaller, slower).
    """
    level = max(0, min(9, int(compression)))
    params = [cv2.IMWRITE_PNG_COMPRESSION, level]
    if level <= 3:
        params += [cv2.IMWRITE_PNG_STRATEGY, cv2.IMWRITE_PNG_STRATEGY_RLE]
        if hasattr(cv2, "IMWRITE_PNG_FILTER"):  # OpenCV >= 4.11
            params += [cv2.IMWRITE_PNG_FILTER, cv2.IMWRITE_PNG_FILTER_SUB]
    return params


def encode(
    image: Any,
    kind: str = "png8",
    *,
    quality: int = DEFAULT_JPEG_QUALITY,
    compression: int = DEFAULT_PNG_COMPRESSION,
    max_width: int | None = None,
    event: Any = None,
) -> bytes:
    """Encode ``image`` as PNG (8/16-bit) or JPEG bytes. JPEG drops alpha; ``max_width`` downsizes."""
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    arr = to_bgr_hwc(image, 16 if kind == "png16" else 8, event)
    if max_width is not None and arr.shape[1] > max_width:
        h = max(1, round(arr.shape[0] * max_width / arr.shape[1]))
        arr = cv2.resize(arr, (max_width, h), interpolation=cv2.INTER_AREA)
    if kind == "jpeg":
        if arr.ndim == 3 and arr.shape[2] == 4:
            arr = np.ascontiguousarray(arr[:, :, :3])
        ok, buf = cv2.imencode(".jpg", arr, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    else:
        ok, buf = cv2.imencode(".png", arr, png_params(compression))
    if not ok:
        raise ValueError(f"OpenCV could not encode a {arr.shape} {arr.dtype} image as {kind}")
    return buf.tobytes()


# --------------------------------------------------------------------------- writer


class BackgroundWriter:
    """One worker thread and a bounded queue of images to encode and write.

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
    ) -> None:
        if max_queue < 1:
            raise ValueError("max_queue must be at least 1")
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
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

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
    ) -> None:
        """Queue ``image`` to be written to ``path``; blocks only while the queue is full.

        The caller's thread does no host copy, quantisation or encoding. ``copy=True`` clones the
        image first (on its device) so the caller may reuse its buffer at once.
        """
        if self._closed:
            raise RuntimeError("BackgroundWriter is closed")
        self._raise_pending()
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
        _check_image(image)
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
        )
        self._queue.put(job)

    def write_now(
        self,
        path: Path | str,
        image: Any,
        *,
        kind: ImageKind = "png8",
        quality: int = DEFAULT_JPEG_QUALITY,
        compression: int | None = None,
        max_width: int | None = None,
    ) -> int:
        """Encode and write ``image`` in the calling thread (small files); returns bytes written."""
        _check_image(image)
        job = _Job(
            Path(path),
            image,
            kind,
            quality,
            self.png_compression if compression is None else compression,
            max_width,
        )
        return self._do(job)

    def flush(self) -> None:
        """Wait until every queued image is written; raise a pending error."""
        self._queue.join()
        self._raise_pending()

    def close(self) -> None:
        """Finish the queue, stop the worker, raise a pending error. Idempotent."""
        if not self._closed:
            self._closed = True
            self._queue.put(_STOP)
            self._thread.join()
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
                except BaseException as exc:  # kept for the caller's thread
                    with self._lock:
                        if self._error is None:
                            self._error = exc
            finally:
                job = None  # drop the image reference before waiting for the next job
                self._queue.task_done()
