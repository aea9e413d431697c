"""Reading and writing panoramas and tiles as tensors.

Images become ``(C, H, W)`` float32 tensors in ``[0, 1]`` (C = 1 grey, 3 RGB, 4 RGBA). PNG, JPEG,
WebP and TIFF are read and written, 8- and 16-bit. Every failure a user can cause is an
:class:`~hextile.errors.InputImageError` / :class:`~hextile.errors.OutputError` with one line.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import torch

from hextile.errors import InputImageError, OutputError

# OpenCV prints its own warnings for broken files to stderr; our error line says it better.
cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)

READ_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff"}
WRITE_FORMATS = {"PNG": ".png", "JPEG": ".jpg", "WEBP": ".webp", "TIFF": ".tif"}


@dataclass(frozen=True)
class ImageInfo:
    """What was read: size, channel count and bit depth of the file."""

    width: int
    height: int
    channels: int
    bit_depth: int

    @property
    def has_alpha(self) -> bool:
        return self.channels == 4


def read_image(path: str | Path) -> tuple[torch.Tensor, ImageInfo]:
    """Read an image file → ``(C, H, W)`` float32 in ``[0, 1]`` (RGB order) and its :class:`ImageInfo`."""
    p = Path(path)
    if not p.exists():
        raise InputImageError(f"input image {p} does not exist", "check the path")
    if p.is_dir():
        raise InputImageError(
            f"input {p} is a folder, not an image", "give the path of a PNG, JPEG, WebP or TIFF file"
        )
    if p.suffix.lower() not in READ_SUFFIXES:
        raise InputImageError(
            f"input {p} has an unsupported type '{p.suffix or '(none)'}'",
            "use a PNG, JPEG, WebP or TIFF file",
        )
    try:
        data = np.fromfile(p, dtype=np.uint8)
    except OSError as exc:
        raise InputImageError(f"cannot read {p}: {exc.strerror}", "check the file's permissions") from None
    arr = cv2.imdecode(data, cv2.IMREAD_UNCHANGED) if data.size else None
    if arr is None:
        raise InputImageError(
            f"{p} is not a readable image (corrupt or truncated)", "re-export it as PNG or JPEG"
        )
    if arr.dtype == np.uint8:
        depth, scale = 8, 255.0
    elif arr.dtype == np.uint16:
        depth, scale = 16, 65535.0
    elif arr.dtype == np.float32:
        depth, scale = 32, 1.0
    else:
        raise InputImageError(f"{p} has unsupported pixel type {arr.dtype}", "use an 8- or 16-bit image")
    if arr.ndim == 2:
        arr = arr[..., None]
    if arr.shape[-1] == 3:
        arr = arr[..., ::-1]
    elif arr.shape[-1] == 4:
        arr = arr[..., [2, 1, 0, 3]]
    elif arr.shape[-1] != 1:
        raise InputImageError(f"{p} has {arr.shape[-1]} channels", "use a grey, RGB or RGBA image")
    tensor = (
        torch.from_numpy(np.ascontiguousarray(arr).astype(np.float32) / scale).permute(2, 0, 1).contiguous()
    )
    return tensor, ImageInfo(arr.shape[1], arr.shape[0], arr.shape[2], depth)


def require_equirect(info: ImageInfo, path: str | Path) -> None:
    """Refuse images that are not 2:1 equirectangular panoramas."""
    if info.width != 2 * info.height:
        raise InputImageError(
            f"{path} is {info.width}×{info.height}, not a 2:1 equirectangular panorama",
            f"crop or pad it to {2 * info.height}×{info.height} or {info.width}×{info.width // 2}",
        )
    if info.height < 8:
        raise InputImageError(f"{path} is only {info.height} pixels high", "use a panorama at least 16×8")


def to_uint(tensor: torch.Tensor, bit_depth: int = 8) -> np.ndarray:
    """``(C, H, W)`` float in ``[0, 1]`` → ``(H, W, C)`` uint8/uint16 array (rounded, clamped), on host."""
    maxv = 255.0 if bit_depth == 8 else 65535.0
    arr = (tensor.detach().float().clamp(0, 1) * maxv).round().to("cpu")
    dtype = np.uint8 if bit_depth == 8 else np.uint16
    return arr.permute(1, 2, 0).numpy().astype(dtype)


def encode_image(tensor: torch.Tensor, suffix: str, bit_depth: int = 8, quality: int = 95) -> bytes:
    """Encode ``(C, H, W)`` float ``[0, 1]`` into the bytes of a file of type ``suffix``."""
    suffix = suffix.lower()
    if suffix in (".jpg", ".jpeg", ".webp"):
        bit_depth = 8
    arr = to_uint(tensor, bit_depth)
    if arr.shape[-1] == 3:
        arr = arr[..., ::-1]
    elif arr.shape[-1] == 4:
        arr = arr[..., [2, 1, 0, 3]]
    if suffix in (".jpg", ".jpeg") and arr.shape[-1] == 4:
        arr = arr[..., :3]
    params: list[int] = []
    if suffix in (".jpg", ".jpeg"):
        params = [cv2.IMWRITE_JPEG_QUALITY, quality]
    elif suffix == ".webp":
        params = [cv2.IMWRITE_WEBP_QUALITY, 101 if quality >= 100 else quality]
    elif suffix == ".png":
        params = [cv2.IMWRITE_PNG_COMPRESSION, 1]
    ok, buf = cv2.imencode(suffix, np.ascontiguousarray(arr), params)
    if not ok:  # pragma: no cover - OpenCV refuses only for unsupported suffixes
        raise OutputError(f"cannot encode an image as {suffix}", "use PNG, JPEG, WebP or TIFF")
    return buf.tobytes()


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temp file + rename: readers never see half a file."""
    p = Path(path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
    except OSError as exc:
        raise _output_error(exc, p) from None
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, p)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise _output_error(exc, p) from None


def _output_error(exc: OSError, path: Path) -> OutputError:
    if exc.errno == errno.ENOSPC:
        return OutputError(f"disk full while writing {path}", "free some space or choose another --out")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(
            f"cannot write {path}: permission denied", "choose another --out or fix its permissions"
        )
    return OutputError(f"cannot write {path}: {exc.strerror}", "check the output path")


def write_image(path: str | Path, tensor: torch.Tensor, bit_depth: int = 8, quality: int = 95) -> Path:
    """Write ``(C, H, W)`` float ``[0, 1]`` to ``path`` (type from its suffix), atomically."""
    p = Path(path)
    if p.suffix.lower() not in READ_SUFFIXES:
        raise OutputError(f"cannot write '{p.suffix or p.name}' images", "use .png, .jpg, .webp or .tif")
    write_bytes_atomic(p, encode_image(tensor, p.suffix, bit_depth, quality))
    return p
