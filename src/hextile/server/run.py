"""Starting the server: checks, the uvicorn loop, a clean shutdown."""

from __future__ import annotations

import ipaddress
import logging
import os
import socket
import sys
import threading
import time
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from hextile.errors import HextileError
from hextile.output.render_dir import prepare_folder

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8642


def default_data_dir() -> Path:
    """``$HEXTILE_DATA``, else the user's data folder: ``$XDG_DATA_HOME/hextile`` (``~/.local/share``),
    ``~/Library/Application Support/hextile`` on macOS, ``%LOCALAPPDATA%\\hextile`` on Windows."""
    if os.environ.get("HEXTILE_DATA"):
        return Path(os.environ["HEXTILE_DATA"]).expanduser()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local")) / "hextile"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "hextile"
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "hextile"


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def http_url(host: str, port: int) -> str:
    """``http://host:port/``, an IPv6 address in brackets (given with or without them)."""
    bare = host.strip("[]")
    return f"http://[{bare}]:{port}/" if ":" in bare else f"http://{bare}:{port}/"


def browser_url(host: str, port: int) -> str:
    """The web UI's address for a browser on this machine: a server bound to every interface
    (``0.0.0.0``, ``::``) is reached through loopback."""
    bare = host.strip("[]")
    return http_url({"0.0.0.0": "127.0.0.1", "::": "::1"}.get(bare, bare), port)


def _open_when_listening(
    server: Any, url: str, announce: Callable[[str], object], timeout_s: float = 120.0
) -> None:
    """Open ``url`` in the user's browser once ``server`` (a ``uvicorn.Server``) accepts connections,
    not before: a browser opened early shows a connection error. Nothing opens if the server
    stops first."""
    deadline = time.monotonic() + timeout_s
    while not server.started:
        if server.should_exit or time.monotonic() > deadline:
            return
        time.sleep(0.05)
    if not webbrowser.open(url):
        announce(f"no web browser found here: open {url} yourself")


@dataclass
class ServeOptions:
    host: str = DEFAULT_HOST
    port: int = DEFAULT_PORT
    data_dir: Path = field(default_factory=default_data_dir)
    token: str | None = None
    devices: list[str] = field(default_factory=lambda: ["auto"])
    memory_budget_gb: float | None = None
    open_browser: bool = False
    resume_interrupted: bool = False
    max_upload_mb: float = 512
    max_pixels: int = 16384 * 8192
    max_queue: int = 100
    save_tiles: bool = True
    keepalive_s: float = 15.0
    allow_origins: list[str] = field(default_factory=list)
    log_level: str = "info"


def check_options(o: ServeOptions) -> None:
    """Refuse unsafe or impossible settings with one line each."""
    if not is_loopback(o.host) and not o.token:
        raise HextileError(
            f"binding {o.host} exposes the server to the network without authentication",
            "set a token with --token or HEXTILE_TOKEN (every request then needs it), or bind 127.0.0.1",
        )
    if o.token is not None and len(o.token) < 16:
        raise HextileError(
            "the token is shorter than 16 characters", "use a long random token (e.g. `openssl rand -hex 24`)"
        )
    if not 0 < o.port < 65536:
        raise HextileError(f"port {o.port} is not a valid port", "use 1-65535")
    if not o.max_upload_mb > 0:
        raise HextileError(f"--max-upload-mb {o.max_upload_mb:g} is not a size", "use a positive number")
    if o.max_pixels < 16 * 8:
        raise HextileError(f"--max-pixels {o.max_pixels} is too small for any panorama", "use at least 128")
    if o.max_queue < 1:
        raise HextileError(f"--max-queue {o.max_queue} leaves no room for a render", "use 1 or more")
    if o.memory_budget_gb is not None and not o.memory_budget_gb > 0:
        raise HextileError(
            f"--memory-budget-gb {o.memory_budget_gb:g} is not a budget",
            "use a positive number, or leave it out",
        )
    for origin in o.allow_origins:
        parts = urlsplit(origin)
        bare = parts.path in ("", "/") and not parts.query and not parts.fragment
        if parts.scheme not in ("http", "https") or not parts.netloc or not bare:
            raise HextileError(
                f"--allow-origin {origin!r} is not a web origin",
                "give scheme, host and port only, e.g. http://127.0.0.1:5173",
            )
    with socket.socket(socket.AF_INET6 if ":" in o.host else socket.AF_INET) as s:
        try:
            s.bind((o.host.strip("[]"), o.port))
        except OSError as exc:
            raise HextileError(
                f"cannot listen on {o.host}:{o.port}: {exc.strerror}",
                "choose another --port (or stop the server already using it)",
            ) from None


def build(o: ServeOptions) -> tuple[Any, Any]:
    """The renderer and the ASGI app for these options (not started)."""
    from hextile.server.app import ServerSettings, create_app
    from hextile.server.security import SecurityPolicy, loopback_hosts
    from hextile.service.inputs import InputLimits
    from hextile.service.renderer import Renderer, RendererSettings

    limits = InputLimits(max_bytes=int(o.max_upload_mb * 2**20), max_pixels=o.max_pixels)
    renderer = Renderer(
        o.data_dir,
        RendererSettings(
            devices=o.devices,
            memory_budget_gb=o.memory_budget_gb,
            save_tiles=o.save_tiles,
            max_queue=o.max_queue,
            input_limits=limits,
        ),
    )
    hosts = loopback_hosts(o.host, o.port) if is_loopback(o.host) else None
    policy = SecurityPolicy(
        allowed_hosts=hosts,
        token=o.token,
        max_upload_bytes=limits.max_bytes + 2**20,
        extra_origins={x.rstrip("/") for x in o.allow_origins},
    )
    return renderer, create_app(renderer, ServerSettings(policy=policy, keepalive_s=o.keepalive_s))


def serve(o: ServeOptions, announce: Callable[[str], object] = print) -> None:
    """Run until Ctrl-C / SIGTERM; a running render is stopped and left ``interrupted`` (resumable)."""
    import uvicorn

    check_options(o)
    prepare_folder(o.data_dir, "data folder", "--data")
    renderer, app = build(o)
    logging.basicConfig(
        level=getattr(logging, o.log_level.upper(), logging.INFO),
        format="%(levelname)s %(name)s: %(message)s",
    )
    if renderer.reindexed:
        announce(
            f"no job database in {o.data_dir}: "
            f"indexed {len(renderer.reindexed)} render(s) from its render folders"
        )
    renderer.start(resume_interrupted=o.resume_interrupted)
    url = http_url(o.host, o.port)
    announce(f"hextile serve: {url}  (data: {o.data_dir}; API docs: {url}docs; Ctrl-C stops)")
    if o.token:
        announce("a token is required: send `Authorization: Bearer <token>` (the web UI asks for it)")
    config = uvicorn.Config(
        app,
        host=o.host.strip("[]"),
        port=o.port,
        log_level=o.log_level,
        access_log=False,
        timeout_graceful_shutdown=3,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    if o.open_browser:
        opener = threading.Thread(
            target=_open_when_listening,
            args=(server, browser_url(o.host, o.port), announce),
            name="hextile-open-browser",
            daemon=True,
        )
        opener.start()
    try:
        server.run()
    finally:
        renderer.close()
