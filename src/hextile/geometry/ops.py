"""Extract tiles from a panorama and merge (changed) tiles back: the two geometry operations.

Shapes: panoramas ``(C, H, W)`` with ``W == 2H``; tile stacks ``(T, C, S, S)``. Tile numbers are
1-based as in the template. Everything stays on the input's device.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch
import torch.nn.functional as F

from hextile.geometry.grids import (
    Footprint,
    add_region_,
    batched_grid,
    clamp_region_,
    flat_merge_plan,
    level_size,
    merge_plan,
    region,
    tile_grids,
)
from hextile.geometry.projection import PAD, Sampler, _use_cv2, empty_channels_last, pad_equirect
from hextile.geometry.seams import SeamAccumulator, grid_selection, grid_weights
from hextile.geometry.templates import Template


def channels_last_like(pano: torch.Tensor) -> torch.Tensor:
    """A copy of ``(C, H, W)``; on the CPU stored channels-last, the layout OpenCV samples into."""
    out = empty_channels_last(*pano.shape, dtype=pano.dtype, device=pano.device)
    out.copy_(pano)
    return out


def _numbers(template: Template, numbers: Sequence[int] | None) -> list[int]:
    if numbers is None:
        return list(template.order)
    for n in numbers:
        template.tile(n)  # raises TemplateError for a bad number
    return list(numbers)


def _check_pano(pano: torch.Tensor) -> None:
    if pano.ndim != 3 or pano.shape[-1] != 2 * pano.shape[-2]:
        raise ValueError(f"expected an equirectangular (C, H, 2H) tensor, got {tuple(pano.shape)}")


def extract_tiles(
    pano: torch.Tensor,
    template: Template,
    size: int | None = None,
    numbers: Sequence[int] | None = None,
    mode: str = "bilinear",
    padded: torch.Tensor | None = None,
) -> torch.Tensor:
    """Cut perspective tiles out of a panorama.

    Args:
        pano: ``(C, H, W)`` panorama, float (any range) or uint8/uint16 on the CPU.
        template: the tile layout.
        size: tile edge in pixels (default: the template's).
        numbers: 1-based tiles to extract, in this order (default: all, in processing order).
        mode: ``"bilinear"`` or ``"bicubic"``.
        padded: optional ``pad_equirect(pano)`` kept by the caller (saves a copy per call).

    Returns:
        ``(T, C, S, S)`` tiles, same dtype and device as ``pano``. Tiles whose pixels are larger
        than the panorama's sample a pre-averaged panorama (no aliasing).
    """
    _check_pano(pano)
    size = size or template.tile_size
    h, w = pano.shape[-2:]
    nums = _numbers(template, numbers)
    grids = tile_grids(template, h, w, size, pano.device)
    samplers: dict[int, Sampler] = {}

    def sampler(level: int) -> Sampler:
        if level not in samplers:
            if level == 0:
                img = padded if padded is not None else pad_equirect(pano)
            else:
                lh, lw = level_size(h, w, level)
                src = pano if pano.dtype.is_floating_point else pano.float()
                small = F.interpolate(src[None], size=(lh, lw), mode="area")[0]
                img = pad_equirect(small.to(pano.dtype) if not pano.dtype.is_floating_point else small)
            samplers[level] = Sampler(img, mode)
        return samplers[level]

    out = empty_channels_last(len(nums), pano.shape[0], size, size, dtype=pano.dtype, device=pano.device)
    if _use_cv2(pano) or len(nums) == 1:
        for i, n in enumerate(nums):
            sampler(grids.levels[n - 1]).sample(grids.coords[n - 1], grids.cv_maps[n - 1], out=out[i])
    else:  # GPU (and float64): one grid_sample per mip level for all tiles at once
        for level in sorted({grids.levels[n - 1] for n in nums}):
            rows = [i for i, n in enumerate(nums) if grids.levels[n - 1] == level]
            img = sampler(level).image
            grid = batched_grid(grids, [nums[i] for i in rows], (img.shape[-2], img.shape[-1]), img.dtype)
            res = F.grid_sample(
                img.unsqueeze(0).expand(len(rows), -1, -1, -1),
                grid,
                mode=mode,
                padding_mode="border",
                align_corners=False,
            )
            out[rows] = res
    if mode == "bicubic" and pano.dtype.is_floating_point:
        out.clamp_(min=pano.amin(), max=pano.amax())  # tensors: no host sync
    return out


def _sample_delta(
    delta: torch.Tensor, footprint: Footprint, scratch: torch.Tensor | None = None
) -> torch.Tensor:
    """A tile's change ``(C, S, S)`` seen from the panorama pixels of its footprint → ``(C, h, w)``.

    ``scratch`` (optional, flat, at least C·h·w elements) receives the result, so merging many
    tiles reuses one buffer instead of faulting in fresh memory for every tile.
    """
    if footprint.merge_level:
        k = 2**footprint.merge_level
        delta = F.avg_pool2d(delta[None], k, k, ceil_mode=True)[0]
    out = None
    if scratch is not None:
        c, h, w = delta.shape[0], footprint.y1 - footprint.y0, footprint.w
        out = scratch[: c * h * w].view(h, w, c).permute(2, 0, 1)
    return Sampler(delta).sample(footprint.coords, footprint.cv_maps, out=out)


def merge_tiles(
    base: torch.Tensor,
    tiles_out: torch.Tensor,
    tiles_in: torch.Tensor,
    template: Template,
    numbers: Sequence[int] | None = None,
    seams: SeamAccumulator | None = None,
) -> torch.Tensor:
    """Blend changed tiles onto a panorama with normalised weights (all tiles at once).

    ``result = base + Σ_i w_i · warp(out_i − in_i)`` where ``w_i`` falls smoothly to 0 at tile ``i``'s
    edge and the weights of all the template's tiles sum to 1 at every pixel. Tiles that come back
    unchanged add exactly nothing, so a panorama is reproduced bit for bit.

    Args:
        base: ``(C, H, W)`` float panorama the tiles were cut from.
        tiles_out, tiles_in: ``(T, C, S, S)`` processed tiles and the tiles as cut from ``base``.
        numbers: tile numbers of the stacks (default: all, processing order). Tiles not listed
            count as unchanged.
        seams: optional accumulator (``mode="parallel"``, see :mod:`hextile.geometry.seams`); the
            merge adds ``Σ w|Δ|²`` to it in the same loop (at the seam grid's pixels) and leaves the
            weighted variance of the tiles' changes in it.

    Returns:
        ``(C, H, W)`` new panorama, clamped to ``[0, 1]``.
    """
    _check_pano(base)
    nums = _numbers(template, numbers)
    if tiles_out.shape != tiles_in.shape or tiles_out.shape[0] != len(nums):
        raise ValueError(
            f"tile stacks {tuple(tiles_out.shape)} / {tuple(tiles_in.shape)} do not match {len(nums)} tiles"
        )
    h, w = base.shape[-2:]
    if not _use_cv2(base):
        return _merge_flat(base, tiles_out, tiles_in, template, nums, seams)
    plan = merge_plan(template, h, w, tiles_out.shape[-1], base.device)
    out = channels_last_like(base)
    # scratch buffers reused for every tile (no page faults per tile on large renders)
    c, s = tiles_out.shape[1], tiles_out.shape[-1]
    delta = empty_channels_last(c, s, s, dtype=base.dtype, device=base.device)
    largest = max(
        (plan.footprints[n - 1].y1 - plan.footprints[n - 1].y0) * plan.footprints[n - 1].w for n in nums
    )
    scratch = torch.empty(c * largest, dtype=base.dtype, device=base.device)
    grid = grid_weights(template, h, w, tiles_out.shape[-1], base.device) if seams is not None else []
    for i, n in enumerate(nums):
        torch.sub(tiles_out[i].to(base.dtype), tiles_in[i].to(base.dtype), out=delta)
        fp = plan.footprints[n - 1]
        sampled = _sample_delta(delta, fp, scratch)
        add_region_(out, fp.y0, fp.y1, fp.x0, fp.w, sampled, fp.weight)
        if seams is not None:
            seams.add_parallel(sampled, fp, grid[n - 1])
    if seams is not None:
        seams.finish_parallel(out, base)
    return out.clamp_(0.0, 1.0)


def _merge_flat(
    base: torch.Tensor,
    tiles_out: torch.Tensor,
    tiles_in: torch.Tensor,
    template: Template,
    nums: list[int],
    seams: SeamAccumulator | None = None,
) -> torch.Tensor:
    """GPU merge: every tile's change sampled by one ``grid_sample`` and added by one ``index_add_``."""
    c, s = tiles_out.shape[1], tiles_out.shape[-1]
    h, w = base.shape[-2:]
    flat = flat_merge_plan(template, h, w, s, base.device)
    deltas = torch.zeros((template.count, c, s, s), dtype=base.dtype, device=base.device)
    idx = torch.tensor([n - 1 for n in nums], device=base.device)
    deltas[idx] = tiles_out.to(base.dtype) - tiles_in.to(base.dtype)
    out = base.clone().contiguous()
    for level, (grid, index, weight) in flat.groups.items():
        d = deltas if level == 0 else F.avg_pool2d(deltas, 2**level, 2**level, ceil_mode=True)
        stacked = d.transpose(0, 1).reshape(1, c, -1, d.shape[-1])  # tiles stacked vertically
        vals = F.grid_sample(
            stacked, grid.to(base.dtype), mode="bilinear", padding_mode="zeros", align_corners=False
        )
        v = vals[0, :, 0, :]
        wt = weight.to(base.dtype)
        out.view(c, -1).index_add_(1, index, v * wt)
        if seams is not None:
            pick, grid_index = grid_selection(template, h, w, s, base.device)[level]
            seams.add_flat(v[:, pick], wt[pick], grid_index)
    if seams is not None:
        seams.finish_parallel(out, base)
    return out.clamp_(0.0, 1.0)


def merge_tile_(
    pano: torch.Tensor,
    delta: torch.Tensor,
    number: int,
    template: Template,
    coverage: torch.Tensor | None = None,
    seams: SeamAccumulator | None = None,
) -> None:
    """Blend one tile's change into ``pano`` in place with the tile's own feather (sequential mode).

    Args:
        pano: ``(C, H, W)`` float panorama (may be a view, e.g. :func:`interior` of a padded buffer).
        delta: ``(C, S, S)`` the tile's change (``out − in``).
        coverage: optional ``(1, H, W)`` map of how finished each pixel is. Without it the change is
            added with the tile's feather ``f``. With it the tile continues finished work: the
            change is added with weight ``a = f · (1 − c)`` — what earlier tiles finished is kept,
            masked exactly where it lies in the panorama — and the coverage becomes ``c + a``.
        seams: optional accumulator (``mode="sequential"``, needs ``coverage``) that receives, per
            seam-grid pixel, ``c·a/(c + a)² · |Δ|²`` with ``Δ`` the same sampled change.
    """
    h, w = pano.shape[-2:]
    plan = merge_plan(template, h, w, delta.shape[-1], pano.device)
    fp = plan.footprints[number - 1]
    sampled = _sample_delta(delta.to(pano.dtype), fp)
    if coverage is None:
        if seams is not None:
            raise ValueError("a sequential seam accumulator needs the coverage map")
        add_region_(pano, fp.y0, fp.y1, fp.x0, fp.w, sampled, fp.feather)
        clamp_region_(pano, fp.y0, fp.y1, fp.x0, fp.w)
        return
    cov = region(coverage, fp.y0, fp.y1, fp.x0, fp.w)
    a = torch.rsub(cov, 1.0).mul_(fp.feather)  # the tile's effective weight = the coverage increment
    add_region_(pano, fp.y0, fp.y1, fp.x0, fp.w, sampled, a)
    clamp_region_(pano, fp.y0, fp.y1, fp.x0, fp.w)
    if seams is not None:
        seams.add_sequential(sampled, cov, a, fp)
    add_region_(coverage, fp.y0, fp.y1, fp.x0, fp.w, a)


__all__ = ["PAD", "extract_tiles", "merge_tile_", "merge_tiles"]
