"""The one "did you mean" of hextile: the closest of a few known names to what the user typed."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(wanted: str, names: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The name in ``names`` closest to ``wanted`` (compared case-insensitively), spelled as in
    ``names``; ``None`` when none is close enough (``difflib`` ratio below ``cutoff``)."""
    by_key: dict[str, str] = {}
    for name in names:
        by_key.setdefault(name.casefold(), name)
    found = difflib.get_close_matches(wanted.casefold(), list(by_key), n=1, cutoff=cutoff)
    return by_key[found[0]] if found else None
