"""export_config / save_config: canonical JSON that loads back to the same passes, byte for byte."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hextile.config import (
    PassSettings,
    RenderConfig,
    export_config,
    load_config,
    new_config,
    resolve_passes,
    save_config,
)
from hextile.config.models import FOREIGN_FIELDS
from hextile.errors import ConfigError, OutputError

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.hextile.json"))

TEN_PASSES = {
    "pipeline": "opencv",
    "hextile": {"template": "Hextile_20_2K", "tile_input_width": 1024, "tile_output_width": 1024},
    "diffusion": {"model": "stylize", "seed": 7},
    "prompt": {"global": "caf\u00e9 terrace at night, \u661f\u7a7a", "tiles": {"1": "sky"}},
    "options": {"look": "warm"},
    "input": {"path": "pano.jpg", "width": 4096, "height": 2048},
    "output": {"path": "renders", "file_format": "WEBP"},
    "passes": [
        {"name": f"Step {i}", "diffusion": {"strength": round(0.9 - i * 0.08, 2)}}
        if i % 2
        else {
            "hextile": {
                "template": ["Hextile_20_2K", "Hextile_32_3K", "Hextile_44_4K"][i % 3],
                "rendertiles": [1, 2],
            },
            "diffusion": {
                "model": "oil",
                "lora": {"models": [{"model_path": f"l{i}.safetensors", "strength": 0.5}]},
            },
            "controlnet": {"enabled": True, "units": [{"type": "depth", "depth_boost": 1.2}]},
            "prompt": {"tiles": {str(i + 1): "tile prompt"}},
            "options": {"nested": {"k": [i, i + 1]}},
        }
        for i in range(10)
    ],
}


def round_trip(cfg: RenderConfig) -> str:
    text = export_config(cfg)
    again = load_config(json.loads(text))
    assert export_config(again) == text
    assert resolve_passes(again) == resolve_passes(cfg)
    return text


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_examples_round_trip_byte_identical(path: Path, tmp_path: Path) -> None:
    cfg = load_config(path)
    text = round_trip(cfg)
    saved = save_config(load_config(json.loads(text)), tmp_path / "again.hextile.json")
    assert saved.read_text(encoding="utf-8") == text
    assert export_config(load_config(saved)) == text


def test_there_are_six_examples() -> None:
    assert [p.name for p in EXAMPLES] == [
        "coarse-to-fine.cpu.hextile.json",
        "coarse-to-fine.sd.hextile.json",
        "progressive-detail.cpu.hextile.json",
        "progressive-detail.sd.hextile.json",
        "style-transfer.cpu.hextile.json",
        "style-transfer.sd.hextile.json",
    ]


def test_ten_passes_round_trip() -> None:
    cfg = load_config(TEN_PASSES)
    text = round_trip(cfg)
    passes = json.loads(text)["passes"]
    assert [p["name"] for p in passes] == ["Pass 1", "Step 1", "Pass 3", "Step 3", "Pass 5", "Step 5",
                                           "Pass 7", "Step 7", "Pass 9", "Step 9"]  # fmt: skip
    assert "café terrace" in text  # written as UTF-8, not \\u escapes


def test_new_configs_round_trip() -> None:
    for n in (1, 2, 10):
        round_trip(new_config(n))


def test_every_pass_is_written_complete() -> None:
    cfg = load_config({"passes": [{}, {"diffusion": {"strength": 0.2}}]})
    data = json.loads(export_config(cfg))
    for entry in data["passes"]:
        assert list(entry) == [PassSettings.model_fields[k].alias or k for k in PassSettings.model_fields]
        assert list(entry["diffusion"]) == list(json.loads(export_config(RenderConfig()))["diffusion"])
    assert data["passes"][1]["diffusion"]["strength"] == 0.2
    assert data["passes"][0]["name"] == "Pass 1"
    assert data["passes"][1]["name"] == "Pass 2"


def test_single_pass_configs_have_no_passes_key_and_one_entry_stays_one() -> None:
    assert "passes" not in json.loads(export_config(load_config({"diffusion": {"strength": 0.2}})))
    data = json.loads(export_config(load_config({"passes": [{"diffusion": {"strength": 0.2}}]})))
    assert len(data["passes"]) == 1


def test_canonical_layout() -> None:
    text = export_config(load_config({"prompt": {"global": "a lake"}}))
    assert text.endswith("}\n")
    assert not text.endswith("\n\n")
    assert text.startswith('{\n  "name": "Pass 1",\n  "pipeline": "opencv",\n')
    data = json.loads(text)
    assert list(data) == [k for k in RenderConfig.model_fields if k not in ("passes", *FOREIGN_FIELDS)]
    assert data["prompt"]["global"] == "a lake"
    assert "global_" not in text


def test_values_are_normalised_once_then_stable() -> None:
    cfg = load_config({"diffusion": {"strength": 1, "guidance_scale": 7}, "hextile": {"rendertiles": [3, 1]}})
    text = round_trip(cfg)
    data = json.loads(text)
    assert data["diffusion"]["strength"] == 1.0
    assert data["diffusion"]["guidance_scale"] == 7.0
    assert data["hextile"]["rendertiles"] == [3, 1]  # order is the user's


def test_export_refuses_an_invalid_pass_built_in_python() -> None:
    with pytest.raises(ConfigError, match=r"passes\[0\]\.diffusion\.strength: 2 is not between 0 and 1"):
        export_config(RenderConfig(passes=[{"diffusion": {"strength": 2}}]))


def test_save_replaces_the_file_atomically_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "cfg.hextile.json"
    target.write_text("old", encoding="utf-8")
    before = target.stat().st_ino
    assert save_config(new_config(2), target) == target
    assert target.read_text(encoding="utf-8") == export_config(new_config(2))
    assert os.listdir(tmp_path) == ["cfg.hextile.json"]
    assert target.stat().st_ino != before  # a new file renamed over the old one, not rewritten in place


def test_saved_files_get_the_usual_permissions(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        target = save_config(new_config(), tmp_path / "cfg.hextile.json")
    finally:
        os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o644


def test_save_into_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as info:
        save_config(new_config(), tmp_path / "nope" / "cfg.json")
    assert "\n" not in str(info.value)
    assert str(info.value).startswith(f"cannot save config {tmp_path / 'nope' / 'cfg.json'}: ")
