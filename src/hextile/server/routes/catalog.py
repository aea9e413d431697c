"""Templates, pipelines and config helpers for building forms and overlays."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi import Path as PathParam

from hextile.server.routes.deps import get_renderer
from hextile.server.schemas import CellsOut, ConfigBody, TemplateOut, ValidationOut
from hextile.service import catalog as cat
from hextile.service.images import NotFoundError
from hextile.service.renderer import ConfigInvalidError, Renderer
from hextile.service.untrusted import data_templates, untrusted_config

router = APIRouter(prefix="/api", tags=["catalog"])
TemplateName = Annotated[str, PathParam(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")]


def template_source(r: Renderer, name: str) -> tuple[str, bool]:
    if name in cat.builtin_templates():
        return name, True
    found = data_templates(r.data_dir).get(name.removesuffix(".json"))
    if found is None:
        raise NotFoundError(f"template {name!r} does not exist", "list templates with GET /api/templates")
    return str(found), False


@router.get("/templates", response_model=list[TemplateOut])
def templates(r: Annotated[Renderer, Depends(get_renderer)]) -> list[dict[str, Any]]:
    """Built-in templates and the custom ones in the data folder's ``templates/``."""
    out = [cat.template_facts(n) | {"builtin": True} for n in cat.builtin_templates()]
    for stem, path in data_templates(r.data_dir).items():
        try:
            out.append(cat.template_facts(path) | {"builtin": False, "name": stem})
        except Exception:  # a broken custom template is left out of the list, not fatal
            continue
    return out


@router.get("/templates/{name}/cells", response_model=CellsOut)
def cells(name: TemplateName, r: Annotated[Renderer, Depends(get_renderer)]) -> dict[str, Any]:
    """Each tile's cell polygon ([lon, lat] degrees) and its tile's yaw/pitch/fov."""
    source, _ = template_source(r, name)
    return {"template": name, "cells": cat.template_cells(source)}


@router.get("/pipelines")
def pipelines() -> list[dict[str, Any]]:
    """Families, models, capabilities, defaults, ranges, schedulers, options schemas, installed weights."""
    return cat.list_pipelines()


@lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    from hextile.engine.config_schema import config_json_schema

    return config_json_schema()


@router.get("/config/schema")
def config_schema() -> dict[str, Any]:
    """JSON Schema of a render config (passes as partial passes, options per pipeline and model)."""
    return _schema()


@router.get("/config/default")
def config_default() -> dict[str, Any]:
    """A complete one-pass config with every default (what ``hextile config new`` prints)."""
    from hextile.config import export_config, new_config

    data: dict[str, Any] = json.loads(export_config(new_config(1)))
    return data


@router.post("/config/validate", response_model=ValidationOut)
def validate(body: ConfigBody, r: Annotated[Renderer, Depends(get_renderer)]) -> ValidationOut:
    """Every problem of a config (structured), and warnings about settings a pipeline ignores."""
    from hextile.engine.checks import validate_structured

    data, unsafe = untrusted_config(body.config, r.data_dir)
    cfg, errors, warnings = validate_structured(data)
    return ValidationOut(ok=cfg is not None and not unsafe, errors=unsafe + errors, warnings=warnings)


@router.post("/config/resolve")
def resolve(body: ConfigBody, r: Annotated[Renderer, Depends(get_renderer)]) -> dict[str, Any]:
    """The config with every pass complete (what ``hextile config show`` prints); 422 if invalid."""
    from hextile.config import export_config
    from hextile.engine.checks import validate_structured
    from hextile.server.routes.renders import checked_config, display_config

    data = checked_config(r, body.config)
    cfg, errors, _ = validate_structured(data)
    if cfg is None:
        raise ConfigInvalidError(errors)
    out: dict[str, Any] = display_config(r, json.loads(export_config(cfg)))
    return out
