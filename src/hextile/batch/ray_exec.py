"""Batches and parallel-mode tiles on a Ray cluster: one actor per GPU (or CPU slot), each with its
own long-lived model cache, fed by the driver.

- :func:`connect` — ``"auto"``: join the cluster of a ``ray job submit`` job (``RAY_ADDRESS``) or
  start a private local one over this machine's GPUs/CPUs; any other value is a cluster address.
  No dashboard unless asked; Ray's token authentication (on by default for local clusters since
  Ray 2.59) is left alone.
- :class:`WorkerPool` — the actors. Scheduling is the driver's: an item goes to an idle actor; when
  an actor dies under an item, the item goes back to the front of the queue for the next idle actor
  (Ray restarts the dead actor a bounded number of times; an item is tried at most
  ``BatchOptions.max_attempts`` times).
- :class:`RayExecutor` — a batch executor over a pool; :class:`RayTileExecutor` — the engine's
  tile executor hook (``RenderOptions.tile_executor``): a parallel pass's tile batches go to the
  actors and come back to the driver, which merges them.

Ray is imported only here, only when used (``pip install -e ".[distributed]"``).
"""

from __future__ import annotations

import os
import socket
import time
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hextile.batch.worker import ItemResult, ItemTask, run_item
from hextile.cancel import CancelToken
from hextile.errors import HextileError

if TYPE_CHECKING:
    import torch

    from hextile.batch.runner import Hooks, Transfer
    from hextile.config.models import PassSettings
    from hextile.pipelines.base import TileRequest

POLL_S = 0.5


def _ray() -> Any:
    try:
        import ray
    except ImportError:
        raise HextileError(
            "--ray needs Ray, which is not installed",
            'install it with: pip install -e ".[distributed]" (or pip install "ray==2.60.0")',
        ) from None
    return ray


def connect(address: str = "auto", *, dashboard: bool = False) -> bool:
    """Connect this process to Ray; returns ``True`` when it started a local cluster it must stop.

    Already connected (``ray.init`` called by the caller): nothing happens.
    """
    ray = _ray()
    if ray.is_initialized():
        return False
    env_address = os.environ.get("RAY_ADDRESS")
    target = (env_address or "local") if address == "auto" else address
    if target != "local":
        _probe(target)  # Ray itself waits minutes on an address nobody answers
    kwargs: dict[str, Any] = {"logging_level": "warning", "log_to_driver": False}
    if target == "local":
        kwargs["include_dashboard"] = dashboard
    try:
        ray.init(address=target, **kwargs)
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise HextileError(
            f"cannot connect to the Ray cluster at {target}: {str(exc).splitlines()[0]}",
            "start it with `ray start --head` (and check the address and the auth token), or use --ray auto",
        ) from None
    return target == "local"


def _probe(address: str, timeout_s: float = 5.0) -> None:
    """Fail fast, in one line, when nothing answers at a ``host:port`` / ``ray://host:port`` address."""
    hostport = address.split("://", 1)[-1].rstrip("/")
    host, sep, port = hostport.rpartition(":")
    if not sep or not port.isdigit():
        return  # not host:port: let Ray interpret it
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=timeout_s).close()
    except OSError as exc:
        raise HextileError(
            f"no Ray cluster answers at {address} ({exc.strerror or type(exc).__name__})",
            "check the address `ray start --head` printed and that this machine may reach it, "
            "or use --ray auto",
        ) from None


def shutdown() -> None:
    ray = _ray()
    if ray.is_initialized():
        ray.shutdown()


class _Worker:
    """The actor body: a model cache that lives as long as the actor, items and tile batches."""

    def __init__(self, device: str, memory_budget_gb: float | None) -> None:
        from hextile.engine import RenderOptions
        from hextile.pipelines.cache import ModelCache

        self.device = device
        budget = None if memory_budget_gb is None else int(memory_budget_gb * 2**30)
        self.torch_device = RenderOptions(device=device).torch_device()
        self.cache = ModelCache(budget, self.torch_device)
        self.cancel = CancelToken()
        self.current: tuple[str, float, str | None] | None = None
        self._pipeline: tuple[str, Any] | None = None
        self.tiles_processed = 0

    def info(self) -> dict[str, Any]:
        import ray

        return {
            "pid": os.getpid(),
            "node": socket.gethostname(),
            "gpu_ids": [str(g) for g in ray.get_gpu_ids()],
            "cuda_visible_devices": os.environ.get("CUDA_VISIBLE_DEVICES"),
            "device": str(self.torch_device),
            "model_loads": self.cache.stats.loads,
            "tiles_processed": self.tiles_processed,
        }

    def run(self, task: ItemTask, input_bytes: bytes | None = None) -> ItemResult:
        if input_bytes is not None:
            task.input_bytes = input_bytes
        self.cancel = CancelToken()
        self.current = (task.key, 0.0, None)

        def on_event(ev: Any) -> None:
            self.current = (task.key, ev.overall_fraction, ev.render_id)

        try:
            result = run_item(task, self.cache, on_event=on_event, cancel=self.cancel)
        finally:
            self.current = None
        result.worker = f"{socket.gethostname()}:{os.getpid()}"
        return result

    def progress(self) -> tuple[str, float, str | None] | None:
        return self.current

    def stop(self) -> None:
        self.cancel.cancel("the batch was cancelled")

    def process_tiles(self, settings_json: str, fields: dict[str, Any]) -> Any:
        """One tile batch of a parallel pass (``TileRequest`` fields, tensors as NumPy)."""
        import torch

        from hextile.config.models import PassSettings
        from hextile.pipelines.base import PipelineContext, TileRequest
        from hextile.pipelines.registry import get_spec

        if self._pipeline is None or self._pipeline[0] != settings_json:
            if self._pipeline is not None:
                self._pipeline[1].close()
            settings = PassSettings.model_validate_json(settings_json)
            ctx = PipelineContext(settings, self.torch_device, torch.float32, self.cache)
            self._pipeline = (settings_json, get_spec(settings.pipeline).factory(ctx))
        pipeline = self._pipeline[1]
        keep = fields["keep"]
        request = TileRequest(
            tiles=torch.from_numpy(fields["tiles"].copy()).to(self.torch_device),
            keep=None if keep is None else torch.from_numpy(keep.copy()).to(self.torch_device),
            tile_numbers=fields["tile_numbers"],
            seeds=fields["seeds"],
            prompts=fields["prompts"],
            negative_prompts=fields["negative_prompts"],
        )
        out = pipeline.process(request, lambda step, steps: None, CancelToken())
        self.tiles_processed += len(request.tile_numbers)
        return out.float().cpu().numpy()


class WorkerPool:
    """Actors on the connected cluster: one per GPU when it has GPUs, else one per CPU slot."""

    def __init__(
        self,
        workers: int | None = None,
        *,
        device: str = "auto",
        memory_budget_gb: float | None = None,
        max_restarts: int = 2,
    ) -> None:
        ray = _ray()
        resources = ray.cluster_resources()
        gpus = int(resources.get("GPU", 0))
        slots = gpus if gpus else int(resources.get("CPU", 1))
        self.count = max(1, workers or slots)
        self.uses_gpus = gpus > 0
        self.max_restarts = max_restarts
        actor = ray.remote(_Worker).options(
            num_gpus=1 if gpus else 0,
            num_cpus=1,
            max_concurrency=2,  # progress() and stop() answer while run() works
            max_restarts=max_restarts,
            max_task_retries=0,  # the driver decides where a lost item goes next
        )
        self.actors = [actor.remote(device, memory_budget_gb) for _ in range(self.count)]

    def infos(self, wait_s: float = 60.0) -> list[dict[str, Any]]:
        """Each actor's pid, node, GPU ids, device and model loads (waits for actors Ray is restarting)."""
        ray = _ray()
        from ray.exceptions import ActorUnavailableError

        deadline = time.monotonic() + wait_s
        while True:
            try:
                return ray.get([a.info.remote() for a in self.actors])
            except ActorUnavailableError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)

    def close(self) -> None:
        ray = _ray()
        for a in self.actors:
            ray.kill(a, no_restart=True)
        self.actors = []


class RayExecutor:
    """Batch items over a :class:`WorkerPool` (``transfer``: ``"shared"`` paths or ``"bytes"``)."""

    def __init__(self, pool: WorkerPool, transfer: Transfer = "shared") -> None:
        self.pool = pool
        self.transfer = transfer
        self.on_worker_start: Any = None  # test/diagnostic hook: callable(key, actor_index)

    def run(self, tasks: list[ItemTask], hooks: Hooks, cancel: CancelToken) -> None:
        ray = _ray()
        from ray.exceptions import ActorUnavailableError, RayActorError, RayTaskError

        queue: deque[ItemTask] = deque(tasks)
        idle: deque[int] = deque(range(len(self.pool.actors)))
        deaths = [0] * len(self.pool.actors)
        busy: dict[Any, tuple[int, ItemTask]] = {}
        probing: dict[Any, int] = {}  # actors Ray is restarting: info() answers once they are back
        stopped = False
        last_poll = 0.0
        while queue or busy:
            if cancel.cancelled and not stopped:
                stopped = True
                queue.clear()
                for i, _ in busy.values():
                    self.pool.actors[i].stop.remote()
            while idle and queue and not stopped:
                task = queue.popleft()
                arg = None
                if task.out_root is None:  # bytes mode: read now (not all inputs at once), send via the store
                    try:
                        arg = ray.put(Path(task.input_path or "").read_bytes())
                    except OSError as exc:
                        hooks.started(task.key, "driver")
                        error = f"{task.input_path}: {exc.strerror}"
                        hooks.finished(ItemResult(task.key, "failed", error=error))
                        continue
                i = idle.popleft()
                ref = self.pool.actors[i].run.remote(task, arg)
                busy[ref] = (i, task)
                hooks.started(task.key, f"ray-actor-{i}")
                if self.on_worker_start is not None:
                    self.on_worker_start(task.key, i)
            if not busy and not probing:
                for t in queue:  # every actor is gone for good
                    hooks.finished(ItemResult(t.key, "failed", error="no Ray workers are left"))
                queue.clear()
                break
            ready, _ = ray.wait([*busy, *probing], num_returns=1, timeout=POLL_S)
            for ref in ready:
                if ref in probing:
                    i = probing.pop(ref)
                    try:
                        ray.get(ref)
                        idle.append(i)  # restarted: ready for the next item
                    except ActorUnavailableError:
                        time.sleep(0.2)
                        probing[self.pool.actors[i].info.remote()] = i
                    except RayActorError:
                        pass  # out of restarts: this actor is gone
                    continue
                i, task = busy.pop(ref)
                try:
                    result: ItemResult = ray.get(ref)
                except RayActorError as exc:
                    deaths[i] += 1
                    reason = f"ray-actor-{i} died ({type(exc).__name__})"
                    retry = hooks.worker_died(task, reason)
                    if retry is not None and not stopped:
                        queue.appendleft(retry)  # the next idle actor takes it
                    if deaths[i] <= self.pool.max_restarts:
                        probing[self.pool.actors[i].info.remote()] = i
                    continue
                except RayTaskError as exc:
                    result = ItemResult(task.key, "failed", error=str(exc).splitlines()[-1])
                hooks.finished(result)
                idle.append(i)
            now = time.monotonic()
            if busy and now - last_poll >= 1.0:
                last_poll = now
                self._poll(busy, hooks)

    def _poll(self, busy: dict[Any, tuple[int, ItemTask]], hooks: Hooks) -> None:
        ray = _ray()
        refs = [self.pool.actors[i].progress.remote() for i, _ in busy.values()]
        try:
            ready, _ = ray.wait(refs, num_returns=len(refs), timeout=1.0)
            for ref in ready:
                got = ray.get(ref)
                if got is not None:
                    key, fraction, render_id = got
                    hooks.progress(key, fraction, render_id if self.transfer == "shared" else None)
        except Exception:  # a worker that just died answers nothing; its item is handled above
            return


class RayTileExecutor:
    """The engine's tile executor (``RenderOptions.tile_executor``): tile batches of a parallel pass
    run on the pool's actors (each with its own model cache); the driver merges the results."""

    def __init__(self, pool: WorkerPool) -> None:
        self.pool = pool

    def map(
        self, settings: PassSettings, requests: list[TileRequest], cancel: CancelToken
    ) -> Iterator[tuple[int, torch.Tensor]]:
        import torch

        ray = _ray()
        settings_json = settings.model_dump_json(by_alias=True)
        queue = deque(range(len(requests)))
        idle = deque(range(len(self.pool.actors)))
        busy: dict[Any, tuple[int, int]] = {}
        while queue or busy:
            cancel.raise_if_cancelled()
            while idle and queue:
                i, j = idle.popleft(), queue.popleft()
                r = requests[j]
                fields = {
                    "tiles": r.tiles.detach().float().cpu().numpy(),
                    "keep": None if r.keep is None else r.keep.detach().float().cpu().numpy(),
                    "tile_numbers": r.tile_numbers,
                    "seeds": r.seeds,
                    "prompts": r.prompts,
                    "negative_prompts": r.negative_prompts,
                }
                busy[self.pool.actors[i].process_tiles.remote(settings_json, fields)] = (i, j)
            ready, _ = ray.wait(list(busy), num_returns=1, timeout=POLL_S)
            for ref in ready:
                i, j = busy.pop(ref)
                try:
                    out = ray.get(ref)
                except ray.exceptions.RayActorError:
                    queue.appendleft(j)  # another actor takes the batch; Ray restarts this one
                    idle.append(i)
                    continue
                except ray.exceptions.RayTaskError as exc:
                    raise HextileError(
                        f"a Ray worker failed on tiles {requests[j].tile_numbers}: "
                        f"{str(exc).splitlines()[-1]}",
                        "see the worker's log, or render without --ray",
                    ) from None
                idle.append(i)
                yield j, torch.from_numpy(out.copy())  # Ray hands out read-only arrays


def open_ray_tiles(
    address: str, *, device: str = "auto", memory_budget_gb: float | None = None, dashboard: bool = False
) -> tuple[RayTileExecutor, Callable[[], None]]:
    """Connect, start the actors and return ``(tile executor, close)`` for ``hextile render --ray``;
    ``close`` kills the actors and stops a local cluster this call started."""
    started = connect(address, dashboard=dashboard)
    try:
        pool = WorkerPool(device=device, memory_budget_gb=memory_budget_gb)
    except BaseException:
        if started:
            shutdown()
        raise

    def close() -> None:
        pool.close()
        if started:
            shutdown()

    return RayTileExecutor(pool), close
