"""``passes.json``: the manifest of one render, and the thread-safe writer that keeps it current.

The manifest says what a render is doing or did: its status, its input, and for every pass the
complete settings used (with the drawn seed), their hash, the template, progress, timing and
where the pass wrote its files. The CLI and the server read it to show progress; resume reads
it to find the first pass whose settings changed (:func:`first_changed_pass`).

Every write is atomic (temp file in the same folder, flush + fsync, :func:`os.replace`), so
``passes.json`` is valid JSON at every instant, also after ``kill -9``. Field-by-field reference:
``docs/output.md``.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import to_jsonable_python

from hextile import __version__
from hextile.atomic import atomic_write_bytes, display_path, os_error
from hextile.errors import OutputError

from .render_dir import MANIFEST_NAME, RenderDir

MANIFEST_SCHEMA = "hextile-passes-v1"

RenderStatus = Literal["running", "completed", "failed", "cancelled"]
PassStatus = Literal["pending", "running", "completed", "failed", "cancelled", "skipped"]
RENDER_END_STATUSES: tuple[str, ...] = ("completed", "failed", "cancelled")
PASS_END_STATUSES: tuple[str, ...] = ("completed", "failed", "cancelled", "skipped")


def utc_now() -> datetime:
    return datetime.now(UTC)


def canonical_json(value: Any) -> str:
    """Canonical JSON: keys sorted, no spaces, UTF-8 kept, no NaN/Infinity. Pydantic models allowed."""
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json", by_alias=True)
    plain = to_jsonable_python(value)
    return json.dumps(plain, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False)


def settings_hash(settings: Any) -> str:
    """``sha256`` (hex) of :func:`canonical_json` of ``settings``."""
    return hashlib.sha256(canonical_json(settings).encode("utf-8")).hexdigest()


def sha256_file(path: Path | str) -> str:
    """``sha256`` (hex) of a file's bytes (:func:`hashlib.file_digest`, for :attr:`InputInfo.sha256`)."""
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError as exc:
        raise os_error(exc, "reading", str(path), fix="check the path and its permissions") from exc


def one_line(text: str, limit: int = 500) -> str:
    """``text`` collapsed to one line of at most ``limit`` characters."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


# --------------------------------------------------------------------------- models


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class InputInfo(_Model):
    path: str
    width: int = Field(ge=1)
    height: int = Field(ge=1)
    sha256: str
    copy_path: str | None = Field(default=None, alias="copy")  # copy inside the render folder

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class TemplateInfo(_Model):
    name: str
    tiles: int = Field(ge=0)
    panorama_width: int = Field(ge=1)
    panorama_height: int = Field(ge=1)
    tile_input_width: int = Field(ge=1)
    tile_output_width: int = Field(ge=1)
    # hextile.rotation applied (degrees; "auto" adds its clearance objective, docs/seams.md)
    rotation: dict[str, float] | None = None


class SeamsInfo(_Model):
    """A pass's seam score (docs/seams.md): spread of overlapping tiles' outputs, 8-bit levels."""

    score: float = Field(ge=0)
    p99: float = Field(ge=0)
    worst_tiles: list[tuple[int, int, float]] = Field(default_factory=list)  # [tile i, tile j, RMS]
    heatmap: str | None = None  # pass_k/seams.png, relative to the render folder
    unit: str = "8-bit levels (RMS)"
    mode: str = "parallel"
    overlap_fraction: float = Field(default=0.0, ge=0, le=1)


class PassOutputs(_Model):
    panorama: str | None = None  # set when the pass panorama has been written
    tiles: str | None = None  # the tile folders; null when tiles are not saved
    tiles_diffused: str | None = None


class PassRecord(_Model):
    index: int = Field(ge=0)
    name: str
    status: PassStatus = "pending"
    settings: dict[str, Any]
    settings_hash: str
    template: TemplateInfo | None = None
    tiles_done: int = Field(default=0, ge=0)
    tiles_total: int = Field(default=0, ge=0)
    started: AwareDatetime | None = None
    ended: AwareDatetime | None = None
    duration_s: float | None = None
    outputs: PassOutputs
    error: str | None = None
    seams: SeamsInfo | None = None


class Manifest(_Model):
    schema_version: str = MANIFEST_SCHEMA
    hextile_version: str = __version__
    render_id: str
    status: RenderStatus = "running"
    created: AwareDatetime
    finished: AwareDatetime | None = None
    resumed: list[AwareDatetime] = Field(default_factory=list)
    parent: str | None = None  # render id of the render this one re-runs with an edited config
    input: InputInfo | None = None
    output: str | None = None  # final image, relative to the render folder
    error: str | None = None
    passes: list[PassRecord] = Field(default_factory=list)

    def to_json(self) -> str:
        return self.model_dump_json(indent=2, by_alias=True) + "\n"

    @property
    def tiles_done(self) -> int:
        return sum(p.tiles_done for p in self.passes)

    @property
    def tiles_total(self) -> int:
        return sum(p.tiles_total for p in self.passes)


class PassPlan(BaseModel):
    """What :meth:`ManifestWriter.start_render` needs to know about a pass before it runs."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    name: str
    settings: Any  # dict or pydantic model; stored as canonical JSON-able dict
    template: TemplateInfo | None = None
    tiles_total: int = 0
    # Identity of the pass for resume; defaults to the hash of ``settings``. The engine passes the
    # hash of the *configured* settings so a drawn seed (seed -1) does not count as a change.
    settings_hash: str | None = None
    save_tiles: bool = True  # False: the pass writes no tile folders (``outputs.tiles`` is null)


def load_manifest(path: Path | str | RenderDir) -> Manifest:
    """Read ``passes.json`` (``path`` is the file, the render folder or a :class:`RenderDir`)."""
    p = path.manifest if isinstance(path, RenderDir) else Path(path)
    if p.is_dir():
        p = p / MANIFEST_NAME
    try:
        raw = p.read_bytes()
    except FileNotFoundError as exc:
        raise OutputError(f"{p} does not exist", "pass the folder of an earlier render") from exc
    except OSError as exc:
        raise os_error(exc, "reading", str(p)) from exc
    try:
        return Manifest.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first.get("loc", ())) or "document"
        raise OutputError(
            f"{p} is not a valid hextile manifest ({where}: {one_line(first.get('msg', ''), 120)})",
            "start a new render instead of resuming this one",
        ) from exc


def first_changed_pass(
    manifest: Manifest,
    hashes: Sequence[str],
    *,
    input_sha256: str | None = None,
    render_dir: RenderDir | None = None,
) -> int:
    """Index of the first pass that must run again when resuming with passes hashing to ``hashes``.

    Passes before it are reusable: same settings hash as before (pass ``k`` depends on passes
    ``0..k-1`` too, so the first difference invalidates everything after it), status
    ``completed`` or ``skipped``, and — when ``render_dir`` is given — a panorama file on disk.
    A different ``input_sha256`` gives 0. Returns ``len(hashes)`` when everything is reusable.
    """
    if input_sha256 is not None and (manifest.input is None or manifest.input.sha256 != input_sha256):
        return 0
    for k, h in enumerate(hashes):
        if k >= len(manifest.passes):
            return k
        old = manifest.passes[k]
        if old.settings_hash != h or old.status not in ("completed", "skipped"):
            return k
        if render_dir is not None:
            pano = old.outputs.panorama
            if pano is None or not render_dir.resolve(pano).is_file():
                return k
    return len(hashes)


# --------------------------------------------------------------------------- writer


class ManifestWriter:
    """Owns ``passes.json`` for one render; every method is one state change, written atomically.

    Thread-safe (one lock). :meth:`tile_done` is throttled: it writes at most every
    ``throttle_ms`` milliseconds, but always when a pass's last tile is done; every other method
    writes immediately (pass boundaries are never throttled). :meth:`flush` writes any pending
    throttled change.
    """

    def __init__(
        self,
        render_dir: RenderDir | Path | str,
        manifest: Manifest | None = None,
        *,
        throttle_ms: float = 500.0,
        fsync: bool = True,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.render_dir = render_dir if isinstance(render_dir, RenderDir) else RenderDir(render_dir)
        self.throttle_s = max(0.0, throttle_ms) / 1000.0
        self.fsync = fsync
        self._clock = clock
        self._lock = threading.RLock()
        self._manifest = manifest
        self._dirty = False
        self._last_write = -float("inf")
        self.writes = 0

    @classmethod
    def open(cls, render_dir: RenderDir | Path | str, **kwargs: Any) -> ManifestWriter:
        """A writer for an existing render's ``passes.json`` (for resume)."""
        rd = render_dir if isinstance(render_dir, RenderDir) else RenderDir.open(render_dir)
        return cls(rd, load_manifest(rd), **kwargs)

    @property
    def path(self) -> Path:
        """``passes.json`` (follows the folder when a staged render folder is published)."""
        return self.render_dir.manifest

    # ---- reading

    @property
    def manifest(self) -> Manifest:
        """A deep copy of the current state (safe to read while other threads write)."""
        with self._lock:
            return self._require().model_copy(deep=True)

    def _require(self) -> Manifest:
        if self._manifest is None:
            raise RuntimeError("ManifestWriter.start_render() has not been called")
        return self._manifest

    def _pass(self, index: int) -> PassRecord:
        m = self._require()
        if not 0 <= index < len(m.passes):
            raise IndexError(f"pass index {index} out of range (render has {len(m.passes)} passes)")
        return m.passes[index]

    # ---- writing

    def _write(self) -> None:
        data = self._require().to_json().encode("utf-8")
        try:
            atomic_write_bytes(self.path, data, fsync=self.fsync)
        except OSError as exc:
            raise os_error(exc, "writing", display_path(self.path, self.render_dir.path)) from exc
        self._dirty = False
        self._last_write = self._clock()
        self.writes += 1

    def flush(self) -> None:
        """Write a pending throttled change now (no-op when nothing is pending)."""
        with self._lock:
            if self._dirty:
                self._write()

    def _record(self, index: int, plan: PassPlan) -> PassRecord:
        settings = to_jsonable_python(
            plan.settings.model_dump(mode="json", by_alias=True)
            if isinstance(plan.settings, BaseModel)
            else plan.settings
        )
        if not isinstance(settings, dict):
            raise TypeError(f"pass settings must be a mapping or a pydantic model, got {type(settings)}")
        rd = self.render_dir
        return PassRecord(
            index=index,
            name=plan.name,
            settings=settings,
            settings_hash=plan.settings_hash or settings_hash(settings),
            template=plan.template,
            tiles_total=plan.tiles_total or (plan.template.tiles if plan.template else 0),
            outputs=PassOutputs(
                tiles=rd.relative(rd.tiles_dir(index)) if plan.save_tiles else None,
                tiles_diffused=rd.relative(rd.tiles_diffused_dir(index)) if plan.save_tiles else None,
            ),
        )

    # ---- state changes

    def start_render(
        self,
        *,
        input: InputInfo | None,
        passes: Sequence[PassPlan],
        render_id: str | None = None,
        parent: str | None = None,
        reused: Sequence[PassRecord] = (),
    ) -> None:
        """A new render: status ``running``, every pass ``pending``.

        ``parent`` is the render id of the render this one re-runs with an edited config;
        ``reused`` are that render's records of the passes taken over unchanged (their files are
        in this folder too): they are kept, marked ``skipped``.
        """
        with self._lock:
            records = [self._record(k, p) for k, p in enumerate(passes)]
            for k, old in enumerate(reused):
                rec = old.model_copy(deep=True)
                rec.status = "skipped"
                rec.name = passes[k].name
                rec.error = None
                records[k] = rec
            self._manifest = Manifest(
                render_id=render_id or self.render_dir.render_id,
                created=utc_now(),
                parent=parent,
                input=input,
                passes=records,
            )
            self._write()

    def resume_render(
        self, passes: Sequence[PassPlan], reuse: int, *, input: InputInfo | None = None
    ) -> None:
        """Resume an opened render: passes ``0..reuse-1`` keep their record, marked ``skipped``.

        The rest become fresh ``pending`` records for ``passes``. The render is ``running`` again;
        ``finished``, ``error`` and ``output`` are cleared and the time is appended to ``resumed``.
        """
        with self._lock:
            m = self._require()
            if not 0 <= reuse <= min(len(passes), len(m.passes)):
                raise ValueError(f"cannot reuse {reuse} passes (had {len(m.passes)}, now {len(passes)})")
            kept = [p.model_copy(deep=True) for p in m.passes[:reuse]]
            for rec, plan in zip(kept, passes, strict=False):
                rec.status = "skipped"
                rec.name = plan.name
                rec.error = None
            fresh = [self._record(k, passes[k]) for k in range(reuse, len(passes))]
            m.passes = kept + fresh
            m.status = "running"
            m.finished = None
            m.error = None
            m.output = None
            m.resumed.append(utc_now())
            if input is not None:
                m.input = input
            self._write()

    def start_pass(
        self, index: int, *, template: TemplateInfo | None = None, tiles_total: int | None = None
    ) -> None:
        """Pass ``index`` is ``running``; ``started`` is now, progress is reset to 0."""
        with self._lock:
            rec = self._pass(index)
            if template is not None:
                rec.template = template
            if tiles_total is not None:
                rec.tiles_total = tiles_total
            elif rec.template is not None and rec.tiles_total == 0:
                rec.tiles_total = rec.template.tiles
            rec.status = "running"
            rec.tiles_done = 0
            rec.started = utc_now()
            rec.ended = None
            rec.duration_s = None
            rec.error = None
            rec.outputs.panorama = None
            rec.seams = None
            self._write()

    def tile_done(self, index: int, tiles_done: int | None = None) -> bool:
        """One more tile of pass ``index`` is done (or set the count to ``tiles_done``).

        Returns ``True`` when this call wrote the file (throttling may postpone the write).
        """
        with self._lock:
            rec = self._pass(index)
            rec.tiles_done = rec.tiles_done + 1 if tiles_done is None else tiles_done
            self._dirty = True
            last = rec.tiles_total > 0 and rec.tiles_done >= rec.tiles_total
            if last or self._clock() - self._last_write >= self.throttle_s:
                self._write()
                return True
            return False

    def end_pass(
        self,
        index: int,
        status: PassStatus = "completed",
        *,
        error: str | BaseException | None = None,
        panorama: Path | str | None = None,
        seams: SeamsInfo | dict[str, Any] | None = None,
    ) -> None:
        """Pass ``index`` ended with ``status``; ``ended`` and ``duration_s`` are set (and the
        pass's seam score when given)."""
        if status not in PASS_END_STATUSES:
            raise ValueError(f"end_pass status must be one of {PASS_END_STATUSES}, got {status!r}")
        with self._lock:
            rec = self._pass(index)
            rec.status = status
            rec.ended = utc_now()
            if rec.started is not None:
                rec.duration_s = round((rec.ended - rec.started).total_seconds(), 3)
            if panorama is not None:
                rec.outputs.panorama = self.render_dir.relative(panorama)
            if seams is not None:
                rec.seams = seams if isinstance(seams, SeamsInfo) else SeamsInfo.model_validate(seams)
            rec.error = one_line(str(error)) if error is not None else None
            self._write()

    def finish(
        self,
        status: RenderStatus,
        error: str | BaseException | None = None,
        *,
        output: Path | str | None = None,
    ) -> None:
        """The render ended: ``completed`` (with ``output``), ``failed`` (with ``error``) or ``cancelled``.

        Passes still ``running`` or ``pending`` take the render's status (``failed`` / ``cancelled``).
        """
        if status not in RENDER_END_STATUSES:
            raise ValueError(f"finish status must be one of {RENDER_END_STATUSES}, got {status!r}")
        with self._lock:
            m = self._require()
            m.status = status
            m.finished = utc_now()
            if output is not None:
                m.output = self.render_dir.relative(output)
            m.error = one_line(str(error)) if error is not None else None
            if status != "completed":
                for rec in m.passes:
                    if rec.status == "running":
                        rec.status = status
                        rec.ended = m.finished
                        if rec.started is not None:
                            rec.duration_s = round((rec.ended - rec.started).total_seconds(), 3)
                    elif rec.status == "pending":
                        rec.status = "cancelled"
            self._write()

    def __repr__(self) -> str:
        return f"ManifestWriter({os.fspath(self.path)!r})"
