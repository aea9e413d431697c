"""Tile sets on disk: ``tiles/Hextile_NN.png`` + ``tiles.json``, for editing tiles in outside tools.

``extract_to_folder`` writes the tiles of a panorama, a lossless copy of the panorama and a
``tiles.json`` describing them; ``merge_from_folder`` reads processed tiles back and blends them
onto that copy. Unchanged tiles reproduce the input exactly.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from hextile.errors import HextileError, InputImageError
from hextile.geometry import extract_tiles, merge_tiles
from hextile.geometry.templates import Template, template_from_dict, tile_file_name
from hextile.imageio import (
    ImageInfo,
    check_output_image,
    read_image,
    require_equirect,
    write_bytes_atomic,
    write_image,
)
from hextile.output.render_dir import prepare_out_folder

TILESET_VERSION = 1


@dataclass
class MergeReport:
    output: Path
    merged: list[int]
    missing: list[int]


def _quantise(t: torch.Tensor, bit_depth: int) -> torch.Tensor:
    m = 255.0 if bit_depth == 8 else 65535.0
    return (t.clamp(0, 1) * m).round() / m


def extract_to_folder(
    input_path: Path,
    template: Template,
    out_dir: Path,
    tile_size: int | None = None,
    on_tile: Callable[[int, int], None] | None = None,
    *,
    limit: int | None = None,
) -> Path:
    """Write ``out_dir/tiles/Hextile_NN.png``, ``out_dir/input.png`` (lossless) and ``out_dir/tiles.json``.

    ``limit``: the pixel limit of the input (default :func:`hextile.imageio.max_pixels`).
    """
    pano, info = read_image(input_path, limit=limit)
    require_equirect(info, input_path)
    prepare_out_folder(Path(out_dir))
    size = tile_size or template.tile_size
    depth = 16 if info.bit_depth > 8 else 8
    tiles = extract_tiles(pano, template, size)
    tiles = _quantise(tiles, depth)
    copy = out_dir / "input.png"
    write_image(copy, pano, bit_depth=depth)
    entries = []
    for i, t in enumerate(template.tiles):
        name = f"tiles/{tile_file_name(t.number)}"
        write_image(out_dir / name, tiles[i], bit_depth=depth)
        entries.append(
            {
                "index": t.number,
                "yaw_deg": t.yaw_deg,
                "pitch_deg": t.pitch_deg,
                "roll_deg": 0.0,  # views never roll, also in rotated layouts (docs/seams.md)
                "fov_deg": t.fov_deg,
                "width": size,
                "height": size,
                "file": name,
            }
        )
        if on_tile:
            on_tile(i + 1, template.count)
    meta = {
        "version": TILESET_VERSION,
        "template": template.to_json(),
        "input": {
            "path": str(input_path),
            "copy": "input.png",
            "width": info.width,
            "height": info.height,
            "channels": info.channels,
            "bit_depth": depth,
        },
        "tile_size": size,
        "tiles": entries,
    }
    write_bytes_atomic(out_dir / "tiles.json", (json.dumps(meta, indent=2) + "\n").encode())
    return out_dir / "tiles.json"


def _load_meta(folder: Path) -> dict[str, Any]:
    path = folder / "tiles.json"
    if not path.is_file():
        raise HextileError(
            f"{folder} has no tiles.json", "run `hextile tiles extract` first, or give the folder it wrote"
        )
    try:
        meta = json.loads(path.read_text())
        _ = meta["template"], meta["input"]["copy"], meta["tile_size"], meta["tiles"]
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise HextileError(
            f"{path} is damaged ({exc.__class__.__name__}: {exc})", "extract the tiles again"
        ) from None
    return meta


def merge_from_folder(
    folder: Path,
    output: Path,
    source: str = "tiles_diffused",
    warn: Callable[[str], None] | None = None,
    *,
    limit: int | None = None,
) -> MergeReport:
    """Blend ``folder/<source>/Hextile_NN.png`` onto the lossless input copy and write ``output``."""
    check_output_image(output)
    meta = _load_meta(folder)
    template = template_from_dict(meta["template"], str(folder / "tiles.json"))
    if len(meta["tiles"]) != template.count:
        raise HextileError(
            f"{folder / 'tiles.json'} lists {len(meta['tiles'])} tiles but its template has {template.count}",
            "extract the tiles again",
        )
    pano, info = read_image(folder / meta["input"]["copy"], limit=limit)
    if (info.width, info.height) != (meta["input"]["width"], meta["input"]["height"]):
        raise HextileError(
            f"{folder / meta['input']['copy']} is {info.width}×{info.height} but tiles.json says "
            f"{meta['input']['width']}×{meta['input']['height']}",
            "extract the tiles again",
        )
    size = int(meta["tile_size"])
    depth = int(meta["input"].get("bit_depth", 8))
    src_dir = folder / source
    if not src_dir.is_dir():
        raise HextileError(
            f"{src_dir} does not exist", f"put the processed tiles in {src_dir} or pass --from"
        )
    tiles_in = _quantise(extract_tiles(pano, template, size), depth)
    tiles_out = tiles_in.clone()
    merged, missing = [], []
    for i, t in enumerate(template.tiles):
        path = src_dir / tile_file_name(t.number)
        if not path.exists():
            missing.append(t.number)
            continue
        try:
            tile, tinfo = read_image(path, limit=limit)
        except InputImageError as exc:
            raise HextileError(
                f"processed tile {path} cannot be read ({exc.problem})", "re-export it as PNG"
            ) from None
        if (tinfo.width, tinfo.height) != (size, size):
            raise HextileError(
                f"processed tile {path} is {tinfo.width}×{tinfo.height}, expected {size}×{size}",
                "resize it back to the extracted size before merging",
            )
        c = tiles_out.shape[1]
        if tile.shape[0] != c:
            tile = (
                tile[:3]
                if tile.shape[0] == 4 and c == 3
                else (
                    tile.expand(c, -1, -1)
                    if tile.shape[0] == 1
                    else torch.cat([tile[:3], tiles_in[i, 3:]], 0)
                    if c == 4
                    else tile[:c]
                )
            )
        tiles_out[i] = tile
        merged.append(t.number)
    if missing and warn:
        warn(
            f"{len(missing)} tile(s) missing in {src_dir} ({', '.join(map(str, missing))}); "
            "those areas keep the input unchanged"
        )
    result = merge_tiles(pano, tiles_out, tiles_in, template) if merged else pano
    write_image(output, result, bit_depth=depth)
    return MergeReport(output, merged, missing)


__all__ = ["ImageInfo", "MergeReport", "extract_to_folder", "merge_from_folder", "require_equirect"]
