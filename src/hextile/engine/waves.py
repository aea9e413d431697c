"""Waves: batches of tiles that do not overlap, so sequential mode can process several at once.

Two tiles *overlap* when their square views share a direction (each square enlarged by
``tolerance_deg`` so bilinear sampling at the edge and rounding never reach the other tile). Tiles
that do not overlap cannot see each other's pixels: processing them together from the same
panorama, then merging them one after the other, gives exactly what processing them one after the
other would. A wave is such a set; each wave is one batch.

:func:`plan_waves` colours the overlap graph greedily in the template's processing order, keeping
"every tile touches a finished one" (a Voronoi neighbour finished in an *earlier* wave) wherever
possible; a wave that can take no such tile starts with the next tile in order, like the first
tile of a pass. ``max_wave = 1`` gives the template's sequential order exactly.
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

from hextile.geometry.projection import tile_rotation
from hextile.geometry.templates import Template

TOLERANCE_DEG = 2.0


def _square_points(fov_deg: float, yaw: float, pitch: float, tol: float, n: int = 49) -> np.ndarray:
    """Directions ``(n², 3)`` of a grid over the (enlarged) square of a tile, edges included."""
    ext = math.tan(min(math.radians(fov_deg / 2 + tol), math.radians(89.0)))
    s = np.linspace(-ext, ext, n)
    x, y = np.meshgrid(s, s)
    cam = np.stack([x.ravel(), -y.ravel(), np.ones(n * n)], -1)
    d = cam @ tile_rotation(yaw, pitch)
    return d / np.linalg.norm(d, axis=-1, keepdims=True)


def _inside(points: np.ndarray, fov_deg: float, yaw: float, pitch: float, tol: float) -> bool:
    ext = math.tan(min(math.radians(fov_deg / 2 + tol), math.radians(89.0)))
    cam = points @ tile_rotation(yaw, pitch).T
    z = cam[:, 2]
    front = z > 1e-9
    return bool(np.any(front & (np.abs(cam[:, 0]) <= ext * z) & (np.abs(cam[:, 1]) <= ext * z)))


def overlap_graph(template: Template, tolerance_deg: float = TOLERANCE_DEG) -> dict[int, frozenset[int]]:
    """For each tile number, the tiles whose (enlarged) squares share a direction with its own."""
    return _graph(template.key(), template, tolerance_deg)


@lru_cache(maxsize=16)
def _graph(_key: object, template: Template, tol: float) -> dict[int, frozenset[int]]:
    tiles = template.tiles
    pts = [_square_points(t.fov_deg, t.yaw_deg, t.pitch_deg, tol) for t in tiles]
    xyz = np.array([tile_rotation(t.yaw_deg, t.pitch_deg)[2] for t in tiles])  # view directions
    reach = [math.radians(t.fov_deg / 2 + tol) * math.sqrt(2) for t in tiles]  # beyond: cannot meet
    out: dict[int, set[int]] = {t.number: set() for t in tiles}
    for i, a in enumerate(tiles):
        for j in range(i + 1, len(tiles)):
            b = tiles[j]
            gap = math.acos(float(np.clip(xyz[i] @ xyz[j], -1.0, 1.0)))
            if gap > reach[i] + reach[j]:
                continue
            if _inside(pts[i], b.fov_deg, b.yaw_deg, b.pitch_deg, tol) or _inside(
                pts[j], a.fov_deg, a.yaw_deg, a.pitch_deg, tol
            ):
                out[a.number].add(b.number)
                out[b.number].add(a.number)
    return {k: frozenset(v) for k, v in out.items()}


def plan_waves(template: Template, numbers: list[int], max_wave: int) -> list[list[int]]:
    """Group ``numbers`` (in processing order) into waves of at most ``max_wave`` mutually
    non-overlapping tiles (see the module docstring). Deterministic."""
    if max_wave <= 1:
        return [[n] for n in numbers]
    graph = overlap_graph(template)
    remaining = list(numbers)
    done: set[int] = set()
    waves: list[list[int]] = []
    while remaining:
        wave: list[int] = []
        blocked: set[int] = set()
        for n in remaining:
            if len(wave) == max_wave:
                break
            if n in blocked:
                continue
            if any(nb in done for nb in template.tile(n).neighbours):
                wave.append(n)
                blocked |= graph[n]
        if not wave:  # nothing touches finished work (the first wave): start where the order starts
            wave = [remaining[0]]
        waves.append(wave)
        done.update(wave)
        taken = set(wave)
        remaining = [n for n in remaining if n not in taken]
    return waves


__all__ = ["TOLERANCE_DEG", "overlap_graph", "plan_waves"]
