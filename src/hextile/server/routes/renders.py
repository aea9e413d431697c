"""Renders (jobs): submit, list, inspect, cancel, resume, delete."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.concurrency import run_in_threadpool

from hextile.server.routes.catalog import template_source
from hextile.server.routes.deps import JobId, get_renderer
from hextile.server.routes.images import PassIndex
from hextile.server.schemas import (
    CellsOut,
    ErrorResponse,
    RenderDetail,
    RenderList,
    RenderRequest,
    RenderSummary,
    ResumeRequest,
)
from hextile.service.catalog import template_cells
from hextile.service.images import NotFoundError
from hextile.service.renderer import ConfigInvalidError, Renderer
from hextile.service.store import JobRecord
from hextile.service.untrusted import untrusted_config

router = APIRouter(prefix="/api/renders", tags=["renders"])
ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorResponse},
    409: {"model": ErrorResponse},
    422: {"model": ErrorResponse},
    429: {"model": ErrorResponse},
}


def _manifest(r: Renderer, job: JobRecord) -> dict[str, Any] | None:
    """The render folder's passes.json, or None while there is none (queued) or it cannot be read."""
    rdir = r.render_dir(job)
    if rdir is None:
        return None
    try:
        data = json.loads((rdir / "passes.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def seam_scores(manifest: dict[str, Any] | None) -> list[float | None]:
    """Each pass's seam score (render order) from the manifest; None where it was not measured."""
    scores: list[float | None] = []
    for p in (manifest or {}).get("passes", []):
        seams = p.get("seams") if isinstance(p, dict) else None
        score = seams.get("score") if isinstance(seams, dict) else None
        scores.append(float(score) if isinstance(score, int | float) else None)
    return scores


def _summary(r: Renderer, job: JobRecord, manifest: dict[str, Any] | None = None) -> dict[str, Any]:
    if manifest is None and job.status != "queued":
        manifest = _manifest(r, job)
    return {
        "id": job.id,
        "status": job.status,
        "queue_position": r.queue_position(job.id) if job.status == "queued" else None,
        "input_id": job.input_id,
        "parent": job.parent,
        "created": job.created,
        "started": job.started,
        "finished": job.finished,
        "passes_done": job.passes_done,
        "pass_count": job.pass_count,
        "error": job.error,
        "thumbnail_url": f"/api/renders/{job.id}/thumbnail",
        "events_url": f"/api/renders/{job.id}/events",
        "seam_scores": seam_scores(manifest),
    }


def checked_config(r: Renderer, config: dict[str, Any]) -> dict[str, Any]:
    """The client's config with data-dir templates resolved; ConfigInvalidError listing every problem
    (the HTTP path rules and the config's own validation together)."""
    from hextile.engine.checks import validate_structured

    data, errors = untrusted_config(config, r.data_dir)
    if errors:
        _, more, _ = validate_structured(data)
        raise ConfigInvalidError(errors + more)
    return data


def display_config(r: Renderer, data: Any) -> Any:
    """The stored config with paths into the data dir shown as the names the client sent."""
    templates = (r.data_dir / "templates").resolve()

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        if isinstance(node, str) and node.startswith(str(templates)):
            return Path(node).stem
        return node

    return walk(data)


def _detail(r: Renderer, job: JobRecord) -> RenderDetail:
    manifest = _manifest(r, job)
    images: dict[str, Any] = {"input": f"/api/renders/{job.id}/images/input", "passes": [], "final": None}
    if manifest:
        if isinstance(manifest.get("input"), dict):
            manifest["input"]["path"] = Path(str(manifest["input"].get("path", ""))).name
        for p in manifest.get("passes", []):
            if p.get("status") == "completed":
                images["passes"].append(f"/api/renders/{job.id}/images/pass/{p['index']}")
            p["settings"] = display_config(r, p.get("settings"))
        if manifest.get("output"):
            images["final"] = f"/api/renders/{job.id}/images/final"
    return RenderDetail(
        **_summary(r, job, manifest),
        config=display_config(r, job.config_data()),
        manifest=manifest,
        images=images,
    )


@router.post("", status_code=201, response_model=RenderSummary, responses=ERRORS)
async def submit(body: RenderRequest, r: Annotated[Renderer, Depends(get_renderer)]) -> RenderSummary:
    """Queue a render of an uploaded input. 422 lists every problem of the config (as
    ``hextile config validate`` plus preflight: pipelines, models, weights, templates)."""
    data = checked_config(r, body.config)
    job = await run_in_threadpool(r.submit, body.input_id, data)
    return RenderSummary(**_summary(r, job))


@router.get("", response_model=RenderList)
def list_renders(
    r: Annotated[Renderer, Depends(get_renderer)],
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> RenderList:
    """Renders, newest first."""
    jobs, total = r.jobs(limit, offset)
    return RenderList(items=[RenderSummary(**_summary(r, j)) for j in jobs], total=total)


@router.get("/{job_id}", response_model=RenderDetail, responses=ERRORS)
def get_render(job_id: JobId, r: Annotated[Renderer, Depends(get_renderer)]) -> RenderDetail:
    """One render: status, queue position, config, the render folder's manifest (passes.json) and
    image URLs."""
    return _detail(r, r.get(job_id))


@router.get("/{job_id}/passes/{k}/cells", response_model=CellsOut, responses=ERRORS)
def pass_cells(job_id: JobId, k: PassIndex, r: Annotated[Renderer, Depends(get_renderer)]) -> dict[str, Any]:
    """The cells pass ``k`` really used: its template turned by the manifest's
    ``passes[k].template.rotation`` (tiles numbered as the engine numbered them, as the tile images
    are). 404 until the pass has started."""
    manifest = _manifest(r, r.get(job_id))
    passes = (manifest or {}).get("passes", [])
    p = passes[k] if k < len(passes) and isinstance(passes[k], dict) else {}
    layout = p.get("template")
    if not isinstance(layout, dict):
        raise NotFoundError(
            f"pass {k} of render {job_id} has no tile layout yet", "wait until the pass has started"
        )
    settings = display_config(r, p.get("settings") or {})
    name = str((settings.get("hextile") or {}).get("template") or layout.get("name"))
    source, _ = template_source(r, name)
    return {"template": name, "cells": template_cells(source, layout.get("rotation"))}


@router.post("/{job_id}/cancel", response_model=RenderSummary, responses=ERRORS)
def cancel(job_id: JobId, r: Annotated[Renderer, Depends(get_renderer)]) -> RenderSummary:
    """Cancel a queued render at once, a running one at its next step (finished passes are kept)."""
    return RenderSummary(**_summary(r, r.cancel(job_id)))


@router.post("/{job_id}/resume", response_model=RenderSummary, responses=ERRORS)
async def resume(
    job_id: JobId, r: Annotated[Renderer, Depends(get_renderer)], body: ResumeRequest | None = None
) -> RenderSummary:
    """Continue a cancelled, failed or interrupted render from its first unfinished pass (same id).
    With a ``config``: a new render (new id, ``parent`` = this one) that reuses every pass whose
    settings did not change."""
    config = None
    if body is not None and body.config is not None:
        config = checked_config(r, body.config)
    job = await run_in_threadpool(r.resume, job_id, config)
    return RenderSummary(**_summary(r, job))


@router.delete("/{job_id}", status_code=204, responses=ERRORS)
def delete(
    job_id: JobId, r: Annotated[Renderer, Depends(get_renderer)], purge: Annotated[bool, Query()] = False
) -> None:
    """Forget a render; ``?purge=true`` also deletes its files."""
    r.delete(job_id, purge)
