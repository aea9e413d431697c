"""Running one pass: cut tiles, send them through the pass's pipeline, blend them back.

``sequential`` mode processes tiles one at a time in the template's order (or in waves of tiles
that do not overlap, one batch per wave); each tile is cut from the panorama as it stands after the
tiles before it, and the part of the tile that earlier tiles already finished is kept (``keep``
mask: 1 = finished). ``parallel`` mode cuts every tile from
the pass input, processes them in batches and blends them all at once with normalised weights.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Protocol

import torch
import torch.nn.functional as F

from hextile.cancel import CancelToken
from hextile.config.models import PassSettings
from hextile.engine.prompts import tile_prompt
from hextile.engine.seeds import tile_seed
from hextile.geometry import (
    extract_tiles,
    interior,
    merge_tile_,
    merge_tiles,
    pad_equirect,
    refresh_padding_,
    resize_equirect,
)
from hextile.geometry.projection import empty_channels_last
from hextile.geometry.seams import SeamAccumulator
from hextile.geometry.templates import Template
from hextile.pipelines.base import TilePipeline, TileRequest


@dataclass
class PassPlanSizes:
    """The geometry of one pass: which template, which sizes, which tiles."""

    template: Template
    width: int  # output panorama width (height = width / 2)
    tile_in: int
    tile_out: int
    numbers: list[int]  # tiles to process, in processing order
    # hextile.rotation applied to the layout: yaw/pitch/roll in degrees (+ the "auto" clearance)
    rotation: dict[str, float] | None = None


TileCallback = Callable[[str, int, int, torch.Tensor | None, torch.Tensor | None], None]
"""``on_tile(phase, tile_number, index, tile_in, tile_out)`` with phase ``"start"`` or ``"end"``."""


def _fit(tile: torch.Tensor, size: int) -> torch.Tensor:
    if tile.shape[-1] == size and tile.shape[-2] == size:
        return tile
    return F.interpolate(tile, size=(size, size), mode="bicubic", antialias=True, align_corners=False).clamp(
        0, 1
    )


def _request(
    settings: PassSettings,
    template: Template,
    numbers: list[int],
    tiles: torch.Tensor,
    keep: torch.Tensor | None,
    seed: int,
) -> TileRequest:
    ts = [template.tile(n) for n in numbers]
    return TileRequest(
        tiles=tiles,
        keep=keep,
        tile_numbers=list(numbers),
        seeds=[tile_seed(seed, n) for n in numbers],
        prompts=[tile_prompt(settings, t) for t in ts],
        negative_prompts=[settings.prompt.negative for _ in ts],
    )


class TileExecutor(Protocol):
    """Runs a parallel pass's tile batches elsewhere (e.g. Ray actors, ``hextile.batch.ray_exec``);
    yields ``(batch index, tiles out)`` as batches finish, in any order. The engine merges."""

    def map(
        self, settings: PassSettings, requests: list[TileRequest], cancel: CancelToken
    ) -> Iterator[tuple[int, torch.Tensor]]: ...


StepHandler = Callable[[int, int, int], None]
"""``on_step(step, steps, tiles)``: one denoising step done on a batch of ``tiles`` tiles."""


def _per_batch(on_step: StepHandler, tiles: int) -> Callable[[int, int], None]:
    return lambda step, steps: on_step(step, steps, tiles)


def quantise16(pano: torch.Tensor) -> torch.Tensor:
    """Snap to the 16-bit grid: what is handed on equals what ``pass_k/panorama.png`` stores."""
    return (pano.clamp(0, 1) * 65535).round_().div_(65535)


def run_sequential(
    pano: torch.Tensor,
    settings: PassSettings,
    plan: PassPlanSizes,
    pipeline: TilePipeline,
    seed: int,
    cancel: CancelToken,
    on_step: StepHandler,
    on_tile: TileCallback,
    mode: str = "bilinear",
    on_progress: Callable[[torch.Tensor], None] | None = None,
    seams: SeamAccumulator | None = None,
    batch_size: int = 1,
    executor: TileExecutor | None = None,
) -> torch.Tensor:
    """Sequential pass over ``pano (3, H, W)`` (already at the pass's size). Returns the new panorama.

    Tiles go in waves of at most ``batch_size`` tiles that do not overlap
    (:func:`hextile.engine.waves.plan_waves`; ``batch_size = 1``: one tile at a time, in the
    template's order). A wave is cut from the panorama as it stands after the earlier waves, sent
    as one batch, and merged tile by tile — the same result as processing its tiles one after the
    other, because they cannot see each other's pixels.

    ``seams`` (``mode="sequential"``) receives each tile's disagreement with the finished content
    it continues, accumulated by the merge (see :func:`hextile.geometry.merge_tile_`).
    ``executor`` spreads the tiles of each wave (one request per tile) and the engine merges them.
    """
    from hextile.engine.waves import plan_waves

    t = plan.template
    buf = pad_equirect(pano)  # working panorama, padded so tiles never copy it
    cov_buf = pad_equirect(torch.zeros((1, *pano.shape[-2:]), dtype=pano.dtype, device=pano.device))
    index = 0
    delta: torch.Tensor | None = None
    for wave in plan_waves(t, plan.numbers, batch_size):
        cancel.raise_if_cancelled()
        tiles_in = extract_tiles(interior(buf), t, plan.tile_in, wave, mode=mode, padded=buf)
        keep = extract_tiles(interior(cov_buf), t, plan.tile_in, wave, padded=cov_buf).clamp_(0, 1)
        for k, n in enumerate(wave):
            on_tile("start", n, index + k + 1, tiles_in[k], None)
        request = _request(settings, t, wave, tiles_in, keep, seed)
        if executor is None:
            out = _fit(pipeline.process(request, _per_batch(on_step, len(wave)), cancel), plan.tile_out)
        else:
            out = _fit(_spread_wave(executor, settings, request, cancel, on_step, pipeline), plan.tile_out)
        refs = tiles_in
        if plan.tile_out != plan.tile_in:
            refs = extract_tiles(interior(buf), t, plan.tile_out, wave, mode=mode, padded=buf)
        for k, n in enumerate(wave):
            # the change; the merge keeps what earlier tiles finished (masked by the coverage).
            # One channels-last buffer for every tile: OpenCV samples it in place, no fresh memory.
            if delta is None or delta.shape != refs.shape[1:]:
                delta = empty_channels_last(*refs.shape[1:], dtype=pano.dtype, device=pano.device)
            torch.sub(out[k].to(pano.dtype), refs[k], out=delta)
            merge_tile_(interior(buf), delta, n, t, coverage=interior(cov_buf), seams=seams)
        refresh_padding_(buf)
        refresh_padding_(cov_buf)
        for k, n in enumerate(wave):
            on_tile("end", n, index + k + 1, tiles_in[k], out[k])
        index += len(wave)
        if on_progress is not None:
            on_progress(interior(buf))
    return interior(buf).clone()


def _spread_wave(
    executor: TileExecutor,
    settings: PassSettings,
    request: TileRequest,
    cancel: CancelToken,
    on_step: StepHandler,
    pipeline: TilePipeline,
) -> torch.Tensor:
    """A wave's tiles, one request each, through ``executor``; results in the wave's order."""
    parts = [
        TileRequest(
            tiles=request.tiles[k : k + 1],
            keep=None if request.keep is None else request.keep[k : k + 1],
            tile_numbers=request.tile_numbers[k : k + 1],
            seeds=request.seeds[k : k + 1],
            prompts=request.prompts[k : k + 1],
            negative_prompts=request.negative_prompts[k : k + 1],
        )
        for k in range(len(request.tile_numbers))
    ]
    outs: list[torch.Tensor | None] = [None] * len(parts)
    steps = pipeline.effective_steps()
    for k, out in executor.map(settings, parts, cancel):
        outs[k] = out.to(request.tiles.device)
        for step in range(1, steps + 1):
            on_step(step, steps, 1)
    return torch.cat([o for o in outs if o is not None])


def run_parallel(
    pano: torch.Tensor,
    settings: PassSettings,
    plan: PassPlanSizes,
    pipeline: TilePipeline,
    seed: int,
    cancel: CancelToken,
    on_step: StepHandler,
    on_tile: TileCallback,
    batch_size: int,
    mode: str = "bilinear",
    base: torch.Tensor | None = None,
    seams: SeamAccumulator | None = None,
    executor: TileExecutor | None = None,
) -> torch.Tensor:
    """Parallel pass: all tiles from ``pano``, processed in batches, blended at once.

    ``base`` (default ``pano``) is the panorama the changes are blended onto — for upscaling passes
    it is ``pano`` resized to the output size. ``executor`` processes the batches elsewhere.
    """
    t = plan.template
    base = pano if base is None else base
    tiles_in = extract_tiles(pano, t, plan.tile_in, plan.numbers, mode=mode)
    refs = (
        tiles_in
        if (plan.tile_out == plan.tile_in and base is pano)
        else extract_tiles(base, t, plan.tile_out, plan.numbers, mode=mode)
    )
    outs = torch.empty_like(refs)
    done = 0
    if executor is not None:
        starts = list(range(0, len(plan.numbers), batch_size))
        requests = [
            _request(settings, t, plan.numbers[s : s + batch_size], tiles_in[s : s + batch_size], None, seed)
            for s in starts
        ]
        steps = pipeline.effective_steps()
        for j, out in executor.map(settings, requests, cancel):
            s, nums = starts[j], requests[j].tile_numbers
            out = _fit(out.to(outs.device), plan.tile_out)
            outs[s : s + len(nums)] = out.to(outs.dtype)
            for k, n in enumerate(nums):
                on_tile("start", n, s + k + 1, tiles_in[s + k], None)
            for step in range(1, steps + 1):
                on_step(step, steps, len(nums))
            for k, n in enumerate(nums):
                on_tile("end", n, s + k + 1, tiles_in[s + k], out[k])
        return merge_tiles(base, outs, refs, t, plan.numbers, seams=seams)
    for start in range(0, len(plan.numbers), batch_size):
        cancel.raise_if_cancelled()
        nums = plan.numbers[start : start + batch_size]
        batch = tiles_in[start : start + len(nums)]
        for j, n in enumerate(nums):
            on_tile("start", n, done + j + 1, batch[j], None)
        request = _request(settings, t, nums, batch, None, seed)
        out = _fit(pipeline.process(request, _per_batch(on_step, len(nums)), cancel), plan.tile_out)
        outs[start : start + len(nums)] = out.to(outs.dtype)
        for j, n in enumerate(nums):
            on_tile("end", n, done + j + 1, batch[j], out[j])
        done += len(nums)
    return merge_tiles(base, outs, refs, t, plan.numbers, seams=seams)


def resize_for_pass(pano: torch.Tensor, width: int) -> torch.Tensor:
    """The pass input at the pass's panorama size (on the device; no-op when it already fits)."""
    return resize_equirect(pano, width, width // 2)
