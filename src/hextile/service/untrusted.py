"""Configs from untrusted clients (HTTP): no path field may reach outside the data dir.

- ``output.path`` and ``input.path`` are refused: the server decides where files go and the input
  is an uploaded id.
- Templates are built-in names, or the name of a ``.json`` file in ``<data>/templates/`` (rewritten
  to its path there); a path is refused.
- Model, LoRA and ControlNet fields take registry names or Hugging Face ``org/repo`` ids; a
  filesystem path (absolute, ``~``, ``.``/``..``, backslashes, a weights file name) is refused.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

from hextile.config.schema import FieldError
from hextile.config.weights import WEIGHT_SUFFIXES

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_REPO_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*$")


def data_templates(data_dir: Path) -> dict[str, Path]:
    """Custom templates a client may name: ``<data>/templates/*.json`` by file stem."""
    folder = data_dir / "templates"
    if not folder.is_dir():
        return {}
    base = folder.resolve()
    found = {}
    for p in sorted(folder.glob("*.json")):
        real = p.resolve()
        if real.is_relative_to(base) and real.is_file():
            found[p.stem] = real
    return found


def _path_like(value: str) -> bool:
    if _REPO_ID.match(value) and ".." not in value:
        return False
    return (
        "/" in value
        or "\\" in value
        or value.startswith(("~", "."))
        or ":" in value
        or value.lower().endswith(WEIGHT_SUFFIXES)
    )


def untrusted_config(data: Any, data_dir: Path) -> tuple[Any, list[FieldError]]:
    """A copy of ``data`` with template names mapped to files in the data dir, and the problems."""
    if not isinstance(data, dict):
        return data, []
    data = copy.deepcopy(data)
    errors: list[FieldError] = []
    templates = data_templates(data_dir)
    from hextile.geometry.templates import builtin_names

    builtins = list(builtin_names())

    def fix_template(node: dict[str, Any], key: str, where: str) -> None:
        value = node.get(key)
        if value is None or not isinstance(value, str) or value in builtins:
            return
        stem = value[:-5] if value.endswith(".json") else value
        if _NAME.match(value) and stem in templates:
            node[key] = str(templates[stem])
            return
        errors.append(
            FieldError(
                path=where,
                value=value,
                message="is not a built-in template or a template in the server's data folder "
                "(paths are not accepted over HTTP)",
                allowed=builtins + sorted(templates),
            )
        )

    def check_model(value: Any, where: str) -> None:
        if isinstance(value, str) and _path_like(value):
            errors.append(
                FieldError(
                    path=where,
                    value=value,
                    message="local file paths are not accepted over HTTP; use a model name or a "
                    "Hugging Face org/repo id from the local cache",
                )
            )

    def check_pass(node: dict[str, Any], prefix: str) -> None:
        for section, key in (("hextile", "template"), ("upscaling", "template")):
            sub = node.get(section)
            if isinstance(sub, dict):
                fix_template(sub, key, f"{prefix}{section}.{key}")
        diffusion = node.get("diffusion")
        if isinstance(diffusion, dict):
            check_model(diffusion.get("model"), f"{prefix}diffusion.model")
            lora = diffusion.get("lora")
            if isinstance(lora, dict) and isinstance(lora.get("models"), list):
                for i, m in enumerate(lora["models"]):
                    if isinstance(m, dict):
                        check_model(m.get("model_path"), f"{prefix}diffusion.lora.models[{i}].model_path")
        cn = node.get("controlnet")
        if isinstance(cn, dict) and isinstance(cn.get("units"), list):
            for i, u in enumerate(cn["units"]):
                if isinstance(u, dict):
                    check_model(u.get("model"), f"{prefix}controlnet.units[{i}].model")
        upscaling = node.get("upscaling")
        if isinstance(upscaling, dict):
            check_model(upscaling.get("model"), f"{prefix}upscaling.model")

    for section in ("output", "input"):
        sub = data.get(section)
        if isinstance(sub, dict) and sub.get("path") not in (None, ""):
            errors.append(
                FieldError(
                    path=f"{section}.path",
                    value=sub.get("path"),
                    message="is set by the server over HTTP (files stay in its data folder); remove it",
                    allowed=[None],
                )
            )
        if isinstance(sub, dict) and sub.get("path") == "":
            sub["path"] = None
    check_pass(data, "")
    passes = data.get("passes")
    if isinstance(passes, list):
        for i, entry in enumerate(passes):
            if isinstance(entry, dict):
                check_pass(entry, f"passes[{i}].")
    return data, errors
