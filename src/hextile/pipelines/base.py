"""The contract between the render engine and every tile pipeline.

A *pipeline family* (``opencv``, ``sdxl``, ``sd35``, ``flux``, ``sd15``, ``sd21``, ``upscale``) is
described once by a :class:`PipelineSpec` in the registry: its models, what it can do
(:class:`Capabilities`), defaults and ranges. The CLI, the server and the web UI read specs to show
and validate only the settings that apply.

For every pass the engine asks the spec's ``factory`` for a :class:`TilePipeline` bound to that
pass's settings, then feeds it batches of tiles (:class:`TileRequest`) and gets tiles back.
Tensors stay on the engine's device; pipelines never write files.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch
    from pydantic import BaseModel

    from hextile.cancel import CancelToken
    from hextile.config.models import PassSettings
    from hextile.pipelines.cache import ModelCache

StepCallback = Callable[[int, int], None]
"""``on_step(step, steps)``: called after each denoising step (1-based) of the current batch."""


@dataclass(frozen=True)
class Capabilities:
    """What a pipeline family reads from a pass's settings; everything else is reported unused."""

    prompt: bool = False
    negative_prompt: bool = False
    strength: bool = True
    steps: bool = False
    guidance: bool = False
    scheduler: bool = False
    seed: bool = False
    inpaint_mask: bool = False
    controlnet_types: tuple[str, ...] = ()
    lora: bool = False
    batch: bool = True
    scale_factor: int = 1  # > 1: the pass enlarges the panorama by ``settings.upscaling.scale_factor``
    needs_weights: bool = False
    whole_panorama: bool = False  # can process the whole panorama at once (see TilePipeline)


@dataclass(frozen=True)
class ModelSpec:
    """One model of a family: a friendly name users type, and where its weights live."""

    name: str
    repo_id: str | None = None
    aliases: tuple[str, ...] = ()
    description: str = ""
    variant: str | None = None  # e.g. "inpaint", "img2img", "fill", "turbo"
    defaults: dict[str, Any] = field(default_factory=dict)  # overrides of the family defaults
    # The pydantic model that validates ``settings.options`` for this model (extra="forbid"), or None.
    # Lets the config checker, the CLI and the UI validate and render options without building the
    # pipeline; see ``hextile.pipelines.registry.validate_options``.
    options: type[BaseModel] | None = None

    def names(self) -> tuple[str, ...]:
        """Everything a user may type for this model: its name, aliases and repo id."""
        return (self.name, *self.aliases, *((self.repo_id,) if self.repo_id else ()))


def find_model_in(models: tuple[ModelSpec, ...], name: str) -> ModelSpec | None:
    """The one model lookup: the model ``name`` names (its name first, then an alias or its repo id;
    case-insensitive), or ``None``."""
    wanted = name.casefold()
    exact = (m for m in models if m.name.casefold() == wanted)
    other = (m for m in models if wanted in (n.casefold() for n in m.names()))
    return next(exact, None) or next(other, None)


@dataclass(frozen=True)
class PipelineSpec:
    name: str
    title: str
    description: str
    models: tuple[ModelSpec, ...]
    default_model: str
    capabilities: Capabilities
    factory: Callable[[PipelineContext], TilePipeline]
    defaults: dict[str, Any] = field(default_factory=dict)
    ranges: dict[str, tuple[float, float]] = field(default_factory=dict)
    schedulers: tuple[str, ...] = ()
    preflight: Callable[[PassSettings], None] | None = None
    """Checks a pass can run (weights present, options valid) before any work; raises PipelineError."""

    def model(self, name: str | None) -> ModelSpec | None:
        """The model ``name`` names (see :func:`find_model_in`); the default for ``None``."""
        return find_model_in(self.models, name or self.default_model)


@dataclass
class PipelineContext:
    """What a factory gets to build the pipeline of one pass."""

    settings: PassSettings
    device: torch.device
    dtype: torch.dtype
    cache: ModelCache | None = None


@dataclass
class TileRequest:
    """A batch of tiles of one pass.

    Attributes:
        tiles: ``(B, 3, h, w)`` float32 RGB in ``[0, 1]`` on the engine's device.
        keep: ``(B, 1, h, w)`` in ``[0, 1]``: 1 where the tile is already finished by earlier tiles
            (sequential mode) and must be kept, 0 where it is to be generated; ``None`` in parallel
            mode. Inpainting pipelines pass ``1 - keep`` as their mask; the engine enforces it anyway.
        tile_numbers: 1-based tile numbers, ``len == B``.
        seeds: one seed per tile, derived by the engine from the pass seed (a tile's result does
            not depend on its batch).
        prompts / negative_prompts: resolved per tile (global + directional + per-tile prompts).
    """

    tiles: torch.Tensor
    keep: torch.Tensor | None
    tile_numbers: list[int]
    seeds: list[int]
    prompts: list[str]
    negative_prompts: list[str]


class TilePipeline(ABC):
    """A pipeline bound to one pass's settings. Built by ``PipelineSpec.factory``."""

    @abstractmethod
    def effective_steps(self) -> int:
        """Work units per tile for progress and ETA (denoising steps actually run; 1 for filters)."""

    @abstractmethod
    def process(self, request: TileRequest, on_step: StepCallback, cancel: CancelToken) -> torch.Tensor:
        """Process a batch; returns ``(B, 3, h_out, w_out)`` float32 in ``[0, 1]`` on the same device.

        ``h_out = h * capabilities.scale_factor``. Must call ``cancel.raise_if_cancelled()`` at least
        once per step or tile so Ctrl-C takes effect quickly.
        """

    def process_panorama(
        self, pano: torch.Tensor, on_step: StepCallback, cancel: CancelToken
    ) -> torch.Tensor:
        """Process a whole panorama ``(3, H, W)`` at once (families with ``whole_panorama``).

        The engine calls it for a pass without tiles (an upscaling pass with no
        ``upscaling.template``); returns ``(3, s·H, s·W)`` on ``pano``'s device.
        """
        raise NotImplementedError(f"{type(self).__name__} cannot process a whole panorama")

    def close(self) -> None:  # noqa: B027 - optional hook
        """Release per-pass resources (adapters, hooks). Cached models stay in the model cache."""
