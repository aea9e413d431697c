"""The config schema and structured config errors, completed with what the pipeline registry knows.

:mod:`hextile.config.schema` builds the ``.hextile.json`` schema from the config models alone (the
config package does not import pipelines); here each pass's ``options`` is tied to its pipeline and
model (``if``/``then`` branches on ``pipeline`` + ``diffusion.model``, and ``x-hextile-options`` as
``{pipeline: {model: schema}}``), and structured errors list the known pipelines and models.
"""

from __future__ import annotations

from typing import Any

from hextile.config import schema as base
from hextile.errors import PipelineError
from hextile.pipelines.registry import all_specs, get_spec


def config_json_schema() -> dict[str, Any]:
    """JSON Schema of a ``.hextile.json`` (draft 2020-12) with every pipeline's options, for forms."""
    branches, table = _options_branches()
    return base.config_json_schema(branches, table)


def pipeline_choices(loc: list[str | int], data: Any) -> list[Any] | None:
    """The allowed values at ``pipeline`` (the pipelines) and ``diffusion.model`` (the models of the
    pass's pipeline) for :func:`hextile.config.schema.structured`; ``None`` elsewhere."""
    leaf = loc[-1] if loc else ""
    if leaf == "pipeline":
        return [s.name for s in all_specs()]
    if leaf == "model" and len(loc) >= 2 and loc[-2] == "diffusion":
        pipeline = base._value_at(data, [*loc[:-2], "pipeline"]) or base._value_at(data, ["pipeline"])
        try:
            return [m.name for m in get_spec(str(pipeline or "opencv")).models]
        except PipelineError:
            return None
    return None


def _options_branches() -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    branches: list[dict[str, Any]] = []
    table: dict[str, dict[str, Any]] = {}
    for spec in all_specs():
        table[spec.name] = {}
        for m in spec.models:
            schema = m.options.model_json_schema() if m.options is not None else None
            table[spec.name][m.name] = schema
            if schema is None:
                continue
            names = [m.name, *m.aliases] + ([None] if m.name == spec.default_model else [])
            branches.append(
                {
                    "if": {
                        "properties": {
                            "pipeline": {"const": spec.name},
                            "diffusion": {"properties": {"model": {"enum": names}}},
                        },
                        "required": ["pipeline"],
                    },
                    "then": {"properties": {"options": schema}},
                }
            )
    return branches, table
