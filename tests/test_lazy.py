"""The packages' lazy attributes (hextile.lazy.lazy_attributes): loaded once on first use, listed by dir()."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_a_name_loads_its_module_once_and_stays(tmp_path, monkeypatch):
    pkg = tmp_path / "lazypkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text(
        "from hextile.lazy import lazy_attributes\n"
        "__getattr__, __dir__ = lazy_attributes(globals(), {'value': '.heavy', 'sep': 'os.path'})\n"
    )
    (pkg / "heavy.py").write_text("value = 42\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import lazypkg

    assert "lazypkg.heavy" not in sys.modules
    assert {"value", "sep"} <= set(dir(lazypkg))
    assert lazypkg.value == 42 and "lazypkg.heavy" in sys.modules
    assert lazypkg.__dict__["value"] == 42  # stored: the next use does not go through __getattr__
    import os.path

    assert lazypkg.sep == os.path.sep  # an absolute module name
    with pytest.raises(AttributeError, match="module 'lazypkg' has no attribute 'nothing'"):
        _ = lazypkg.nothing
    monkeypatch.delitem(sys.modules, "lazypkg")
    monkeypatch.delitem(sys.modules, "lazypkg.heavy")


def test_light_imports_stay_without_torch():
    code = (
        "import sys, hextile, hextile.engine, hextile.geometry, hextile.output\n"
        "hextile.geometry.get_template('Hextile_20_2K'); hextile.output.load_manifest\n"
        "print('torch' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
