"""The long-lived Renderer without HTTP: model cache across jobs, FIFO queue, failures, restarts."""

from __future__ import annotations

import json

import pytest
from tests.server_helpers import data_dir_with_template, two_pass_config
from tests.tiny_models import build_tiny

from hextile.service import ConfigInvalidError, QueueFullError, Renderer, RendererSettings

pytestmark = pytest.mark.usefixtures("one_torch_thread_per_module")


def _renderer(tmp_path, small_template, **kw) -> Renderer:
    return Renderer(data_dir_with_template(tmp_path, small_template), RendererSettings(devices=["cpu"], **kw))


def test_a_second_job_with_the_same_model_loads_nothing(tmp_path, small_template, small_pano):
    model = build_tiny("sdxl", tmp_path / "tiny")
    config = {
        "pipeline": "sdxl",
        "mode": "parallel",
        "hextile": {"template": str(small_template)},
        "prompt": {"global": "a castle"},
        "diffusion": {"model": str(model), "seed": 3, "num_inference_steps": 2, "strength": 0.5},
    }
    with _renderer(tmp_path, small_template, save_tiles=False) as r:
        inp, _ = r.inputs.add(small_pano.read_bytes(), "pano.png")
        first = r.submit(inp.id, config)
        second = r.submit(inp.id, config)
        assert r.wait(first.id, 300).status == "completed"
        assert r.wait(second.id, 300).status == "completed"
        assert len(r.cache("cpu")) == 1  # still loaded after both jobs: the cache lives with the renderer
        assert r.cache("cpu").stats.loads == 1  # the second job loaded nothing
    assert len(r._caches) == 0  # close() emptied and dropped the caches


def test_jobs_run_fifo_and_a_failing_job_fails_alone(tmp_path, small_template, small_pano):
    import shutil

    r = _renderer(tmp_path, small_template)
    inp, _ = r.inputs.add(small_pano.read_bytes(), "pano.png")
    fragile = tmp_path / "fragile.json"
    shutil.copyfile(small_template, fragile)
    a = r.submit(inp.id, two_pass_config(str(small_template), passes=1))
    b = r.submit(inp.id, two_pass_config(str(fragile), passes=1))
    c = r.submit(inp.id, two_pass_config(str(small_template), passes=1))
    assert [r.queue_position(x.id) for x in (a, b, c)] == [1, 2, 3]
    fragile.write_text("{broken")  # b now fails when it runs
    r.start()
    try:
        done = [r.wait(x.id, 120) for x in (a, b, c)]
        assert [x.status for x in done] == ["completed", "failed", "completed"]
        assert "fragile.json" in (done[1].error or "")  # one line naming the problem
        assert done[0].started < done[1].started < done[2].started  # FIFO
    finally:
        r.close()


def test_invalid_config_and_full_queue_are_refused(tmp_path, small_template, small_pano):
    r = _renderer(tmp_path, small_template, max_queue=1)
    try:
        inp, _ = r.inputs.add(small_pano.read_bytes(), "pano.png")
        with pytest.raises(ConfigInvalidError) as exc:
            r.submit(inp.id, {"diffusion": {"strength": 2}})
        assert exc.value.field_errors[0].path == "diffusion.strength"
        r.submit(inp.id, two_pass_config(str(small_template), passes=1))
        with pytest.raises(QueueFullError):
            r.submit(inp.id, two_pass_config(str(small_template), passes=1))
    finally:
        r.close()


def test_interrupted_jobs_resume_at_start_reusing_finished_passes(tmp_path, small_template, small_pano):
    r = _renderer(tmp_path, small_template).start()
    inp, _ = r.inputs.add(small_pano.read_bytes(), "pano.png")
    job = r.submit(inp.id, two_pass_config(str(small_template), passes=6))
    stopped = []

    def stop_after_two(ev) -> None:
        if ev.kind == "pass.end" and ev.pass_index == 1 and not stopped:
            stopped.append(ev.seq)
            r._running[job.id].cancel("simulated shutdown")
            r._stop = True  # as close() does: the cancelled job is left interrupted

    sub = r.bus.subscribe(job.id, stop_after_two)
    assert r.wait(job.id, 120).status == "interrupted"
    sub.close()
    r.close()
    again = Renderer(r.data_dir, RendererSettings(devices=["cpu"]))
    assert again.get(job.id).status == "interrupted"
    again.start(resume_interrupted=True)
    done = again.wait(job.id, 120)
    assert done.status == "completed" and done.passes_done == 6
    kinds = [e.kind for e in again.bus.since(job.id)[0]]
    assert kinds.count("pass.skipped") >= 2
    again.close()


def test_the_queue_survives_a_restart(tmp_path, small_template, small_pano):
    first = _renderer(tmp_path, small_template)  # never started: the jobs stay queued
    inp, _ = first.inputs.add(small_pano.read_bytes(), "pano.png")
    jobs = [first.submit(inp.id, two_pass_config(str(small_template), passes=1)) for _ in range(2)]
    first.close()
    again = Renderer(first.data_dir, RendererSettings(devices=["cpu"]))
    assert [again.queue_position(j.id) for j in jobs] == [1, 2]
    again.start()
    try:
        assert [again.wait(j.id, 120).status for j in jobs] == ["completed", "completed"]
        assert again.get(jobs[0].id).started < again.get(jobs[1].id).started
    finally:
        again.close()


def test_a_lost_database_is_rebuilt_from_the_render_folders(tmp_path, small_template, small_pano):
    """The render folders are the source of truth: delete hextile.db (and the upload), start again,
    and every render is a job again — same id, status, folder, passes, parent link — and resumes."""
    import shutil

    r = _renderer(tmp_path, small_template).start()
    inp, _ = r.inputs.add(small_pano.read_bytes(), "pano.png")
    done = r.submit(inp.id, two_pass_config(str(small_template), passes=2))
    assert r.wait(done.id, 120).status == "completed"
    child = r.resume(done.id, two_pass_config(str(small_template), passes=3))  # edited: a re-run next to it
    assert r.wait(child.id, 120).status == "completed"
    stopped = r.submit(inp.id, two_pass_config(str(small_template), passes=4))

    def cancel_after_one(ev) -> None:
        if ev.kind == "pass.end":
            r.cancel(stopped.id)

    sub = r.bus.subscribe(stopped.id, cancel_after_one)
    assert r.wait(stopped.id, 120).status == "cancelled"
    sub.close()
    before = {j.id: r.get(j.id) for j in (done, child, stopped)}
    r.close()
    data = r.data_dir
    for f in data.glob("hextile.db*"):
        f.unlink()
    shutil.rmtree(data / "inputs")  # the upload is gone too: it comes back from the input copy

    again = Renderer(data, RendererSettings(devices=["cpu"]))
    try:
        jobs = {j.render_dir: j for j in again.reindexed}
        assert set(jobs) == {old.render_dir for old in before.values()}
        for old in before.values():
            new = jobs[old.render_dir]
            assert (new.status, new.passes_done, new.pass_count, new.input_id) == (
                old.status,
                old.passes_done,
                old.pass_count,
                old.input_id,
            )
            assert json.loads(new.config) == json.loads(old.config)
        assert jobs[before[done.id].render_dir].id == done.id
        assert jobs[before[stopped.id].render_dir].id == stopped.id
        assert jobs[before[child.id].render_dir].parent == done.id  # the edited re-run's link
        assert again.inputs.path(again.store.get_input(inp.id)).read_bytes() == small_pano.read_bytes()
        assert [e.status for e in again.bus.since(done.id)[0]] == ["completed"]  # its stream ends
        again.start()
        resumed = again.resume(stopped.id)
        assert again.wait(resumed.id, 120).status == "completed"
        assert again.get(stopped.id).passes_done == 4
    finally:
        again.close()
    third = Renderer(data, RendererSettings(devices=["cpu"]))  # the database exists now: no second index
    assert third.reindexed == []
    assert third.store.list_jobs()[1] == 3
    # A rebuild stopped half-way (its marker left behind) continues: only what is missing is added.
    rerun = jobs[before[child.id].render_dir]
    third.store.delete_job(rerun.id)
    third.close()
    (data / "hextile.db.rebuilding").touch()
    fourth = Renderer(data, RendererSettings(devices=["cpu"]))
    assert [(j.render_dir, j.parent) for j in fourth.reindexed] == [(rerun.render_dir, done.id)]
    assert fourth.store.list_jobs()[1] == 3 and not (data / "hextile.db.rebuilding").exists()
    # A job deleted with its files: its edited re-run, left in its folder, does not take its id.
    fourth.delete(done.id, purge=True)
    fourth.close()
    for f in data.glob("hextile.db*"):
        f.unlink()
    fifth = Renderer(data, RendererSettings(devices=["cpu"]))
    try:
        ids = {j.render_dir: (j.id, j.parent) for j in fifth.reindexed}
        assert set(ids) == {before[stopped.id].render_dir, rerun.render_dir}
        assert ids[before[stopped.id].render_dir] == (stopped.id, None)
        assert ids[rerun.render_dir][0] != done.id and ids[rerun.render_dir][1] is None
    finally:
        fifth.close()
