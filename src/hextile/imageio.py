"""Reading and writing panoramas and tiles as tensors.

Images become ``(C, H, W)`` float32 tensors in ``[0, 1]`` (C = 1 grey, 3 RGB, 4 RGBA). PNG, JPEG,
WebP and TIFF are read and written, 8- and 16-bit. Every failure a user can cause is an
:class:`~hextile.errors.InputImageError` / :class:`~hextile.errors.OutputError` with one line.

Every read checks the size in the file's header against a pixel limit *before* anything is
decoded (:func:`max_pixels`: ``--max-pixels`` / ``HEXTILE_MAX_PIXELS``, default 16384×8192), so a
74-byte file claiming 60000×30000 pixels is refused without allocating anything.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import torch

from hextile.atomic import atomic_write_bytes, os_error
from hextile.errors import InputImageError, OutputError
from hextile.imageheader import image_format, image_size, png_is_complete

# OpenCV prints its own warnings for broken files to stderr; our error line says it better.
cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_SILENT)

READ_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff"}
WRITE_FORMATS = {"PNG": ".png", "JPEG": ".jpg", "WEBP": ".webp", "TIFF": ".tif"}
FORMAT_SUFFIX = {"png": ".png", "jpeg": ".jpg", "webp": ".webp", "tiff": ".tif"}

MAX_PIXELS_ENV = "HEXTILE_MAX_PIXELS"
DEFAULT_MAX_PIXELS = 16384 * 8192
"""A 16K panorama; larger images need ``--max-pixels`` or ``HEXTILE_MAX_PIXELS``."""
_OPENCV_LIMIT_ENV = "OPENCV_IO_MAX_IMAGE_PIXELS"  # OpenCV's own cap (2^30 by default)


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


def max_pixels(value: int | None = None) -> int:
    """The pixel limit in force: ``value`` if given, else ``$HEXTILE_MAX_PIXELS``, else the default."""
    if value is not None:
        if value < 1:
            raise InputImageError(
                f"pixel limit {value} is not positive", "give --max-pixels a positive number"
            )
        return int(value)
    raw = os.environ.get(MAX_PIXELS_ENV, "").strip().replace("_", "")
    if not raw:
        return DEFAULT_MAX_PIXELS
    try:
        limit = int(raw)
    except ValueError:
        raise InputImageError(
            f"{MAX_PIXELS_ENV}={os.environ[MAX_PIXELS_ENV]!r} is not a whole number",
            f"set it to a pixel count, e.g. {MAX_PIXELS_ENV}={DEFAULT_MAX_PIXELS}",
        ) from None
    if limit < 1:
        raise InputImageError(f"{MAX_PIXELS_ENV}={limit} is not positive", "set it to a pixel count")
    return limit


def _check_size(width: int, height: int, shown: str, limit: int) -> None:
    if width * height > limit:
        raise InputImageError(
            f"{shown} is {width}×{height} ({width * height:,} pixels), more than the limit of "
            f"{limit:,} pixels",
            f"if the image is genuine, raise the limit with --max-pixels N or {MAX_PIXELS_ENV}=N",
        )
    if limit > 1 << 30:  # let OpenCV decode what our limit allows (read when it first decodes)
        os.environ.setdefault(_OPENCV_LIMIT_ENV, str(limit))


def read_image_bytes(path: str | Path) -> bytes:
    """The bytes of an image file, after checking the path names a readable PNG/JPEG/WebP/TIFF file."""
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
        return p.read_bytes()
    except OSError as exc:
        raise InputImageError(f"cannot read {p}: {exc.strerror}", "check the file's permissions") from None


def read_image(
    source: str | Path | bytes, *, limit: int | None = None, name: str | None = None
) -> tuple[torch.Tensor, ImageInfo]:
    """Read an image file (a path, or its bytes) → ``(C, H, W)`` float32 in ``[0, 1]`` (RGB order).

    ``limit`` is the pixel limit (default :func:`max_pixels`); ``name`` is how ``bytes`` are named in
    errors. The size is checked from the header before any decoding.
    """
    if isinstance(source, bytes | bytearray | memoryview):
        return decode_image(bytes(source), name or "the uploaded image", limit=limit)
    p = Path(source)
    return decode_image(read_image_bytes(p), str(p), limit=limit)


def decode_image(data: bytes, shown: str, *, limit: int | None = None) -> tuple[torch.Tensor, ImageInfo]:
    """Decode the bytes of a PNG, JPEG, WebP or TIFF file; ``shown`` names it in errors."""
    limit = max_pixels(limit)
    if not data:
        raise InputImageError(f"{shown} is empty (0 bytes)", "re-export it as PNG or JPEG")
    fmt = image_format(data)
    if fmt is None:
        raise InputImageError(
            f"{shown} is not a PNG, JPEG, WebP or TIFF image", "re-export it as PNG or JPEG"
        )
    size = image_size(data)
    if size is None:
        raise InputImageError(
            f"{shown} is not a readable image (its {fmt.upper()} header is damaged)",
            "re-export it as PNG or JPEG",
        )
    _check_size(*size, shown, limit)
    if fmt == "png" and not png_is_complete(data):
        raise InputImageError(
            f"{shown} is a truncated PNG (the file ends early)", "re-export or copy it again"
        )
    arr = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_UNCHANGED)
    if arr is None:
        raise InputImageError(
            f"{shown} is not a readable image (corrupt or truncated)", "re-export it as PNG or JPEG"
        )
    if arr.dtype == np.uint8:
        depth, scale = 8, 255.0
    elif arr.dtype == np.uint16:
        depth, scale = 16, 65535.0
    elif arr.dtype == np.float32:
        depth, scale = 32, 1.0
    else:
        raise InputImageError(f"{shown} has unsupported pixel type {arr.dtype}", "use an 8- or 16-bit image")
    if arr.ndim == 2:
        arr = arr[..., None]
    if arr.shape[-1] == 3:
        arr = arr[..., ::-1]
    elif arr.shape[-1] == 4:
        arr = arr[..., [2, 1, 0, 3]]
    elif arr.shape[-1] != 1:
        raise InputImageError(f"{shown} has {arr.shape[-1]} channels", "use a grey, RGB or RGBA image")
    tensor = (
        torch.from_numpy(np.ascontiguousarray(arr).astype(np.float32) / scale).permute(2, 0, 1).contiguous()
    )
    return tensor, ImageInfo(arr.shape[1], arr.shape[0], arr.shape[2], depth)


def require_equirect(info: ImageInfo, path: str | Path) -> None:
    """Refuse images that are not 2:1 equirectangular panoramas of at least 16×8 pixels."""
    if info.width < 16 or info.height < 8:
        raise InputImageError(
            f"{path} is only {info.width}×{info.height} pixels",
            "use a 2:1 equirectangular panorama of at least 16×8 pixels (e.g. 2048×1024)",
        )
    if info.width != 2 * info.height:
        raise InputImageError(
            f"{path} is {info.width}×{info.height}, not a 2:1 equirectangular panorama",
            f"crop or pad it to {2 * info.height}×{info.height} or {info.width}×{info.width // 2}",
        )


def encode_image(tensor: torch.Tensor, suffix: str, bit_depth: int = 8, quality: int = 95) -> bytes:
    """Encode ``(C, H, W)`` float ``[0, 1]`` into the bytes of a file of type ``suffix``."""
    from hextile.output.encode import encode

    suffix = suffix.lower()
    if suffix not in READ_SUFFIXES:
        raise OutputError(f"cannot encode an image as {suffix}", "use PNG, JPEG, WebP or TIFF")
    deep = bit_depth > 8
    kind = {
        ".png": "png16" if deep else "png8",
        ".tif": "tiff16" if deep else "tiff8",
        ".tiff": "tiff16" if deep else "tiff8",
        ".webp": "webp",
    }.get(suffix, "jpeg")
    return encode(tensor, kind, quality=quality)


def check_output_image(path: str | Path) -> Path:
    """Refuse, before any work, an output image path that cannot be written: a folder, an
    unsupported type, a file where a folder should be."""
    p = Path(path)
    if p.is_dir():
        raise OutputError(
            f"--out {p} is a folder, not an image file", f"give a file name, e.g. {p / 'result.png'}"
        )
    if p.suffix.lower() not in READ_SUFFIXES:
        raise OutputError(f"cannot write '{p.suffix or p.name}' images", "use .png, .jpg, .webp or .tif")
    for parent in p.parents:
        if parent.exists():
            if not parent.is_dir():
                raise OutputError(
                    f"cannot write {p}: {parent} is a file, not a folder", "choose another --out"
                )
            break
    return p


def write_image(path: str | Path, tensor: torch.Tensor, bit_depth: int = 8, quality: int = 95) -> Path:
    """Write ``(C, H, W)`` float ``[0, 1]`` to ``path`` (type from its suffix), atomically.

    The file's mode follows the umask, like any new file.
    """
    p = check_output_image(path)
    data = encode_image(tensor, p.suffix, bit_depth, quality)
    write_bytes_atomic(p, data)
    return p


def write_bytes_atomic(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (parents created); OS errors become one line."""
    p = Path(path)
    try:
        if p.is_dir():
            raise IsADirectoryError(21, "Is a directory", str(p))
        p.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(p, data)
    except OSError as exc:
        raise os_error(exc, "writing", str(p), fix="choose another output path") from None
