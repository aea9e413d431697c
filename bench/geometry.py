"""Geometry benchmark: extract and merge every tile of each template, ours vs py360convert / pyequilib.

Run: ``.venv/bin/python bench/geometry.py [--templates Hextile_44_4K] [--tile-size 1024] [--device cpu]``

Prints, per template, the time to extract all tiles (cold = first call, building the cached grids;
warm = second call) with our code and with two py360convert 1.0.4 baselines over the same tiles:

- ``e2p``: ``py360convert.e2p`` called per tile, as users call it. It builds the tile's sampling
  maps on every call: its sampler cache (``lru_cache``) holds 8 samplers, fewer than a template's
  tiles, so a loop over 20-44 tiles never hits it. This is the cost of the library as shipped.
- ``prebuilt``: the same ``EquirecSampler`` objects ``e2p`` uses, built once before timing and then
  applied to the panorama (what ``e2p`` does after its map building). This compares sampling with
  sampling, like our warm run, and is the fair speed comparison.

It also prints the time to merge all tiles back with our code, and ``pyequilib.pers2equi`` looped
as a merge baseline (it has no blending weights; we time it only). Ratios are baseline ÷ ours.
"""

from __future__ import annotations

import argparse
import functools
import math
import platform
import time

import numpy as np
import torch

from hextile.geometry import clear_grid_cache, extract_tiles, get_template, merge_tiles
from hextile.scene import demo_panorama


def timed(fn, sync=None):
    if sync:
        sync()
    t = time.perf_counter()
    out = fn()
    if sync:
        sync()
    return out, time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--templates", nargs="*", default=["Hextile_20_2K", "Hextile_32_3K", "Hextile_44_4K"])
    ap.add_argument("--tile-size", type=int, default=1024)
    ap.add_argument("--device", default="cpu")
    ap.add_argument(
        "--baseline-tiles",
        type=int,
        default=0,
        help="time py360convert on only this many tiles and scale up (0 = all tiles)",
    )
    args = ap.parse_args()
    dev = torch.device(args.device)
    sync = torch.cuda.synchronize if dev.type == "cuda" else None
    print(
        f"# hextile geometry benchmark — {platform.processor() or platform.machine()}, "
        f"{torch.get_num_threads()} torch threads, device {dev}, tile {args.tile_size}²"
    )
    header = (
        "template",
        "input",
        "ours cold",
        "ours warm",
        "py360convert e2p",
        "py360convert prebuilt",
        "warm vs e2p",
        "warm vs prebuilt",
        "cold vs e2p",
        "merge cold",
        "merge warm",
        "pyequilib merge",
        "ratio",
    )
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for name in args.templates:
        t = get_template(name)
        pano_f = demo_panorama(t.width)
        for label in ("uint8", "float32"):
            clear_grid_cache()
            if label == "uint8":
                pano = (pano_f * 255).round().to(torch.uint8)
                if dev.type != "cpu":
                    continue  # the GPU path runs on float tensors
            else:
                pano = pano_f.to(dev)
            tiles, cold = timed(functools.partial(extract_tiles, pano, t, args.tile_size), sync)
            _, warm = timed(functools.partial(extract_tiles, pano, t, args.tile_size), sync)
            baseline = _py360(pano_f, t, args.tile_size, label, args.baseline_tiles)
            prebuilt = _py360_prebuilt(pano_f, t, args.tile_size, label, args.baseline_tiles)
            merge_cold = merge_warm = eq = float("nan")
            if label == "float32":
                tf = tiles.float()
                changed = (tf * 0.9 + 0.05).clamp(0, 1)
                _, merge_cold = timed(functools.partial(merge_tiles, pano, changed, tf, t), sync)
                _, merge_warm = timed(functools.partial(merge_tiles, pano, changed, tf, t), sync)
                eq = _pyequilib(changed.cpu(), t, args.tile_size, pano_f.shape[-2:])
            cells = [
                name,
                label,
                f"{cold:.3f} s",
                f"{warm:.3f} s",
                f"{baseline:.2f} s",
                f"{prebuilt:.2f} s",
                f"{baseline / warm:.1f}×",
                f"{prebuilt / warm:.1f}×",
                f"{baseline / cold:.1f}×",
                f"{merge_cold:.3f} s",
                f"{merge_warm:.3f} s",
                f"{eq:.2f} s",
                f"{eq / merge_warm:.1f}×",
            ]
            print("| " + " | ".join(cells) + " |")


def _py360(pano: torch.Tensor, t, size: int, label: str, limit: int) -> float:
    import py360convert

    img = pano.permute(1, 2, 0).numpy()
    img = (img * 255).round().astype(np.uint8) if label == "uint8" else np.ascontiguousarray(img)
    tiles = t.tiles[:limit] if limit else t.tiles
    start = time.perf_counter()
    for x in tiles:
        py360convert.e2p(img, x.fov_deg, x.yaw_deg, x.pitch_deg, (size, size), mode="bilinear")
    return (time.perf_counter() - start) * t.count / len(tiles)


def _py360_prebuilt(pano: torch.Tensor, t, size: int, label: str, limit: int) -> float:
    """py360convert's own samplers, built before timing (exactly the arguments ``e2p`` passes)."""
    from py360convert.utils import EquirecSampler, mode_to_order

    img = pano.permute(1, 2, 0).numpy()
    img = (img * 255).round().astype(np.uint8) if label == "uint8" else np.ascontiguousarray(img)
    h, w = img.shape[:2]
    tiles = t.tiles[:limit] if limit else t.tiles
    samplers = []
    for x in tiles:
        fov = math.radians(x.fov_deg)
        samplers.append(
            EquirecSampler.from_perspective(
                fov,
                fov,
                -math.radians(x.yaw_deg),
                math.radians(x.pitch_deg),
                0.0,
                h,
                w,
                size,
                size,
                mode_to_order("bilinear"),
            )
        )
    start = time.perf_counter()
    for sampler in samplers:
        np.stack([sampler(img[..., c]) for c in range(img.shape[2])], axis=-1)
    return (time.perf_counter() - start) * t.count / len(tiles)


def _pyequilib(tiles: torch.Tensor, t, size: int, hw) -> float:
    try:
        from equilib import pers2equi
    except ImportError:
        return float("nan")
    h, w = hw
    start = time.perf_counter()
    acc = torch.zeros(3, h, w)
    for i, x in enumerate(t.tiles):
        rots = {"roll": 0.0, "pitch": math.radians(-x.pitch_deg), "yaw": math.radians(-x.yaw_deg)}
        acc += pers2equi(tiles[i], rots=rots, height=h, width=w, fov_x=x.fov_deg)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
