"""docs/config.md documents every config field, and its example means what it says."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel

from hextile.config import RenderConfig, load_config, resolve_passes
from hextile.config.fields import is_model, keys_of

DOC = (Path(__file__).resolve().parents[1] / "docs" / "config.md").read_text(encoding="utf-8")


def documented_paths() -> set[str]:
    """Every field path that starts a table row, as written (``units[].type``)."""
    return set(re.findall(r"^\| `([\w.\[\]]+)` \|", DOC, flags=re.MULTILINE))


def models_in(tp: Any) -> list[type[BaseModel]]:
    """The models inside a type (``list[LoraModel]`` -> ``[LoraModel]``)."""
    if is_model(tp):
        return [tp]
    return [m for arg in get_args(tp) for m in models_in(arg)]


def all_models() -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = [RenderConfig]
    for model in found:  # grows while iterating: a breadth-first walk
        for info in model.model_fields.values():
            found += [m for m in models_in(info.annotation) if m not in found]
    return found


def test_every_field_of_every_model_is_documented() -> None:
    """Each field key is a table row (or a part of one, like ``lora`` in ``lora.enabled``), or a
    section heading (``#### `hextile` ``)."""
    parts = {part for path in documented_paths() for part in re.split(r"\[\]\.|\.", path)}
    parts |= set(re.findall(r"^#+ `(\w+)`", DOC, flags=re.MULTILINE))
    missing = [f"{m.__name__}.{key}" for m in all_models() for key in keys_of(m) if key not in parts]
    assert missing == []


def test_the_merge_example_resolves_as_described() -> None:
    block = DOC.split("```json\n", 1)[1].split("```", 1)[0]
    first, second = resolve_passes(load_config(json.loads(block)))
    assert (first.name, first.diffusion.model, first.diffusion.seed) == ("Pass 1", "stylize", 3)
    assert (first.diffusion.strength, first.hextile.template) == (0.8, "Hextile_20_2K")
    assert (second.name, second.diffusion.model, second.diffusion.seed) == ("Sharpen", "detail", 3)
    assert (second.diffusion.strength, second.hextile.template) == (0.2, "Hextile_44_4K")
