"""Batched sequential mode: waves per template, and the speed-up on the CPU with tiny diffusion models.

Run from the repository root: ``PYTHONPATH=src:. .venv/bin/python bench/waves.py [--repeats 2]``

* waves: how many waves (batches) a sequential pass of each built-in template takes at
  ``batch_size`` 1, 2, 4 and 8 (:func:`hextile.engine.waves.plan_waves`);
* speed: a sequential pass of a 44-tile template (512×256 panorama, 64² tiles) with the tiny
  random-weight SD 1.5 inpainting pipeline of tests/tiny_models.py, ``batch_size`` 1 vs 4, same
  run, one torch thread; prints seconds and the ratio. (The GPU projection for SDXL at 1024² is in
  scripts/gpu_check.py.)
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path


def waves_table() -> None:
    from hextile.engine.waves import plan_waves
    from hextile.geometry import builtin_names, get_template

    print("| template | tiles | waves at batch 1 | 2 | 4 | 8 | sizes at 4 |\n|---|---|---|---|---|---|---|")
    for name in builtin_names():
        t = get_template(name)
        counts = [len(plan_waves(t, list(t.order), b)) for b in (1, 2, 4, 8)]
        sizes = [len(w) for w in plan_waves(t, list(t.order), 4)]
        print(f"| {name} | {t.count} | " + " | ".join(map(str, counts)) + f" | {sizes} |")


def speed(repeats: int) -> None:
    import torch
    from tests.helpers import textured_panorama
    from tests.tiny_models import build_tiny

    from hextile.config import load_config
    from hextile.engine import RenderOptions, render
    from hextile.imageio import write_image

    torch.set_num_threads(1)
    tmp = Path(tempfile.mkdtemp(prefix="hextile-waves-"))
    model = build_tiny("sd15", tmp / "models")
    tpl = tmp / "t44.json"
    tpl.write_text(json.dumps({"name": "Small_44", "tiles": 44, "width": 512, "tile_size": 64}))
    src = tmp / "pano.png"
    write_image(src, textured_panorama(512, seed=3))
    opts = RenderOptions(device="cpu", save_tiles=False, seam_score=False)

    def run(batch: int) -> float:
        cfg = load_config(
            {
                "pipeline": "sd15",
                "mode": "sequential",
                "hextile": {"template": str(tpl)},
                "prompt": {"global": "a castle"},
                "diffusion": {
                    "model": str(model),
                    "seed": 1,
                    "num_inference_steps": 8,
                    "strength": 0.5,
                    "batch_size": batch,
                },
            }
        )
        start = time.perf_counter()
        render(cfg, src, tmp / "out", options=opts)
        return time.perf_counter() - start

    run(1)  # load and warm up
    ones, fours = [], []
    for _ in range(repeats):
        ones.append(run(1))
        fours.append(run(4))
    a, b = statistics.median(ones), statistics.median(fours)
    print("\n# sequential pass, 44 tiles of 64², tiny SD 1.5 inpaint, 4 steps per tile, CPU, 1 thread")
    print(f"| batch_size | seconds |\n|---|---|\n| 1 | {a:.2f} |\n| 4 (waves) | {b:.2f} |")
    print(f"speed-up: {a / b:.2f}×")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=2)
    a = ap.parse_args()
    waves_table()
    speed(a.repeats)


if __name__ == "__main__":
    main()
