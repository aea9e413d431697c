"""Pre-render checks: a valid config against the rest of the system — templates, pipelines, models.

:func:`~hextile.config.load_config` checks the shape of a config (types, ranges, unknown fields);
this module, next to pass planning in the engine (the config layer knows no pipelines), checks
what only the template and pipeline registries know: that names exist, that tile numbers
fit the template, that ControlNet types are supported. Settings a pipeline ignores (a prompt for
a CPU filter) are warnings, not errors: the render still does what was asked.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from hextile.config.errors import Loc, Problem, config_error, number, show
from hextile.config.models import FOREIGN_FIELDS, FOREIGN_NOTE, PassSettings, RenderConfig
from hextile.config.resolve import resolve_passes
from hextile.config.schema import FieldError, structured
from hextile.config.weights import looks_like_weights
from hextile.engine.config_schema import pipeline_choices
from hextile.errors import ConfigError, PipelineError, TemplateError
from hextile.suggest import closest


def check_config(cfg: RenderConfig) -> list[str]:
    """Check every pass of ``cfg`` against the templates and the pipeline registry.

    Returns one warning line per setting a pass's pipeline does not use, e.g.
    ``passes[0] (Pass 1): prompt.global is set but pipeline 'opencv' does not read prompts``.
    Paths start with ``passes[i]`` when the config has ``passes``.

    Raises:
        ConfigError: unknown template, pipeline or model; tile numbers beyond the template;
            ControlNet types the pipeline lacks. One line per problem in ``.errors``.
    """
    errors: list[str] = []
    warnings: list[str] = []
    for i, settings in enumerate(resolve_passes(cfg)):
        where: Loc = ("passes", i) if cfg.passes is not None else ()
        label = f"passes[{i}] ({settings.name}): " if cfg.passes is not None else ""
        found, notes = check_pass(settings)
        errors += [p.line(where) for p in found]
        warnings += [label + note for note in notes]
    if errors:
        raise config_error(errors)
    warnings += [f"{key}: {FOREIGN_NOTE}" for key in FOREIGN_FIELDS if getattr(cfg, key) is not None]
    return warnings


def check_pass(settings: PassSettings) -> tuple[list[Problem], list[str]]:
    """The errors (as problems with paths inside the pass) and warnings of one pass."""
    from hextile.pipelines.registry import all_specs, get_spec

    errors = _check_template(settings)
    try:
        spec = get_spec(settings.pipeline)
    except PipelineError:
        known = [s.name for s in all_specs()]
        message = f"{show(settings.pipeline)} is not a pipeline (known: {', '.join(known)}"
        errors.append(Problem(("pipeline",), message + _did_you_mean(settings.pipeline, known) + ")"))
        return errors, []
    errors += _check_model(settings, spec)
    found, warnings = _check_capabilities(settings, spec)
    return errors + found, warnings


def _did_you_mean(wanted: str, names: list[str]) -> str:
    """``; did you mean 'sdxl'?`` for the closest of ``names`` (case-insensitive), or ``""``."""
    near = closest(wanted, names)
    return f"; did you mean {show(near)}?" if near else ""


def _check_template(settings: PassSettings) -> list[Problem]:
    from hextile.geometry.templates import builtin_names, get_template

    errors: list[Problem] = []
    checks = [(("hextile", "template"), settings.hextile.template)]
    if settings.upscaling.template is not None:
        checks.append((("upscaling", "template"), settings.upscaling.template))
    for loc, name in checks:
        try:
            template = get_template(name)
        except TemplateError as exc:
            if name.lower().endswith(".json"):
                errors.append(Problem(loc, exc.line()))  # names the file and what is wrong with it
            else:
                known = ", ".join(builtin_names())
                message = (
                    f"{show(name)} is not a template (known: {known}; or a path to a custom template .json)"
                )
                errors.append(Problem(loc, message))
            continue
        if loc[0] != "hextile":
            continue
        tiles = settings.hextile.rendertiles
        beyond = [t for t in tiles if t > template.count] if isinstance(tiles, list) else []
        if beyond:
            errors.append(Problem(("hextile", "rendertiles"), _no_such_tiles(beyond, template)))
        for key in settings.prompt.tiles:
            if int(key) > template.count:
                errors.append(Problem(("prompt", "tiles", key), _no_such_tiles([int(key)], template)))
    return errors


def _no_such_tiles(numbers: list[int], template: Any) -> str:
    listed = ", ".join(str(n) for n in numbers)
    word = "tile" if len(numbers) == 1 else "tiles"
    verb = "does" if len(numbers) == 1 else "do"
    return f"{word} {listed} {verb} not exist in {template.name} (tiles 1-{template.count})"


def _check_model(settings: PassSettings, spec: Any) -> list[Problem]:
    """The model must be one of the family's (name or alias), or weights where the family loads them;
    the pass's ``options`` must suit the model."""
    from hextile.pipelines.registry import find_model, validate_options

    model = settings.diffusion.model
    found = spec.model(model)
    if found is not None:
        try:
            validate_options(spec, found, settings.options)
        except PipelineError as exc:
            return [Problem(("options",), exc.line())]
        return []
    if model is None or (spec.capabilities.needs_weights and looks_like_weights(model)):
        return []
    names = [m.name for m in spec.models]
    known = ", ".join(names) + (
        "; or a local path or org/repo id of weights" if spec.capabilities.needs_weights else ""
    )
    try:
        family = find_model(model)[0].name
        hint = f"; it is a model of pipeline {show(family)}"
    except PipelineError:
        hint = _did_you_mean(model, [n for m in spec.models for n in (m.name, *m.aliases)])
    message = f"{show(model)} is not a model of pipeline {show(spec.name)} (known: {known}{hint})"
    return [Problem(("diffusion", "model"), message)]


def _changed(obj: BaseModel, field: str) -> bool:
    """Whether a field differs from the model's default (i.e. the user set it)."""
    info = type(obj).model_fields[field]
    default = info.get_default(call_default_factory=True)
    return getattr(obj, field) != default


def _check_capabilities(settings: PassSettings, spec: Any) -> tuple[list[Problem], list[str]]:
    caps = spec.capabilities
    name = show(spec.name)
    errors: list[Problem] = []
    warnings: list[str] = []
    d, prompt = settings.diffusion, settings.prompt

    def unused(what: str, does_not: str) -> None:
        warnings.append(f"{what} but pipeline {name} {does_not}")

    if not caps.prompt:
        if prompt.global_:
            unused("prompt.global is set", "does not read prompts")
        if prompt.directional.points and prompt.directional.mode != "none":
            unused("prompt.directional is set", "does not read prompts")
        if prompt.tiles:
            unused("prompt.tiles is set", "does not read prompts")
    if not caps.negative_prompt and prompt.negative:
        unused("prompt.negative is set", "does not read negative prompts")
    checks = [
        ("strength", caps.strength, "does not use a strength"),
        ("guidance_scale", caps.guidance, "does not use guidance"),
        ("num_inference_steps", caps.steps, "does not use inference steps"),
        ("scheduler", caps.scheduler, "does not use a scheduler"),
        ("seed", caps.seed, "is not random (no seed)"),
        ("batch_size", caps.batch, "does not batch tiles"),
    ]
    for field, used, does_not in checks:
        if not used and _changed(d, field):
            unused(f"diffusion.{field} is set to {show(getattr(d, field))}", does_not)
    if (
        caps.scheduler
        and spec.schedulers
        and _scheduler_key(d.scheduler) not in map(_scheduler_key, spec.schedulers)
    ):
        known = ", ".join(spec.schedulers)
        message = f"{show(d.scheduler)} is not a scheduler of pipeline {name} (known: {known})"
        errors.append(Problem(("diffusion", "scheduler"), message))
    for field, (low, high) in spec.ranges.items():
        value = getattr(d, field, None)
        if isinstance(value, int | float) and not low <= value <= high:
            message = f"{show(value)} is not between {number(low)} and {number(high)} for pipeline {name}"
            errors.append(Problem(("diffusion", field), message))
    if d.lora.enabled:
        if not caps.lora:
            unused("diffusion.lora is enabled", "does not use LoRAs")
        elif not any(m.enabled for m in d.lora.models):
            warnings.append("diffusion.lora is enabled but lists no enabled LoRA model")
    if settings.controlnet.enabled:
        units = [(i, u) for i, u in enumerate(settings.controlnet.units) if u.enabled]
        if not units:
            warnings.append("controlnet is enabled but has no enabled unit")
        supported = ", ".join(caps.controlnet_types) or "none"
        for i, unit in units:
            if unit.type not in caps.controlnet_types:
                message = f"{show(unit.type)} is not supported by pipeline {name} (supported: {supported})"
                errors.append(Problem(("controlnet", "units", i, "type"), message))
    return errors, warnings


def _scheduler_key(name: str) -> str:
    """Scheduler names compare loosely: ``DPM++ 2M`` is ``dpmpp_2m``."""
    return name.strip().casefold().replace("-", "_").replace(" ", "_").replace("++", "pp")


def validate_structured(data: Any) -> tuple[RenderConfig | None, list[FieldError], list[str]]:
    """Validate parsed config JSON: shape, then templates/pipelines/models (``hextile config validate``).

    Returns the config (``None`` if invalid), the problems and the warnings.
    """
    from hextile.config import load_config

    if not isinstance(data, dict):
        return None, [FieldError(path="", value=None, message="the config is not a JSON object")], []
    try:
        cfg = load_config(data)
        warnings = check_config(cfg)
    except ConfigError as exc:
        return None, structured(exc.errors, data, pipeline_choices), []
    return cfg, [], warnings
