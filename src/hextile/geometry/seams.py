"""The seam score: how much overlapping tiles disagree, measured while they are merged.

Merging accumulates, beside the panorama, one extra channel per pixel (:class:`SeamAccumulator`):

* **parallel** merges add ``Σ_i w_i · |Δ_i|²`` (``w_i`` the normalised weights, ``Δ_i`` tile ``i``'s
  change seen from the pixel, ``|·|²`` summed over channels). The merge itself already holds
  ``m = Σ_i w_i Δ_i``, so the weighted variance of the tiles' outputs is ``Σ w|Δ|² − |m|²`` with no
  second pass over the tiles;
* **sequential** merges add, per tile, ``c·a / (c + a)² · |y − x|²``: the variance of the two-point
  mixture the merge realises between the finished content ``x`` (weight ``c``, its coverage) and
  the tile's output ``y`` (weight ``a = f · (1 − c)``, its feather where it may still paint).

The per-pixel spread is ``s = sqrt(var / C)`` (RMS over channels) in 8-bit levels (× 255); the
pass's **score** is the RMS of ``s`` over the pixels two or more tiles cover, weighted by solid
angle; ``p99`` its 99th percentile. docs/seams.md defines it in full and says why it tracks seams.

The accumulator lives on the panorama's **seam grid**: every second row and column (rows
``0, 2, 4 …``, columns ``0, 2, 4 …``), a quarter of the pixels. Each tile's change is still sampled
at every pixel for the merge; the seam sums read that same sample at the grid's pixels, so the
measurement costs a quarter of a full-resolution one and stays inside the merge's loop. Blend
bands are tens of pixels wide, so the grid resolves them (docs/seams.md, "Cost").
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import torch

from hextile.geometry.grids import Footprint, _cached, add_region_, flat_merge_plan, merge_plan, region
from hextile.geometry.projection import _use_cv2
from hextile.geometry.templates import Template

LEVELS = 255.0  # the score's unit: one 8-bit level
HEATMAP_FULL_SCALE = 24.0  # levels at which the heat-map colour saturates (fixed: maps are comparable)
HEATMAP_MAX_WIDTH = 1024

SeamMode = Literal["parallel", "sequential"]


def grid_shape(height: int, width: int) -> tuple[int, int]:
    """``(rows, columns)`` of the seam grid of an ``height × width`` panorama (even rows and columns)."""
    return (height + 1) // 2, width // 2


def grid_offsets(y0: int, x0: int, width: int) -> tuple[int, int, int, int]:
    """Where a panorama rectangle starting at ``(y0, x0)`` meets the seam grid.

    Returns ``(ry, cx, gy0, gx0)``: the rectangle's local row and column offsets of its first even
    panorama row and column (so ``rect[..., ry::2, cx::2]`` are its grid pixels) and where that
    first grid pixel lies on the grid. Columns wrap: ``width`` is even, so parity survives the wrap.
    """
    ry, cx = y0 % 2, x0 % 2
    return ry, cx, (y0 + ry) // 2, ((x0 + cx) % width) // 2


def squared_change(delta: torch.Tensor) -> torch.Tensor:
    """``(C, h, w)`` → ``(1, h, w)``: the sum over channels of the squares.

    On the CPU one OpenCV pass over a channels-last copy (strided views, such as a grid's pixels,
    are gathered first); elsewhere torch.
    """
    if _use_cv2(delta) and delta.dtype == torch.float32:
        import cv2

        hwc = delta.permute(1, 2, 0).numpy()
        if not hwc.flags.c_contiguous:
            hwc = np.ascontiguousarray(hwc)
        sq = cv2.multiply(hwc, hwc)
        e = cv2.transform(sq, np.ones((1, delta.shape[0]), np.float32))
        return torch.from_numpy(e.reshape(*hwc.shape[:2]))[None]
    return delta.square().sum(0, keepdim=True)


@dataclass
class SeamAccumulator:
    """Per-pixel sums of one pass's merge on the seam grid (see the module docstring).

    Attributes:
        mode: ``"parallel"`` (normalised all-at-once merge) or ``"sequential"`` (tile by tile).
        sq: ``(1, ⌈H/2⌉, W/2)`` the accumulated sum on the seam grid; a parallel merge turns it
            into the variance with :meth:`finish_parallel`.
        height, width: the panorama's size.
    """

    mode: SeamMode
    sq: torch.Tensor
    height: int
    width: int
    channels: int = 3
    _scratch: list[np.ndarray] = field(default_factory=list, repr=False)

    @classmethod
    def zeros(
        cls,
        height: int,
        width: int,
        device: torch.device | str,
        dtype: torch.dtype = torch.float32,
        mode: SeamMode = "parallel",
        channels: int = 3,
    ) -> SeamAccumulator:
        """An empty accumulator for a ``height × width`` panorama with ``channels`` channels."""
        gh, gw = grid_shape(height, width)
        return cls(mode, torch.zeros((1, gh, gw), dtype=dtype, device=device), height, width, channels)

    def add_parallel(self, sampled: torch.Tensor, footprint: Footprint, grid_weight: torch.Tensor) -> None:
        """Add ``w |Δ|²`` of one tile: ``sampled`` ``(C, h, w)`` its change over ``footprint`` as the
        merge has just sampled it; ``grid_weight`` its weights at the grid pixels (:func:`grid_weights`)."""
        ry, cx, gy0, gx0 = grid_offsets(footprint.y0, footprint.x0, self.width)
        values = self._grid_squares(sampled, ry, cx)
        if values.numel():
            add_region_(self.sq, gy0, gy0 + values.shape[-2], gx0, values.shape[-1], values, grid_weight)

    def add_flat(self, values: torch.Tensor, weight: torch.Tensor, grid_index: torch.Tensor) -> None:
        """Add ``w |Δ|²`` of already-selected grid pixels (the GPU merge): ``values`` ``(C, N)``,
        ``weight`` ``(N,)``, ``grid_index`` ``(N,)`` flat indexes into the grid."""
        self.sq.view(1, -1).index_add_(1, grid_index, (values * values).sum(0, keepdim=True) * weight)

    def add_sequential(
        self, sampled: torch.Tensor, coverage: torch.Tensor, increment: torch.Tensor, footprint: Footprint
    ) -> None:
        """Add ``c·a/(c + a)² · |Δ|²`` of one tile merged in sequential mode.

        Args:
            sampled: ``(C, h, w)`` the tile's change over its footprint, as the merge sampled it.
            coverage: ``(1, h, w)`` the footprint's coverage ``c`` before this tile.
            increment: ``(1, h, w)`` the tile's effective weight ``a = f · (1 − c)``.
            footprint: the tile's footprint.
        """
        ry, cx, gy0, gx0 = grid_offsets(footprint.y0, footprint.x0, self.width)
        values = self._grid_squares(sampled, ry, cx)
        if not values.numel():
            return
        c, a = coverage[:, ry::2, cx::2], increment[:, ry::2, cx::2]
        mix = torch.add(c, a).square_().clamp_(min=1e-12).reciprocal_().mul_(c).mul_(a)
        add_region_(self.sq, gy0, gy0 + values.shape[-2], gx0, values.shape[-1], values, mix)

    def _grid_squares(self, sampled: torch.Tensor, ry: int, cx: int) -> torch.Tensor:
        """``(1, h', w')`` ``Σ_channels sampled²`` at ``sampled[:, ry::2, cx::2]`` (maybe a strided view).

        On the CPU (channels-last float32) OpenCV squares and sums every second row into reused
        buffers and the columns are picked from that: no gather, no fresh memory per tile.
        """
        c, h, w = sampled.shape
        if h <= ry or w <= cx:
            return sampled.new_zeros((1, 0, 0))
        if _use_cv2(sampled) and sampled.dtype == torch.float32 and sampled.permute(1, 2, 0).is_contiguous():
            import cv2

            rows = sampled.permute(1, 2, 0).numpy()[ry::2]  # (h', w, C): every second row, a view
            hr = rows.shape[0]
            squares, sums = self._buffers(hr * w * c, hr * w)
            flat = rows.reshape(hr, w * c)
            sq = cv2.multiply(flat, flat, dst=squares.reshape(hr, w * c))
            e = cv2.transform(sq.reshape(hr, w, c), np.ones((1, c), np.float32), dst=sums.reshape(hr, w))
            return torch.from_numpy(e)[None, :, cx::2]
        return squared_change(sampled[:, ry::2, cx::2])

    def _buffers(self, *sizes: int) -> list[np.ndarray]:
        """Reused float32 work buffers of at least ``sizes`` elements (grown, zero-filled, as needed)."""
        while len(self._scratch) < len(sizes):
            self._scratch.append(np.zeros(0, np.float32))
        for k, n in enumerate(sizes):
            if self._scratch[k].size < n:
                self._scratch[k] = np.zeros(n, np.float32)
        return [self._scratch[k][:n] for k, n in enumerate(sizes)]

    def finish_parallel(self, merged: torch.Tensor, base: torch.Tensor) -> None:
        """``Σ w|Δ|²`` → variance: subtract ``|m|²`` of the merged change ``m = merged − base``
        (``(C, H, W)`` each, before clamping), read at the grid pixels."""
        m = torch.empty_like(self.sq[0])
        for ch in range(merged.shape[0]):
            torch.sub(merged[ch, ::2, ::2], base[ch, ::2, ::2], out=m)
            self.sq[0].sub_(m.square_())
        self.sq.clamp_(min=0.0)


def grid_weights(
    template: Template, height: int, width: int, size: int, device: torch.device | str
) -> list[torch.Tensor]:
    """Cached: every tile's merge weights at the seam-grid pixels of its footprint (contiguous)."""
    device = torch.device(device)
    key = ("seam-grid", template.key(), height, width, size, str(device))

    def build() -> list[torch.Tensor]:
        plan = merge_plan(template, height, width, size, device)
        out = []
        for fp in plan.footprints:
            ry, cx, _, _ = grid_offsets(fp.y0, fp.x0, width)
            out.append(fp.weight[ry::2, cx::2].contiguous())
        return out

    return _cached(key, build)


def grid_selection(
    template: Template, h: int, w: int, size: int, device: torch.device | str
) -> dict[int, tuple[torch.Tensor, torch.Tensor]]:
    """Cached, one entry per template and size: for each group (mip level) of the flat merge plan,
    which entries of its ``index`` are seam-grid pixels (even rows and columns) and their grid
    indexes."""
    device = torch.device(device)
    key = ("seam-flat", template.key(), h, w, size, str(device))

    def build() -> dict[int, tuple[torch.Tensor, torch.Tensor]]:
        out = {}
        for level, (_grid, index, _weight) in flat_merge_plan(template, h, w, size, device).groups.items():
            rows, cols = index // w, index % w
            pick = ((rows % 2 == 0) & (cols % 2 == 0)).nonzero()[:, 0]
            out[level] = (pick, (rows[pick] // 2) * (w // 2) + cols[pick] // 2)
        return out

    return _cached(key, build)


@dataclass
class SeamSummary:
    """One pass's seam numbers (what ``passes.json`` records under ``"seams"``)."""

    score: float
    p99: float
    worst_tiles: list[tuple[int, int, float]]
    overlap_fraction: float  # share of the sphere covered by two or more tiles
    mode: str
    heatmap: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "score": round(self.score, 4),
            "p99": round(self.p99, 4),
            "worst_tiles": [[i, j, round(v, 4)] for i, j, v in self.worst_tiles],
            "heatmap": self.heatmap,
            "unit": "8-bit levels (RMS)",
            "mode": self.mode,
            "overlap_fraction": round(self.overlap_fraction, 4),
        }


@dataclass
class OverlapMaps:
    """Static per-pixel facts of a template at a size on the seam grid, built once from its merge plan.

    Attributes:
        weight: ``(⌈H/2⌉, W/2)`` solid-angle weight (``cos`` latitude) of the grid pixels two or more
            tiles cover, 0 elsewhere — the score's weights.
        total: the sum of ``weight``.
        sphere: the sum of ``cos`` latitude over the whole grid (``total / sphere`` is the share of
            the sphere two or more tiles cover).
        sample_index: flat grid indexes of the pixels two or more tiles cover.
        sample_pair: for each of those pixels, the pair of tiles with the two largest weights there,
            as ``(i - 1) * N + (j - 1)`` with ``i < j`` (int64, on the CPU).
        sample_weight: ``weight`` at those pixels (float32, on the CPU).
        pair_weight: ``(N², )`` float64 the summed ``sample_weight`` of each pair's pixels.
    """

    weight: torch.Tensor
    total: float
    sphere: float
    sample_index: torch.Tensor
    sample_pair: np.ndarray
    sample_weight: np.ndarray
    pair_weight: np.ndarray


def overlap_maps(template: Template, height: int, width: int, size: int, device: torch.device) -> OverlapMaps:
    """Cached :class:`OverlapMaps` (built once per template and size from the merge plan)."""
    key = ("overlap", template.key(), height, width, size, str(device))

    def build() -> OverlapMaps:
        plan = merge_plan(template, height, width, size, device)
        gh, gw = grid_shape(height, width)
        count = torch.zeros((1, gh, gw), dtype=torch.float32, device=device)
        best = torch.zeros((2, gh, gw), dtype=torch.float32, device=device)  # top-2 weights
        who = torch.full((2, gh, gw), -1, dtype=torch.int32, device=device)
        for k, fp in enumerate(plan.footprints):
            ry, cx, y0h, x0h = grid_offsets(fp.y0, fp.x0, width)
            w = fp.weight[ry::2, cx::2]
            if w.numel() == 0:
                continue
            y1h, nw = y0h + w.shape[0], w.shape[1]
            add_region_(count, y0h, y1h, x0h, nw, (w > 0).to(torch.float32)[None])
            b = region(best, y0h, y1h, x0h, nw)
            o = region(who, y0h, y1h, x0h, nw)
            first = w > b[0]
            second = ~first & (w > b[1])
            nb1 = torch.where(first, b[0], torch.where(second, w, b[1]))
            no1 = torch.where(first, o[0], torch.where(second, torch.full_like(o[1], k), o[1]))
            nb0 = torch.where(first, w, b[0])
            no0 = torch.where(first, torch.full_like(o[0], k), o[0])
            _put_region(best, y0h, y1h, x0h, nw, torch.stack([nb0, nb1]))
            _put_region(who, y0h, y1h, x0h, nw, torch.stack([no0, no1]))
        two = count[0] >= 2
        rows = torch.arange(0, height, 2, device=device, dtype=torch.float64)
        cos = torch.cos((0.5 - (rows + 0.5) / height) * math.pi).to(torch.float32)
        weight = cos[:, None] * two
        lo, hi = torch.minimum(who[0], who[1]), torch.maximum(who[0], who[1])
        index = (two & (lo >= 0)).flatten().nonzero()[:, 0]
        pair = (lo.long() * template.count + hi.long()).flatten()[index].cpu().numpy()
        sample_weight = weight.flatten()[index].cpu().numpy()
        pair_weight = np.bincount(pair, weights=sample_weight, minlength=template.count**2)
        total = float(weight.sum(dtype=torch.float64))
        sphere = float(cos.double().sum()) * gw
        return OverlapMaps(weight, total, sphere, index, pair, sample_weight, pair_weight)

    return _cached(key, build)


def _put_region(pano: torch.Tensor, y0: int, y1: int, x0: int, w: int, values: torch.Tensor) -> None:
    from hextile.geometry.grids import region_slices

    for cols, part in region_slices(pano.shape[-1], x0, w):
        pano[:, y0:y1, cols] = values[..., part]


def summarise(
    acc: SeamAccumulator, template: Template, tile_size: int, worst: int = 5
) -> tuple[SeamSummary, torch.Tensor]:
    """The pass's :class:`SeamSummary` and a spread map (8-bit levels) for the heat-map.

    Every number comes from the seam grid's pixels that two or more tiles cover. The spread map is
    the grid, at most :data:`HEATMAP_MAX_WIDTH` wide (max-pooled, so a thin band stays visible).
    """
    maps = overlap_maps(template, acc.height, acc.width, tile_size, acc.sq.device)
    sq = acc.sq[0]
    wsum = float(torch.dot(maps.weight.flatten(), sq.flatten().to(maps.weight.dtype)))
    score = LEVELS * math.sqrt(max(wsum, 0.0) / acc.channels / maps.total) if maps.total else 0.0
    # per-pixel variances (summed over channels) at the covered pixels; s = 255·sqrt(v / C) is
    # monotonic in v, so the quantile and the pair RMS are taken on v and converted once
    v = sq.flatten()[maps.sample_index].float().cpu().numpy()
    p99 = LEVELS * math.sqrt(_weighted_quantile(v, maps.sample_weight, 0.99) / acc.channels)
    n = template.count
    num = np.bincount(maps.sample_pair, weights=maps.sample_weight * v, minlength=n * n)
    den = maps.pair_weight
    mean = np.divide(num, den, out=np.zeros_like(num), where=den > 0).clip(min=0)
    rms = LEVELS * np.sqrt(mean / acc.channels)
    top = np.argsort(-rms, kind="stable")[:worst].tolist()
    worst_tiles = [(k // n + 1, k % n + 1, float(rms[k])) for k in top if den[k] > 0]
    frac = maps.total / maps.sphere
    small = acc.sq
    gw = small.shape[-1]
    if gw > HEATMAP_MAX_WIDTH:
        f = -(-gw // HEATMAP_MAX_WIDTH)
        g = acc.sq[0]
        if f == 2 and g.shape[0] % 2 == 0 and gw % 2 == 0:  # the common case: four strided maxima
            small = torch.maximum(
                torch.maximum(g[::2, ::2], g[1::2, ::2]), torch.maximum(g[::2, 1::2], g[1::2, 1::2])
            )
            small = small[None]
        else:
            small = torch.nn.functional.max_pool2d(acc.sq[None], f, f, ceil_mode=True)[0]
    spread = small[0].div(acc.channels).clamp(min=0.0).sqrt_().mul_(LEVELS)
    return SeamSummary(score, p99, worst_tiles, frac, acc.mode), spread


def _weighted_quantile(values: np.ndarray, weights: np.ndarray, q: float) -> float:
    """The ``q`` quantile of ``values`` ``≥ 0`` weighted by ``weights``, to 1/65536 of the largest value."""
    if values.size == 0:
        return 0.0
    top = float(values.max())
    if top <= 0:
        return 0.0
    bins = 65536
    k = np.minimum((values * (bins / top)).astype(np.int64), bins - 1)
    cum = np.cumsum(np.bincount(k, weights=weights, minlength=bins))
    i = int(np.searchsorted(cum, q * cum[-1]))
    return top * min(i + 1, bins) / bins


def heatmap(pano: torch.Tensor, spread: torch.Tensor, full_scale: float = HEATMAP_FULL_SCALE) -> torch.Tensor:
    """A perceptual colour map (inferno) of ``spread`` over a dimmed grey copy of ``pano``.

    ``pano`` ``(3, H, W)`` in [0, 1]; ``spread`` ``(h, w)`` in 8-bit levels, at any size (the seam
    grid, pooled). The map is as wide as the panorama, at most :data:`HEATMAP_MAX_WIDTH`: the
    picture is averaged down to it, the spread stretched to it (bilinear). Colour opacity rises with
    the spread and saturates at ``full_scale`` levels (fixed, so maps of different passes and
    renders compare). Returns ``(3, h, w)`` float32 in [0, 1] on the CPU.
    """
    import cv2

    h, w = pano.shape[-2:]
    tw = min(w, HEATMAP_MAX_WIDTH)
    th = max(1, round(h * tw / w))
    sp = spread.detach().float().cpu().numpy()
    if sp.shape != (th, tw):
        sp = cv2.resize(sp, (tw, th), interpolation=cv2.INTER_LINEAR)
    img = pano.detach().float().cpu()
    hwc = img.permute(1, 2, 0).numpy()
    if hwc.flags.c_contiguous:  # channels-last: one resize
        planes = cv2.resize(hwc, (tw, th), interpolation=cv2.INTER_AREA).reshape(th, tw, -1)
        r, g, b = planes[..., 0], planes[..., 1], planes[..., 2]
    else:  # planar: resize each plane in place
        r, g, b = (
            cv2.resize(img[c].contiguous().numpy(), (tw, th), interpolation=cv2.INTER_AREA) for c in range(3)
        )
    # all in float32, planar: out = base · (1 − α) + colour · α with base the dimmed grey
    base = (0.299 * r + 0.587 * g + 0.114 * b).astype(np.float32, copy=False) * np.float32(0.35)
    t = np.clip(sp.astype(np.float32, copy=False) * np.float32(1.0 / full_scale), 0.0, 1.0)
    colour = cv2.applyColorMap((t * 255).astype(np.uint8), cv2.COLORMAP_INFERNO)  # BGR, uint8
    alpha = np.minimum(t * np.float32(3.0), np.float32(0.9))
    keep = (1.0 - alpha) * base
    alpha *= np.float32(1.0 / 255.0)
    out = np.empty((3, th, tw), np.float32)
    for ch, bgr in enumerate((2, 1, 0)):
        np.multiply(colour[..., bgr], alpha, out=out[ch])
        out[ch] += keep
    return torch.from_numpy(out)


__all__ = [
    "HEATMAP_FULL_SCALE",
    "LEVELS",
    "OverlapMaps",
    "SeamAccumulator",
    "SeamSummary",
    "grid_offsets",
    "grid_selection",
    "grid_shape",
    "grid_weights",
    "heatmap",
    "overlap_maps",
    "squared_change",
    "summarise",
]
