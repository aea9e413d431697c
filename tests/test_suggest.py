"""The one did-you-mean helper used by config errors, config checks and the pipeline registry."""

from __future__ import annotations

from hextile.suggest import closest


def test_closest_is_case_insensitive_and_keeps_the_known_spelling():
    assert closest("sdXl", ["sd15", "SDXL", "flux"]) == "SDXL"
    assert closest("paralel", ["sequential", "parallel"]) == "parallel"
    assert closest("strenght", ["strength", "seed"]) == "strength"


def test_nothing_close_is_none():
    assert closest("zebra", ["sdxl", "flux"]) is None
    assert closest("x", []) is None
