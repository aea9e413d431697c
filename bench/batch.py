"""Batch benchmark: items per minute locally vs on Ray with 2 actors; model loads per worker.

Run: ``.venv/bin/python bench/batch.py [--items 8] [--workers 2] [--tile-size 512]``

1. Throughput — ``--items`` different 2048×1024 panoramas, one ``stylize`` pass on
   ``Hextile_20_2K`` with 512-px tiles (a CPU pipeline, no weights):
   * ``local``  — ``hextile batch`` without Ray (one process, items one after the other), with
     torch's default thread count and with 1 thread (on a loaded machine OpenMP threads spin);
   * ``ray``    — ``hextile batch --ray auto``: a local Ray cluster, ``--workers`` actors.
   Cluster start-up is timed apart from the batch. Both batches must give byte-identical images.
2. Model loads — 4 items with the tiny random-weight SD 1.5 pipeline (tests/tiny_models.py, built
   locally, no download) over 2 Ray actors: models loaded per worker with the long-lived per-worker
   cache, against one load per item when every render makes its own cache (the baseline).

Prints items/minute, the ratio ray ÷ local, and loads per worker vs per item.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_inputs(folder: Path, n: int, width: int) -> list[Path]:
    import torch

    from hextile.imageio import write_image
    from hextile.scene import demo_panorama

    folder.mkdir(parents=True, exist_ok=True)
    base = demo_panorama(width)
    paths = []
    for i in range(n):  # the same scene turned by i/n of a revolution: different images, same work
        p = folder / f"room{i:02d}.png"
        write_image(p, torch.roll(base, shifts=i * width // n, dims=-1))
        paths.append(p)
    return paths


def finals(out: Path) -> dict[str, bytes]:
    data = json.loads((out / "batch.json").read_text())
    return {Path(i["key"]).name: (out / i["final_image"]).read_bytes() for i in data["items"]}


def throughput(args: argparse.Namespace, tmp: Path) -> None:
    import cv2
    import ray
    import torch

    from hextile.batch import BatchOptions, run_batch
    from hextile.batch.ray_exec import RayExecutor, WorkerPool, connect

    inputs = make_inputs(tmp / "in", args.items, 2048)
    cfg = {
        "pipeline": "opencv",
        "mode": args.mode,
        "hextile": {"template": "Hextile_20_2K", "tile_input_width": args.tile_size},
        "diffusion": {"model": "stylize", "seed": 1, "strength": 0.8},
    }
    opts = BatchOptions(save_tiles=False)
    threads = torch.get_num_threads()
    t_local = {}
    for label, n_threads in ((f"local, {threads} threads", threads), ("local, 1 thread", 1)):
        torch.set_num_threads(n_threads)  # a busy machine punishes OpenMP's spinning threads
        cv2.setNumThreads(n_threads)
        t0 = time.perf_counter()
        local = run_batch(inputs, cfg, tmp / f"local-{n_threads}", options=opts)
        t_local[label] = time.perf_counter() - t0
        assert local.ok, local.failed
    torch.set_num_threads(threads)
    cv2.setNumThreads(threads)

    t0 = time.perf_counter()
    connect("auto")
    pool = WorkerPool(args.workers, device="cpu")
    pool.infos()  # actors are up
    t_start = time.perf_counter() - t0
    try:
        t0 = time.perf_counter()
        dist = run_batch(inputs, cfg, tmp / "ray", options=opts, executor=RayExecutor(pool))
        t_ray = time.perf_counter() - t0
    finally:
        pool.close()
        ray.shutdown()
    assert dist.ok, dist.failed
    same = finals(tmp / f"local-{threads}") == finals(tmp / "ray") == finals(tmp / "local-1")
    n = args.items
    print(f"{n} panoramas 2048x1024, Hextile_20_2K, tile {args.tile_size}, stylize, {args.mode} mode")
    for label, t in t_local.items():
        print(f"  {label:<18} {t:7.1f} s  {60 * n / t:6.1f} items/min")
    best = min(t_local.values())
    label = f"ray, {pool.count} actors"
    print(
        f"  {label:<18} {t_ray:7.1f} s  {60 * n / t_ray:6.1f} items/min"
        f"   (+ {t_start:.1f} s cluster and actor start-up)"
    )
    print(
        f"  ratio ray / best local: {best / t_ray:.2f}x items/min;"
        f" with start-up {best / (t_ray + t_start):.2f}x"
    )
    print(f"  images identical to the local batch: {'yes' if same else 'NO'}")


def model_loads(args: argparse.Namespace, tmp: Path) -> None:
    import ray

    sys.path.insert(0, str(ROOT))
    from tests.tiny_models import build_tiny

    from hextile.batch import run_batch
    from hextile.batch.ray_exec import RayExecutor, WorkerPool, connect
    from hextile.engine import RenderOptions, render

    model = build_tiny("sd15", tmp / "tiny")
    inputs = make_inputs(tmp / "in-small", 4, 128)
    tpl = tmp / "t6.json"
    tpl.write_text(json.dumps({"name": "T6", "tiles": 6, "width": 128, "tile_size": 32, "margin_deg": 8}))
    cfg = {
        "pipeline": "sd15",
        "mode": "parallel",
        "hextile": {"template": str(tpl)},
        "diffusion": {"model": str(model), "seed": 3, "strength": 0.5, "num_inference_steps": 2},
        "options": {"dtype": "fp32"},
    }
    baseline = sum(
        render(cfg, p, tmp / "per-item", options=RenderOptions(device="cpu", save_tiles=False)).model_loads
        for p in inputs
    )
    connect("auto")
    pool = WorkerPool(2, device="cpu")
    try:
        summary = run_batch(inputs, cfg, tmp / "loads", executor=RayExecutor(pool))
        per_worker = dict(summary.model_loads)
    finally:
        pool.close()
        ray.shutdown()
    assert summary.ok, summary.failed
    data = json.loads((tmp / "loads" / "batch.json").read_text())
    items_per_worker: dict[str, int] = {}
    for i in data["items"]:
        items_per_worker[i["worker"]] = items_per_worker.get(i["worker"], 0) + 1
    total = sum(per_worker.values())
    print(f"model loads, tiny SD 1.5, {len(inputs)} items over {len(per_worker)} Ray actors:")
    for w, n in sorted(per_worker.items()):
        print(f"  {w}: {n} load(s) for {items_per_worker.get(w, 0)} item(s)")
    ratio = baseline / max(total, 1)
    print(f"  total {total} vs {baseline} with a cache per render ({ratio:.1f}x fewer loads)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--items", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--tile-size", type=int, default=512)
    ap.add_argument("--mode", default="sequential", choices=["sequential", "parallel"])
    ap.add_argument("--skip-loads", action="store_true", help="only the throughput part")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="hextile-bench-batch-") as d:
        throughput(args, Path(d))
        if not args.skip_loads:
            model_loads(args, Path(d))


if __name__ == "__main__":
    main()
