"""Template rotation: the convention, every layout guarantee after rotating, and ``"auto"``."""

import json
import math

import numpy as np
import pytest
import torch
from tests.helpers import textured_panorama

from hextile.config import load_config
from hextile.engine import RenderOptions, render
from hextile.errors import ConfigError
from hextile.geometry import extract_tiles, get_template, merge_plan, merge_tiles
from hextile.geometry.rotation import (
    auto_rotation,
    boundary_distance,
    clearance,
    euler_angles,
    rotate_template,
    rotation_matrix,
)
from hextile.geometry.sphere import xyz_to_yaw_pitch, yaw_pitch_to_xyz

OPTS = RenderOptions(device="cpu", preview_interval_s=0.0, save_tiles=False)


def test_rotation_convention():
    fwd = rotation_matrix(30, 20, 0) @ np.array([0.0, 0.0, 1.0])
    yaw, pitch = xyz_to_yaw_pitch(fwd)
    assert (float(yaw), float(pitch)) == pytest.approx((30, 20))
    up = rotation_matrix(0, 0, 90) @ np.array([0.0, 1.0, 0.0])  # + roll turns the top to the right
    assert up == pytest.approx([1.0, 0.0, 0.0], abs=1e-12)
    for angles in [(10, 20, 30), (-170, -80, 100), (179, 5, -179)]:
        assert euler_angles(rotation_matrix(*angles)) == pytest.approx(angles)


@pytest.mark.parametrize("angles", [(17.0, 33.0, 71.0), (0.0, 90.0, 0.0)])
def test_rotated_template_keeps_every_guarantee(angles):
    t = get_template("Hextile_20_2K")
    r = rotate_template(t, *angles)
    assert r.count == t.count and r.name == t.name
    assert sorted(x.fov_deg for x in r.tiles) == pytest.approx(sorted(x.fov_deg for x in t.tiles), abs=1e-4)
    # the centres are the rotated centres
    want = yaw_pitch_to_xyz(np.array([x.yaw_deg for x in t.tiles]), np.array([x.pitch_deg for x in t.tiles]))
    want = want @ rotation_matrix(*angles).T
    got = yaw_pitch_to_xyz(np.array([x.yaw_deg for x in r.tiles]), np.array([x.pitch_deg for x in r.tiles]))
    assert np.abs(got @ want.T).max(axis=1) == pytest.approx(1.0, abs=1e-9)
    # every tile after the first touches an earlier one (sequential mode)
    for k, tile in enumerate(r.tiles[1:], start=2):
        assert any(n < k for n in tile.neighbours)
    # full coverage, poles included: every pixel is inside some tile at full weight
    plan = merge_plan(r, 128, 256, 64, "cpu")
    best = torch.zeros(128, 256)
    for fp in plan.footprints:
        cols = torch.arange(fp.x0, fp.x0 + fp.w) % 256
        best[fp.y0 : fp.y1, cols] = torch.maximum(best[fp.y0 : fp.y1, cols], fp.feather)
    assert float(best.min()) == 1.0
    # lossless merge of unchanged tiles
    pano = (textured_panorama(256, seed=4) * 255).round() / 255
    tiles = extract_tiles(pano, r, 64)
    assert torch.equal(merge_tiles(pano, tiles.clone(), tiles, r), pano)


def test_rotated_tiles_follow_the_py360convert_convention():
    py360 = pytest.importorskip("py360convert")
    r = rotate_template(get_template("Hextile_20_2K"), 41.0, -27.0, 13.0)
    pano = textured_panorama(512, seed=6)
    hwc = pano.permute(1, 2, 0).numpy().astype(np.float64)
    tiles = extract_tiles(pano, r, 64)
    for k in (0, 7, 19):
        t = r.tiles[k]
        ref = py360.e2p(hwc, t.fov_deg, t.yaw_deg, t.pitch_deg, (64, 64), mode="bilinear")
        diff = np.abs(tiles[k].permute(1, 2, 0).numpy() - ref)
        assert float(np.median(diff)) < 0.01, t


def test_boundary_distance_is_zero_on_a_boundary_and_the_half_gap_at_a_centre():
    t = get_template("Hextile_20_2K")
    a, b = t.tiles[0], t.tiles[t.tiles[0].neighbours[0] - 1]
    ca = yaw_pitch_to_xyz(np.array(a.yaw_deg), np.array(a.pitch_deg))
    cb = yaw_pitch_to_xyz(np.array(b.yaw_deg), np.array(b.pitch_deg))
    mid = (ca + cb) / np.linalg.norm(ca + cb)
    assert float(boundary_distance(mid[None], t)[0]) == pytest.approx(0.0, abs=1e-6)
    gap = min(
        math.degrees(
            math.acos(
                float(
                    ca
                    @ yaw_pitch_to_xyz(np.array(t.tiles[n - 1].yaw_deg), np.array(t.tiles[n - 1].pitch_deg))
                )
            )
        )
        for n in a.neighbours
    )
    assert float(boundary_distance(ca[None], t)[0]) == pytest.approx(gap / 2, abs=1e-6)


def test_auto_moves_the_bands_off_the_previous_boundaries():
    t = get_template("Hextile_20_2K")
    j0, inside0 = clearance(t, t)
    assert j0 == pytest.approx(0.0, abs=1e-6) and inside0 == 1.0  # same layout: every seam re-seamed
    a = auto_rotation(t, t)
    assert a.clearance_unrotated == pytest.approx(j0, abs=1e-6)
    assert a.clearance > 0.6 and a.inside_band < 0.7
    assert clearance(t, rotate_template(t, a.yaw, a.pitch, a.roll))[0] == pytest.approx(a.clearance)
    from hextile.geometry.rotation import _auto

    _auto.cache_clear()
    assert auto_rotation(t, t) == a  # deterministic


def test_config_rotation_values_and_errors():
    cfg = load_config({"hextile": {"rotation": {"yaw": 10, "pitch": -5}}})
    assert (cfg.hextile.rotation.yaw, cfg.hextile.rotation.pitch, cfg.hextile.rotation.roll) == (10, -5, 0)
    assert load_config({"hextile": {"rotation": "auto"}}).hextile.rotation == "auto"
    with pytest.raises(ConfigError, match=r"hextile\.rotation"):
        load_config({"hextile": {"rotation": {"yaw": 200}}})
    with pytest.raises(ConfigError, match=r"hextile\.rotation"):
        load_config({"hextile": {"rotation": "automatic"}})


def test_render_records_rotation_and_auto_clearance(small_template, small_pano, tmp_path):
    cfg = load_config(
        {
            "pipeline": "opencv",
            "hextile": {"template": str(small_template)},
            "diffusion": {"model": "jitter", "seed": 2, "strength": 1.0},
            "passes": [
                {"name": "a", "hextile": {"rotation": "auto"}},  # first pass: nothing to avoid
                {"name": "b", "hextile": {"rotation": "auto"}},
                {"name": "c", "hextile": {"rotation": {"yaw": 12.5, "pitch": 3, "roll": -4}}},
            ],
        }
    )
    r = render(cfg, small_pano, tmp_path, options=OPTS)
    m = json.loads((r.render_dir / "passes.json").read_text())
    first, second, third = (p["template"]["rotation"] for p in m["passes"])
    assert first is None
    assert second["auto"] == 1.0 and second["clearance"] > second["clearance_unrotated"] + 0.3
    assert (third["yaw"], third["pitch"], third["roll"]) == (12.5, 3.0, -4.0) and "clearance" in third
    assert r.status == "completed"


def test_tiles_extract_rotation_writes_rotated_views_and_merges_back(small_pano, tmp_path, cli):
    out = tmp_path / "t"
    res = cli("tiles", "extract", small_pano, "--rotation", "30,10,5", "--tile-size", "256", "--out", out)
    assert res.returncode == 0, res.stderr
    meta = json.loads((out / "tiles.json").read_text())
    assert all(t["roll_deg"] == 0.0 for t in meta["tiles"])  # rotated layouts never roll a view
    r = rotate_template(get_template("Hextile_20_2K"), 30, 10, 5)
    assert [(t["yaw_deg"], t["pitch_deg"]) for t in meta["tiles"]] == [
        (t.yaw_deg, t.pitch_deg) for t in r.tiles
    ]
    res = cli("tiles", "merge", out, "--out", tmp_path / "m.png", "--from", "tiles")
    assert res.returncode == 0, res.stderr
    from hextile.imageio import read_image

    assert torch.equal(read_image(tmp_path / "m.png")[0], read_image(small_pano)[0])
    bad = cli("tiles", "extract", small_pano, "--rotation", "30,100,0", "--out", tmp_path / "x")
    assert bad.returncode == 2 and "out of range" in bad.stderr and "Traceback" not in bad.stderr
