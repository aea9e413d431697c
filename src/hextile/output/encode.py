"""The one image encoder: tensors (any device) or numpy arrays → PNG, JPEG, WebP or TIFF bytes.

Used by the background writer (render folders) and by :mod:`hextile.imageio` (every other file
hextile writes), so every image is quantised and encoded the same way.

Image conventions
    * ``torch.Tensor``: ``(C, H, W)``, ``(1, C, H, W)`` or ``(H, W)``; RGB / RGBA / gray.
    * ``numpy.ndarray``: ``(H, W, C)`` or ``(H, W)`` (the layout of OpenCV and Pillow); RGB order.
    * float values are in ``[0, 1]``: scaled by 255 or 65535, rounded to nearest, saturated
      (NaN and negatives → 0); ``uint8`` / ``uint16`` are taken as is (rescaled by 257 between
      8 and 16 bits).
"""

from __future__ import annotations

from typing import Any, Literal

import cv2
import numpy as np
import torch

ImageKind = Literal["png8", "png16", "jpeg", "webp", "tiff8", "tiff16"]
KINDS: tuple[str, ...] = ("png8", "png16", "jpeg", "webp", "tiff8", "tiff16")
DEFAULT_PNG_COMPRESSION = 1
DEFAULT_JPEG_QUALITY = 90
_SIXTEEN = ("png16", "tiff16")


def check_image(image: Any) -> None:
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
    scale = 255.0 if bits == 8 else 65535.0  # a scalar (OpenCV's stubs list only arrays)
    return cv2.multiply(a, scale, dtype=cv2.CV_8U if bits == 8 else cv2.CV_16U)  # type: ignore[call-overload]


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
    """Encode ``image`` as ``kind`` (see :data:`KINDS`) bytes.

    JPEG drops alpha; WebP at ``quality`` ≥ 100 is lossless; ``max_width`` downsizes (area average).
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}, got {kind!r}")
    arr = to_bgr_hwc(image, 16 if kind in _SIXTEEN else 8, event)
    if max_width is not None and arr.shape[1] > max_width:
        h = max(1, round(arr.shape[0] * max_width / arr.shape[1]))
        arr = cv2.resize(arr, (max_width, h), interpolation=cv2.INTER_AREA)
    if kind == "jpeg":
        if arr.ndim == 3 and arr.shape[2] == 4:
            arr = np.ascontiguousarray(arr[:, :, :3])
        ok, buf = cv2.imencode(".jpg", arr, [cv2.IMWRITE_JPEG_QUALITY, int(quality)])
    elif kind == "webp":
        ok, buf = cv2.imencode(
            ".webp", arr, [cv2.IMWRITE_WEBP_QUALITY, 101 if quality >= 100 else int(quality)]
        )
    elif kind.startswith("tiff"):
        ok, buf = cv2.imencode(".tif", arr)
    else:
        ok, buf = cv2.imencode(".png", arr, png_params(compression))
    if not ok:
        raise ValueError(f"OpenCV could not encode a {arr.shape} {arr.dtype} image as {kind}")
    return buf.tobytes()
