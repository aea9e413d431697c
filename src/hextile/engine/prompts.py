"""Per-tile prompts: the global prompt, directional prompts near the tile, and per-tile prompts."""

from __future__ import annotations

import math

from hextile.config.models import PassSettings
from hextile.geometry.templates import Tile


def _angle(yaw1: float, pitch1: float, yaw2: float, pitch2: float) -> float:
    a, b = math.radians(pitch1), math.radians(pitch2)
    d = math.radians(yaw1 - yaw2)
    c = math.sin(a) * math.sin(b) + math.cos(a) * math.cos(b) * math.cos(d)
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))


def tile_prompt(settings: PassSettings, tile: Tile) -> str:
    """The prompt one tile is generated with.

    * ``prompt.tiles["N"]`` (per-tile prompt) replaces everything for tile N.
    * Directional points within ``radius_deg`` of the tile centre: mode ``append`` adds their prompts
      (nearest first) after the global prompt; mode ``replace`` uses the nearest one instead of it.
    """
    p = settings.prompt
    if str(tile.number) in p.tiles:
        return p.tiles[str(tile.number)]
    text = p.global_
    if p.directional.mode != "none" and p.directional.points:
        near = sorted(
            (d, pt.prompt)
            for pt in p.directional.points
            if (d := _angle(tile.yaw_deg, tile.pitch_deg, pt.yaw_deg, pt.pitch_deg)) <= pt.radius_deg
        )
        if near:
            if p.directional.mode == "replace":
                text = near[0][1]
            else:
                text = ", ".join([text, *(t for _, t in near)]) if text else ", ".join(t for _, t in near)
    return text
