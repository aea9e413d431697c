"""Images for clients: files resolved safely inside the data dir, strong ETags, scaled previews
cached on disk, and perspective views cut from any panorama.

Every path handed out passes :func:`safe_path`: it is resolved (symlinks included) and must lie
inside the data dir, so a symlink planted in a render folder cannot serve a file outside it.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hextile.atomic import atomic_write_bytes
from hextile.errors import HextileError

FORMATS = {"jpeg": (".jpg", "image/jpeg"), "webp": (".webp", "image/webp"), "png": (".png", "image/png")}
MEDIA_TYPES = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".webp": "image/webp",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
}
MAX_PREVIEW_WIDTH = 8192
MAX_VIEW_SIZE = 2048
VIEW_SOURCES = 2  # decoded panoramas kept for cutting views (a render's input and final, say)


class NotFoundError(HextileError):
    """A resource (job, input, image) that does not exist (HTTP 404)."""


def safe_path(root: Path, path: Path) -> Path:
    """``path`` resolved (symlinks followed) if it is an existing file inside ``root``, else NotFoundError."""
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError):
        raise NotFoundError("the image does not exist (yet)", "wait for the pass to finish") from None
    base = root.resolve()
    if not real.is_relative_to(base) or not real.is_file():
        raise NotFoundError("the image does not exist", "use the URLs the API lists")
    return real


@dataclass(frozen=True)
class ImageFile:
    """A file ready to serve: where it is, its type and strong ETag."""

    path: Path
    media_type: str
    etag: str


class ImageService:
    """Previews, views and ETags for files under ``data_dir``."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.cache_dir = data_dir / "cache"
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        self._hashes: dict[tuple[str, int, int], str] = {}
        self._lock = threading.Lock()
        self._building: dict[str, threading.Lock] = {}
        self._sources: OrderedDict[str, Any] = OrderedDict()  # see _view_source

    def etag(self, path: Path) -> str:
        """Strong ETag: the file's sha256 (memoised by path, size and modification time)."""
        st = path.stat()
        key = (str(path), st.st_size, st.st_mtime_ns)
        with self._lock:
            found = self._hashes.get(key)
        if found is None:
            h = hashlib.sha256()
            with open(path, "rb") as f:
                for chunk in iter(lambda: f.read(1 << 20), b""):
                    h.update(chunk)
            found = '"' + h.hexdigest()[:32] + '"'
            with self._lock:
                self._hashes[key] = found
        return found

    def original(self, path: Path) -> ImageFile:
        real = safe_path(self.data_dir, path)
        return ImageFile(
            real, MEDIA_TYPES.get(real.suffix.lower(), "application/octet-stream"), self.etag(real)
        )

    def preview(self, path: Path, width: int | None, fmt: str | None) -> ImageFile:
        """``path`` itself (no width, no format), or scaled to ``width`` and encoded as ``fmt``.

        Scaled images are cached under ``<data>/cache/`` keyed by the source's content hash, so a
        second request reads the cached file; a changed source gets a new cache entry.
        """
        real = safe_path(self.data_dir, path)
        if width is None and fmt is None:
            return self.original(real)
        fmt = (fmt or "jpeg").lower()
        if fmt not in FORMATS:
            raise HextileError(f"format {fmt!r} is not supported", "use jpeg, webp or png")
        if width is not None and not 16 <= width <= MAX_PREVIEW_WIDTH:
            raise HextileError(
                f"w={width} is out of range", f"use a width between 16 and {MAX_PREVIEW_WIDTH}"
            )
        src_tag = self.etag(real).strip('"')
        ext, media = FORMATS[fmt]
        out = self.cache_dir / src_tag[:2] / f"{src_tag}_w{width or 0}{ext}"
        if not out.is_file():
            with self._build_lock(str(out)):
                if not out.is_file():
                    _write_preview(real, out, width, fmt)
        return ImageFile(out, media, self.etag(out))

    def view(
        self, path: Path, yaw: float, pitch: float, fov: float, size: int, fmt: str = "jpeg"
    ) -> ImageFile:
        """A perspective view (``size``², ``fov`` degrees) looking at ``(yaw, pitch)``, cached."""
        real = safe_path(self.data_dir, path)
        if not (1.0 <= fov <= 170.0 and -180.0 <= yaw <= 360.0 and -90.0 <= pitch <= 90.0):
            raise HextileError(
                f"view yaw={yaw:g}, pitch={pitch:g}, fov={fov:g} is out of range",
                "use yaw -180..360, pitch -90..90, fov 1..170",
            )
        if not 16 <= size <= MAX_VIEW_SIZE:
            raise HextileError(f"size={size} is out of range", f"use a size between 16 and {MAX_VIEW_SIZE}")
        fmt = fmt.lower()
        if fmt not in FORMATS:
            raise HextileError(f"format {fmt!r} is not supported", "use jpeg, webp or png")
        src_tag = self.etag(real).strip('"')
        ext, media = FORMATS[fmt]
        key = hashlib.sha256(f"{src_tag}|{yaw:.4f}|{pitch:.4f}|{fov:.4f}|{size}".encode()).hexdigest()[:32]
        out = self.cache_dir / "views" / key[:2] / f"{key}{ext}"
        if not out.is_file():
            with self._build_lock(str(out)):
                if not out.is_file():
                    _write_view(self._view_source(real, src_tag), out, yaw, pitch, fov, size, fmt)
        return ImageFile(out, media, self.etag(out))

    def _view_source(self, real: Path, tag: str) -> Any:
        """The decoded, pole- and wrap-padded panorama views are cut from, kept for the last
        ``VIEW_SOURCES`` sources: a tile grid asks for one view per tile of the same image, and
        decoding a large panorama for each would cost more than all the cuts together."""
        with self._build_lock(f"source:{tag}"):
            with self._lock:
                if tag in self._sources:
                    self._sources.move_to_end(tag)
                    return self._sources[tag]
            padded = _pad_for_views(_read_8bit(real))
            with self._lock:
                self._sources[tag] = padded
                while len(self._sources) > VIEW_SOURCES:
                    self._sources.popitem(last=False)
            return padded

    def _build_lock(self, key: str) -> threading.Lock:
        with self._lock:
            return self._building.setdefault(key, threading.Lock())


def _read_8bit(path: Path) -> Any:
    import cv2
    import numpy as np

    arr = cv2.imdecode(np.fromfile(path, np.uint8), cv2.IMREAD_UNCHANGED)
    if arr is None:
        raise HextileError(f"{path.name} cannot be decoded", "render it again")
    if arr.dtype == np.uint16:
        arr = (arr.astype(np.uint32) * 255 + 32767) // 65535
        arr = arr.astype(np.uint8)
    return arr


def _encode(arr: Any, fmt: str) -> bytes:
    import cv2

    if fmt == "jpeg":
        if arr.ndim == 3 and arr.shape[2] == 4:
            arr = arr[..., :3]
        ok, buf = cv2.imencode(".jpg", arr, [cv2.IMWRITE_JPEG_QUALITY, 88])
    elif fmt == "webp":
        ok, buf = cv2.imencode(".webp", arr, [cv2.IMWRITE_WEBP_QUALITY, 85])
    else:
        ok, buf = cv2.imencode(".png", arr, [cv2.IMWRITE_PNG_COMPRESSION, 3])
    if not ok:  # pragma: no cover
        raise HextileError(f"cannot encode a {fmt} preview", "try another format")
    return buf.tobytes()


def _write_atomic(out: Path, data: bytes) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(out, data, fsync=False)  # a cache: a lost preview is simply made again


def _write_preview(src: Path, out: Path, width: int | None, fmt: str) -> None:
    import cv2

    arr = _read_8bit(src)
    h, w = arr.shape[:2]
    if width is not None and width < w:
        arr = cv2.resize(arr, (width, max(1, round(h * width / w))), interpolation=cv2.INTER_AREA)
    _write_atomic(out, _encode(arr, fmt))


def _pad_for_views(arr: Any) -> Any:
    """``(H, W[, C])`` uint8 -> ``(H + 2·PAD, W + 2·PAD, C)``: wrap/pole padding as the engine does
    (columns wrap; rows beyond a pole come from the other side, half a turn away)."""
    import numpy as np

    from hextile.geometry.projection import PAD

    if arr.ndim == 2:
        arr = arr[..., None]
    w = arr.shape[1]
    top = np.roll(arr[:PAD][::-1], w // 2, axis=1)
    bottom = np.roll(arr[-PAD:][::-1], w // 2, axis=1)
    tall = np.concatenate([top, arr, bottom], axis=0)
    return np.ascontiguousarray(np.concatenate([tall[:, -PAD:], tall, tall[:, :PAD]], axis=1))


def _write_view(padded: Any, out: Path, yaw: float, pitch: float, fov: float, size: int, fmt: str) -> None:
    import cv2
    import numpy as np
    import torch

    from hextile.geometry.grids import tile_equirect_xy
    from hextile.geometry.projection import PAD

    h, w = padded.shape[0] - 2 * PAD, padded.shape[1] - 2 * PAD
    x, y = tile_equirect_xy(fov, size, yaw, pitch, h, w, torch.device("cpu"))
    mx = (x + PAD).numpy().astype(np.float32)
    my = (y + PAD).numpy().astype(np.float32)
    view = cv2.remap(padded, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    _write_atomic(out, _encode(view, fmt))
