"""Cached sampling grids of a template at given sizes: the data behind extraction and merging.

``tile_grids(template, H, W, S, device)`` gives, for every tile, where its pixels fall in the
(padded, possibly pre-filtered) panorama. ``merge_plan(template, H, W, S, device)`` gives, for
every tile, the panorama rectangle it covers, where each of those panorama pixels falls in the
tile, and the blend weights. Both are built once per key and kept in a small LRU cache whose
lifetime is the process (``clear_grid_cache()`` empties it; at most ``CACHE_SIZE`` entries). The
cache is shared by every thread (a server renders in worker threads): a lock guards it, and a grid
is built once even when several threads ask for it at the same time.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
import torch

from hextile.geometry.projection import PAD, coords_of, cv2, tile_rotation
from hextile.geometry.templates import Template, Tile

CACHE_SIZE = 8
_cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
# Re-entrant: building a flat merge plan asks for the merge plan it is made from.
_lock = threading.RLock()
T = TypeVar("T")


def clear_grid_cache() -> None:
    """Drop every cached grid (frees their memory, e.g. between renders of different templates)."""
    with _lock:
        _cache.clear()


def _cached(key: tuple[Any, ...], build: Callable[[], T]) -> T:
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
        value = build()
        _cache[key] = value
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
        return value


def tile_equirect_xy(
    fov_deg: float, size: int, yaw: float, pitch: float, height: int, width: int, device: torch.device
) -> tuple[torch.Tensor, torch.Tensor]:
    """Panorama pixel coordinates (x, y), each ``(S, S)`` float32, of a tile's pixel centres."""
    t = math.tan(math.radians(fov_deg) / 2)
    r = torch.linspace(-t, t, size, dtype=torch.float64, device=device).to(torch.float32)
    m = tile_rotation(yaw, pitch)
    xs, ys = r[None, :], -r[:, None]
    # world = (X, -Y, 1) @ M, one component at a time (no (S, S, 3) temporaries)
    dx = xs * float(m[0, 0]) + ys * float(m[1, 0]) + float(m[2, 0])
    dy = xs * float(m[0, 1]) + ys * float(m[1, 1]) + float(m[2, 1])
    dz = xs * float(m[0, 2]) + ys * float(m[1, 2]) + float(m[2, 2])
    x = torch.atan2(dx, dz).mul_(width / (2 * math.pi)).add_(width / 2 - 0.5)
    y = torch.atan2(dy, torch.hypot(dx, dz)).mul_(-height / math.pi).add_(height / 2 - 0.5)
    return x, y


def _maps_or_coords(
    x: torch.Tensor, y: torch.Tensor, device: torch.device
) -> tuple[torch.Tensor | None, tuple[np.ndarray, np.ndarray] | None]:
    """On the CPU keep only OpenCV's fixed-point maps (6 bytes a pixel); elsewhere float coords."""
    if device.type == "cpu":
        return None, cv2.convertMaps(x.numpy(), y.numpy(), cv2.CV_16SC2)
    return torch.stack([x, y], dim=-1), None


def prefilter_level(fov_deg: float, size: int, width: int) -> int:
    """Mip level (0 = full resolution) a tile should sample so it does not alias.

    A tile's pixels are largest at its centre: ``2 tan(f/2) / (S-1)`` radians. Where that exceeds the
    panorama's pixel (``2π / W``) by a factor ``s``, the tile samples a panorama averaged down by
    ``2^round(log2 s)``.
    """
    s = (2 * math.tan(math.radians(fov_deg) / 2) / (size - 1)) / (2 * math.pi / width)
    return max(0, round(math.log2(s))) if s > 1 else 0


@dataclass
class TileGrids:
    """Where each tile's pixels sample the panorama.

    Attributes:
        levels: per tile, the mip level it samples (0 = full resolution).
        coords: per tile, ``(S, S, 2)`` float32 (x, y) in the *padded* image of its level; ``None``
            on the CPU, where only ``cv_maps`` are kept (see :func:`coords_of`).
        cv_maps: per tile, OpenCV fixed-point maps of the coordinates (CPU only, else ``None``).
    """

    height: int
    width: int
    size: int
    levels: list[int]
    coords: list[torch.Tensor | None]
    cv_maps: list[tuple[np.ndarray, np.ndarray] | None]


def batched_grid(
    grids: TileGrids, numbers: list[int], hw: tuple[int, int], dtype: torch.dtype
) -> torch.Tensor:
    """Normalised ``grid_sample`` grids ``(T, S, S, 2)`` of ``numbers`` for an image of size ``hw``."""
    h, w = hw
    grid = torch.stack([coords_of(grids.coords[n - 1], grids.cv_maps[n - 1]) for n in numbers]).to(dtype)
    grid[..., 0].add_(0.5).mul_(2.0 / w).sub_(1.0)
    grid[..., 1].add_(0.5).mul_(2.0 / h).sub_(1.0)
    return grid


def level_size(height: int, width: int, level: int) -> tuple[int, int]:
    """Panorama size at a mip level (halved per level, kept 2:1 and even)."""
    w = max(4, (width >> level) // 2 * 2)
    return w // 2, w


def tile_grids(
    template: Template, height: int, width: int, size: int, device: torch.device | str
) -> TileGrids:
    """Cached extraction grids for all tiles of ``template`` (see :class:`TileGrids`)."""
    device = torch.device(device)
    key = ("tiles", template.key(), height, width, size, str(device))

    def build() -> TileGrids:
        levels, coords, maps = [], [], []
        for t in template.tiles:
            lvl = prefilter_level(t.fov_deg, size, width)
            lh, lw = level_size(height, width, lvl)
            x, y = tile_equirect_xy(t.fov_deg, size, t.yaw_deg, t.pitch_deg, lh, lw, device)
            c, m = _maps_or_coords(x.add_(PAD), y.add_(PAD), device)
            levels.append(lvl)
            coords.append(c)
            maps.append(m)
        return TileGrids(height, width, size, levels, coords, maps)

    return _cached(key, build)


@dataclass
class Footprint:
    """The panorama rectangle one tile covers and how to blend the tile into it.

    Rows ``y0:y1``; columns ``x0 … x0 + w - 1`` taken modulo the panorama width (a footprint may
    cross the 0/360 seam; a tile over a pole spans the full width).

    Attributes:
        coords: ``(h, w, 2)`` float32 (x, y) of each panorama pixel in the tile *as sampled for
            merging*; ``None`` on the CPU, where only ``cv_maps`` are kept.
        feather: ``(h, w)`` the tile's own weight: 1 inside its cell, falling smoothly to 0 at the
            tile edge (0 outside the tile).
        weight: ``(h, w)`` ``feather`` divided by the sum of all tiles' feathers at that pixel.
        merge_level: tiles at least twice as dense as the panorama are box-averaged by
            ``2^merge_level`` before they are sampled, so merging does not alias; ``coords`` are in
            that averaged tile.
    """

    y0: int
    y1: int
    x0: int
    w: int
    coords: torch.Tensor | None
    feather: torch.Tensor
    weight: torch.Tensor
    merge_level: int
    cv_maps: tuple[np.ndarray, np.ndarray] | None


@dataclass
class MergePlan:
    height: int
    width: int
    size: int
    footprints: list[Footprint]
    total_weight: torch.Tensor  # (H, W) sum of feathers; > 0 everywhere


def smoothstep(x: torch.Tensor) -> torch.Tensor:
    """``3x² − 2x³`` of ``x`` clamped to [0, 1] (in place on ``x``)."""
    x = x.clamp_(0.0, 1.0)
    return (x * x).mul_(x.mul(-2.0).add_(3.0))


def _footprint_bounds(t: Tile, height: int, width: int) -> tuple[int, int, int, int]:
    """Rows y0:y1 and columns x0 (+w, modulo W) of the panorama rectangle a tile covers."""
    m = tile_rotation(t.yaw_deg, t.pitch_deg)
    ext = math.tan(math.radians(t.fov_deg) / 2)
    s = np.linspace(-ext, ext, 257)
    border = np.concatenate(
        [
            np.stack([s, np.full_like(s, ext)], -1),
            np.stack([s, np.full_like(s, -ext)], -1),
            np.stack([np.full_like(s, ext), s], -1),
            np.stack([np.full_like(s, -ext), s], -1),
        ]
    )
    cam = np.concatenate([border, np.ones((len(border), 1))], -1) @ m
    lon = np.degrees(np.arctan2(cam[:, 0], cam[:, 2]))
    lat = np.degrees(np.arctan2(cam[:, 1], np.hypot(cam[:, 0], cam[:, 2])))
    lat_hi, lat_lo = lat.max(), lat.min()
    full_width = False
    for pole, sign in ((np.array([0.0, 1.0, 0.0]), 1), (np.array([0.0, -1.0, 0.0]), -1)):
        c = m @ pole  # camera coordinates of the pole (M is orthonormal: camera = world @ M^T)
        if c[2] > 0 and abs(c[0] / c[2]) <= ext and abs(c[1] / c[2]) <= ext:
            full_width = True
            lat_hi, lat_lo = (90.0, lat_lo) if sign > 0 else (lat_hi, -90.0)
    y0 = max(0, math.floor((90 - lat_hi) / 180 * height - 0.5) - 1)
    y1 = min(height, math.ceil((90 - lat_lo) / 180 * height - 0.5) + 2)
    if full_width:
        return y0, y1, 0, width
    rel = (lon - t.yaw_deg + 180) % 360 - 180
    a, b = t.yaw_deg + rel.min(), t.yaw_deg + rel.max()
    xa = math.floor((a / 360 + 0.5) * width - 0.5) - 1
    xb = math.ceil((b / 360 + 0.5) * width - 0.5) + 2
    w = min(width, xb - xa)
    return y0, y1, xa % width, w


def merge_plan(
    template: Template, height: int, width: int, size: int, device: torch.device | str
) -> MergePlan:
    """Cached merge footprints and normalised weights for all tiles (see :class:`Footprint`)."""
    device = torch.device(device)
    key = ("merge", template.key(), height, width, size, str(device))

    def build() -> MergePlan:
        pano_density = width / (2 * math.pi)
        parts = []
        total = torch.zeros(height, width, dtype=torch.float32, device=device)
        for t in template.tiles:
            y0, y1, x0, w = _footprint_bounds(t, height, width)
            ext = math.tan(math.radians(t.fov_deg) / 2)
            density = (size - 1) / 2 / ext
            level = max(0, math.floor(math.log2(density / pano_density))) if density > pano_density else 0
            level = min(level, max(0, int(math.log2(size)) - 3))
            # separable directions: d = (cos φ sin λ, sin φ, cos φ cos λ); camera = d @ M^T
            lat = (0.5 - (torch.arange(y0, y1, device=device, dtype=torch.float64) + 0.5) / height) * math.pi
            lon = torch.arange(x0, x0 + w, device=device, dtype=torch.float64).add_(0.5).div_(width)
            lon = lon.sub_(0.5).mul_(2 * math.pi)
            sn = torch.sin(lat).float()[:, None]
            a = torch.cos(lat).float()[:, None] * torch.sin(lon).float()[None, :]  # cos φ sin λ
            b = torch.cos(lat).float()[:, None] * torch.cos(lon).float()[None, :]  # cos φ cos λ
            m = tile_rotation(t.yaw_deg, t.pitch_deg)

            def cam(
                k: int, a: torch.Tensor = a, b: torch.Tensor = b, sn: torch.Tensor = sn, m: np.ndarray = m
            ) -> torch.Tensor:
                return (a * float(m[k, 0])).add_(b * float(m[k, 2])).add_(sn * float(m[k, 1]))

            z = cam(2)
            front = z > 1e-6
            inv = z.clamp_(min=1e-6).mul_(ext).reciprocal_()
            u = cam(0).mul_(inv)  # -1..1 across the tile
            v = cam(1).mul_(inv).neg_()
            del inv, z
            r = math.radians(t.circumradius_deg)
            band = 1.0 - math.tan(r) / ext  # the ramp reaches 1 at the cell's circumradius
            feather = smoothstep(torch.maximum(u.abs(), v.abs()).neg_().add_(1.0).div_(band)).mul_(front)
            # pixel coordinates in the tile averaged down by 2^level
            scale = (size - 1) / 2 / 2**level
            shift = ((size - 1) / 2 + 0.5) / 2**level - 0.5
            coords, maps = _maps_or_coords(u.mul_(scale).add_(shift), v.mul_(scale).add_(shift), device)
            add_region_(total[None], y0, y1, x0, w, feather[None])
            parts.append(Footprint(y0, y1, x0, w, coords, feather, feather, level, maps))
        for f in parts:
            f.weight = f.feather / region(total[None], f.y0, f.y1, f.x0, f.w)[0].clamp_min(1e-12)
        return MergePlan(height, width, size, parts, total)

    return _cached(key, build)


@dataclass
class FlatMergePlan:
    """All footprint pixels with a positive weight, flattened, for one-kernel merging on a GPU.

    ``groups[level] = (grid, index, weight)``: ``grid (1, 1, N, 2)`` normalised coordinates into
    the template's tiles (averaged down by ``2^level``) stacked vertically; ``index (N,)`` the
    flat panorama pixel each sample adds to; ``weight (N,)`` its normalised weight.
    """

    groups: dict[int, tuple[torch.Tensor, torch.Tensor, torch.Tensor]]


def flat_merge_plan(
    template: Template, height: int, width: int, size: int, device: torch.device | str
) -> FlatMergePlan:
    """Cached :class:`FlatMergePlan` built from :func:`merge_plan` (GPU and float64 paths)."""
    device = torch.device(device)
    key = ("flat", template.key(), height, width, size, str(device))

    def build() -> FlatMergePlan:
        plan = merge_plan(template, height, width, size, device)
        parts: dict[int, list[tuple[torch.Tensor, torch.Tensor, torch.Tensor]]] = {}
        for i, fp in enumerate(plan.footprints):
            sl = -(-size // 2**fp.merge_level)  # tile size at its merge level
            keep = fp.weight > 0
            rows = torch.arange(fp.y0, fp.y1, device=device)[:, None].expand(-1, fp.w)
            cols = (torch.arange(fp.x0, fp.x0 + fp.w, device=device) % width)[None, :].expand(
                fp.y1 - fp.y0, -1
            )
            index = (rows * width + cols)[keep]
            xy = coords_of(fp.coords, fp.cv_maps).to(device)[keep]
            total_rows = template.count * sl
            gx = (xy[:, 0] + 0.5) * (2.0 / sl) - 1.0
            gy = (xy[:, 1] + i * sl + 0.5) * (2.0 / total_rows) - 1.0
            parts.setdefault(fp.merge_level, []).append((torch.stack([gx, gy], -1), index, fp.weight[keep]))
        groups = {}
        for level, items in parts.items():
            grid = torch.cat([g for g, _, _ in items])[None, None]
            groups[level] = (grid, torch.cat([x for _, x, _ in items]), torch.cat([wt for _, _, wt in items]))
        return FlatMergePlan(groups)

    return _cached(key, build)


def region_slices(width: int, x0: int, w: int) -> list[tuple[slice, slice]]:
    """Columns ``x0 … x0 + w - 1`` (mod ``width``) as (panorama columns, rectangle columns) pairs:
    one pair, or two when the rectangle crosses the 0/360 seam."""
    if x0 + w <= width:
        return [(slice(x0, x0 + w), slice(0, w))]
    k = width - x0
    return [(slice(x0, width), slice(0, k)), (slice(0, w - k), slice(k, w))]


def region(pano: torch.Tensor, y0: int, y1: int, x0: int, w: int) -> torch.Tensor:
    """The rectangle rows y0:y1, columns x0..x0+w-1 (mod W) of ``(C, H, W)`` (a copy across the seam)."""
    parts = [pano[:, y0:y1, cols] for cols, _ in region_slices(pano.shape[-1], x0, w)]
    return parts[0] if len(parts) == 1 else torch.cat(parts, dim=-1)


def add_region_(
    pano: torch.Tensor,
    y0: int,
    y1: int,
    x0: int,
    w: int,
    values: torch.Tensor,
    weight: torch.Tensor | None = None,
) -> None:
    """``pano[rows, cols] += values (* weight)`` for a rectangle that may cross the 0/360 seam.

    In place; ``weight`` ``(h, w)`` broadcasts over channels (fused, no temporary).
    """
    for cols, part in region_slices(pano.shape[-1], x0, w):
        target = pano[:, y0:y1, cols]
        if weight is None:
            target += values[..., part]
        else:
            target.addcmul_(values[..., part], weight[..., part])


def clamp_region_(pano: torch.Tensor, y0: int, y1: int, x0: int, w: int) -> None:
    """Clamp the rectangle (which may cross the seam) to ``[0, 1]`` in place."""
    for cols, _ in region_slices(pano.shape[-1], x0, w):
        pano[:, y0:y1, cols].clamp_(0.0, 1.0)
