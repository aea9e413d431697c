"""Run-time options of a render that are not part of the config (machine, not look)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import torch

from hextile.errors import HextileError

if TYPE_CHECKING:
    from hextile.engine.passes import TileExecutor


@dataclass
class RenderOptions:
    """How to run a render on this machine.

    Attributes:
        device: ``"auto"`` (CUDA when available, else CPU), ``"cpu"``, ``"cuda"``, ``"cuda:1"``…
        save_tiles: write every pass's ``tiles/`` and ``tiles_diffused/`` (off saves time and disk).
        preview_interval_s: how often ``preview.jpg`` is refreshed during a pass.
        preview_width: width of ``preview.jpg``.
        interpolation: ``"bilinear"`` or ``"bicubic"`` for cutting tiles.
        memory_budget_gb: model cache budget (``None``: 90 % of free GPU memory / half the RAM).
        tile_executor: runs parallel-mode tile batches elsewhere (``hextile render --ray``).
        max_pixels: largest input image in pixels, checked from its header before decoding
            (``None``: ``$HEXTILE_MAX_PIXELS``, else 16384×8192).
        seam_score: measure each pass's seam score and write its heat-map (docs/seams.md); off
            only for benchmarks that compare against the merge alone.
    """

    device: str = "auto"
    save_tiles: bool = True
    preview_interval_s: float = 2.0
    preview_width: int = 2048
    interpolation: str = "bilinear"
    memory_budget_gb: float | None = None
    tile_executor: TileExecutor | None = None
    max_pixels: int | None = None
    seam_score: bool = True

    def torch_device(self) -> torch.device:
        if self.device == "auto":
            return torch.device("cuda" if torch.cuda.is_available() else "cpu")
        try:
            dev = torch.device(self.device)
        except RuntimeError:
            raise HextileError(f"unknown device '{self.device}'", "use auto, cpu, cuda or cuda:N") from None
        if dev.type == "cuda" and not torch.cuda.is_available():
            raise HextileError("CUDA was requested but no CUDA GPU is available", "use --device cpu")
        return dev
