"""``POST /api/session``: exchange the token for an HttpOnly cookie (for the browser's SSE and img)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from hextile.server.app import error_response
from hextile.server.schemas import SessionIn
from hextile.server.security import COOKIE

router = APIRouter(prefix="/api", tags=["session"])


@router.get("/health")
def health() -> dict[str, bool]:
    """Liveness check (no token needed)."""
    return {"ok": True}


@router.post("/session", status_code=204, response_class=Response)
def login(body: SessionIn, request: Request) -> Response:
    """Check the token and set the session cookie (HttpOnly, SameSite=Strict)."""
    policy = request.app.state.settings.policy
    if policy.token is None:
        return Response(status_code=204)
    if not policy.token_ok(body.token):
        return error_response(401, "unauthorized", "wrong token", "use the token the server was started with")
    resp = Response(status_code=204)
    resp.set_cookie(
        COOKIE, body.token, httponly=True, samesite="strict", path="/", secure=request.url.scheme == "https"
    )
    return resp


@router.delete("/session", status_code=204, response_class=Response)
def logout() -> Response:
    resp = Response(status_code=204)
    resp.delete_cookie(COOKIE, path="/")
    return resp
