"""Imports point downward (docs/architecture.md), read from the source: every ``import`` counts,
also those inside functions and under ``TYPE_CHECKING`` — a function-level import does not make an
upward dependency or a cycle go away, it only hides it."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

# Lower layers never import higher ones; a package may import within itself.
LAYERS = {
    "errors": 0,
    "data": 0,
    "naming": 0,
    "suggest": 0,
    "cancel": 0,
    "imageheader": 0,
    "atomic": 0,
    "lazy": 0,
    "geometry": 1,
    "output": 1,
    "imageio": 2,
    "config": 2,
    "scene": 2,
    "pipelines": 3,
    "tileset": 3,
    "engine": 4,
    "batch": 5,
    "service": 5,
    "server": 6,
    "cli": 7,
    "__main__": 8,
}


def _modules() -> dict[str, Path]:
    out = {}
    for p in (SRC / "hextile").rglob("*.py"):
        parts = p.relative_to(SRC).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = p
    return out


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """The hextile modules ``name`` imports (anywhere in the file)."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            targets = [module, *(f"{module}.{a.name}" for a in node.names)]
        elif isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        else:
            continue
        found.update(t for t in targets if t in modules and t not in (name, "hextile"))
    return found


def _graph() -> dict[str, set[str]]:
    modules = _modules()
    return {name: _imports(name, path, modules) for name, path in modules.items()}


def _unit(module: str) -> str:
    return module.split(".")[1] if "." in module else module


def test_every_module_has_a_layer():
    assert sorted({_unit(m) for m in _graph() if m != "hextile"} - set(LAYERS)) == []


def test_imports_point_downward():
    upward = sorted(
        f"{a} -> {b}"
        for a, targets in _graph().items()
        if a != "hextile"
        for b in targets
        if _unit(a) != _unit(b) and LAYERS[_unit(b)] > LAYERS[_unit(a)]
    )
    assert upward == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            visit(v)
    return found


def test_no_import_cycles_in_geometry_config_and_pipelines():
    graph = _graph()
    inside = {m for m in graph if _unit(m) in ("geometry", "config", "pipelines")}
    assert _cycles({m: graph[m] & inside for m in inside}) == []


def test_the_cycle_finder_sees_function_level_imports(tmp_path):
    """The check itself bites: two modules importing each other inside functions are a cycle."""
    graph = {"a": {"b"}, "b": {"a"}, "c": {"a"}}
    assert _cycles(graph) == [["a", "b"]]


def test_config_imports_no_pipelines_engine_or_output():
    graph = _graph()
    outside = {_unit(b) for a, bs in graph.items() if _unit(a) == "config" for b in bs} - {"config"}
    assert outside <= {"errors", "suggest", "atomic", "geometry"}  # atomic: the layer-0 file write


def test_geometry_depends_on_nothing_but_errors_and_naming():
    """(and the layer-0 loader of its names on first use, hextile.lazy)"""
    graph = _graph()
    outside = {b for a, bs in graph.items() if _unit(a) == "geometry" for b in bs if _unit(b) != "geometry"}
    assert outside <= {"hextile.errors", "hextile.naming", "hextile.lazy"}
