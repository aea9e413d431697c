"""Seam-score benchmark: what measuring seams costs, and what the score says about real pipelines.

Run: ``.venv/bin/python bench/seams.py [cost|calibrate|rotation|all] [--width 4096] [--tile-size 1024]``

* ``cost``: the 2-pass ``Hextile_44_4K`` passthrough render of bench/engine.py (parallel and
  sequential), with the seam score on and off, in the same run; prints the ratio (goal ≤ 1.10).
* ``calibrate``: one pass of each CPU model on the demo panorama (a detailed synthetic photo made
  by our own code), parallel and sequential, ``jitter`` at several amounts; prints the scores.
* ``rotation``: the boundary clearance of the spec's template chains with and without
  ``rotation: "auto"``, and a 2-pass render (``jitter`` then ``smooth``) with and without it.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any


def _render(
    cfg: dict, path: Path, out: Path, seam_score: bool = True, cpu: bool = False
) -> tuple[float, dict, Path]:
    """Render; returns (seconds, passes.json, render folder). ``cpu``: CPU seconds of the process
    (all threads) — steadier than wall time on a shared machine."""
    from hextile.config import load_config
    from hextile.engine import RenderOptions, render

    start = time.process_time() if cpu else time.perf_counter()
    r = render(
        load_config(cfg),
        path,
        out,
        options=RenderOptions(device="cpu", save_tiles=False, seam_score=seam_score),
    )
    elapsed = (time.process_time() if cpu else time.perf_counter()) - start
    return elapsed, json.loads((r.render_dir / "passes.json").read_text()), r.render_dir


def cost(width: int, tile: int, repeats: int) -> None:
    from hextile.imageio import write_image
    from hextile.scene import demo_panorama

    tmp = Path(tempfile.mkdtemp(prefix="hextile-seams-"))
    path = tmp / "pano.png"
    write_image(path, demo_panorama(width))
    print(f"# seam-score cost: 2-pass Hextile_44_4K passthrough at {width} px, tiles {tile}², CPU")
    print("CPU seconds of the process (all threads), off/on interleaved; best and median of the repeats")
    print("| mode | seams off (s) | seams on (s) | on ÷ off (best) | on ÷ off (median) |")
    print("|---|---|---|---|---|")
    for mode in ("parallel", "sequential"):
        cfg = {
            "pipeline": "opencv",
            "mode": mode,
            "hextile": {"template": "Hextile_44_4K", "tile_input_width": tile},
            "diffusion": {"model": "passthrough", "seed": 1},
            "passes": [{"name": "one"}, {"name": "two"}],
        }
        _render(cfg, path, tmp / "warm", True)  # grids and plans cached, as in a long-lived process
        off, on = [], []
        for _ in range(repeats):  # interleaved, so machine load hits both alike
            off.append(_render(cfg, path, tmp / "off", False, cpu=True)[0])
            on.append(_render(cfg, path, tmp / "on", True, cpu=True)[0])
        a, b = min(off), min(on)
        med = statistics.median(on) / statistics.median(off)
        print(f"| {mode} | {a:.2f} | {b:.2f} | {b / a:.3f} | {med:.3f} |")


def calibrate(width: int, tile: int) -> None:
    from hextile.imageio import write_image
    from hextile.scene import demo_panorama

    tmp = Path(tempfile.mkdtemp(prefix="hextile-seams-"))
    path = tmp / "pano.png"
    write_image(path, demo_panorama(width))
    models = [
        ("passthrough", {}),
        ("smooth", {}),
        ("detail", {}),
        ("grade", {}),
        ("oil", {}),
        ("posterize", {}),
        ("stylize", {}),
        ("pencil", {}),
        ("jitter", {"amount": 0.1}),
        ("jitter", {"amount": 0.25}),
        ("jitter", {"amount": 0.5}),
        ("jitter", {"amount": 1.0}),
    ]
    print(
        f"# seam score (8-bit levels, RMS over the overlaps) — demo panorama {width} px, Hextile_20_2K, "
        f"tiles {tile}², strength 1"
    )
    print("| model | options | parallel score | parallel p99 | sequential score | sequential p99 |")
    print("|---|---|---|---|---|---|")
    for model, opts in models:
        row = []
        for mode in ("parallel", "sequential"):
            cfg = {
                "pipeline": "opencv",
                "mode": mode,
                "hextile": {"template": "Hextile_20_2K", "tile_input_width": tile},
                "diffusion": {"model": model, "seed": 7, "strength": 1.0},
                "options": opts,
            }
            _, m, _ = _render(cfg, path, tmp / "cal")
            s = m["passes"][0]["seams"]
            row += [f"{s['score']:.2f}", f"{s['p99']:.2f}"]
        print(f"| {model} | {json.dumps(opts) if opts else ''} | " + " | ".join(row) + " |")


def rotation(width: int, tile: int) -> None:
    from hextile.geometry import get_template
    from hextile.geometry.rotation import auto_rotation, clearance, rotate_template
    from hextile.imageio import write_image
    from hextile.scene import demo_panorama

    print("# boundary clearance J (0-1, higher = old seams further from new blend bands)")
    print("| chain | step | J without rotation | J with auto | auto rotation (yaw, pitch, roll) |")
    print("|---|---|---|---|---|")
    for chain in (
        ("Hextile_20_2K", "Hextile_44_4K"),
        ("Hextile_44_4K", "Hextile_44_4K"),
        ("Hextile_20_2K", "Hextile_32_3K", "Hextile_44_4K"),
    ):
        prev_plain = prev_auto = get_template(chain[0])
        for name in chain[1:]:
            cur = get_template(name)
            j0 = clearance(prev_plain, cur)[0]
            a = auto_rotation(prev_auto, cur)
            print(
                f"| {' → '.join(n.split('_')[1] for n in chain)} | {prev_plain.name[8:]} → {name[8:]} | "
                f"{j0:.3f} | {a.clearance:.3f} | {a.yaw:.1f}, {a.pitch:.1f}, {a.roll:.1f} |"
            )
            prev_plain, prev_auto = cur, rotate_template(cur, a.yaw, a.pitch, a.roll)
    tmp = Path(tempfile.mkdtemp(prefix="hextile-seams-"))
    path = tmp / "pano.png"
    write_image(path, demo_panorama(width))
    print(f"\n# 2-pass renders on the demo panorama ({width} px, tiles {tile}²): jitter 0.6, then pass 2")
    print("final-image seams: RMS and p99 of |∇(F − R)| (8-bit levels per pixel, cos-latitude weights),")
    print("F the final image, R the same chain with jitter 0 (no disagreement);")
    print("Δ none: RMS of F − F(no rotation) in 8-bit levels")
    print("| chain | mode | pass 2 | rotation | pass 1 score | pass 2 score | final seams | p99 | Δ none |")
    print("|---|---|---|---|---|---|---|---|---|")
    chains = (
        ("Hextile_20_2K", "Hextile_20_2K"),
        ("Hextile_44_4K", "Hextile_44_4K"),
        ("Hextile_20_2K", "Hextile_44_4K"),
    )
    cases = [(chain, "smooth") for chain in chains] + [(("Hextile_44_4K", "Hextile_44_4K"), "jitter")]
    for chain, second in cases:
        for mode in ("parallel", "sequential"):
            plain = None
            for rot in (None, "auto"):
                final, scores = _two_pass(path, tmp, tile, chain, mode, rot, 0.6, second)
                reference, _ = _two_pass(path, tmp, tile, chain, mode, rot, 0.0, second)
                g_rms, g_p99 = _gradient_stats(final - reference)
                plain = final if plain is None else plain
                diff = 255 * float((final - plain).square().mean().sqrt())
                print(
                    f"| {chain[0][8:]} → {chain[1][8:]} | {mode} | {second} | {rot or 'none'} | "
                    f"{scores[0]:.2f} | {scores[1]:.3f} | {g_rms:.3f} | {g_p99:.3f} | {diff:.2f} |"
                )


def _two_pass(
    path: Path,
    tmp: Path,
    tile: int,
    chain: tuple[str, str],
    mode: str,
    rot: str | None,
    amount: float,
    second: str,
) -> tuple[Any, list[float]]:
    """Jitter at ``amount``, then ``second`` on the second template rotated by ``rot`` (a second
    jitter runs at 0.6, or at 0 for the reference chain). Returns the final panorama and the two
    passes' scores."""
    from hextile.imageio import read_image

    opts = {"amount": 0.6 if amount > 0 else 0.0} if second == "jitter" else {}
    cfg = {
        "pipeline": "opencv",
        "mode": mode,
        "hextile": {"tile_input_width": tile},
        "diffusion": {"seed": 5, "strength": 1.0},
        "passes": [
            {
                "name": "jitter",
                "hextile": {"template": chain[0]},
                "diffusion": {"model": "jitter"},
                "options": {"amount": amount},
            },
            {
                "name": second,
                "hextile": {"template": chain[1], "rotation": rot},
                "diffusion": {"model": second, "seed": 9},
                "options": opts,
            },
        ],
    }
    _, m, rdir = _render(cfg, path, tmp / "rot")
    final = read_image(rdir / "pass_1" / "panorama.png")[0].float()
    return final, [p["seams"]["score"] for p in m["passes"]]


def _gradient_stats(error: Any) -> tuple[float, float]:
    """Solid-angle-weighted RMS and p99 of ``|∇ error|`` (RMS over channels) in 8-bit levels per pixel."""
    import math

    import numpy as np
    import torch

    h, w = error.shape[-2:]
    gx = torch.roll(error, -1, -1) - error
    gy = torch.zeros_like(error)
    gy[:, :-1] = error[:, 1:] - error[:, :-1]
    g = ((gx.square() + gy.square()).sum(0) / error.shape[0]).sqrt().mul(255).flatten().numpy()
    cos = torch.cos((0.5 - (torch.arange(h, dtype=torch.float64) + 0.5) / h) * math.pi)
    wts = cos[:, None].expand(h, w).flatten().numpy()
    rms = math.sqrt(float((wts * g * g).sum() / wts.sum()))
    order = np.argsort(g)
    cum = np.cumsum(wts[order])
    return rms, float(g[order][np.searchsorted(cum, 0.99 * cum[-1])])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("what", nargs="?", default="all", choices=["cost", "calibrate", "rotation", "all"])
    ap.add_argument("--width", type=int, default=None)
    ap.add_argument("--tile-size", type=int, default=None)
    ap.add_argument("--repeats", type=int, default=5)
    a = ap.parse_args()
    if a.what in ("cost", "all"):
        cost(a.width or 4096, a.tile_size or 1024, a.repeats)
    if a.what in ("calibrate", "all"):
        calibrate(a.width or 2048, a.tile_size or 512)
    if a.what in ("rotation", "all"):
        rotation(a.width or 1024, a.tile_size or 256)


if __name__ == "__main__":
    main()
