"""`hextile renders [DIR]` and `hextile renders show ID [DIR]`: past renders, read from their passes.json.

Reads manifests only (no torch, no OpenCV), so it answers at once.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich import box
from rich.table import Table

from hextile.cli.common import console, fail


def _renders(root: Path) -> list[tuple[Path, Any]]:
    from hextile.errors import OutputError
    from hextile.output import load_manifest

    if not root.is_dir():
        fail(f"{root} is not a folder. give the --out folder of earlier renders (default: renders)")
    found = []
    for folder in root.iterdir():
        if folder.name.startswith(".") or not (folder / "passes.json").is_file():
            continue  # staging folders and anything that is not a render
        try:
            found.append((folder, load_manifest(folder)))
        except OutputError:
            continue
    found.sort(key=lambda fm: fm[1].created, reverse=True)
    return found


def _passes_done(m: Any) -> int:
    return sum(p.status in ("completed", "skipped") for p in m.passes)


def _time(t: Any) -> str:
    return "" if t is None else t.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _row(folder: Path, m: Any) -> dict[str, Any]:
    return {
        "id": m.render_id,
        "folder": str(folder),
        "status": m.status,
        "passes_done": _passes_done(m),
        "passes_total": len(m.passes),
        "input": None if m.input is None else m.input.path,
        "final_image": None if m.output is None else str(folder / m.output),
        "created": m.created.isoformat(),
        "parent": m.parent,
    }


def _find(root: Path, render_id: str) -> tuple[Path, Any]:
    from hextile.output import load_manifest

    direct = Path(render_id)
    if (direct / "passes.json").is_file():
        return direct, load_manifest(direct)
    candidates = [(f, m) for f, m in _renders(root) if m.render_id == render_id or f.name == render_id]
    if not candidates:
        candidates = [(f, m) for f, m in _renders(root) if f.name.startswith(render_id)]
    if len(candidates) != 1:
        what = "no render" if not candidates else f"{len(candidates)} renders"
        fail(f"{what} called {render_id!r} in folder '{root}'. run `hextile renders {root}` to list them")
    return candidates[0]


def renders_cmd(
    args: Annotated[
        list[str] | None,
        typer.Argument(help="[DIR] to list the renders in DIR (default: renders), or: show ID [DIR]."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """List past renders, newest first: id, status, passes done/total, input, final image, created.
    `hextile renders show ID` prints one render's summary (ID: a render id, a prefix, or a folder)."""
    words = list(args or [])
    if words and words[0] == "show":
        if len(words) not in (2, 3):
            fail("usage: hextile renders show ID [DIR]. give one render id (see `hextile renders`)")
        root = Path(words[2]) if len(words) == 3 else Path("renders")
        folder, m = _find(root, words[1])
        _show(folder, m, as_json)
        return
    if len(words) > 1:
        fail(
            f"too many arguments: {' '.join(words)}. use `hextile renders [DIR]` or `hextile renders show ID`"
        )
    root = Path(words[0]) if words else Path("renders")
    rows = [_row(f, m) for f, m in _renders(root)]
    if as_json:
        sys.stdout.write(json.dumps(rows, indent=2) + "\n")
        return
    if not rows:
        console.print(f"no renders in {root}")
        return
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    for col in ("id", "status", "passes", "input", "final image", "created"):
        table.add_column(col, overflow="fold", no_wrap=col in ("id", "status", "passes", "created"))
    for r in rows:
        table.add_row(
            r["id"],
            r["status"],
            f"{r['passes_done']}/{r['passes_total']}",
            Path(r["input"]).name if r["input"] else "",
            Path(r["final_image"]).name if r["final_image"] else "",
            _time(_parse(r["created"])),
        )
    console.print(table)


def _parse(text: str) -> Any:
    from datetime import datetime

    return datetime.fromisoformat(text)


def _show(folder: Path, m: Any, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(m.to_json())
        return
    lines = [
        f"render:      {m.render_id}",
        f"folder:      {folder}",
        f"status:      {m.status}" + (f" — {m.error}" if m.error else ""),
        f"created:     {_time(m.created)}" + (f", finished {_time(m.finished)}" if m.finished else ""),
    ]
    if m.parent:
        lines.append(f"re-run of:   {m.parent} (edited config)")
    if m.resumed:
        lines.append(f"resumed:     {len(m.resumed)} time(s), last {_time(m.resumed[-1])}")
    if m.input is not None:
        lines.append(f"input:       {m.input.path} ({m.input.width}×{m.input.height})")
    lines.append(f"final image: {folder / m.output if m.output else '(none yet)'}")
    lines.append(f"passes:      {_passes_done(m)}/{len(m.passes)} done")
    for p in m.passes:
        s = p.settings
        model = (s.get("diffusion") or {}).get("model") or ""
        template = p.template.name if p.template else ""
        took = f", {p.duration_s:.1f}s" if p.duration_s is not None else ""
        seams = getattr(p, "seams", None)
        if seams is not None:
            took += f", seam score {seams.score:.2f}"
        lines.append(
            f"  {p.index + 1}. {p.name}: {p.status}, {s.get('pipeline', '')} {model}, {template}, "
            f"tiles {p.tiles_done}/{p.tiles_total}{took}"
        )
        if p.template is not None and p.template.rotation:
            r = p.template.rotation
            extra = f", clearance {r['clearance']:.3f}" if "clearance" in r else ""
            auto = "auto " if r.get("auto") else ""
            lines.append(
                f"     rotation: {auto}yaw {r['yaw']:g}°, pitch {r['pitch']:g}°, roll {r['roll']:g}°{extra}"
            )
        if p.seams is not None:
            worst = p.seams.worst_tiles[0] if p.seams.worst_tiles else None
            lines.append(
                f"     seams: score {p.seams.score:.2f}, p99 {p.seams.p99:.2f} (8-bit levels, {p.seams.mode})"
                + (f", worst tiles {worst[0]}–{worst[1]} {worst[2]:.2f}" if worst else "")
                + (f", heat-map {folder / p.seams.heatmap}" if p.seams.heatmap else "")
            )
    for line in lines:
        console.print(line, highlight=False, soft_wrap=True)
