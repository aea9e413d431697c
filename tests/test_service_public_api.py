"""`import hextile` exposes the public API lazily; the CLI and the library share the listings."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import test_env


def _run(code: str) -> str:
    res = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=test_env(), check=True
    )
    return res.stdout.strip()


def test_import_hextile_and_the_cli_app_load_neither_torch_nor_the_server():
    out = _run(
        "import sys, hextile; from hextile.cli.app import app; "
        "print('torch' in sys.modules, 'fastapi' in sys.modules, 'hextile.engine' in sys.modules)"
    )
    assert out == "False False False"


def test_public_names_resolve_to_the_library_objects():
    import hextile
    from hextile.config import load_config
    from hextile.engine import render, resume_render
    from hextile.service import Renderer
    from hextile.service.catalog import template_facts

    assert hextile.render is render and hextile.resume_render is resume_render
    assert hextile.load_config is load_config and hextile.Renderer is Renderer
    assert hextile.template_facts is template_facts
    assert set(hextile.__all__) <= set(dir(hextile))
    import types

    for name in hextile.__all__:  # every public name is a function, class or value, never a subpackage
        assert not isinstance(getattr(hextile, name), types.ModuleType), name


def test_cli_listings_come_from_the_library(cli):
    import json

    import hextile

    res = cli("templates", "--json")
    assert res.returncode == 0
    assert json.loads(res.stdout) == [hextile.template_facts(n) for n in hextile.builtin_templates()]
    assert hextile.family_of("stylize") == "opencv" and hextile.family_of(None) == "opencv"
    cells = hextile.template_cells("Hextile_20_2K")
    assert [c["number"] for c in cells] == list(range(1, 21))
    pipes = {p["name"]: p for p in hextile.list_pipelines()}
    assert "installed_models" in pipes["opencv"] and pipes["opencv"]["models"]
