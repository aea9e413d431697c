import pytest
import torch
from tests.helpers import textured_panorama

from hextile.geometry import extract_tiles, get_template, merge_tile_, merge_tiles


def _quantised(x):
    return (x.clamp(0, 1) * 255).round() / 255


@pytest.mark.parametrize("name", ["Hextile_20_2K", "Hextile_32_3K", "Hextile_44_4K"])
def test_unchanged_tiles_reproduce_input_exactly(name):
    """Bit for bit in float (no rounding to 8 bits): all at once, on the OpenCV and the float64
    (GPU) paths, and tile by tile in sequential mode."""
    t = get_template(name)
    for dtype in (torch.float32, torch.float64):
        pano = (textured_panorama(512, seed=11).to(dtype) * 0.9 + 0.05).to(dtype)  # uses every bit of dtype
        tiles = extract_tiles(pano, t, 64)
        assert torch.equal(merge_tiles(pano, tiles.clone(), tiles, t), pano)
    pano = textured_panorama(512, seed=11)
    seq = pano.clone()
    for n in t.order:
        tile = extract_tiles(seq, t, 64, numbers=[n])[0]
        merge_tile_(seq, tile - tile, n, t)
    assert torch.equal(seq, pano)


@pytest.mark.parametrize("name", ["Hextile_20_2K", "Hextile_32_3K", "Hextile_44_4K"])
def test_constant_offsets_blend_without_steps(name):
    """Each tile adds its own constant colour; the merge has no step above 1/8 of the largest offset,
    including across the 0/360 wrap and across the poles."""
    t = get_template(name)
    h, w = t.height, t.width
    g = torch.Generator().manual_seed(1)
    offsets = (torch.rand(t.count, 3, generator=g) - 0.5) * 0.6
    base = torch.full((3, h, w), 0.5)
    tin = torch.full((t.count, 3, 64, 64), 0.5)
    out = merge_tiles(base, tin + offsets[:, :, None, None], tin, t)
    limit = float(offsets.abs().max()) / 8
    dx = (out - out.roll(1, -1)).abs().max()  # includes the wrap column pair
    dy = (out[:, 1:] - out[:, :-1]).abs().max()
    across_north = (out[:, 0] - out[:, 0].roll(w // 2, -1)).abs().max()  # row 0 meets itself across the pole
    across_south = (out[:, -1] - out[:, -1].roll(w // 2, -1)).abs().max()
    assert float(dx) < limit
    assert float(dy) < limit
    assert float(across_north) < limit
    assert float(across_south) < limit
    # and the blend really moved the picture: every pixel got a mix of offsets
    assert float((out - base).abs().mean()) > 0.02


def test_changed_tiles_are_continuous_at_wrap_and_poles():
    t = get_template("Hextile_20_2K")
    pano = textured_panorama(1024, seed=12)
    tiles = extract_tiles(pano, t, 128)
    changed = (tiles * 0.7 + 0.2).clamp(0, 1)
    out = merge_tiles(pano, changed, tiles, t)
    inner_step = (out[:, :, 1:] - out[:, :, :-1]).abs().mean(dim=(0, 1))
    wrap_step = (out[:, :, 0] - out[:, :, -1]).abs().mean()
    assert float(wrap_step) < 2.5 * float(inner_step.mean())
    expected = (pano * 0.7 + 0.2).clamp(0, 1)
    assert float((out - expected).abs().mean()) < 0.02  # the change itself arrives everywhere
    # at the poles too: the rows nearest the zenith and nadir carry the change
    for row in (0, 1, -2, -1):
        assert float((out[:, row] - expected[:, row]).abs().mean()) < 0.02


def test_subset_of_tiles_leaves_rest_untouched():
    t = get_template("Hextile_20_2K")
    pano = _quantised(textured_panorama(512, seed=13))
    tiles = extract_tiles(pano, t, 64, numbers=[1, 2])
    out = merge_tiles(pano, tiles + 0.2, tiles, t, numbers=[1, 2])
    changed = (out != pano).any(dim=0)
    from hextile.geometry.grids import merge_plan

    plan = merge_plan(t, 256, 512, 64, torch.device("cpu"))
    fp_mask = torch.zeros(256, 512, dtype=torch.bool)
    for n in (1, 2):
        fp = plan.footprints[n - 1]
        cols = torch.arange(fp.x0, fp.x0 + fp.w) % 512
        fp_mask[fp.y0 : fp.y1][:, cols] |= fp.feather > 0
    assert changed.any()
    assert not (changed & ~fp_mask).any()


def test_sequential_merge_keeps_finished_pixels():
    """Sequential mode: each tile's change is masked by what earlier tiles finished, exactly where it
    lies in the panorama, so adding +0.1 tile by tile adds +0.1 everywhere, never twice in an overlap."""
    t = get_template("Hextile_20_2K")
    pano = torch.full((3, 256, 512), 0.5)
    cov = torch.zeros(1, 256, 512)
    for n in t.order:
        merge_tile_(pano, torch.full((3, 64, 64), 0.1), n, t, coverage=cov)
    assert float(cov.min()) > 0.999  # every pixel finished by some tile's full-weight area
    assert float(cov.max()) <= 1.0 + 1e-6
    err = (pano - 0.6).abs()
    assert float(err.max()) < 1e-5  # the coverage is the mask: nothing leaks at band edges
