"""Helpers for the service and server tests: a data dir with the small template, SSE parsing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any


def data_dir_with_template(root: Path, small_template: Path) -> Path:
    """A data dir whose ``templates/Small_12.json`` is the small 12-tile test template."""
    data = root / "data"
    (data / "templates").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(small_template, data / "templates" / "Small_12.json")
    return data


def two_pass_config(template: str = "Small_12", passes: int = 2) -> dict[str, Any]:
    models = [
        "stylize",
        "detail",
        "grade",
        "stylize",
        "detail",
        "grade",
        "stylize",
        "detail",
        "grade",
        "stylize",
    ]
    return {
        "pipeline": "opencv",
        "diffusion": {"seed": 3},
        "hextile": {"template": template},
        "passes": [{"diffusion": {"model": models[i], "strength": 0.6}} for i in range(passes)],
    }


def parse_sse(lines: list[str]) -> list[dict[str, Any]]:
    """SSE text lines → messages ``{"id", "event", "data"}`` (comments dropped)."""
    out: list[dict[str, Any]] = []
    cur: dict[str, Any] = {}
    for line in lines:
        if line == "":
            if "data" in cur:
                cur["data"] = json.loads(cur["data"])
                out.append(cur)
            cur = {}
        elif line.startswith(":"):
            continue
        else:
            key, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            cur[key] = cur.get(key, "") + ("\n" if key == "data" and key in cur else "") + value
    return out
