"""The pre-render check of a diffusion pass: everything it needs is on this machine and fits.

:func:`check_available` is the ``preflight`` of every diffusion family's spec; the engine calls it
for every pass before the render folder is created. It loads no weights and imports no diffusers:
it reads folders, the Hugging Face cache and file headers.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from hextile.pipelines.diffusion import catalog, lora
from hextile.pipelines.diffusion import controlnet as cn
from hextile.pipelines.diffusion.loading import check_scheduler, ensure_model, parse_options, resolve_model

if TYPE_CHECKING:
    from hextile.config.models import PassSettings


def check_available(settings: PassSettings) -> None:
    """Raise :class:`~hextile.errors.PipelineError` (one line) if a diffusion pass cannot run here.

    Checks, in order: the options; the model resolves to a family model and is on this machine
    (complete); the scheduler fits the family; every enabled LoRA file is on this machine, is a LoRA
    for the family and fits the model's layers; every enabled ControlNet unit's type is supported
    and its model is on this machine; ControlNet depth has its depth panorama. A missing model,
    LoRA or ControlNet names the ``hf download …`` command that fetches it. Passes of other
    pipelines are ignored.
    """
    family = settings.pipeline
    if family not in catalog.DIFFUSION_FAMILIES:
        return
    opts = parse_options(settings.options)
    src = resolve_model(family, settings.diffusion.model, opts)
    local = ensure_model(src)
    check_scheduler(family, settings.diffusion.scheduler)
    folder: Path | None = local if src.kind != "single_file" else None
    lora.check_loras(settings, family, folder, src.describe())
    cn.check_units(settings, family, opts)
