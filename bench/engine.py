"""Engine benchmark: a 2-pass Hextile_44_4K render with ``passthrough`` vs the bare geometry.

Run: ``.venv/bin/python bench/engine.py [--tile-size 1024] [--device cpu] [--runs 1]``

Each variant runs in a fresh subprocess so its peak memory (max RSS) is its own:

* ``geometry``   — for each of the 2 passes: extract all 44 tiles + merge them back (the least any
  tiled render must do);
* ``render-parallel`` / ``render-sequential`` — the real engine: config, render folder,
  manifest, progress events, background writer, pass panoramas, preview and final image;
* ``… +tiles`` — the same with every tile saved (2 × 44 × 2 = 176 PNGs).

Seam scoring is off (it is an extra measurement, not part of the pass). Prints the median
seconds, peak RSS and the ratio render ÷ geometry. Goals: ≤ 1.3× without tiles, ≤ 2× with.
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def child(variant: str, tile: int, device: str, save_tiles: bool) -> None:
    import torch

    from hextile.geometry import extract_tiles, get_template, merge_tiles
    from hextile.imageio import write_image
    from hextile.scene import demo_panorama

    tmp = Path(tempfile.mkdtemp(prefix="hextile-bench-"))
    pano = demo_panorama(4096)
    t = get_template("Hextile_44_4K")
    if variant == "geometry":
        start = time.perf_counter()
        cur = pano.to(device)
        for _ in range(2):
            tiles = extract_tiles(cur, t, tile)
            cur = merge_tiles(cur, tiles.clone(), tiles, t)
        if device.startswith("cuda"):
            torch.cuda.synchronize()
        elapsed = time.perf_counter() - start
    else:
        from hextile.config import load_config
        from hextile.engine import RenderOptions, render

        path = tmp / "pano.png"
        write_image(path, pano)
        mode = variant.split("-")[1].split("+")[0]
        cfg = load_config(
            {
                "pipeline": "opencv",
                "mode": mode,
                "hextile": {"template": "Hextile_44_4K", "tile_input_width": tile},
                "diffusion": {"model": "passthrough", "seed": 1},
                "passes": [{"name": "one"}, {"name": "two"}],
            }
        )
        start = time.perf_counter()
        opts = RenderOptions(device=device, save_tiles=save_tiles, seam_score=False)
        render(cfg, path, tmp / "out", options=opts)
        elapsed = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    print(json.dumps({"variant": variant, "seconds": elapsed, "peak_gb": rss}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tile-size", type=int, default=1024)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--runs", type=int, default=1, help="runs per variant (the median is shown)")
    ap.add_argument("--child")
    a = ap.parse_args()
    if a.child:
        child(a.child.split("+")[0], a.tile_size, a.device, a.child.endswith("+tiles"))
        return
    results: dict[str, list[dict]] = {}
    variants = (
        "geometry",
        "render-parallel",
        "render-sequential",
        "render-parallel+tiles",
        "render-sequential+tiles",
    )
    for _ in range(a.runs):
        for variant in variants:
            cmd = [
                sys.executable,
                __file__,
                "--child",
                variant,
                "--tile-size",
                str(a.tile_size),
                "--device",
                a.device,
            ]
            out = subprocess.run(cmd, capture_output=True, text=True, check=True)
            results.setdefault(variant, []).append(json.loads(out.stdout.strip().splitlines()[-1]))
    median = {v: statistics.median(r["seconds"] for r in rs) for v, rs in results.items()}
    geo = median["geometry"]
    print(f"# 2-pass Hextile_44_4K passthrough, tiles {a.tile_size}², device {a.device}, median of {a.runs}")
    print("| variant | seconds | peak RSS | ÷ geometry |\n|---|---|---|---|")
    for v, rs in results.items():
        peak = max(r["peak_gb"] for r in rs)
        print(f"| {v} | {median[v]:.2f} | {peak:.2f} GB | {median[v] / geo:.2f}× |")


if __name__ == "__main__":
    main()
