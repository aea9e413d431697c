"""The engine with real diffusers pipelines (tiny random weights, built from configs, offline)."""

import pytest
import torch
from tests.tiny_models import build_lora, build_tiny

from hextile.config import load_config
from hextile.engine import RenderOptions, render
from hextile.geometry import extract_tiles, get_template, merge_tile_
from hextile.imageio import read_image
from hextile.output import load_manifest

OPTS = RenderOptions(device="cpu")


pytestmark = pytest.mark.usefixtures("one_torch_thread_per_module")


@pytest.fixture(scope="module")
def models(tmp_path_factory):
    root = tmp_path_factory.mktemp("tiny")
    return {f: build_tiny(f, root) for f in ("sdxl", "sd35", "sd15")} | {"lora": build_lora("sdxl", root)}


def _cfg(template, passes, **top):
    return load_config(
        {
            "hextile": {"template": str(template)},
            "prompt": {"global": "a castle on a hill", "negative": "blurry"},
            "diffusion": {"seed": 3, "num_inference_steps": 4, "strength": 0.5},
            **top,
            "passes": passes,
        }
    )


def test_two_families_in_one_render(models, small_template, small_pano, tmp_path):
    c = _cfg(
        small_template,
        [
            {"name": "sdxl inpaint", "pipeline": "sdxl", "diffusion": {"model": str(models["sdxl"])}},
            {
                "name": "sd3 parallel",
                "pipeline": "sd35",
                "mode": "parallel",
                "diffusion": {"model": str(models["sd35"]), "batch_size": 4},
            },
        ],
    )
    events = []
    res = render(c, small_pano, tmp_path / "a", options=OPTS, on_event=events.append)
    assert res.status == "completed"
    src, out = read_image(small_pano)[0], read_image(res.final_image)[0]
    assert float((src - out).abs().mean()) > 2 / 255  # tiles really were processed
    steps = [e for e in events if e.kind == "step"]
    assert {e.steps for e in steps} == {2}  # 4 steps × strength 0.5
    m = load_manifest(res.render_dir / "passes.json")
    assert [p.settings["pipeline"] for p in m.passes] == ["sdxl", "sd35"]
    again = render(c, small_pano, tmp_path / "b", options=OPTS)
    assert torch.equal(read_image(again.final_image)[0], out)  # deterministic


def test_sequential_inpaint_keeps_finished_pixels(models, small_template, small_pano, tmp_path):
    c = _cfg(
        small_template, [{"pipeline": "sdxl", "diffusion": {"model": str(models["sdxl"]), "strength": 0.9}}]
    )
    res = render(c, small_pano, tmp_path, options=OPTS)
    t = get_template(str(small_template))
    cov = torch.zeros(1, 128, 256)
    merge_tile_(torch.zeros(1, 128, 256), torch.zeros(1, 64, 64), 1, t, coverage=cov)
    keep = extract_tiles(cov, t, 64, numbers=[2])[0, 0]
    tin = read_image(res.render_dir / "pass_0" / "tiles" / "Hextile_02.png")[0]
    tout = read_image(res.render_dir / "pass_0" / "tiles_diffused" / "Hextile_02.png")[0]
    kept = keep > 0.999
    assert kept.sum() > 100  # tile 2 overlaps the finished tile 1
    assert torch.equal(tin[:, kept], tout[:, kept])
    assert float((tin[:, ~kept] - tout[:, ~kept]).abs().mean()) > 2 / 255


def test_shared_model_loads_once_and_budget_forces_eviction(models, small_template, small_pano, tmp_path):
    passes = [
        {"pipeline": "sdxl", "diffusion": {"model": str(models["sdxl"])}},
        {"pipeline": "sd15", "diffusion": {"model": str(models["sd15"])}},
        {"pipeline": "sdxl", "diffusion": {"model": str(models["sdxl"]), "strength": 0.3}},
    ]
    roomy = render(
        _cfg(small_template, passes, mode="parallel"),
        small_pano,
        tmp_path / "a",
        options=RenderOptions(device="cpu", save_tiles=False),
    )
    assert roomy.model_loads == 2 and roomy.model_evictions == 0  # sdxl once, sd15 once
    events = []
    tight = render(
        _cfg(small_template, passes, mode="parallel"),
        small_pano,
        tmp_path / "b",
        options=RenderOptions(device="cpu", save_tiles=False, memory_budget_gb=0),
        on_event=events.append,
    )
    assert tight.model_loads == 3 and tight.model_evictions >= 1  # sdxl had to come back
    said = [e.message for e in events if e.kind == "info"]
    assert any(m.startswith("unloaded") and "memory budget" in m for m in said)
    log = (tight.render_dir / "render.log").read_text()
    assert "unloaded" in log and "to make room for" in log


def test_lora_on_one_pass_switches_without_reloading_base(models, small_template, small_pano, tmp_path):
    lora = {"enabled": True, "models": [{"model_path": str(models["lora"]), "strength": 1.0}]}
    passes = [
        {"name": "styled", "pipeline": "sdxl", "diffusion": {"model": str(models["sdxl"]), "lora": lora}},
        {"name": "plain", "pipeline": "sdxl", "diffusion": {"model": str(models["sdxl"])}},
    ]
    res = render(_cfg(small_template, passes, mode="parallel"), small_pano, tmp_path / "a", options=OPTS)
    assert res.model_loads == 1
    no_lora = render(
        _cfg(small_template, [passes[1]], mode="parallel"), small_pano, tmp_path / "b", options=OPTS
    )
    with_lora = read_image(res.render_dir / "pass_0" / "panorama.png")[0]
    base_only = read_image(no_lora.render_dir / "pass_0" / "panorama.png")[0]
    assert float((with_lora - base_only).abs().mean()) > 1 / 255


def test_missing_model_fails_before_any_work(small_template, small_pano, tmp_path):
    from hextile.errors import PipelineError

    c = _cfg(small_template, [{"pipeline": "sd35", "diffusion": {"model": "SD 3.5 Medium"}}])
    with pytest.raises(PipelineError, match=r"hf download stabilityai/stable-diffusion-3\.5-medium"):
        render(c, small_pano, tmp_path, options=OPTS)
    assert not any(tmp_path.iterdir())  # no render folder was created


@pytest.mark.parametrize("family", ["sdxl", "sd35", "flux", "sd15", "sd21"])
def test_every_family_renders_through_the_engine(family, small_template, small_pano, tmp_path):
    """Each family's tiny pipeline, loaded from a local folder like a user's model, in a 1-pass
    sequential render: tiles change, the family is detected from the folder, results repeat."""
    folder = build_tiny(family, tmp_path / "models")
    c = load_config(
        {
            "hextile": {"template": str(small_template), "rendertiles": [1, 2, 3]},
            "prompt": {"global": "a castle"},
            "pipeline": family,
            "diffusion": {"model": str(folder), "seed": 5, "num_inference_steps": 2, "strength": 0.6},
        }
    )
    a = render(c, small_pano, tmp_path / "a", options=OPTS)
    b = render(c, small_pano, tmp_path / "b", options=OPTS)
    out = read_image(a.final_image)[0]
    assert float((out - read_image(small_pano)[0]).abs().mean()) > 0.5 / 255
    assert torch.equal(out, read_image(b.final_image)[0])
    from hextile.pipelines.diffusion_specs import detect_family

    assert detect_family(folder) == family


def test_incompatible_lora_fails_before_the_render_starts(models, small_template, small_pano, tmp_path):
    from hextile.errors import PipelineError

    lora = build_lora("sd15", tmp_path / "loras")
    c = _cfg(
        small_template,
        [
            {
                "pipeline": "sdxl",
                "diffusion": {
                    "model": str(models["sdxl"]),
                    "lora": {"enabled": True, "models": [{"model_path": str(lora)}]},
                },
            }
        ],
    )
    with pytest.raises(PipelineError) as exc:
        render(c, small_pano, tmp_path / "out", options=OPTS)
    assert "\n" not in str(exc.value)
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_cache_owned_by_the_caller_keeps_models_loaded_between_renders(
    models, small_template, small_pano, tmp_path
):
    from hextile.pipelines.cache import ModelCache

    cache = ModelCache(None, "cpu")
    cfg = _cfg(
        small_template, [{"pipeline": "sdxl", "diffusion": {"model": str(models["sdxl"])}}], mode="parallel"
    )
    opts = RenderOptions(device="cpu", save_tiles=False)
    first = render(cfg, small_pano, tmp_path / "a", options=opts, model_cache=cache)
    second = render(cfg, small_pano, tmp_path / "b", options=opts, model_cache=cache)
    assert first.model_loads == 1
    assert second.model_loads == 0  # the second job with the same model loads nothing
    assert len(cache) == 1  # the caller's cache is not emptied at the end of a render
    assert torch.equal(read_image(first.final_image)[0], read_image(second.final_image)[0])
