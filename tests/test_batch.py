"""`hextile batch` without Ray: batch.json, skipping and resuming, bad inputs, kill -9 of the driver."""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.conftest import test_env
from tests.helpers import textured_panorama

from hextile.batch import BatchOptions, run_batch
from hextile.batch.state import BatchFile, BatchState
from hextile.errors import HextileError
from hextile.imageio import write_image


def _cfg(template: Path, model: str = "stylize", passes: int = 1) -> dict:
    cfg: dict = {
        "pipeline": "opencv",
        "mode": "parallel",
        "hextile": {"template": str(template)},
        "diffusion": {"model": model, "seed": 7, "strength": 0.8},
    }
    if passes > 1:
        cfg["passes"] = [{"name": f"p{k}"} for k in range(passes)]
    return cfg


def _panos(folder: Path, n: int, width: int = 256) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        p = folder / f"room{i}.png"
        write_image(p, textured_panorama(width, seed=100 + i, octaves=8))
        paths.append(p)
    return paths


def _batch(out: Path) -> dict:
    return json.loads((out / "batch.json").read_text())


def _render_folders(out: Path) -> list[Path]:
    return sorted(p.parent for p in out.glob("*/passes.json"))


def test_bad_input_fails_alone_listed_at_the_end_and_rerun_skips(tmp_path, small_template, cli):
    good = _panos(tmp_path / "in", 2)
    (tmp_path / "in" / "broken.png").write_text("not an image")
    cfg = tmp_path / "cfg.json"
    cfg.write_text(json.dumps(_cfg(small_template)))
    out = tmp_path / "out"
    r = cli("batch", tmp_path / "in", tmp_path / "missing.png", "--config", cfg, "--out", out)
    assert r.returncode == 1, r.stderr
    assert "2 item(s) failed" in r.stderr
    assert "broken.png is not a" in r.stderr  # the reader's one-line reason
    assert "missing.png: no such file or folder" in r.stderr
    assert "Traceback" not in r.stderr
    data = _batch(out)
    by_name = {Path(i["key"]).name: i for i in data["items"]}
    assert {n: i["status"] for n, i in by_name.items()} == {
        "broken.png": "failed",
        "missing.png": "failed",
        "room0.png": "completed",
        "room1.png": "completed",
    }
    for p in good:
        rec = by_name[p.name]
        assert (out / rec["final_image"]).is_file()
        assert rec["render_dir"] == rec["render_id"] and rec["duration_s"] > 0 and rec["attempts"] == 1
    assert len(_render_folders(out)) == 2
    mtimes = {p: (out / by_name[p.name]["final_image"]).stat().st_mtime_ns for p in good}

    # the same command again: finished items are skipped (not rendered again), the bad ones still fail
    r2 = cli("batch", tmp_path / "in", tmp_path / "missing.png", "--config", cfg, "--out", out)
    assert r2.returncode == 1
    assert "2 from an earlier run" in r2.stdout
    assert len(_render_folders(out)) == 2
    assert {p: (out / by_name[p.name]["final_image"]).stat().st_mtime_ns for p in good} == mtimes

    # once the bad input is fixed, only it is rendered and the batch succeeds
    (tmp_path / "in" / "broken.png").unlink()
    r3 = cli("batch", tmp_path / "in", "--config", cfg, "--out", out)
    assert r3.returncode == 0, r3.stderr
    assert len(_render_folders(out)) == 2


def test_a_batch_with_another_config_is_refused(tmp_path, small_template, cli):
    inputs = _panos(tmp_path / "in", 1)
    out = tmp_path / "out"
    run_batch(inputs, _cfg(small_template), out)
    with pytest.raises(HextileError, match="different config"):
        run_batch(inputs, _cfg(small_template, model="oil"), out)


def test_batch_json_is_replaced_atomically(tmp_path, monkeypatch):
    from hextile import atomic

    state = BatchState(tmp_path / "batch.json", BatchFile(config_sha256="a" * 64))
    state.save()
    before = (tmp_path / "batch.json").read_bytes()
    state.data.config_sha256 = "b" * 64

    def full_disk(fd: int, data: bytes) -> None:
        os.write(fd, bytes(data)[:10])  # half written, then the disk is full
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", full_disk)
    with pytest.raises(HextileError, match="disk full"):
        state.save()
    assert (tmp_path / "batch.json").read_bytes() == before  # the old complete file, not a torn one
    assert [p.name for p in tmp_path.iterdir()] == ["batch.json"]  # no temporary file left


def test_models_load_once_per_worker_not_per_item(tmp_path, tiny_root, one_torch_thread_per_module):
    """Three items through one local worker: the tiny SD 1.5 model loads once for the whole batch."""
    from tests.tiny_models import build_tiny

    model = build_tiny("sd15", tiny_root)
    inputs = _panos(tmp_path / "in", 3, width=128)
    tpl = tmp_path / "t.json"
    tpl.write_text(json.dumps({"name": "T6", "tiles": 6, "width": 128, "tile_size": 32, "margin_deg": 8}))
    cfg = {
        "pipeline": "sd15",
        "mode": "parallel",
        "hextile": {"template": str(tpl)},
        "diffusion": {"model": str(model), "seed": 3, "strength": 0.5, "num_inference_steps": 2},
        "options": {"dtype": "fp32"},
    }
    summary = run_batch(inputs, cfg, tmp_path / "out", options=BatchOptions(device="cpu"))
    assert summary.ok and len(summary.completed) == 3
    assert sum(summary.model_loads.values()) == 1
    loads = [i["model_loads"] for i in _batch(tmp_path / "out")["items"]]
    assert loads == [1, 0, 0]


def test_kill_9_of_the_driver_then_rerun_resumes(tmp_path, small_template_wide):
    _panos(tmp_path / "in", 4, width=512)
    cfg = tmp_path / "cfg.json"
    cfg.write_text(json.dumps(_cfg(small_template_wide, model="pencil", passes=2)))
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "hextile", "batch", str(tmp_path / "in"), "--config", str(cfg)]
    cmd += ["--out", str(out)]
    proc = subprocess.Popen(cmd, env=test_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    done_before: dict[str, str] = {}
    victim: dict = {}
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                data = _batch(out)  # readable JSON at every instant (atomic replace)
            except FileNotFoundError:
                time.sleep(0.05)
                continue
            done = {i["key"]: i["render_id"] for i in data["items"] if i["status"] == "completed"}
            running = [
                i
                for i in data["items"]
                if i["status"] == "running"
                and i["render_dir"]
                and (out / i["render_dir"] / "pass_0" / "panorama.png").is_file()
            ]
            if done and running:  # kill in the middle of an item: its first pass is on disk
                done_before, victim = done, running[0]
                break
            time.sleep(0.02)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    assert done_before and victim, "no item was caught mid-render before the kill"
    assert len(done_before) < 4, "the batch finished before the kill; the test needs slower items"

    r = subprocess.run(cmd, env=test_env(), capture_output=True, text=True, timeout=300, check=False)
    assert r.returncode == 0, r.stderr
    data = _batch(out)
    assert all(i["status"] == "completed" for i in data["items"])
    for key, rid in done_before.items():  # finished items were not rendered again
        assert next(i for i in data["items"] if i["key"] == key)["render_id"] == rid
    folders = _render_folders(out)
    assert len(folders) == 4  # the interrupted item's folder was resumed, not duplicated
    resumed = json.loads((out / victim["render_dir"] / "passes.json").read_text())
    assert resumed["resumed"] and resumed["status"] == "completed"  # continued in place
    assert resumed["passes"][0]["status"] != "pending"
    for f in folders:
        assert json.loads((f / "passes.json").read_text())["status"] == "completed"


def test_ray_usage_errors_are_one_line(tmp_path, small_template, cli):
    pytest.importorskip("ray", reason="Ray is the `distributed` extra")
    import socket

    inputs = _panos(tmp_path / "in", 1)
    cfg = tmp_path / "cfg.json"
    cfg.write_text(json.dumps(_cfg(small_template)))
    r = cli("batch", inputs[0], "--config", cfg, "--transfer", "bytes")
    assert r.returncode == 2 and "--transfer bytes needs --ray" in r.stderr
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = cli("batch", inputs[0], "--config", cfg, "--out", tmp_path / "out", "--ray", f"127.0.0.1:{port}")
    assert r.returncode == 2, r.stderr
    assert f"no Ray cluster answers at 127.0.0.1:{port}" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
