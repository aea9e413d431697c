"""The merge rule of config files: objects merge deeply, arrays (and everything else) replace whole.

A pass entry in ``passes`` is merged over the top-level settings with :func:`deep_merge`; a CLI
override such as ``diffusion.strength=0.3`` is written with :func:`set_path`.
"""

from __future__ import annotations

import copy
from typing import Any

from hextile.errors import ConfigError


def deep_merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """A new dict: ``over`` merged over ``base``.

    Keys of both that hold objects (dicts) merge recursively; any other value in ``over`` (a list,
    a number, ``null``) replaces the one in ``base`` whole. Neither input is modified.
    """
    out = copy.deepcopy(base)
    for key, value in over.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = copy.deepcopy(value)
    return out


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set ``value`` at a dotted ``path`` (``diffusion.lora.enabled``) inside ``data``, in place.

    Missing objects on the way are created; digits step into lists (``controlnet.units.0.type``).

    Raises:
        ConfigError: the path is empty, or runs through a value that is neither an object nor a
            list long enough.
    """
    keys = path.split(".")
    if "" in keys:
        raise ConfigError(f"{path!r} is not a field path", "use dotted names like diffusion.strength")
    node: Any = data
    for depth, key in enumerate(keys):
        last = depth == len(keys) - 1
        if isinstance(node, dict):
            if last:
                node[key] = value
                return
            node = node.setdefault(key, {})
        elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
            if last:
                node[int(key)] = value
                return
            node = node[int(key)]
        else:
            parent = ".".join(keys[:depth])
            what = f"a list of {len(node)} items" if isinstance(node, list) else f"{node!r}, not an object"
            raise ConfigError(
                f"cannot set {path}: {parent} is {what}", "check the field path (list items count from 0)"
            )
