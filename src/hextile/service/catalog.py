"""What the CLI, the server and the web UI list: templates, tile cells, pipelines, installed models.

Plain library functions returning JSON-ready data; the CLI prints them as tables, the server
returns them as JSON.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from hextile.errors import HextileError, PipelineError

log = logging.getLogger("hextile.service")


def template_facts(name: str | Path) -> dict[str, Any]:
    """The facts of a template: tile count, panorama and tile size, FOV range, overlap, density, cells."""
    from hextile.geometry import get_template

    t = get_template(name)
    lo, hi = t.fov_range
    return {
        "name": t.name,
        "tiles": t.count,
        "width": t.width,
        "height": t.height,
        "tile_size": t.tile_size,
        "fov_min_deg": round(lo, 2),
        "fov_max_deg": round(hi, 2),
        "margin_deg": t.margin_deg,
        "min_overlap_deg": round(t.min_overlap_deg, 2),
        "pixel_density_ratio": round(t.pixel_density_ratio(), 3),
        "pentagons": sum(1 for x in t.tiles if x.cell_sides == 5),
        "hexagons": sum(1 for x in t.tiles if x.cell_sides == 6),
    }


def template_cells(name: str | Path, rotation: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Each tile of a template: number, yaw/pitch/fov of its tile, its cell polygon in [lon, lat]
    degrees (counter-clockwise; lon = yaw, + right; lat = pitch, + up) and its neighbours.

    ``rotation`` (``{"yaw", "pitch", "roll"}`` degrees, as a pass's manifest records it): the layout
    turned as the engine turned it for that pass (tiles renumbered in processing order)."""
    from hextile.geometry import get_template
    from hextile.geometry.rotation import rotate_template

    t = get_template(name)
    if rotation:
        angles = [float(rotation.get(k) or 0.0) for k in ("yaw", "pitch", "roll")]
        t = rotate_template(t, angles[0], angles[1], angles[2])
    return [
        {
            "number": tile.number,
            "yaw": round(tile.yaw_deg, 6),
            "pitch": round(tile.pitch_deg, 6),
            "fov": round(tile.fov_deg, 6),
            "sides": tile.cell_sides,
            "neighbours": list(tile.neighbours),
            "polygon": [[round(lon, 6), round(lat, 6)] for lon, lat in tile.cell_vertices],
        }
        for tile in t.tiles
    ]


def builtin_templates() -> list[str]:
    from hextile.geometry.templates import builtin_names

    return builtin_names()


def family_of(model: str | None) -> str:
    """The pipeline family a model belongs to (friendly name, alias, repo id or local diffusers
    folder); ``opencv`` when there is no model or none matches (the config check then names it)."""
    if not model:
        return "opencv"
    from hextile.pipelines.registry import find_model

    try:
        return find_model(model)[0].name
    except PipelineError:
        if Path(model).is_dir():
            from hextile.pipelines.diffusion_specs import detect_family

            return detect_family(model)
        return "opencv"


def installed_models() -> tuple[dict[str, list[str]], str | None]:
    """Registered models found in the local Hugging Face cache, by family (labels such as
    ``SDXL Base``, ``SDXL Base (incomplete)``, ``ControlNet canny``), and a warning if the cache
    could not be scanned (a broken cache never breaks a listing)."""
    try:
        from hextile.pipelines.diffusion_specs import installed_models as scan
    except ImportError:
        return {}, None
    try:
        found = scan()
    except Exception as exc:
        return {}, f"could not scan the model cache: {exc}"
    by_family: dict[str, list[str]] = {}
    for m in found:
        label = m.name if m.complete else f"{m.name} (incomplete)"
        by_family.setdefault(m.family, []).append(label if m.kind == "model" else f"ControlNet {label}")
    return {k: sorted(v) for k, v in by_family.items()}, None


def list_pipelines() -> list[dict[str, Any]]:
    """Every pipeline family as JSON: models, capabilities, defaults, ranges, schedulers, the JSON
    Schema of each model's options, and ``installed_models`` (weights found locally)."""
    from hextile.pipelines.registry import all_specs, spec_as_dict

    installed, warning = installed_models()
    if warning:
        log.warning(warning)
    out = []
    for spec in all_specs():
        d = spec_as_dict(spec)
        d["installed_models"] = installed.get(spec.name, [])
        out.append(d)
    return out


def describe_error(exc: HextileError) -> dict[str, Any]:
    """``{"problem", "fix"}`` of a user error."""
    return {"problem": exc.problem, "fix": exc.fix}
