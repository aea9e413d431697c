"""Hextile templates: where the tiles sit on the sphere, how wide they look, and in what order.

A template lays N square perspective tiles over the whole sphere. Tile centres are minimum-energy
points, so their spherical Voronoi cells are 12 pentagons and N-12 hexagons and tiles sit on the
zenith and the nadir. Each tile's half field of view covers its cell's circumradius plus an
overlap margin, so neighbouring tiles overlap by at least twice the margin.

Built-in templates (``Hextile_20_2K``, ``Hextile_32_3K``, ``Hextile_44_4K``) read their centres from
``hextile/data/templates.json`` so they are identical on every machine; custom templates come from
a JSON file (a tile count, or explicit centres).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from hextile.errors import TemplateError
from hextile.geometry.sphere import (
    cell_layout,
    min_energy_points,
    orient_points,
    processing_order,
    xyz_to_yaw_pitch,
    yaw_pitch_to_xyz,
)
from hextile.naming import tile_file_name

DEFAULT_MARGIN_DEG = 6.0
DEFAULT_TILE_SIZE = 1024
BUILTIN_SPECS: dict[str, tuple[int, int, int]] = {
    "Hextile_20_2K": (20, 2048, 1024),
    "Hextile_32_3K": (32, 3072, 1536),
    "Hextile_44_4K": (44, 4096, 2048),
}


@dataclass(frozen=True)
class Tile:
    """One tile of a template. ``number`` is 1-based; files are ``Hextile_{number:02d}.png``."""

    number: int
    yaw_deg: float
    pitch_deg: float
    fov_deg: float
    circumradius_deg: float
    cell_sides: int
    neighbours: tuple[int, ...]
    cell_vertices: tuple[tuple[float, float], ...]  # (yaw_deg, pitch_deg) counter-clockwise

    @property
    def file_name(self) -> str:
        return tile_file_name(self.number)


@dataclass(frozen=True)
class Template:
    """A tile layout plus the sizes a render uses by default.

    Attributes:
        name: ``Hextile_20_2K`` etc., or the custom template's name.
        width, height: default output panorama size (2:1).
        tile_size: default tile edge in pixels (``tile_input_width``).
        margin_deg: overlap margin added to each cell's circumradius.
        tiles: tiles numbered 1..N in processing order (every tile after the first touches an
            earlier one).
    """

    name: str
    width: int
    height: int
    tile_size: int
    margin_deg: float
    tiles: tuple[Tile, ...]

    @property
    def count(self) -> int:
        return len(self.tiles)

    @property
    def order(self) -> tuple[int, ...]:
        """Tile numbers in sequential processing order."""
        return tuple(t.number for t in self.tiles)

    def tile(self, number: int) -> Tile:
        if not 1 <= number <= self.count:
            raise TemplateError(
                f"tile {number} does not exist in {self.name}", f"tiles are numbered 1 to {self.count}"
            )
        return self.tiles[number - 1]

    def with_sizes(self, *, tile_size: int | None = None, width: int | None = None) -> Template:
        """The same layout with another tile size and/or panorama width (height = width / 2)."""
        t = self
        if tile_size is not None:
            validate_tile_size(tile_size)
            t = replace(t, tile_size=tile_size)
        if width is not None:
            t = replace(t, width=width, height=width // 2)
        return t

    def pixel_density_ratio(self, tile_size: int | None = None, width: int | None = None) -> float:
        """Worst tile-centre pixel density divided by the panorama's (≥ 1: tiles lose no detail)."""
        size = tile_size or self.tile_size
        pano = (width or self.width) / (2 * math.pi)
        return min((size - 1) / 2 / math.tan(math.radians(t.fov_deg / 2)) for t in self.tiles) / pano

    @property
    def fov_range(self) -> tuple[float, float]:
        fovs = [t.fov_deg for t in self.tiles]
        return min(fovs), max(fovs)

    @property
    def min_overlap_deg(self) -> float:
        """Smallest overlap between neighbouring tiles' inscribed circles, in degrees."""
        xyz = yaw_pitch_to_xyz(
            np.array([t.yaw_deg for t in self.tiles]), np.array([t.pitch_deg for t in self.tiles])
        )
        worst = math.inf
        for t in self.tiles:
            for n in t.neighbours:
                u = self.tiles[n - 1]
                gap = math.degrees(math.acos(float(np.clip(xyz[t.number - 1] @ xyz[n - 1], -1, 1))))
                worst = min(worst, t.fov_deg / 2 + u.fov_deg / 2 - gap)
        return worst

    def key(self) -> tuple[Any, ...]:
        """A hashable identity of the layout (for grid caches)."""
        return (self.name, self.margin_deg, tuple((t.yaw_deg, t.pitch_deg, t.fov_deg) for t in self.tiles))

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "width": self.width,
            "height": self.height,
            "tile_size": self.tile_size,
            "margin_deg": self.margin_deg,
            "centres": [[t.yaw_deg, t.pitch_deg] for t in self.tiles],
        }


def validate_tile_size(size: int, *, low: int = 256, high: int = 2048) -> None:
    if not isinstance(size, int) or size % 8 or not low <= size <= high:
        raise TemplateError(
            f"tile size {size!r} is not allowed", f"use a multiple of 8 between {low} and {high}"
        )


def build_template(
    name: str,
    centres_xyz: np.ndarray,
    width: int,
    height: int,
    tile_size: int = DEFAULT_TILE_SIZE,
    margin_deg: float = DEFAULT_MARGIN_DEG,
) -> Template:
    """A template from ``(n, 3)`` unit centres: cells, field of view, neighbours, numbering."""
    layout = cell_layout(centres_xyz)
    order = processing_order(centres_xyz, layout.neighbours)
    number_of = {idx: k + 1 for k, idx in enumerate(order)}
    yaw, pitch = xyz_to_yaw_pitch(centres_xyz)
    tiles = []
    for idx in order:
        cyaw, cpitch = xyz_to_yaw_pitch(layout.cell_vertices[idx])
        circ = float(layout.circumradius_deg[idx])
        tiles.append(
            Tile(
                number=number_of[idx],
                yaw_deg=round(float(yaw[idx]), 6),
                pitch_deg=round(float(pitch[idx]), 6),
                fov_deg=round(2 * (circ + margin_deg), 6),
                circumradius_deg=round(circ, 6),
                cell_sides=len(layout.cell_vertices[idx]),
                neighbours=tuple(sorted(number_of[n] for n in layout.neighbours[idx])),
                cell_vertices=tuple(
                    (round(float(a), 6), round(float(b), 6)) for a, b in zip(cyaw, cpitch, strict=True)
                ),
            )
        )
    return Template(name, width, height, tile_size, margin_deg, tuple(tiles))


def generate_centres(n: int) -> np.ndarray:
    """Deterministic minimum-energy centres for ``n`` tiles, oriented with tiles on both poles."""
    return orient_points(min_energy_points(n))


@lru_cache(maxsize=1)
def _builtin_data() -> dict[str, Any]:
    text = resources.files("hextile.data").joinpath("templates.json").read_text()
    return json.loads(text)


@lru_cache(maxsize=16)
def _builtin(name: str) -> Template:
    spec = _builtin_data()[name]
    c = np.array(spec["centres"], dtype=np.float64)
    return build_template(
        name,
        yaw_pitch_to_xyz(c[:, 0], c[:, 1]),
        spec["width"],
        spec["height"],
        spec["tile_size"],
        spec["margin_deg"],
    )


def builtin_names() -> list[str]:
    return list(BUILTIN_SPECS)


def get_template(name_or_path: str | Path) -> Template:
    """A built-in template by name, or a custom template from a ``.json`` file.

    Raises:
        TemplateError: unknown name, unreadable or invalid custom template.
    """
    text = str(name_or_path)
    if text in BUILTIN_SPECS:
        return _builtin(text)
    if text.lower().endswith(".json"):
        return load_custom_template(Path(text))
    close = [n for n in BUILTIN_SPECS if n.lower().replace("-", "_") == text.lower().replace("-", "_")]
    hint = f"did you mean {close[0]}? " if close else ""
    raise TemplateError(
        f"unknown template '{text}'",
        f"{hint}use one of {', '.join(BUILTIN_SPECS)} or a custom template .json file "
        "(run `hextile templates` to list them)",
    )


def load_custom_template(path: Path) -> Template:
    """A custom template from JSON.

    Fields: ``tiles`` (a count, 4…200) or ``centres`` ([[yaw_deg, pitch_deg], …]), and optional
    ``name``, ``width`` (even, height = width/2; default 2048), ``tile_size`` (multiple of 8,
    32…2048; default 1024) and ``margin_deg`` (0…30; default 6).
    """
    try:
        data = json.loads(path.read_text())
    except FileNotFoundError:
        raise TemplateError(f"custom template {path} does not exist", "check the path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(f"cannot read custom template {path}: {exc}", "check the file") from None
    except json.JSONDecodeError as exc:
        raise TemplateError(
            f"custom template {path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})",
            "fix the JSON",
        ) from None
    return _custom_from_dict(data, str(path))


def _custom_from_dict(data: Any, where: str) -> Template:
    def bad(field: str, value: Any, allowed: str) -> TemplateError:
        return TemplateError(f"custom template {where}: {field} {value!r} is not allowed", allowed)

    if not isinstance(data, dict):
        raise TemplateError(f"custom template {where} must be a JSON object", "see README, Templates")
    known = {"name", "tiles", "centres", "width", "height", "tile_size", "margin_deg"}
    unknown = sorted(set(data) - known)
    if unknown:
        raise TemplateError(
            f"custom template {where}: unknown field '{unknown[0]}'",
            f"allowed fields: {', '.join(sorted(known))}",
        )
    width = data.get("width", 2048)
    if not isinstance(width, int) or width < 16 or width % 2:
        raise bad("width", width, "use an even number of pixels ≥ 16")
    height = data.get("height", width // 2)
    if height != width // 2:
        raise bad("height", height, f"an equirectangular panorama is 2:1, so height must be {width // 2}")
    tile_size = data.get("tile_size", DEFAULT_TILE_SIZE)
    if not isinstance(tile_size, int) or tile_size % 8 or not 32 <= tile_size <= 2048:
        raise bad("tile_size", tile_size, "use a multiple of 8 between 32 and 2048")
    margin = data.get("margin_deg", DEFAULT_MARGIN_DEG)
    if not isinstance(margin, int | float) or not 0 <= margin <= 30:
        raise bad("margin_deg", margin, "use a number of degrees between 0 and 30")
    if ("tiles" in data) == ("centres" in data):
        raise TemplateError(
            f"custom template {where} needs exactly one of 'tiles' or 'centres'", "see README"
        )
    if "tiles" in data:
        n = data["tiles"]
        if not isinstance(n, int) or not 4 <= n <= 200:
            raise bad("tiles", n, "use a whole number of tiles between 4 and 200")
        xyz = _generated_centres(n)
    else:
        c = data["centres"]
        try:
            arr = np.array(c, dtype=np.float64)
        except (TypeError, ValueError):
            raise bad("centres", c, "give a list of [yaw_deg, pitch_deg] pairs") from None
        if arr.ndim != 2 or arr.shape[1] != 2 or not 4 <= len(arr) <= 200:
            raise bad("centres", c, "give 4 to 200 [yaw_deg, pitch_deg] pairs")
        if np.any(np.abs(arr[:, 0]) > 180) or np.any(np.abs(arr[:, 1]) > 90):
            raise bad("centres", c, "yaw must be within ±180 and pitch within ±90 degrees")
        xyz = yaw_pitch_to_xyz(arr[:, 0], arr[:, 1])
        if len({tuple(np.round(p, 9)) for p in xyz}) != len(xyz):
            raise bad("centres", c, "two centres coincide")
    name = str(data.get("name", f"Custom_{len(xyz)}"))
    try:
        template = build_template(name, xyz, width, height, tile_size, float(margin))
    except Exception as exc:  # degenerate layouts (all centres on one great circle, …)
        raise TemplateError(
            f"custom template {where}: its centres do not span the sphere ({exc})",
            "spread the centres over the whole sphere",
        ) from None
    if any(t.fov_deg >= 170 for t in template.tiles):
        raise TemplateError(
            f"custom template {where}: a tile would need a field of view ≥ 170°",
            "use more tiles or spread the centres more evenly",
        )
    return template


@lru_cache(maxsize=32)
def _generated_centres(n: int) -> np.ndarray:
    return generate_centres(n)


def template_from_dict(data: dict[str, Any], where: str = "<dict>") -> Template:
    """A custom template from an already-parsed JSON object (same fields as the file)."""
    return _custom_from_dict(data, where)
