import math

import numpy as np
import py360convert
import pytest
import torch
from tests.helpers import textured_panorama

from hextile.geometry import extract_tiles, get_template, merge_tiles, pad_equirect, resize_equirect
from hextile.geometry.grids import merge_plan, prefilter_level, tile_grids
from hextile.geometry.projection import Sampler
from hextile.geometry.templates import template_from_dict


def _single_tile_template(yaw, pitch, fov_half_margin):
    # a one-off template whose first tile looks at (yaw, pitch): centres around it fill the sphere
    return template_from_dict(
        {
            "centres": [
                [yaw, pitch],
                [yaw + 180 if yaw <= 0 else yaw - 180, -pitch],
                [yaw + 90 if yaw <= 90 else yaw - 270, 0],
                [0, 90 if pitch < 80 else -45],
            ],
            "width": 1024,
            "tile_size": 128,
            "margin_deg": fov_half_margin,
        }
    )


def test_matches_py360convert_e2p_on_random_views():
    """Our bilinear tiles equal py360convert.e2p (yaw + right, pitch + up, yaw 0 at the centre)."""
    pano = textured_panorama(1024, seed=3)
    img = pano.permute(1, 2, 0).numpy()
    rng = np.random.default_rng(5)
    views = [
        (float(rng.uniform(-180, 180)), float(rng.uniform(-90, 90)), float(rng.uniform(40, 100)))
        for _ in range(14)
    ]
    views += [
        (180.0, 0.0, 60.0),
        (-180.0, 20.0, 70.0),
        (30.0, 90.0, 60.0),
        (-120.0, -90.0, 80.0),
        (0, 90, 90),
    ]
    checked = 0
    for yaw, pitch, fov in views:
        size = 256
        # only views where the tile samples at least as densely as the panorama (no prefilter involved)
        if prefilter_level(fov, size, 1024) != 0:
            continue
        from hextile.geometry import grids as g

        x, y = g.tile_equirect_xy(fov, size, yaw, pitch, 512, 1024, torch.device("cpu"))
        coords = torch.stack([x, y], -1) + 3
        ours = Sampler(pad_equirect(pano)).sample(coords).permute(1, 2, 0).numpy()
        ref = py360convert.e2p(img, fov, yaw, pitch, (size, size), mode="bilinear")
        mae = float(np.abs(ours - ref).mean())
        assert mae < 1 / 255, (yaw, pitch, fov, mae * 255)
        checked += 1
    assert checked >= 10


def test_torch_and_opencv_paths_agree():
    pano = textured_panorama(512, seed=1)
    t = get_template("Hextile_20_2K")
    cv_tiles = extract_tiles(pano, t, 128, mode="bilinear")  # CPU float32: OpenCV remap
    torch_tiles = extract_tiles(pano.double(), t, 128, mode="bilinear")  # float64: grid_sample path
    assert float((cv_tiles.double() - torch_tiles).abs().mean()) < 0.5 / 255
    cv_cubic = extract_tiles(pano, t, 128, mode="bicubic")
    torch_cubic = extract_tiles(pano.double(), t, 128, mode="bicubic")
    assert float((cv_cubic.double() - torch_cubic).abs().mean()) < 0.5 / 255


def test_wrap_and_poles_are_rotation_consistent():
    """Turning the world by 180° (rolling the panorama by W/2) turns every tile by 180° of yaw: a tile
    looking across the 0/360 seam, or over a pole, equals the same view of the rolled panorama."""
    pano = textured_panorama(512, seed=8)
    rolled = pano.roll(256, -1)
    for yaw, pitch in ((180.0, 0.0), (179.0, 30.0), (0.0, 90.0), (45.0, -90.0), (170.0, 80.0)):
        a = _sample_view(pano, yaw, pitch, 50.0, 64)
        b = _sample_view(rolled, yaw - 180.0, pitch, 50.0, 64)
        assert float((a - b).abs().max()) < 2 / 255, (yaw, pitch)


def _sample_view(pano, yaw, pitch, fov, size):
    from hextile.geometry import grids as g

    coords = (
        torch.stack(
            g.tile_equirect_xy(fov, size, yaw, pitch, pano.shape[1], pano.shape[2], torch.device("cpu")), -1
        )
        + 3
    )
    return Sampler(pad_equirect(pano)).sample(coords)


def test_pole_is_continuous():
    # a tile centred on the zenith of a smooth panorama shows no seam or pinch
    pano = textured_panorama(512, seed=2)
    tile = _sample_view(pano, 0.0, 90.0, 60.0, 96)
    grad = (tile[:, :, 1:] - tile[:, :, :-1]).abs().max()
    ref = _sample_view(pano, 0.0, 0.0, 60.0, 96)
    ref_grad = (ref[:, :, 1:] - ref[:, :, :-1]).abs().max()
    assert float(grad) < 3 * float(ref_grad)


def test_prefilter_picks_a_coarser_level_for_sparse_tiles():
    pano = textured_panorama(1024, seed=4)
    t = get_template("Hextile_20_2K")
    grids = tile_grids(t, 512, 1024, 64, torch.device("cpu"))
    assert all(lv >= 1 for lv in grids.levels)  # 64-px tiles over a 1024 panorama would alias
    tiles = extract_tiles(pano, t, 64)
    # the prefiltered tile is close to a downsampled dense tile (no aliasing)
    dense = extract_tiles(pano, t, 512)
    down = torch.nn.functional.interpolate(dense, size=(64, 64), mode="area")
    assert float((tiles - down).abs().mean()) < 0.03


def test_resize_equirect_keeps_seam_continuous():
    pano = textured_panorama(512, seed=6)
    big = resize_equirect(pano, 1024, 512)
    assert big.shape == (3, 512, 1024)
    seam = (big[:, :, 0] - big[:, :, -1]).abs().mean()
    inner = (big[:, :, 1:] - big[:, :, :-1]).abs().mean()
    assert float(seam) < 3 * float(inner)
    small = resize_equirect(pano, 256, 128)
    assert small.shape == (3, 128, 256)


def test_merge_plan_covers_every_pixel():
    for name in ("Hextile_20_2K", "Hextile_32_3K", "Hextile_44_4K"):
        t = get_template(name)
        w = 1024
        plan = merge_plan(t, w // 2, w, 128, torch.device("cpu"))
        assert (
            float(plan.total_weight.min()) >= 1.0 - 1e-5
        )  # each pixel lies inside its own cell's full weight


def test_extract_rejects_non_equirect():
    with pytest.raises(ValueError, match="equirectangular"):
        extract_tiles(torch.zeros(3, 100, 150), get_template("Hextile_20_2K"), 64)


def test_geometry_runs_in_float64_and_half_shapes():
    pano = textured_panorama(256, seed=7)
    t = get_template("Hextile_20_2K")
    tiles64 = extract_tiles(pano.double(), t, 64)
    assert tiles64.dtype == torch.float64
    assert tiles64.shape == (20, 3, 64, 64)
    out = merge_tiles(pano.double(), tiles64 + 0.1, tiles64, t)
    assert out.dtype == torch.float64
    assert math.isclose(float((out - pano.double()).mean()), 0.1, abs_tol=0.02)


def test_batched_gpu_path_matches_opencv_path():
    """The one-kernel path (used on GPUs; float64 takes it on the CPU) equals the OpenCV path."""
    pano = textured_panorama(512, seed=9)
    t = get_template("Hextile_32_3K")
    tiles32 = extract_tiles(pano, t, 96)
    tiles64 = extract_tiles(pano.double(), t, 96)
    assert float((tiles32.double() - tiles64).abs().max()) < 2 / 255
    changed32 = (tiles32 * 0.8 + 0.1).clamp(0, 1)
    a = merge_tiles(pano, changed32, tiles32, t)
    b = merge_tiles(pano.double(), changed32.double(), tiles32.double(), t)
    assert float((a.double() - b).abs().mean()) < 0.2 / 255
    assert float((a.double() - b).abs().max()) < 3 / 255
    subset = merge_tiles(
        pano.double(), changed32.double()[:3], tiles32.double()[:3], t, numbers=list(t.order[:3])
    )
    ref = merge_tiles(pano, changed32[:3], tiles32[:3], t, numbers=list(t.order[:3]))
    assert float((subset - ref.double()).abs().max()) < 3 / 255


def test_grid_cache_builds_each_grid_once_across_threads(monkeypatch):
    """Render threads (a server's workers) share the process-wide grid cache: asking for the same
    grids at the same time builds them once and hands every thread the same object."""
    import threading
    import time

    from hextile.geometry import clear_grid_cache
    from hextile.geometry import grids as g

    calls = []
    real = g.tile_equirect_xy

    def slow(*args, **kwargs):
        calls.append(1)
        time.sleep(0.002)  # long enough that unguarded threads build side by side
        return real(*args, **kwargs)

    monkeypatch.setattr(g, "tile_equirect_xy", slow)
    t = get_template("Hextile_20_2K")
    clear_grid_cache()
    start = threading.Barrier(4)
    got = []

    def worker():
        start.wait()
        got.append(tile_grids(t, 64, 128, 16, "cpu"))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    assert len(got) == 4
    assert all(x is got[0] for x in got)
    assert len(calls) == t.count  # one build
    clear_grid_cache()
