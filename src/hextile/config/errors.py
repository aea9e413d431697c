"""Turning pydantic validation errors into one readable line per problem.

Each line names the field path as it appears in the file (``passes[1].diffusion.strength``), the
bad value as written in JSON, and what is allowed::

    passes[1].diffusion.strength: 1.7 is not between 0 and 1
    hextile.tile_input_width: 1001 is not a multiple of 8
    diffusion.strenght: unknown field (did you mean 'strength'?)

Paths are computed by walking the models (:mod:`hextile.config.fields`), which also drops the
union tags pydantic puts into error locations and supplies the bounds and allowed values.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from hextile.config.fields import (
    all_paths,
    bounds,
    find_key,
    is_model,
    keys_of,
    literal_values,
    step,
    union_members,
)
from hextile.config.models import FOREIGN_FIELDS, PassSettings, RenderConfig
from hextile.errors import ConfigError
from hextile.suggest import closest

Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One problem: where (a path of keys and list indices) and what, without the path."""

    loc: Loc
    message: str

    def line(self, prefix: Loc = ()) -> str:
        path = path_text(prefix + self.loc)
        return f"{path}: {self.message}" if path else self.message


def path_text(loc: Loc) -> str:
    """``("passes", 1, "diffusion", "strength")`` -> ``passes[1].diffusion.strength``."""
    text = ""
    for item in loc:
        text += f"[{item}]" if isinstance(item, int) else (f".{item}" if text else str(item))
    return text


def show(value: Any, limit: int = 60) -> str:
    """A value as the user wrote it: strings quoted, everything else as JSON, shortened if long."""
    if isinstance(value, str):
        text = repr(value)
    else:
        try:
            text = json.dumps(value, ensure_ascii=False, default=str)
        except ValueError:  # NaN and friends
            text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def number(value: float) -> str:
    """``1.0`` -> ``1``, ``0.25`` -> ``0.25``, ``4294967295`` -> ``4294967295``."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def config_error(lines: list[str], source: str | None = None) -> ConfigError:
    """A :class:`ConfigError` holding every line, whose one-line message shows the first.

    ``source`` is the config file as the user named it, or ``None`` for a config given as data.
    """
    name = f"config {source}" if source else "the config"
    if len(lines) == 1:
        return ConfigError(f"{name}: {lines[0]}", errors=list(lines))
    fix = (
        f"Run `hextile config validate {source}` to list them all"
        if source
        else "The error lists them all, one per line"
    )
    return ConfigError(f"{name} has {len(lines)} problems, the first: {lines[0]}", fix, errors=list(lines))


def problems(exc: ValidationError, model: type[BaseModel]) -> list[Problem]:
    """The problems of a validation error raised by ``model.model_validate``, in error order.

    Errors about the alternatives of one union field (e.g. ``rendertiles``: ``'all'`` or a list)
    collapse into one problem: the branch the value got into if there is one, otherwise a single
    "is not A or B" line.
    """
    groups: dict[Loc | int, list[tuple[Loc, dict[str, Any], Any, Any]]] = {}  # in error order
    for n, details in enumerate(exc.errors()):
        err: dict[str, Any] = dict(details)
        loc, tp, info, union_at = _walk(model, err)
        groups.setdefault(n if union_at is None else union_at, []).append((loc, err, tp, info))
    out: list[Problem] = []
    for key, group in groups.items():
        if not isinstance(key, int):
            inside = [g for g in group if len(g[0]) > len(key)]  # the value got into an alternative
            if not inside:
                wanted = " or ".join(dict.fromkeys(_expected(err, tp) for _, err, tp, _ in group))
                out.append(Problem(key, f"{show(group[0][1]['input'])} is not {wanted}"))
                continue
            group = inside
        out.extend(Problem(loc, _message(err, loc, tp, info)) for loc, err, tp, info in group)
    return out


def _walk(model: type[BaseModel], err: dict[str, Any]) -> tuple[Loc, Any, Any, Loc | None]:
    """Follow an error location through the models.

    Returns the clean path (union tags removed), the type and field found at its end, and the
    path of the union field the error went through (``None`` if none).
    """
    tp: Any = model
    info = None
    clean: list[str | int] = []
    union_at: Loc | None = None
    loc = err["loc"]
    for i, item in enumerate(loc):
        nxt = step(tp, item)
        if nxt is not None:
            tp, info = nxt
            clean.append(item)
        elif i == len(loc) - 1 and err["type"] == "extra_forbidden":
            clean.append(item)  # the unknown key itself; tp stays the model it is unknown in
        elif isinstance(item, str) and len(union_members(tp)) > 1:
            union_at = tuple(clean)  # a union tag such as "literal['all']": not part of the path
        else:
            clean.append(item)
    ctx = err.get("ctx") or {}
    if err["type"] == "hextile" and ctx.get("field"):
        clean.append(ctx["field"])
        found = step(tp, ctx["field"])
        tp, info = found if found else (tp, info)
    return tuple(clean), tp, info, union_at


_TYPE_WORDS = {
    "int_type": "a whole number",
    "int_parsing": "a whole number",
    "int_from_float": "a whole number",
    "float_type": "a number",
    "float_parsing": "a number",
    "finite_number": "a finite number",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "string_type": "a string",
    "list_type": "a list",
    "dict_type": "an object",
    "model_type": "an object",
    "model_attributes_type": "an object",
    "none_required": "null",
}


def _expected(err: dict[str, Any], tp: Any) -> str:
    """What a type-like error says the value should have been (``a whole number``, ``'all'``)."""
    kind = err["type"]
    if kind == "literal_error":
        allowed = literal_values(tp)
        return ", ".join(show(v) for v in allowed) if allowed else err["ctx"]["expected"]
    return _TYPE_WORDS.get(kind, err["msg"].removeprefix("Input should be ").lower())


def _message(err: dict[str, Any], loc: Loc, tp: Any, info: Any) -> str:
    kind = err["type"]
    value = err.get("input")
    ctx = err.get("ctx") or {}
    if kind == "hextile":
        return err["msg"]
    if kind == "extra_forbidden":
        return _unknown_field(str(loc[-1]), tp, loc)
    if kind == "missing":
        return "required field is missing"
    if kind in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        return _out_of_range(value, bounds(tp, info))
    if kind == "multiple_of":
        return f"{show(value)} is not a multiple of {number(ctx['multiple_of'])}"
    if kind == "literal_error":
        return _not_allowed(value, tp, ctx)
    if kind in ("too_long", "too_short"):
        noun = str(loc[-1]) if loc and loc[-1] == "passes" else "items"
        if kind == "too_long":
            return f"{ctx['actual_length']} {noun} given, at most {ctx['max_length']} are allowed"
        return f"{ctx['actual_length']} {noun} given, at least {ctx['min_length']} required"
    if kind == "string_too_short":
        return "must not be empty" if ctx["min_length"] == 1 else f"{show(value)} is too short"
    if kind == "string_too_long":
        return f"{show(value)} is longer than {ctx['max_length']} characters"
    if kind in _TYPE_WORDS:
        return f"{show(value)} is not {_TYPE_WORDS[kind]}"
    return f"{show(value)} is not allowed ({err['msg']})"


def _out_of_range(value: Any, found: dict[str, float]) -> str:
    low = found.get("ge", found.get("gt"))
    high = found.get("le", found.get("lt"))
    low_text = f"{number(low)}{' (exclusive)' if 'gt' in found else ''}" if low is not None else ""
    high_text = f"{number(high)}{' (exclusive)' if 'lt' in found else ''}" if high is not None else ""
    if low is not None and high is not None:
        return f"{show(value)} is not between {low_text} and {high_text}"
    if low is not None:
        return f"{show(value)} is below the minimum {low_text}"
    return f"{show(value)} is above the maximum {high_text}"


def _not_allowed(value: Any, tp: Any, ctx: dict[str, Any]) -> str:
    allowed = literal_values(tp)
    listed = ", ".join(show(v) for v in allowed) if allowed else ctx.get("expected", "")
    text = f"{show(value)} is not one of {listed}"
    if isinstance(value, str):
        near = closest(value, [v for v in allowed if isinstance(v, str)])
        if near:
            text += f" (did you mean {show(near)}?)"
    return text


def _unknown_field(key: str, model: Any, loc: Loc) -> str:
    """``unknown field (did you mean 'strength'?)``.

    Suggestions, best first: the same name elsewhere when at the top of a pass (``model`` there is
    surely ``diffusion.model``, not ``mode``); a close name at this level; a field elsewhere whose
    name contains the key as a word (``steps`` -> ``diffusion.num_inference_steps``); a close
    name elsewhere.
    """
    model = next((m for m in union_members(model) if is_model(m)), None)
    if model is None:
        return "unknown field"
    here = [k for k in keys_of(model) if k not in FOREIGN_FIELDS]  # never suggest the other app's
    exact = find_key(key)
    leaves = sorted({p.rsplit(".", 1)[-1] for p in all_paths()} - set(FOREIGN_FIELDS))
    candidates = [
        exact if model in (PassSettings, RenderConfig) else [],
        [near] if (near := closest(key, here)) else [],
        exact,
        [p for leaf in leaves if key.casefold() in leaf.split("_") for p in find_key(leaf)],
        find_key(near) if (near := closest(key, leaves)) else [],
    ]
    suggestions = next((c for c in candidates if c), [])
    if suggestions:
        return f"unknown field (did you mean {' or '.join(show(s) for s in suggestions[:3])}?)"
    return f"unknown field (known: {', '.join(here)})"
