"""The CLI in scripts and on bad input: one line per problem, stdout for results only, --json,
image limits, umask, render history."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import cv2
import numpy as np
import pytest
from tests.conftest import run_cli, test_env


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


@pytest.fixture(scope="module")
def bad_images(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("bad")
    ihdr = struct.pack(">IIBBBBB", 60000, 30000, 8, 2, 0, 0, 0)
    bomb = (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", zlib.compress(b"\0" * 8))
        + _chunk(b"IEND", b"")
    )
    (d / "bomb.png").write_bytes(bomb)
    img = (np.random.default_rng(0).random((128, 256, 3)) * 255).astype(np.uint8)
    _ok, buf = cv2.imencode(".png", img)
    (d / "trunc.png").write_bytes(buf.tobytes()[: len(buf) // 2])
    cv2.imwrite(str(d / "one.png"), img[:1, :1])
    (d / "existing.txt").write_text("x")
    (d / "folder").mkdir()
    return d


def _one_line(proc: subprocess.CompletedProcess[str], *needles: str) -> str:
    assert proc.returncode == 2, proc.stderr + proc.stdout
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr  # no traceback, no libpng line, no empty progress bar
    assert lines[0].startswith("error: ")
    for n in needles:
        assert n in lines[0], lines[0]
    return lines[0]


def test_bad_inputs_give_one_line_each(bad_images, small_pano, small_template, tmp_path):
    d = bad_images
    extract = ("tiles", "extract", small_pano, "--template", small_template)
    cases = [
        ((*extract, "--out", d / "existing.txt"), ["existing.txt is a file", "choose another --out"]),
        ((*extract, "--out", d / "existing.txt" / "sub"), ["existing.txt is not a folder"]),
        ((*extract, "--out", "/proc/x"), ["/proc/x", "does not accept new folders", "--out"]),
        (
            ("render", small_pano, "--template", small_template, "--model", "grade", "--out", "/proc/x"),
            ["/proc/x", "does not accept new folders"],
        ),
        (
            ("tiles", "extract", d / "bomb.png", "--out", tmp_path / "b"),
            ["60000×30000", "--max-pixels", "HEXTILE_MAX_PIXELS"],
        ),
        (
            ("templates", "show", "Hextile_20_2K", "--input", d / "bomb.png", "--out", tmp_path / "t.png"),
            ["60000×30000"],
        ),
        (("render", d / "bomb.png", "--model", "grade", "--out", tmp_path / "r"), ["1,800,000,000 pixels"]),
        (("tiles", "extract", d / "trunc.png", "--out", tmp_path / "t"), ["truncated PNG"]),
        (("tiles", "extract", d / "one.png", "--out", tmp_path / "o"), ["1×1", "at least 16×8"]),
        (
            ("render", small_pano, "--passes", "0", "--model", "grade", "--out", tmp_path / "p0"),
            ["--passes 0"],
        ),
    ]
    for args, needles in cases:
        _one_line(run_cli(*args), *needles)
    assert not (tmp_path / "r").exists() and not (tmp_path / "p0").exists()


def test_merge_out_on_a_folder_and_pass_flags(small_pano, small_template, tmp_path):
    work = tmp_path / "w"
    assert (
        run_cli("tiles", "extract", small_pano, "--template", small_template, "--out", work).returncode == 0
    )
    (work / "tiles").rename(work / "tiles_diffused")
    folder = tmp_path / "folder"
    folder.mkdir()
    _one_line(run_cli("tiles", "merge", work, "--out", folder), "is a folder", "result.png")
    cfg = tmp_path / "c.json"
    cfg.write_text(json.dumps({"hextile": {"template": str(small_template)}, "passes": [{}, {}]}))
    _one_line(
        run_cli("render", small_pano, "--config", cfg, "--pass", "2", "--out", tmp_path / "r"), "--pass 2"
    )
    _one_line(
        run_cli("render", small_pano, "--config", cfg, "--passes", "3", "--out", tmp_path / "r"), "--passes"
    )
    assert not (tmp_path / "r").exists()


def test_pixel_limit_flag_and_environment(small_pano, tmp_path):
    env_small = {"HEXTILE_MAX_PIXELS": "10000"}
    proc = subprocess.run(
        [sys.executable, "-m", "hextile", "tiles", "extract", str(small_pano), "--out", str(tmp_path / "a")],
        capture_output=True,
        text=True,
        env={**test_env(), **env_small},
        check=False,
    )
    _one_line(proc, "256×128 (32,768 pixels)", "limit of 10,000 pixels")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "hextile",
            "tiles",
            "extract",
            str(small_pano),
            "--out",
            str(tmp_path / "b"),
            "--max-pixels",
            "40000",
            "--template",
            "Hextile_20_2K",
            "--tile-size",
            "256",
        ],
        capture_output=True,
        text=True,
        env={**test_env(), **env_small},
        check=False,
    )
    assert proc.returncode == 0, proc.stderr  # the flag wins over the environment


def _modes(folder: Path) -> set[int]:
    return {f.stat().st_mode & 0o777 for f in folder.rglob("*") if f.is_file()}


def test_every_written_file_honours_the_umask(small_pano, small_template, tmp_path):
    script = """
import os, sys
os.umask(0o027)
sys.argv = ["hextile"] + sys.argv[1:]
from hextile.cli.app import main
main()
"""

    def run(*args):
        proc = subprocess.run(
            [sys.executable, "-c", script, *map(str, args)],
            capture_output=True,
            text=True,
            env=test_env(),
            check=False,
        )
        assert proc.returncode == 0, proc.stderr

    run("tiles", "extract", small_pano, "--template", small_template, "--out", tmp_path / "t")
    os.rename(tmp_path / "t" / "tiles", tmp_path / "t" / "tiles_diffused")
    run("tiles", "merge", tmp_path / "t", "--out", tmp_path / "m" / "merged.png")
    run("templates", "show", "Hextile_20_2K", "--out", tmp_path / "s" / "layout.png")
    run(
        "render",
        small_pano,
        "--template",
        small_template,
        "--model",
        "grade",
        "--out",
        tmp_path / "r",
        "--device",
        "cpu",
    )
    for sub in ("t", "m", "s", "r"):
        assert _modes(tmp_path / sub) == {0o640}, (sub, sorted(map(oct, _modes(tmp_path / sub))))


def test_stdout_carries_only_results_and_warnings_come_first(small_pano, small_template, tmp_path):
    proc = run_cli(
        "render",
        small_pano,
        "--template",
        small_template,
        "--model",
        "grade",
        "--prompt",
        "a castle",
        "--out",
        tmp_path / "r",
        "--device",
        "cpu",
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert [line.split(":")[0] for line in out] == ["render folder", "final image"]
    err = proc.stderr
    assert "Pass 1 of 1" in err
    assert err.index("does not read prompts") < err.index("Pass 1 of 1")  # before the render starts
    folder = Path(out[0].split(":", 1)[1].strip())
    log = (folder / "render.log").read_text()
    assert f"render {folder.name} started" in log
    assert "does not read prompts" in log


def test_json_events_then_the_result(small_pano, small_template, tmp_path):
    proc = run_cli(
        "render",
        small_pano,
        "--template",
        small_template,
        "--model",
        "grade",
        "--json",
        "--out",
        tmp_path / "r",
        "--device",
        "cpu",
    )
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    kinds = [x["kind"] for x in lines]
    assert kinds[0] == "render.start" and kinds[-2] == "render.end" and kinds[-1] == "result"
    assert kinds.count("tile.end") == 12 and "pass.start" in kinds
    tile = next(x for x in lines if x["kind"] == "tile.end")
    assert tile["pass_number"] == 1 and tile["tile_count"] == 12
    assert lines[-1]["status"] == "completed" and Path(lines[-1]["final_image"]).is_file()
    assert proc.stderr == ""


def test_log_says_resumed_from_and_size_changes(small_pano, small_template, small_template_wide, tmp_path):
    from hextile.config import load_config
    from hextile.engine import CancelToken, RenderOptions, render, resume_render

    cfg = load_config(
        {
            "pipeline": "opencv",
            "hextile": {"template": str(small_template)},
            "passes": [
                {"diffusion": {"model": "grade"}},
                {"hextile": {"template": str(small_template_wide)}},
            ],
        }
    )
    token = CancelToken()

    def stop(ev):
        if ev.kind == "tile.end" and ev.pass_index == 1:
            token.cancel()

    opts = RenderOptions(device="cpu")
    part = render(cfg, small_pano, tmp_path, options=opts, on_event=stop, cancel=token)
    resume_render(part.render_dir, options=opts)
    log = (part.render_dir / "render.log").read_text()
    assert "resumed from pass 2" in log
    assert "pass 2: the panorama changes size from 256×128 to 512×256" in log


def test_a_smaller_template_than_the_input_warns(small_pano, small_template, tmp_path):
    from tests.helpers import textured_panorama

    from hextile.config import load_config
    from hextile.engine import RenderOptions, render
    from hextile.imageio import write_image

    big = tmp_path / "big.png"
    write_image(big, textured_panorama(512))
    cfg = load_config({"pipeline": "opencv", "hextile": {"template": str(small_template)}})
    res = render(cfg, big, tmp_path / "r", options=RenderOptions(device="cpu", save_tiles=False))
    assert any("smaller than its input (512×256)" in w for w in res.warnings)
    same = render(cfg, small_pano, tmp_path / "s", options=RenderOptions(device="cpu", save_tiles=False))
    assert not any("smaller than its input" in w for w in same.warnings)
