"""Stable Diffusion 3.5 (``sd35``): MMDiT transformer, two CLIPs and T5, flow matching.

diffusers has no img2img/inpaint pipeline with a plain SD3 ControlNet, so with ControlNet the
text-to-image ControlNet pipeline is driven here through its own ``sigmas=`` and ``latents=``
arguments: the tile is encoded and noised to the sigma where ``strength`` starts, the rest of the
schedule is passed as ``sigmas``, and (inpainting) the kept area is blended back after every step,
as ``StableDiffusion3InpaintPipeline`` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import torch
import torch.nn.functional as F

from hextile.errors import PipelineError
from hextile.pipelines.diffusion.catalog import DiffusionOptions
from hextile.pipelines.diffusion.family import FamilyOps
from hextile.pipelines.diffusion.sampling import StepPlan

if TYPE_CHECKING:
    from hextile.pipelines.diffusion import controlnet as cn


class SD3Ops(FamilyOps):
    family = "sd35"
    denoiser_attr = "transformer"
    align = 16  # VAE factor 8 × patch size 2
    negative = True
    flow = True

    def model_kind(self, base: Any) -> str:
        ch = base.transformer.config.in_channels
        latent = base.vae.config.latent_channels
        if ch == latent:
            return "base"
        if ch == 2 * latent + 1:
            return "inpaint"
        raise PipelineError(f"an SD 3 transformer with {ch} input channels is not supported")

    def pipeline_class(self, kind: str, mode: str, controlnet: bool) -> str:
        if controlnet:
            return "StableDiffusion3ControlNetPipeline"
        return "StableDiffusion3InpaintPipeline" if mode == "inpaint" else "StableDiffusion3Img2ImgPipeline"

    def uses_custom_run(self, mode: str, controlnet: bool) -> bool:
        return controlnet

    def own_decode(self, mode: str, controlnet: bool) -> bool:
        # StableDiffusion3InpaintPipeline (diffusers 0.42) decodes without the VAE shift factor
        # (huggingface/diffusers#13611): take its latents and decode them like the other SD3 pipelines.
        return mode == "inpaint" and not controlnet

    def decode(self, pipe: Any, latents: torch.Tensor) -> torch.Tensor:
        vae = pipe.vae
        with torch.no_grad():
            z = latents / vae.config.scaling_factor + vae.config.shift_factor
            image = vae.decode(z.to(vae.dtype), return_dict=False)[0]
        return pipe.image_processor.postprocess(image, output_type="pt")

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
            prompt_3=None,
            device=pipe._execution_device,
            num_images_per_prompt=1,
            do_classifier_free_guidance=cfg,
            negative_prompt=negative or None,
            max_sequence_length=opts.max_sequence_length or int(defaults.get("max_sequence_length", 256)),
        )
        out = {"prompt_embeds": pe, "pooled_prompt_embeds": ppe}
        if cfg:
            out.update(negative_prompt_embeds=npe, negative_pooled_prompt_embeds=nppe)
        return out

    def control_image(self, img: torch.Tensor, plan: cn.UnitPlan) -> torch.Tensor:
        if plan.entry is not None and plan.entry.sd35_canny_scaling:
            return img * 255 * 0.5 + 0.5  # what SD 3.5 Large canny was trained on (diffusers PR #10020)
        return img * 2 - 1  # the ControlNet pipeline takes tensors as they are: normalise like images

    def run_custom(self, plan: StepPlan, pipe: Any, kwargs: dict[str, Any]) -> torch.Tensor:
        from diffusers.utils.torch_utils import randn_tensor

        image = kwargs.pop("image")
        mask = kwargs.pop("mask_image", None)
        kwargs.pop("strength", None)
        n, t_start = plan.steps, plan.steps - plan.effective
        vae = pipe.vae
        device = image.device
        with torch.no_grad():
            x0 = vae.encode((image.float() * 2 - 1).to(device, vae.dtype)).latent_dist.mode()
            x0 = (x0 - vae.config.shift_factor) * vae.config.scaling_factor
        sched = pipe.scheduler
        tail = tail_sigmas(sched, n, t_start)
        sched.set_timesteps(sigmas=tail, device=device)  # what the pipeline will set from `sigmas=`
        # in the latents' dtype, as FlowMatchEulerDiscreteScheduler.scale_noise does
        sigmas = sched.sigmas.to(device=device, dtype=x0.dtype)
        noise = randn_tensor(x0.shape, generator=kwargs["generator"], device=device, dtype=x0.dtype)
        latents = sigmas[0] * noise + (1.0 - sigmas[0]) * x0
        user_cb = kwargs.pop("callback_on_step_end")
        m = None if mask is None else F.interpolate(mask.to(device, x0.dtype), size=x0.shape[-2:])

        def callback(p: Any, step: int, t: Any, cb_kwargs: dict[str, Any]) -> dict[str, Any]:
            if m is not None and "latents" in cb_kwargs:
                if step + 1 < len(sigmas) - 1:
                    s_next = sigmas[step + 1]
                    proper = s_next * noise + (1.0 - s_next) * x0
                else:
                    proper = x0
                lat = cb_kwargs["latents"]
                cb_kwargs["latents"] = ((1 - m) * proper + m * lat).to(lat.dtype)
            return user_cb(p, step, t, cb_kwargs)

        kwargs["num_inference_steps"] = len(tail)
        out = pipe(
            latents=latents.to(pipe.transformer.dtype), sigmas=tail, callback_on_step_end=callback, **kwargs
        )
        return out.images


def tail_sigmas(sched: Any, steps: int, start: int) -> list[float]:
    """The sigmas to pass as ``sigmas=`` so a flow-matching scheduler runs steps ``start…steps-1`` of
    its ``steps``-step schedule (how img2img starts part-way, by ``strength``).

    ``FlowMatchEulerDiscreteScheduler.set_timesteps`` spaces ``steps`` values evenly from
    ``sigma_max`` to ``sigma_min`` and then shifts them; given ``sigmas`` it shifts those. The shift
    works value by value, so the unshifted tail gives exactly the tail of the full schedule.
    """
    return np.linspace(sched.sigma_max, sched.sigma_min, steps)[start:].tolist()
