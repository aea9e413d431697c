"""Uploaded panoramas: sniffed, size- and pixel-checked from the header, decoded, deduplicated.

An input is stored once per content (sha256) under ``<data>/inputs/<id>/<stem>.<ext>``; the stem
comes from the uploaded name (sanitised) so a render's final file name keeps it, the extension
from the sniffed content — the client's content type and suffix are never trusted.
"""

from __future__ import annotations

import hashlib
import io
import time
from dataclasses import dataclass
from pathlib import Path

from hextile.errors import InputImageError
from hextile.service.store import InputRecord, JobStore

DEFAULT_MAX_UPLOAD_BYTES = 512 * 2**20
DEFAULT_MAX_PIXELS = 16384 * 8192

# magic bytes → (format, file extension)
_MAGIC: list[tuple[bytes, int, str, str]] = [
    (b"\x89PNG\r\n\x1a\n", 0, "PNG", ".png"),
    (b"\xff\xd8\xff", 0, "JPEG", ".jpg"),
    (b"II*\x00", 0, "TIFF", ".tif"),
    (b"MM\x00*", 0, "TIFF", ".tif"),
]


class TooLargeError(InputImageError):
    """The upload has more bytes or pixels than the server accepts (HTTP 413)."""


def sniff(data: bytes) -> tuple[str, str]:
    """The image format and extension of ``data`` from its first bytes (``("PNG", ".png")``)."""
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP", ".webp"
    for magic, at, fmt, ext in _MAGIC:
        if data[at : at + len(magic)] == magic:
            return fmt, ext
    raise InputImageError("the upload is not a PNG, JPEG, WebP or TIFF image", "upload a panorama image file")


def header_size(data: bytes, max_pixels: int) -> tuple[int, int]:
    """Width and height from the image header, without decoding the pixels; TooLargeError beyond
    ``max_pixels``."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as im:
            w, h = int(im.size[0]), int(im.size[1])
    except Image.DecompressionBombError:  # Pillow's own header check (far above any sane limit)
        raise TooLargeError(f"the image has more than {max_pixels} pixels", "downscale it first") from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        raise InputImageError(
            "the upload's image header cannot be read (corrupt or truncated)", "re-export it as PNG or JPEG"
        ) from None
    if w * h > max_pixels:
        raise TooLargeError(
            f"the image is {w}×{h} = {w * h} pixels, more than the limit of {max_pixels}",
            "downscale it first or start the server with a larger --max-pixels",
        )
    return w, h


@dataclass(frozen=True)
class InputLimits:
    max_bytes: int = DEFAULT_MAX_UPLOAD_BYTES
    max_pixels: int = DEFAULT_MAX_PIXELS


class InputStore:
    """Accepts panoramas as bytes and keeps one file per distinct content."""

    def __init__(self, data_dir: Path, store: JobStore, limits: InputLimits | None = None) -> None:
        self.data_dir = data_dir
        self.root = data_dir / "inputs"
        self.root.mkdir(parents=True, exist_ok=True)
        self.store = store
        self.limits = limits or InputLimits()

    def check(self, data: bytes) -> tuple[str, int, int]:
        """Checks before anything is written: size, type, pixels (header first), decodability, 2:1.

        Returns the extension, width and height. Raises :class:`InputImageError` with one line.
        """
        if len(data) > self.limits.max_bytes:
            raise TooLargeError(
                f"the upload is {len(data)} bytes, more than the limit of {self.limits.max_bytes}",
                "upload a smaller file or start the server with a larger --max-upload-mb",
            )
        if not data:
            raise InputImageError("the upload is empty", "upload a panorama image file")
        _, ext = sniff(data)
        w, h = header_size(data, self.limits.max_pixels)
        if w != 2 * h:
            raise InputImageError(
                f"the image is {w}×{h}, not a 2:1 equirectangular panorama",
                f"crop or pad it to {2 * h}×{h} or {w}×{w // 2}",
            )
        if h < 8:
            raise InputImageError(f"the image is only {h} pixels high", "use a panorama at least 16×8")
        _decode_check(data, w, h)
        return ext, w, h

    def add(self, data: bytes, name: str) -> tuple[InputRecord, bool]:
        """Store an uploaded panorama; returns its record and whether it was new."""
        from hextile.output.render_dir import input_stem

        ext, w, h = self.check(data)
        sha = hashlib.sha256(data).hexdigest()
        from hextile.imageio import write_bytes_atomic

        found = self.store.input_by_sha(sha)
        if found is not None:
            if not (self.data_dir / found.file).is_file():  # the record outlived its file
                write_bytes_atomic(self.data_dir / found.file, data)
            return found, False
        input_id = sha[:16]
        path = self.root / input_id / (input_stem(name or "upload") + ext)
        write_bytes_atomic(path, data)
        rec = InputRecord(
            id=input_id,
            sha256=sha,
            name=(name or "upload")[:200],
            file=str(path.relative_to(self.data_dir)),
            width=w,
            height=h,
            bytes=len(data),
            created=time.time(),
        )
        return self.store.add_input(rec), True

    def path(self, rec: InputRecord) -> Path:
        return self.data_dir / rec.file


def _decode_check(data: bytes, w: int, h: int) -> None:
    import cv2
    import numpy as np

    arr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_UNCHANGED)
    if arr is None or arr.shape[0] != h or arr.shape[1] != w:
        raise InputImageError("the upload is not a readable image (corrupt or truncated)", "re-export it")
    if arr.dtype not in (np.uint8, np.uint16):
        raise InputImageError(
            f"the upload has unsupported pixel type {arr.dtype}", "use an 8- or 16-bit image"
        )
