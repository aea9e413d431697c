"""Throughput of the background writer: ``python -m hextile.output.bench [--device cuda] [--out DIR]``.

Writes five 4096×2048 16-bit PNG panoramas, 44 1024×1024 8-bit PNG tiles and five JPEG previews
of a photo-like synthetic image (smooth structure plus fine grain, so PNG compression works about
as hard as on a real render), and prints what the caller waited in ``submit`` and what the
worker spent per image.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import torch

from .writer import BackgroundWriter


def sample_image(height: int = 2048, width: int = 4096, device: str = "cpu") -> torch.Tensor:
    """A deterministic photo-like RGB image, (3, H, W) float32 in [0, 1]."""
    g = torch.Generator().manual_seed(0)
    coarse = torch.rand(1, 3, height // 32, width // 32, generator=g)
    base = torch.nn.functional.interpolate(coarse, size=(height, width), mode="bicubic", align_corners=False)[
        0
    ]
    mid = torch.rand(1, 3, height // 4, width // 4, generator=g)
    detail = torch.nn.functional.interpolate(mid, size=(height, width), mode="bilinear", align_corners=False)[
        0
    ]
    grain = torch.randn(3, height, width, generator=g)
    img = 0.75 * base + 0.2 * detail + 0.01 * grain
    return img.clamp_(0.0, 1.0).contiguous().to(device)


def _line(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def run(device: str = "cpu", out: Path | None = None, fsync: bool = True) -> None:
    folder = Path(out) if out is not None else Path(tempfile.mkdtemp(prefix="hextile-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    img = sample_image(device=device)
    tile = img[:, :1024, :1024].contiguous()
    if device.startswith("cuda"):
        torch.cuda.synchronize()
    _line(f"device={device} torch_threads={torch.get_num_threads()} fsync={fsync} folder={folder}")

    cases: list[tuple[str, Any, torch.Tensor, int, dict[str, Any]]] = [
        ("png16 4096x2048 panorama", "png16", img, 5, {}),
        ("png8 1024x1024 tile", "png8", tile, 44, {}),
        ("jpeg preview 4096x2048 -> 2048 wide", "jpeg", img, 5, {"max_width": 2048}),
    ]
    for label, kind, image, count, extra in cases:
        with BackgroundWriter(root=folder, fsync=fsync) as w:
            t0 = time.perf_counter()
            submit_max = 0.0
            for i in range(count):
                s0 = time.perf_counter()
                w.submit(
                    folder / f"{kind}_{i}.{'jpg' if kind == 'jpeg' else 'png'}", image, kind=kind, **extra
                )
                submit_max = max(submit_max, time.perf_counter() - s0)
            submitted = time.perf_counter() - t0
            w.flush()
            wall = time.perf_counter() - t0
            s = w.stats
        _line(
            f"{label} x{count}: caller blocked {submitted * 1e3:.1f} ms in total "
            f"(max {submit_max * 1e3:.2f} ms/submit); wall {wall:.2f} s; per image "
            f"{s.seconds / s.images * 1e3:.0f} ms (encode {s.encode_seconds / s.images * 1e3:.0f}, "
            f"write {s.write_seconds / s.images * 1e3:.0f}); {s.bytes / s.images / 1e6:.2f} MB/image; "
            f"{s.bytes / 1e6 / wall:.0f} MB/s"
        )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--no-fsync", action="store_true")
    args = parser.parse_args(argv)
    run(args.device, args.out, fsync=not args.no_fsync)


if __name__ == "__main__":
    main()
