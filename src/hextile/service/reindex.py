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

    Returns the jobs added, oldest first. A folder that cannot be read is skipped with a warning
    in the log; nothing on disk is changed except inputs brought back from render folders.
    """
    _index_uploads(data_dir / "inputs", inputs)
    found = _render_folders(data_dir / "renders")
    _assign_job_ids(found)
    by_render = {f.manifest.render_id: f.job_id for f in found}
    added: list[JobRecord] = []
    for f in sorted(found, key=lambda f: f.manifest.created):
        if store.get_job(f.job_id) is not None:
            continue
        m = f.manifest
        config = f.folder / "config.json"
        try:
            config_text = json.dumps(json.loads(config.read_text(encoding="utf-8")))
        except (OSError, ValueError) as exc:
            log.warning("not indexed: %s has no readable config.json (%s)", f.folder, exc)
            continue
        job = JobRecord(
            id=f.job_id,
            input_id=_input_of(f, inputs),
            status="interrupted" if m.status == "running" else m.status,
            config=config_text,
            created=m.created.timestamp(),
            finished=m.finished.timestamp() if m.finished else None,
            render_dir=str(f.folder.relative_to(data_dir)),
            error=m.error,
            parent=by_render.get(m.parent) if m.parent else None,
            passes_done=sum(p.status in ("completed", "skipped") for p in m.passes),
            pass_count=len(m.passes),
        )
        added.append(store.add_job(job))
    return added


def _index_uploads(root: Path, inputs: InputStore) -> None:
    for folder in sorted(root.iterdir()) if root.is_dir() else []:
        for path in sorted(folder.iterdir()) if folder.is_dir() and not folder.is_symlink() else []:
            if not path.is_file() or path.is_symlink() or path.name.startswith("."):
                continue
            try:
                inputs.add(path.read_bytes(), path.name)
            except (OSError, HextileError) as exc:
                log.warning("not indexed: upload %s (%s)", path, exc)


def _render_folders(root: Path) -> list[_Found]:
    found: list[_Found] = []
    for owner in sorted(root.iterdir()) if root.is_dir() else []:
        if not owner.is_dir() or owner.is_symlink():
            continue
        for folder in sorted(owner.iterdir()):
            if folder.name.startswith(".") or folder.is_symlink() or not (folder / "passes.json").is_file():
                continue
            try:
                found.append(_Found(owner.name, folder, load_manifest(folder)))
            except HextileError as exc:
                log.warning("not indexed: %s (%s)", folder, exc)
    return found


def _assign_job_ids(found: list[_Found]) -> None:
    """A job id per render folder: the job folder's own render (the oldest one not re-running a
    render of the same folder) keeps the folder's name, when it is a job id; edited re-runs stored
    next to it get new ids."""
    owners: dict[str, list[_Found]] = {}
    for f in found:
        owners.setdefault(f.owner, []).append(f)
    for owner, renders in owners.items():
        here = {f.manifest.render_id for f in renders}
        renders.sort(key=lambda f: f.manifest.created)
        own = next((f for f in renders if f.manifest.parent not in here), renders[0])
        for f in renders:
            named = f is own and re.match(JOB_ID_PATTERN, owner) is not None
            f.job_id = owner if named else secrets.token_hex(8)


def _input_of(f: _Found, inputs: InputStore) -> str:
    """The input id of a render's panorama, bringing the upload back from the render's input copy
    when it is gone."""
    info = f.manifest.input
    if info is None:
        return ""
    if inputs.store.input_by_sha(info.sha256) is None and info.copy_path:
        try:
            inputs.add((f.folder / info.copy_path).read_bytes(), Path(info.path).name or "input")
        except (OSError, HextileError) as exc:
            log.warning("input of %s not brought back (%s)", f.folder, exc)
    return info.sha256[:16]
