"""The CPU pipeline family ``opencv``: its filters on real (procedural) tiles and the pipeline contract."""

from __future__ import annotations

import inspect

import cv2
import numpy as np
import pytest
import torch

from hextile.cancel import CancelToken
from hextile.config.models import PassSettings
from hextile.errors import PipelineError, RenderCancelled
from hextile.pipelines import filters, opencv
from hextile.pipelines.base import PipelineContext, TileRequest
from hextile.pipelines.registry import get_spec

MODELS = [m.name for m in opencv.SPEC.models]
EFFECTS = [name for name in MODELS if name != "passthrough"]


def textured(height: int, width: int | None = None, seed: int = 0) -> np.ndarray:
    """A float32 RGB test tile: colour gradients, filled shapes, thin lines, text and light noise."""
    width = width or height
    rng = np.random.default_rng(seed)
    y, x = np.mgrid[0:height, 0:width].astype(np.float32)
    y /= max(height - 1, 1)
    x /= max(width - 1, 1)
    img = np.dstack([x, y, 0.5 + 0.5 * np.sin(7.0 * x + 4.0 * y)])
    img = (img * 255).astype(np.uint8)
    n = max(height, width)
    for k in range(24):
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        p = (int(rng.integers(0, width)), int(rng.integers(0, height)))
        q = (int(rng.integers(0, width)), int(rng.integers(0, height)))
        if k % 3 == 0:
            cv2.circle(img, p, int(rng.integers(n // 20 + 1, n // 5 + 2)), colour, -1, cv2.LINE_AA)
        elif k % 3 == 1:
            cv2.rectangle(img, p, q, colour, -1)
        else:
            cv2.line(img, p, q, colour, max(1, n // 128), cv2.LINE_AA)
    cv2.putText(img, "hextile", (width // 10, height // 2), cv2.FONT_HERSHEY_SIMPLEX, n / 300, (0, 0, 0), 2)
    noise = rng.normal(0.0, 4.0, img.shape)
    return np.clip((img + noise) / 255.0, 0.0, 1.0).astype(np.float32)


def as_batch(*images: np.ndarray) -> torch.Tensor:
    return torch.stack([torch.from_numpy(im).permute(2, 0, 1) for im in images]).contiguous()


def request(tiles: torch.Tensor, seeds: list[int] | None = None) -> TileRequest:
    count = tiles.shape[0]
    return TileRequest(
        tiles=tiles,
        keep=None,
        tile_numbers=list(range(1, count + 1)),
        seeds=seeds if seeds is not None else [1000 + i for i in range(count)],
        prompts=[""] * count,
        negative_prompts=[""] * count,
    )


def run(pipe: opencv.OpenCVPipeline, tiles: torch.Tensor, seeds: list[int] | None = None) -> torch.Tensor:
    steps: list[tuple[int, int]] = []
    out = pipe.process(request(tiles, seeds), lambda step, total: steps.append((step, total)), CancelToken())
    assert steps == [(1, 1)] * tiles.shape[0]
    return out


@pytest.fixture(scope="module")
def tile() -> np.ndarray:
    return textured(160)


# ----------------------------------------------------------------------------------------- filters


@pytest.mark.parametrize("name", EFFECTS)
def test_every_filter_changes_a_textured_tile_and_keeps_float_shape_and_range(
    name: str, tile: np.ndarray
) -> None:
    before = tile.copy()
    out = opencv.FILTERS[name](tile)
    assert np.array_equal(tile, before), "the input was modified"
    assert out.shape == tile.shape
    assert out.dtype == np.float32
    assert np.isfinite(out).all()
    assert out.min() >= 0.0
    assert out.max() <= 1.0
    assert np.abs(out - tile).mean() > 0.01


@pytest.mark.parametrize("name", MODELS)
def test_every_filter_takes_and_returns_uint8(name: str, tile: np.ndarray) -> None:
    u8 = np.round(tile * 255).astype(np.uint8)
    out = opencv.FILTERS[name](u8)
    assert out.dtype == np.uint8
    assert out.shape == u8.shape
    as_float = opencv.FILTERS[name](u8.astype(np.float32) / 255)
    # Same image through both paths: at most rounding apart on average.
    assert np.abs(out.astype(np.float32) - as_float * 255).mean() < 1.0


@pytest.mark.parametrize("name", MODELS)
@pytest.mark.parametrize(("height", "width"), [(64, 64), (97, 131), (256, 256)])
@pytest.mark.parametrize("level", [0.0, 0.5, 1.0])
def test_flat_tiles_stay_finite_and_in_range(name: str, height: int, width: int, level: float) -> None:
    flat = np.full((height, width, 3), level, dtype=np.float32)
    out = opencv.FILTERS[name](flat)
    assert out.shape == flat.shape
    assert np.isfinite(out).all()
    assert 0.0 <= out.min() <= out.max() <= 1.0


def test_all_filters_cope_with_a_2048_tile_and_a_tiny_one() -> None:
    big = textured(2048, seed=3)
    tiny = textured(8, seed=4)
    for name in EFFECTS:
        for image in (big, tiny):
            out = opencv.FILTERS[name](image)
            assert out.shape == image.shape, name
            assert np.isfinite(out).all(), name


def test_filters_refuse_what_is_not_an_rgb_image() -> None:
    with pytest.raises(ValueError, match=r"shape \(H, W, 3\)"):
        filters.stylize(np.zeros((8, 8), np.float32))
    with pytest.raises(ValueError, match="uint8 or float32"):
        filters.grade(np.zeros((8, 8, 3), np.float64))
    with pytest.raises(ValueError, match="non-empty"):
        filters.passthrough(np.zeros((0, 8, 3), np.uint8))


def test_option_defaults_match_the_filter_signatures() -> None:
    for model in opencv.SPEC.models:
        fn = opencv.FILTERS[model.name]
        params = {
            p.name: p.default
            for p in inspect.signature(fn).parameters.values()
            if p.name not in ("img", "seed")
        }
        assert model.options is not None
        defaults = {name: field.default for name, field in model.options.model_fields.items()}
        assert defaults == params, model.name


# What each filter is meant to do, measured.


def _laplacian_energy(img: np.ndarray) -> float:
    return float(np.abs(cv2.Laplacian(cv2.cvtColor(img, cv2.COLOR_RGB2GRAY), cv2.CV_32F)).mean())


def test_smooth_flattens_noise_but_keeps_a_step_edge() -> None:
    rng = np.random.default_rng(0)
    img = np.full((128, 128, 3), 0.3, np.float32)
    img[:, 64:] = 0.8
    noisy = np.clip(img + rng.normal(0.0, 0.02, img.shape), 0.0, 1.0).astype(np.float32)
    out = filters.smooth(noisy)
    assert out[:, 8:56].std() < 0.3 * noisy[:, 8:56].std()
    assert out[:, 72:120].std() < 0.3 * noisy[:, 72:120].std()
    assert out[:, 66:].mean() - out[:, :62].mean() > 0.45  # the 0.5 step survives
    assert np.abs(out[:, 65] - out[:, 62]).mean() > 0.4  # and stays sharp


def test_detail_amplifies_fine_structure(tile: np.ndarray) -> None:
    assert _laplacian_energy(filters.detail(tile)) > 1.5 * _laplacian_energy(tile)
    assert _laplacian_energy(filters.detail(tile, amount=0.0)) < _laplacian_energy(tile)
    assert np.array_equal(filters.detail(tile, amount=1.0), tile)


def test_grade_looks(tile: np.ndarray) -> None:
    def warmth(img: np.ndarray) -> float:
        return float((img[..., 0] - img[..., 2]).mean())

    def saturation(img: np.ndarray) -> float:
        return float((img.max(axis=2) - img.min(axis=2)).mean())

    assert warmth(filters.grade(tile, look="warm")) > warmth(tile) + 0.05
    assert warmth(filters.grade(tile, look="cool")) < warmth(tile) - 0.05
    assert saturation(filters.grade(tile, look="bleach")) < 0.7 * saturation(tile)
    grey = filters.grade(tile, look="warm", saturation=0.0)
    assert saturation(grey) < saturation(tile)
    looks = [filters.grade(tile, look=look) for look in ("warm", "cool", "teal_orange", "bleach")]
    for i in range(len(looks)):
        for j in range(i):
            assert np.abs(looks[i] - looks[j]).mean() > 0.01


def test_posterize_and_oil_quantise(tile: np.ndarray) -> None:
    out = filters.posterize(tile, levels=4, edges=0.0)
    assert len(np.unique(out)) <= 4
    outlined = filters.posterize(tile, levels=4, edges=1.0)
    assert (outlined == 0).all(axis=2).sum() > (out == 0).all(axis=2).sum()
    assert len(np.unique(filters.oil(tile, levels=3))) <= 3
    assert len(np.unique(filters.oil(tile))) > 50


def test_oil_keeps_a_straight_edge_sharp() -> None:
    img = np.zeros((64, 64, 3), np.float32)
    img[:, 32:] = 1.0
    assert np.array_equal(filters.oil(img, radius=6), img)


def test_pencil_grey_mode_is_grey_and_strokes_follow_the_seed(tile: np.ndarray) -> None:
    grey = filters.pencil(tile, color=0.0)
    assert np.abs(grey[..., 0] - grey[..., 1]).max() < 1e-3
    assert np.abs(grey[..., 1] - grey[..., 2]).max() < 1e-3
    assert np.array_equal(filters.pencil(tile, seed=7), filters.pencil(tile, seed=7))
    assert not np.array_equal(filters.pencil(tile, seed=7), filters.pencil(tile, seed=8))
    # Without shading no randomness is left.
    assert np.array_equal(
        filters.pencil(tile, shading=0.0, seed=7), filters.pencil(tile, shading=0.0, seed=8)
    )


def test_stylize_without_outlines_is_only_smoothing(tile: np.ndarray) -> None:
    plain = filters.stylize(tile, edges=0.0)
    outlined = filters.stylize(tile)
    assert (outlined <= plain + 1e-6).all()  # outlines only darken
    assert (outlined < plain - 0.1).any()
    assert np.array_equal(filters.stylize(tile, smoothing=0, edges=0.0), tile)


# ----------------------------------------------------------------------------------------- pipeline


def _pipeline(model: str, strength: float = 1.0, **options: object) -> opencv.OpenCVPipeline:
    settings = PassSettings.model_validate(
        {"pipeline": "opencv", "diffusion": {"model": model, "strength": strength}, "options": options}
    )
    return get_spec("opencv").factory(PipelineContext(settings, torch.device("cpu"), torch.float32))


def test_factory_builds_the_default_model_from_default_settings() -> None:
    pipe = get_spec("opencv").factory(PipelineContext(PassSettings(), torch.device("cpu"), torch.float32))
    assert pipe.model == "stylize"
    assert pipe.strength == 0.5
    assert pipe.effective_steps() == 1


def test_factory_resolves_aliases_and_options() -> None:
    pipe = _pipeline("Kuwahara", radius=3)
    assert pipe.model == "oil"
    assert pipe.options == {"radius": 3, "levels": 0}


def test_factory_rejects_unknown_models_and_options() -> None:
    with pytest.raises(
        PipelineError, match=r"^unknown model 'pencl' for pipeline 'opencv' \(did you mean 'pencil'\?\)"
    ):
        _pipeline("pencl")
    with pytest.raises(PipelineError) as err:
        _pipeline("grade", look="sepia")
    assert str(err.value) == (
        "option 'look' of opencv model 'grade' is invalid: Input should be 'warm', 'cool', 'teal_orange' or "
        "'bleach' (got 'sepia'). Options of grade: look='teal_orange', contrast=0.0, saturation=1.0"
    )
    with pytest.raises(
        PipelineError, match=r"^unknown option 'level' for opencv model 'posterize' \(did you mean"
    ):
        _pipeline("posterize", level=3)
    with pytest.raises(
        PipelineError, match=r"'line_size' of opencv model 'stylize' is invalid: must be odd, e.g. 11"
    ):
        _pipeline("stylize", line_size=10)


@pytest.mark.parametrize("name", MODELS)
def test_strength_zero_is_exactly_the_input(name: str, tile: np.ndarray) -> None:
    tiles = as_batch(tile, textured(160, seed=1))
    out = run(_pipeline(name, strength=0.0), tiles)
    assert out.dtype == torch.float32
    assert torch.equal(out, tiles)


@pytest.mark.parametrize("name", MODELS)
def test_strength_one_is_exactly_the_effect(name: str, tile: np.ndarray) -> None:
    pipe = _pipeline(name, strength=1.0)
    out = run(pipe, as_batch(tile), seeds=[42])
    kwargs = {"seed": 42} if name in ("pencil", "jitter") else {}
    expected = opencv.FILTERS[name](tile, **kwargs)
    assert torch.equal(out[0], torch.from_numpy(expected).permute(2, 0, 1))


def test_strength_blends_linearly(tile: np.ndarray) -> None:
    tiles = as_batch(tile)
    effect = run(_pipeline("grade", strength=1.0), tiles)
    half = run(_pipeline("grade", strength=0.3), tiles)
    assert torch.allclose(half, tiles + 0.3 * (effect - tiles), atol=1e-6)
    assert (half - tiles).abs().mean() > 0.005


def test_passthrough_is_bit_identical_even_out_of_range(tile: np.ndarray) -> None:
    tiles = as_batch(tile, tile[::-1].copy()) * 1.2 - 0.1  # values outside [0, 1] too
    out = run(_pipeline("passthrough", strength=0.7), tiles, seeds=[1, 2])
    assert torch.equal(out, tiles)
    assert out.data_ptr() != tiles.data_ptr()


@pytest.mark.parametrize("name", EFFECTS)
def test_batch_of_three_equals_three_singles(name: str) -> None:
    images = [textured(96, seed=s) for s in (10, 11, 12)]
    seeds = [5, 6, 7]
    pipe = _pipeline(name, strength=0.8)
    batch = as_batch(*images)
    before = batch.clone()
    together = run(pipe, batch, seeds=seeds)
    assert torch.equal(batch, before), "the request's tiles were modified"
    for i, image in enumerate(images):
        alone = run(pipe, as_batch(image), seeds=[seeds[i]])
        assert torch.equal(together[i], alone[0])
    assert (together - as_batch(*images)).abs().mean() > 0.005


@pytest.mark.parametrize("name", EFFECTS)
def test_same_seed_same_output(name: str, tile: np.ndarray) -> None:
    pipe = _pipeline(name)
    first = run(pipe, as_batch(tile), seeds=[123])
    again = run(_pipeline(name), as_batch(tile), seeds=[123])
    assert torch.equal(first, again)
    other = run(pipe, as_batch(tile), seeds=[124])
    assert torch.equal(first, other) == (name not in ("pencil", "jitter"))


def test_cancelled_token_stops_before_any_tile(tile: np.ndarray) -> None:
    token = CancelToken()
    token.cancel("user pressed stop")
    steps: list[tuple[int, int]] = []
    with pytest.raises(RenderCancelled, match="user pressed stop"):
        _pipeline("stylize").process(request(as_batch(tile)), lambda s, t: steps.append((s, t)), token)
    assert steps == []


def test_cancelling_during_a_batch_stops_at_the_next_tile(tile: np.ndarray) -> None:
    token = CancelToken()
    steps: list[tuple[int, int]] = []

    def on_step(step: int, total: int) -> None:
        steps.append((step, total))
        token.cancel()

    with pytest.raises(RenderCancelled):
        _pipeline("oil").process(request(as_batch(tile, tile, tile)), on_step, token)
    assert steps == [(1, 1)]


def test_strided_tiles_give_the_same_result() -> None:
    big = as_batch(textured(192, seed=20), textured(192, seed=21))
    strided = big[:, :, ::2, ::2]
    assert not strided.is_contiguous()
    pipe = _pipeline("detail", strength=0.6)
    assert torch.equal(run(pipe, strided, seeds=[1, 2]), run(pipe, strided.contiguous(), seeds=[1, 2]))


def test_empty_batch_and_bad_shapes(tile: np.ndarray) -> None:
    pipe = _pipeline("smooth")
    empty = torch.zeros((0, 3, 32, 32))
    assert run(pipe, empty, seeds=[]).shape == (0, 3, 32, 32)
    with pytest.raises(ValueError, match=r"\(B, 3, h, w\)"):
        run(pipe, torch.zeros((1, 4, 32, 32)), seeds=[1])
    with pytest.raises(ValueError, match="expected 2 seeds"):
        run(_pipeline("pencil"), as_batch(tile, tile), seeds=[1])


def test_direct_construction_checks_like_the_factory() -> None:
    assert opencv.OpenCVPipeline().model == "stylize"
    with pytest.raises(PipelineError, match="takes no options"):
        opencv.OpenCVPipeline("passthrough", {"radius": 2})
    with pytest.raises(ValueError, match="strength"):
        opencv.OpenCVPipeline("oil", strength=1.5)


def test_filters_never_modify_their_input_tiles():
    """Tiles are handed to filters without a copy (channels-last views): no filter may write into them."""
    from hextile.cancel import CancelToken
    from hextile.pipelines.base import TileRequest
    from hextile.pipelines.opencv import FILTERS, OpenCVPipeline

    g = torch.Generator().manual_seed(3)
    base = torch.rand(2, 64, 64, 3, generator=g).permute(0, 3, 1, 2)  # channels-last, as the engine sends
    for name in FILTERS:
        tiles = base.clone()
        req = TileRequest(tiles, None, [1, 2], [5, 6], ["", ""], ["", ""])
        out = OpenCVPipeline(name, {}, 0.7).process(req, lambda s, n: None, CancelToken())
        assert torch.equal(tiles, base), name
        assert out.shape == (2, 3, 64, 64)
