"""Batched sequential mode: waves of non-overlapping tiles, same result as one tile at a time."""

import json

import pytest
import torch
from tests.helpers import textured_panorama

from hextile.cancel import CancelToken
from hextile.config import load_config
from hextile.engine import RenderOptions, render, resume_render
from hextile.engine.passes import PassPlanSizes, run_sequential
from hextile.engine.waves import overlap_graph, plan_waves
from hextile.errors import RenderCancelled
from hextile.geometry import get_template, merge_plan
from hextile.geometry.seams import SeamAccumulator
from hextile.imageio import read_image
from hextile.pipelines.opencv import OpenCVPipeline

OPTS = RenderOptions(device="cpu", preview_interval_s=0.0, save_tiles=False)


@pytest.mark.parametrize(
    ("name", "count", "largest"),
    [("Hextile_20_2K", 12, 3), ("Hextile_32_3K", 12, 4), ("Hextile_44_4K", 19, 4)],
)
def test_waves_do_not_overlap_and_grow_from_finished_tiles(name, count, largest):
    t = get_template(name)
    waves = plan_waves(t, list(t.order), 4)
    assert sorted(n for w in waves for n in w) == list(t.order)
    assert (len(waves), max(len(w) for w in waves)) == (count, largest)  # docs/seams.md table
    # disjoint on the panorama: no pixel gets a positive feather from two tiles of one wave
    plan = merge_plan(t, 256, 512, 64, "cpu")
    for wave in waves:
        hits = torch.zeros(256, 512)
        for n in wave:
            fp = plan.footprints[n - 1]
            cols = torch.arange(fp.x0, fp.x0 + fp.w) % 512
            hits[fp.y0 : fp.y1, cols] += (fp.feather > 0).float()
        assert float(hits.max()) <= 1.0, wave
    # every tile after the first wave touches a tile finished in an earlier wave
    done = set(waves[0])
    assert waves[0] == [t.order[0]]
    for wave in waves[1:]:
        for n in wave:
            assert any(nb in done for nb in t.tile(n).neighbours), (n, wave)
        done |= set(wave)
    # Voronoi neighbours always overlap
    g = overlap_graph(t)
    assert all(set(tile.neighbours) <= g[tile.number] for tile in t.tiles)


def test_wave_of_one_is_the_template_order():
    t = get_template("Hextile_44_4K")
    assert plan_waves(t, list(t.order), 1) == [[n] for n in t.order]
    subset = [5, 2, 9]
    assert plan_waves(t, subset, 1) == [[5], [2], [9]]


def _run(t, pano, numbers, batch, seams=None):
    plan = PassPlanSizes(t, pano.shape[-1], 64, 64, numbers)
    settings = load_config({"diffusion": {"model": "jitter", "seed": 1, "strength": 1.0}})
    pipe = OpenCVPipeline("jitter", {"amount": 0.5, "style": 0.5}, 1.0)
    tiles = []
    out = run_sequential(
        pano,
        settings,
        plan,
        pipe,
        11,
        CancelToken(),
        lambda *a: None,
        lambda phase, n, i, tin, tout: tiles.append((phase, n, i)),
        seams=seams,
        batch_size=batch,
    )
    return out, tiles


def test_a_wave_equals_its_tiles_one_after_the_other():
    t = get_template("Hextile_20_2K")
    pano = (textured_panorama(256, seed=8) * 65535).round() / 65535
    waves = plan_waves(t, list(t.order), 4)
    order = [n for w in waves for n in w]
    acc_b, acc_1 = (SeamAccumulator.zeros(128, 256, "cpu", mode="sequential") for _ in range(2))
    batched, events = _run(t, pano, list(t.order), 4, acc_b)
    one_by_one, _ = _run(t, pano, order, 1, acc_1)
    assert torch.equal(batched, one_by_one)  # bit for bit, seams too
    assert torch.equal(acc_b.sq, acc_1.sq)
    assert float((batched - pano).abs().mean()) > 0.01  # and the tiles really changed it
    ends = [n for phase, n, _ in events if phase == "end"]
    assert ends == order and [i for phase, _, i in events if phase == "end"] == list(range(1, 21))
    # a wave's tiles start together, before any of them ends
    first_big = next(w for w in waves if len(w) > 1)
    phases = [(p, n) for p, n, _ in events if n in first_big]
    assert [p for p, _ in phases] == ["start"] * len(first_big) + ["end"] * len(first_big)


def test_batched_sequential_render_cancel_resume(small_template_wide, tmp_path):
    from hextile.imageio import write_image

    src = tmp_path / "p.png"
    write_image(src, textured_panorama(512, seed=9))
    cfg = load_config(
        {
            "pipeline": "opencv",
            "hextile": {"template": str(small_template_wide)},
            "diffusion": {"model": "jitter", "seed": 4, "strength": 1.0, "batch_size": 4},
            "passes": [{"name": "a"}, {"name": "b", "diffusion": {"model": "smooth"}}],
        }
    )
    whole = render(cfg, src, tmp_path / "whole", options=OPTS)
    again = render(cfg, src, tmp_path / "again", options=OPTS)
    assert torch.equal(read_image(whole.final_image)[0], read_image(again.final_image)[0])  # deterministic
    token = CancelToken()
    seen = []

    def stop(ev):
        if ev.kind == "tile.end" and ev.pass_index == 0:
            seen.append(ev.tile)
            if len(seen) == 5:
                token.cancel()

    part = render(cfg, src, tmp_path / "part", options=OPTS, cancel=token, on_event=stop)
    assert part.status == "cancelled"
    m = json.loads((part.render_dir / "passes.json").read_text())
    assert m["passes"][0]["status"] == "cancelled" and 5 <= m["passes"][0]["tiles_done"] < 20
    done = resume_render(part.render_dir, options=OPTS)
    assert done.status == "completed"
    assert torch.equal(read_image(done.final_image)[0], read_image(whole.final_image)[0])


def test_cancel_between_waves_raises():
    t = get_template("Hextile_20_2K")
    pano = textured_panorama(256, seed=1)
    token = CancelToken()
    plan = PassPlanSizes(t, 256, 64, 64, list(t.order))
    settings = load_config({"diffusion": {"model": "smooth"}})
    ended = []

    def on_tile(phase, n, i, tin, tout):
        if phase == "end":
            ended.append(n)
            token.cancel()

    with pytest.raises(RenderCancelled):
        run_sequential(
            pano, settings, plan, OpenCVPipeline("smooth"), 1, token, lambda *a: None, on_tile, batch_size=4
        )
    assert ended == plan_waves(t, list(t.order), 4)[0]  # the first wave finished, nothing after it
