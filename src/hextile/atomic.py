"""Atomic file writes and one-line OS errors: the one place hextile writes a file atomically
(render folders, configs, previews, batch state). Imports nothing heavy, so any layer may use it.

A file is written to a temporary sibling (``.<name>.<random>.hextile-tmp``) in the same folder,
flushed, optionally fsynced, then renamed over the final name with :func:`os.replace`. Readers
therefore see either the old complete file or the new complete file, never a partial one, even
if the process is killed (``kill -9``) mid-write. A kill can leave a stale temporary file behind;
:func:`remove_stale_temps` (called by :meth:`hextile.output.RenderDir.open`) sweeps them.

Operating-system errors are turned into :class:`~hextile.errors.OutputError` with one line that
names the problem and the fix (:func:`os_error`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from hextile.errors import OutputError

TEMP_SUFFIX = ".hextile-tmp"
"""Every temporary file the output package creates ends with this suffix."""

_FIX_SPACE = "free space or choose another --out"
_FIX_PERMS = "choose another --out or fix its permissions"
_FIX_OTHER = "choose another --out"


def display_path(path: Path, root: Path | None) -> str:
    """``path`` relative to ``root`` with ``/`` separators when it lies under it, else in full."""
    if root is not None:
        try:
            return Path(path).relative_to(root).as_posix()
        except ValueError:
            pass
    return str(path)


def os_error(exc: OSError, action: str, shown: str, *, fix: str | None = None) -> OutputError:
    """One-line :class:`OutputError` for an OS error raised while ``action``-ing ``shown``.

    ``action`` is a verb in the -ing form, e.g. ``"writing"``; ``shown`` is the path as the user
    should see it (usually relative to the render folder). ``fix`` replaces the advice for
    errors that are not about space (the default talks about ``--out``). This is the one place
    that turns an OS error into a line for the user.
    """
    code = exc.errno
    other = fix or _FIX_OTHER
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return OutputError(f"disk full while {action} {shown}", _FIX_SPACE)
    if code == errno.EROFS:
        return OutputError(f"the file system is read-only while {action} {shown}", fix or _FIX_PERMS)
    if code in (errno.EACCES, errno.EPERM):
        return OutputError(f"permission denied while {action} {shown}", fix or _FIX_PERMS)
    if code == errno.ENAMETOOLONG:
        return OutputError(f"path too long while {action} {shown}", fix or "choose a shorter --out")
    if code == errno.EIO:
        return OutputError(f"input/output error while {action} {shown}", "check the disk, then retry")
    if code == errno.EISDIR:
        return OutputError(f"{shown} is a folder, not a file", other)
    if code in (errno.EEXIST, errno.ENOTDIR):
        return OutputError(f"a part of the path is a file, not a folder, while {action} {shown}", other)
    if code == errno.ENOENT:
        if action == "reading":
            return OutputError(f"cannot read {shown}: No such file or directory", other)
        return OutputError(f"a folder on the way is missing while {action} {shown}", other)
    reason = (exc.strerror or type(exc).__name__).rstrip(".")
    return OutputError(f"error while {action} {shown}: {reason}", other)


def temp_path_for(path: Path) -> Path:
    """A fresh, unique temporary sibling of ``path``."""
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}{TEMP_SUFFIX}")


def _open_for_write(path: Path) -> int:
    """Low-level open of a new temporary file (a seam that tests replace to simulate a full disk)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    return os.open(path, flags, 0o666)  # the umask decides, as for any new file


def _write_all(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def fsync_dir(folder: Path) -> None:
    """Best effort: make a rename in ``folder`` durable (no-op where directories cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def atomic_write_bytes(path: Path, data: bytes | memoryview, *, fsync: bool = True) -> None:
    """Write ``data`` to ``path`` atomically. Raises :class:`OSError` (callers map it with :func:`os_error`).

    With ``fsync`` the data (and the rename) survive a power loss too, not only a killed process.
    """
    path = Path(path)
    tmp = temp_path_for(path)
    fd = _open_for_write(tmp)
    try:
        try:
            _write_all(fd, data)
            if fsync:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    if fsync:
        fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str, *, fsync: bool = True) -> None:
    """:func:`atomic_write_bytes` of ``text`` encoded as UTF-8."""
    atomic_write_bytes(path, text.encode("utf-8"), fsync=fsync)


def remove_stale_temps(folder: Path, *, recursive: bool = True) -> int:
    """Delete temporary files left by a killed writer under ``folder``; returns how many."""
    folder = Path(folder)
    pattern = f"*{TEMP_SUFFIX}"
    found = folder.rglob(pattern) if recursive else folder.glob(pattern)
    removed = 0
    for p in found:
        if p.name.startswith(".") and p.is_file() and not p.is_symlink():
            with contextlib.suppress(OSError):
                p.unlink()
                removed += 1
    return removed
