"""The pipeline registry: which pipeline families exist and what each can do.

A family (``opencv``, ``sdxl``, ``upscale``…) is one :class:`~hextile.pipelines.base.PipelineSpec`.
The CLI, the server, the web UI and the config checker look families up here by name
(:func:`get_spec`), list them (:func:`all_specs`, :func:`spec_as_dict`), resolve a bare model name to
its family (:func:`find_model`) and validate ``settings.options`` (:func:`validate_options`).

Built-in families are declared in the modules of :data:`BUILTIN_MODULES`, imported on the first
lookup (not when this module is imported). Such a module declares ``SPECS`` (a tuple of specs) or
``SPEC`` (one spec); it may also call :func:`register` itself. Its import must be cheap: heavy
libraries (diffusers, transformers) are imported by the factories, not at module level. An import
error of a built-in module propagates (on every lookup, never a silently empty registry). Plug-ins
call :func:`register`.

State: one process-wide :class:`Registry` holding a ``name -> spec`` dict. It is filled once — the
built-ins on first access, plug-ins when they register — and lives as long as the process; nothing
is ever removed. Lookups are thread-safe.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Iterable, Mapping
from dataclasses import fields
from typing import Any

from pydantic import BaseModel, ValidationError

from hextile.errors import PipelineError
from hextile.pipelines.base import ModelSpec, PipelineSpec
from hextile.suggest import closest

__all__ = [
    "BUILTIN_MODULES",
    "Registry",
    "all_specs",
    "find_model",
    "get_model",
    "get_spec",
    "register",
    "spec_as_dict",
    "validate_options",
]

BUILTIN_MODULES = (
    "hextile.pipelines.opencv",
    "hextile.pipelines.diffusion_specs",
    "hextile.pipelines.upscale",
)

_LIST_HINT = "run `hextile pipelines` to list them"


def _suggest(wanted: str, candidates: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest candidate, or ``""``."""
    near = closest(wanted, candidates)
    return f" (did you mean {near!r}?)" if near else ""


class Registry:
    """Pipeline families by name, with the built-in modules loaded on first access.

    The module keeps one instance for the process (used by the module-level functions); tests and
    embedders may build their own.
    """

    def __init__(self, builtin_modules: Iterable[str] = ()) -> None:
        self._builtin_modules = tuple(builtin_modules)
        self._specs: dict[str, PipelineSpec] = {}
        self._loaded = False
        self._lock = threading.RLock()

    # ------------------------------------------------------------------------------- filling

    def register(self, spec: PipelineSpec, *, replace: bool = False) -> None:
        """Add a family. Registering the same spec object twice is a no-op.

        Raises:
            ValueError: the spec is inconsistent (default model missing, a model name or alias used
                twice), or another spec already has this name and ``replace`` is false. These are
                programming errors, not user errors.
        """
        _check_spec(spec)
        key = spec.name.casefold()
        self._load_builtins()  # built-ins come first in all_specs(), whoever registers first
        with self._lock:
            old = self._specs.get(key)
            if old is not None and old is not spec and not replace:
                raise ValueError(f"pipeline {spec.name!r} is already registered (pass replace=True)")
            self._specs[key] = spec

    def _load_builtins(self) -> None:
        with self._lock:
            if self._loaded:
                return
            # Set first: a module that registers or looks a spec up while loading sees a partial
            # registry instead of recursing.
            self._loaded = True
            try:
                for name in self._builtin_modules:
                    module = importlib.import_module(name)
                    declared = getattr(module, "SPECS", None) or ()
                    if getattr(module, "SPEC", None) is not None:
                        declared = (*declared, module.SPEC)
                    for spec in declared:
                        self.register(spec)
            except BaseException:
                self._loaded = False  # try again (and fail loudly again) on the next access
                raise

    # ------------------------------------------------------------------------------- lookups

    def all_specs(self) -> list[PipelineSpec]:
        """All families, built-ins first in :data:`BUILTIN_MODULES` order, then in registration order."""
        self._load_builtins()
        with self._lock:
            return list(self._specs.values())

    def get_spec(self, name: str) -> PipelineSpec:
        """The family called ``name`` (case-insensitive).

        Raises:
            PipelineError: ``unknown pipeline 'sdxll' (did you mean 'sdxl'?). Known pipelines:
                opencv, sdxl, …; run `hextile pipelines` to list them``.
        """
        self._load_builtins()
        with self._lock:
            spec = self._specs.get(str(name).casefold())
            if spec is not None:
                return spec
            names = [s.name for s in self._specs.values()]
        raise PipelineError(
            f"unknown pipeline {name!r}{_suggest(str(name), names)}",
            f"Known pipelines: {', '.join(names) or 'none'}; {_LIST_HINT}",
        )

    def find_model(self, model: str) -> tuple[PipelineSpec, ModelSpec]:
        """The family and model a model name, alias or repo id (case-insensitive) belongs to.

        For when a pass names a ``model`` but no ``pipeline``. Exact model names win over aliases and
        repo ids, so an alias in one family does not make another family's model ambiguous.

        Raises:
            PipelineError: the name is unknown, or several families have a model of that name.
        """
        wanted = str(model).casefold()
        specs = self.all_specs()
        found = [(spec, m) for spec in specs if (m := spec.model(str(model))) is not None]
        hits = [(s, m) for s, m in found if m.name.casefold() == wanted] or found
        families = list(dict.fromkeys(s.name for s, _ in hits))
        if len(families) == 1:
            return hits[0]
        if len(families) > 1:
            listed = ", ".join(f"{s.name} {m.name!r}" for s, m in hits)
            raise PipelineError(
                f"model {model!r} is ambiguous: {listed}",
                f"Set `pipeline` to one of {', '.join(families)}",
            )
        known = [m.name for s in specs for m in s.models]
        typed = [n for s in specs for m in s.models for n in m.names()]
        raise PipelineError(
            f"unknown model {model!r}{_suggest(str(model), typed)}",
            f"Known models: {', '.join(known) or 'none'}; {_LIST_HINT}",
        )


def _check_spec(spec: PipelineSpec) -> None:
    if not spec.name or spec.name != spec.name.strip():
        raise ValueError(f"pipeline name {spec.name!r} must be non-empty without surrounding spaces")
    if spec.model(spec.default_model) is None:
        raise ValueError(
            f"pipeline {spec.name!r}: default model {spec.default_model!r} is not one of its models"
        )
    seen: dict[str, str] = {}
    for m in spec.models:
        for typed in (m.name, *m.aliases):
            key = typed.casefold()
            if key in seen and seen[key] != m.name:
                raise ValueError(f"pipeline {spec.name!r}: {typed!r} names both {seen[key]!r} and {m.name!r}")
            seen[key] = m.name


# ----------------------------------------------------------------------------------- helpers


def get_model(spec: PipelineSpec, name: str | None) -> ModelSpec:
    """The model of ``spec`` called ``name`` (name or alias, case-insensitive); the default for ``None``.

    Raises:
        PipelineError: ``unknown model 'x' for pipeline 'opencv' (did you mean 'oil'?). Models of
            opencv: …; run `hextile pipelines` to list them``.
    """
    model = spec.model(name)
    if model is not None:
        return model
    typed = [n for m in spec.models for n in (m.name, *m.aliases)]
    raise PipelineError(
        f"unknown model {name!r} for pipeline {spec.name!r}{_suggest(str(name), typed)}",
        f"Models of {spec.name}: {', '.join(m.name for m in spec.models)}; {_LIST_HINT}",
    )


def validate_options(
    spec: PipelineSpec, model: ModelSpec, options: Mapping[str, Any] | None
) -> BaseModel | None:
    """``settings.options`` checked against ``model.options``; ``None`` when the model declares none.

    Models without an options class leave validation to their pipeline (e.g. the diffusion families
    check their own family-wide options).

    Raises:
        PipelineError: one line naming every unknown option (with a suggestion) or invalid value, and
            the options the model takes with their defaults.
    """
    schema = model.options
    if schema is None:
        return None
    given = dict(options or {})
    allowed = list(schema.model_fields)
    what = f"{spec.name} model {model.name!r}"
    if not allowed and given:
        raise PipelineError(
            f"{what} takes no options (got {', '.join(map(repr, given))})",
            "Remove `options` or pick another model",
        )
    try:
        return schema.model_validate(given, strict=True)  # "3" for a number is an error, as in the config
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            key = str(err["loc"][0]) if err["loc"] else ""
            if err["type"] == "extra_forbidden":
                problems.append(f"unknown option {key!r} for {what}{_suggest(key, allowed)}")
            else:
                msg = err["msg"].removeprefix("Value error, ")
                problems.append(f"option {key!r} of {what} is invalid: {msg} (got {err['input']!r})")
        defaults = ", ".join(f"{name}={field.default!r}" for name, field in schema.model_fields.items())
        raise PipelineError("; ".join(problems), f"Options of {model.name}: {defaults}") from None


def _jsonable(value: Any, where: str) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v, f"{where}.{k}") for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v, f"{where}[{i}]") for i, v in enumerate(value)]
    raise TypeError(f"{where} is a {type(value).__name__}, which JSON cannot represent")


def spec_as_dict(spec: PipelineSpec) -> dict[str, Any]:
    """A JSON-serialisable description of a family: what a web UI needs to build its forms.

    Keys: ``name``, ``title``, ``description``, ``default_model``, ``capabilities`` (every
    :class:`~hextile.pipelines.base.Capabilities` field), ``models`` (name, repo_id, aliases,
    description, variant, defaults and ``options`` — the JSON Schema of the model's options, or
    ``None``), ``defaults``, ``ranges`` (``[low, high]``) and ``schedulers``.
    """
    caps = {f.name: getattr(spec.capabilities, f.name) for f in fields(spec.capabilities)}
    models = [
        {
            "name": m.name,
            "repo_id": m.repo_id,
            "aliases": list(m.aliases),
            "description": m.description,
            "variant": m.variant,
            "defaults": m.defaults,
            "options": m.options.model_json_schema() if m.options is not None else None,
        }
        for m in spec.models
    ]
    data = {
        "name": spec.name,
        "title": spec.title,
        "description": spec.description,
        "default_model": spec.default_model,
        "capabilities": caps,
        "models": models,
        "defaults": spec.defaults,
        "ranges": {k: [lo, hi] for k, (lo, hi) in spec.ranges.items()},
        "schedulers": list(spec.schedulers),
    }
    return _jsonable(data, spec.name)


# ------------------------------------------------------------------- the process-wide registry

_REGISTRY = Registry(BUILTIN_MODULES)


def register(spec: PipelineSpec, *, replace: bool = False) -> None:
    """Add a family to the process-wide registry (see :meth:`Registry.register`)."""
    _REGISTRY.register(spec, replace=replace)


def get_spec(name: str) -> PipelineSpec:
    """The family called ``name``; :class:`~hextile.errors.PipelineError` naming the known ones if none."""
    return _REGISTRY.get_spec(name)


def all_specs() -> list[PipelineSpec]:
    """Every registered family (built-ins first)."""
    return _REGISTRY.all_specs()


def find_model(model: str) -> tuple[PipelineSpec, ModelSpec]:
    """The family and model of a model name, alias or repo id (when a pass gives no ``pipeline``)."""
    return _REGISTRY.find_model(model)
