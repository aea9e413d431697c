"""Sphere geometry of hextile templates: layouts, tile extraction and merging.

Pure functions on torch tensors; no I/O, no knowledge of pipelines.
"""

from typing import TYPE_CHECKING

from hextile.lazy import lazy_attributes

if TYPE_CHECKING:
    from hextile.geometry.grids import clear_grid_cache, merge_plan, tile_grids
    from hextile.geometry.ops import channels_last_like, extract_tiles, merge_tile_, merge_tiles
    from hextile.geometry.projection import PAD, interior, pad_equirect, refresh_padding_, resize_equirect
    from hextile.geometry.templates import Template, Tile, builtin_names, get_template, tile_file_name

# Loaded on first use: templates need only NumPy, so `hextile templates` and config checks start
# without importing torch.
_WHERE = {
    "clear_grid_cache": ".grids",
    "merge_plan": ".grids",
    "tile_grids": ".grids",
    "channels_last_like": ".ops",
    "extract_tiles": ".ops",
    "merge_tile_": ".ops",
    "merge_tiles": ".ops",
    "PAD": ".projection",
    "interior": ".projection",
    "pad_equirect": ".projection",
    "refresh_padding_": ".projection",
    "resize_equirect": ".projection",
    "Template": ".templates",
    "Tile": ".templates",
    "builtin_names": ".templates",
    "get_template": ".templates",
    "tile_file_name": ".templates",
}


__getattr__, __dir__ = lazy_attributes(globals(), _WHERE)

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
