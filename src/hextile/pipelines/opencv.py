"""The CPU pipeline family ``opencv``: classic image filters, no model weights, no GPU.

Each model is one filter of :mod:`hextile.pipelines.filters`. A filter sees each tile on its own
(as an ``(h, w, 3)`` float32 array on the CPU); the result is blended with the tile by the pass's
``diffusion.strength`` — ``tile + strength · (effect − tile)``, so 0 gives back the tile exactly and
1 the pure effect — and moved back to the tile's device. Filter settings come from
``settings.options`` and are checked by the model's options class (unknown keys are errors).

Only ``pencil`` (its stroke texture) and ``jitter`` (its colour cast) use randomness; they take the
engine's per-tile seed, so a tile renders the same for the same seed whatever its batch.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Annotated, Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, field_validator

from hextile.pipelines import filters
from hextile.pipelines.base import (
    Capabilities,
    ModelSpec,
    PipelineContext,
    PipelineSpec,
    StepCallback,
    TilePipeline,
    TileRequest,
)
from hextile.pipelines.registry import get_model, validate_options

if TYPE_CHECKING:
    import torch

    from hextile.cancel import CancelToken

__all__ = [
    "FILTERS",
    "SPEC",
    "DetailOptions",
    "GradeOptions",
    "JitterOptions",
    "NoOptions",
    "OilOptions",
    "OpenCVPipeline",
    "PencilOptions",
    "PosterizeOptions",
    "SmoothOptions",
    "StylizeOptions",
]


# ------------------------------------------------------------------------------------- options


class _Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class NoOptions(_Options):
    """``passthrough`` takes no options."""


class StylizeOptions(_Options):
    sigma_color: Annotated[float, Field(gt=0.0, le=1.0, description="colour difference still smoothed")] = (
        0.12
    )
    smoothing: Annotated[int, Field(ge=0, le=8, description="rounds of bilateral filtering")] = 3
    edges: Annotated[float, Field(ge=0.0, le=1.0, description="outline darkness (0 = no outlines)")] = 0.8
    line_size: Annotated[int, Field(ge=3, le=51, description="outline neighbourhood in px (odd)")] = 9
    line_threshold: Annotated[float, Field(ge=0.0, le=0.5, description="darkening that makes a line")] = 0.02

    @field_validator("line_size")
    @classmethod
    def _odd(cls, value: int) -> int:
        if value % 2 == 0:
            raise ValueError(f"must be odd, e.g. {value + 1}")
        return value


class PencilOptions(_Options):
    line_width: Annotated[int, Field(ge=1, le=64, description="blur radius of the line drawing in px")] = 6
    line_strength: Annotated[float, Field(gt=0.0, le=8.0, description="line darkness exponent")] = 2.0
    shading: Annotated[float, Field(ge=0.0, le=1.0, description="hatching in dark areas")] = 0.5
    stroke_length: Annotated[int, Field(ge=1, le=256, description="hatching stroke length in px")] = 15
    color: Annotated[float, Field(ge=0.0, le=1.0, description="colour kept (0 = grey pencil)")] = 0.5


class DetailOptions(_Options):
    amount: Annotated[float, Field(ge=0.0, le=8.0, description="detail gain (1 = unchanged)")] = 2.5
    radius: Annotated[int, Field(ge=1, le=64, description="base-layer box radius in px")] = 12
    edge: Annotated[float, Field(gt=0.0, le=1.0, description="contrast treated as an edge")] = 0.08


class SmoothOptions(_Options):
    radius: Annotated[int, Field(ge=1, le=64, description="box radius in px")] = 6
    edge: Annotated[float, Field(gt=0.0, le=1.0, description="contrast kept as an edge")] = 0.04
    iterations: Annotated[int, Field(ge=1, le=8, description="rounds of filtering")] = 2


class OilOptions(_Options):
    radius: Annotated[int, Field(ge=1, le=16, description="brush (Kuwahara window) radius in px")] = 5
    levels: Annotated[int, Field(ge=0, le=64, description="values per channel (0 = no quantisation)")] = 0

    @field_validator("levels")
    @classmethod
    def _not_one(cls, value: int) -> int:
        if value == 1:
            raise ValueError("must be 0 (off) or at least 2")
        return value


class PosterizeOptions(_Options):
    levels: Annotated[int, Field(ge=2, le=64, description="values per channel")] = 5
    smoothing: Annotated[Literal[0, 3, 5], Field(description="median filter size before (0 = off)")] = 3
    edges: Annotated[float, Field(ge=0.0, le=1.0, description="outline darkness (0 = no outlines)")] = 0.5
    line_width: Annotated[int, Field(ge=1, le=9, description="outline width in px")] = 1


class GradeOptions(_Options):
    look: Annotated[filters.GradeLook, Field(description="warm, cool, teal_orange or bleach")] = "teal_orange"
    contrast: Annotated[float, Field(ge=-1.0, le=1.0, description="added to the look's contrast")] = 0.0
    saturation: Annotated[float, Field(ge=0.0, le=3.0, description="multiplies the look's saturation")] = 1.0


class JitterOptions(_Options):
    amount: Annotated[float, Field(ge=0.0, le=1.0, description="colour cast per tile (0 = none)")] = 0.5
    style: Annotated[float, Field(ge=0.0, le=1.0, description="contrast/saturation change per tile")] = 0.0


# ------------------------------------------------------------------------------------- models

MODELS = (
    ModelSpec(
        "passthrough",
        aliases=("identity", "none"),
        description="Returns the tiles unchanged (bit for bit); for tests and benchmarks.",
        options=NoOptions,
    ),
    ModelSpec(
        "stylize",
        aliases=("cartoon",),
        description="Cartoon: bilateral-flattened colours with dark outlines from an adaptive threshold.",
        options=StylizeOptions,
    ),
    ModelSpec(
        "pencil",
        aliases=("sketch",),
        description="Colour pencil: colour-dodge line drawing with seeded diagonal hatching, tinted.",
        options=PencilOptions,
    ),
    ModelSpec(
        "detail",
        aliases=("enhance",),
        description="Local-contrast boost: guided-filter base/detail split of the luma, detail amplified.",
        options=DetailOptions,
    ),
    ModelSpec(
        "smooth",
        aliases=("denoise",),
        description="Edge-preserving smoothing with a (fast) guided filter; flattens texture, keeps edges.",
        options=SmoothOptions,
    ),
    ModelSpec(
        "oil",
        aliases=("kuwahara", "paint"),
        description="Oil-paint look: Kuwahara filter (flattest of four windows), optional quantisation.",
        options=OilOptions,
    ),
    ModelSpec(
        "posterize",
        aliases=("poster",),
        description="Poster: a few levels per channel after a median filter, outlines between luma bands.",
        options=PosterizeOptions,
    ),
    ModelSpec(
        "grade",
        aliases=("color-grade", "colour-grade"),
        description="Colour grade in YCrCb: warm, cool, teal & orange or bleach bypass.",
        options=GradeOptions,
    ),
    ModelSpec(
        "jitter",
        aliases=("colour-jitter", "color-jitter"),
        description="Per-tile random colour cast (seeded): tiles disagree on purpose, to calibrate seams.",
        options=JitterOptions,
    ),
)

FILTERS: dict[str, Callable[..., np.ndarray]] = {
    "passthrough": filters.passthrough,
    "stylize": filters.stylize,
    "pencil": filters.pencil,
    "detail": filters.detail,
    "smooth": filters.smooth,
    "oil": filters.oil,
    "posterize": filters.posterize,
    "grade": filters.grade,
    "jitter": filters.jitter,
}
"""The filter behind each model; its keyword arguments are the model's options (plus ``seed``)."""


def _takes_seed(fn: Callable[..., np.ndarray]) -> bool:
    return "seed" in inspect.signature(fn).parameters


# ------------------------------------------------------------------------------------- pipeline


class OpenCVPipeline(TilePipeline):
    """One ``opencv`` model bound to a pass: its filter, checked options and strength.

    Raises:
        PipelineError: unknown model (name or alias) or invalid options.
        ValueError: strength outside ``[0, 1]`` (the config layer checks it first).
    """

    def __init__(
        self, model: str | None = None, options: Mapping[str, Any] | None = None, strength: float = 0.5
    ):
        spec = get_model(SPEC, model)
        if not 0.0 <= strength <= 1.0:
            raise ValueError(f"strength must be within [0, 1], got {strength}")
        checked = validate_options(SPEC, spec, options)
        self.model = spec.name
        self.options: dict[str, Any] = checked.model_dump() if checked is not None else {}
        self.strength = float(strength)
        self._filter = FILTERS[spec.name]
        self._seeded = _takes_seed(self._filter)
        # Passthrough and strength 0 never leave the device: the result is the input, bit for bit.
        self._identity = self.model == "passthrough" or self.strength == 0.0  # any alias or case

    def effective_steps(self) -> int:
        return 1

    def process(self, request: TileRequest, on_step: StepCallback, cancel: CancelToken) -> torch.Tensor:
        import torch  # here, not at import: listing and checking pipelines must not load torch

        tiles = request.tiles
        if tiles.ndim != 4 or tiles.shape[1] != 3:
            raise ValueError(f"expected tiles of shape (B, 3, h, w), got {tuple(tiles.shape)}")
        count = tiles.shape[0]
        if self._seeded and len(request.seeds) != count:
            raise ValueError(f"expected {count} seeds, got {len(request.seeds)}")
        if self._identity:
            for _ in range(count):
                cancel.raise_if_cancelled()
                on_step(1, 1)
            return tiles.to(torch.float32).clone()  # same values, same memory layout
        # (B, h, w, 3) on the host, handed back as a channels-last (B, 3, h, w) view: no transposes
        result = np.empty((count, *tiles.shape[2:], 3), dtype=np.float32)
        for i in range(count):
            cancel.raise_if_cancelled()
            self._apply(tiles[i], request.seeds[i] if self._seeded else None, result[i])
            on_step(1, 1)
        return torch.from_numpy(result).permute(0, 3, 1, 2).to(tiles.device)

    def _apply(self, tile: torch.Tensor, seed: int | None, out: np.ndarray) -> None:
        """Filter one ``(3, h, w)`` tile on the CPU, blend it, and write it to ``out`` ``(h, w, 3)``."""
        import torch

        hwc = tile.detach().to("cpu", torch.float32).permute(1, 2, 0)
        image = (
            hwc.numpy() if hwc.is_contiguous() else np.ascontiguousarray(hwc.numpy())
        )  # no copy if channels-last
        kwargs = dict(self.options)
        if seed is not None:
            kwargs["seed"] = int(seed)
        effect = self._filter(image, **kwargs)
        if self.strength != 1.0:
            # tile + s·(effect − tile), in place in the filter's fresh output array; at s = 1 the effect
            # is taken as is, so it is exactly the effect.
            np.subtract(effect, image, out=effect)
            effect *= np.float32(self.strength)
            effect += image
        np.copyto(out, effect)


def _build(ctx: PipelineContext) -> OpenCVPipeline:
    settings = ctx.settings
    return OpenCVPipeline(settings.diffusion.model, settings.options, settings.diffusion.strength)


SPEC = PipelineSpec(
    name="opencv",
    title="CPU filters (OpenCV)",
    description=(
        "Classic image filters on the CPU: cartoon, pencil, detail, smoothing, oil paint, posterize "
        "and colour grades. No model weights, no GPU, no prompts; strength blends the effect in."
    ),
    models=MODELS,
    default_model="stylize",
    capabilities=Capabilities(
        prompt=False,
        negative_prompt=False,
        strength=True,
        steps=False,
        guidance=False,
        scheduler=False,
        seed=True,  # pencil's stroke texture, jitter's colour cast; the other filters are deterministic
        inpaint_mask=False,
        controlnet_types=(),
        lora=False,
        batch=True,
        needs_weights=False,
    ),
    factory=_build,
    defaults={"strength": 0.5},
    ranges={"strength": (0.0, 1.0)},
)
