"""The FastAPI application: routers over the service layer, error bodies, security, the web UI.

Routers only translate HTTP to :class:`~hextile.service.Renderer` calls and back; see docs/api.md.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from hextile import __version__
from hextile.config.schema import FieldError
from hextile.errors import HextileError, InputImageError
from hextile.server.security import BodyTooLarge, SecurityMiddleware, SecurityPolicy
from hextile.service.images import NotFoundError
from hextile.service.inputs import TooLargeError
from hextile.service.renderer import ConfigInvalidError, ConflictError, QueueFullError, Renderer

log = logging.getLogger("hextile.server")

DEFAULT_PORT = 8642
WEB_DIST = Path(__file__).resolve().parent.parent / "web_dist"


@dataclass
class ServerSettings:
    policy: SecurityPolicy
    web_dir: Path = WEB_DIST
    keepalive_s: float = 15.0
    extra: dict[str, object] = field(default_factory=dict)


def error_response(
    status: int,
    code: str,
    message: str,
    fix: str | None = None,
    errors: list[FieldError] | None = None,
    error_id: str | None = None,
) -> JSONResponse:
    body = {
        "error": {
            "code": code,
            "message": message,
            "fix": fix,
            "errors": [e.model_dump(mode="json") for e in errors or []],
            "error_id": error_id,
        }
    }
    return JSONResponse(body, status_code=status)


def _status_of(exc: HextileError) -> tuple[int, str]:
    if isinstance(exc, NotFoundError):
        return 404, "not_found"
    if isinstance(exc, ConflictError):
        return 409, "conflict"
    if isinstance(exc, QueueFullError):
        return 429, "queue_full"
    if isinstance(exc, TooLargeError):
        return 413, "too_large"
    if isinstance(exc, ConfigInvalidError):
        return 422, "invalid_config"
    if isinstance(exc, InputImageError):
        return 422, "invalid_image"
    return 400, "bad_request"


def create_app(renderer: Renderer, settings: ServerSettings) -> SecurityMiddleware:
    """The ASGI app: FastAPI wrapped in the security middleware."""
    app = FastAPI(
        title="hextile",
        version=__version__,
        description="Local render server for hextile: upload panoramas, queue multi-pass renders, follow "
        "them live over Server-Sent Events, fetch passes, tiles, previews and views.",
        docs_url="/docs",
        redoc_url=None,
    )
    app.state.renderer = renderer
    app.state.settings = settings

    @app.exception_handler(HextileError)
    async def _hextile_error(request: Request, exc: HextileError) -> JSONResponse:
        status, code = _status_of(exc)
        errors = exc.field_errors if isinstance(exc, ConfigInvalidError) else None
        return error_response(status, code, exc.problem, exc.fix, errors)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = []
        for e in exc.errors():
            loc = [str(x) for x in e.get("loc", ())]
            value = e.get("input")
            errors.append(
                FieldError(
                    path=".".join(loc),
                    value=value if isinstance(value, str | int | float | bool | type(None)) else None,
                    message=str(e.get("msg", "invalid")),
                )
            )
        first = errors[0] if errors else FieldError(path="", message="invalid request")
        return error_response(
            422,
            "invalid_request",
            f"{first.path}: {first.message}",
            "fix the request as the errors say",
            errors,
        )

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request: Request, exc: BodyTooLarge) -> JSONResponse:
        return error_response(413, "too_large", "the request body is too large", "send less data")

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> JSONResponse:
        error_id = secrets.token_hex(4)
        log.exception("internal error %s on %s %s", error_id, request.method, request.url.path)
        return error_response(
            500,
            "internal",
            f"internal error {error_id}",
            "see the server log for this error id",
            error_id=error_id,
        )

    from hextile.server.routes import catalog, events, images, inputs, renders, session, web

    app.include_router(session.router)
    app.include_router(inputs.router)
    app.include_router(renders.router)
    app.include_router(events.router)
    app.include_router(images.router)
    app.include_router(catalog.router)
    app.add_exception_handler(events.NothingNew, events.no_content)  # type: ignore[arg-type]
    web.mount(app, settings.web_dir)
    return SecurityMiddleware(app, settings.policy)
