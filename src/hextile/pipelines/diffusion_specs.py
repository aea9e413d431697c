"""Pipeline specs of the diffusion families: ``sdxl``, ``sd35``, ``flux``, ``sd15``, ``sd21``.

Cheap to import (no diffusers): the registry imports this module to list families and models; the
factories import :mod:`hextile.pipelines.diffusion.common` (and diffusers, when a model loads).

Besides ``SPECS`` this module offers what the engine, the CLI and the config checker need before a
render starts:

- :func:`check_available` — everything a pass needs is on this machine (raises one line);
- :func:`detect_family` — the family of a local diffusers folder or checkpoint;
- :func:`resolve_model` — a pass's model → where it comes from;
- :func:`installed_models` — registered models found in the Hugging Face cache.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from hextile.pipelines.base import Capabilities, PipelineContext, PipelineSpec, TilePipeline
from hextile.pipelines.diffusion import catalog
from hextile.pipelines.diffusion.loading import (
    InstalledModel,
    ModelSource,
    installed_models,
    resolve_model,
)
from hextile.pipelines.diffusion.loading import detect_family as _detect_family
from hextile.pipelines.diffusion.preflight import check_available
from hextile.pipelines.registry import register

__all__ = [
    "DIFFUSION_FAMILIES",
    "SPECS",
    "InstalledModel",
    "ModelSource",
    "capabilities",
    "check_available",
    "detect_family",
    "installed_models",
    "is_diffusion",
    "resolve_model",
]

DIFFUSION_FAMILIES = catalog.DIFFUSION_FAMILIES


def capabilities(family: str) -> Capabilities:
    return Capabilities(
        prompt=True,
        negative_prompt=family != "flux",
        strength=True,
        steps=True,
        guidance=True,
        scheduler=True,
        seed=True,
        inpaint_mask=True,
        controlnet_types=catalog.controlnet_types(family),
        lora=True,
        batch=True,
        scale_factor=1,
        needs_weights=True,
    )


def _factory(family: str) -> Callable[[PipelineContext], TilePipeline]:
    def factory(ctx: PipelineContext) -> TilePipeline:
        from hextile.pipelines.diffusion.common import DiffusionTilePipeline

        return DiffusionTilePipeline(family, ctx)

    factory.__name__ = f"{family}_factory"
    factory.__qualname__ = factory.__name__
    return factory


def _spec(family: str) -> PipelineSpec:
    return PipelineSpec(
        name=family,
        title=catalog.TITLES[family],
        description=catalog.DESCRIPTIONS[family],
        models=catalog.MODELS[family],
        default_model=catalog.DEFAULT_MODEL[family],
        capabilities=capabilities(family),
        factory=_factory(family),
        defaults=dict(catalog.FAMILY_DEFAULTS[family]),
        ranges=dict(catalog.FAMILY_RANGES[family]),
        schedulers=catalog.scheduler_names(family),
        preflight=check_available,
    )


SPECS: tuple[PipelineSpec, ...] = tuple(_spec(f) for f in DIFFUSION_FAMILIES)

for _s in SPECS:
    register(_s)


def is_diffusion(family: str) -> bool:
    return family in DIFFUSION_FAMILIES


def detect_family(path: str | os.PathLike[str]) -> str:
    """Family (``sdxl``, ``sd35``, ``flux``, ``sd15``, ``sd21``) of a local diffusers folder or checkpoint.

    Reads ``model_index.json``'s ``_class_name`` (a folder) or tensor names (a ``.safetensors``);
    raises :class:`~hextile.errors.PipelineError` when it is not a model hextile can run.
    """
    return _detect_family(path)
