"""Tile pipelines: the engine contract (:mod:`.base`), the registry of families (:mod:`.registry`)
and the families themselves (:mod:`.opencv`, the diffusion families, the upscalers).

Importing this package loads no family; the registry imports them on first lookup.
"""

from hextile.pipelines.base import (
    Capabilities,
    ModelSpec,
    PipelineContext,
    PipelineSpec,
    StepCallback,
    TilePipeline,
    TileRequest,
)
from hextile.pipelines.registry import (
    BUILTIN_MODULES,
    all_specs,
    find_model,
    get_model,
    get_spec,
    register,
    spec_as_dict,
    validate_options,
)

__all__ = [
    "BUILTIN_MODULES",
    "Capabilities",
    "ModelSpec",
    "PipelineContext",
    "PipelineSpec",
    "StepCallback",
    "TilePipeline",
    "TileRequest",
    "all_specs",
    "find_model",
    "get_model",
    "get_spec",
    "register",
    "spec_as_dict",
    "validate_options",
]
