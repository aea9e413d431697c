"""Command-line style overrides: ``{"diffusion.strength": 0.3, "prompt.global": "…"}``."""

from __future__ import annotations

from typing import Any

from hextile.config.fields import RENDER_WIDE
from hextile.config.merge import set_path
from hextile.config.models import RenderConfig
from hextile.config.resolve import resolve_passes
from hextile.config.validate import validate_config
from hextile.errors import ConfigError


def apply_overrides(
    cfg: RenderConfig, overrides: dict[str, Any], pass_index: int | None = None
) -> RenderConfig:
    """A new, validated config with ``overrides`` (dotted field paths -> values) applied.

    - Without ``passes`` the overrides change the top-level settings.
    - With ``passes`` and ``pass_index`` ``None`` they change every pass (each pass is written out
      complete) and the top-level settings.
    - With ``pass_index`` *k* (1-based) they change pass *k* only; other entries stay as given.

    Render-wide fields (``input.*``, ``output.*``, ``schema_version``) always go to the top level
    and cannot be set for one pass.

    Raises:
        ConfigError: no such pass, a path that does not lead to a field, or an invalid value (the
            lines name the field path, e.g. ``passes[1].diffusion.strength``).
    """
    count = len(cfg.passes) if cfg.passes is not None else 1
    if pass_index is not None and not 1 <= pass_index <= count:
        raise ConfigError(
            f"pass {pass_index} does not exist: the config has {count} pass{'es' if count > 1 else ''}",
            f"use a pass number from 1 to {count}",
        )
    if any(path.split(".", 1)[0] == "passes" for path in overrides):
        raise ConfigError("passes cannot be overridden", "override the fields of a pass instead")
    wide = {k: v for k, v in overrides.items() if k.split(".", 1)[0] in RENDER_WIDE}
    per_pass = {k: v for k, v in overrides.items() if k not in wide}
    if wide and pass_index is not None and cfg.passes is not None:
        raise ConfigError(f"{next(iter(wide))} belongs to the whole render", "set it without a pass number")
    data = cfg.model_dump(mode="json", by_alias=True)
    entries = data.pop("passes")
    for path, value in wide.items():
        set_path(data, path, value)
    if pass_index is None or entries is None:
        for path, value in per_pass.items():
            set_path(data, path, value)
        if entries is None:
            return _validated(data)
        _validated(data)  # a bad value is reported once, at its own path, not once per pass
    resolved = resolve_passes(cfg)
    for i in range(count) if pass_index is None else [pass_index - 1]:
        entries[i] = resolved[i].model_dump(mode="json", by_alias=True)
        for path, value in per_pass.items():
            set_path(entries[i], path, value)
    return _validated(data | {"passes": entries})


def _validated(data: dict[str, Any]) -> RenderConfig:
    try:
        return validate_config(data)
    except ConfigError as exc:
        raise ConfigError(f"invalid override, {exc.errors[0]}", exc.fix, errors=exc.errors) from None
