"""Control images and inpaint masks (pure functions)."""

from __future__ import annotations

import torch

from hextile.pipelines.diffusion import preprocess as pp


def _square() -> torch.Tensor:
    img = torch.zeros(1, 3, 64, 64)
    img[..., 16:48, 16:48] = 1.0
    return img


def test_canny_finds_the_square_edges():
    e = pp.canny(_square(), 100, 200)
    assert e.shape == (1, 3, 64, 64)
    assert set(torch.unique(e).tolist()) <= {0.0, 1.0}
    assert e[0, 0, 16:48, 14:18].sum() > 20  # left edge
    assert e[0, 0, 24:40, 24:40].sum() == 0  # flat inside
    noisy = _square() + 0.08 * torch.randn(1, 3, 64, 64, generator=torch.Generator().manual_seed(0))
    assert pp.canny(noisy, 10, 20).sum() > pp.canny(noisy, 150, 250).sum()  # thresholds matter


def test_depth_control_is_normalised_near_bright():
    d = torch.linspace(0, 10, 64).view(1, 1, 1, 64).expand(2, 1, 64, 64)
    c = pp.depth_control(d)
    assert c.shape == (2, 3, 64, 64)
    assert float(c.min()) == 0.0
    assert float(c.max()) == 1.0
    inv = pp.depth_control(d, invert=True)
    torch.testing.assert_close(inv, 1 - c)
    boosted = pp.depth_control(d, boost=2.0)
    assert float(boosted[0, 0, 0, 16]) > float(c[0, 0, 0, 16])


def test_blur_and_tile_control():
    img = _square()
    assert torch.equal(pp.tile_control(img, 0.0), img)
    b = pp.gaussian_blur(img, 2.0)
    assert b.shape == img.shape
    torch.testing.assert_close(b.mean(), img.mean(), atol=1e-3, rtol=0)
    assert 0 < float(b[0, 0, 32, 15]) < 1


def test_inpaint_mask_is_one_minus_keep_grown_and_feathered():
    keep = torch.zeros(1, 1, 64, 64)
    keep[..., :32] = 1.0
    m = pp.inpaint_mask(keep)
    assert torch.equal(m, 1 - keep)
    g = pp.inpaint_mask(keep, grow=4, feather=4)
    assert float(g[..., 32:].min()) == 1.0  # the area to generate stays fully generated
    assert float(g[0, 0, 32, 29]) > 0.5
    assert float(g[..., :20].max()) == 0.0
    soft = g[0, 0, 32, 20:32]
    assert (soft[1:] >= soft[:-1]).all()  # a soft ramp
