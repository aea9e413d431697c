"""Images of a render: input, each pass's panorama, the final image, the live preview, tiles, and
perspective views cut from any of them. Strong ETags; finished files never change under a URL."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi import Path as PathParam
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from hextile.server.routes.deps import JobId, file_response, get_renderer
from hextile.service.images import NotFoundError
from hextile.service.renderer import Renderer
from hextile.service.store import JobRecord

router = APIRouter(prefix="/api/renders/{job_id}", tags=["images"])
IMAGE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"image/png": {}, "image/jpeg": {}, "image/webp": {}}},
    304: {},
    404: {},
}
Width = Annotated[int | None, Query(ge=16, le=8192, description="preview width (default: full size)")]
Fmt = Annotated[Literal["jpeg", "webp", "png"] | None, Query(description="preview format")]
PassIndex = Annotated[int, PathParam(ge=0, le=9, description="0-based pass index")]


def _rdir(r: Renderer, job: JobRecord) -> Path:
    rdir = r.render_dir(job)
    if rdir is None:
        raise NotFoundError(f"render {job.id} has no files yet", "wait for it to start")
    return rdir


def _manifest(rdir: Path) -> dict:
    try:
        data: dict = json.loads((rdir / "passes.json").read_text(encoding="utf-8"))
        return data
    except (OSError, ValueError):
        raise NotFoundError("the render's manifest cannot be read", "wait a moment and retry") from None


def _furthest(r: Renderer, job: JobRecord) -> list[Path]:
    """A render's images, furthest result first: the final image, the finished passes (last
    first), the input. Some may not exist (yet)."""
    candidates: list[Path] = []
    rdir = r.render_dir(job)
    if rdir is not None:
        m = _manifest(rdir)
        if m.get("output"):
            candidates.append(rdir / m["output"])
        for p in reversed(m.get("passes", [])):
            if p.get("status") == "completed":
                candidates.append(rdir / f"pass_{p['index']}" / "panorama.png")
    candidates.append(_input_path(r, job))
    return candidates


def _input_path(r: Renderer, job: JobRecord) -> Path:
    rec = r.store.get_input(job.input_id)
    if rec is not None and r.inputs.path(rec).is_file():
        return r.inputs.path(rec)
    rdir = _rdir(r, job)
    copy = (_manifest(rdir).get("input") or {}).get("copy")
    if not copy:
        raise NotFoundError("the render's input is gone", "upload it again")
    return rdir / copy


def _final_path(r: Renderer, job: JobRecord) -> Path:
    rdir = _rdir(r, job)
    out = _manifest(rdir).get("output")
    if not out:
        raise NotFoundError(f"render {job.id} has no final image yet", "wait for render.end")
    return rdir / out


def _pass_path(r: Renderer, job: JobRecord, k: int) -> Path:
    return _rdir(r, job) / f"pass_{k}" / "panorama.png"


def _source(r: Renderer, job: JobRecord, source: str) -> Path:
    if source == "input":
        return _input_path(r, job)
    if source == "final":
        return _final_path(r, job)
    m = re.fullmatch(r"pass-(\d)", source)
    if m:
        return _pass_path(r, job, int(m.group(1)))
    raise NotFoundError(f"unknown source {source!r}", "use input, final or pass-K")


@router.get("/images/input", response_class=Response, responses=IMAGE)
def image_input(
    job_id: JobId,
    request: Request,
    r: Annotated[Renderer, Depends(get_renderer)],
    w: Width = None,
    format: Fmt = None,
) -> Response:
    """The render's input panorama."""
    return file_response(request, r.images.preview(_input_path(r, r.get(job_id)), w, format))


@router.get("/images/pass/{k}", response_class=Response, responses=IMAGE)
async def image_pass(
    job_id: JobId,
    k: PassIndex,
    request: Request,
    r: Annotated[Renderer, Depends(get_renderer)],
    w: Width = None,
    format: Fmt = None,
) -> Response:
    """Pass ``k``'s output panorama (lossless 16-bit PNG at full size; ``?w=`` for a preview)."""
    path = _pass_path(r, r.get(job_id), k)
    return file_response(request, await run_in_threadpool(r.images.preview, path, w, format))


@router.get("/passes/{k}/seams", response_class=Response, responses=IMAGE)
async def pass_seams(
    job_id: JobId,
    k: PassIndex,
    request: Request,
    r: Annotated[Renderer, Depends(get_renderer)],
    w: Width = None,
    format: Fmt = None,
) -> Response:
    """Pass ``k``'s seam heat-map (``pass_k/seams.png``: where overlapping tiles disagree,
    docs/seams.md); 404 until the pass has completed."""
    path = _rdir(r, r.get(job_id)) / f"pass_{k}" / "seams.png"
    return file_response(request, await run_in_threadpool(r.images.preview, path, w, format))


@router.get("/images/final", response_class=Response, responses=IMAGE)
async def image_final(
    job_id: JobId,
    request: Request,
    r: Annotated[Renderer, Depends(get_renderer)],
    w: Width = None,
    format: Fmt = None,
) -> Response:
    """The final image."""
    path = _final_path(r, r.get(job_id))
    return file_response(request, await run_in_threadpool(r.images.preview, path, w, format))


@router.get("/images/preview", response_class=Response, responses=IMAGE)
def image_preview(job_id: JobId, request: Request, r: Annotated[Renderer, Depends(get_renderer)]) -> Response:
    """The live preview (``preview.jpg``), refreshed while a pass runs: not cacheable. Before the
    render has written one, the furthest result so far (see ``thumbnail``), at most 2048 wide, so
    a client can ask for it at any moment of a render."""
    job = r.get(job_id)
    rdir = r.render_dir(job)
    live = rdir / "preview.jpg" if rdir is not None else None
    if live is not None and live.is_file():
        return file_response(request, r.images.original(live), cache="no-store")
    for c in _furthest(r, job):  # a plain `def` route: FastAPI runs it in its threadpool
        if c.is_file():
            return file_response(request, r.images.preview(c, 2048, "jpeg"), cache="no-store")
    raise NotFoundError("no image yet", "wait for the render")


@router.get("/thumbnail", response_class=Response, responses=IMAGE)
async def thumbnail(
    job_id: JobId, request: Request, r: Annotated[Renderer, Depends(get_renderer)]
) -> Response:
    """A 320-wide JPEG of the furthest result: the final image, else the last finished pass, else
    the input."""
    for c in _furthest(r, r.get(job_id)):
        if c.is_file():
            img = await run_in_threadpool(r.images.preview, c, 320, "jpeg")
            return file_response(request, img, cache="no-cache")
    raise NotFoundError("no image yet", "wait for the render")


@router.get("/passes/{k}/tiles/{n}", response_class=Response, responses=IMAGE)
def tile(
    job_id: JobId,
    k: PassIndex,
    n: Annotated[int, PathParam(ge=0, le=999)],
    request: Request,
    r: Annotated[Renderer, Depends(get_renderer)],
    kind: Annotated[
        Literal["in", "out"], Query(description="in: as the pipeline received it; out: as it returned it")
    ] = "out",
    w: Width = None,
    format: Fmt = None,
) -> Response:
    """Tile ``n`` (1-based) of pass ``k``: ``kind=in`` as the pipeline received it (in sequential mode
    cut after the earlier tiles merged; the original is ``view?source=input``), ``out`` as the
    pipeline returned it."""
    folder = "tiles" if kind == "in" else "tiles_diffused"
    path = _rdir(r, r.get(job_id)) / f"pass_{k}" / folder / f"Hextile_{n:02d}.png"
    return file_response(request, r.images.preview(path, w, format))


@router.get("/view", response_class=Response, responses=IMAGE)
async def view(
    job_id: JobId,
    request: Request,
    r: Annotated[Renderer, Depends(get_renderer)],
    source: Annotated[str, Query(pattern=r"^(input|final|pass-\d)$")] = "final",
    yaw: Annotated[float, Query(ge=-180, le=360)] = 0.0,
    pitch: Annotated[float, Query(ge=-90, le=90)] = 0.0,
    fov: Annotated[float, Query(ge=1, le=170)] = 90.0,
    size: Annotated[int, Query(ge=16, le=2048)] = 512,
    format: Annotated[Literal["jpeg", "webp", "png"], Query()] = "jpeg",
) -> Response:
    """A perspective view (``size``² pixels, ``fov`` degrees) looking at ``yaw``/``pitch`` cut from
    the input, a pass (``pass-K``) or the final image — e.g. tile 17's yaw/pitch/fov (from
    ``/api/templates/{name}/cells``) at every pass, whatever template each pass used."""
    path = _source(r, r.get(job_id), source)
    img = await run_in_threadpool(r.images.view, path, yaw, pitch, fov, size, format)
    return file_response(request, img)
