"""Sphere geometry of hextile templates: layouts, tile extraction and merging.

Pure functions on torch tensors; no I/O, no knowledge of pipelines.
"""

from hextile.geometry.grids import clear_grid_cache, merge_plan, tile_grids
from hextile.geometry.ops import channels_last_like, extract_tiles, merge_tile_, merge_tiles
from hextile.geometry.projection import PAD, interior, pad_equirect, refresh_padding_, resize_equirect
from hextile.geometry.templates import Template, Tile, builtin_names, get_template, tile_file_name

__all__ = [
    "PAD",
    "Template",
    "Tile",
    "builtin_names",
    "channels_last_like",
    "clear_grid_cache",
    "extract_tiles",
    "get_template",
    "interior",
    "merge_plan",
    "merge_tile_",
    "merge_tiles",
    "pad_equirect",
    "refresh_padding_",
    "resize_equirect",
    "tile_file_name",
    "tile_grids",
]
