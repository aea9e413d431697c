"""Reading and writing ``.hextile.json`` files.

:func:`load_config` accepts hand-written files (partial pass entries, defaults left out);
:func:`export_config` writes the canonical form: every field, every pass complete, keys in model
field order, two-space indent. Exporting, loading and exporting again gives the same bytes.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from hextile.atomic import atomic_write_bytes
from hextile.config.errors import Loc, Problem, config_error
from hextile.config.models import FOREIGN_FIELDS, RenderConfig
from hextile.config.resolve import resolve_passes
from hextile.config.validate import validate_config
from hextile.errors import ConfigError, OutputError


def load_config(source: str | os.PathLike[str] | dict[str, Any]) -> RenderConfig:
    """Load a config from a JSON file path, or from already parsed JSON data (a dict).

    Every problem is reported at once: the :class:`~hextile.errors.ConfigError` holds one line
    per problem in ``.errors`` (field path, bad value, what is allowed), and its message shows the
    first. Pass entries are checked merged over the top-level settings (``passes[1].…``).

    Raises:
        ConfigError: missing, unreadable or invalid file; invalid JSON; invalid settings.
    """
    if not isinstance(source, str | os.PathLike):
        return validate_config(source)
    name = os.fspath(source)
    return validate_config(parse_json(read_text(Path(name), name), name), name)


def read_text(path: Path, name: str) -> str:
    """The text of a config file (UTF-8, a byte-order mark allowed), or a one-line ConfigError."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"config file {name} does not exist", "check the path") from None
    except IsADirectoryError:
        fix = "give the path of a .hextile.json file"
        raise ConfigError(f"{name} is a folder, not a config file", fix) from None
    except PermissionError:
        raise ConfigError(f"cannot read config {name}: permission denied", "fix its permissions") from None
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).rstrip(".")
        raise ConfigError(f"cannot read config {name}: {reason}", "check the file") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise config_error([f"is not UTF-8 text (byte {exc.start} cannot be decoded)"], name) from None


class _NotJsonNumberError(ValueError):
    pass


def _reject_constant(text: str) -> Any:
    raise _NotJsonNumberError(text)


def parse_json(text: str, name: str | None = None) -> Any:
    """Parse JSON strictly: ``NaN``/``Infinity`` and keys repeated in one object are errors.

    (Python's parser accepts both; a repeated key would silently keep only its last value.)

    Raises:
        ConfigError: one line with the line and column of the first syntax error, or one line
            per repeated key.
    """
    if not text.strip():
        raise config_error(["the file is empty (a config is a JSON object: {…})"], name)
    repeated: list[tuple[dict[str, Any], str]] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        obj: dict[str, Any] = {}
        for key, value in items:
            if key in obj:
                repeated.append((obj, key))
            obj[key] = value
        return obj

    try:
        data = json.loads(text, object_pairs_hook=pairs, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        line = f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        raise config_error([line], name) from None
    except _NotJsonNumberError as exc:
        raise config_error([f"invalid JSON: {exc} is not a JSON number"], name) from None
    if repeated:
        where = _locations(data)
        lines = [Problem((*where[id(obj)], key), "is given more than once").line() for obj, key in repeated]
        raise config_error(lines, name)
    return data


def _locations(node: Any, loc: Loc = ()) -> dict[int, Loc]:
    """The path of every object inside parsed JSON, by ``id``."""
    found: dict[int, Loc] = {}
    if isinstance(node, dict):
        found[id(node)] = loc
        for key, value in node.items():
            found |= _locations(value, (*loc, key))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found |= _locations(value, (*loc, i))
    return found


def export_config(cfg: RenderConfig) -> str:
    """The canonical JSON text of ``cfg`` (indent 2, model field order, trailing newline).

    Every field is written, except the other app's undocumented fields (``tiles``, ``sequence``,
    ``coverage``, ``post_processing``) when they are not set. A config with ``passes`` is written
    with every pass complete (merged and named), so the file no longer depends on the merge rule;
    one without keeps its top-level settings and no ``passes`` key.

    Raises:
        ConfigError: a pass entry is invalid, or a value cannot be written as JSON (``NaN``).
    """
    unset = {key for key in FOREIGN_FIELDS if getattr(cfg, key) is None}
    data = cfg.model_dump(mode="json", by_alias=True, exclude={"passes", *unset})
    if cfg.passes is not None:
        data["passes"] = [p.model_dump(mode="json", by_alias=True) for p in resolve_passes(cfg)]
    try:
        return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"
    except ValueError as exc:
        raise config_error([f"cannot be written as JSON: {exc}"]) from None


def save_config(cfg: RenderConfig, path: str | os.PathLike[str]) -> Path:
    """Write :func:`export_config` of ``cfg`` to ``path`` atomically; returns the path.

    The text goes to a temporary file in the same folder, is flushed to disk, then replaces
    ``path`` (:func:`hextile.atomic.atomic_write_bytes`), so readers see the old file or the new one.

    Raises:
        ConfigError: the config cannot be exported.
        OutputError: the file cannot be written (missing folder, permissions, full disk).
    """
    target = Path(path)
    data = export_config(cfg).encode("utf-8")
    try:
        atomic_write_bytes(target, data)
    except OSError as exc:
        reason = (exc.strerror or type(exc).__name__).rstrip(".")
        raise OutputError(f"cannot save config {target}: {reason}", "choose another path") from None
    return target
