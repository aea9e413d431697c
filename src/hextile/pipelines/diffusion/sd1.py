"""Stable Diffusion 1.x and 2.x (``sd15``, ``sd21``): UNet, one CLIP text encoder."""

from __future__ import annotations

from typing import Any

import torch

from hextile.errors import PipelineError
from hextile.pipelines.diffusion.catalog import DiffusionOptions
from hextile.pipelines.diffusion.family import FamilyOps


class SD1Ops(FamilyOps):
    denoiser_attr = "unet"
    align = 8
    negative = True

    def __init__(self, family: str = "sd15") -> None:
        self.family = family

    def model_kind(self, base: Any) -> str:
        ch = base.unet.config.in_channels
        if ch == 9:
            return "inpaint"
        if ch == 4:
            return "base"
        raise PipelineError(f"a UNet with {ch} input channels is not supported (expected 4 or 9)")

    def pipeline_class(self, kind: str, mode: str, controlnet: bool) -> str:
        if mode == "inpaint":
            return (
                "StableDiffusionControlNetInpaintPipeline" if controlnet else "StableDiffusionInpaintPipeline"
            )
        return "StableDiffusionControlNetImg2ImgPipeline" if controlnet else "StableDiffusionImg2ImgPipeline"

    def do_cfg(self, guidance: float, base: Any) -> bool:
        return guidance > 1.0 and base.unet.config.get("time_cond_proj_dim") is None

    def encode(
        self,
        pipe: Any,
        prompt: str,
        negative: str,
        cfg: bool,
        opts: DiffusionOptions,
        defaults: dict[str, Any],
    ) -> dict[str, torch.Tensor]:
        pe, npe = pipe.encode_prompt(prompt, pipe._execution_device, 1, cfg, negative_prompt=negative or None)
        out = {"prompt_embeds": pe}
        if cfg:
            out["negative_prompt_embeds"] = npe
        return out
