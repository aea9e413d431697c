"""Validating a whole config given as data, with every problem reported at once."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from hextile.config.errors import Loc, config_error, problems, show
from hextile.config.fields import canonical
from hextile.config.models import RenderConfig
from hextile.config.resolve import pass_base, validate_entries


def validate_config(data: Any, source: str | None = None) -> RenderConfig:
    """A :class:`RenderConfig` from parsed JSON, checking the top level and every pass entry.

    Each pass entry is validated merged over the top-level settings, so its problems are reported
    at ``passes[i].…`` paths. ``source`` names the file in the error message.

    Raises:
        ConfigError: one line per problem in ``.errors``.
    """
    if not isinstance(data, dict):
        raise config_error([f"the top level is {show(data)}, not a JSON object"], source)
    data = canonical(RenderConfig, data)  # "global_" -> "global", so a later spelling wins
    lines: list[str] = []
    known: set[Loc] = set()
    cfg = None
    try:
        cfg = RenderConfig.model_validate(data)
    except ValidationError as exc:
        found = problems(exc, RenderConfig)
        known = {p.loc for p in found}
        lines = [p.line() for p in found]
    entries = data.get("passes")
    if isinstance(entries, list):
        lines += validate_entries(pass_base(data), entries, known)[1]
    if lines or cfg is None:
        raise config_error(lines, source)
    return cfg
