"""What differs between diffusion families: the :class:`FamilyOps` hooks the shared tile pipeline
(:mod:`.common`) calls. Each family module (:mod:`.sd1`, :mod:`.sdxl`, :mod:`.sd3`, :mod:`.flux`)
subclasses it; :mod:`.families` maps family names to them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import torch

from hextile.pipelines.diffusion.catalog import DiffusionOptions
from hextile.pipelines.diffusion.sampling import StepPlan

if TYPE_CHECKING:
    from hextile.pipelines.diffusion import controlnet as cn


class FamilyOps:
    """What differs between families. Subclasses live in ``sd1.py``, ``sdxl.py``, ``sd3.py``, ``flux.py``."""

    family = ""
    denoiser_attr = "unet"
    align = 8  # tile sizes are rounded up to this multiple for diffusion
    negative = True
    flow = False  # flow-matching (SD3 / FLUX): strength rounds the other way in diffusers

    def model_kind(self, base: Any) -> str:
        """``"inpaint"`` (model made for inpainting), ``"base"`` or ``"fill"``; raise when unsupported."""
        raise NotImplementedError

    def pipeline_class(self, kind: str, mode: str, controlnet: bool) -> str:
        """The diffusers class name for (model kind, ``"inpaint"``/``"img2img"``, with ControlNet)."""
        raise NotImplementedError

    def do_cfg(self, guidance: float, base: Any) -> bool:
        return guidance > 1.0

    def encode(
        self,
        pipe: Any,
        prompt: str,
        negative: str,
        cfg: bool,
        opts: DiffusionOptions,
        defaults: dict[str, Any],
    ) -> dict[str, torch.Tensor]:
        raise NotImplementedError

    def call_kwargs(
        self, guidance: float, opts: DiffusionOptions, defaults: dict[str, Any]
    ) -> dict[str, Any]:
        return {"guidance_scale": guidance}

    def strength_arg(self, plan: StepPlan) -> float:
        """The ``strength`` to give diffusers so that it runs exactly ``plan.effective`` steps."""
        if plan.effective >= plan.steps:
            return 1.0
        if self.flow:  # diffusers: steps = n - int(n - n·s)
            return (plan.effective - 0.5) / plan.steps
        return (plan.effective + 0.5) / plan.steps  # diffusers: steps = int(n·s)

    def control_image(self, img: torch.Tensor, plan: cn.UnitPlan) -> torch.Tensor:
        """A ``[0, 1]`` control image as the family's ControlNet pipeline takes a tensor."""
        return img

    def control_kwargs(self, n_units: int) -> dict[str, Any]:
        """Extra call arguments for ``n_units`` ControlNets."""
        return {}

    def own_decode(self, mode: str, controlnet: bool) -> bool:
        """True where the diffusers pipeline decodes wrongly and :meth:`decode` does it instead."""
        return False

    def decode(self, pipe: Any, latents: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError

    def uses_custom_run(self, mode: str, controlnet: bool) -> bool:
        """True where diffusers has no pipeline for the case and :meth:`run_custom` drives one."""
        return False

    def run_custom(self, plan: StepPlan, pipe: Any, kwargs: dict[str, Any]) -> torch.Tensor:
        raise NotImplementedError
