"""Fresh configs, as the Pass Panel makes them: + adds a copy of the current settings."""

from __future__ import annotations

from hextile.config.models import MAX_PASSES, RenderConfig
from hextile.config.resolve import pass_name, resolve_passes
from hextile.config.validate import validate_config
from hextile.errors import ConfigError


def new_config(passes: int = 1, pipeline: str = "opencv", model: str | None = None) -> RenderConfig:
    """A complete config with default settings for ``pipeline`` and ``model``.

    One pass is the top-level settings, named "Pass 1", without a ``passes`` key. More passes are
    complete copies of the first, named "Pass 1", "Pass 2", …. ``model`` ``None`` means the
    pipeline's default model. Names are not checked against the registry here: see
    :func:`hextile.config.check_config`.

    Raises:
        ConfigError: ``passes`` is not between 1 and 10, or ``pipeline``/``model`` is empty.
    """
    if not 1 <= passes <= MAX_PASSES:
        raise ConfigError(f"{passes} passes asked for", f"a render has 1 to {MAX_PASSES} passes")
    cfg = validate_config({"name": pass_name(0), "pipeline": pipeline, "diffusion": {"model": model}})
    if passes == 1:
        return cfg
    first = resolve_passes(cfg)[0].model_dump(mode="json", by_alias=True)
    data = cfg.model_dump(mode="json", by_alias=True)
    data["passes"] = [first | {"name": pass_name(i)} for i in range(passes)]
    return validate_config(data)
