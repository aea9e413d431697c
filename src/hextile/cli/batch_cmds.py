"""`hextile batch`: many inputs (images, folders, videos) with one config, resumable, optionally on Ray."""

from __future__ import annotations

import signal
from pathlib import Path
from typing import Annotated, Any

import typer

from hextile.cli.common import console, err_console, fail


def _short(key: str) -> str:
    path, _, frame = key.partition("#")
    return f"{Path(path).name}#{frame}" if frame else Path(path).name


class BatchProgress:
    """An overall bar over all items (with ETA) and one line per item in flight."""

    def __init__(self) -> None:
        from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(bar_width=None),
            TextColumn("{task.percentage:>5.1f}%"),
            TextColumn("{task.fields[detail]}"),
            TimeElapsedColumn(),
            console=console,
        )
        self.overall: Any = None
        self.items: dict[str, Any] = {}

    def __enter__(self) -> BatchProgress:
        self.progress.__enter__()
        self.overall = self.progress.add_task("Batch", total=1.0, detail="")
        return self

    def __exit__(self, *exc: Any) -> None:
        self.progress.__exit__(*exc)

    def __call__(self, ev: Any) -> None:
        from hextile.cli.progress import _fmt_eta

        p = self.progress
        if ev.kind == "item.start":
            self.items[ev.key] = p.add_task(f"  {_short(ev.key)}", total=1.0, detail=ev.worker)
        elif ev.kind == "item.progress" and ev.key in self.items:
            p.update(self.items[ev.key], completed=ev.item_fraction)
        elif ev.kind in ("item.end", "item.retry") and ev.key in self.items:
            p.remove_task(self.items.pop(ev.key))
            if ev.status == "failed":
                p.console.print(f"[red]failed:[/] {ev.message}", highlight=False, soft_wrap=True)
            elif ev.kind == "item.retry":
                p.console.print(f"[yellow]retrying:[/] {_short(ev.key)}: {ev.message}", highlight=False)
        elif ev.kind == "video.end":
            p.console.print(f"video: {ev.message}", highlight=False, soft_wrap=True)
        elif ev.kind == "batch.start":
            p.console.print(ev.message)
        p.update(
            self.overall,
            completed=ev.overall_fraction,
            detail=f"{ev.done}/{ev.total} items  {_fmt_eta(ev.eta_s)}",
        )


def batch_cmd(
    inputs: Annotated[
        list[Path],
        typer.Argument(help="Panoramas, folders of panoramas, or 360 videos (mp4, mov, mkv, webm)."),
    ],
    config: Annotated[Path, typer.Option("--config", "-c", help="Render config (.hextile.json).")],
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Batch folder: render folders, videos/ and batch.json.")
    ] = Path("batch"),
    ray: Annotated[
        str | None,
        typer.Option(
            "--ray",
            help="auto (a local Ray over this machine's GPUs or CPU slots; inside `ray job submit`: that "
            "cluster) or a cluster ADDRESS.",
        ),
    ] = None,
    workers: Annotated[
        int | None, typer.Option("--workers", min=1, help="Ray actors (default: one per GPU, else per CPU).")
    ] = None,
    transfer: Annotated[
        str,
        typer.Option(
            "--transfer",
            help="shared: workers use paths (same file system); bytes: data goes through Ray's object store.",
        ),
    ] = "shared",
    ray_dashboard: Annotated[
        bool,
        typer.Option("--ray-dashboard", help="Start Ray's dashboard (127.0.0.1 only; needs ray[default])."),
    ] = False,
    reseed_per_frame: Annotated[
        bool,
        typer.Option(
            "--reseed-per-frame", help="Video frames get their own seeds (default: the same seeds)."
        ),
    ] = False,
    max_attempts: Annotated[
        int, typer.Option("--max-attempts", min=1, help="Tries per item when its worker dies.")
    ] = 3,
    device: Annotated[str, typer.Option(help="auto, cpu, cuda or cuda:N (Ray GPU actors: auto).")] = "auto",
    save_tiles: Annotated[
        bool, typer.Option("--save-tiles/--no-save-tiles", help="Write every pass's tiles.")
    ] = True,
    memory_budget_gb: Annotated[
        float | None, typer.Option("--memory-budget-gb", help="Model cache budget per worker.")
    ] = None,
) -> None:
    """Render many panoramas with one config: every item becomes a render folder under --out.

    OUT/batch.json records each item's status, render id, timings and error. Re-running the same
    command skips finished items and resumes unfinished ones; a bad input fails alone and is listed
    at the end (exit code 1). A video becomes a frame sequence (the same seeds for every frame unless
    --reseed-per-frame) and is encoded again at the same frame rate, its audio copied.
    """
    from hextile.batch import BatchOptions, LocalExecutor, run_batch
    from hextile.cancel import CancelToken

    if transfer not in ("shared", "bytes"):
        fail(f"--transfer {transfer!r} is not known. Use shared or bytes")
    if transfer == "bytes" and ray is None:
        fail("--transfer bytes needs --ray. Add --ray auto (or a cluster address), or drop --transfer")
    options = BatchOptions(
        device=device,
        save_tiles=save_tiles,
        memory_budget_gb=memory_budget_gb,
        reseed_per_frame=reseed_per_frame,
        transfer=transfer,  # type: ignore[arg-type]
        max_attempts=max_attempts,
    )
    cancel = CancelToken()

    def on_sigint(signum: int, frame: object) -> None:
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel("interrupted (Ctrl-C)")
        err_console.print("[yellow]cancelling the items in flight… (Ctrl-C again to abort)[/]")

    started_ray = False
    pool = None
    old = signal.signal(signal.SIGINT, on_sigint)
    try:
        if ray is not None:
            from hextile.batch.ray_exec import RayExecutor, WorkerPool, connect

            started_ray = connect(ray, dashboard=ray_dashboard)
            pool = WorkerPool(workers, device=device, memory_budget_gb=memory_budget_gb)
            kind = "GPU" if pool.uses_gpus else "CPU"
            console.print(f"Ray: {pool.count} worker(s), one per {kind} slot")
            executor: Any = RayExecutor(pool, options.transfer)
            signal.signal(signal.SIGINT, on_sigint)  # ray.init installs its own handlers
        else:
            executor = LocalExecutor(memory_budget_gb, device)
        with BatchProgress() as progress:
            summary = run_batch(
                inputs, config, out, options=options, executor=executor, on_event=progress, cancel=cancel
            )
    finally:
        signal.signal(signal.SIGINT, old)
        if pool is not None:
            pool.close()
        if started_ray:
            from hextile.batch.ray_exec import shutdown

            shutdown()
    _report(summary)


def _report(summary: Any) -> None:
    total = summary.total
    console.print(
        f"batch folder: {summary.out_dir}  ({len(summary.completed)} of {total} completed, "
        f"{summary.skipped} from an earlier run)",
        soft_wrap=True,
        highlight=False,
    )
    for v in summary.videos:
        console.print(f"video:        {v}", soft_wrap=True, highlight=False)
    if summary.cancelled:
        import shlex
        import sys

        again = shlex.join(["hextile", *sys.argv[1:]])
        fail(f"batch cancelled; finished items are kept. Continue with the same command: {again}", 130)
    if summary.failed:
        err_console.print(f"[bold red]{len(summary.failed)} item(s) failed:[/]")
        listed = 20
        for key, error in summary.failed[:listed]:
            shown = error if (_short(key) in error or key in error) else f"{_short(key)}: {error}"
            err_console.print(f"  {shown}", highlight=False, soft_wrap=True)
        if len(summary.failed) > listed:
            more = len(summary.failed) - listed
            err_console.print(f"  … and {more} more (every error is in {summary.out_dir / 'batch.json'})")
        err_console.print("fix them and re-run the same command: finished items are skipped")
        raise typer.Exit(1)
