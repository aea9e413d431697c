"""Shared route helpers: the renderer, id patterns, file responses with strong ETags."""

from __future__ import annotations

from typing import Annotated

from fastapi import Path as PathParam
from fastapi import Request
from fastapi.responses import FileResponse, Response

from hextile.service.images import ImageFile
from hextile.service.renderer import Renderer

ID_PATTERN = r"^[0-9a-f]{16}$"
JobId = Annotated[str, PathParam(pattern=ID_PATTERN, description="render id (16 hex digits)")]
InputId = Annotated[str, PathParam(pattern=ID_PATTERN, description="input id (16 hex digits)")]
IMMUTABLE = "private, max-age=31536000, immutable"


def get_renderer(request: Request) -> Renderer:
    r: Renderer = request.app.state.renderer
    return r


def file_response(request: Request, img: ImageFile, cache: str = IMMUTABLE) -> Response:
    """The file, or 304 when the client's ``If-None-Match`` has its strong ETag."""
    headers = {"etag": img.etag, "cache-control": cache}
    inm = request.headers.get("if-none-match")
    if inm and img.etag in [t.strip() for t in inm.split(",")]:
        return Response(status_code=304, headers=headers)
    return FileResponse(img.path, media_type=img.media_type, headers=headers)
