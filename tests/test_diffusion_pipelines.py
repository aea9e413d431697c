"""The diffusion TilePipelines on tiny random-weight models (CPU, offline), one per family.

Every model is a ``save_pretrained`` folder loaded through the same path users' models take.
"""

from __future__ import annotations

import pytest
import torch
from tests.tiny_models import (
    build_tiny,
    make_pipeline,
    pass_settings,
    pipeline_family,
    random_tiles,
    run_tiles,
)

from hextile.cancel import CancelToken
from hextile.errors import RenderCancelled
from hextile.pipelines.cache import ModelCache
from hextile.pipelines.diffusion.sampling import plan_steps

FAMILIES = ["sd15", "sdxl", "sd35", "flux"]
ALL_BUILDS = [*FAMILIES, "sd21", "sd15_base", "flux_fill"]

pytestmark = pytest.mark.usefixtures("one_torch_thread_per_module")


@pytest.fixture(scope="module")
def cache():
    c = ModelCache(None, "cpu")
    yield c
    c.clear()


def _pipe(build: str, root, cache, **sections):
    folder = build_tiny(build, root)
    return make_pipeline(pass_settings(pipeline_family(build), folder, **sections), cache)


@pytest.mark.parametrize("build", ALL_BUILDS)
def test_family_restyles_deterministically_per_tile(build, tiny_root, cache):
    pipe = _pipe(build, tiny_root, cache)
    tiles = random_tiles(2)
    steps: list[tuple[int, int]] = []
    out = run_tiles(pipe, tiles, on_step=lambda s, n: steps.append((s, n)))
    assert out.shape == tiles.shape
    assert out.dtype == torch.float32
    assert float(out.min()) >= 0.0
    assert float(out.max()) <= 1.0
    assert float((out - tiles).abs().mean()) > 0.01  # it did something
    assert steps == [(1, 2), (2, 2)]
    assert pipe.effective_steps() == 2

    again = run_tiles(_pipe(build, tiny_root, cache), tiles)  # a new pass, same seeds
    assert torch.equal(out, again)

    singles = torch.cat([run_tiles(pipe, tiles[i : i + 1], seeds=[100 + i]) for i in range(2)])
    torch.testing.assert_close(out, singles, atol=2e-4, rtol=0)  # per-tile generators

    other_seed = run_tiles(pipe, tiles, seeds=[7, 8])
    assert not torch.allclose(out, other_seed)


@pytest.mark.parametrize("build", FAMILIES)
def test_inpaint_keeps_finished_pixels(build, tiny_root, cache):
    pipe = _pipe(build, tiny_root, cache)
    tiles = random_tiles(2, seed=3)
    keep = torch.zeros(2, 1, 64, 64)
    keep[..., :24] = 1.0
    keep[1] = 0.0  # tile 2 has nothing finished: img2img
    out = run_tiles(pipe, tiles, keep=keep)
    assert torch.equal(out[0, :, :, :24], tiles[0, :, :, :24])
    assert float((out[0, :, :, 32:] - tiles[0, :, :, 32:]).abs().mean()) > 0.01
    alone = run_tiles(pipe, tiles[1:], keep=None, seeds=[101])
    torch.testing.assert_close(out[1:], alone, atol=2e-4, rtol=0)  # all-zero keep = img2img


def test_fully_kept_tile_is_returned_as_is(tiny_root, cache):
    pipe = _pipe("sdxl", tiny_root, cache)
    tiles = random_tiles(1)
    steps: list[tuple[int, int]] = []
    out = run_tiles(pipe, tiles, keep=torch.ones(1, 1, 64, 64), on_step=lambda s, n: steps.append((s, n)))
    assert torch.equal(out, tiles)
    assert steps == [(1, 2), (2, 2)]


def test_effective_steps_are_clamped_and_explained(tiny_root, cache):
    assert plan_steps(20, 0.45).effective == 9
    assert plan_steps(20, 0.45).explain() == "20 steps × strength 0.45 → 9 denoising steps"
    p = plan_steps(2, 0.3)
    assert (p.steps, p.effective) == (4, 1)
    assert p.explain() == "2 steps × strength 0.3 → 0 steps; raised to 4 steps → 1 denoising step"
    assert plan_steps(10, 1.0).effective == 10
    assert plan_steps(7, 0.01).effective == 1

    for build in ("sd15", "sd35"):  # both rounding conventions of diffusers
        for steps, strength in [(2, 0.3), (10, 0.33), (7, 0.5), (3, 1.0)]:
            pipe = _pipe(
                build, tiny_root, cache, diffusion={"num_inference_steps": steps, "strength": strength}
            )
            seen: list[int] = []
            run_tiles(pipe, random_tiles(1), on_step=lambda s, n: seen.append(s))  # noqa: B023
            assert len(seen) == pipe.effective_steps() == plan_steps(steps, strength).effective


def test_strength_zero_passes_tiles_through(tiny_root, cache):
    pipe = _pipe("sd15", tiny_root, cache, diffusion={"strength": 0.0})
    tiles = random_tiles(2)
    assert torch.equal(run_tiles(pipe, tiles), tiles)
    assert pipe.effective_steps() == 1
    assert pipe.explain_steps() == "strength 0 → tiles pass through unchanged"


def test_prompts_matter_and_are_encoded_once_per_pass(tiny_root, cache, monkeypatch):
    pipe = _pipe("sdxl", tiny_root, cache)
    calls: list[str] = []
    real = pipe.ops.encode

    def counting(p, prompt, negative, cfg, opts, defaults):
        calls.append(prompt)
        return real(p, prompt, negative, cfg, opts, defaults)

    monkeypatch.setattr(pipe.ops, "encode", counting)
    tiles = random_tiles(2)
    a = run_tiles(pipe, tiles, prompts=["a red house", "a red house"], seeds=[1, 1])
    run_tiles(pipe, tiles, prompts=["a red house", "a blue sea"])
    assert calls == ["a red house", "a blue sea"]
    b = run_tiles(pipe, tiles, prompts=["a red house", "a blue sea"], seeds=[1, 1])
    assert torch.equal(a[0], b[0])
    assert not torch.equal(a[1], b[1])


def test_negative_prompt_matters_except_for_flux(tiny_root, cache):
    tiles = random_tiles(1)
    for build, differs in (("sd15", True), ("flux", False)):
        pipe = _pipe(build, tiny_root, cache)
        a = run_tiles(pipe, tiles, negatives=["blurry"])
        b = run_tiles(pipe, tiles, negatives=["sharp edges"])
        assert (not torch.equal(a, b)) == differs


def test_cancel_during_steps_raises(tiny_root, cache):
    pipe = _pipe("sd35", tiny_root, cache, diffusion={"num_inference_steps": 8, "strength": 1.0})
    token = CancelToken()
    seen: list[int] = []

    def on_step(step: int, steps: int) -> None:
        seen.append(step)
        if step == 2:
            token.cancel("stop")

    with pytest.raises(RenderCancelled):
        run_tiles(pipe, random_tiles(1), cancel=token, on_step=on_step)
    assert seen == [1, 2]
    token2 = CancelToken()
    token2.cancel()
    with pytest.raises(RenderCancelled):
        run_tiles(pipe, random_tiles(1), cancel=token2)


def test_tiles_come_out_at_tile_output_width(tiny_root, cache):
    pipe = _pipe("flux", tiny_root, cache, hextile={"tile_output_width": 256})
    out = run_tiles(pipe, random_tiles(1, size=72))  # also not a multiple of 16
    assert out.shape == (1, 3, 256, 256)


def test_each_scheduler_runs(tiny_root, cache):
    from hextile.pipelines.diffusion import catalog

    for build in ("sd21", "sd35"):
        fam = pipeline_family(build)
        for name in catalog.scheduler_names(fam):
            pipe = _pipe(build, tiny_root, cache, diffusion={"scheduler": name, "num_inference_steps": 6})
            seen: list[int] = []
            out = run_tiles(pipe, random_tiles(1), on_step=lambda s, n: seen.append(s))  # noqa: B023
            assert len(seen) == 3, name
            assert bool(torch.isfinite(out).all()), name


def test_model_defaults_apply_only_to_generic_values():
    from hextile.pipelines.diffusion.loading import ModelSource

    spec_defaults = {"num_inference_steps": 4, "guidance_scale": 0.0}

    class FakeSource(ModelSource):
        @property
        def defaults(self):
            return spec_defaults

    from hextile.pipelines.diffusion.common import DiffusionTilePipeline

    p = DiffusionTilePipeline.__new__(DiffusionTilePipeline)
    p.source = FakeSource("flux", "repo", "x/y", "x")
    generic = pass_settings(
        "flux", "x/y", diffusion={"num_inference_steps": 20, "guidance_scale": 7.0}
    ).diffusion
    assert p._model_default(generic, "num_inference_steps") == 4
    assert p._model_default(generic, "guidance_scale") == 0.0
    chosen = pass_settings(
        "flux", "x/y", diffusion={"num_inference_steps": 6, "guidance_scale": 1.5}
    ).diffusion
    assert p._model_default(chosen, "num_inference_steps") == 6
    assert p._model_default(chosen, "guidance_scale") == 1.5


@pytest.mark.parametrize("build", ["sd15", "sd35"])
def test_the_cached_vae_other_passes_share_is_never_patched(build, tiny_root, cache):
    """Encoding takes the distribution's mode (deterministic, no generator drawn) through a twin of
    the VAE that only this pass's pipelines use: while tiles are processed, the cached VAE — shared
    with other passes and renders in other threads — keeps its own ``encode``."""
    pipe = _pipe(build, tiny_root, cache)
    pipe.load()
    vae = pipe._base.vae
    patched_during_steps: list[bool] = []
    keep = torch.zeros(2, 1, 64, 64)
    keep[1, ..., :20] = 1.0  # img2img and inpaint both encode
    run_tiles(
        pipe,
        random_tiles(2, seed=3),
        keep=keep,
        on_step=lambda k, n: patched_during_steps.append("encode" in vars(vae)),
    )
    assert patched_during_steps
    assert not any(patched_during_steps)
    assert all(p.vae is not vae for p in pipe._pipes.values())  # the twin…
    assert all(
        dict(p.vae.named_parameters()).keys() == dict(vae.named_parameters()).keys()
        for p in pipe._pipes.values()
    )
    twin = next(iter(pipe._pipes.values())).vae
    assert all(
        a is b for a, b in zip(twin.parameters(), vae.parameters(), strict=True)
    )  # …shares the weights
