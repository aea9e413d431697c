"""The pre-render check of diffusion passes with the hub *online* (no HF_HUB_OFFLINE), as users run.

A model, LoRA or ControlNet that is not on this machine fails every pass's check before the render
folder exists, in one short line naming what is missing and the ``hf download`` command; hextile
never starts a download (tests block the network: a download attempt would fail differently).
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from tests.conftest import test_env
from tests.tiny_models import build_tiny, pass_settings

from hextile.config import load_config
from hextile.engine import RenderOptions, render
from hextile.errors import PipelineError
from hextile.pipelines.diffusion.preflight import check_available
from hextile.pipelines.registry import get_spec

MEDIUM = "stabilityai/stable-diffusion-3.5-medium"
MISSING = f"model 'SD 3.5 Medium' ({MEDIUM}) is not on this machine. Download it with: hf download {MEDIUM}"


@pytest.fixture
def online_empty_cache(tmp_path, monkeypatch):
    """An empty Hugging Face cache with offline mode off (the default for a user)."""
    import huggingface_hub.constants as c

    cache = tmp_path / "hf-cache"
    cache.mkdir()
    monkeypatch.setattr(c, "HF_HUB_CACHE", str(cache))
    monkeypatch.setattr(c, "HF_HUB_OFFLINE", False)
    monkeypatch.setenv("HF_HUB_CACHE", str(cache))
    for var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HEXTILE_OFFLINE"):
        monkeypatch.delenv(var, raising=False)
    return cache


def test_every_diffusion_spec_uses_the_preflight_module():
    for family in ("sdxl", "sd35", "flux", "sd15", "sd21"):
        assert get_spec(family).preflight is check_available


def test_missing_model_is_one_line_with_the_download_command(online_empty_cache):
    with pytest.raises(PipelineError) as e:
        check_available(pass_settings("sd35", "SD 3.5 Medium"))
    assert str(e.value) == MISSING
    assert len(str(e.value)) < 200


def test_missing_lora_repo_names_the_download_command(online_empty_cache, tiny_root):
    model = build_tiny("sdxl", tiny_root)
    lora = {"enabled": True, "models": [{"model_path": "someone/watercolor-xl", "strength": 0.8}]}
    with pytest.raises(PipelineError) as e:
        check_available(pass_settings("sdxl", model, diffusion={"lora": lora}))
    assert str(e.value) == (
        "LoRA 'someone/watercolor-xl' is not on this machine. "
        "Download it with: hf download someone/watercolor-xl"
    )
    lora["models"][0]["model_path"] = "someone/loras/ink.safetensors"
    with pytest.raises(PipelineError) as e:
        check_available(pass_settings("sdxl", model, diffusion={"lora": lora}))
    assert str(e.value).endswith("Download it with: hf download someone/loras ink.safetensors")


def test_missing_controlnet_names_the_download_command(online_empty_cache, tiny_root):
    model = build_tiny("sdxl", tiny_root)
    units = {"enabled": True, "units": [{"type": "canny"}]}
    with pytest.raises(PipelineError) as e:
        check_available(pass_settings("sdxl", model, controlnet=units))
    assert str(e.value) == (
        "ControlNet canny model (diffusers/controlnet-canny-sdxl-1.0) is not on this machine. "
        "Download it with: hf download diffusers/controlnet-canny-sdxl-1.0"
    )


def _two_passes(template, second: dict) -> dict:
    """Pass 1 is a CPU filter that would run; pass 2 needs something that is missing."""
    return {
        "hextile": {"template": str(template)},
        "passes": [{"pipeline": "opencv"}, {"pipeline": "sd35", **second}],
    }


@pytest.mark.parametrize(
    ("second", "missing"),
    [
        ({"diffusion": {"model": "SD 3.5 Medium"}}, MISSING),
        (
            {
                "diffusion": {
                    "model": "SD 3.5 Medium",
                    "lora": {"enabled": True, "models": [{"model_path": "a/b"}]},
                }
            },
            MISSING,
        ),
    ],
)
def test_render_fails_before_the_render_folder_exists(
    online_empty_cache, small_template, small_pano, tmp_path, second, missing
):
    out = tmp_path / "renders"
    with pytest.raises(PipelineError) as e:
        render(load_config(_two_passes(small_template, second)), small_pano, out, options=RenderOptions())
    assert str(e.value) == missing
    assert not out.exists() or not any(out.iterdir())


def test_render_later_pass_missing_lora_fails_before_the_folder(
    online_empty_cache, small_template, small_pano, tmp_path, tiny_root
):
    model = build_tiny("sd35", tiny_root)
    second = {
        "diffusion": {"model": str(model), "lora": {"enabled": True, "models": [{"model_path": "a/b"}]}}
    }
    out = tmp_path / "renders"
    with pytest.raises(
        PipelineError, match=r"^LoRA 'a/b' is not on this machine\. Download it with: hf download a/b$"
    ):
        render(load_config(_two_passes(small_template, second)), small_pano, out, options=RenderOptions())
    assert not out.exists() or not any(out.iterdir())


def test_cli_prints_one_short_line_and_creates_no_folder(
    online_empty_cache, small_template, small_pano, tmp_path
):
    cfg = tmp_path / "two.hextile.json"
    cfg.write_text(json.dumps(_two_passes(small_template, {"diffusion": {"model": "SD 3.5 Medium"}})))
    env = test_env() | {"HF_HUB_OFFLINE": "0", "HF_HUB_CACHE": str(online_empty_cache)}
    out = tmp_path / "renders"
    args = ["render", str(small_pano), "--config", str(cfg), "--out", str(out)]
    proc = subprocess.run(
        [sys.executable, "-m", "hextile", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert MISSING in lines[0]
    assert len(lines[0]) < 200
    assert "huggingface" not in proc.stderr.lower().replace("hf download", "")
    assert not out.exists() or not any(out.iterdir())
