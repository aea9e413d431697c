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
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np
import torch

from hextile.geometry.grids import _cached, add_region_, merge_plan, region
from hextile.geometry.templates import Template

LEVELS = 255.0  # the score's unit: one 8-bit level
HEATMAP_FULL_SCALE = 24.0  # levels at which the heat-map colour saturates (fixed: maps are comparable)
HEATMAP_MAX_WIDTH = 1024

SeamMode = Literal["parallel", "sequential"]


@dataclass
class SeamAccumulator:
    """Per-pixel sums of one pass's merge (see the module docstring).

    Attributes:
        mode: ``"parallel"`` (normalised all-at-once merge) or ``"sequential"`` (tile by tile).
        sq: ``(1, H, W)`` the accumulated sum; for a parallel merge :meth:`finish_parallel`
            turns it into the variance.
        done: whether ``sq`` holds the final per-pixel variance (summed over channels).
    """

    mode: SeamMode
    sq: torch.Tensor
    channels: int = 3
    done: bool = False

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
        return cls(mode, torch.zeros((1, height, width), dtype=dtype, device=device), channels)

    def finish_parallel(self, mean_change: torch.Tensor) -> None:
        """Turn ``Σ w|Δ|²`` into the variance, given the merged change ``m = Σ w Δ`` ``(C, H, W)``."""
        self.sq[0].sub_((mean_change * mean_change).sum(0)).clamp_(min=0.0)
        self.done = True

    def spread(self) -> torch.Tensor:
        """``(H, W)`` per-pixel spread in 8-bit levels (RMS over channels), full resolution."""
        return self.sq[0].div(self.channels).clamp_(min=0.0).sqrt_().mul_(LEVELS)


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
    """Static per-pixel facts of a template at a size, built once from its merge plan.

    Attributes:
        weight: ``(H, W)`` solid-angle weight (``cos`` latitude) of pixels two or more tiles cover,
            0 elsewhere — the score's weights.
        sample_index: flat indexes of the pixels of every second row and column that two or more
            tiles cover (the p99 and the worst pairs are estimated from these).
        sample_pair: for each of those pixels, the pair of tiles with the two largest weights there,
            as ``(i - 1) * N + (j - 1)`` with ``i < j``.
    """

    weight: torch.Tensor
    sample_index: torch.Tensor
    sample_pair: torch.Tensor


def overlap_maps(template: Template, height: int, width: int, size: int, device: torch.device) -> OverlapMaps:
    """Cached :class:`OverlapMaps` (built once per template and size from the merge plan).

    The top-2 bookkeeping runs on every second row and column only (what the estimates use).
    """
    key = ("overlap", template.key(), height, width, size, str(device))

    def build() -> OverlapMaps:
        plan = merge_plan(template, height, width, size, device)
        hh, wh = (height + 1) // 2, width // 2
        count = torch.zeros((1, height, width), dtype=torch.float32, device=device)
        best = torch.zeros((2, hh, wh), dtype=torch.float32, device=device)  # top-2 weights, sub-grid
        who = torch.full((2, hh, wh), -1, dtype=torch.int32, device=device)
        for k, fp in enumerate(plan.footprints):
            add_region_(count, fp.y0, fp.y1, fp.x0, fp.w, (fp.weight > 0).to(torch.float32)[None])
            ry, cx = fp.y0 % 2, fp.x0 % 2  # local offsets of the even global rows and columns
            w = fp.weight[ry::2, cx::2]
            if w.numel() == 0:
                continue
            y0h, x0h = (fp.y0 + ry) // 2, ((fp.x0 + cx) % width) // 2
            y1h, nw = y0h + w.shape[0], w.shape[1]
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
        lat = (0.5 - (torch.arange(height, device=device, dtype=torch.float64) + 0.5) / height) * math.pi
        weight = torch.cos(lat).to(torch.float32)[:, None] * two
        lo, hi = torch.minimum(who[0], who[1]), torch.maximum(who[0], who[1])
        sub = two[::2, ::2] & (lo >= 0)
        flat_sub = sub.flatten().nonzero()[:, 0]
        rows, cols = flat_sub // wh, flat_sub % wh
        index = (2 * rows) * width + 2 * cols
        pair = (lo.long() * template.count + hi.long()).flatten()[flat_sub]
        return OverlapMaps(weight, index, pair)

    return _cached(key, build)


def _put_region(pano: torch.Tensor, y0: int, y1: int, x0: int, w: int, values: torch.Tensor) -> None:
    from hextile.geometry.grids import region_slices

    for cols, part in region_slices(pano.shape[-1], x0, w):
        pano[:, y0:y1, cols] = values[..., part]


def summarise(
    acc: SeamAccumulator, template: Template, tile_size: int, worst: int = 5
) -> tuple[SeamSummary, torch.Tensor]:
    """The pass's :class:`SeamSummary` and a spread map (8-bit levels) for the heat-map.

    The score is exact (every pixel); ``p99`` and the worst pairs are estimated from every second
    row and column (a quarter of the pixels). The spread map is at most
    :data:`HEATMAP_MAX_WIDTH` wide (max-pooled, so a thin band stays visible).
    """
    h, w = acc.sq.shape[-2:]
    maps = overlap_maps(template, h, w, tile_size, acc.sq.device)
    sq = acc.sq[0]
    total = float(maps.weight.sum(dtype=torch.float64))
    wsum = float(torch.dot(maps.weight.flatten(), sq.flatten().to(maps.weight.dtype)))
    score = LEVELS * math.sqrt(max(wsum, 0.0) / acc.channels / total) if total else 0.0
    a = maps.weight.flatten()[maps.sample_index].double()
    sv = sq.flatten()[maps.sample_index].double().div(acc.channels).clamp(min=0.0).sqrt().mul(LEVELS)
    p99 = _weighted_quantile(sv.float().cpu().numpy(), a.float().cpu().numpy(), 0.99)
    n = template.count
    num = torch.zeros(n * n, dtype=torch.float64, device=a.device).index_add_(
        0, maps.sample_pair, a * sv.square()
    )
    den = torch.zeros(n * n, dtype=torch.float64, device=a.device).index_add_(0, maps.sample_pair, a)
    rms = torch.where(den > 0, (num / den.clamp_min(1e-30)).sqrt(), torch.zeros_like(num))
    top = torch.argsort(rms, descending=True)[:worst].tolist()
    worst_tiles = [(k // n + 1, k % n + 1, float(rms[k])) for k in top if float(den[k]) > 0]
    lat = (0.5 - (torch.arange(h, dtype=torch.float64) + 0.5) / h) * math.pi
    frac = total / (float(torch.cos(lat).sum()) * w)
    small = acc.sq
    if w > HEATMAP_MAX_WIDTH:
        f = -(-w // HEATMAP_MAX_WIDTH)
        small = torch.nn.functional.max_pool2d(acc.sq[None], f, f, ceil_mode=True)[0]
    spread = small[0].div(acc.channels).clamp(min=0.0).sqrt_().mul_(LEVELS)
    return SeamSummary(score, p99, worst_tiles, frac, acc.mode), spread


def _weighted_quantile(values: np.ndarray, weights: np.ndarray, q: float) -> float:
    if values.size == 0:
        return 0.0
    top = float(values.max())
    if top <= 0:
        return 0.0
    hist, edges = np.histogram(values, bins=4096, range=(0.0, top), weights=weights)
    cum = np.cumsum(hist)
    k = int(np.searchsorted(cum, q * cum[-1]))
    return float(edges[min(k + 1, len(edges) - 1)])


def heatmap(pano: torch.Tensor, spread: torch.Tensor, full_scale: float = HEATMAP_FULL_SCALE) -> torch.Tensor:
    """A perceptual colour map (inferno) of ``spread`` over a dimmed grey copy of ``pano``.

    ``pano`` ``(3, H, W)`` in [0, 1]; ``spread`` ``(h, w)`` in 8-bit levels, at any size up to the
    panorama's (the picture is averaged down to it). Colour opacity rises with the spread and
    saturates at ``full_scale`` levels (fixed, so maps of different passes and renders compare).
    Returns ``(3, h, w)`` float32 in [0, 1] on the CPU.
    """
    import cv2

    sp = spread.detach().float().cpu()
    img = pano.detach().float()
    if tuple(img.shape[-2:]) != tuple(sp.shape):
        img = torch.nn.functional.adaptive_avg_pool2d(img[None], (sp.shape[0], sp.shape[1]))[0]
    img = img.cpu()
    grey = (0.299 * img[0] + 0.587 * img[1] + 0.114 * img[2]).numpy()
    t = np.clip(sp.numpy() / full_scale, 0.0, 1.0)
    colour = cv2.applyColorMap((t * 255).astype(np.uint8), cv2.COLORMAP_INFERNO)[..., ::-1] / 255.0
    alpha = np.clip(t * 3.0, 0.0, 0.9)[..., None]
    base = (0.35 * grey)[..., None]
    out = base * (1 - alpha) + colour * alpha
    return torch.from_numpy(out.astype(np.float32)).permute(2, 0, 1).contiguous()


__all__ = [
    "HEATMAP_FULL_SCALE",
    "LEVELS",
    "OverlapMaps",
    "SeamAccumulator",
    "SeamSummary",
    "heatmap",
    "overlap_maps",
    "summarise",
]
