"""Render configs (``.hextile.json``): models, loading, validation, passes, export.

Public API::

    load_config(source) -> RenderConfig          # file path or parsed JSON; every problem at once
    resolve_passes(cfg) -> list[PassSettings]     # complete settings of each pass
    export_config(cfg) -> str                     # canonical JSON, every pass complete
    save_config(cfg, path) -> Path                # export, written atomically
    new_config(passes, pipeline, model) -> RenderConfig
    apply_overrides(cfg, {"diffusion.strength": 0.3}, pass_index=None) -> RenderConfig

See docs/config.md for the format.
"""

from hextile.config.io import export_config, load_config, save_config
from hextile.config.models import MAX_PASSES, SCHEMA_VERSION, PassSettings, RenderConfig
from hextile.config.new import new_config
from hextile.config.overrides import apply_overrides
from hextile.config.resolve import resolve_passes

__all__ = [
    "MAX_PASSES",
    "SCHEMA_VERSION",
    "PassSettings",
    "RenderConfig",
    "apply_overrides",
    "export_config",
    "load_config",
    "new_config",
    "resolve_passes",
    "save_config",
]
