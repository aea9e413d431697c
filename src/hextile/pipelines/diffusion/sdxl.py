"""Stable Diffusion XL (``sdxl``): UNet, two CLIP text encoders, pooled embeddings."""

from __future__ import annotations

from typing import Any

import torch

from hextile.errors import PipelineError
from hextile.pipelines.diffusion.catalog import DiffusionOptions
from hextile.pipelines.diffusion.family import FamilyOps


class SDXLOps(FamilyOps):
    family = "sdxl"
    denoiser_attr = "unet"
    align = 8
    negative = True

    def model_kind(self, base: Any) -> str:
        ch = base.unet.config.in_channels
        if ch == 9:
            return "inpaint"
        if ch == 4:
            return "base"
        raise PipelineError(f"an SDXL UNet with {ch} input channels is not supported (expected 4 or 9)")

    def pipeline_class(self, kind: str, mode: str, controlnet: bool) -> str:
        if mode == "inpaint":
            return (
                "StableDiffusionXLControlNetInpaintPipeline"
                if controlnet
                else "StableDiffusionXLInpaintPipeline"
            )
        return (
            "StableDiffusionXLControlNetImg2ImgPipeline" if controlnet else "StableDiffusionXLImg2ImgPipeline"
        )

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
        pe, npe, ppe, nppe = pipe.encode_prompt(
            prompt=prompt,
            prompt_2=None,
            device=pipe._execution_device,
            num_images_per_prompt=1,
            do_classifier_free_guidance=cfg,
            negative_prompt=negative or None,
        )
        out = {"prompt_embeds": pe, "pooled_prompt_embeds": ppe}
        if cfg:
            out.update(negative_prompt_embeds=npe, negative_pooled_prompt_embeds=nppe)
        return out
