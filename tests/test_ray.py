"""Batches and parallel-pass tiles on a local Ray cluster (2 CPUs, 2 logical GPUs, no dashboard).

One cluster for the whole module; it is always shut down. Deselect with ``-m 'not ray'``.
"""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from tests.helpers import textured_panorama

ray = pytest.importorskip("ray", reason="Ray is the `distributed` extra")

from hextile.batch import BatchOptions, run_batch  # noqa: E402
from hextile.batch.ray_exec import RayExecutor, RayTileExecutor, WorkerPool  # noqa: E402
from hextile.engine import RenderOptions, render  # noqa: E402
from hextile.imageio import write_image  # noqa: E402

pytestmark = pytest.mark.ray


@pytest.fixture(scope="module")
def pool():
    ray.init(num_cpus=2, num_gpus=2, include_dashboard=False, logging_level="warning", log_to_driver=False)
    try:
        p = WorkerPool(device="cpu")
        yield p
        p.close()
    finally:
        ray.shutdown()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("ray-in")
    paths = []
    for i in range(4):
        p = folder / f"room{i}.png"
        write_image(p, textured_panorama(256, seed=200 + i, octaves=8))
        paths.append(p)
    return paths


def _cfg(template: Path) -> dict:
    return {
        "pipeline": "opencv",
        "mode": "parallel",
        "hextile": {"template": str(template)},
        "diffusion": {"seed": 11, "strength": 0.8},
        "passes": [
            {"name": "a", "diffusion": {"model": "pencil"}},
            {"name": "b", "diffusion": {"model": "oil"}},
        ],
    }


def _finals(out: Path) -> dict[str, bytes]:
    data = json.loads((out / "batch.json").read_text())
    assert all(i["status"] == "completed" for i in data["items"]), data["items"]
    return {Path(i["key"]).name: (out / i["final_image"]).read_bytes() for i in data["items"]}


@pytest.fixture(scope="module")
def local_finals(inputs, small_template, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("local")
    assert run_batch(inputs, _cfg(small_template), out).ok
    return _finals(out)


def test_one_actor_per_logical_gpu(pool):
    infos = pool.infos()
    assert pool.uses_gpus and pool.count == 2
    assert sorted(g for i in infos for g in i["gpu_ids"]) == ["0", "1"]  # one GPU each, distinct
    assert len({i["cuda_visible_devices"] for i in infos}) == 2
    assert len({i["pid"] for i in infos}) == 2
    assert all(i["device"] == "cpu" for i in infos)


@pytest.mark.parametrize("transfer", ["shared", "bytes"])
def test_four_panoramas_over_two_actors_equal_the_local_batch(
    pool, inputs, small_template, local_finals, tmp_path, transfer
):
    out = tmp_path / "out"
    summary = run_batch(
        inputs,
        _cfg(small_template),
        out,
        options=BatchOptions(transfer=transfer),
        executor=RayExecutor(pool, transfer),
    )
    assert summary.ok
    assert _finals(out) == local_finals  # bit for bit
    data = json.loads((out / "batch.json").read_text())
    assert len({i["worker"] for i in data["items"]}) == 2  # both actors rendered items
    for item in data["items"]:  # every render folder ends up under the driver's DIR
        folder = out / item["render_dir"]
        assert folder.parent == out and (folder / "passes.json").is_file()
        manifest = json.loads((folder / "passes.json").read_text())
        assert manifest["status"] == "completed"
        assert manifest["input"]["path"] == item["key"]  # the driver's path, also for bytes


def test_killing_an_actor_mid_item_still_completes_the_batch(pool, small_template_wide, tmp_path):
    """The actor is killed (SIGKILL) once its item's render folder exists: the item goes to the
    next idle actor, which resumes that folder; the batch equals the local one."""
    inputs = []
    for i in range(2):
        p = tmp_path / "in" / f"hall{i}.png"
        p.parent.mkdir(exist_ok=True)
        write_image(p, textured_panorama(512, seed=300 + i, octaves=8))
        inputs.append(p)
    cfg = _cfg(small_template_wide)
    assert run_batch(inputs, cfg, tmp_path / "local").ok
    pids = {i: info["pid"] for i, info in enumerate(pool.infos())}
    out = tmp_path / "out"
    killed: list[str] = []

    def kill_when_its_folder_exists(key: str, actor: int) -> None:
        if killed:
            return
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            for m in out.glob("*/passes.json"):
                # a published folder, not one still staged under its hidden name: a kill there
                # leaves nothing to resume (the retry starts afresh and the staging is cleaned up)
                if not m.parent.name.startswith(".") and key in m.read_text():
                    killed.append(key)
                    os.kill(pids[actor], signal.SIGKILL)
                    return
            time.sleep(0.01)

    executor = RayExecutor(pool, "shared")
    executor.on_worker_start = kill_when_its_folder_exists
    summary = run_batch(inputs, cfg, out, executor=executor)
    assert killed, "the item finished before its folder was seen"
    assert summary.ok, summary.failed
    assert _finals(out) == _finals(tmp_path / "local")
    data = json.loads((out / "batch.json").read_text())
    victim = next(i for i in data["items"] if i["key"] == killed[0])
    assert victim["attempts"] == 2 and victim["status"] == "completed"
    folders = list(out.glob("*/passes.json"))
    assert len(folders) == 2  # the retry resumed the lost attempt's folder instead of making another
    manifest = json.loads((out / victim["render_dir"] / "passes.json").read_text())
    assert manifest["resumed"], "the second attempt did not resume in place"
    assert len({i["pid"] for i in pool.infos()}) == 2  # Ray restarted the killed actor


@pytest.mark.parametrize("mode", ["parallel", "sequential"])
def test_pass_tiles_spread_over_actors_equal_a_local_render(pool, small_template, inputs, tmp_path, mode):
    """Parallel mode: tile batches go to the actors; sequential mode: the tiles of each wave of
    non-overlapping tiles do. The driver merges; the images equal a local render bit for bit."""
    cfg = _cfg(small_template)
    cfg["mode"] = mode
    cfg["diffusion"]["batch_size"] = 3
    local = render(cfg, inputs[0], tmp_path / "local", options=RenderOptions(save_tiles=False))
    before = sum(i["tiles_processed"] for i in pool.infos())
    spread = render(
        cfg,
        inputs[0],
        tmp_path / "ray",
        options=RenderOptions(save_tiles=False, tile_executor=RayTileExecutor(pool)),
    )
    assert local.final_image is not None and spread.final_image is not None
    assert sum(i["tiles_processed"] for i in pool.infos()) - before == 2 * 12  # every tile went out
    assert local.final_image.read_bytes() == spread.final_image.read_bytes()
    for a, b in zip(local.pass_panoramas, spread.pass_panoramas, strict=True):
        assert a.read_bytes() == b.read_bytes()
