"""Engine benchmark: a 2-pass Hextile_44_4K render with ``passthrough`` vs the bare geometry.

Run: ``.venv/bin/python bench/engine.py [--tile-size 1024] [--device cpu]``

Each variant runs in a fresh subprocess so its peak memory (max RSS) is its own:

* ``geometry``   — for each of the 2 passes: extract all 44 tiles + merge them back (the least any
  tiled render must do);
* ``render-parallel`` / ``render-sequential`` — the real engine: config, render folder,
  manifest, progress events, background writer, pass panoramas, preview and final image
  (``--save-tiles`` also writes the 176 tile PNGs).

Prints seconds, peak RSS and the ratio render ÷ geometry. Goals: ratio ≤ 1.5, peak ≤ 3 GB.
"""

from __future__ import annotations

import argparse
import json
import resource
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
        mode = variant.split("-")[1]
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
        render(cfg, path, tmp / "out", options=RenderOptions(device=device, save_tiles=save_tiles))
        elapsed = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
    print(json.dumps({"variant": variant, "seconds": elapsed, "peak_gb": rss}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tile-size", type=int, default=1024)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--save-tiles", action="store_true")
    ap.add_argument("--child")
    a = ap.parse_args()
    if a.child:
        child(a.child, a.tile_size, a.device, a.save_tiles)
        return
    results = {}
    for variant in ("geometry", "render-parallel", "render-sequential"):
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
        if a.save_tiles:
            cmd.append("--save-tiles")
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        results[variant] = json.loads(out.stdout.strip().splitlines()[-1])
    geo = results["geometry"]["seconds"]
    print(
        f"# 2-pass Hextile_44_4K passthrough, tiles {a.tile_size}², device {a.device}, "
        f"tiles saved: {a.save_tiles}"
    )
    print("| variant | seconds | peak RSS | ÷ geometry |\n|---|---|---|---|")
    for v, r in results.items():
        print(f"| {v} | {r['seconds']:.2f} | {r['peak_gb']:.2f} GB | {r['seconds'] / geo:.2f}× |")


if __name__ == "__main__":
    main()
