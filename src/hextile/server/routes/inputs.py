"""Uploaded panoramas: ``POST /api/inputs``, ``GET /api/inputs``, ``GET /api/inputs/{id}/image``."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from hextile.server.routes.deps import InputId, file_response, get_renderer
from hextile.server.schemas import InputList, InputOut
from hextile.service.images import NotFoundError
from hextile.service.inputs import TooLargeError
from hextile.service.renderer import Renderer
from hextile.service.store import InputRecord

router = APIRouter(prefix="/api/inputs", tags=["inputs"])


def input_out(rec: InputRecord) -> InputOut:
    base = f"/api/inputs/{rec.id}/image"
    return InputOut(
        id=rec.id,
        name=rec.name,
        width=rec.width,
        height=rec.height,
        bytes=rec.bytes,
        sha256=rec.sha256,
        created=rec.created,
        image_url=base,
        thumbnail_url=f"{base}?w=320&format=jpeg",
    )


@router.post("", status_code=201, response_model=InputOut, responses={200: {"model": InputOut}})
async def upload(file: UploadFile, r: Annotated[Renderer, Depends(get_renderer)]) -> Response:
    """Upload a panorama (multipart field ``file``). Checked before it is kept: size, type sniffed
    from the bytes, pixel count from the header, full decode, 2:1. The same content uploaded twice
    gives the same id (200 instead of 201)."""
    limit = r.inputs.limits.max_bytes
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise TooLargeError(f"the upload is larger than {limit} bytes", "upload a smaller file")
    rec, new = await run_in_threadpool(r.inputs.add, data, file.filename or "upload")
    return JSONResponse(input_out(rec).model_dump(), status_code=201 if new else 200)


@router.get("", response_model=InputList)
def list_inputs(
    r: Annotated[Renderer, Depends(get_renderer)],
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> InputList:
    """Uploaded inputs, newest first."""
    items, total = r.store.list_inputs(limit, offset)
    return InputList(items=[input_out(x) for x in items], total=total)


@router.get("/{input_id}", response_model=InputOut)
def get_input(input_id: InputId, r: Annotated[Renderer, Depends(get_renderer)]) -> InputOut:
    rec = r.store.get_input(input_id)
    if rec is None:
        raise NotFoundError(f"input {input_id} does not exist", "list inputs with GET /api/inputs")
    return input_out(rec)


@router.get("/{input_id}/image", response_class=Response, responses={200: {"content": {"image/*": {}}}})
def input_image(
    input_id: InputId,
    request: Request,
    r: Annotated[Renderer, Depends(get_renderer)],
    w: Annotated[int | None, Query(ge=16, le=8192)] = None,
    format: Annotated[Literal["jpeg", "webp", "png"] | None, Query()] = None,
) -> Response:
    """The uploaded file, or a preview ``w`` pixels wide in ``format``."""
    rec = r.store.get_input(input_id)
    if rec is None:
        raise NotFoundError(f"input {input_id} does not exist", "list inputs with GET /api/inputs")
    return file_response(request, r.images.preview(r.inputs.path(rec), w, format))
