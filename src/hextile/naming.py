"""The one tile file name, shared by render folders, tile sets and templates (imports nothing)."""

from __future__ import annotations


def tile_file_name(tile_no: int) -> str:
    """``Hextile_01.png`` … ``Hextile_99.png``, ``Hextile_100.png`` (1-based, as in the product)."""
    if not isinstance(tile_no, int) or isinstance(tile_no, bool) or tile_no < 1:
        raise ValueError(f"tile numbers are 1-based integers, got {tile_no!r}")
    return f"Hextile_{tile_no:02d}.png"
