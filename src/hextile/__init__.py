"""hextile: restyle 360° equirectangular panoramas tile by tile over the whole sphere, in chained passes.

The public API, imported lazily (``import hextile`` loads neither torch nor the engine until a
name is used)::

    import hextile
    cfg = hextile.load_config("my.hextile.json")
    result = hextile.render(cfg, "pano.png", "renders")        # or hextile.resume_render(folder)
    hextile.template_facts("Hextile_20_2K"); hextile.list_pipelines()
    with hextile.Renderer("data", hextile.RendererSettings(devices=["cpu"])) as r: ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hextile.lazy import lazy_attributes

__version__ = "0.1.0"

_EXPORTS = {
    # engine
    "render": "hextile.engine",
    "resume_render": "hextile.engine",
    "RenderOptions": "hextile.engine",
    "RenderResult": "hextile.engine",
    "RenderJob": "hextile.engine",
    "ProgressEvent": "hextile.engine",
    "CancelToken": "hextile.cancel",
    # config
    "RenderConfig": "hextile.config",
    "PassSettings": "hextile.config",
    "load_config": "hextile.config",
    "save_config": "hextile.config",
    "export_config": "hextile.config",
    "new_config": "hextile.config",
    "check_config": "hextile.engine.checks",
    "resolve_passes": "hextile.config",
    "apply_overrides": "hextile.config",
    "config_json_schema": "hextile.engine.config_schema",
    "validate_structured": "hextile.engine.checks",
    "FieldError": "hextile.config.schema",
    # listings
    "template_facts": "hextile.service.catalog",
    "template_cells": "hextile.service.catalog",
    "builtin_templates": "hextile.service.catalog",
    "list_pipelines": "hextile.service.catalog",
    "installed_models": "hextile.service.catalog",
    "family_of": "hextile.service.catalog",
    "get_template": "hextile.geometry",
    # service
    "Renderer": "hextile.service",
    "RendererSettings": "hextile.service",
    "EventBus": "hextile.service",
    "JobEvent": "hextile.service",
    # errors
    "HextileError": "hextile.errors",
    "ConfigError": "hextile.errors",
    "InputImageError": "hextile.errors",
    "PipelineError": "hextile.errors",
}

__all__ = [
    "CancelToken",
    "ConfigError",
    "EventBus",
    "FieldError",
    "HextileError",
    "InputImageError",
    "JobEvent",
    "PassSettings",
    "PipelineError",
    "ProgressEvent",
    "RenderConfig",
    "RenderJob",
    "RenderOptions",
    "RenderResult",
    "Renderer",
    "RendererSettings",
    "__version__",
    "apply_overrides",
    "builtin_templates",
    "check_config",
    "config_json_schema",
    "export_config",
    "family_of",
    "get_template",
    "installed_models",
    "list_pipelines",
    "load_config",
    "new_config",
    "render",
    "resolve_passes",
    "resume_render",
    "save_config",
    "template_cells",
    "template_facts",
    "validate_structured",
]

if TYPE_CHECKING:
    from hextile.cancel import CancelToken
    from hextile.config import (
        PassSettings,
        RenderConfig,
        apply_overrides,
        export_config,
        load_config,
        new_config,
        resolve_passes,
        save_config,
    )
    from hextile.config.schema import FieldError
    from hextile.engine import ProgressEvent, RenderJob, RenderOptions, RenderResult, render, resume_render
    from hextile.engine.checks import check_config, validate_structured
    from hextile.engine.config_schema import config_json_schema
    from hextile.errors import ConfigError, HextileError, InputImageError, PipelineError
    from hextile.geometry import get_template
    from hextile.service import EventBus, JobEvent, Renderer, RendererSettings
    from hextile.service.catalog import (
        builtin_templates,
        family_of,
        installed_models,
        list_pipelines,
        template_cells,
        template_facts,
    )


__getattr__, __dir__ = lazy_attributes(globals(), _EXPORTS)
