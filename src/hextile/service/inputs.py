"""Uploaded panoramas: sniffed, size- and pixel-checked from the header, decoded, deduplicated.

An input is stored once per content (sha256) under ``<data>/inputs/<id>/<stem>.<ext>``; the stem
comes from the uploaded name (sanitised) so a render's final file name keeps it, the extension
from the sniffed content — the client's content type and suffix are never trusted.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from pathlib import Path

from hextile.errors import InputImageError
from hextile.service.store import InputRecord, JobStore

DEFAULT_MAX_UPLOAD_BYTES = 512 * 2**20
DEFAULT_MAX_PIXELS = 16384 * 8192

_EXT = {"png": ".png", "jpeg": ".jpg", "webp": ".webp", "tiff": ".tif"}


class TooLargeError(InputImageError):
    """The upload has more bytes or pixels than the server accepts (HTTP 413)."""


def sniff(data: bytes) -> str:
    """The file extension for ``data``'s real type, from its magic bytes (never the client's word)."""
    from hextile.imageheader import image_format

    fmt = image_format(data)
    if fmt is None:
        raise InputImageError(
            "the upload is not a PNG, JPEG, WebP or TIFF image", "upload a panorama image file"
        )
    return _EXT[fmt]


def header_size(data: bytes, max_pixels: int) -> tuple[int, int]:
    """Width and height from the image header, without decoding anything; TooLargeError beyond
    ``max_pixels`` (a 100-byte file claiming 200000×100000 pixels allocates nothing)."""
    from hextile.imageheader import image_size

    size = image_size(data)
    if size is None:
        raise InputImageError(
            "the upload's image header cannot be read (corrupt or truncated)", "re-export it as PNG or JPEG"
        )
    w, h = size
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
        ext = sniff(data)
        w, h = header_size(data, self.limits.max_pixels)
        if w != 2 * h:
            raise InputImageError(
                f"the image is {w}×{h}, not a 2:1 equirectangular panorama",
                f"crop or pad it to {2 * h}×{h} or {w}×{w // 2}",
            )
        if h < 8:
            raise InputImageError(f"the image is only {h} pixels high", "use a panorama at least 16×8")
        from hextile.imageio import decode_image

        decode_image(data, "the upload", limit=self.limits.max_pixels)  # decodes whole, or one clear line
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
