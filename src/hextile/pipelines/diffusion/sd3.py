"""Stable Diffusion 3.5 (``sd35``): MMDiT transformer, two CLIPs and T5, flow matching.

diffusers has no img2img/inpaint pipeline with a plain SD3 ControlNet, so with ControlNet the
text-to-image ControlNet pipeline is driven here: the tile is encoded and noised to the sigma where
``strength`` starts, the remaining sigmas are passed in, and (inpainting) the kept area is blended
back after every step, as ``StableDiffusion3InpaintPipeline`` does.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import torch
import torch.nn.functional as F

from hextile.errors import PipelineError
from hextile.pipelines.diffusion.common import FamilyOps
from hextile.pipelines.diffusion.loading import DiffusionOptions

if TYPE_CHECKING:
    from hextile.pipelines.diffusion import controlnet as cn
    from hextile.pipelines.diffusion.common import DiffusionTilePipeline


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

    def run_custom(self, runner: DiffusionTilePipeline, pipe: Any, kwargs: dict[str, Any]) -> torch.Tensor:
        from diffusers.utils.torch_utils import randn_tensor

        image = kwargs.pop("image")
        mask = kwargs.pop("mask_image", None)
        kwargs.pop("strength", None)
        plan = runner.step_plan
        n, t_start = plan.steps, plan.steps - plan.effective
        vae = pipe.vae
        device = image.device
        with torch.no_grad():
            x0 = vae.encode((image.float() * 2 - 1).to(device, vae.dtype)).latent_dist.mode()
            x0 = (x0 - vae.config.shift_factor) * vae.config.scaling_factor
        sched = pipe.scheduler
        with _tail_schedule(sched, t_start):
            sched.set_timesteps(n, device=device)
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

            kwargs["num_inference_steps"] = n
            out = pipe(latents=latents.to(runner._base.dtype), callback_on_step_end=callback, **kwargs)
        return out.images


@contextlib.contextmanager
def _tail_schedule(sched: Any, t_start: int) -> Iterator[None]:
    """Within the block, ``sched.set_timesteps(n)`` keeps only the schedule from index ``t_start`` on.

    That is how img2img starts part-way (``strength``) in a pipeline that has no ``strength``.
    """
    original = sched.set_timesteps

    def set_timesteps(num_inference_steps: int | None = None, device: Any = None, **kwargs: Any) -> None:
        kwargs = {k: v for k, v in kwargs.items() if v is not None and k != "sigmas"}
        original(num_inference_steps, device=device, **kwargs)
        sched.timesteps = sched.timesteps[t_start:]
        sched.sigmas = sched.sigmas[t_start:]
        sched.num_inference_steps = len(sched.timesteps)
        sched._step_index = None
        sched._begin_index = None

    sched.set_timesteps = set_timesteps
    try:
        yield
    finally:
        del sched.set_timesteps
