"""Seeds: a pass seed (drawn when -1) and per-tile seeds derived from it."""

from __future__ import annotations

import secrets

MAX_SEED = 4294967295


def draw_seed() -> int:
    """A fresh random seed in 0…4294967295 (recorded in passes.json so the pass can be repeated)."""
    return secrets.randbelow(MAX_SEED + 1)


def pass_seed(configured: int) -> int:
    return draw_seed() if configured < 0 else configured


def tile_seed(pass_seed: int, tile_number: int) -> int:
    """Per-tile seed: a SplitMix64 mix of the pass seed and the tile number (stable everywhere)."""
    z = (pass_seed * 0x9E3779B97F4A7C15 + tile_number * 0xBF58476D1CE4E5B9 + 0x94D049BB133111EB) & (2**64 - 1)
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & (2**64 - 1)
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & (2**64 - 1)
    return (z ^ (z >> 31)) & MAX_SEED
