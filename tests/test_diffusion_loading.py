"""Finding and checking diffusion models offline: friendly names, the HF cache, folders, files, errors."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
import torch
from tests.tiny_models import (
    build_tiny,
    make_pipeline,
    pass_settings,
    put_in_hf_cache,
    random_tiles,
    run_tiles,
)

from hextile.errors import PipelineError
from hextile.pipelines import diffusion_specs as ds
from hextile.pipelines.cache import ModelCache
from hextile.pipelines.diffusion.loading import (
    ModelSource,
    installed_models,
    parse_options,
    resolve_model,
    sniff_checkpoint,
)
from hextile.pipelines.registry import find_model, get_spec

pytestmark = pytest.mark.usefixtures("one_torch_thread_per_module")


@pytest.fixture
def hf_cache(tmp_path, monkeypatch):
    """An empty Hugging Face cache, offline."""
    import huggingface_hub.constants as c

    cache = tmp_path / "hf-cache"
    cache.mkdir()
    monkeypatch.setattr(c, "HF_HUB_CACHE", str(cache))
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    return cache


MEDIUM = "stabilityai/stable-diffusion-3.5-medium"
MISSING = f"model 'SD 3.5 Medium' ({MEDIUM}) is not on this machine. Download it with: hf download {MEDIUM}"


def test_missing_model_fails_before_any_work(hf_cache):
    s = pass_settings("sd35", "SD 3.5 Medium")
    with pytest.raises(PipelineError) as e:
        ds.check_available(s)
    assert str(e.value) == MISSING
    with pytest.raises(PipelineError) as e:
        get_spec("sd35").preflight(s)
    assert str(e.value) == MISSING
    pipe = make_pipeline(s)  # building the pass pipeline is cheap and does not look for weights…
    with pytest.raises(PipelineError) as e:
        pipe.load()  # …loading (or the first process call) fails with the same line
    assert str(e.value) == MISSING
    s2 = pass_settings("sd35", "SD 3.5 Turbo")
    with pytest.raises(
        PipelineError,
        match=r"model 'SD 3\.5 Large Turbo' \(stabilityai/stable-diffusion-3\.5-large-"
        r"turbo\) is not on this machine\. Download it with: hf download stabilityai/stable-diffusion"
        r"-3\.5-large-turbo$",
    ):
        ds.check_available(s2)


def test_friendly_name_loads_from_the_hf_cache(hf_cache, tiny_root):
    put_in_hf_cache(hf_cache, MEDIUM, build_tiny("sd35", tiny_root))
    for name in ("SD 3.5 Medium", "sd35-medium", MEDIUM):
        ds.check_available(pass_settings("sd35", name))
    # generic steps/guidance → the model's own defaults (40 steps, guidance 4.5)
    s = pass_settings("sd35", "SD 3.5 Medium", diffusion={"num_inference_steps": 20, "guidance_scale": 7.0})
    pipe = make_pipeline(s)
    assert (pipe.num_inference_steps, pipe.guidance_scale, pipe.effective_steps()) == (40, 4.5, 20)
    out = run_tiles(pipe, random_tiles(1))
    assert out.shape == (1, 3, 64, 64)

    found = {m.repo_id: m for m in installed_models(hf_cache)}
    assert found[MEDIUM].family == "sd35"
    assert found[MEDIUM].name == "SD 3.5 Medium"
    assert found[MEDIUM].complete
    assert ds.installed_models is installed_models


def test_partly_downloaded_model_is_reported(hf_cache, tiny_root):
    snap = put_in_hf_cache(hf_cache, MEDIUM, build_tiny("sd35", tiny_root))
    for f in (snap / "transformer").glob("*.safetensors"):
        f.unlink()
    with pytest.raises(PipelineError) as e:
        ds.check_available(pass_settings("sd35", "SD 3.5 Medium"))
    assert str(e.value) == (
        f"model 'SD 3.5 Medium' ({MEDIUM}) is only partly on this machine (missing: transformer"
        f" weights). Download it with: hf download {MEDIUM}"
    )
    assert not {m.repo_id: m for m in installed_models(hf_cache)}[MEDIUM].complete


@pytest.mark.parametrize(
    ("build", "family"),
    [
        ("sd15", "sd15"),
        ("sd15_base", "sd15"),
        ("sd21", "sd21"),
        ("sdxl", "sdxl"),
        ("sd35", "sd35"),
        ("flux", "flux"),
        ("flux_fill", "flux"),
    ],
)
def test_detect_family_of_folders(build, family, tiny_root):
    folder = build_tiny(build, tiny_root)
    assert ds.detect_family(folder) == family
    src = resolve_model(None, str(folder))
    assert (src.family, src.kind, src.location) == (family, "folder", str(folder.resolve()))


def test_folders_that_are_not_pipelines(tmp_path, tiny_root):
    with pytest.raises(PipelineError, match=r"is not a diffusers pipeline folder \(no model_index.json\)"):
        ds.detect_family(tmp_path)
    unet = build_tiny("sdxl", tiny_root) / "unet"
    with pytest.raises(PipelineError, match="holds a single model"):
        ds.detect_family(unet)
    with pytest.raises(PipelineError) as e:
        ds.check_available(pass_settings("sdxl", tmp_path / "nope"))
    assert str(e.value) == f"model path '{tmp_path / 'nope'}' does not exist. Check diffusion.model"


def test_wrong_family_for_a_folder(tiny_root):
    folder = build_tiny("flux", tiny_root)
    expected = (
        f"model folder '{folder.resolve()}' is for pipeline flux (FLUX), not sdxl. "
        "Set pipeline: flux, or choose a model of pipeline sdxl"
    )
    s = pass_settings("sdxl", folder)
    with pytest.raises(PipelineError) as e:
        ds.check_available(s)
    assert str(e.value) == expected
    with pytest.raises(PipelineError) as e:
        make_pipeline(s)
    assert str(e.value) == expected


def test_friendly_name_of_another_family():
    with pytest.raises(PipelineError) as e:
        ds.check_available(pass_settings("sdxl", "FLUX.1 dev"))
    assert str(e.value) == (
        "model 'FLUX.1 dev' belongs to pipeline flux, not sdxl. "
        "Set pipeline: flux, or choose one of: SDXL Inpaint, SDXL Base, SDXL Turbo"
    )


def test_registry_knows_the_families():
    assert find_model("SD 3.5 Turbo")[0].name == "sd35"
    assert find_model("SD 3.5 Turbo")[1].repo_id == "stabilityai/stable-diffusion-3.5-large-turbo"
    assert find_model("FLUX.1 schnell")[1].defaults["num_inference_steps"] == 4
    assert find_model("SDXL Inpaint")[1].repo_id == "diffusers/stable-diffusion-xl-1.0-inpainting-0.1"
    assert find_model("FLUX.1 Fill dev")[1].variant == "fill"
    assert find_model("SD 1.5 Inpaint")[0].name == "sd15"
    assert find_model("SD 2.1")[0].name == "sd21"
    for fam in ("sdxl", "sd35", "flux", "sd15", "sd21"):
        caps = get_spec(fam).capabilities
        assert caps.prompt
        assert caps.inpaint_mask
        assert caps.lora
        assert caps.needs_weights
        assert caps.steps
        assert caps.negative_prompt == (fam != "flux")
        assert "euler" in get_spec(fam).schedulers
    assert get_spec("sdxl").capabilities.controlnet_types == ("canny", "depth", "tile")
    assert get_spec("sd21").capabilities.controlnet_types == ("canny", "depth")
    src = resolve_model("sd35", "SD 3.5 Turbo")
    assert (src.kind, src.location, src.label) == (
        "repo",
        "stabilityai/stable-diffusion-3.5-large-turbo",
        "SD 3.5 Large Turbo",
    )
    assert src.describe() == "model 'SD 3.5 Large Turbo' (stabilityai/stable-diffusion-3.5-large-turbo)"


def test_importing_specs_does_not_import_diffusers():
    code = (
        "import sys, hextile.pipelines.diffusion_specs, hextile.pipelines.upscale;"
        "import hextile.pipelines.registry as r;"
        "r.all_specs(); print('diffusers' in sys.modules, 'transformers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_options_and_scheduler_are_checked(tiny_root):
    folder = build_tiny("sd35", tiny_root)
    with pytest.raises(PipelineError) as e:
        ds.check_available(pass_settings("sd35", folder, options={"vae_tilling": True}))
    assert str(e.value).startswith(
        "unknown diffusion option 'vae_tilling'. Valid options: dtype, attention_slicing"
    )
    with pytest.raises(PipelineError, match="option cpu_offload = 'always' is invalid"):
        ds.check_available(pass_settings("sd35", folder, options={"cpu_offload": "always"}))
    with pytest.raises(PipelineError) as e:
        ds.check_available(pass_settings("sd35", folder, diffusion={"scheduler": "dpmpp_2m"}))
    assert str(e.value).startswith(
        "scheduler 'dpmpp_2m' is not available for pipeline sd35. Use one of: flow_euler"
    )
    with pytest.raises(PipelineError, match="option vae_tiling = 'yes' is invalid"):
        parse_options({"vae_tiling": "yes"})  # strict: a string is not a boolean
    opts = parse_options({"dtype": "bf16", "cpu_offload": "model", "vae_tiling": True})
    assert (opts.dtype, opts.cpu_offload, opts.vae_tiling, opts.attention_slicing) == (
        "bf16",
        "model",
        True,
        False,
    )
    # the options are also declared on the models, for the UI / config checker
    assert find_model("SDXL Inpaint")[1].options is type(opts)


def _checkpoint(path, names_shapes):
    from safetensors.torch import save_file

    save_file({n: torch.zeros(s) for n, s in names_shapes.items()}, str(path))
    return path


def test_single_file_checkpoints_are_recognised(tmp_path, hf_cache):
    cases = {
        "sdxl.safetensors": (
            {
                "conditioner.embedders.1.model.x": (1,),
                "model.diffusion_model.input_blocks.0.0.weight": (8, 4, 1, 1),
            },
            ("sdxl", "stabilityai/stable-diffusion-xl-base-1.0"),
        ),
        "sdxl-inpaint.safetensors": (
            {
                "conditioner.embedders.1.model.x": (1,),
                "model.diffusion_model.input_blocks.0.0.weight": (8, 9, 1, 1),
            },
            ("sdxl", "diffusers/stable-diffusion-xl-1.0-inpainting-0.1"),
        ),
        "sd15.safetensors": (
            {
                "cond_stage_model.transformer.x": (1,),
                "model.diffusion_model.input_blocks.0.0.weight": (8, 4, 1, 1),
            },
            ("sd15", "stable-diffusion-v1-5/stable-diffusion-v1-5"),
        ),
        "sd21.safetensors": (
            {"cond_stage_model.model.x": (1,), "model.diffusion_model.input_blocks.0.0.weight": (8, 4, 1, 1)},
            ("sd21", "stabilityai/stable-diffusion-2-1"),
        ),
        "sd35m.safetensors": (
            {f"model.diffusion_model.joint_blocks.{i}.x": (1,) for i in range(24)},
            ("sd35", MEDIUM),
        ),
        "schnell.safetensors": (
            {"double_blocks.0.x": (1,), "img_in.weight": (8, 64)},
            ("flux", "black-forest-labs/FLUX.1-schnell"),
        ),
        "dev.safetensors": (
            {"double_blocks.0.x": (1,), "guidance_in.x": (1,), "img_in.weight": (8, 64)},
            ("flux", "black-forest-labs/FLUX.1-dev"),
        ),
    }
    for name, (tensors, expected) in cases.items():
        p = _checkpoint(tmp_path / name, tensors)
        assert sniff_checkpoint(p) == expected, name
        assert ds.detect_family(p) == expected[0]
    # a checkpoint needs its diffusers configs locally to load offline
    with pytest.raises(PipelineError) as e:
        ds.check_available(pass_settings("sdxl", tmp_path / "sdxl.safetensors"))
    assert str(e.value) == (
        f"checkpoint '{tmp_path / 'sdxl.safetensors'}' needs the diffusers configs of "
        "stabilityai/stable-diffusion-xl-base-1.0, which are not on this machine. Download them with: "
        'hf download stabilityai/stable-diffusion-xl-base-1.0 --include "*.json" --include "*.txt" '
        '--include "*.model"'
    )
    with pytest.raises(PipelineError, match=r"is for pipeline sd35 \(SD 3\.5\), not sdxl"):
        ds.check_available(pass_settings("sdxl", tmp_path / "sd35m.safetensors"))


def test_unreadable_weights_give_one_line(tmp_path, tiny_root):
    folder = tmp_path / "broken"
    shutil.copytree(build_tiny("sd15", tiny_root), folder)
    for f in (folder / "unet").glob("*.safetensors"):
        f.write_bytes(b"not a safetensors file")
    pipe = make_pipeline(pass_settings("sd15", folder), ModelCache(None, "cpu"))
    with pytest.raises(PipelineError) as e:
        pipe.load()
    msg = str(e.value)
    assert msg.startswith(f"cannot load model folder '{folder.resolve()}': ")
    assert "\n" not in msg


def test_model_source_describe():
    assert ModelSource("sdxl", "folder", "/m", "/m").describe() == "model folder '/m'"
    assert ModelSource("sdxl", "repo", "a/b", "a/b").describe() == "model 'a/b'"
