"""The config as a JSON Schema a form can be built from, and validation errors as data.

- :func:`config_json_schema`: the ``.hextile.json`` schema. ``passes`` items are *partial* passes
  (:func:`partial_model`: every field optional, an absent field comes from the top level); the
  caller may tie each pass's ``options`` to its pipeline and model (``options_branches``,
  ``options_table``): :mod:`hextile.engine.config_schema` does so from the pipeline registry, which
  this package does not import.
- :func:`structured`: problem lines as :class:`FieldError` (``path``, ``value``, ``message``,
  ``allowed``); ``choices`` supplies what only the pipeline registry knows (pipeline and model
  names).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import Annotated, Any, Optional, get_args

from pydantic import BaseModel, ConfigDict, Field, create_model

from hextile.config.fields import bounds, is_model, literal_values, step, strip_annotated, union_members
from hextile.config.models import PassSettings, RenderConfig
from hextile.geometry.templates import builtin_names


class FieldError(BaseModel):
    """One problem of a config: where (``passes[1].diffusion.strength``), the value found there,
    what is wrong, and what is allowed (a list of values, or ``{"ge": 0, "le": 1}`` bounds)."""

    path: str = Field("", description="field path as written in the file; empty for the whole config")
    value: Any = None
    message: str
    allowed: list[Any] | dict[str, float] | None = None


_PATH = re.compile(r"^((?:[A-Za-z_][\w]*|\d+)(?:\[\d+\]|\.[\w]+)*): (.*)$", re.S)
_PART = re.compile(r"\[(\d+)\]|\.?([^.\[]+)")


def split_path(path: str) -> list[str | int]:
    """``passes[1].diffusion.strength`` -> ``["passes", 1, "diffusion", "strength"]``."""
    return [int(i) if i is not None and i != "" else k for i, k in _PART.findall(path)]


def _value_at(data: Any, loc: list[str | int]) -> Any:
    node = data
    for key in loc:
        in_dict = isinstance(node, dict) and isinstance(key, str) and key in node
        in_list = isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node)
        if in_dict or in_list:
            node = node[key]
        else:
            return None
    return node


Choices = Callable[[list[str | int], Any], list[Any] | None]
"""``choices(path, data)``: the allowed values at a config path that only a caller knows (e.g. the
pipeline names), or ``None`` to let the models answer."""


def _allowed_at(
    loc: list[str | int], data: Any, choices: Choices | None
) -> list[Any] | dict[str, float] | None:
    tp: Any = RenderConfig
    info = None
    for key in loc:
        if tp is RenderConfig and key == "passes":
            tp = list[PassSettings]
            continue
        nxt = step(tp, key)
        if nxt is None:
            return None
        tp, info = nxt
    leaf = loc[-1] if loc else ""
    given = choices(loc, data) if choices is not None else None
    if given is not None:
        return given
    if leaf == "template":
        return list(builtin_names())
    values = literal_values(tp)
    if values:
        return list(values)
    found = bounds(tp, info)
    return dict(found) if found else None


def structured(lines: list[str], data: Any, choices: Choices | None = None) -> list[FieldError]:
    """Problem lines (``path: message``) as :class:`FieldError` s, with the value and what is allowed."""
    out = []
    for line in lines:
        m = _PATH.match(line)
        if m is None:
            out.append(FieldError(path="", message=line))
            continue
        path, message = m.group(1), m.group(2)
        loc = split_path(path)
        value = _value_at(data, loc)
        try:
            allowed = _allowed_at(loc, data, choices)
        except Exception:  # a path the models do not know (an unknown field)
            allowed = None
        out.append(FieldError(path=path, value=value, message=message, allowed=allowed))
    return out


# ----------------------------------------------------------------------------------- schema


@cache
def partial_model(model: type[BaseModel]) -> type[BaseModel]:
    """A copy of ``model`` whose every field is optional with default ``None`` (nested models too):
    a pass entry, where absent fields come from the top-level settings."""
    fields: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        ann = info.annotation
        members = union_members(ann)
        if len(members) == 1 and is_model(strip_annotated(members[0])[0]):
            inner: Any = partial_model(strip_annotated(members[0])[0])
        else:
            inner = Annotated[ann, *info.metadata] if info.metadata else ann
        fields[name] = (
            Optional[inner],  # noqa: UP045 - a runtime type expression
            Field(None, alias=info.alias, description=info.description),
        )
    return create_model(
        f"{model.__name__}Patch",
        __config__=ConfigDict(extra="forbid", populate_by_name=True),
        __doc__=f"Partial {model.__name__}: every field optional, absent fields are inherited.",
        **fields,
    )


def config_json_schema(
    options_branches: list[dict[str, Any]] | None = None,
    options_table: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """JSON Schema of a ``.hextile.json`` (draft 2020-12), ready for a form generator.

    ``options_branches`` (``if``/``then`` schemas tying ``options`` to a pipeline and model) go into
    ``allOf`` of the config and of a pass entry; ``options_table`` (``{pipeline: {model: schema}}``)
    becomes ``x-hextile-options``. :func:`hextile.engine.config_schema.config_json_schema` fills
    both from the pipeline registry.
    """
    schema = RenderConfig.model_json_schema(by_alias=True)
    patch = partial_model(PassSettings).model_json_schema(by_alias=True, ref_template="#/$defs/{model}")
    defs = schema.setdefault("$defs", {})
    defs.update(patch.pop("$defs", {}))
    defs["PassSettingsPatch"] = patch
    schema["properties"]["passes"] = {
        "anyOf": [
            {"type": "array", "items": {"$ref": "#/$defs/PassSettingsPatch"}, "minItems": 1, "maxItems": 10},
            {"type": "null"},
        ],
        "default": None,
        "description": "The passes, in order; each entry is merged over the top-level settings.",
    }
    if options_branches:
        schema["allOf"] = options_branches
        defs["PassSettingsPatch"]["allOf"] = options_branches
    schema["x-hextile-options"] = options_table or {}
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema


__all__ = [
    "FieldError",
    "config_json_schema",
    "get_args",
    "partial_model",
    "structured",
]
