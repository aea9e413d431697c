"""Safe defaults for every request: host and origin checks, the token, body limits, headers.

A pure ASGI middleware (it wraps streaming responses and SSE without buffering them):

- ``Host`` must be one the server answers to (its own address, ``localhost``…): a DNS-rebinding
  page whose host name resolves to 127.0.0.1 is refused (421).
- A request carrying an ``Origin`` that is not the server's own is refused (403): no other site
  can drive the API from a browser (CSRF).
- With a token, every API request (``/api/*`` — SSE and images included — and the API docs
  ``/docs``, ``/redoc``, ``/openapi.json``) needs ``Authorization: Bearer <token>`` or the session
  cookie set by ``POST /api/session``; compared in constant time. Without one → 401. The web shell
  (``/``, ``/assets/*``, the single-page fallback: static files that hold no data) is served
  without it, so a browser can load the sign-in screen.
- Request bodies are limited (``Content-Length`` and the bytes really received): JSON bodies to
  ``max_json_bytes``, uploads (``/api/inputs``) to ``max_upload_bytes`` → 413.
- Every response gets ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer``,
  ``X-Frame-Options: DENY`` and a same-origin Content-Security-Policy.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import urlsplit

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

COOKIE = "hextile_session"
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (
        b"content-security-policy",
        b"default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
        b"script-src 'self'; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'",
    ),
]
# The API docs page loads its scripts from a CDN: relax the policy there only.
DOCS_PATHS = ("/docs", "/redoc")
PUBLIC_PATHS = ("/api/session", "/api/health")
# Everything under these needs the token; the rest is the static web shell (no data in it).
PROTECTED_PREFIXES = ("/api", "/docs", "/redoc", "/openapi.json")


def needs_token(path: str) -> bool:
    """Whether ``path`` is guarded by the token (all API and docs paths but login and health)."""
    path = "/" + path.lstrip("/")  # "//api/…" is the same API path to a lenient router
    return path.startswith(PROTECTED_PREFIXES) and not path.startswith(PUBLIC_PATHS)


@dataclass
class SecurityPolicy:
    allowed_hosts: set[str] | None  # "host:port" forms, lower case; None: any (a token guards the server)
    token: str | None = None
    max_json_bytes: int = 1 * 2**20
    max_upload_bytes: int = 512 * 2**20
    upload_paths: tuple[str, ...] = ("/api/inputs",)
    extra_origins: set[str] = field(default_factory=set)

    def host_ok(self, host: str) -> bool:
        return self.allowed_hosts is None or host.lower() in self.allowed_hosts

    def origin_ok(self, origin: str, host: str) -> bool:
        if origin in self.extra_origins:
            return True
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return False
        return parts.netloc.lower() == host.lower() and self.host_ok(parts.netloc)

    def token_ok(self, presented: str | None) -> bool:
        if self.token is None:
            return True
        if not presented:
            return False
        return hmac.compare_digest(presented.encode(), self.token.encode())


def loopback_hosts(host: str, port: int) -> set[str]:
    """The ``Host`` values a server bound to ``host:port`` answers to."""
    names = {host.lower()}
    if host in ("127.0.0.1", "localhost", "::1", "0.0.0.0", "::"):
        names |= {"127.0.0.1", "localhost", "[::1]"}
    if ":" in host and not host.startswith("["):
        names.add(f"[{host}]")
    return {f"{n}:{port}" for n in names} | (set(names) if port == 80 else set())


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}


def bearer(headers: dict[str, str]) -> str | None:
    auth = headers.get("authorization", "")
    if auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    cookie = headers.get("cookie")
    if cookie:
        jar = SimpleCookie()
        try:
            jar.load(cookie)
        except Exception:
            return None
        if COOKIE in jar:
            return jar[COOKIE].value
    return None


async def _reply(send: Send, status: int, code: str, message: str, fix: str) -> None:
    body = json.dumps({"error": {"code": code, "message": message, "fix": fix, "errors": []}}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if status == 401:
        headers.append((b"www-authenticate", b'Bearer realm="hextile"'))
    await send({"type": "http.response.start", "status": status, "headers": headers + SECURITY_HEADERS})
    await send({"type": "http.response.body", "body": body})


async def _too_large(send: Send, limit: int) -> None:
    """The 413 for a body over ``limit`` bytes (announced by Content-Length, or found while reading)."""
    await _reply(
        send,
        413,
        "too_large",
        f"the request body is larger than {limit} bytes",
        "send less data (or raise the server's limit)",
    )


class BodyTooLarge(Exception):  # noqa: N818 - turned into a 413 response
    pass


class SecurityMiddleware:
    def __init__(self, app: ASGIApp, policy: SecurityPolicy) -> None:
        self.app = app
        self.policy = policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        p = self.policy
        h = _headers(scope)
        host = h.get("host", "")
        path: str = scope.get("path", "")
        if not p.host_ok(host):
            await _reply(
                send,
                421,
                "bad_host",
                f"this server does not answer to host {host!r}",
                "open the address `hextile serve` printed",
            )
            return
        origin = h.get("origin")
        if origin is not None and origin != "null" and not p.origin_ok(origin, host):
            await _reply(
                send,
                403,
                "foreign_origin",
                f"requests from {origin} are not allowed",
                "use the web UI served by this server",
            )
            return
        if origin == "null":
            await _reply(
                send,
                403,
                "foreign_origin",
                "requests from an opaque origin are not allowed",
                "use the web UI served by this server",
            )
            return
        if p.token is not None and needs_token(path) and not p.token_ok(bearer(h)):
            await _reply(
                send,
                401,
                "unauthorized",
                "a valid token is required",
                "send `Authorization: Bearer <token>` or log in with POST /api/session",
            )
            return
        limit = p.max_upload_bytes if path in p.upload_paths else p.max_json_bytes
        length = h.get("content-length")
        if length is not None:
            try:
                too_big = int(length) > limit
            except ValueError:
                await _reply(
                    send, 400, "bad_request", "Content-Length is not a number", "send a valid request"
                )
                return
            if too_big:
                await _too_large(send, limit)
                return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > limit:
                    raise BodyTooLarge
            return msg

        relaxed = path.startswith(DOCS_PATHS)

        async def secured_send(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
                extra = [x for x in SECURITY_HEADERS if not (relaxed and x[0] == b"content-security-policy")]
                msg["headers"] = list(msg.get("headers", [])) + extra
            await send(msg)

        try:
            await self.app(scope, limited_receive, secured_send)
        except BodyTooLarge:
            if not started:
                await _too_large(send, limit)
