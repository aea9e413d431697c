"""From a config to the complete settings of each pass.

Without ``passes`` a config is one pass: its top-level settings. With ``passes``, each entry is
merged over the top-level settings (objects merge deeply, lists replace whole;
:func:`hextile.config.merge.deep_merge`), and passes without a ``name`` are called "Pass 1",
"Pass 2", … by position. ``input``, ``output`` and ``schema_version`` belong to the whole render
and never go into a pass.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from pydantic import ValidationError

from hextile.config.errors import Loc, Problem, config_error, problems
from hextile.config.fields import RENDER_WIDE, canonical
from hextile.config.merge import deep_merge
from hextile.config.models import PassSettings, RenderConfig


def pass_name(index: int) -> str:
    """The default name of the pass at 0-based ``index``: ``Pass 1``, ``Pass 2``, …"""
    return f"Pass {index + 1}"


def pass_base(top: dict[str, Any]) -> dict[str, Any]:
    """The top-level settings every pass entry is merged over: all but the render-wide fields and
    the name (each pass has its own)."""
    return {k: v for k, v in canonical(RenderConfig, top).items() if k not in (*RENDER_WIDE, "name")}


def merge_entry(base: dict[str, Any], entry: dict[str, Any], index: int) -> dict[str, Any]:
    """The settings of pass ``index``: ``entry`` deep-merged over ``base``, with its default name.

    Both must spell fields the same way (:func:`hextile.config.fields.canonical`).
    """
    merged = deep_merge(base, entry)
    merged.setdefault("name", pass_name(index))
    return merged


def validate_entries(
    base: dict[str, Any], entries: list[Any], known: Collection[Loc] = ()
) -> tuple[list[PassSettings], list[str]]:
    """Validate each pass entry merged over ``base``; returns the passes and the problem lines.

    Problem paths start with ``passes[i]``. A problem at a path the entry does not set, and that
    ``known`` (the paths of the top-level problems) already reports, is the top level's and is
    not repeated for every pass.
    """
    passes: list[PassSettings] = []
    lines: list[str] = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict):
            continue  # the RenderConfig model reports it ("is not an object")
        entry = canonical(PassSettings, entry)
        for key in RENDER_WIDE:
            if key in entry:
                lines.append(
                    Problem(("passes", i, key), "belongs to the whole render, set it at the top level").line()
                )
        entry = {k: v for k, v in entry.items() if k not in RENDER_WIDE}
        try:
            passes.append(PassSettings.model_validate(merge_entry(base, entry, i)))
        except ValidationError as exc:
            lines.extend(
                p.line(("passes", i))
                for p in problems(exc, PassSettings)
                if _sets(entry, p.loc) or p.loc not in known
            )
    return passes, lines


def _sets(entry: Any, loc: Loc) -> bool:
    """Whether ``entry`` itself sets the value at ``loc`` (or replaces a list or value above it)."""
    node = entry
    for key in loc:
        if not isinstance(node, dict):
            return True
        if key not in node:
            return False
        node = node[key]
    return True


def resolve_passes(cfg: RenderConfig) -> list[PassSettings]:
    """The complete settings of every pass of ``cfg``, in render order.

    Raises:
        ConfigError: a pass entry is invalid once merged (possible for a config built in Python;
            :func:`hextile.config.load_config` has already checked files and dicts).
    """
    top = cfg.model_dump(by_alias=True)
    if cfg.passes is None:
        return [PassSettings.model_validate(pass_base(top) | {"name": cfg.name})]
    passes, lines = validate_entries(pass_base(top), cfg.passes)
    if lines:
        raise config_error(lines)
    return passes
