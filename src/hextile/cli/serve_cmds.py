"""`hextile serve`: the local render server and web UI."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer


def serve_cmd(
    host: Annotated[
        str, typer.Option(help="Address to bind. Non-loopback addresses need --token.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8642,
    data: Annotated[
        Path | None,
        typer.Option(
            "--data",
            help="Data folder: uploads, render folders, job database (default: $HEXTILE_DATA "
            "or ~/.local/share/hextile).",
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(help="Require `Authorization: Bearer TOKEN` on every request (or HEXTILE_TOKEN)."),
    ] = None,
    device: Annotated[
        list[str] | None,
        typer.Option("--device", help="auto, cpu, cuda or cuda:N; repeat for one worker per device."),
    ] = None,
    memory_budget_gb: Annotated[
        float | None, typer.Option("--memory-budget-gb", help="Model cache budget per device.")
    ] = None,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the web UI in the browser.")] = False,
    resume_interrupted: Annotated[
        bool, typer.Option("--resume-interrupted", help="Resume renders the last server left unfinished.")
    ] = False,
    max_upload_mb: Annotated[float, typer.Option("--max-upload-mb", help="Largest upload accepted.")] = 512,
    max_pixels: Annotated[
        int, typer.Option("--max-pixels", help="Largest panorama accepted (pixels).")
    ] = 16384 * 8192,
    max_queue: Annotated[int, typer.Option("--max-queue", help="Most renders waiting at once.")] = 100,
    allow_origin: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-origin",
            help="Also accept requests from this web origin (e.g. a UI dev server); repeatable.",
        ),
    ] = None,
) -> None:
    """Run the local render server: upload panoramas, queue renders, follow them live, in the browser
    or over HTTP (JSON under /api, docs at /docs). Binds 127.0.0.1:8642 by default; Ctrl-C stops it
    (a running render is kept and can be resumed)."""
    from hextile.server.run import ServeOptions, default_data_dir, serve

    options = ServeOptions(
        host=host,
        port=port,
        data_dir=(data or default_data_dir()).expanduser().resolve(),
        token=token or os.environ.get("HEXTILE_TOKEN") or None,
        devices=device or ["auto"],
        memory_budget_gb=memory_budget_gb,
        open_browser=open_browser,
        resume_interrupted=resume_interrupted,
        max_upload_mb=max_upload_mb,
        max_pixels=max_pixels,
        max_queue=max_queue,
        allow_origins=allow_origin or [],
    )
    serve(options, announce=lambda line: typer.echo(line, err=True))
