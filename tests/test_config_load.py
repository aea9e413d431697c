"""load_config: reading files and data, and one exact line per problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from hextile.config import MAX_PASSES, RenderConfig, load_config
from hextile.errors import ConfigError, HextileError


def errors_of(source: object) -> list[str]:
    with pytest.raises(ConfigError) as info:
        load_config(source)  # type: ignore[arg-type]
    assert "\n" not in str(info.value)
    return info.value.errors


def write(tmp_path: Path, text: str, name: str = "cfg.hextile.json") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- sources -------------------------------------------------------------------------------


def test_loads_a_file_by_str_and_path_and_a_dict(tmp_path: Path) -> None:
    data = {"pipeline": "opencv", "diffusion": {"strength": 0.3}, "prompt": {"global": "a lake"}}
    path = write(tmp_path, json.dumps(data))
    for source in (path, str(path), data):
        cfg = load_config(source)
        assert isinstance(cfg, RenderConfig)
        assert cfg.diffusion.strength == 0.3
        assert cfg.prompt.global_ == "a lake"
        assert cfg.passes is None


def test_empty_object_gives_all_defaults() -> None:
    cfg = load_config({})
    assert cfg == RenderConfig()
    assert cfg.hextile.template == "Hextile_20_2K"
    assert cfg.name == "Pass 1"


def test_accepts_a_utf8_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"prompt": {"global": "caf\u00e9"}}).encode())
    assert load_config(path).prompt.global_ == "café"


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.json"
    with pytest.raises(ConfigError) as info:
        load_config(missing)
    assert str(info.value) == f"config file {missing} does not exist. check the path"


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="is a folder, not a config file"):
        load_config(tmp_path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "{}")

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)  # chmod does not stop root, which CI may be
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert str(info.value) == f"cannot read config {path}: permission denied. fix its permissions"


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(b'{"prompt": {"global": "caf\xe9"}}')
    assert errors_of(path) == ["is not UTF-8 text (byte 26 cannot be decoded)"]


# --- JSON syntax ---------------------------------------------------------------------------


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = write(tmp_path, '{\n  "pipeline": "opencv"\n  "mode": "parallel"\n}\n')
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.errors == ["invalid JSON at line 3, column 3: Expecting ',' delimiter"]
    assert str(info.value) == f"config {path}: invalid JSON at line 3, column 3: Expecting ',' delimiter."


def test_empty_file(tmp_path: Path) -> None:
    assert errors_of(write(tmp_path, "  \n")) == ["the file is empty (a config is a JSON object: {…})"]


def test_nan_is_not_json(tmp_path: Path) -> None:
    path = write(tmp_path, '{"diffusion": {"strength": NaN}}')
    assert errors_of(path) == ["invalid JSON: NaN is not a JSON number"]


def test_repeated_keys_are_errors_not_silently_dropped(tmp_path: Path) -> None:
    text = (
        '{"diffusion": {"strength": 0.3, "seed": 1, "strength": 0.8}, "passes": [{"name": "a", "name": "b"}]}'
    )
    assert errors_of(write(tmp_path, text)) == [
        "diffusion.strength: is given more than once",
        "passes[0].name: is given more than once",
    ]


def test_top_level_must_be_an_object(tmp_path: Path) -> None:
    assert errors_of(write(tmp_path, "[1, 2]")) == ["the top level is [1, 2], not a JSON object"]


# --- one line per problem ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "line"),
    [
        ({"diffusion": {"strength": 1.7}}, "diffusion.strength: 1.7 is not between 0 and 1"),
        ({"diffusion": {"seed": -2}}, "diffusion.seed: -2 is not between -1 and 4294967295"),
        ({"diffusion": {"seed": 1.5}}, "diffusion.seed: 1.5 is not a whole number"),
        (
            {"diffusion": {"num_inference_steps": "many"}},
            "diffusion.num_inference_steps: 'many' is not a whole number",
        ),
        ({"diffusion": {"guidance_scale": 101}}, "diffusion.guidance_scale: 101 is not between 0 and 100"),
        # strict types: numbers and booleans written as strings are errors, not converted
        ({"hextile": {"tile_input_width": "256"}}, "hextile.tile_input_width: '256' is not a whole number"),
        ({"diffusion": {"strength": "0.3"}}, "diffusion.strength: '0.3' is not a number"),
        ({"diffusion": {"seed": 5.0}}, "diffusion.seed: 5.0 is not a whole number"),
        ({"diffusion": {"lora": {"enabled": 1}}}, "diffusion.lora.enabled: 1 is not true or false"),
        ({"diffusion": {"lora": {"enabled": "true"}}}, "diffusion.lora.enabled: 'true' is not true or false"),
        ({"upscaling": {"scale_factor": "2"}}, "upscaling.scale_factor: '2' is not one of 2, 4"),
        (
            {"passes": [{"diffusion": {"strength": "0.3"}}]},
            "passes[0].diffusion.strength: '0.3' is not a number",
        ),
        ({"hextile": {"tile_input_width": 1001}}, "hextile.tile_input_width: 1001 is not a multiple of 8"),
        ({"hextile": {"tile_input_width": 128}}, "hextile.tile_input_width: 128 is not between 256 and 2048"),
        ({"hextile": {"rendertiles": "some"}}, "hextile.rendertiles: 'some' is not 'all' or a list"),
        ({"hextile": {"rendertiles": [2, 0]}}, "hextile.rendertiles[1]: 0 is below the minimum 1"),
        (
            {"hextile": {"rendertiles": [1, 3, 3]}},
            "hextile.rendertiles: [1, 3, 3] lists tile 3 more than once",
        ),
        (
            {"hextile": {"rendertiles": []}},
            "hextile.rendertiles: [] renders no tiles (use 'all' or a list of tile numbers)",
        ),
        ({"hextile": {"template": ""}}, "hextile.template: must not be empty"),
        ({"mode": "fast"}, "mode: 'fast' is not one of 'sequential', 'parallel'"),
        (
            {"mode": "paralel"},
            "mode: 'paralel' is not one of 'sequential', 'parallel' (did you mean 'parallel'?)",
        ),
        ({"upscaling": {"scale_factor": 3}}, "upscaling.scale_factor: 3 is not one of 2, 4"),
        (
            {"output": {"file_format": "png"}},
            "output.file_format: 'png' is not one of 'PNG', 'JPEG', 'WEBP', 'TIFF' (did you mean 'PNG'?)",
        ),
        ({"input": {"width": 1}}, "input.width: 1 is below the minimum 2"),
        (
            {"diffusion": {"lora": {"enabled": "yes please"}}},
            "diffusion.lora.enabled: 'yes please' is not true or false",
        ),
        (
            {"diffusion": {"lora": {"models": [{"strength": 1}]}}},
            "diffusion.lora.models[0].model_path: required field is missing",
        ),
        (
            {"diffusion": {"lora": {"models": [{"model_path": "a.safetensors", "strength": 5}]}}},
            "diffusion.lora.models[0].strength: 5 is not between -4 and 4",
        ),
        (
            {
                "prompt": {
                    "directional": {
                        "points": [{"yaw_deg": 0, "pitch_deg": 0, "prompt": "x", "radius_deg": 0}]
                    }
                }
            },
            "prompt.directional.points[0].radius_deg: 0 is not between 0 (exclusive) and 180",
        ),
        ({"prompt": {"global": 5}}, "prompt.global: 5 is not a string"),
        (
            {"prompt": {"tiles": {"seven": "a door"}}},
            'prompt.tiles: key \'seven\' is not a tile number (use "1", "2", …)',
        ),
        (
            {"controlnet": {"units": [{"guidance_start": 0.8, "guidance_end": 0.5}]}},
            "controlnet.units[0].guidance_start: 0.8 is greater than guidance_end 0.5",
        ),
        (
            {"controlnet": {"units": [{"type": "canny", "low_threshold": 200, "high_threshold": 100}]}},
            "controlnet.units[0].low_threshold: 200 is not below high_threshold 100",
        ),
        (
            {"controlnet": {"units": [{"type": "sketch"}]}},
            "controlnet.units[0].type: 'sketch' is not one of 'canny', 'depth', 'tile'",
        ),
        ({"controlnet": "on"}, "controlnet: 'on' is not an object"),
        ({"name": ""}, "name: must not be empty"),
        ({"passes": []}, "passes: 0 passes given, at least 1 required"),
        ({"passes": {"name": "x"}}, 'passes: {"name": "x"} is not a list'),
        ({"passes": [3]}, "passes[0]: 3 is not an object"),
    ],
)
def test_each_problem_is_one_exact_line(data: dict, line: str) -> None:
    assert errors_of(data) == [line]


def test_depth_thresholds_are_not_compared() -> None:
    unit = {"type": "depth", "low_threshold": 200, "high_threshold": 100}
    assert load_config({"controlnet": {"units": [unit]}}).controlnet.units[0].type == "depth"


def test_all_problems_are_reported_at_once_and_the_message_is_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, json.dumps({"diffusion": {"strength": 1.7, "strenght": 0.2}, "mode": "fast"}))
    with pytest.raises(ConfigError) as info:
        load_config(path)
    err = info.value
    assert err.errors == [
        "mode: 'fast' is not one of 'sequential', 'parallel'",
        "diffusion.strength: 1.7 is not between 0 and 1",
        "diffusion.strenght: unknown field (did you mean 'strength'?)",
    ]
    assert str(err) == (
        f"config {path} has 3 problems, the first: mode: 'fast' is not one of 'sequential', 'parallel'. "
        f"Run `hextile config validate {path}` to list them all"
    )
    assert isinstance(err, HextileError)
    assert err.exit_code == 2


# --- unknown fields ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "line"),
    [
        ({"diffusion": {"strenght": 0.2}}, "diffusion.strenght: unknown field (did you mean 'strength'?)"),
        ({"hextile": {"templte": "x"}}, "hextile.templte: unknown field (did you mean 'template'?)"),
        ({"prompt": {"negativ": "x"}}, "prompt.negativ: unknown field (did you mean 'negative'?)"),
        ({"prompt": {"globl": "x"}}, "prompt.globl: unknown field (did you mean 'global'?)"),
        # a setting put at the wrong level: the same name elsewhere
        (
            {"template": "Hextile_44_4K"},
            "template: unknown field (did you mean 'hextile.template' or 'upscaling.template'?)",
        ),
        ({"strength": 0.3}, "strength: unknown field (did you mean 'diffusion.strength'?)"),
        ({"model": "x"}, "model: unknown field (did you mean 'diffusion.model' or 'upscaling.model'?)"),
        ({"steps": 4}, "steps: unknown field (did you mean 'diffusion.num_inference_steps'?)"),
        ({"strenght": 0.3}, "strenght: unknown field (did you mean 'diffusion.strength'?)"),
        (
            {"diffusion": {"lora": {"settings": {"zzzz": 1}}}},
            "diffusion.lora.settings.zzzz: unknown field (known: combine_mode)",
        ),
    ],
)
def test_unknown_fields_suggest_the_right_one(data: dict, line: str) -> None:
    assert errors_of(data) == [line]


# --- passes --------------------------------------------------------------------------------


def test_pass_entries_are_validated_after_merging() -> None:
    data = {
        "diffusion": {"strength": 0.5},
        "passes": [{}, {"diffusion": {"strength": 1.7}}, {"hextile": {"tile_input_width": 1001}}],
    }
    assert errors_of(data) == [
        "passes[1].diffusion.strength: 1.7 is not between 0 and 1",
        "passes[2].hextile.tile_input_width: 1001 is not a multiple of 8",
    ]


def test_pass_entry_unknown_field_and_did_you_mean() -> None:
    data = {"passes": [{"diffusion": {"strenght": 0.2}}]}
    assert errors_of(data) == ["passes[0].diffusion.strenght: unknown field (did you mean 'strength'?)"]


def test_a_bad_top_level_value_is_reported_once_not_per_pass() -> None:
    data = {"diffusion": {"strength": 1.7}, "passes": [{}, {"name": "b"}, {"diffusion": {"strength": 2}}]}
    assert errors_of(data) == [
        "diffusion.strength: 1.7 is not between 0 and 1",
        "passes[2].diffusion.strength: 2 is not between 0 and 1",
    ]


def test_cross_field_checks_in_passes() -> None:
    data = {
        "passes": [
            {"controlnet": {"units": [{"guidance_start": 0.9, "guidance_end": 0.1}]}},
            {"hextile": {"rendertiles": [4, 4]}},
        ]
    }
    assert errors_of(data) == [
        "passes[0].controlnet.units[0].guidance_start: 0.9 is greater than guidance_end 0.1",
        "passes[1].hextile.rendertiles: [4, 4] lists tile 4 more than once",
    ]


def test_render_wide_fields_do_not_belong_in_a_pass() -> None:
    data = {"passes": [{"output": {"path": "x"}, "input": {}}, {"schema_version": "v", "passes": []}]}
    assert errors_of(data) == [
        "passes[0].input: belongs to the whole render, set it at the top level",
        "passes[0].output: belongs to the whole render, set it at the top level",
        "passes[1].schema_version: belongs to the whole render, set it at the top level",
        "passes[1].passes: belongs to the whole render, set it at the top level",
    ]


def test_ten_passes_are_allowed_eleven_are_not() -> None:
    assert len(load_config({"passes": [{}] * MAX_PASSES}).passes or []) == 10
    assert errors_of({"passes": [{}] * 11}) == ["passes: 11 passes given, at most 10 are allowed"]


def test_partial_entries_are_kept_as_given() -> None:
    entries = [{"diffusion": {"strength": 0.85}}, {"hextile": {"template": "Hextile_44_4K"}}]
    assert load_config({"passes": entries}).passes == entries


def test_problems_from_a_dict_source_have_no_file_hint() -> None:
    with pytest.raises(ConfigError) as info:
        load_config({"mode": 1, "name": ""})
    assert str(info.value) == (
        "the config has 2 problems, the first: name: must not be empty. "
        "The error lists them all, one per line"
    )


def test_the_other_apps_undocumented_fields_load_round_trip_and_warn(tmp_path: Path) -> None:
    """`tiles`, `sequence`, `coverage` and `post_processing` (fields of the commercial app's config,
    meaning undocumented) do not stop its files from loading; they are kept and said to be unused."""
    from hextile.config import export_config
    from hextile.engine.checks import check_config

    theirs = {
        "schema_version": "prompt-data-model-v2",
        "pipeline": "opencv",
        "coverage": {"mode": "full", "overlap": 0.25},
        "post_processing": [{"type": "sharpen"}],
        "passes": [{"diffusion": {"model": "grade"}}],
    }
    path = tmp_path / "theirs.hextile.json"
    path.write_text(json.dumps(theirs))
    cfg = load_config(path)
    assert check_config(cfg) == [
        "coverage: a field of the other app's config format: kept in the file, not used by hextile",
        "post_processing: a field of the other app's config format: kept in the file, not used by hextile",
    ]
    saved = json.loads(export_config(cfg))
    assert saved["coverage"] == theirs["coverage"] and saved["post_processing"] == theirs["post_processing"]
    assert "tiles" not in saved and "sequence" not in saved  # unset: not written
    assert "coverage" not in saved["passes"][0]  # render-wide, not a pass setting
    with pytest.raises(ConfigError, match=r"passes\[0\]\.tiles: belongs to the whole render"):
        load_config({"passes": [{"tiles": 4}]})
