"""One prepared GPU check for a lent CUDA machine; prints a short table (a few minutes at most).

Run there with the package on the path, e.g.::

    PYTHONPATH=src:. python3 scripts/gpu_check.py

Rows:
1. geometry — Hextile_44_4K, 1024² tiles: extract all 44 tiles + merge them back on CUDA, cold and
   warm, and the same on the CPU of that machine (goal: extract + merge ≤ 10 ms warm on an H100).
2. hand-off — a 2-pass render on CUDA with tiny random-weight SDXL and SD3 pipelines: counts the
   device→host copies made by the render thread between the first pass's start and the last
   pass's end (torch profiler). The background writer's copies run in its own thread and are
   reported apart. Goal: no image-sized copy in the render thread.
3. SDXL — a full-size SDXL inpaint UNet (random weights, the real architecture and compute) and
   the SDXL VAE in fp16: time per 1024² tile at 20 steps × strength 0.45 (= 9 steps, with CFG),
   one tile per call and 4 tiles per call, and the projected time of a Hextile_44_4K pass.
   Goal: ≤ 45 s per pass on one H100. The same measurements (1-4 tiles per call) project a
   *sequential* Hextile_44_4K pass one tile per call and in waves of non-overlapping tiles
   (``batch_size`` 4, :mod:`hextile.engine.waves`).
"""

from __future__ import annotations

import json
import sys
import tempfile
import threading
import time
from pathlib import Path

import torch

ROWS: list[tuple[str, str, str]] = []


def row(check: str, result: str, goal: str = "") -> None:
    ROWS.append((check, result, goal))
    print(f"  {check}: {result} {('(goal: ' + goal + ')') if goal else ''}", flush=True)


def cuda_time(fn, repeat: int = 1) -> float:
    torch.cuda.synchronize()
    t = time.perf_counter()
    for _ in range(repeat):
        fn()
    torch.cuda.synchronize()
    return (time.perf_counter() - t) / repeat


def check_geometry() -> None:
    from hextile.geometry import clear_grid_cache, extract_tiles, get_template, merge_tiles
    from hextile.scene import demo_panorama

    t = get_template("Hextile_44_4K")
    pano_cpu = demo_panorama(4096)
    for dev in ("cuda", "cpu"):
        clear_grid_cache()
        pano = pano_cpu.to(dev)
        sync = torch.cuda.synchronize if dev == "cuda" else (lambda: None)
        sync()
        t0 = time.perf_counter()
        tiles = extract_tiles(pano, t, 1024)
        out = merge_tiles(pano, tiles * 0.9 + 0.05, tiles, t)
        sync()
        cold = time.perf_counter() - t0
        reps = 10 if dev == "cuda" else 1
        sync()
        t0 = time.perf_counter()
        for _ in range(reps):
            tiles = extract_tiles(pano, t, 1024)
        sync()
        ext = (time.perf_counter() - t0) / reps
        changed = tiles * 0.9 + 0.05
        t0 = time.perf_counter()
        for _ in range(reps):
            out = merge_tiles(pano, changed, tiles, t)
        sync()
        mer = (time.perf_counter() - t0) / reps
        del out
        row(
            f"geometry 44_4K on {dev}",
            f"extract {ext * 1000:.1f} ms + merge {mer * 1000:.1f} ms = "
            f"{(ext + mer) * 1000:.1f} ms warm; {cold:.2f} s cold (grids built)",
            "≤ 10 ms warm on an H100" if dev == "cuda" else "",
        )


def check_handoff() -> None:
    from tests.tiny_models import build_tiny

    from hextile.config import load_config
    from hextile.engine import RenderOptions, render
    from hextile.imageio import write_image
    from hextile.scene import demo_panorama

    root = Path(tempfile.mkdtemp(prefix="hextile-gpu-"))
    sdxl, sd3 = build_tiny("sdxl", root), build_tiny("sd35", root)
    (root / "t.json").write_text(json.dumps({"tiles": 12, "width": 512, "tile_size": 128}))
    pano_path = root / "pano.png"
    write_image(pano_path, demo_panorama(512))
    cfg = load_config(
        {
            "hextile": {"template": str(root / "t.json")},
            "prompt": {"global": "a castle"},
            "diffusion": {"seed": 1, "num_inference_steps": 4, "strength": 0.5},
            "passes": [
                {"pipeline": "sdxl", "diffusion": {"model": str(sdxl)}},
                {"pipeline": "sd35", "diffusion": {"model": str(sd3)}, "mode": "parallel"},
            ],
        }
    )
    main_tid = threading.get_native_id()
    prof = torch.profiler.profile(
        activities=[torch.profiler.ProfilerActivity.CPU, torch.profiler.ProfilerActivity.CUDA]
    )
    state = {"on": False}

    def on_event(ev) -> None:
        if ev.kind == "pass.start" and ev.pass_index == 0 and not state["on"]:
            prof.start()
            state["on"] = True
        elif ev.kind == "pass.end" and ev.pass_index == 1 and state["on"]:
            torch.cuda.synchronize()
            prof.stop()
            state["on"] = False

    t0 = time.perf_counter()
    res = render(cfg, pano_path, root / "renders", options=RenderOptions(device="cuda"), on_event=on_event)
    elapsed = time.perf_counter() - t0
    big_main = small_main = other = 0
    for ev in prof.events():
        for k in getattr(ev, "kernels", []) or []:
            if "DtoH" not in k.name and "Device -> Pageable" not in k.name:
                continue
            if ev.thread == main_tid:
                nbytes = 0
                for s in ev.input_shapes or []:
                    if s:
                        n = 1
                        for d in s:
                            n *= d
                        nbytes = max(nbytes, n * 4)
                if nbytes > 65536:
                    big_main += 1
                else:
                    small_main += 1
            else:
                other += 1
    row("2-pass render (tiny SDXL → tiny SD3) on CUDA", f"{res.status} in {elapsed:.1f} s")
    row(
        "device→host copies in the render thread",
        f"{big_main} image-sized, {small_main} scalar syncs",
        "0 image-sized",
    )
    row("device→host copies in other threads (background writer)", str(other))


def check_sdxl() -> None:
    from diffusers import AutoencoderKL, UNet2DConditionModel

    dev, dt = torch.device("cuda"), torch.float16
    unet_cfg = {
        "sample_size": 128,
        "in_channels": 9,
        "out_channels": 4,
        "layers_per_block": 2,
        "block_out_channels": (320, 640, 1280),
        "down_block_types": ("DownBlock2D", "CrossAttnDownBlock2D", "CrossAttnDownBlock2D"),
        "up_block_types": ("CrossAttnUpBlock2D", "CrossAttnUpBlock2D", "UpBlock2D"),
        "transformer_layers_per_block": (1, 2, 10),
        "attention_head_dim": (5, 10, 20),
        "cross_attention_dim": 2048,
        "use_linear_projection": True,
        "addition_embed_type": "text_time",
        "addition_time_embed_dim": 256,
        "projection_class_embeddings_input_dim": 2816,
    }
    with torch.device(dev):
        unet = UNet2DConditionModel(**unet_cfg).to(dt).eval()
        vae = (
            AutoencoderKL(
                in_channels=3,
                out_channels=3,
                latent_channels=4,
                block_out_channels=(128, 256, 512, 512),
                down_block_types=("DownEncoderBlock2D",) * 4,
                up_block_types=("UpDecoderBlock2D",) * 4,
                layers_per_block=2,
                sample_size=1024,
            )
            .to(dt)
            .eval()
        )
    params = sum(p.numel() for p in unet.parameters()) / 1e9
    steps = int(20 * 0.45)

    def unet_step(tiles: int) -> None:
        b = 2 * tiles  # classifier-free guidance
        x = torch.randn(b, 9, 128, 128, device=dev, dtype=dt)
        enc = torch.randn(b, 77, 2048, device=dev, dtype=dt)
        added = {
            "text_embeds": torch.randn(b, 1280, device=dev, dtype=dt),
            "time_ids": torch.randn(b, 6, device=dev, dtype=dt),
        }
        with torch.inference_mode():
            unet(x, 500, encoder_hidden_states=enc, added_cond_kwargs=added)

    def vae_roundtrip(tiles: int) -> None:
        img = torch.randn(tiles, 3, 1024, 1024, device=dev, dtype=dt)
        with torch.inference_mode():
            lat = vae.encode(img).latent_dist.sample()
            vae.decode(lat)

    for warm in (1, 4):
        unet_step(warm)
        vae_roundtrip(warm)
    results = {}
    for tiles in (1, 2, 3, 4):
        t_unet = cuda_time(lambda tiles=tiles: unet_step(tiles), repeat=3)
        t_vae = cuda_time(lambda tiles=tiles: vae_roundtrip(tiles), repeat=2)
        per_tile = (steps * t_unet + t_vae) / tiles
        results[tiles] = per_tile
        row(
            f"SDXL UNet {params:.2f}B params fp16, {tiles} tile(s)/call",
            f"{t_unet * 1000:.0f} ms/step, VAE enc+dec {t_vae * 1000:.0f} ms → "
            f"{per_tile:.2f} s per 1024² tile ({steps} steps, CFG)",
        )
    best = min(results.values())
    row(
        "projected Hextile_44_4K SDXL pass",
        f"{44 * best:.1f} s (44 tiles × {best:.2f} s)",
        "≤ 45 s on one H100",
    )
    # sequential mode: one tile per call, or waves of non-overlapping tiles (batch_size 4)
    from hextile.engine.waves import plan_waves
    from hextile.geometry import get_template

    t44 = get_template("Hextile_44_4K")
    waves = plan_waves(t44, list(t44.order), 4)
    one = 44 * results[1]
    batched = sum(len(w) * results[len(w)] for w in waves)
    row(
        "projected Hextile_44_4K SDXL sequential pass",
        f"one tile per call {one:.1f} s; waves (batch_size 4: {len(waves)} waves, sizes "
        f"{[len(w) for w in waves]}) {batched:.1f} s → {one / batched:.2f}× faster",
        "waves faster than one tile per call",
    )


def main() -> int:
    if not torch.cuda.is_available():
        print("no CUDA device: this script is for a lent GPU machine")
        return 1
    print(f"# hextile gpu_check — {torch.cuda.get_device_name(0)}, torch {torch.__version__}", flush=True)
    for check in (check_geometry, check_handoff, check_sdxl):
        try:
            check()
        except Exception as exc:  # report and go on: one broken row must not hide the others
            row(check.__name__, f"FAILED: {type(exc).__name__}: {exc}")
    print("\n| check | result | goal |\n|---|---|---|")
    for c, r, g in ROWS:
        print(f"| {c} | {r} | {g} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
