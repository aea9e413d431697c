"""Pydantic models of a render config (``.hextile.json``).

Field names follow the commercial app's config file so its users recognise them. Top-level
settings describe one pass; ``passes`` (at most 10) lists complete passes. Every model forbids
unknown fields so typos are errors, not silent no-ops.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "prompt-data-model-v2"
MAX_PASSES = 10


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, populate_by_name=True)


class HextileSettings(Strict):
    template: str = "Hextile_20_2K"
    rendertiles: Literal["all"] | list[Annotated[int, Field(ge=1)]] = "all"
    tile_input_width: Annotated[int, Field(ge=256, le=2048, multiple_of=8)] = 1024
    tile_output_width: Annotated[int, Field(ge=256, le=8192, multiple_of=8)] = 1024


class InputSettings(Strict):
    source: Literal["file", "render"] = "file"
    path: str | None = None
    format: Literal["equirectangular"] = "equirectangular"
    width: Annotated[int, Field(ge=2)] | None = None
    height: Annotated[int, Field(ge=1)] | None = None


class LoraModel(Strict):
    model_path: str
    strength: Annotated[float, Field(ge=-4.0, le=4.0)] = 1.0
    enabled: bool = True


class LoraCombine(Strict):
    combine_mode: Literal["additive", "normalized"] = "additive"


class LoraSettings(Strict):
    enabled: bool = False
    models: list[LoraModel] = Field(default_factory=list)
    settings: LoraCombine = Field(default_factory=LoraCombine)


class DiffusionSettings(Strict):
    model: str | None = None
    seed: Annotated[int, Field(ge=-1, le=4294967295)] = -1
    strength: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    guidance_scale: Annotated[float, Field(ge=0.0, le=100.0)] = 7.0
    num_inference_steps: Annotated[int, Field(ge=1, le=500)] = 20
    scheduler: str = "euler"
    batch_size: Annotated[int, Field(ge=1, le=64)] = 1
    lora: LoraSettings = Field(default_factory=LoraSettings)


ControlNetType = Literal["canny", "depth", "tile"]


class ControlNetUnit(Strict):
    type: ControlNetType = "canny"
    model: str | None = None
    enabled: bool = True
    conditioning_scale: Annotated[float, Field(ge=0.0, le=2.0)] = 0.8
    guidance_start: Annotated[float, Field(ge=0.0, le=1.0)] = 0.0
    guidance_end: Annotated[float, Field(ge=0.0, le=1.0)] = 1.0
    low_threshold: Annotated[int, Field(ge=0, le=255)] = 100
    high_threshold: Annotated[int, Field(ge=0, le=255)] = 200
    depth_boost: Annotated[float, Field(ge=0.5, le=2.0)] = 1.5


class ControlNetSettings(Strict):
    enabled: bool = False
    units: list[ControlNetUnit] = Field(default_factory=list)


class DirectionalPoint(Strict):
    yaw_deg: Annotated[float, Field(ge=-180.0, le=180.0)]
    pitch_deg: Annotated[float, Field(ge=-90.0, le=90.0)]
    prompt: str
    radius_deg: Annotated[float, Field(gt=0.0, le=180.0)] = 45.0


class DirectionalPrompts(Strict):
    mode: Literal["none", "append", "replace"] = "none"
    points: list[DirectionalPoint] = Field(default_factory=list)


class PromptSettings(Strict):
    global_: str = Field("", alias="global")
    negative: str = ""
    directional: DirectionalPrompts = Field(default_factory=DirectionalPrompts)
    tiles: dict[str, str] = Field(default_factory=dict)  # "7" -> prompt for tile 7


class OutputSettings(Strict):
    format: Literal["equirectangular"] = "equirectangular"
    width: Annotated[int, Field(ge=2)] | None = None
    height: Annotated[int, Field(ge=1)] | None = None
    file_format: Literal["PNG", "JPEG", "WEBP", "TIFF"] = "PNG"
    path: str | None = None
    filename_pattern: str = "{original}_{template}_{model}_s{seed}"


class UpscalingSettings(Strict):
    model: str = "realesrgan-x4plus"
    scale_factor: Literal[2, 4] = 2
    tile_size: Annotated[int, Field(ge=0, le=2048)] = 0  # 0 = whole tile in one go
    template: str | None = None  # None = whole panorama (wrap-padded), else hextiles of this template


class PassSettings(Strict):
    """One complete pass: everything a pass needs, nothing inherited at run time."""

    name: str = "Pass 1"
    pipeline: str = "opencv"
    mode: Literal["sequential", "parallel"] = "sequential"
    hextile: HextileSettings = Field(default_factory=HextileSettings)
    diffusion: DiffusionSettings = Field(default_factory=DiffusionSettings)
    controlnet: ControlNetSettings = Field(default_factory=ControlNetSettings)
    prompt: PromptSettings = Field(default_factory=PromptSettings)
    upscaling: UpscalingSettings = Field(default_factory=UpscalingSettings)
    options: dict[str, Any] = Field(default_factory=dict)  # pipeline-specific, validated by the pipeline


class RenderConfig(PassSettings):
    """A whole ``.hextile.json``: top-level settings (= one pass) plus optional ``passes``.

    ``passes`` entries are stored as given (possibly partial dicts) and resolved with
    :func:`hextile.config.resolve.resolve_passes`.
    """

    schema_version: str = SCHEMA_VERSION
    input: InputSettings = Field(default_factory=InputSettings)
    output: OutputSettings = Field(default_factory=OutputSettings)
    passes: list[dict[str, Any]] | None = Field(default=None, max_length=MAX_PASSES)
