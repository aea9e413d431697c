"""Commands that do not render start without torch/diffusers; `hextile renders` lists past renders."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from tests.conftest import run_cli, test_env

_PROBE = """
import sys, runpy
sys.argv = ["hextile"] + sys.argv[1:]
try:
    runpy.run_module("hextile", run_name="__main__")
except SystemExit:
    pass
finally:
    print("HEAVY=" + ",".join(m for m in ("torch", "diffusers", "transformers") if m in sys.modules))
"""


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["templates"],
        ["config", "validate", "CFG"],
        ["renders", "."],
        ["render"],
        ["render", "x.png", "--passes", "0"],
        ["render", "--bogus-flag"],
    ],
)
def test_commands_that_do_not_render_do_not_import_torch(args, tmp_path):
    cfg = tmp_path / "c.json"
    cfg.write_text(json.dumps({"pipeline": "opencv", "diffusion": {"model": "grade"}}))
    argv = [str(cfg) if a == "CFG" else a for a in args]
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv],
        capture_output=True,
        text=True,
        env=test_env(),
        cwd=tmp_path,
        check=False,
    )
    assert proc.stdout.rsplit("HEAVY=", 1)[-1].strip() == "", proc.stdout + proc.stderr


def test_renders_lists_newest_first_and_shows_one(small_pano, small_template, tmp_path):
    from hextile.config import load_config
    from hextile.engine import CancelToken, RenderOptions, render

    cfg = load_config(
        {"pipeline": "opencv", "hextile": {"template": str(small_template)}, "passes": [{}, {}]}
    )
    opts = RenderOptions(device="cpu", save_tiles=False)
    first = render(cfg, small_pano, tmp_path, options=opts)
    token = CancelToken()
    token.cancel()
    second = render(cfg, small_pano, tmp_path, options=opts, cancel=token)
    (tmp_path / "not-a-render").mkdir()
    proc = run_cli("renders", tmp_path, "--json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert [r["id"] for r in rows] == [second.render_dir.name, first.render_dir.name]
    assert rows[0]["status"] == "cancelled" and rows[0]["passes_done"] == 0 and rows[0]["passes_total"] == 2
    assert rows[1]["status"] == "completed" and rows[1]["final_image"] == str(first.final_image)
    assert rows[1]["input"] == str(small_pano)
    table = run_cli("renders", tmp_path)
    assert first.render_dir.name in table.stdout and "2/2" in table.stdout
    show = run_cli("renders", "show", first.render_dir.name, tmp_path)
    assert show.returncode == 0, show.stderr
    assert "status:      completed" in show.stdout
    assert "passes:      2/2 done" in show.stdout
    missing = run_cli("renders", "show", "nope", tmp_path)
    assert missing.returncode == 2 and len(missing.stderr.splitlines()) == 1
