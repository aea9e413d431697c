"""What the diffusion families offer: models, ControlNets, schedulers. Plain data, cheap to import.

Nothing here imports diffusers or torch; the registry, the CLI and the web UI read it freely.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from hextile.pipelines.base import ModelSpec, find_model_in


class DiffusionOptions(BaseModel):
    """``settings.options`` of the diffusion families (all optional; unknown keys are errors)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    dtype: Literal["auto", "fp32", "fp16", "bf16"] = Field(
        "auto", description="weights dtype: auto = bf16 (or fp16) on GPU, fp32 on CPU"
    )
    attention_slicing: bool = Field(False, description="compute attention in slices (less VRAM, slower)")
    vae_tiling: bool = Field(False, description="decode/encode large tiles in VAE tiles (less VRAM)")
    vae_slicing: bool = Field(False, description="run the VAE one tile of the batch at a time")
    cpu_offload: Literal["none", "model", "sequential"] = Field(
        "none", description="keep weights in RAM and move them to the GPU per model (model) or per layer"
    )
    depth_map: str | None = Field(None, description="equirectangular depth panorama for ControlNet depth")
    depth_invert: bool = Field(False, description="the depth map is bright = far (default: bright = near)")
    mask_grow: Annotated[int, Field(ge=0, le=512)] | None = Field(
        None, description="px the inpainted area grows into the kept area (default: tile width / 64)"
    )
    mask_feather: Annotated[int, Field(ge=0, le=512)] | None = Field(
        None, description="px of softening on the inpaint mask edge (default: tile width / 64)"
    )
    inpaint_composite: bool = Field(True, description="paste kept pixels back exactly after inpainting")
    max_sequence_length: Annotated[int, Field(ge=16, le=512)] | None = Field(
        None, description="T5 prompt tokens (SD 3.5, FLUX); default per model"
    )
    config: str | None = Field(
        None, description="single-file checkpoints: diffusers config folder or repo id"
    )
    variant: str | None = Field(None, description='weights file variant to load, e.g. "fp16"')
    tile_blur: Annotated[float, Field(ge=0.0, le=64.0)] = Field(
        0.0, description="ControlNet tile: Gaussian blur (sigma, px) of the control image"
    )


DIFFUSION_FAMILIES = ("sdxl", "sd35", "flux", "sd15", "sd21")

# --------------------------------------------------------------------------- base models
_SD_DEFAULTS = {"num_inference_steps": 30, "guidance_scale": 7.5}

MODELS: dict[str, tuple[ModelSpec, ...]] = {
    "sdxl": (
        ModelSpec(
            "SDXL Inpaint",
            "diffusers/stable-diffusion-xl-1.0-inpainting-0.1",
            aliases=("sdxl-inpaint", "sdxl inpainting"),
            description="SDXL 1.0 inpainting (9-channel UNet), 1024² tiles",
            variant="inpaint",
            defaults=dict(_SD_DEFAULTS),
            options=DiffusionOptions,
        ),
        ModelSpec(
            "SDXL Base",
            "stabilityai/stable-diffusion-xl-base-1.0",
            aliases=("sdxl-base", "sdxl 1.0"),
            description="SDXL 1.0 base, 1024² tiles",
            variant="img2img",
            defaults=dict(_SD_DEFAULTS),
            options=DiffusionOptions,
        ),
        ModelSpec(
            "SDXL Turbo",
            "stabilityai/sdxl-turbo",
            aliases=("sdxl-turbo",),
            description="SDXL distilled for 1-4 steps without guidance, 512² tiles",
            variant="turbo",
            defaults={"num_inference_steps": 4, "guidance_scale": 0.0},
            options=DiffusionOptions,
        ),
    ),
    "sd35": (
        ModelSpec(
            "SD 3.5 Large",
            "stabilityai/stable-diffusion-3.5-large",
            aliases=("sd35-large", "sd3.5-large", "stable-diffusion-3.5-large"),
            description="Stable Diffusion 3.5 Large (8B MMDiT), gated on Hugging Face",
            defaults={"num_inference_steps": 28, "guidance_scale": 3.5},
            options=DiffusionOptions,
        ),
        ModelSpec(
            "SD 3.5 Large Turbo",
            "stabilityai/stable-diffusion-3.5-large-turbo",
            aliases=("SD 3.5 Turbo", "sd35-turbo", "sd3.5-large-turbo", "stable-diffusion-3.5-large-turbo"),
            description="SD 3.5 Large distilled for 4 steps without guidance",
            variant="turbo",
            defaults={"num_inference_steps": 4, "guidance_scale": 0.0},
            options=DiffusionOptions,
        ),
        ModelSpec(
            "SD 3.5 Medium",
            "stabilityai/stable-diffusion-3.5-medium",
            aliases=("sd35-medium", "sd3.5-medium", "stable-diffusion-3.5-medium"),
            description="Stable Diffusion 3.5 Medium (2.5B MMDiT-X), gated on Hugging Face",
            defaults={"num_inference_steps": 40, "guidance_scale": 4.5},
            options=DiffusionOptions,
        ),
    ),
    "flux": (
        ModelSpec(
            "FLUX.1 schnell",
            "black-forest-labs/FLUX.1-schnell",
            aliases=("flux-schnell", "flux_schnell", "flux.1-schnell"),
            description="FLUX.1 [schnell]: 1-4 steps, no guidance, Apache-2.0",
            variant="turbo",
            defaults={"num_inference_steps": 4, "guidance_scale": 0.0, "max_sequence_length": 256},
            options=DiffusionOptions,
        ),
        ModelSpec(
            "FLUX.1 dev",
            "black-forest-labs/FLUX.1-dev",
            aliases=("flux-dev", "flux_dev", "flux.1-dev"),
            description="FLUX.1 [dev], guidance-distilled, gated on Hugging Face",
            defaults={"num_inference_steps": 28, "guidance_scale": 3.5, "max_sequence_length": 512},
            options=DiffusionOptions,
        ),
        ModelSpec(
            "FLUX.1 Fill dev",
            "black-forest-labs/FLUX.1-Fill-dev",
            aliases=("flux-fill", "flux_fill", "flux.1-fill-dev"),
            description="FLUX.1 Fill [dev]: the inpainting model, gated on Hugging Face",
            variant="fill",
            defaults={"num_inference_steps": 28, "guidance_scale": 30.0, "max_sequence_length": 512},
            options=DiffusionOptions,
        ),
    ),
    "sd15": (
        ModelSpec(
            "SD 1.5 Inpaint",
            "stable-diffusion-v1-5/stable-diffusion-inpainting",
            aliases=("sd15-inpaint", "sd 1.5 inpainting"),
            description="Stable Diffusion 1.5 inpainting (9-channel UNet), 512² tiles",
            variant="inpaint",
            defaults=dict(_SD_DEFAULTS),
            options=DiffusionOptions,
        ),
        ModelSpec(
            "SD 1.5",
            "stable-diffusion-v1-5/stable-diffusion-v1-5",
            aliases=("sd15", "sd-1.5", "stable-diffusion-v1-5"),
            description="Stable Diffusion 1.5, 512² tiles",
            variant="img2img",
            defaults=dict(_SD_DEFAULTS),
            options=DiffusionOptions,
        ),
    ),
    "sd21": (
        ModelSpec(
            "SD 2.1",
            "stabilityai/stable-diffusion-2-1",
            aliases=("sd21", "sd-2.1", "stable-diffusion-2-1"),
            description="Stable Diffusion 2.1 (v-prediction), 768² tiles",
            variant="img2img",
            defaults=dict(_SD_DEFAULTS),
            options=DiffusionOptions,
        ),
        ModelSpec(
            "SD 2.1 Base",
            "stabilityai/stable-diffusion-2-1-base",
            aliases=("sd21-base",),
            description="Stable Diffusion 2.1 base, 512² tiles",
            variant="img2img",
            defaults=dict(_SD_DEFAULTS),
            options=DiffusionOptions,
        ),
        ModelSpec(
            "SD 2 Inpaint",
            "stabilityai/stable-diffusion-2-inpainting",
            aliases=("sd2-inpaint", "sd 2 inpainting"),
            description="Stable Diffusion 2 inpainting (9-channel UNet), 512² tiles",
            variant="inpaint",
            defaults=dict(_SD_DEFAULTS),
            options=DiffusionOptions,
        ),
    ),
}

DEFAULT_MODEL = {
    "sdxl": "SDXL Inpaint",
    "sd35": "SD 3.5 Medium",
    "flux": "FLUX.1 schnell",
    "sd15": "SD 1.5 Inpaint",
    "sd21": "SD 2.1",
}

TITLES = {
    "sdxl": "SDXL Inpaint",
    "sd35": "SD 3.5",
    "flux": "FLUX.1",
    "sd15": "SD 1.5",
    "sd21": "SD 2.1",
}

DESCRIPTIONS = {
    "sdxl": "Stable Diffusion XL: inpaints each tile against its finished neighbours (img2img without one).",
    "sd35": "Stable Diffusion 3.5 (Large, Large Turbo, Medium): MMDiT flow-matching models.",
    "flux": "FLUX.1 schnell / dev / Fill dev: flow-matching transformers; no negative prompt.",
    "sd15": "Stable Diffusion 1.5 (inpainting and base).",
    "sd21": "Stable Diffusion 2.x (2.1 v-prediction, 2.1 base, 2 inpainting).",
}

FAMILY_DEFAULTS: dict[str, dict[str, Any]] = {
    "sdxl": {"num_inference_steps": 30, "guidance_scale": 7.5, "strength": 0.45, "scheduler": "euler"},
    "sd35": {"num_inference_steps": 40, "guidance_scale": 4.5, "strength": 0.45, "scheduler": "flow_euler"},
    "flux": {"num_inference_steps": 4, "guidance_scale": 0.0, "strength": 0.45, "scheduler": "flow_euler"},
    "sd15": {"num_inference_steps": 30, "guidance_scale": 7.5, "strength": 0.45, "scheduler": "euler"},
    "sd21": {"num_inference_steps": 30, "guidance_scale": 7.5, "strength": 0.45, "scheduler": "euler"},
}

FAMILY_RANGES: dict[str, dict[str, tuple[float, float]]] = {
    fam: {"strength": (0.0, 1.0), "num_inference_steps": (1.0, 500.0), "guidance_scale": (0.0, 100.0)}
    for fam in DIFFUSION_FAMILIES
}

# --------------------------------------------------------------------------- schedulers
# name -> (diffusers class name or None = keep the model's own, config overrides)
SD_SCHEDULERS: dict[str, tuple[str | None, dict[str, Any]]] = {
    "euler": ("EulerDiscreteScheduler", {}),
    "euler_a": ("EulerAncestralDiscreteScheduler", {}),
    "dpmpp_2m": ("DPMSolverMultistepScheduler", {"algorithm_type": "dpmsolver++", "solver_order": 2}),
    "dpmpp_2m_karras": (
        "DPMSolverMultistepScheduler",
        {"algorithm_type": "dpmsolver++", "solver_order": 2, "use_karras_sigmas": True},
    ),
    "dpmpp_2m_sde": ("DPMSolverMultistepScheduler", {"algorithm_type": "sde-dpmsolver++", "solver_order": 2}),
    "ddim": ("DDIMScheduler", {}),
    "unipc": ("UniPCMultistepScheduler", {}),
    "lms": ("LMSDiscreteScheduler", {}),
    "default": (None, {}),
}

FLOW_SCHEDULERS: dict[str, tuple[str | None, dict[str, Any]]] = {
    "flow_euler": ("FlowMatchEulerDiscreteScheduler", {}),
    "flow_euler_karras": ("FlowMatchEulerDiscreteScheduler", {"use_karras_sigmas": True}),
    "flow_euler_exponential": ("FlowMatchEulerDiscreteScheduler", {"use_exponential_sigmas": True}),
    "default": (None, {}),
}
# Names users of other tools type, accepted for the flow-matching families.
FLOW_ALIASES = {"euler": "flow_euler", "flow_match_euler": "flow_euler", "euler_karras": "flow_euler_karras"}

FLOW_FAMILIES = ("sd35", "flux")


def scheduler_table(family: str) -> dict[str, tuple[str | None, dict[str, Any]]]:
    return FLOW_SCHEDULERS if family in FLOW_FAMILIES else SD_SCHEDULERS


def scheduler_names(family: str) -> tuple[str, ...]:
    names = tuple(scheduler_table(family))
    return names + tuple(FLOW_ALIASES) if family in FLOW_FAMILIES else names


def canonical_scheduler(family: str, name: str) -> str | None:
    """The scheduler table key for ``name`` (case-insensitive, aliases resolved), or ``None``."""
    key = (name or "default").strip().casefold().replace("-", "_").replace(" ", "_").replace("++", "pp")
    if family in FLOW_FAMILIES:
        key = FLOW_ALIASES.get(key, key)
    return key if key in scheduler_table(family) else None


# --------------------------------------------------------------------------- ControlNets
@dataclass(frozen=True)
class ControlNetEntry:
    repo_id: str
    description: str = ""
    # SD 3.5 Large canny expects edges scaled as `x * 255 * 0.5 + 0.5` (see diffusers PR #10020).
    sd35_canny_scaling: bool = False
    aliases: tuple[str, ...] = field(default_factory=tuple)


CONTROLNETS: dict[str, dict[str, ControlNetEntry]] = {
    "sd15": {
        "canny": ControlNetEntry("lllyasviel/control_v11p_sd15_canny", "ControlNet 1.1 canny"),
        "depth": ControlNetEntry("lllyasviel/control_v11f1p_sd15_depth", "ControlNet 1.1 depth"),
        "tile": ControlNetEntry("lllyasviel/control_v11f1e_sd15_tile", "ControlNet 1.1 tile"),
    },
    "sd21": {
        "canny": ControlNetEntry("thibaud/controlnet-sd21-canny-diffusers", "SD 2.1 canny (community)"),
        "depth": ControlNetEntry("thibaud/controlnet-sd21-depth-diffusers", "SD 2.1 depth (community)"),
    },
    "sdxl": {
        "canny": ControlNetEntry("diffusers/controlnet-canny-sdxl-1.0", "SDXL canny"),
        "depth": ControlNetEntry("diffusers/controlnet-depth-sdxl-1.0", "SDXL depth"),
        "tile": ControlNetEntry("xinsir/controlnet-tile-sdxl-1.0", "SDXL tile (xinsir)"),
    },
    "sd35": {
        "canny": ControlNetEntry(
            "stabilityai/stable-diffusion-3.5-large-controlnet-canny",
            "SD 3.5 Large canny (Large only)",
            sd35_canny_scaling=True,
        ),
        "depth": ControlNetEntry(
            "stabilityai/stable-diffusion-3.5-large-controlnet-depth", "SD 3.5 Large depth (Large only)"
        ),
        "tile": ControlNetEntry(
            "stabilityai/stable-diffusion-3.5-large-controlnet-blur", "SD 3.5 Large blur/tile (Large only)"
        ),
    },
    "flux": {
        "canny": ControlNetEntry("InstantX/FLUX.1-dev-Controlnet-Canny", "FLUX.1 dev canny (InstantX)"),
        "depth": ControlNetEntry(
            "Shakker-Labs/FLUX.1-dev-ControlNet-Depth", "FLUX.1 dev depth (Shakker Labs)"
        ),
        "tile": ControlNetEntry(
            "jasperai/Flux.1-dev-Controlnet-Upscaler", "FLUX.1 dev tile/upscaler (Jasper AI)"
        ),
    },
}

# Other well-known ControlNets users may name by repo id; listed for the docs and `hextile pipelines`.
EXTRA_CONTROLNETS: dict[str, dict[str, str]] = {
    "sd35": {
        "InstantX/SD3-Controlnet-Canny": "canny",
        "InstantX/SD3-Controlnet-Depth": "depth",
        "InstantX/SD3-Controlnet-Tile": "tile",
    },
    "sdxl": {"xinsir/controlnet-canny-sdxl-1.0": "canny", "xinsir/controlnet-depth-sdxl-1.0": "depth"},
}


def controlnet_types(family: str) -> tuple[str, ...]:
    return tuple(CONTROLNETS.get(family, {}))


def find_model_spec(model: str | None, family: str | None = None) -> tuple[str, ModelSpec] | None:
    """``(family, spec)`` of a friendly model name, alias or repo id (case-insensitive)."""
    for fam in (family,) if family else DIFFUSION_FAMILIES:
        found = find_model_in(MODELS.get(fam, ()), model or DEFAULT_MODEL.get(fam, ""))
        if found is not None:
            return fam, found
    return None
