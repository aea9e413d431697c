"""Resume from anywhere; a render folder is resumable from its first visible instant; passes.json
never claims a file that is not on disk; an edited config re-runs into a new folder."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch
from tests.conftest import run_cli, test_env

from hextile.config import load_config
from hextile.engine import CancelToken, RenderOptions, render, resume_render
from hextile.imageio import read_image
from hextile.output import load_manifest

OPTS = RenderOptions(device="cpu", preview_interval_s=0.0)
ROOT = Path(__file__).resolve().parents[1]


def cfg(template, passes):
    return load_config(
        {
            "pipeline": "opencv",
            "hextile": {"template": str(template)},
            "diffusion": {"seed": 7},
            "passes": passes,
        }
    )


def three_passes(template):
    return [{"diffusion": {"model": m, "strength": 0.6}} for m in ("grade", "detail", "smooth")]


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        f.relative_to(folder).as_posix(): hashlib.sha256(f.read_bytes()).hexdigest()
        for f in sorted(folder.rglob("*"))
        if f.is_file()
    }


def test_manifest_paths_are_relative_to_the_render_folder_even_with_a_relative_out(
    small_template, small_pano, tmp_path, monkeypatch
):
    monkeypatch.chdir(tmp_path)
    res = render(cfg(small_template, three_passes(small_template)), small_pano, "renders", options=OPTS)
    m = load_manifest(res.render_dir)
    assert m.input.copy_path == "input.png"
    assert m.output == res.final_image.name
    assert [p.outputs.panorama for p in m.passes] == [f"pass_{k}/panorama.png" for k in range(3)]
    assert m.passes[0].outputs.tiles == "pass_0/tiles"


def _cancelled_render(small_template, small_pano, out, at_pass=1, at_tile=3):
    token = CancelToken()

    def stop(ev):
        if ev.kind == "tile.end" and ev.pass_index == at_pass and ev.tile_index == at_tile:
            token.cancel()

    res = render(
        cfg(small_template, three_passes(small_template)),
        small_pano,
        out,
        options=OPTS,
        on_event=stop,
        cancel=token,
    )
    assert res.status == "cancelled"
    return res


@pytest.mark.parametrize("how", ["relative-same-cwd", "absolute-other-cwd", "moved", "copied"])
def test_resume_from_anywhere(small_template, small_pano, tmp_path, monkeypatch, how):
    full = render(
        cfg(small_template, three_passes(small_template)), small_pano, tmp_path / "full", options=OPTS
    )
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    part = _cancelled_render(small_template, small_pano, "renders")
    rel = Path("renders") / part.render_dir.name
    if how == "relative-same-cwd":
        target = rel
    elif how == "absolute-other-cwd":
        target = part.render_dir
        elsewhere = tmp_path / "elsewhere"
        elsewhere.mkdir()
        monkeypatch.chdir(elsewhere)
    elif how == "moved":
        target = tmp_path / "moved-here" / "r"
        target.parent.mkdir()
        shutil.move(str(work / rel), target)
    else:
        target = tmp_path / "copy-of-render"
        shutil.copytree(work / rel, target)
    res = resume_render(target, options=OPTS)
    assert res.status == "completed"
    assert res.reused_passes == 1
    assert res.render_dir == Path(os.path.abspath(target))
    assert torch.equal(read_image(res.final_image)[0], read_image(full.final_image)[0])


def test_resume_cli_with_the_printed_relative_command(small_template, small_pano, tmp_path, monkeypatch):
    """The exact `hextile render --resume renders/<id>` the CLI prints, run from the same folder."""
    monkeypatch.chdir(tmp_path)
    part = _cancelled_render(small_template, small_pano, "renders")
    r = run_cli("render", "--resume", f"renders/{part.render_dir.name}", "--device", "cpu", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert load_manifest(part.render_dir).status == "completed"


def _readme_python_snippet() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("## Python API") :]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


def test_readme_python_snippet_runs_as_written(small_template, small_pano, tmp_path, monkeypatch):
    """The README's Python API example, unchanged, in a folder with its pano.png and example config
    (a small CPU config under the example's name, so the test stays fast)."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(small_pano, "pano.png")
    Path("examples").mkdir()
    small = {
        "pipeline": "opencv",
        "hextile": {"template": str(small_template)},
        "passes": [{"diffusion": {"model": "grade"}}, {"diffusion": {"model": "detail"}}],
    }
    Path("examples/coarse-to-fine.cpu.hextile.json").write_text(json.dumps(small))
    code = _readme_python_snippet()
    scope: dict = {"print": lambda *a, **k: None}
    exec(compile(code, "README.md", "exec"), scope)
    renders = sorted(p for p in Path("renders").iterdir() if not p.name.startswith("."))
    assert len(renders) == 3  # render(), the job's render (resumed in place), render() from bytes
    assert all(load_manifest(r).status == "completed" for r in renders)


# --------------------------------------------------------------------------- kill -9

_CHILD = """
import sys, time
from hextile.config import load_config
from hextile.engine import RenderOptions, render
passes = [{"diffusion": {"model": m, "strength": 0.5}} for m in ("oil", "detail", "smooth")]
cfg = load_config({"pipeline": "opencv", "hextile": {"template": sys.argv[1]}, "diffusion": {"seed": 3},
                   "passes": passes})
pause_at = int(sys.argv[4])  # stop inside the pause_at-th event (1-based) until killed; 0: never
seen = 0
def on_event(ev):
    global seen
    seen += 1
    print(ev.kind, ev.pass_index, ev.tile_index, flush=True)
    if seen == pause_at:
        print("paused", flush=True)
        time.sleep(600)
print("ready", flush=True)
render(cfg, sys.argv[2], sys.argv[3], options=RenderOptions(device="cpu", preview_interval_s=0.0),
       on_event=on_event)
"""


def _check_claims(folder: Path) -> None:
    """Everything passes.json names as written exists and decodes."""
    m = load_manifest(folder)
    assert m.input is not None and (folder / m.input.copy_path).is_file()
    read_image(folder / m.input.copy_path)
    for p in m.passes:
        if p.outputs.panorama is not None:
            read_image(folder / p.outputs.panorama)
        if p.tiles_done and p.status not in ("skipped",):
            tiles = sorted((folder / p.outputs.tiles_diffused).glob("Hextile_*.png"))
            assert len(tiles) >= p.tiles_done, f"pass {p.index}: {p.tiles_done} claimed, {len(tiles)} on disk"
            for t in tiles:
                read_image(t)
                read_image(folder / p.outputs.tiles / t.name)
    if m.output is not None:
        read_image(folder / m.output)


def _kill_and_resume(out: Path) -> str:
    """Check the folder a killed render left under ``out``, resume it to the end; its status at the kill."""
    visible = [p for p in out.iterdir() if not p.name.startswith(".")] if out.exists() else []
    assert len(visible) <= 1
    if not visible:
        return "invisible"
    folder = visible[0]
    assert (folder / "passes.json").is_file()  # resumable from its first visible instant
    _check_claims(folder)
    status = load_manifest(folder).status
    res = resume_render(folder, options=OPTS)
    assert res.status == "completed"
    _check_claims(folder)
    return status


def test_kill_9_at_any_instant_leaves_a_truthful_resumable_folder(small_template, small_pano, tmp_path):
    """kill -9 at many instants of a render: the folder is invisible or resumable, and passes.json
    names only complete files; resuming finishes the render.

    Two kinds of instants: the child stops inside a chosen progress event until it is killed (so
    a kill surely lands on a render in progress: first visible instant, mid-pass, between passes,
    last pass), and kills after a delay (instants nobody chose: between writes, mid-write)."""
    script = tmp_path / "child.py"
    script.write_text(_CHILD)
    env = test_env()
    import hextile

    env["PYTHONPATH"] = os.pathsep.join([str(Path(hextile.__file__).parents[1]), str(ROOT)])

    def start(out: Path, pause_at: int = 0) -> subprocess.Popen:
        proc = subprocess.Popen(
            [sys.executable, str(script), str(small_template), str(small_pano), str(out), str(pause_at)],
            stdout=subprocess.PIPE,
            env=env,
        )
        assert proc.stdout.readline().strip() == b"ready"
        return proc

    def kill(proc: subprocess.Popen) -> None:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
        proc.stdout.close()

    proc = start(tmp_path / "timing")
    t0 = time.monotonic()
    events = [line.split() for line in proc.stdout.read().decode().splitlines()]
    assert proc.wait(120) == 0
    proc.stdout.close()
    total = time.monotonic() - t0

    # Chosen instants: 1-based positions in the event stream of the full render.
    kinds = [e[0] for e in events]
    tile_ends = [i + 1 for i, e in enumerate(events) if e[0] == "tile.end"]
    pass_ends = [i + 1 for i, e in enumerate(events) if e[0] == "pass.end"]
    assert kinds[0] == "render.start" and len(pass_ends) == 3
    mid = tile_ends[len(tile_ends) // 2 + 3]
    chosen = [1, tile_ends[4], pass_ends[0], pass_ends[0] + 1, mid, pass_ends[2]]  # pass_ends[2]: last pass
    outcomes = []
    for i, pause_at in enumerate(chosen):
        out = tmp_path / f"pause{i}"
        proc = start(out, pause_at)
        for line in proc.stdout:
            if line.strip() == b"paused":
                break
        else:
            pytest.fail(f"the render ended before event {pause_at} ({events[pause_at - 1]})")
        kill(proc)
        outcomes.append(_kill_and_resume(out))
    assert outcomes == ["running"] * len(chosen), list(zip(chosen, outcomes, strict=True))

    for i, delay in enumerate([0.0, 0.02] + [total * f for f in (0.2, 0.4, 0.6, 0.8)]):
        out = tmp_path / f"kill{i}"
        proc = start(out)
        time.sleep(delay)
        kill(proc)
        _kill_and_resume(out)


def test_a_killed_staging_folder_is_swept_by_the_next_render(small_template, small_pano, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    stale = out / f".20260101-000000-pano-abcd.{dead.stdout.strip()}.staging"
    stale.mkdir()
    (stale / "input.png").write_bytes(b"x")
    render(cfg(small_template, [{"diffusion": {"model": "grade"}}]), small_pano, out, options=OPTS)
    assert not stale.exists()


# --------------------------------------------------------------------------- edited config


def test_edited_config_reruns_into_a_new_folder_and_leaves_the_old_one_whole(
    small_template, small_pano, tmp_path
):
    passes = three_passes(small_template)
    first = render(cfg(small_template, passes), small_pano, tmp_path, options=OPTS)
    before = tree_digest(first.render_dir)
    passes[2]["diffusion"]["model"] = "posterize"
    res = resume_render(first.render_dir, cfg(small_template, passes), options=OPTS)
    assert res.status == "completed"
    assert res.render_dir != first.render_dir and res.render_dir.parent == first.render_dir.parent
    assert res.reused_passes == 2
    assert tree_digest(first.render_dir) == before  # the earlier render is untouched
    m = load_manifest(res.render_dir)
    assert m.parent == first.render_dir.name
    assert [p.status for p in m.passes] == ["skipped", "skipped", "completed"]
    for k in (0, 1):  # reused passes are hard links to the parent's files
        a, b = first.render_dir / f"pass_{k}" / "panorama.png", res.render_dir / f"pass_{k}" / "panorama.png"
        assert os.path.samefile(a, b)
        assert len(list((res.render_dir / f"pass_{k}" / "tiles_diffused").iterdir())) == 12
    assert (res.render_dir / "pass_2" / "panorama.png").stat().st_nlink == 1
    assert "posterize" in res.final_image.name and res.final_image.parent == res.render_dir
    assert (
        json.loads((res.render_dir / "config.json").read_text())["passes"][2]["diffusion"]["model"]
        == "posterize"
    )
    _check_claims(res.render_dir)
    # the same config again continues in place (no new folder)
    again = resume_render(res.render_dir, cfg(small_template, passes), options=OPTS)
    assert again.render_dir == res.render_dir and again.reused_passes == 3


def test_reused_passes_are_copied_where_hard_links_fail(small_template, small_pano, tmp_path, monkeypatch):
    passes = three_passes(small_template)
    first = render(cfg(small_template, passes), small_pano, tmp_path, options=OPTS)

    def no_links(src, dst, **kw):
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)
    passes[1]["diffusion"]["model"] = "oil"
    res = resume_render(first.render_dir, cfg(small_template, passes), options=OPTS)
    a, b = first.render_dir / "pass_0" / "panorama.png", res.render_dir / "pass_0" / "panorama.png"
    assert not os.path.samefile(a, b) and a.read_bytes() == b.read_bytes()
    assert res.reused_passes == 1
