"""The layout of one render folder, ``OUT/<render-id>/``, and the final file name pattern.

::

    OUT/
      20260219-101112-mountain-3fa9/        one render (render id)
        input.png                           copy of the input image
        config.json                         the resolved config that was rendered
        passes.json                         manifest: status, passes, settings, progress
        render.log                          timestamped log
        preview.jpg                         live preview, replaced as tiles finish
        pass_0/                             first pass (0-based, matches passes.json "index")
          tiles/Hextile_01.png …            tiles extracted from this pass's input
          tiles_diffused/Hextile_01.png …   tiles after diffusion
          panorama.png                      this pass's output, lossless 16-bit PNG
        pass_1/ …
        mountain_Hextile20-2K_sdxl-base_s42.png   final image (name from the pattern)

Only :meth:`RenderDir.create` makes folders under ``OUT``, and only its own new one
(``mkdir(exist_ok=False)``), so it never touches other renders. A staged folder is prepared under
a hidden name and renamed to ``OUT/<render-id>`` once it is resumable (:meth:`RenderDir.publish`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
import shutil
import string
import unicodedata
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath, PureWindowsPath

from hextile import atomic as _atomic
from hextile.atomic import TEMP_SUFFIX, os_error, remove_stale_temps
from hextile.errors import OutputError
from hextile.naming import tile_file_name as tile_filename

MANIFEST_NAME = "passes.json"
CONFIG_NAME = "config.json"
PREVIEW_NAME = "preview.jpg"
LOG_NAME = "render.log"
PANORAMA_NAME = "panorama.png"
TILES_DIR = "tiles"
TILES_DIFFUSED_DIR = "tiles_diffused"
STAGING_SUFFIX = ".staging"
STEM_MAX = 40
FINAL_NAME_MAX = 200
DEFAULT_PATTERN = "{original}_{template}_{model}_s{seed}"
PLACEHOLDERS = ("original", "template", "model", "seed")

RENDER_ID_RE = re.compile(r"^\d{8}-\d{6}-[A-Za-z0-9._-]{1,40}-[0-9a-f]{4}$")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MODEL_UNSAFE = re.compile(r"[^a-z0-9.]+")
_HEXTILE_TEMPLATE = re.compile(r"^hextile_(\d+)_(\w+)$", re.IGNORECASE)
_WEIGHT_EXTS = (".safetensors", ".ckpt", ".bin", ".pt", ".pth", ".gguf", ".onnx")
_FORMAT_EXTS = {"png": ".png", "jpeg": ".jpg", "jpg": ".jpg", "webp": ".webp", "tiff": ".tif", "tif": ".tif"}


# --------------------------------------------------------------------------- names


def _basename(name: str) -> str:
    """Last component of ``name`` whether it uses ``/`` or ``\\`` separators."""
    return PureWindowsPath(PurePosixPath(name).name).name


def sanitize_component(text: str, *, fallback: str, max_len: int = STEM_MAX) -> str:
    """``text`` reduced to ``[A-Za-z0-9._-]``: accents folded (``é`` → ``e``), other runs → ``_``.

    Leading/trailing ``.``, ``_`` and ``-`` are stripped (no hidden files, no ``..``); the result
    is at most ``max_len`` characters, and ``fallback`` when nothing is left.
    """
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    cleaned = _UNSAFE.sub("_", folded).strip("._-")
    cleaned = cleaned[:max_len].rstrip("._-")
    return cleaned or fallback


def input_stem(input_name: str | os.PathLike[str]) -> str:
    """Filename-safe stem of an input path: ``../../etc/passwd.png`` → ``passwd``."""
    base = _basename(os.fspath(input_name).replace("\x00", ""))
    stem = base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
    return sanitize_component(stem, fallback="input")


def template_label(template: str) -> str:
    """Template name as used in file names: ``Hextile_20_2K`` → ``Hextile20-2K``."""
    m = _HEXTILE_TEMPLATE.match(template.strip())
    if m:
        return f"Hextile{m.group(1)}-{sanitize_component(m.group(2), fallback='x').replace('_', '-')}"
    base = _basename(template)
    if base.lower().endswith(".json"):
        base = base[: -len(".json")]
    return sanitize_component(base, fallback="template").replace("_", "-")


def model_label(model: str) -> str:
    """Model name as used in file names: lowercase ``[a-z0-9.-]``; ``SDXL Base`` → ``sdxl-base``.

    Repository ids and paths keep their last component
    (``stabilityai/sdxl-turbo`` → ``sdxl-turbo``, ``C:\\w\\my_model.safetensors`` → ``my-model``).
    """
    base = _basename(model.strip().rstrip("/\\"))
    lowered = base.lower()
    for ext in _WEIGHT_EXTS:
        if lowered.endswith(ext) and len(lowered) > len(ext):
            base = base[: -len(ext)]
            break
    folded = unicodedata.normalize("NFKD", base)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch)).lower()
    label = _MODEL_UNSAFE.sub("-", folded).strip(".-")[:STEM_MAX].rstrip(".-")
    return label or "model"


def normalize_ext(ext: str) -> str:
    """``"PNG"`` / ``"png"`` / ``".png"`` → ``".png"``; ``"JPEG"`` → ``".jpg"``; ``"TIFF"`` → ``".tif"``."""
    bare = ext.strip().lstrip(".").lower()
    if bare in _FORMAT_EXTS:
        return _FORMAT_EXTS[bare]
    if not re.fullmatch(r"[a-z0-9]{1,5}", bare):
        raise OutputError(f"unsupported file extension {ext!r}", "use PNG, JPEG, WEBP or TIFF")
    return "." + bare


def final_name(
    pattern: str,
    original: str | os.PathLike[str],
    template: str,
    model: str,
    seed: int,
    ext: str,
) -> str:
    """The final image's file name from ``pattern`` (default ``{original}_{template}_{model}_s{seed}``).

    ``final_name(DEFAULT_PATTERN, "mountain.jpg", "Hextile_20_2K", "sdxl-base", 42, "png")`` →
    ``"mountain_Hextile20-2K_sdxl-base_s42.png"``. Placeholders: ``{original}`` (input file stem),
    ``{template}``, ``{model}``, ``{seed}`` (``{seed:010d}`` style format specs are allowed). Literal
    text is sanitised like the values, so a pattern can never leave the render folder. Unknown
    placeholders, ``{x.attr}`` / ``{x[0]}`` / ``{x!r}`` and unbalanced braces raise :class:`OutputError`.
    """
    values: dict[str, object] = {
        "original": input_stem(original),
        "template": template_label(template),
        "model": model_label(model),
        "seed": int(seed),
    }
    known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
    try:
        parsed = list(string.Formatter().parse(pattern))
    except ValueError as exc:
        raise OutputError(f"filename pattern {pattern!r} is malformed ({exc})", f"use {known}") from exc
    parts: list[str] = []
    for literal, field, spec, conversion in parsed:
        parts.append(literal)  # sanitised with everything else below
        if field is None:
            continue
        if field not in values or conversion:
            shown = "{" + field + (f"!{conversion}" if conversion else "") + "}"
            raise OutputError(
                f"filename pattern {pattern!r} has unknown placeholder {shown}", f"use only {known}"
            )
        try:
            parts.append(format(values[field], spec or ""))
        except ValueError as exc:
            raise OutputError(
                f"filename pattern {pattern!r}: bad format {{{field}:{spec}}} ({exc})", f"use {known}"
            ) from exc
    stem = sanitize_component("".join(parts), fallback="render", max_len=FINAL_NAME_MAX)
    return stem + normalize_ext(ext)


def new_render_id(input_name: str | os.PathLike[str], *, now: datetime | None = None) -> str:
    """``YYYYmmdd-HHMMSS-<stem>-<4 hex>``; the time is UTC."""
    when = (now or datetime.now(UTC)).astimezone(UTC)
    return f"{when:%Y%m%d-%H%M%S}-{input_stem(input_name)}-{_id_suffix()}"


def _id_suffix() -> str:
    return secrets.token_hex(2)


# --------------------------------------------------------------------------- folder checks


def _first_blocking_file(path: Path) -> Path | None:
    """The nearest existing ancestor of ``path`` (or itself) when it is not a folder."""
    for p in (path, *path.parents):
        if p.exists():
            return None if p.is_dir() else p
        if p.is_symlink():  # dangling link
            return p
    return None


def prepare_out_folder(out_root: Path) -> Path:
    """Check ``out_root`` is (or can become) a writable folder, create it, and return it.

    One-line :class:`OutputError` for a file in the way, a broken link, a read-only place, a
    full disk, a path the system refuses; writability is probed by writing a file.
    """
    return prepare_folder(out_root, "output folder", "--out")


def prepare_folder(folder: Path, role: str, option: str) -> Path:
    """:func:`prepare_out_folder` for any folder: ``role`` names it in messages ("data folder"),
    ``option`` is where the user chose it ("--data")."""
    fix = f"choose another {option}"
    if "\x00" in str(folder):
        raise OutputError(f"{role} path contains a NUL character", fix)
    folder = Path(os.path.expanduser(folder))
    try:
        if folder.exists() and not folder.is_dir():
            raise OutputError(f"{role} {folder} is a file, not a folder", fix)
        blocker = _first_blocking_file(folder)
    except OSError as exc:  # e.g. a name too long to stat
        raise _folder_error(exc, folder, role, option) from exc
    if blocker is not None:
        what = "a broken symbolic link" if blocker.is_symlink() and not blocker.exists() else "not a folder"
        raise OutputError(f"cannot create {role} {folder}: {blocker} is {what}", fix)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError as exc:  # a dangling symlink or a race with a file
        raise OutputError(f"cannot create {role} {folder}: {exc.filename} exists", fix) from exc
    except OSError as exc:
        raise _folder_error(exc, folder, role, option) from exc
    _probe_writable(folder, role, option)
    return folder


def _folder_error(
    exc: OSError, folder: Path, role: str = "output folder", option: str = "--out"
) -> OutputError:
    fix = f"choose another {option}"
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return OutputError(f"{role} {folder} is read-only", f"{fix} or fix its permissions")
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return OutputError(f"disk full while creating {role} {folder}", "free space or " + fix)
    if exc.errno == errno.ENOTDIR:
        return OutputError(f"cannot create {role} {folder}: a part of the path is a file", fix)
    if exc.errno == errno.ENAMETOOLONG:
        return OutputError(f"{role} path {folder} is too long", f"choose a shorter {option}")
    if exc.errno == errno.ENOENT:
        return OutputError(
            f"cannot create {role} {folder}: {folder.parent} does not accept new folders",
            f"{fix} (a folder you can write to)",
        )
    reason = (exc.strerror or type(exc).__name__).rstrip(".")
    return OutputError(f"cannot use {role} {folder}: {reason}", fix)


def _probe_writable(folder: Path, role: str, option: str) -> None:
    probe = folder / f".hextile-probe-{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}"
    try:
        fd = _atomic._open_for_write(probe)
        try:
            os.write(fd, b"ok")
        finally:
            os.close(fd)
    except OSError as exc:
        raise _folder_error(exc, folder, role, option) from exc
    finally:
        with contextlib.suppress(OSError):
            probe.unlink()


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists but belongs to someone else
        return True
    return True


def _remove_dead_staging(root: Path) -> None:
    """Delete staging folders left by killed processes (their pid no longer runs)."""
    with contextlib.suppress(OSError):
        for p in root.glob(f".*{STAGING_SUFFIX}"):
            pid = p.name[: -len(STAGING_SUFFIX)].rsplit(".", 1)[-1]
            if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)) and p.is_dir():
                shutil.rmtree(p, ignore_errors=True)


# --------------------------------------------------------------------------- RenderDir


class RenderDir:
    """Paths inside one render folder. Creating the object touches nothing; :meth:`create` does."""

    def __init__(self, path: Path | str) -> None:
        # Absolute (not resolved: symbolic links stay as given), so paths stored in passes.json are
        # relative to the render folder whatever the working directory was.
        self.path = Path(os.path.abspath(os.path.expanduser(path)))

    def __repr__(self) -> str:
        return f"RenderDir({str(self.path)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RenderDir) and other.path == self.path

    def __hash__(self) -> int:
        return hash(self.path)

    # ---- construction

    @classmethod
    def create(
        cls,
        out_root: Path | str,
        input_name: str | os.PathLike[str],
        *,
        now: datetime | None = None,
        staged: bool = False,
    ) -> RenderDir:
        """Validate ``out_root`` (creating it if needed) and make a new, empty render folder in it.

        With ``staged`` the folder is created under a hidden name (``.<render-id>.<pid>.staging``)
        and becomes ``OUT/<render-id>`` only at :meth:`publish`, once it holds everything a resume
        needs: a render folder is resumable from the first instant it is visible. Staging folders
        of processes that no longer run are removed here.

        Raises :class:`OutputError` when ``out_root`` is a file, lies under a file, cannot be
        created, or is not writable (checked by writing and deleting a probe file).
        """
        if not str(out_root).strip():
            raise OutputError("output folder path is empty", "pass a folder with --out")
        root = prepare_out_folder(Path(out_root))
        if staged:
            _remove_dead_staging(root)
        for _ in range(64):
            render_id = new_render_id(input_name, now=now)
            final = root / render_id
            path = root / f".{render_id}.{os.getpid()}{STAGING_SUFFIX}" if staged else final
            if staged and final.exists():
                continue
            try:
                path.mkdir(exist_ok=False)
            except FileExistsError:
                continue  # same second, same stem, same 4 hex: draw again
            except OSError as exc:
                raise _folder_error(exc, root) from exc
            rd = cls(path)
            rd._final = Path(os.path.abspath(final)) if staged else None
            return rd
        raise OutputError(f"cannot find a free render id in {root}", "retry in a second")

    _final: Path | None = None

    @property
    def staged(self) -> bool:
        """Whether the folder still has its hidden staging name (see :meth:`publish`)."""
        return self._final is not None

    def publish(self) -> None:
        """Give a staged folder its final name ``OUT/<render-id>`` (one atomic rename)."""
        if self._final is None:
            return
        if self._final.exists():
            raise OutputError(f"{self._final} appeared while the render was being prepared", "run it again")
        try:
            os.rename(self.path, self._final)
        except OSError as exc:
            raise _folder_error(exc, self._final.parent) from exc
        self.path, self._final = self._final, None
        _atomic.fsync_dir(self.path.parent)

    @classmethod
    def open(cls, path: Path | str) -> RenderDir:
        """An existing render folder (for resume); it must contain ``passes.json``.

        Stale temporary files left by a killed process are removed.
        """
        p = Path(os.path.expanduser(path))
        if p.is_file() and p.name == MANIFEST_NAME:
            p = p.parent
        if not p.is_dir():
            raise OutputError(f"render folder {p} does not exist", "pass the folder of an earlier render")
        if not (p / MANIFEST_NAME).is_file():
            raise OutputError(
                f"{p} is not a hextile render folder (no {MANIFEST_NAME})",
                "pass a folder created by an earlier render, e.g. OUT/<render-id>",
            )
        rd = cls(p)
        remove_stale_temps(p)
        return rd

    # ---- identity

    @property
    def render_id(self) -> str:
        return self._final.name if self._final is not None else self.path.name

    @property
    def root(self) -> Path:
        """The output folder that holds this render (``OUT``)."""
        return self.path.parent

    # ---- top-level files

    def input_copy(self, ext: str) -> Path:
        """Copy of the input image: ``input.<ext>`` (``ext`` with or without dot, any case)."""
        return self.path / f"input{normalize_ext(ext)}"

    @property
    def config_json(self) -> Path:
        return self.path / CONFIG_NAME

    @property
    def manifest(self) -> Path:
        return self.path / MANIFEST_NAME

    @property
    def preview(self) -> Path:
        return self.path / PREVIEW_NAME

    @property
    def log(self) -> Path:
        return self.path / LOG_NAME

    def final_image(self, name: str) -> Path:
        """The final image ``name`` (a bare file name, e.g. from :func:`final_name`)."""
        if (
            not name
            or name in (".", "..")
            or "\x00" in name
            or "/" in name
            or "\\" in name
            or name != _basename(name)
        ):
            raise OutputError(
                f"final image name {name!r} is not a plain file name", "fix output.filename_pattern"
            )
        return self.path / name

    # ---- passes

    def pass_dir(self, k: int) -> Path:
        """``pass_<k>/`` (``k`` is 0-based, as in passes.json)."""
        if not isinstance(k, int) or isinstance(k, bool) or k < 0:
            raise ValueError(f"pass indexes are 0-based integers, got {k!r}")
        return self.path / f"pass_{k}"

    def tiles_dir(self, k: int) -> Path:
        return self.pass_dir(k) / TILES_DIR

    def tiles_diffused_dir(self, k: int) -> Path:
        return self.pass_dir(k) / TILES_DIFFUSED_DIR

    def pass_tiles(self, k: int, tile_no: int) -> Path:
        """``pass_<k>/tiles/Hextile_NN.png``: tile ``tile_no`` (1-based) extracted from the pass input."""
        return self.tiles_dir(k) / tile_filename(tile_no)

    def pass_tiles_diffused(self, k: int, tile_no: int) -> Path:
        """``pass_<k>/tiles_diffused/Hextile_NN.png``: tile ``tile_no`` (1-based) after diffusion."""
        return self.tiles_diffused_dir(k) / tile_filename(tile_no)

    def pass_panorama(self, k: int) -> Path:
        """``pass_<k>/panorama.png``: the pass output, lossless 16-bit PNG."""
        return self.pass_dir(k) / PANORAMA_NAME

    def pass_seams(self, k: int) -> Path:
        """``pass_<k>/seams.png``: the pass's seam heat-map (see docs/seams.md)."""
        return self.pass_dir(k) / "seams.png"

    def make_pass_dirs(self, k: int) -> Path:
        """Create ``pass_<k>/tiles`` and ``pass_<k>/tiles_diffused``; returns ``pass_<k>``."""
        try:
            self.tiles_dir(k).mkdir(parents=True, exist_ok=True)
            self.tiles_diffused_dir(k).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise os_error(exc, "creating", self.relative(self.pass_dir(k))) from exc
        return self.pass_dir(k)

    # ---- helpers

    def relative(self, path: Path | str) -> str:
        """``path`` relative to the render folder with ``/`` separators (as stored in passes.json).

        A relative ``path`` is taken as already relative to the render folder. (The folder's own
        path is absolute, so paths built from it never depend on the working directory.)
        """
        p = Path(path)
        if not p.is_absolute():
            return p.as_posix()
        try:
            return p.relative_to(self.path).as_posix()
        except ValueError:
            return str(p)

    def resolve(self, relative: str) -> Path:
        """A path stored in passes.json, back to an absolute path inside the render folder."""
        p = Path(relative)
        return p if p.is_absolute() else self.path / p
