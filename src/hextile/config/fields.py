"""Walking the config models by field path.

Error messages, did-you-mean suggestions and dotted overrides all need to know what lives at a
path such as ``diffusion.lora.models.0.strength``: a model, a list, a dict or a plain value. These
helpers answer that from the pydantic models themselves, so they stay right when fields are added.
"""

from __future__ import annotations

import functools
import types
from typing import Annotated, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from hextile.config.models import FOREIGN_FIELDS, RenderConfig

RENDER_WIDE = ("schema_version", "input", "output", "passes", *FOREIGN_FIELDS)
"""Top-level fields that belong to the whole render and never to a pass."""


def is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, BaseModel)


def strip_annotated(tp: Any) -> tuple[Any, list[Any]]:
    """``Annotated[int, Field(ge=1)]`` -> ``(int, [Ge(1)])``; other types come back unchanged."""
    metadata: list[Any] = []
    while get_origin(tp) is Annotated:
        tp, *extra = get_args(tp)
        for item in extra:
            metadata.extend(item.metadata if isinstance(item, FieldInfo) else [item])
    return tp, metadata


def union_members(tp: Any) -> tuple[Any, ...]:
    """The members of ``A | B`` (``None`` left out), or ``(tp,)`` for anything else."""
    if get_origin(tp) in (Union, types.UnionType):
        return tuple(m for m in get_args(tp) if m is not type(None))
    return (tp,)


def field_key(model: type[BaseModel], name: str) -> str:
    """The key users write for a field: its alias if it has one (``prompt.global``)."""
    return model.model_fields[name].alias or name


def model_field(model: type[BaseModel], key: str) -> tuple[str, FieldInfo] | None:
    """The field a key names, by alias or by Python name; ``None`` if the model has no such field."""
    for name, info in model.model_fields.items():
        if key in (name, info.alias):
            return name, info
    return None


def keys_of(model: type[BaseModel]) -> list[str]:
    """The keys users write for a model's fields, in field order."""
    return [field_key(model, name) for name in model.model_fields]


def step(tp: Any, key: str | int) -> tuple[Any, FieldInfo | None] | None:
    """The type found one step below ``tp`` at ``key``, and the field there if it is a model field.

    Returns ``None`` when ``key`` does not lead anywhere (an unknown field, an index into a
    non-list, or a union tag pydantic puts into error locations).
    """
    tp, _ = strip_annotated(tp)
    for member in union_members(tp):
        member, _ = strip_annotated(member)
        if is_model(member) and isinstance(key, str):
            found = model_field(member, key)
            if found:
                return found[1].annotation, found[1]
        origin = get_origin(member)
        if origin is list and isinstance(key, int):
            return get_args(member)[0], None
        if origin is dict and isinstance(key, str):
            return get_args(member)[1], None
    return None


def literal_values(tp: Any) -> tuple[Any, ...]:
    """The allowed values of a ``Literal[...]`` type (also inside ``Optional``), else ``()``."""
    values: list[Any] = []
    for member in union_members(strip_annotated(tp)[0]):
        member, _ = strip_annotated(member)
        if get_origin(member) is Literal:
            values.extend(get_args(member))
    return tuple(values)


def bounds(tp: Any, info: FieldInfo | None = None) -> dict[str, float]:
    """The numeric bounds (``ge``, ``gt``, ``le``, ``lt``) declared on a field or an item type."""
    metadata: list[Any] = list(info.metadata) if info else []
    tp, outer = strip_annotated(tp)
    metadata.extend(outer)
    for member in union_members(tp):
        metadata.extend(strip_annotated(member)[1])
    return {
        name: getattr(item, name)
        for item in metadata
        for name in ("ge", "gt", "le", "lt")
        if getattr(item, name, None) is not None
    }


@functools.cache
def all_paths(model: type[BaseModel] = RenderConfig, prefix: str = "") -> tuple[str, ...]:
    """Dotted paths of every field below ``model`` through nested models (not into lists or dicts),
    e.g. ``diffusion.lora.enabled``."""
    paths: list[str] = []
    for name, info in model.model_fields.items():
        path = f"{prefix}{info.alias or name}"
        paths.append(path)
        for member in union_members(strip_annotated(info.annotation)[0]):
            member, _ = strip_annotated(member)
            if is_model(member):
                paths.extend(all_paths(member, f"{path}."))
    return tuple(paths)


def find_key(key: str) -> list[str]:
    """Dotted paths of every config field called ``key`` (for 'did you mean')."""
    return [p for p in all_paths() if p.rsplit(".", 1)[-1] == key]


def canonical(model: type[BaseModel], data: Any) -> Any:
    """A copy of ``data`` with Python field names replaced by their aliases (``global_`` -> ``global``).

    Merging two dicts only works when both spell a field the same way; unknown keys are kept as
    they are so validation can report them.
    """
    if not isinstance(data, dict):
        return data
    out: dict[str, Any] = {}
    for key, value in data.items():
        found = model_field(model, key) if isinstance(key, str) else None
        if found is None:
            out[key] = value
            continue
        name, info = found
        out[info.alias or name] = _canonical_value(info.annotation, value)
    return out


def _canonical_value(tp: Any, value: Any) -> Any:
    for member in union_members(strip_annotated(tp)[0]):
        member, _ = strip_annotated(member)
        if is_model(member) and isinstance(value, dict):
            return canonical(member, value)
        if get_origin(member) is list and isinstance(value, list):
            item = strip_annotated(get_args(member)[0])[0]
            if is_model(item):
                return [canonical(item, v) for v in value]
    return value
