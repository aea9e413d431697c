"""The long-lived renderer: a persistent FIFO job queue, one worker per device, model caches that
outlive jobs, and an event history per job.

Usable without any server::

    with Renderer("~/hextile-data", devices=["cpu"]) as r:
        inp, _ = r.inputs.add(Path("pano.png").read_bytes(), "pano.png")
        job = r.submit(inp.id, {"pipeline": "opencv", "diffusion": {"model": "stylize"}})
        for ev in r.bus ...                     # or r.bus.subscribe(job.id, print)
        done = r.wait(job.id)

Lifetimes are explicit: :meth:`start` creates one :class:`~hextile.pipelines.cache.ModelCache` per
device and its worker thread; :meth:`close` stops the workers (the running job is cancelled and
becomes ``interrupted``), empties the caches and closes the store. A job that was running when
the process died is ``interrupted`` at the next start and :meth:`resume` continues it from its
render folder, reusing finished passes.
"""

from __future__ import annotations

import logging
import os
import secrets
import shutil
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hextile.config.schema import FieldError
from hextile.engine.checks import validate_structured
from hextile.errors import HextileError
from hextile.output.render_dir import prepare_folder
from hextile.service.events import QUEUE, TERMINAL, EventBus, JobEvent
from hextile.service.images import ImageService, NotFoundError
from hextile.service.inputs import InputLimits, InputStore
from hextile.service.store import JobRecord, JobStore

if TYPE_CHECKING:
    from hextile.cancel import CancelToken
    from hextile.engine.events import ProgressEvent
    from hextile.pipelines.cache import ModelCache

log = logging.getLogger("hextile.service")

JOB_ID_PATTERN = r"^[0-9a-f]{16}$"
_EVENT_FIELDS = set(JobEvent.model_fields) - {"seq", "job_id", "kind", "time"}


class ConfigInvalidError(HextileError):
    """A submitted config has problems; ``errors`` holds them as :class:`FieldError` s."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.field_errors = errors
        first = errors[0]
        where = f"{first.path}: " if first.path else ""
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        super().__init__(
            f"the config is invalid: {where}{first.message}{more}", "fix the fields listed in errors"
        )


class ConflictError(HextileError):
    """The job is not in a state that allows the operation (HTTP 409)."""


class QueueFullError(HextileError):
    """Too many jobs are waiting (HTTP 429)."""


@dataclass
class RendererSettings:
    devices: list[str] = field(default_factory=lambda: ["auto"])
    memory_budget_gb: float | None = None
    save_tiles: bool = True
    max_queue: int = 100
    preview_interval_s: float = 2.0
    input_limits: InputLimits = field(default_factory=InputLimits)


class Renderer:
    """Owns the job store, the event bus, the inputs, the images, the model caches and the workers."""

    def __init__(self, data_dir: str | Path, settings: RendererSettings | None = None) -> None:
        self.data_dir = Path(os.path.expanduser(data_dir)).resolve()
        prepare_folder(self.data_dir, "data folder", "--data")
        self.settings = settings or RendererSettings()
        self.renders_dir = self.data_dir / "renders"
        self.renders_dir.mkdir(exist_ok=True)
        db = self.data_dir / "hextile.db"
        rebuilding = self.data_dir / "hextile.db.rebuilding"  # there until a rebuild has finished
        lost = not db.exists()
        if lost:  # a write-ahead log without its database belongs to no database: drop it
            for stale in ("hextile.db-wal", "hextile.db-shm"):
                (self.data_dir / stale).unlink(missing_ok=True)
            rebuilding.touch()
        self.store = JobStore(db)
        self.bus = EventBus(sink=self.store.append_event, loader=self.store.load_events)
        self.inputs = InputStore(self.data_dir, self.store, self.settings.input_limits)
        self.reindexed: list[JobRecord] = []
        if rebuilding.exists():  # a new database, or a rebuild that was stopped: (continue to) index
            self.reindexed = self._rebuild_index()
            rebuilding.unlink()
        self.images = ImageService(self.data_dir)
        self._cond = threading.Condition()
        self._stop = False
        self._workers: list[threading.Thread] = []
        self._caches: dict[str, ModelCache] = {}
        self._running: dict[str, CancelToken] = {}
        self._started = False
        self._recover()

    # -- lifetime -----------------------------------------------------------------------------
    def _rebuild_index(self) -> list[JobRecord]:
        """A new database over an existing data folder: index its uploads and render folders
        (:mod:`hextile.service.reindex`); each job found gets a closing ``job.status`` event."""
        from hextile.service.reindex import rebuild_index

        jobs = rebuild_index(self.data_dir, self.store, self.inputs)
        for job in jobs:
            message = "indexed from its render folder"
            self.bus.publish(job.id, "job.status", status=job.status, message=message)
        if jobs:
            log.info("rebuilt the index of %d render(s) from %s", len(jobs), self.renders_dir)
        return jobs

    def _recover(self) -> None:
        """Jobs left ``running`` by a process that died are ``interrupted`` (resumable)."""
        for job in self.store.jobs_with_status("running"):
            self.store.update_job(job.id, status="interrupted", finished=time.time())
            self.bus.publish(
                job.id, "job.status", status="interrupted", message="the server stopped during the render"
            )

    def start(self, resume_interrupted: bool = False) -> Renderer:
        """Create the model caches and start one worker per device; optionally requeue interrupted jobs."""
        if self._started:
            return self
        from hextile.engine.options import RenderOptions
        from hextile.pipelines.cache import ModelCache

        budget = self.settings.memory_budget_gb
        for dev in self.settings.devices:
            device = RenderOptions(device=dev).torch_device()
            self._caches[dev] = ModelCache(None if budget is None else int(budget * 2**30), device)
            t = threading.Thread(target=self._worker, args=(dev,), name=f"hextile-worker-{dev}", daemon=True)
            self._workers.append(t)
        self._started = True
        if resume_interrupted:
            for job in self.store.jobs_with_status("interrupted"):
                self.resume(job.id)
        for t in self._workers:
            t.start()
        return self

    def close(self, timeout: float = 30.0) -> None:
        """Stop the workers (a running job is cancelled and left ``interrupted``), empty the caches."""
        with self._cond:
            self._stop = True
            for token in self._running.values():
                token.cancel("the server is shutting down")
            self._cond.notify_all()
        for t in self._workers:
            t.join(timeout)
        for cache in self._caches.values():
            cache.clear()
        self._caches.clear()
        self.store.close()

    def __enter__(self) -> Renderer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def cache(self, device: str | None = None) -> ModelCache:
        """The model cache of a device (the first device by default); lives from start to close."""
        return self._caches[device or self.settings.devices[0]]

    # -- queries ------------------------------------------------------------------------------
    def get(self, job_id: str) -> JobRecord:
        job = self.store.get_job(job_id)
        if job is None:
            raise NotFoundError(f"render {job_id} does not exist", "list renders with GET /api/renders")
        return job

    def jobs(self, limit: int = 50, offset: int = 0) -> tuple[list[JobRecord], int]:
        """Jobs, newest first, and the total count."""
        return self.store.list_jobs(limit, offset)

    def queue_position(self, job_id: str) -> int | None:
        """1 for the next job to run, 2 for the one after …; ``None`` when not queued."""
        for i, job in enumerate(self.store.queued()):
            if job.id == job_id:
                return i + 1
        return None

    def render_dir(self, job: JobRecord) -> Path | None:
        """The job's render folder if it exists (found by scanning its folder if not recorded)."""
        if job.render_dir:
            p = self.data_dir / job.render_dir
            if (p / "passes.json").is_file():
                return p
        root = self.renders_dir / job.id
        if root.is_dir():
            found = sorted(
                (d for d in root.iterdir() if (d / "passes.json").is_file()), key=lambda d: d.stat().st_mtime
            )
            if found:
                return found[-1]
        return None

    def wait(self, job_id: str, timeout: float | None = None) -> JobRecord:
        """Block until the job reaches a terminal status (or ``timeout``); returns its record."""
        end = None if timeout is None else time.monotonic() + timeout
        after = 0
        while True:
            job = self.get(job_id)
            if job.status in TERMINAL and job_id not in self._running:
                return job
            left = None if end is None else end - time.monotonic()
            if left is not None and left <= 0:
                raise TimeoutError(f"job {job_id} is still {job.status}")
            events, _ = self.bus.wait(job_id, after, timeout=min(0.5, left) if left is not None else 0.5)
            if events:
                after = events[-1].seq

    # -- commands -----------------------------------------------------------------------------
    def validate(self, config: Any) -> tuple[Any, list[str]]:
        """The config as a RenderConfig and its warnings; :class:`ConfigInvalidError` with every problem."""
        data = (
            config.model_dump(mode="json", by_alias=True, exclude_none=False)
            if hasattr(config, "model_dump")
            else config
        )
        cfg, errors, warnings = validate_structured(data)
        if cfg is None:
            raise ConfigInvalidError(errors)
        from hextile.engine.renderer import plan_passes  # preflight: pipelines, models, weights

        inp_width = 0
        try:
            plan_passes(cfg, inp_width or 2048)
        except HextileError as exc:
            raise ConfigInvalidError([FieldError(path="", message=str(exc))]) from None
        return cfg, warnings

    def submit(self, input_id: str, config: Any) -> JobRecord:
        """Queue a render of an uploaded input; returns the queued job. Raises ConfigInvalidError,
        NotFoundError (no such input) or QueueFullError."""
        return self._enqueue(self._new_job(input_id, config))

    def _new_job(self, input_id: str, config: Any, parent: str | None = None) -> JobRecord:
        import json

        from hextile.config import export_config, resolve_passes

        if self.store.get_input(input_id) is None:
            raise NotFoundError(f"input {input_id} does not exist", "upload it first with POST /api/inputs")
        cfg, _ = self.validate(config)
        return JobRecord(
            id=secrets.token_hex(8),
            input_id=input_id,
            status="queued",
            config=json.dumps(json.loads(export_config(cfg))),
            created=time.time(),
            parent=parent,
            pass_count=len(resolve_passes(cfg)),
        )

    def _enqueue(self, job: JobRecord) -> JobRecord:
        with self._cond:
            if len(self.store.queued()) >= self.settings.max_queue:
                n = self.settings.max_queue
                raise QueueFullError(
                    f"{n} render{' is' if n == 1 else 's are'} already waiting", "wait for some to finish"
                )
            job.queue_order = self.store.next_queue_order()
            self.store.add_job(job)
            self._queued_events(job)
            self._cond.notify_all()
        return job

    def cancel(self, job_id: str) -> JobRecord:
        """Cancel a queued job at once, or a running one at its next step (finished passes stay)."""
        with self._cond:
            job = self.get(job_id)
            if job.status == "queued":
                self.store.update_job(job_id, status="cancelled", finished=time.time(), queue_order=None)
                self.bus.publish(job_id, "job.status", status="cancelled", message="cancelled while queued")
                self.bus.publish(QUEUE, "job.finished", job_id=job_id, status="cancelled")
                self._positions()
            elif job.status == "running" and job_id in self._running:
                self._running[job_id].cancel("cancelled")
            elif job.status not in TERMINAL:
                raise ConflictError(
                    f"render {job_id} is {job.status}", "only queued or running renders can be cancelled"
                )
        return self.get(job_id)

    def resume(self, job_id: str, config: Any = None) -> JobRecord:
        """Continue a cancelled, failed or interrupted job from its first unfinished pass.

        With an edited ``config``: a new job (recording ``parent``) whose render is the engine's
        re-run of this job's render folder — a new folder next to it, the unchanged passes hard-linked
        in and reused, this job's files left as they are. The same config is a plain resume.
        """
        job = self.get(job_id)
        if config is not None:
            if job.status not in TERMINAL:
                raise ConflictError(
                    f"render {job_id} is {job.status}", "wait for it to end or cancel it first"
                )
            new = self._new_job(job.input_id, config, parent=job_id)
            if new.config != job.config:
                new.resume, new.resume_config = 1, 1  # the engine re-runs it in a new folder (see _run)
                return self._enqueue(new)
            # the same config: a plain resume of this render
        with self._cond:
            job = self.get(job_id)
            if job.status not in ("cancelled", "failed", "interrupted"):
                raise ConflictError(
                    f"render {job_id} is {job.status}",
                    "only cancelled, failed or interrupted renders resume (send a config to re-render)",
                )
            self.store.update_job(
                job_id,
                status="queued",
                resume=1,
                queue_order=self.store.next_queue_order(),
                error=None,
                error_id=None,
                finished=None,
            )
            job = self.get(job_id)
            self._queued_events(job)
            self._cond.notify_all()
        return job

    def delete(self, job_id: str, purge: bool = False) -> None:
        """Forget a finished job; with ``purge`` also remove its render folder from disk."""
        with self._cond:
            job = self.get(job_id)
            if job.status in ("queued", "running"):
                raise ConflictError(f"render {job_id} is {job.status}", "cancel it first")
            self.store.delete_job(job_id)
        if purge:  # the job's own render folder (an edited re-run's child lives next to it and stays)
            rdir = self.render_dir(job)
            if rdir is not None and not rdir.is_symlink() and rdir.resolve().is_relative_to(self.renders_dir):
                shutil.rmtree(rdir)
            own = self.renders_dir / job_id
            if own.is_dir() and not own.is_symlink() and not any(own.iterdir()):
                own.rmdir()
        self.bus.publish(QUEUE, "job.deleted", job_id=job_id)

    # -- events -------------------------------------------------------------------------------
    def _queued_events(self, job: JobRecord) -> None:
        self.bus.publish(job.id, "job.queued", status="queued", queue_position=self.queue_position(job.id))
        self.bus.publish(QUEUE, "job.queued", job_id=job.id, status="queued")
        self._positions()

    def _positions(self) -> None:
        queued = self.store.queued()
        for i, job in enumerate(queued):
            self.bus.publish(job.id, "queue.position", queue_position=i + 1)
        self.bus.publish(
            QUEUE,
            "queue.changed",
            data={"queued": [j.id for j in queued], "running": sorted(self._running)},
        )

    # -- the workers --------------------------------------------------------------------------
    def _take(self) -> JobRecord | None:
        from hextile.cancel import CancelToken

        with self._cond:
            while not self._stop:
                queued = self.store.queued()
                if queued:
                    job = queued[0]
                    self.store.update_job(job.id, status="running", started=time.time(), queue_order=None)
                    self._running[job.id] = CancelToken()
                    self.bus.publish(job.id, "job.started", status="running")
                    self.bus.publish(QUEUE, "job.started", job_id=job.id, status="running")
                    self._positions()
                    return self.get(job.id)
                self._cond.wait(1.0)
        return None

    def _worker(self, device: str) -> None:
        while True:
            job = self._take()
            if job is None:
                return
            try:
                self._run(job, device)
            except BaseException:  # never let one job kill the worker
                log.exception("worker %s: job %s crashed", device, job.id)

    def _run(self, job: JobRecord, device: str) -> None:
        from hextile.config import load_config
        from hextile.engine import RenderOptions, render, resume_render

        token = self._running[job.id]
        out_root = self.renders_dir / job.id
        options = RenderOptions(
            device=device,
            max_pixels=self.settings.input_limits.max_pixels,
            save_tiles=self.settings.save_tiles,
            memory_budget_gb=self.settings.memory_budget_gb,
            preview_interval_s=self.settings.preview_interval_s,
        )
        state = {"passes_done": 0}

        def on_event(ev: ProgressEvent) -> None:
            d = ev.to_dict()
            kind = d.pop("kind")
            if d.get("render_id") and not (job.render_dir or "").endswith(d["render_id"]):
                found = _find_render(self.renders_dir, d["render_id"], (job.id, job.parent))
                if found is not None:
                    job.render_dir = str(found.relative_to(self.data_dir))
                    self.store.update_job(job.id, render_dir=job.render_dir)
            if kind in ("pass.end", "pass.skipped"):
                state["passes_done"] += 1
                self.store.update_job(job.id, passes_done=state["passes_done"])
            self.bus.publish(job.id, kind, **{k: v for k, v in d.items() if k in _EVENT_FIELDS})

        status, error, error_id = "failed", None, None
        try:
            cfg = load_config(job.config_data())
            cache = self._caches[device]
            common: dict[str, Any] = {
                "options": options,
                "on_event": on_event,
                "cancel": token,
                "model_cache": cache,
            }
            parent = self.store.get_job(job.parent) if job.parent and job.resume_config else None
            source = self.render_dir(parent) if parent is not None and not job.render_dir else None
            rdir = self.render_dir(job) if job.resume and source is None else None
            if source is not None:  # an edited re-run: the engine makes a new folder next to the parent's
                result = resume_render(source, cfg, **common)
            elif rdir is not None:
                job.render_dir = str(rdir.relative_to(self.data_dir))
                result = resume_render(rdir, None, **common)
            else:
                rec = self.store.get_input(job.input_id)
                if rec is None:
                    raise NotFoundError(f"input {job.input_id} was deleted", "upload it again")
                result = render(cfg, self.inputs.path(rec), out_root, **common)
            status = result.status
            job.render_dir = str(result.render_dir.relative_to(self.data_dir))
        except HextileError as exc:
            error = str(exc)
        except Exception as exc:
            error_id = secrets.token_hex(4)
            error = f"internal error {error_id} ({type(exc).__name__}); details are in the server log"
            log.exception("render %s failed (error id %s)", job.id, error_id)
        with self._cond:
            self._running.pop(job.id, None)
            if status == "cancelled" and self._stop:
                status, error = "interrupted", "the server stopped during the render"
            self.store.update_job(
                job.id,
                status=status,
                finished=time.time(),
                error=error,
                error_id=error_id,
                render_dir=job.render_dir,
                resume=0,
                resume_config=0,
            )
            self.bus.publish(job.id, "job.status", status=status, message=error or status)
            self.bus.publish(QUEUE, "job.finished", job_id=job.id, status=status)
            self._positions()
            self._cond.notify_all()


def _find_render(renders_dir: Path, render_id: str, owners: tuple[str | None, ...]) -> Path | None:
    """The render folder ``render_id`` under one of the owners' job folders."""
    for owner in owners:
        if owner:
            p = renders_dir / owner / render_id
            if p.is_dir():
                return p
    return None


__all__ = [
    "JOB_ID_PATTERN",
    "ConfigInvalidError",
    "ConflictError",
    "NotFoundError",
    "QueueFullError",
    "Renderer",
    "RendererSettings",
]
