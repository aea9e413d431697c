"""The built web UI (``hextile/web_dist``): ``/`` and any non-API path serve ``index.html``
(single-page app), ``/assets/*`` the bundle. Without a built bundle ``/`` says how to build it."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles

_MISSING = """<!doctype html><html><head><meta charset="utf-8"><title>hextile</title></head><body>
<h1>hextile server</h1><p>The web UI is not built in this installation. Build it with
<code>make web</code> (needs node 20) and restart <code>hextile serve</code>.</p>
<p>The API is running: see <a href="/docs">/docs</a>.</p></body></html>"""


def mount(app: FastAPI, web_dir: Path) -> None:
    index = web_dir / "index.html"
    assets = web_dir / "assets"
    if assets.is_dir():
        app.mount("/assets", StaticFiles(directory=assets), name="assets")

    @app.get("/{path:path}", include_in_schema=False, response_model=None)
    def spa(path: str, request: Request) -> Response:
        if path == "api" or path.startswith("api/"):
            return JSONResponse(
                {
                    "error": {
                        "code": "not_found",
                        "message": f"no API route /{path}",
                        "fix": "see /docs",
                        "errors": [],
                        "error_id": None,
                    }
                },
                status_code=404,
            )
        if not index.is_file():
            return HTMLResponse(_MISSING)
        if path and "/" not in path:  # top-level files of the bundle (favicon.svg, robots.txt…)
            candidate = (web_dir / path).resolve()
            if candidate.is_file() and candidate.parent == web_dir.resolve():
                return FileResponse(candidate)
        return FileResponse(index, headers={"cache-control": "no-cache"})
