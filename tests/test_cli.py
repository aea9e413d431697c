"""The command line as a user meets it: subprocesses, exit codes, one-line errors, no tracebacks."""

import json

import cv2
import numpy as np
import pytest
from tests.conftest import run_cli


def _one_line_error(proc, *needles):
    assert proc.returncode == 2, proc.stderr + proc.stdout
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = [line for line in proc.stderr.strip().splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    for n in needles:
        assert n in lines[0], lines[0]


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    cv2.imwrite(str(d / "square.png"), np.zeros((64, 64, 3), np.uint8))
    (d / "corrupt.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"garbage" * 20)
    (d / "cfg_bad.json").write_text(json.dumps({"diffusion": {"strength": 1.7}}))
    (d / "cfg_unknown_pipeline.json").write_text(json.dumps({"pipeline": "sdxll"}))
    (d / "cfg_unknown_model.json").write_text(
        json.dumps({"pipeline": "opencv", "diffusion": {"model": "vangogh"}})
    )
    (d / "not_json.json").write_text("{nope")
    (d / "file_not_dir").write_text("x")
    return d


def test_templates_table_and_json():
    proc = run_cli("templates", "--json")
    assert proc.returncode == 0
    rows = json.loads(proc.stdout)
    assert [r["tiles"] for r in rows] == [20, 32, 44]
    assert all(r["pixel_density_ratio"] >= 1 for r in rows)
    table = run_cli("templates")
    assert "Hextile_44_4K" in table.stdout
    assert "density" in table.stdout


def test_tiles_extract_merge_round_trip(small_pano, tmp_path):
    proc = run_cli(
        "tiles",
        "extract",
        small_pano,
        "--template",
        "Hextile_20_2K",
        "--out",
        tmp_path / "t",
        "--tile-size",
        "256",
    )
    assert proc.returncode == 0, proc.stderr
    meta = json.loads((tmp_path / "t" / "tiles.json").read_text())
    assert meta["input"]["width"] == 256
    assert len(meta["tiles"]) == 20
    assert meta["tiles"][0] == {**meta["tiles"][0], "index": 1, "file": "tiles/Hextile_01.png", "width": 256}
    # process tiles "outside": copy them unchanged, except one we darken
    (tmp_path / "t" / "tiles_diffused").mkdir()
    for e in meta["tiles"]:
        img = cv2.imread(str(tmp_path / "t" / e["file"]))
        if e["index"] == 3:
            img = (img * 0.5).astype(np.uint8)
        if e["index"] != 7:  # tile 7 missing: falls back to the input with a warning
            cv2.imwrite(str(tmp_path / "t" / "tiles_diffused" / f"Hextile_{e['index']:02d}.png"), img)
    proc = run_cli("tiles", "merge", tmp_path / "t", "--out", tmp_path / "merged.png")
    assert proc.returncode == 0, proc.stderr
    assert "1 tile(s) missing" in proc.stderr
    assert "7" in proc.stderr
    a = cv2.imread(str(small_pano)).astype(int)
    b = cv2.imread(str(tmp_path / "merged.png")).astype(int)
    assert a.shape == b.shape
    assert (b < a).any()
    # now everything unchanged: bit-identical to the input
    for e in meta["tiles"]:
        src = tmp_path / "t" / e["file"]
        (tmp_path / "t" / "tiles_diffused" / src.name).write_bytes(src.read_bytes())
    proc = run_cli("tiles", "merge", tmp_path / "t", "--out", tmp_path / "same.png")
    assert proc.returncode == 0
    assert np.array_equal(cv2.imread(str(small_pano)), cv2.imread(str(tmp_path / "same.png")))


def test_templates_show_draws_png(tmp_path):
    proc = run_cli("templates", "show", "Hextile_32_3K", "--out", tmp_path / "l.png")
    assert proc.returncode == 0
    img = cv2.imread(str(tmp_path / "l.png"))
    assert img.shape == (1024, 2048, 3)
    assert (img == 255).any()


@pytest.mark.parametrize(
    ("args", "needles"),
    [
        (("tiles", "extract", "{d}/square.png", "--out", "{d}/o"), ("not a 2:1 equirectangular", "64×64")),
        (("tiles", "extract", "{d}/corrupt.png", "--out", "{d}/o"), ("not a readable image",)),
        (("tiles", "extract", "{d}/missing.png", "--out", "{d}/o"), ("does not exist",)),
        (
            ("tiles", "extract", "{pano}", "--template", "Hextile_99", "--out", "{d}/o"),
            ("unknown template 'Hextile_99'",),
        ),
        (
            ("tiles", "extract", "{pano}", "--tile-size", "300", "--out", "{d}/o"),
            ("tile size 300", "multiple of 8"),
        ),
        (("tiles", "merge", "{d}", "--out", "{d}/x.png"), ("has no tiles.json",)),
        (("render", "{d}/square.png", "--out", "{d}/r"), ("not a 2:1",)),
        (("render", "{d}/corrupt.png", "--out", "{d}/r"), ("not a readable image",)),
        (
            ("render", "{pano}", "--config", "{d}/cfg_bad.json", "--out", "{d}/r"),
            ("1.7 is not between 0 and 1",),
        ),
        (("render", "{pano}", "--config", "{d}/not_json.json", "--out", "{d}/r"), ("invalid JSON", "line 1")),
        (
            ("render", "{pano}", "--config", "{d}/cfg_unknown_pipeline.json", "--out", "{d}/r"),
            ("sdxll", "did you mean"),
        ),
        (("render", "{pano}", "--config", "{d}/cfg_unknown_model.json", "--out", "{d}/r"), ("vangogh",)),
        (("render", "{pano}", "--model", "stylize", "--out", "{d}/file_not_dir"), ("file_not_dir",)),
        (("render", "{pano}", "--strength", "3", "--out", "{d}/r"), ("strength", "between 0 and 1")),
        (("render", "{pano}", "--template", "Nope", "--out", "{d}/r"), ("Nope",)),
        # --model alone picks its family; a model that is not downloaded fails before any work
        (
            ("render", "{pano}", "--model", "SD 3.5 Medium", "--out", "{d}/r"),
            ("hf download stabilityai/stable-diffusion-3.5-medium",),
        ),
    ],
)
def test_bad_input_gives_one_clear_line(bad_inputs, small_pano, args, needles):
    proc = run_cli(*(a.format(d=bad_inputs, pano=small_pano) for a in args))
    _one_line_error(proc, *needles)


def test_failed_renders_leave_earlier_renders_untouched(small_pano, small_template, tmp_path):
    out = tmp_path / "renders"
    ok = run_cli(
        "render", small_pano, "--template", small_template, "--model", "grade", "--seed", "3", "--out", out
    )
    assert ok.returncode == 0, ok.stderr
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    bad = run_cli("render", small_pano, "--template", small_template, "--model", "vangogh", "--out", out)
    assert bad.returncode == 2
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    assert before == after  # nothing added, nothing changed


def test_render_flags_per_pass_and_resume_cli(small_pano, small_template, tmp_path):
    cfg = tmp_path / "two.json"
    cfg.write_text(
        json.dumps(
            {
                "hextile": {"template": str(small_template)},
                "diffusion": {"seed": 5},
                "passes": [{"diffusion": {"model": "grade"}}, {"diffusion": {"model": "detail"}}],
            }
        )
    )
    proc = run_cli(
        "render", small_pano, "--config", cfg, "--pass", "2", "--model", "posterize", "--out", tmp_path / "r"
    )
    assert proc.returncode == 0, proc.stderr
    assert "Pass 2 of 2" in proc.stderr  # progress on stderr
    folder = next((tmp_path / "r").iterdir())
    manifest = json.loads((folder / "passes.json").read_text())
    assert [p["settings"]["diffusion"]["model"] for p in manifest["passes"]] == ["grade", "posterize"]
    again = run_cli("render", "--resume", folder)
    assert again.returncode == 0
    assert "reused 2 finished pass(es)" in again.stdout


def test_config_commands(tmp_path):
    new = run_cli("config", "new", "--passes", "3")
    assert new.returncode == 0
    path = tmp_path / "c.json"
    path.write_text(new.stdout)
    assert len(json.loads(new.stdout)["passes"]) == 3
    ok = run_cli("config", "validate", path)
    assert ok.returncode == 0
    assert "valid, 3 pass(es)" in ok.stdout
    shown = run_cli("config", "show", path)
    assert shown.stdout == new.stdout  # export → import → export is byte-identical
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"diffusion": {"strenght": 0.5, "seed": -5}}))
    proc = run_cli("config", "validate", bad)
    assert proc.returncode == 2
    assert "did you mean 'strength'" in proc.stderr
    assert "diffusion.seed" in proc.stderr
    warn = tmp_path / "warn.json"
    warn.write_text(json.dumps({"pipeline": "opencv", "prompt": {"global": "a castle"}}))
    proc = run_cli("config", "validate", warn)
    assert proc.returncode == 0
    assert "does not read prompts" in proc.stderr


def test_pipelines_listing():
    proc = run_cli("pipelines", "--json")
    assert proc.returncode == 0
    names = [p["name"] for p in json.loads(proc.stdout)]
    assert names[0] == "opencv"
    assert "sdxl" in names


def test_ctrl_c_cancels_cleanly_and_resume_finishes(small_pano, small_template, tmp_path):
    """Ctrl-C during a render: exit 130, one line saying how to resume, finished passes kept."""
    import signal
    import subprocess
    import sys
    import time

    from tests.conftest import test_env

    out = tmp_path / "r"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "hextile",
            "render",
            str(small_pano),
            "--template",
            str(small_template),
            "--model",
            "oil",
            "--passes",
            "10",
            "--seed",
            "1",
            "--out",
            str(out),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=test_env(),
    )
    deadline = time.monotonic() + 120
    manifest = None
    while time.monotonic() < deadline:
        found = list(out.glob("*/passes.json"))
        if found:
            try:
                data = json.loads(found[0].read_text())
            except (json.JSONDecodeError, OSError):
                data = None
            if data and data["passes"][0]["status"] == "completed":
                manifest = found[0]
                break
        time.sleep(0.05)
    assert manifest is not None, "render did not get going"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err
    assert "Traceback" not in err
    assert "hextile render --resume" in err
    data = json.loads(manifest.read_text())
    assert data["status"] == "cancelled"
    assert data["passes"][0]["status"] == "completed"
    resumed = run_cli("render", "--resume", manifest.parent)
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(manifest.read_text())["status"] == "completed"
