"""Rebuilding a lost job database from the data folder.

The render folders are the source of truth; ``hextile.db`` only indexes them. When the database is
gone (deleted, lost with a disk, or moved aside because it was damaged), the server rebuilds the
index at start from what is on disk:

- every upload under ``inputs/<id>/`` becomes an input again (same id: the first 16 hex digits of
  its SHA-256);
- every render folder under ``renders/<job-id>/`` becomes a job with the status its
  ``passes.json`` says (a render that was still ``running`` is ``interrupted``: resumable); the
  render the job folder was made for keeps that job's id, an edited re-run stored next to it gets
  a new id and its ``parent`` link back; a render whose upload is gone brings its input back from
  its own lossless input copy.

The queue order and the event history of the old jobs are not recoverable; each job gets one
closing ``job.status`` event so streams of it end.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from hextile.errors import HextileError
from hextile.output.manifest import Manifest, load_manifest
from hextile.service.inputs import InputStore
from hextile.service.renderer import JOB_ID_PATTERN
from hextile.service.store import JobRecord, JobStore

log = logging.getLogger("hextile.service")


@dataclass
class _Found:
    owner: str  # the job folder's name under renders/
    folder: Path
    manifest: Manifest
    job_id: str = ""  # given by _assign_job_ids


def rebuild_index(data_dir: Path, store: JobStore, inputs: InputStore) -> list[JobRecord]:
    """Index the uploads and render folders under ``data_dir`` that ``store`` lacks.

    Returns the jobs added, oldest first. Running it again adds only what is still missing (a
    rebuild that was interrupted continues). A folder or file that cannot be read, or that leads
    outside ``data_dir``, is skipped with a warning in the log; nothing on disk is changed except
    uploads brought back from render folders.
    """
    root = data_dir.resolve()
    _index_uploads(root, inputs)
    indexed = store.jobs_by_render_dir()
    found = [f for f in _render_folders(root) if str(f.folder.relative_to(root)) not in indexed]
    _assign_job_ids(found)
    by_render = {Path(d).name: job_id for d, job_id in indexed.items()}  # the render id ends the path
    by_render |= {f.manifest.render_id: f.job_id for f in found}
    added: list[JobRecord] = []
    for f in sorted(found, key=lambda f: f.manifest.created):
        if store.get_job(f.job_id) is not None:
            f.job_id = secrets.token_hex(8)  # the folder's id is taken (by a job kept in the store)
        m = f.manifest
        config = _inside(root, f.folder / "config.json")
        try:
            if config is None:
                raise OSError("missing, or not inside the data folder")
            config_text = json.dumps(json.loads(config.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            log.warning("not indexed: %s has no readable config.json (%s)", f.folder, exc)
            continue
        job = JobRecord(
            id=f.job_id,
            input_id=_input_of(root, f, inputs),
            status="interrupted" if m.status == "running" else m.status,
            config=config_text,
            created=m.created.timestamp(),
            finished=m.finished.timestamp() if m.finished else None,
            render_dir=str(f.folder.relative_to(root)),
            error=m.error,
            parent=by_render.get(m.parent) if m.parent else None,
            passes_done=sum(p.status in ("completed", "skipped") for p in m.passes),
            pass_count=len(m.passes),
        )
        added.append(store.add_job(job))
    return added


def _listing(folder: Path) -> list[Path]:
    """The entries of ``folder`` that are not links or hidden, sorted; none if it cannot be read."""
    try:
        return sorted(p for p in folder.iterdir() if not p.is_symlink() and not p.name.startswith("."))
    except OSError as exc:
        log.warning("not indexed: %s cannot be read (%s)", folder, exc)
        return []


def _inside(root: Path, path: Path) -> Path | None:
    """``path`` if it is a file that stays inside ``root`` (links and ``..`` resolved), else None."""
    try:
        real = path.resolve(strict=True)
        return real if real.is_relative_to(root) and real.is_file() else None
    except (OSError, RuntimeError):
        return None


def _index_uploads(root: Path, inputs: InputStore) -> None:
    uploads = root / "inputs"
    for folder in _listing(uploads) if uploads.is_dir() else []:
        for path in _listing(folder) if folder.is_dir() else []:
            if _inside(root, path) is None:
                continue
            try:
                inputs.add(path.read_bytes(), path.name)
            except (OSError, HextileError) as exc:
                log.warning("not indexed: upload %s (%s)", path, exc)


def _render_folders(root: Path) -> list[_Found]:
    found: list[_Found] = []
    renders = root / "renders"
    for owner in _listing(renders) if renders.is_dir() else []:
        for folder in _listing(owner) if owner.is_dir() else []:
            if _inside(root, folder / "passes.json") is None:
                continue
            try:
                found.append(_Found(owner.name, folder, load_manifest(folder)))
            except (OSError, HextileError) as exc:
                log.warning("not indexed: %s (%s)", folder, exc)
    return found


def _assign_job_ids(found: list[_Found]) -> None:
    """A job id per render folder: the render the job folder was made for (the oldest one that
    re-runs no other render) keeps the folder's name, when it is a job id; edited re-runs stored
    next to it get new ids. If that render was deleted with its files, its re-runs keep new ids:
    none of them takes the deleted job's id."""
    owners: dict[str, list[_Found]] = {}
    for f in found:
        owners.setdefault(f.owner, []).append(f)
    for owner, renders in owners.items():
        renders.sort(key=lambda f: f.manifest.created)
        own = next((f for f in renders if f.manifest.parent is None), None)
        for f in renders:
            named = f is own and re.match(JOB_ID_PATTERN, owner) is not None
            f.job_id = owner if named else secrets.token_hex(8)


def _input_of(root: Path, f: _Found, inputs: InputStore) -> str:
    """The input id of a render's panorama, bringing the upload back from the render's input copy
    when it is gone."""
    info = f.manifest.input
    if info is None:
        return ""
    if inputs.store.input_by_sha(info.sha256) is None and info.copy_path:
        copy = _inside(root, f.folder / info.copy_path)
        try:
            if copy is None:
                raise OSError("missing, or not inside the data folder")
            inputs.add(copy.read_bytes(), Path(info.path).name or "input")
        except (OSError, HextileError) as exc:
            log.warning("input of %s not brought back (%s)", f.folder, exc)
    return info.sha256[:16]
