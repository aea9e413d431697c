"""Package attributes imported on first use (PEP 562), so light commands start without torch."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_attributes(
    namespace: dict[str, Any], where: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's ``__getattr__`` and ``__dir__`` for names loaded on first use.

    ``namespace`` is the package's ``globals()``. ``where`` maps each name to the module that
    defines it, absolute (``"hextile.engine"``) or relative to the package (``".grids"``). A loaded
    name is stored in ``namespace``, so each import happens once. Use as
    ``__getattr__, __dir__ = lazy_attributes(globals(), {...})``.
    """
    package = namespace["__name__"]

    def getattr_(name: str) -> Any:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)
        namespace[name] = value
        return value

    def dir_() -> list[str]:
        return sorted(set(namespace) | set(where))

    return getattr_, dir_
