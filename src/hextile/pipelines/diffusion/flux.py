"""FLUX.1 (``flux``): schnell / dev (img2img, inpaint, ControlNet) and Fill dev (FluxFillPipeline).

No negative prompt and no classifier-free guidance: ``guidance_scale`` is the distilled guidance
the dev models embed (schnell ignores it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import torch

from hextile.errors import PipelineError
from hextile.pipelines.diffusion.catalog import DiffusionOptions
from hextile.pipelines.diffusion.family import FamilyOps

if TYPE_CHECKING:
    from hextile.pipelines.diffusion import controlnet as cn


class FluxOps(FamilyOps):
    family = "flux"
    denoiser_attr = "transformer"
    align = 16  # VAE factor 8 × 2×2 latent packing
    negative = False
    flow = True

    def model_kind(self, base: Any) -> str:
        ch = base.transformer.config.in_channels
        latent = base.vae.config.latent_channels
        factor = 2 ** (len(base.vae.config.block_out_channels) - 1)
        if ch == 4 * latent:
            return "base"
        if ch == 8 * latent + 4 * factor * factor:
            return "fill"
        if ch == 8 * latent:
            raise PipelineError(
                "FLUX.1 Canny/Depth (control) models are not supported",
                "Use FLUX.1 dev or schnell with a ControlNet unit instead",
            )
        raise PipelineError(f"a FLUX transformer with {ch} input channels is not supported")

    def pipeline_class(self, kind: str, mode: str, controlnet: bool) -> str:
        if kind == "fill":
            if controlnet:
                raise PipelineError("ControlNet does not work with FLUX.1 Fill", "Use FLUX.1 dev/schnell")
            return "FluxFillPipeline"
        if mode == "inpaint":
            return "FluxControlNetInpaintPipeline" if controlnet else "FluxInpaintPipeline"
        return "FluxControlNetImg2ImgPipeline" if controlnet else "FluxImg2ImgPipeline"

    def do_cfg(self, guidance: float, base: Any) -> bool:
        return False

    def _max_len(self, opts: DiffusionOptions, defaults: dict[str, Any]) -> int:
        return int(opts.max_sequence_length or defaults.get("max_sequence_length", 512))

    def encode(
        self,
        pipe: Any,
        prompt: str,
        negative: str,
        cfg: bool,
        opts: DiffusionOptions,
        defaults: dict[str, Any],
    ) -> dict[str, torch.Tensor]:
        pe, ppe, _ids = pipe.encode_prompt(
            prompt=prompt,
            prompt_2=None,
            device=pipe._execution_device,
            num_images_per_prompt=1,
            max_sequence_length=self._max_len(opts, defaults),
        )
        return {"prompt_embeds": pe, "pooled_prompt_embeds": ppe}

    def call_kwargs(
        self, guidance: float, opts: DiffusionOptions, defaults: dict[str, Any]
    ) -> dict[str, Any]:
        return {"guidance_scale": guidance, "max_sequence_length": self._max_len(opts, defaults)}

    def control_image(self, img: torch.Tensor, plan: cn.UnitPlan) -> torch.Tensor:
        return img * 2 - 1  # FLUX ControlNet pipelines take tensors as they are: normalise like images

    def control_kwargs(self, n_units: int) -> dict[str, Any]:
        # Multi-ControlNet zips the units with their (union) modes: plain ControlNets get none.
        return {"control_mode": [None] * n_units} if n_units > 1 else {}
