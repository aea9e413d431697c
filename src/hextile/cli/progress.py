"""The render progress display: "Pass i of N — name", a bar for the pass, an overall bar, the ETA."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn, TimeElapsedColumn

from hextile.engine.events import ProgressEvent


def _fmt_eta(eta: float | None) -> str:
    if eta is None:
        return "ETA --:--"
    eta = round(eta)
    h, rem = divmod(eta, 3600)
    m, s = divmod(rem, 60)
    return f"ETA {h}:{m:02d}:{s:02d}" if h else f"ETA {m:02d}:{s:02d}"


class RenderProgress:
    """Feeds :class:`ProgressEvent` s into a rich display (use as the render's ``on_event``).

    The display starts at the render's first event, so an error found before the render starts
    (bad config, missing model, unreadable input) is never preceded by an empty bar. Give it a
    stderr console: stdout carries only result lines.
    """

    def __init__(self, console: Console) -> None:
        self.console = console
        self.progress = Progress(
            TextColumn("{task.description}", justify="left"),
            BarColumn(bar_width=None),
            TextColumn("{task.percentage:>5.1f}%"),
            TextColumn("{task.fields[detail]}"),
            TimeElapsedColumn(),
            TextColumn("{task.fields[eta]}"),
            console=console,
            transient=False,
        )
        self.pass_task: TaskID | None = None
        self.overall: TaskID | None = None
        self.started = False

    def __enter__(self) -> RenderProgress:
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.started:
            self.progress.__exit__(*exc)

    def _start(self) -> None:
        self.started = True
        self.progress.__enter__()
        self.overall = self.progress.add_task("Overall", total=1.0, detail="", eta="")

    def __call__(self, ev: ProgressEvent) -> None:
        if ev.kind in ("warning", "info") and not self.started:  # before the render: plain lines
            self.console.print(
                f"[yellow]warning:[/] {ev.message}" if ev.kind == "warning" else ev.message,
                highlight=False,
                soft_wrap=True,
            )
            return
        if not self.started:
            self._start()
        p = self.progress
        if ev.kind == "pass.start":
            label = f"Pass {ev.pass_number} of {ev.pass_count} — {ev.pass_name}"
            if self.pass_task is not None:
                p.update(self.pass_task, visible=False)
            self.pass_task = p.add_task(label, total=1.0, detail="", eta="")
        elif ev.kind == "pass.skipped":
            p.console.print(
                f"Pass {ev.pass_number} of {ev.pass_count} — {ev.pass_name}: reused from the earlier run"
            )
        elif ev.kind in ("warning", "info"):
            p.console.print(f"[yellow]warning:[/] {ev.message}" if ev.kind == "warning" else ev.message)
        if self.pass_task is not None and ev.pass_index is not None:
            shown = ev.tile_count if ev.kind == "pass.end" else ev.tile_index
            detail = f"tile {shown}/{ev.tile_count}" if ev.tile_count else ""
            if ev.steps > 1:
                detail += f" step {ev.step}/{ev.steps}"
            p.update(self.pass_task, completed=ev.pass_fraction, detail=detail)
        if self.overall is not None:
            p.update(self.overall, completed=ev.overall_fraction, eta=_fmt_eta(ev.eta_s))
