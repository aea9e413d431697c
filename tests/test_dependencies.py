"""pyproject.toml gives ranges (a library composes with its user's environment); constraints.txt
pins the exact version of each, inside its range, and `make install` installs with it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        lines += extra
    return [Requirement(line) for line in lines]


def _pins() -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            pins[canonicalize_name(name)] = Version(version)
    return pins


def test_pyproject_gives_ranges_not_exact_versions():
    exact = [str(r) for r in _requirements() if any(s.operator in ("==", "===") for s in r.specifier)]
    assert exact == []
    unbounded = [str(r) for r in _requirements() if not any(s.operator.startswith("<") for s in r.specifier)]
    assert unbounded == []  # an upper bound on every dependency: no surprise major version


def test_constraints_pin_every_dependency_inside_its_range():
    pins = _pins()
    for req in _requirements():
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} has no exact version in constraints.txt"
        assert req.specifier.contains(pins[name], prereleases=True), (str(req), str(pins[name]))


def test_make_install_uses_the_constraints_with_torch_pinned_in_the_same_command():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installs = [line for line in makefile.splitlines() if re.search(r"pip install .*-e \"\.\[", line)]
    assert len(installs) == 1
    assert '"torch==2.13.0"' in installs[0]
    assert "-c constraints.txt" in installs[0]
    assert _pins()[canonicalize_name("torch")] == Version("2.13.0")
