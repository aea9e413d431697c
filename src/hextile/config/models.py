"""Pydantic models of a render config (``.hextile.json``).

Field names follow the commercial app's config file so its users recognise them. Top-level
settings describe one pass; ``passes`` (1 to 10 entries) lists the passes, each merged over the
top-level settings (see :mod:`hextile.config.resolve`). Every model forbids unknown fields so typos
are errors, not silent no-ops. docs/config.md documents every field.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

SCHEMA_VERSION = "prompt-data-model-v2"
MAX_PASSES = 10


FOREIGN_FIELDS = ("tiles", "sequence", "coverage", "post_processing")
FOREIGN_NOTE = "a field of the other app's config format: kept in the file, not used by hextile"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, populate_by_name=True, strict=True)


def _invalid(message: str, field: str | None = None) -> PydanticCustomError:
    """A validation error whose message is shown as is after the field path.

    ``field`` names the field inside the model the error is about, for checks that compare two
    fields (the error is raised at the model's location).
    """
    return PydanticCustomError("hextile", message, {"field": field} if field else None)


class RotationAngles(Strict):
    """A template rotation in degrees (docs/seams.md: roll, then pitch, then yaw)."""

    yaw: Annotated[float, Field(ge=-180.0, le=180.0)] = 0.0
    pitch: Annotated[float, Field(ge=-90.0, le=90.0)] = 0.0
    roll: Annotated[float, Field(ge=-180.0, le=180.0)] = 0.0


class HextileSettings(Strict):
    template: str = Field("Hextile_20_2K", min_length=1)
    rendertiles: Literal["all"] | list[Annotated[int, Field(ge=1)]] = "all"
    # None = the template's own tile size (1024 for the built-in templates).
    tile_input_width: Annotated[int, Field(ge=256, le=2048, multiple_of=8)] | None = None
    tile_output_width: Annotated[int, Field(ge=256, le=8192, multiple_of=8)] | None = None
    # None = the layout as shipped; "auto" = turned so its blend bands avoid the previous pass's seams
    rotation: Literal["auto"] | RotationAngles | None = None

    @field_validator("rendertiles")
    @classmethod
    def _tiles_listed_once(cls, tiles: Literal["all"] | list[int]) -> Literal["all"] | list[int]:
        if tiles == []:
            raise _invalid("[] renders no tiles (use 'all' or a list of tile numbers)")
        if isinstance(tiles, list):
            seen: set[int] = set()
            for tile in tiles:
                if tile in seen:
                    raise _invalid(f"{tiles} lists tile {tile} more than once")
                seen.add(tile)
        return tiles


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

    @model_validator(mode="after")
    def _ranges_in_order(self) -> ControlNetUnit:
        start, end = self.guidance_start, self.guidance_end
        if start > end:
            raise _invalid(f"{start:g} is greater than guidance_end {end:g}", "guidance_start")
        low, high = self.low_threshold, self.high_threshold
        if self.type == "canny" and low >= high:
            raise _invalid(f"{low} is not below high_threshold {high}", "low_threshold")
        return self


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

    @field_validator("tiles")
    @classmethod
    def _keys_are_tile_numbers(cls, tiles: dict[str, str]) -> dict[str, str]:
        for key in tiles:
            if not (key.isascii() and key.isdigit() and int(key) >= 1):
                raise _invalid(f'key {key!r} is not a tile number (use "1", "2", …)')
        return tiles


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

    name: str = Field("Pass 1", min_length=1, max_length=100)
    pipeline: str = Field("opencv", min_length=1)
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
    passes: list[dict[str, Any]] | None = Field(default=None, min_length=1, max_length=MAX_PASSES)
    # Top-level fields of the commercial app's config whose meaning it does not document: accepted
    # so its files load, kept as given when the config is saved, unused (check_config warns).
    tiles: Any = Field(None, description=FOREIGN_NOTE)
    sequence: Any = Field(None, description=FOREIGN_NOTE)
    coverage: Any = Field(None, description=FOREIGN_NOTE)
    post_processing: Any = Field(None, description=FOREIGN_NOTE)
