"""Equirectangular ⇄ perspective tile projection as pure tensor functions.

Conventions (pinned by tests against ``py360convert.e2p``):

* A panorama is a tensor ``(C, H, W)`` with ``W == 2 * H``. Pixel ``(x, y)`` (column, row) has its
  centre at longitude ``((x + 0.5) / W - 0.5) * 360°`` and latitude ``(0.5 - (y + 0.5) / H) * 180°``;
  longitude 0 is the centre column, + to the right; latitude + is up.
* A tile with yaw ``u``, pitch ``v`` and field of view ``f`` is a square ``(C, S, S)`` gnomonic view
  whose edge pixel *centres* lie at ``±tan(f / 2)`` on the image plane (``linspace`` inclusive),
  exactly like ``e2p(img, f, u, v, (S, S))``.
* Sampling the panorama interpolates across the 0/360 wrap (columns wrap) and across the poles
  (a row above the top is the top row seen from the other side: rolled by ``W / 2``) — never clamps.

All functions take and return torch tensors on any device and float dtype. On CPU float32 the
sampler uses ``cv2.remap`` on cached fixed-point maps (same coordinates, same interpolation
kernels as ``grid_sample``), which is several times faster on few cores.
"""

from __future__ import annotations

import math

import cv2
import numpy as np
import torch
import torch.nn.functional as F

PAD = 3  # wrap/pole padding, enough for bicubic plus fixed-point rounding
Mode = str  # "bilinear" | "bicubic"


# ----------------------------------------------------------------------------- rotations & rays


def tile_rotation(yaw_deg: float, pitch_deg: float) -> np.ndarray:
    """``(3, 3)`` float64 matrix ``M`` with ``world = camera @ M`` for a tile looking at (yaw, pitch).

    Camera coordinates are ``(X, -Y, 1)`` for an image-plane point ``(X, Y)`` (X right, Y down).
    """
    p, y = math.radians(pitch_deg), math.radians(-yaw_deg)
    rx = np.array([[1, 0, 0], [0, math.cos(p), -math.sin(p)], [0, math.sin(p), math.cos(p)]])
    ry = np.array([[math.cos(y), 0, math.sin(y)], [0, 1, 0], [-math.sin(y), 0, math.cos(y)]])
    return rx @ ry


def plane_extent(fov_deg: float) -> float:
    """Half-width of the image plane at unit distance: ``tan(fov / 2)``."""
    return math.tan(math.radians(fov_deg) / 2)


def directions_to_equirect(dirs: np.ndarray, height: int, width: int) -> np.ndarray:
    """Panorama pixel coordinates ``(..., 2)`` = (x, y) of directions ``(..., 3)`` (float64)."""
    x, y, z = dirs[..., 0], dirs[..., 1], dirs[..., 2]
    lon = np.arctan2(x, z)
    lat = np.arctan2(y, np.hypot(x, z))
    return np.stack([(lon / (2 * np.pi) + 0.5) * width - 0.5, (-lat / np.pi + 0.5) * height - 0.5], axis=-1)


def pad_equirect(pano: torch.Tensor, pad: int = PAD) -> torch.Tensor:
    """Pad ``(C, H, W)`` by ``pad`` pixels with the sphere's own neighbours.

    Columns wrap around; rows beyond a pole continue on the other side of it (rows mirrored and
    rolled by ``W / 2``). Returns ``(C, H + 2 pad, W + 2 pad)``; ``W`` must be even. On the CPU the
    result is stored channels-last (HWC memory) so OpenCV can sample it without a copy.
    """
    c, h, w = pano.shape
    out = empty_channels_last(c, h + 2 * pad, w + 2 * pad, dtype=pano.dtype, device=pano.device)
    out[:, pad : pad + h, pad : pad + w] = pano
    refresh_padding_(out, pad)
    return out


def refresh_padding_(padded: torch.Tensor, pad: int = PAD) -> torch.Tensor:
    """Recompute the sphere padding of a padded panorama in place from its interior."""
    h, w = padded.shape[-2] - 2 * pad, padded.shape[-1] - 2 * pad
    inner = padded[:, pad : pad + h, pad : pad + w]
    padded[:, :pad, pad : pad + w] = inner[:, :pad].flip(-2).roll(w // 2, dims=-1)
    padded[:, pad + h :, pad : pad + w] = inner[:, -pad:].flip(-2).roll(w // 2, dims=-1)
    padded[:, :, :pad] = padded[:, :, w : w + pad]
    padded[:, :, pad + w :] = padded[:, :, pad : 2 * pad]
    return padded


def interior(padded: torch.Tensor, pad: int = PAD) -> torch.Tensor:
    """The panorama inside a padded buffer, as a view ``(C, H, W)``."""
    return padded[:, pad : padded.shape[-2] - pad, pad : padded.shape[-1] - pad]


_CV_DTYPES = (torch.uint8, torch.uint16, torch.float32)


def _use_cv2(src: torch.Tensor) -> bool:
    return src.device.type == "cpu" and src.dtype in _CV_DTYPES and src.shape[-3] <= 4


class Sampler:
    """Samples one image ``(C, H, W)`` at many pixel-coordinate maps.

    ``coords`` maps are ``(h, w, 2)`` float32 (x, y) in the image's own pixel coordinates (centre
    of the top-left pixel = (0, 0)). ``border`` is ``"replicate"``; callers that need the sphere's
    wrap pad the image first with :func:`pad_equirect` and shift their coordinates by the pad.
    """

    def __init__(self, image: torch.Tensor, mode: Mode = "bilinear") -> None:
        if mode not in ("bilinear", "bicubic"):
            raise ValueError(f"unknown interpolation {mode!r}")
        self.image = image
        self.mode = mode
        self.cv = _use_cv2(image)
        if self.cv:
            self._hwc = np.ascontiguousarray(image.permute(1, 2, 0).numpy())  # no copy if channels-last
        else:
            self._nchw = image.unsqueeze(0)

    def sample(
        self,
        coords: torch.Tensor | None,
        cv_maps: tuple[np.ndarray, np.ndarray] | None = None,
        out: torch.Tensor | None = None,
    ) -> torch.Tensor:
        """``(h, w, 2)`` coordinates → ``(C, h, w)`` samples on the image's device and dtype.

        ``out`` (optional, ``(C, h, w)``) receives the result; on the CPU pass a channels-last
        view (see :func:`empty_channels_last`) and OpenCV writes into it directly.
        """
        h, w = self.image.shape[-2:]
        if self.cv:
            inter = cv2.INTER_LINEAR if self.mode == "bilinear" else cv2.INTER_CUBIC
            if cv_maps is None:
                assert coords is not None
                cv_maps = fixed_point_maps(coords)
            dst = None
            if out is not None and out.permute(1, 2, 0).is_contiguous():
                dst = out.permute(1, 2, 0).numpy()
                if dst.shape[-1] == 1:
                    dst = dst[..., 0]
            res = cv2.remap(
                self._hwc, cv_maps[0], cv_maps[1], inter, dst=dst, borderMode=cv2.BORDER_REPLICATE
            )
            if dst is not None:
                assert out is not None  # dst is a view of out
                return out
            if res.ndim == 2:
                res = res[..., None]
            result = torch.from_numpy(res).permute(2, 0, 1)
            if out is not None:
                out.copy_(result)
                return out
            return result
        if not self.image.dtype.is_floating_point:
            raise TypeError("the torch sampler needs a float image; convert integer images first")
        if coords is None:
            coords = coords_of(None, cv_maps)
        grid = torch.empty(coords.shape, dtype=self.image.dtype, device=self.image.device)
        grid[..., 0] = (coords[..., 0].to(grid.device) + 0.5) * (2.0 / w) - 1.0
        grid[..., 1] = (coords[..., 1].to(grid.device) + 0.5) * (2.0 / h) - 1.0
        sampled = F.grid_sample(
            self._nchw, grid.unsqueeze(0), mode=self.mode, padding_mode="border", align_corners=False
        )
        if out is not None:
            out.copy_(sampled[0])
            return out
        return sampled[0]


def coords_of(coords: torch.Tensor | None, maps: tuple[np.ndarray, np.ndarray] | None) -> torch.Tensor:
    """Float ``(h, w, 2)`` coordinates, rebuilt from fixed-point maps when only those are kept."""
    if coords is not None:
        return coords
    assert maps is not None
    x, y = cv2.convertMaps(maps[0], maps[1], cv2.CV_32FC1)
    return torch.from_numpy(np.stack([x, y], axis=-1))


def empty_channels_last(*shape: int, dtype: torch.dtype, device: torch.device | str) -> torch.Tensor:
    """``torch.empty(shape)`` for ``(..., C, H, W)``, stored channels-last when on the CPU."""
    if torch.device(device).type != "cpu":
        return torch.empty(shape, dtype=dtype, device=device)
    n = len(shape)
    perm = (*range(n - 3), n - 2, n - 1, n - 3)  # (..., H, W, C)
    inv = (*range(n - 3), n - 1, n - 3, n - 2)
    return torch.empty([shape[i] for i in perm], dtype=dtype).permute(*inv)


def fixed_point_maps(coords: torch.Tensor) -> tuple[np.ndarray, np.ndarray]:
    """OpenCV fixed-point remap maps (``CV_16SC2`` + ``CV_16UC1``) for ``(h, w, 2)`` coordinates."""
    xy = coords.cpu().numpy()
    return cv2.convertMaps(np.ascontiguousarray(xy[..., 0]), np.ascontiguousarray(xy[..., 1]), cv2.CV_16SC2)


def resize_equirect(pano: torch.Tensor, width: int, height: int) -> torch.Tensor:
    """Resize a panorama ``(C, H, W)`` to ``(C, height, width)`` on its device, wrap-aware.

    Downscaling averages (antialiased); upscaling is bicubic. The sphere padding keeps the 0/360
    columns and the pole rows consistent with their neighbours across the seam.
    """
    _c, h, w = pano.shape
    if (h, w) == (height, width):
        return pano
    pad = 4
    scale_x, scale_y = width / w, height / h
    padded = pad_equirect(pano, pad).unsqueeze(0)
    big_h, big_w = round((h + 2 * pad) * scale_y), round((w + 2 * pad) * scale_x)
    out = F.interpolate(
        padded,
        size=(big_h, big_w),
        mode="bilinear" if max(scale_x, scale_y) < 1 else "bicubic",
        antialias=max(scale_x, scale_y) < 1,
        align_corners=False,
    )[0]
    oy, ox = round(pad * scale_y), round(pad * scale_x)
    out = out[:, oy : oy + height, ox : ox + width]
    if out.shape[-2:] != (height, width):  # rounding at odd scale factors: fall back to exact size
        out = F.interpolate(pano.unsqueeze(0), size=(height, width), mode="bilinear", antialias=True)[0]
    return out.clamp(0.0, 1.0) if pano.dtype.is_floating_point else out
