"""Rendering one batch item, in whatever process holds the model cache (the driver or a Ray actor).

A :class:`ItemTask` carries everything a worker needs; how the data travels is the caller's
choice:

- **shared storage** (``input_path`` + ``out_root``): the worker reads the input from a path and
  writes the render folder under ``out_root`` — the driver's DIR, seen through a shared file system;
- **bytes** (``input_bytes`` + ``out_root=None``): the input arrives as bytes (through Ray's object
  store) and is rendered from memory into a private temporary folder and returns the whole render folder
  as a tar archive (``ItemResult.archive``), which the driver unpacks under its DIR.

Errors never escape: a failed item comes back with ``status="failed"`` and a one-line ``error``,
so one bad input fails alone and the worker (and its loaded models) stays up for the next item.
"""

from __future__ import annotations

import io
import os
import socket
import tarfile
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from hextile.errors import HextileError

if TYPE_CHECKING:
    from hextile.cancel import CancelToken
    from hextile.engine.events import EventHandler
    from hextile.pipelines.cache import ModelCache


@dataclass
class ItemTask:
    key: str
    config_json: str  # the complete config with this item's seeds filled in
    input_name: str  # file name of the input (the final image is named after it)
    input_path: str | None = None  # where the input is (read by the worker with shared storage)
    input_bytes: bytes | None = None  # bytes mode: the input itself (set on the worker)
    out_root: str | None = None  # shared-storage mode: the driver's DIR; None: return an archive
    resume_dir: str | None = None  # shared-storage mode: an unfinished render folder of this item
    device: str = "auto"
    save_tiles: bool = True
    memory_budget_gb: float | None = None


@dataclass
class ItemResult:
    key: str
    status: Literal["completed", "failed", "cancelled"]
    render_id: str | None = None
    render_dir: str | None = None  # shared-storage mode: where the folder is
    archive: bytes | None = None  # bytes mode: the render folder as an uncompressed tar
    final_image: str | None = None  # file name inside the render folder
    error: str | None = None
    duration_s: float = 0.0
    model_loads: int = 0
    worker: str = field(default_factory=lambda: f"{socket.gethostname()}:{os.getpid()}")


def run_item(
    task: ItemTask,
    cache: ModelCache,
    *,
    on_event: EventHandler | None = None,
    cancel: CancelToken | None = None,
) -> ItemResult:
    """Render (or resume) one item with the worker's long-lived ``cache``; never raises for the item."""
    from hextile.config import load_config
    from hextile.config.io import parse_json
    from hextile.engine import RenderOptions, render, resume_render

    t0 = time.monotonic()
    options = RenderOptions(
        device=task.device, save_tiles=task.save_tiles, memory_budget_gb=task.memory_budget_gb
    )
    render_id: str | None = None

    def events(ev: Any) -> None:  # remember the render folder as soon as it exists
        nonlocal render_id
        render_id = ev.render_id
        if on_event is not None:
            on_event(ev)

    tmp: tempfile.TemporaryDirectory[str] | None = None
    try:
        cfg = load_config(parse_json(task.config_json, "the batch config"))
        if task.out_root is not None:
            if task.resume_dir is not None:
                # the batch refuses another config, so the folder continues in place with its own
                result = resume_render(
                    task.resume_dir, options=options, on_event=events, cancel=cancel, model_cache=cache
                )
            else:
                if task.input_path is None:
                    raise HextileError("a shared-storage task has no input path", "report this bug")
                result = render(
                    cfg,
                    task.input_path,
                    task.out_root,
                    options=options,
                    on_event=events,
                    cancel=cancel,
                    model_cache=cache,
                )
            archive = None
        else:
            if task.input_bytes is None:
                raise HextileError("a bytes task has no input bytes", "report this bug")
            tmp = tempfile.TemporaryDirectory(prefix="hextile-item-")
            result = render(
                cfg,
                task.input_bytes,
                Path(tmp.name),
                input_name=task.input_name,
                options=options,
                on_event=events,
                cancel=cancel,
                model_cache=cache,
            )
            archive = pack_folder(result.render_dir)
        return ItemResult(
            task.key,
            "completed" if result.status == "completed" else "cancelled",
            render_id=result.render_dir.name,
            render_dir=None if archive is not None else str(result.render_dir),
            archive=archive,
            final_image=result.final_image.name if result.final_image else None,
            duration_s=time.monotonic() - t0,
            model_loads=result.model_loads,
        )
    except HextileError as exc:
        error = str(exc)
    except Exception as exc:  # an unexpected failure of this item must not take the worker down
        error = f"{type(exc).__name__}: {exc}"
    finally:
        if tmp is not None:
            tmp.cleanup()
    shared_dir = None
    if render_id is not None and task.out_root is not None:
        shared_dir = str(Path(task.out_root) / render_id)
    return ItemResult(
        task.key,
        "failed",
        render_id=render_id,
        render_dir=shared_dir,
        error=error,
        duration_s=time.monotonic() - t0,
    )


def pack_folder(folder: Path) -> bytes:
    """``folder`` (a render folder) as an uncompressed tar whose members start with its name."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        tar.add(folder, arcname=folder.name)
    return buf.getvalue()


def unpack_folder(archive: bytes, dest_root: Path) -> Path:
    """Unpack a :func:`pack_folder` archive under ``dest_root`` (safely: no links, nothing outside);
    the folder appears complete under its name or not at all. Returns the folder."""
    dest_root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive), mode="r") as tar:
        names = {m.name.split("/", 1)[0] for m in tar.getmembers()}
        if len(names) != 1:
            raise HextileError("a worker returned a malformed render archive", "re-run the batch")
        name = names.pop()
        staging = Path(tempfile.mkdtemp(prefix=f".{name}.", suffix=".unpacking", dir=dest_root))
        tar.extractall(staging, filter="data")
    final = dest_root / name
    if final.exists():  # an earlier attempt of this item landed already: keep it, drop this copy
        import shutil

        shutil.rmtree(staging)
        return final
    (staging / name).rename(final)
    staging.rmdir()
    return final
