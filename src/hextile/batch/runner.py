"""A batch: many renders with one config, recorded in ``DIR/batch.json``, resumable, on any executor.

``run_batch`` expands the inputs (images, folders, videos → frame sequences), fixes every item's
seeds before its first attempt (a retry or a resume renders exactly the same thing), hands the
items to an executor — :class:`LocalExecutor` (this process, one model cache for the whole batch)
or :class:`hextile.batch.ray_exec.RayExecutor` (one actor per GPU or CPU slot) — records every
change of state atomically, and finally encodes each video whose frames all finished.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Protocol

from hextile.batch.items import Source, expand_inputs
from hextile.batch.state import BatchState, ItemRecord, VideoRecord, now
from hextile.batch.worker import ItemResult, ItemTask, run_item, unpack_folder
from hextile.cancel import CancelToken
from hextile.config import apply_overrides, export_config, load_config, resolve_passes
from hextile.config.models import RenderConfig
from hextile.engine.checks import check_config
from hextile.engine.seeds import draw_seed, tile_seed
from hextile.errors import HextileError
from hextile.output import atomic_write_text, load_manifest

Transfer = Literal["shared", "bytes"]


@dataclass
class BatchOptions:
    """How to run a batch on this machine (the look is the config's).

    Attributes:
        device, save_tiles, memory_budget_gb: as in :class:`hextile.engine.RenderOptions`, per item.
        reseed_per_frame: frames of a video get their own seeds (derived from the video's seeds and
            the frame number) instead of the same seeds for every frame.
        transfer: ``"shared"`` — workers read inputs and write render folders through paths (one
            machine, or a file system every node mounts at the same path); ``"bytes"`` — inputs and
            finished render folders travel through Ray's object store (no shared storage needed).
        max_attempts: how often an item is tried when its worker dies under it.
    """

    device: str = "auto"
    save_tiles: bool = True
    memory_budget_gb: float | None = None
    reseed_per_frame: bool = False
    transfer: Transfer = "shared"
    max_attempts: int = 3


@dataclass
class BatchEvent:
    """Progress of a batch: ``kind`` is ``batch.start``, ``item.start``, ``item.progress``,
    ``item.end``, ``item.retry``, ``video.end`` or ``batch.end``."""

    kind: str
    key: str = ""
    worker: str = ""
    status: str = ""
    message: str = ""
    item_fraction: float = 0.0
    overall_fraction: float = 0.0
    eta_s: float | None = None
    done: int = 0
    total: int = 0
    running: dict[str, float] = field(default_factory=dict)  # key -> fraction of items in flight


@dataclass
class BatchSummary:
    out_dir: Path
    completed: list[str]
    failed: list[tuple[str, str]]  # (key, error)
    skipped: int  # finished in an earlier run
    videos: list[Path]
    total: int = 0  # items of this batch (completed, failed and not run)
    cancelled: bool = False
    model_loads: dict[str, int] = field(default_factory=dict)  # worker -> models it loaded

    @property
    def ok(self) -> bool:
        return not self.failed and not self.cancelled


class Hooks(Protocol):
    """What an executor reports back to the batch (any thread)."""

    def started(self, key: str, worker: str) -> None: ...
    def progress(self, key: str, fraction: float, render_id: str | None) -> None: ...
    def finished(self, result: ItemResult) -> None: ...
    def worker_died(self, task: ItemTask, reason: str) -> ItemTask | None:
        """Record a lost attempt; returns the task to try again (resuming what the lost attempt
        left, with shared storage), or ``None``."""
        ...


class Executor(Protocol):
    transfer: Transfer

    def run(self, tasks: list[ItemTask], hooks: Hooks, cancel: CancelToken) -> None: ...


class LocalExecutor:
    """Items one after the other in this process, with one model cache for the whole batch."""

    transfer: Transfer = "shared"

    def __init__(self, memory_budget_gb: float | None = None, device: str = "auto") -> None:
        from hextile.engine import RenderOptions
        from hextile.pipelines.cache import ModelCache

        budget = None if memory_budget_gb is None else int(memory_budget_gb * 2**30)
        self.cache = ModelCache(budget, RenderOptions(device=device).torch_device())

    def run(self, tasks: list[ItemTask], hooks: Hooks, cancel: CancelToken) -> None:
        worker = f"local:{os.getpid()}"
        try:
            for task in tasks:
                if cancel.cancelled:
                    return
                hooks.started(task.key, worker)

                def on_event(ev: Any, key: str = task.key) -> None:
                    hooks.progress(key, ev.overall_fraction, ev.render_id)

                result = run_item(task, self.cache, on_event=on_event, cancel=cancel)
                result.worker = worker
                hooks.finished(result)
        finally:
            self.cache.clear()


def config_digest(cfg: RenderConfig) -> str:
    return hashlib.sha256(export_config(cfg).encode()).hexdigest()


def _video_dir(src: Source) -> str:
    digest = hashlib.sha256(src.key.encode()).hexdigest()[:6]
    return f"videos/{src.path.stem[:40]}-{digest}"


def _scan_render_folders(out_dir: Path) -> dict[str, list[Path]]:
    """Render folders under ``out_dir`` by the input path their passes.json records (oldest first)."""
    found: dict[str, list[Path]] = {}
    for m in sorted(out_dir.glob("*/passes.json")):
        if m.parent.name.startswith("."):  # a folder still being prepared or unpacked
            continue
        with contextlib.suppress(HextileError, OSError, ValueError):
            man = load_manifest(m)
            if man.input is not None:
                found.setdefault(man.input.path, []).append(m.parent)
    return found


class _Batch:
    """One run of a batch: state, planning, hooks for the executor, progress."""

    def __init__(
        self,
        state: BatchState,
        out_dir: Path,
        cfg: RenderConfig,
        options: BatchOptions,
        on_event: Callable[[BatchEvent], None] | None,
    ) -> None:
        self.state = state
        self.out_dir = out_dir
        self.cfg = cfg
        self.options = options
        self.on_event = on_event
        self.configured_seeds = [p.diffusion.seed for p in resolve_passes(cfg)]
        self._configs: dict[tuple[int, ...], str] = {}
        self._lock = threading.RLock()
        self.todo: list[str] = []
        self.done_now: set[str] = set()
        self.running: dict[str, float] = {}
        self.t0 = time.monotonic()
        self.loads: dict[str, int] = {}
        self.bad: set[str] = set()

    # -- planning -----------------------------------------------------------------------------
    def add_sources(self, sources: list[Source]) -> None:
        for src in sources:
            if src.kind == "bad":
                self._bad(src.key, src.error or "unreadable input")
            elif src.kind == "image":
                self.state.add_item(ItemRecord(key=src.key, input=src.key))
            else:
                self._add_video(src)
        self.state.save()

    def _bad(self, key: str, error: str) -> None:
        rec = self.state.add_item(ItemRecord(key=key, input=key))
        rec.status, rec.error = "failed", error
        self.bad.add(key)

    def _add_video(self, src: Source) -> None:
        from hextile.batch.video import decode_video, frame_name

        rec = self.state.video(src.key)
        if rec is not None and rec.reseed_per_frame != self.options.reseed_per_frame:
            flag = "with" if rec.reseed_per_frame else "without"
            raise HextileError(
                f"{src.path.name} was started {flag} --reseed-per-frame in this batch",
                f"re-run {flag} --reseed-per-frame, or choose another --out",
            )
        rel = _video_dir(src)
        frames_dir = self.out_dir / rel / "frames"
        stem = src.path.stem[:40]
        complete = rec is not None and all(
            (frames_dir / frame_name(i, stem)).is_file() for i in range(1, rec.frames + 1)
        )
        if rec is None or not complete:
            try:
                info = decode_video(src.path, frames_dir, stem)
            except HextileError as exc:
                self._bad(src.key, str(exc))
                return
            seeds = [s if s >= 0 else draw_seed() for s in self.configured_seeds]
            rec = VideoRecord(
                key=src.key,
                frames=info.frames,
                rate=f"{info.rate.numerator}/{info.rate.denominator}",
                audio=info.audio,
                frames_dir=f"{rel}/frames",
                seeds=rec.seeds if rec is not None else seeds,
                reseed_per_frame=self.options.reseed_per_frame,
            )
            self.state.set_video(rec)
        for i in range(1, rec.frames + 1):
            seeds = [tile_seed(s, i) for s in rec.seeds] if rec.reseed_per_frame else list(rec.seeds)
            self.state.add_item(
                ItemRecord(
                    key=f"{src.key}#{i:06d}",
                    input=str(frames_dir / frame_name(i, stem)),
                    kind="frame",
                    video=src.key,
                    frame=i,
                    seeds=seeds,
                )
            )

    def item_config(self, seeds: list[int]) -> str:
        key = tuple(seeds)
        if key not in self._configs:
            cfg = self.cfg
            for k, s in enumerate(seeds):
                cfg = apply_overrides(cfg, {"diffusion.seed": s}, k + 1)
            self._configs[key] = export_config(cfg)
        return self._configs[key]

    def tasks(self, wanted: Iterable[str] | None = None) -> list[ItemTask]:
        """Tasks for every item not finished yet (failed ones are tried again); adopts render folders
        that finished after the last save, resumes unfinished ones found on disk."""
        folders = _scan_render_folders(self.out_dir)
        tasks = []
        keys = set(wanted) if wanted is not None else None
        for rec in self.state.data.items:
            if keys is not None and rec.key not in keys:
                continue
            if rec.key in self.bad:
                continue  # a bad input stays failed (listed at the end)
            if rec.status == "completed" and rec.final_image and (self.out_dir / rec.final_image).is_file():
                continue
            if not rec.seeds:
                rec.seeds = [s if s >= 0 else draw_seed() for s in self.configured_seeds]
            resume = self._resumable(rec, folders)
            if resume is not None and self._adopt_if_finished(rec, resume):
                continue
            shared = self.options.transfer == "shared"
            task = ItemTask(
                key=rec.key,
                config_json=self.item_config(rec.seeds),
                input_name=Path(rec.input).name,
                input_path=rec.input,  # bytes mode: read by the driver when the item is dispatched
                out_root=str(self.out_dir) if shared else None,
                resume_dir=str(resume) if (shared and resume is not None) else None,
                device=self.options.device,
                save_tiles=self.options.save_tiles,
                memory_budget_gb=self.options.memory_budget_gb,
            )
            rec.status, rec.error = "pending", None
            tasks.append(task)
            self.todo.append(rec.key)
        self.state.save()
        return tasks

    def _resumable(self, rec: ItemRecord, folders: dict[str, list[Path]]) -> Path | None:
        if rec.render_dir is not None and (self.out_dir / rec.render_dir / "passes.json").is_file():
            return self.out_dir / rec.render_dir
        candidates = folders.get(rec.input, [])
        return candidates[-1] if candidates else None

    def _adopt_if_finished(self, rec: ItemRecord, folder: Path) -> bool:
        try:
            man = load_manifest(folder / "passes.json")
        except (HextileError, OSError, ValueError):
            return False
        if man.status != "completed" or not man.output or not (folder / man.output).is_file():
            rec.render_dir, rec.render_id = self._rel(folder), folder.name
            return False
        rec.status, rec.error = "completed", None
        rec.render_dir, rec.render_id = self._rel(folder), folder.name
        rec.final_image = self._rel(folder / man.output)
        return True

    def _rel(self, path: Path) -> str:
        return Path(os.path.relpath(path, self.out_dir)).as_posix()

    # -- hooks (called by executors, any thread) -----------------------------------------------
    def started(self, key: str, worker: str) -> None:
        with self._lock:
            rec = self.state.item(key)
            assert rec is not None
            self.state.update(
                key,
                status="running",
                worker=worker,
                attempts=rec.attempts + 1,
                started=now(),
                finished=None,
                error=None,
            )
            self.running[key] = 0.0
        self._emit("item.start", key=key, worker=worker)

    def progress(self, key: str, fraction: float, render_id: str | None) -> None:
        with self._lock:
            rec = self.state.item(key)
            if (
                rec is not None
                and render_id
                and rec.render_id != render_id
                and self.options.transfer == "shared"
            ):
                self.state.update(key, render_id=render_id, render_dir=render_id)
            if key in self.running:
                self.running[key] = fraction
        self._emit("item.progress", key=key, item_fraction=fraction)

    def finished(self, result: ItemResult) -> None:
        with self._lock:
            fields: dict[str, Any] = {
                "finished": now(),
                "duration_s": round(result.duration_s, 3),
                "worker": result.worker,
                "model_loads": result.model_loads,
            }
            self.loads[result.worker] = self.loads.get(result.worker, 0) + result.model_loads
            folder: Path | None = None
            try:
                if result.archive is not None:
                    folder = unpack_folder(result.archive, self.out_dir)
                    self._fix_input_path(folder, result.key)
                elif result.render_dir is not None:
                    folder = Path(result.render_dir)
            except HextileError as exc:
                result.status, result.error = "failed", str(exc)
            if folder is not None:
                fields["render_id"], fields["render_dir"] = folder.name, self._rel(folder)
            if result.status == "completed" and folder is not None and result.final_image:
                fields.update(
                    status="completed", error=None, final_image=self._rel(folder / result.final_image)
                )
            elif result.status == "cancelled":
                fields.update(status="pending", error="cancelled")
            else:
                fields.update(status="failed", error=result.error or "failed")
            self.state.update(result.key, **fields)
            self.running.pop(result.key, None)
            if result.status != "cancelled":
                self.done_now.add(result.key)
        self._emit(
            "item.end",
            key=result.key,
            worker=result.worker,
            status=fields["status"],
            message=result.error or "",
        )

    def worker_died(self, task: ItemTask, reason: str) -> ItemTask | None:
        key = task.key
        with self._lock:
            rec = self.state.item(key)
            assert rec is not None
            again = rec.attempts < self.options.max_attempts
            if self.options.transfer == "shared":  # what did the lost attempt leave on disk?
                folder = self._resumable(rec, _scan_render_folders(self.out_dir))
                if folder is not None and self._adopt_if_finished(rec, folder):
                    self.state.update(key, finished=now())  # it finished just before its worker died
                    self.running.pop(key, None)
                    self.done_now.add(key)
                    self._emit("item.end", key=key, status="completed", message="")
                    return None
                if folder is not None:
                    task.resume_dir = str(folder)
            if again:
                self.state.update(key, status="pending", error=f"attempt {rec.attempts}: {reason}")
            else:
                self.state.update(
                    key, status="failed", finished=now(), error=f"{reason} ({rec.attempts} attempts)"
                )
                self.done_now.add(key)
            self.running.pop(key, None)
        self._emit(
            "item.retry" if again else "item.end",
            key=key,
            status="pending" if again else "failed",
            message=reason,
        )
        return task if again else None

    def _fix_input_path(self, folder: Path, key: str) -> None:
        """A render folder made from bytes records the worker's temporary input; record the real one."""
        rec = self.state.item(key)
        path = folder / "passes.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        if rec is not None and data.get("input"):
            data["input"]["path"] = rec.input
            atomic_write_text(path, json.dumps(data, indent=2) + "\n")

    # -- progress ------------------------------------------------------------------------------
    def _emit(self, kind: str, **kw: Any) -> None:
        if self.on_event is None:
            return
        with self._lock:
            total = len(self.todo)
            done = len(self.done_now)
            frac = (done + sum(self.running.values())) / total if total else 1.0
            frac = min(1.0, frac)
            elapsed = time.monotonic() - self.t0
            eta = elapsed * (1 - frac) / frac if frac > 0.001 else None
            running = dict(self.running)
        self.on_event(
            BatchEvent(kind, overall_fraction=frac, eta_s=eta, done=done, total=total, running=running, **kw)
        )

    # -- videos --------------------------------------------------------------------------------
    def finish_videos(self) -> list[Path]:
        from fractions import Fraction

        from hextile.batch.video import encode_video, frame_name

        made = []
        for vid in self.state.data.videos:
            frames = [i for i in self.state.data.items if i.video == vid.key]
            frames.sort(key=lambda i: i.frame or 0)
            bad = [i for i in frames if i.status != "completed" or not i.final_image]
            if (
                vid.status == "completed"
                and vid.output
                and (self.out_dir / vid.output).is_file()
                and not any(i.key in self.done_now for i in frames)
            ):
                made.append(self.out_dir / vid.output)  # encoded in an earlier run; no frame changed since
                continue
            if bad:
                vid.status, vid.error = "failed", f"{len(bad)} of {len(frames)} frames did not render"
                continue
            src = Path(vid.key)
            base = self.out_dir / Path(vid.frames_dir).parent
            out_frames = base / "frames_out"
            out_frames.mkdir(parents=True, exist_ok=True)
            paths = []
            for rec in frames:
                final = self.out_dir / (rec.final_image or "")
                link = out_frames / frame_name(rec.frame or 0)
                with contextlib.suppress(FileNotFoundError):
                    link.unlink()
                try:
                    os.link(final, link)
                except OSError:
                    shutil.copyfile(final, link)
                paths.append(link)
            out_path = base / f"{src.stem}_hextile{src.suffix.lower()}"
            try:
                encode_video(
                    paths, Fraction(vid.rate), out_path, src if vid.audio and src.is_file() else None
                )
            except HextileError as exc:
                vid.status, vid.error = "failed", str(exc)
                continue
            vid.status, vid.error, vid.output = "completed", None, self._rel(out_path)
            made.append(out_path)
            self._emit("video.end", key=vid.key, message=str(out_path))
        self.state.save()
        return made


def run_batch(
    inputs: list[Path],
    config: RenderConfig | dict | str | Path,
    out_dir: str | Path,
    *,
    options: BatchOptions | None = None,
    executor: Executor | None = None,
    on_event: Callable[[BatchEvent], None] | None = None,
    cancel: CancelToken | None = None,
) -> BatchSummary:
    """Render every input with ``config`` into render folders under ``out_dir``; see the module doc.

    Raises :class:`HextileError` only for problems of the whole batch (the config, ``out_dir``);
    a bad input is recorded as a failed item and the others are rendered.
    """
    from hextile.engine.renderer import plan_passes

    options = options or BatchOptions()
    cancel = cancel or CancelToken()
    cfg = config if isinstance(config, RenderConfig) else load_config(config)
    check_config(cfg)
    plan_passes(cfg, 2048)  # pipelines, models and templates are checked before anything runs
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HextileError(f"cannot create {out}: {exc.strerror}", "choose another --out") from None
    out = Path(os.path.abspath(out))
    state = BatchState.open(out, config_digest(cfg))
    executor = executor or LocalExecutor(options.memory_budget_gb, options.device)
    if executor.transfer != options.transfer:
        options.transfer = executor.transfer
    batch = _Batch(state, out, cfg, options, on_event)
    sources = expand_inputs(inputs)
    keys = [s.key for s in sources]
    batch.add_sources(sources)
    wanted = {r.key for r in state.data.items if r.key in keys or (r.video in keys)}
    before = {r.key for r in state.data.items if r.key in wanted and r.status == "completed"}
    tasks = batch.tasks(wanted)
    skipped = len(before - set(batch.todo))
    batch._emit("batch.start", message=f"{len(tasks)} to render, {skipped} finished earlier")
    executor.run(tasks, batch, cancel)
    videos = batch.finish_videos() if not cancel.cancelled else []
    items = [r for r in state.data.items if r.key in wanted]
    summary = BatchSummary(
        out,
        completed=[r.key for r in items if r.status == "completed"],
        failed=[(r.key, r.error or "failed") for r in items if r.status == "failed"],
        skipped=skipped,
        videos=videos,
        total=len(items),
        cancelled=cancel.cancelled,
        model_loads=dict(batch.loads),
    )
    batch._emit("batch.end", message="cancelled" if cancel.cancelled else "")
    return summary
