"""LoRAs and ControlNets per pass, on tiny random-weight models (CPU, offline)."""

from __future__ import annotations

import pytest
import torch
from tests.tiny_models import (
    build_controlnet,
    build_lora,
    build_tiny,
    make_pipeline,
    pass_settings,
    random_tiles,
    run_tiles,
)

from hextile.errors import PipelineError
from hextile.pipelines import diffusion_specs as ds
from hextile.pipelines.cache import ModelCache
from hextile.pipelines.diffusion import lora as lora_mod

pytestmark = pytest.mark.usefixtures("one_torch_thread_per_module")

FAMILIES = ["sd15", "sdxl", "sd35", "flux"]


def _lora(path, strength=1.0, enabled=True):
    return {"model_path": str(path), "strength": strength, "enabled": enabled}


def _loras(*models, mode="additive"):
    return {"lora": {"enabled": True, "models": list(models), "settings": {"combine_mode": mode}}}


def _units(*units):
    return {"enabled": True, "units": list(units)}


# --------------------------------------------------------------------------- LoRA
@pytest.mark.parametrize("family", FAMILIES)
def test_lora_weight_zero_is_the_base_and_passes_switch_without_reloading(family, tiny_root):
    folder, lora = build_tiny(family, tiny_root), build_lora(family, tiny_root)
    cache = ModelCache(None, "cpu")
    tiles = random_tiles(1)

    base = run_tiles(make_pipeline(pass_settings(family, folder), cache), tiles)
    zero = run_tiles(
        make_pipeline(pass_settings(family, folder, diffusion=_loras(_lora(lora, 0.0))), cache), tiles
    )
    assert torch.equal(zero, base)

    styled_pass = make_pipeline(pass_settings(family, folder, diffusion=_loras(_lora(lora, 1.0))), cache)
    styled = run_tiles(styled_pass, tiles)
    assert float((styled - base).abs().max()) > 1e-3

    plain_again = run_tiles(make_pipeline(pass_settings(family, folder), cache), tiles)  # a pass without LoRA
    assert torch.equal(plain_again, base)
    assert torch.equal(run_tiles(styled_pass, tiles), styled)  # back to the LoRA pass: same result

    key = styled_pass.model_key
    assert cache.stats.loads_of(key) == 1  # the base was loaded once for all passes
    assert len(lora_mod.loaded_adapters(cache.entry(key).value)) == 1  # and the LoRA once


def test_lora_combine_modes(tiny_root):
    a, b = build_lora("sdxl", tiny_root, "a", seed=3), build_lora("sdxl", tiny_root, "b", seed=4)
    folder = build_tiny("sdxl", tiny_root)
    add = lora_mod.pass_loras(pass_settings("sdxl", folder, diffusion=_loras(_lora(a, 2.0), _lora(b, -1.0))))
    assert [r.weight for r in add] == [2.0, -1.0]
    norm = lora_mod.pass_loras(
        pass_settings("sdxl", folder, diffusion=_loras(_lora(a, 2.0), _lora(b, -2.0), mode="normalized"))
    )
    assert [r.weight for r in norm] == [0.5, -0.5]
    off = pass_settings("sdxl", folder, diffusion=_loras(_lora(a, 2.0), _lora(b, 1.0, enabled=False)))
    assert [r.path for r in lora_mod.pass_loras(off)] == [str(a.resolve())]

    cache = ModelCache(None, "cpu")
    tiles = random_tiles(1)
    both = run_tiles(
        make_pipeline(pass_settings("sdxl", folder, diffusion=_loras(_lora(a), _lora(b))), cache), tiles
    )
    only_a = run_tiles(make_pipeline(pass_settings("sdxl", folder, diffusion=_loras(_lora(a))), cache), tiles)
    assert not torch.equal(both, only_a)


def test_incompatible_lora_fails_before_work(tiny_root):
    folder, sd15_lora = build_tiny("sdxl", tiny_root), build_lora("sd15", tiny_root)
    cache = ModelCache(None, "cpu")
    pipe = make_pipeline(pass_settings("sdxl", folder, diffusion=_loras(_lora(sd15_lora))), cache)
    steps: list[int] = []
    with pytest.raises(PipelineError) as e:
        run_tiles(pipe, random_tiles(1), on_step=lambda s, n: steps.append(s))
    assert str(e.value) == (
        f"LoRA '{sd15_lora}' does not fit model folder '{folder.resolve()}' (layer sizes differ:"
        " made for another base model). Use a LoRA trained for SDXL models"
    )
    assert steps == []
    # the failed adapter is gone: the same cached model still runs its base exactly
    base = run_tiles(make_pipeline(pass_settings("sdxl", folder), cache), random_tiles(1))
    fresh = run_tiles(make_pipeline(pass_settings("sdxl", folder), ModelCache(None, "cpu")), random_tiles(1))
    assert torch.equal(base, fresh)


def test_bad_lora_files_fail_the_pre_render_check(tmp_path, tiny_root):
    from safetensors.torch import save_file

    folder = build_tiny("sdxl", tiny_root)
    garbage = tmp_path / "garbage.safetensors"
    garbage.write_bytes(b"\x00" * 64)
    with pytest.raises(
        PipelineError, match=rf"^LoRA '{garbage}' cannot be read \(.*\)\. Use a \.safetensors LoRA"
    ):
        ds.check_available(pass_settings("sdxl", folder, diffusion=_loras(_lora(garbage))))

    not_lora = tmp_path / "weights.safetensors"
    save_file({"unet.conv_in.weight": torch.zeros(2, 2)}, str(not_lora))
    with pytest.raises(PipelineError) as e:
        ds.check_available(pass_settings("sdxl", folder, diffusion=_loras(_lora(not_lora))))
    assert str(e.value) == f"'{not_lora}' is not a LoRA (no LoRA weights in it)."

    flux_lora = tmp_path / "flux-style.safetensors"
    save_file(
        {"transformer.single_transformer_blocks.0.attn.to_k.lora_A.weight": torch.zeros(4, 8)}, str(flux_lora)
    )
    with pytest.raises(PipelineError) as e:
        ds.check_available(pass_settings("sdxl", folder, diffusion=_loras(_lora(flux_lora))))
    assert (
        str(e.value)
        == "LoRA 'flux-style.safetensors' is for FLUX, not SDXL. Use a LoRA trained for SDXL models"
    )

    with pytest.raises(PipelineError) as e:
        ds.check_available(
            pass_settings("sdxl", folder, diffusion=_loras(_lora(tmp_path / "nope.safetensors")))
        )
    assert str(e.value) == (
        f"LoRA file '{tmp_path / 'nope.safetensors'}' does not exist. "
        "Check diffusion.lora.models[].model_path"
    )
    ds.check_available(pass_settings("sdxl", folder, diffusion=_loras(_lora(build_lora("sdxl", tiny_root)))))


# --------------------------------------------------------------------------- ControlNet
@pytest.mark.parametrize("family", FAMILIES)
def test_controlnet_scale_zero_is_no_controlnet(family, tiny_root):
    folder, cn = build_tiny(family, tiny_root), build_controlnet(family, tiny_root)
    cache = ModelCache(None, "cpu")
    tiles = random_tiles(2, seed=5)
    keep = torch.zeros(2, 1, 64, 64)
    keep[1, ..., :20] = 1.0  # tile 1 img2img, tile 2 inpaint
    canny = {"type": "canny", "model": str(cn), "low_threshold": 50, "high_threshold": 150}

    base = run_tiles(make_pipeline(pass_settings(family, folder), cache), tiles, keep=keep)
    zero = run_tiles(
        make_pipeline(
            pass_settings(family, folder, controlnet=_units({**canny, "conditioning_scale": 0.0})), cache
        ),
        tiles,
        keep=keep,
    )
    torch.testing.assert_close(zero, base, atol=1e-4, rtol=0)

    one = run_tiles(
        make_pipeline(
            pass_settings(family, folder, controlnet=_units({**canny, "conditioning_scale": 1.0})), cache
        ),
        tiles,
        keep=keep,
    )
    assert float((one - base).abs().max()) > 1e-2
    assert torch.equal(one[1, ..., :20], tiles[1, ..., :20])  # the keep mask still holds

    two = run_tiles(
        make_pipeline(
            pass_settings(
                family,
                folder,
                controlnet=_units(
                    {**canny, "conditioning_scale": 1.0},
                    {"type": "tile", "model": str(cn), "conditioning_scale": 0.7, "guidance_end": 0.5},
                ),
            ),
            cache,
        ),
        tiles,
        keep=keep,
    )
    assert float((two - one).abs().max()) > 1e-3
    assert cache.stats.loads_of(("controlnet", family, "folder", str(cn.resolve()), "torch.float32")) == 1


def test_sd35_controlnet_starts_part_way_through_the_pipelines_own_sigmas(tiny_root):
    """SD 3.5 with ControlNet has no img2img pipeline: strength is applied by giving the pipeline the
    tail of the schedule as ``sigmas=`` (its own argument), not by patching the scheduler."""
    from hextile.pipelines.diffusion.sd3 import tail_sigmas

    folder, cn = build_tiny("sd35", tiny_root), build_controlnet("sd35", tiny_root)
    unit = {"type": "canny", "model": str(cn), "low_threshold": 50, "high_threshold": 150}
    pipe = make_pipeline(pass_settings("sd35", folder, controlnet=_units(unit)), ModelCache(None, "cpu"))
    pipe.load()
    sched = pipe._scheduler
    own = {k for k in vars(sched) if k in ("set_timesteps", "sigmas", "timesteps")}
    patched = []
    run_tiles(
        pipe, random_tiles(1, seed=2), on_step=lambda k, n: patched.append("set_timesteps" in vars(sched))
    )
    assert patched == [False] * pipe.step_plan.effective
    plan = pipe.step_plan
    full = sched.__class__.from_config(sched.config)
    full.set_timesteps(plan.steps)
    tail = sched.__class__.from_config(sched.config)
    tail.set_timesteps(sigmas=tail_sigmas(tail, plan.steps, plan.steps - plan.effective))
    torch.testing.assert_close(tail.sigmas, full.sigmas[plan.steps - plan.effective :], atol=1e-6, rtol=0)
    assert own == {k for k in vars(sched) if k in ("set_timesteps", "sigmas", "timesteps")}


def test_unsupported_controlnet_type_fails_before_work(tiny_root):
    folder = build_tiny("sd21", tiny_root)
    s = pass_settings("sd21", folder, controlnet=_units({"type": "tile"}))
    expected = "ControlNet type 'tile' is not available for pipeline sd21. Use one of: canny, depth"
    with pytest.raises(PipelineError) as e:
        ds.check_available(s)
    assert str(e.value) == expected
    with pytest.raises(PipelineError) as e:
        make_pipeline(s)
    assert str(e.value) == expected


def test_controlnet_errors(tiny_root, tmp_path, monkeypatch):
    import huggingface_hub.constants as c

    monkeypatch.setattr(c, "HF_HUB_CACHE", str(tmp_path))
    sdxl = build_tiny("sdxl", tiny_root)
    with pytest.raises(PipelineError) as e:
        ds.check_available(pass_settings("sdxl", sdxl, controlnet=_units({"type": "canny"})))
    assert str(e.value) == (
        "ControlNet canny model (diffusers/controlnet-canny-sdxl-1.0) is not on this machine. "
        "Download it with: hf download diffusers/controlnet-canny-sdxl-1.0"
    )

    sd15_cn = build_controlnet("sd15", tiny_root)
    pipe = make_pipeline(
        pass_settings("sdxl", sdxl, controlnet=_units({"type": "canny", "model": str(sd15_cn)}))
    )
    with pytest.raises(PipelineError) as e:
        pipe.load()
    assert str(e.value) == (
        f"ControlNet canny model ({sd15_cn}) does not fit model folder '{sdxl.resolve()}' "
        "(cross_attention_dim 32 vs 64). Use a canny ControlNet made for this SDXL model"
    )

    depth = pass_settings(
        "sdxl", sdxl, controlnet=_units({"type": "depth", "model": str(build_controlnet("sdxl", tiny_root))})
    )
    with pytest.raises(PipelineError) as e:
        ds.check_available(depth)
    assert str(e.value) == (
        "ControlNet depth needs a depth panorama. Set options.depth_map to an equirectangular "
        "depth image of the same scene (bright = near)"
    )

    fill = pass_settings(
        "flux",
        build_tiny("flux_fill", tiny_root),
        controlnet=_units({"type": "canny", "model": str(build_controlnet("flux", tiny_root))}),
    )
    with pytest.raises(PipelineError, match=r"ControlNet does not work with FLUX\.1 Fill"):
        make_pipeline(fill).load()


def test_depth_controlnet_reads_a_depth_panorama(tiny_root, tmp_path):
    import cv2
    import numpy as np

    folder, cn = build_tiny("sd15", tiny_root), build_controlnet("sd15", tiny_root, "depth", seed=9)
    depth_file = tmp_path / "depth.png"
    yy, xx = np.mgrid[0:128, 0:256]
    cv2.imwrite(str(depth_file), ((np.sin(xx / 20.0) * 0.5 + 0.5) * 65535 * (yy / 127.0)).astype(np.uint16))
    unit = {"type": "depth", "model": str(cn), "conditioning_scale": 1.0}
    s = pass_settings("sd15", folder, controlnet=_units(unit), options={"depth_map": str(depth_file)})
    ds.check_available(s)
    pipe = make_pipeline(s)
    out = run_tiles(pipe, random_tiles(2))  # depth tiles cut from the panorama with the pass's template
    assert out.shape == (2, 3, 64, 64)
