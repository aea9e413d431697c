"""resolve_passes and the merge rule: objects merge deeply, lists replace whole."""

from __future__ import annotations

import pytest

from hextile.config import PassSettings, RenderConfig, load_config, resolve_passes
from hextile.config.merge import deep_merge, set_path
from hextile.errors import ConfigError

TOP = {
    "name": "Base",
    "pipeline": "sdxl",
    "hextile": {"template": "Hextile_20_2K", "rendertiles": [1, 2, 3], "tile_input_width": 1024},
    "diffusion": {
        "model": "SDXL Inpaint",
        "seed": 42,
        "strength": 0.85,
        "lora": {
            "enabled": True,
            "models": [{"model_path": "a.safetensors"}, {"model_path": "b.safetensors"}],
        },
    },
    "controlnet": {"enabled": True, "units": [{"type": "canny"}, {"type": "depth"}]},
    "prompt": {"global": "a lake", "negative": "blur", "tiles": {"1": "sky", "2": "sun"}},
    "options": {"a": 1, "nested": {"x": 1, "y": 2}},
    "input": {"path": "pano.jpg"},
    "output": {"path": "out"},
}


def test_without_passes_the_top_level_is_the_single_pass() -> None:
    (only,) = resolve_passes(load_config({"diffusion": {"strength": 0.3}}))
    assert type(only) is PassSettings
    assert only.name == "Pass 1"
    assert only.diffusion.strength == 0.3


def test_a_named_single_pass_keeps_its_name() -> None:
    assert resolve_passes(load_config({"name": "Restyle"}))[0].name == "Restyle"


def test_single_pass_equals_the_top_level_settings() -> None:
    cfg = load_config(TOP)
    (only,) = resolve_passes(cfg)
    assert only.model_dump() == {k: v for k, v in cfg.model_dump().items() if k in PassSettings.model_fields}


def test_empty_entries_copy_the_top_level_and_get_default_names() -> None:
    cfg = load_config(TOP | {"passes": [{}, {}, {}]})
    passes = resolve_passes(cfg)
    assert [p.name for p in passes] == ["Pass 1", "Pass 2", "Pass 3"]  # not the top-level "Base"
    base = resolve_passes(load_config(TOP))[0]
    for p in passes:
        assert p.model_dump(exclude={"name"}) == base.model_dump(exclude={"name"})


def test_objects_merge_deeply() -> None:
    entry = {
        "hextile": {"template": "Hextile_44_4K"},
        "diffusion": {"strength": 0.25, "lora": {"settings": {"combine_mode": "normalized"}}},
        "prompt": {"global": "a lake at dusk", "tiles": {"2": "moon", "3": "stars"}},
        "options": {"nested": {"y": 3}},
    }
    (p,) = resolve_passes(load_config(TOP | {"passes": [entry]}))
    assert p.hextile.template == "Hextile_44_4K"
    assert p.hextile.rendertiles == [1, 2, 3]  # sibling kept
    assert p.hextile.tile_input_width == 1024
    assert p.diffusion.strength == 0.25
    assert (p.diffusion.seed, p.diffusion.model) == (42, "SDXL Inpaint")
    assert p.diffusion.lora.enabled is True
    assert [m.model_path for m in p.diffusion.lora.models] == ["a.safetensors", "b.safetensors"]
    assert p.diffusion.lora.settings.combine_mode == "normalized"
    assert (p.prompt.global_, p.prompt.negative) == ("a lake at dusk", "blur")
    assert p.prompt.tiles == {"1": "sky", "2": "moon", "3": "stars"}
    assert p.options == {"a": 1, "nested": {"x": 1, "y": 3}}
    assert p.pipeline == "sdxl"


def test_lists_replace_whole() -> None:
    entry = {
        "hextile": {"rendertiles": [7]},
        "diffusion": {"lora": {"models": [{"model_path": "c.safetensors"}]}},
        "controlnet": {"units": []},
    }
    (p,) = resolve_passes(load_config(TOP | {"passes": [entry]}))
    assert p.hextile.rendertiles == [7]
    assert [m.model_path for m in p.diffusion.lora.models] == ["c.safetensors"]
    assert p.controlnet.units == []
    assert p.controlnet.enabled is True


def test_a_scalar_replaces_a_list_and_a_list_replaces_a_scalar() -> None:
    (a, b) = resolve_passes(load_config(TOP | {"passes": [{"hextile": {"rendertiles": "all"}}, {}]}))
    assert a.hextile.rendertiles == "all"
    assert b.hextile.rendertiles == [1, 2, 3]
    (c,) = resolve_passes(load_config({"passes": [{"hextile": {"rendertiles": [5, 6]}}]}))
    assert c.hextile.rendertiles == [5, 6]


def test_null_in_an_entry_replaces_the_top_level_value() -> None:
    (p,) = resolve_passes(load_config(TOP | {"passes": [{"diffusion": {"model": None}}]}))
    assert p.diffusion.model is None
    assert p.diffusion.seed == 42


def test_explicit_names_are_kept_and_defaults_follow_the_position() -> None:
    entries = [{}, {"name": "Refine"}, {}]
    assert [p.name for p in resolve_passes(load_config({"passes": entries}))] == [
        "Pass 1",
        "Refine",
        "Pass 3",
    ]


def test_pass_entries_may_spell_global_by_its_python_name() -> None:
    cfg = load_config({"prompt": {"global": "top"}, "passes": [{"prompt": {"global_": "mine"}}, {}]})
    assert [p.prompt.global_ for p in resolve_passes(cfg)] == ["mine", "top"]


def test_passes_are_independent_copies() -> None:
    a, b = resolve_passes(load_config(TOP | {"passes": [{}, {}]}))
    a.diffusion.lora.models[0].strength = 0.1
    a.prompt.tiles["9"] = "x"
    assert b.diffusion.lora.models[0].strength == 1.0
    assert "9" not in b.prompt.tiles


def test_render_wide_fields_never_reach_a_pass() -> None:
    (p,) = resolve_passes(load_config(TOP | {"passes": [{}]}))
    assert not hasattr(p, "input")
    assert not hasattr(p, "passes")
    assert set(p.model_dump()) == set(PassSettings.model_fields)


def test_invalid_entries_of_a_config_built_in_python_are_reported_with_their_pass() -> None:
    cfg = RenderConfig(passes=[{}, {"diffusion": {"strength": 3}}])
    with pytest.raises(ConfigError) as info:
        resolve_passes(cfg)
    assert info.value.errors == ["passes[1].diffusion.strength: 3 is not between 0 and 1"]


# --- the merge helpers ---------------------------------------------------------------------


def test_deep_merge_does_not_modify_its_inputs() -> None:
    base = {"a": {"b": 1, "c": [1, 2]}, "d": 1}
    over = {"a": {"c": [3]}, "e": {"f": 1}}
    merged = deep_merge(base, over)
    assert merged == {"a": {"b": 1, "c": [3]}, "d": 1, "e": {"f": 1}}
    assert base == {"a": {"b": 1, "c": [1, 2]}, "d": 1}
    assert over == {"a": {"c": [3]}, "e": {"f": 1}}
    merged["e"]["f"] = 2
    assert over["e"]["f"] == 1


def test_deep_merge_replaces_an_object_with_a_non_object() -> None:
    assert deep_merge({"a": {"b": 1}}, {"a": None}) == {"a": None}
    assert deep_merge({"a": 1}, {"a": {"b": 1}}) == {"a": {"b": 1}}


def test_set_path_creates_objects_and_steps_into_lists() -> None:
    data: dict = {"controlnet": {"units": [{"type": "canny"}]}}
    set_path(data, "diffusion.lora.enabled", True)
    set_path(data, "controlnet.units.0.type", "depth")
    assert data == {"controlnet": {"units": [{"type": "depth"}]}, "diffusion": {"lora": {"enabled": True}}}


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("pipeline.x", "cannot set pipeline.x: pipeline is 'opencv', not an object"),
        (
            "controlnet.units.3.type",
            "cannot set controlnet.units.3.type: controlnet.units is a list of 1 items",
        ),
        ("diffusion..seed", "'diffusion..seed' is not a field path"),
    ],
)
def test_set_path_refuses_paths_that_lead_nowhere(path: str, message: str) -> None:
    data = {"pipeline": "opencv", "controlnet": {"units": [{}]}}
    with pytest.raises(ConfigError) as info:
        set_path(data, path, 1)
    assert info.value.problem == message
