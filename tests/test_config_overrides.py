"""apply_overrides (CLI flags as dotted paths) and new_config."""

from __future__ import annotations

import pytest

from hextile.config import MAX_PASSES, apply_overrides, export_config, load_config, new_config, resolve_passes
from hextile.errors import ConfigError

FLAGS = {
    "hextile.template": "Hextile_44_4K",
    "diffusion.strength": 0.3,
    "prompt.global": "a harbour at dawn",
    "pipeline": "opencv",
    "diffusion.model": "stylize",
    "diffusion.seed": 5,
    "mode": "parallel",
}

TWO = {
    "diffusion": {"model": "oil", "strength": 0.5},
    "passes": [{"diffusion": {"strength": 0.85}}, {"name": "Fine", "hextile": {"template": "Hextile_44_4K"}}],
}


def test_without_passes_overrides_change_the_top_level() -> None:
    cfg = load_config({"diffusion": {"model": "oil"}})
    out = apply_overrides(cfg, FLAGS)
    assert out.passes is None
    (p,) = resolve_passes(out)
    assert p.hextile.template == "Hextile_44_4K"
    assert (p.diffusion.strength, p.diffusion.model, p.diffusion.seed) == (0.3, "stylize", 5)
    assert p.prompt.global_ == "a harbour at dawn"
    assert p.mode == "parallel"


def test_the_original_config_is_not_changed() -> None:
    cfg = load_config(TWO)
    before = export_config(cfg)
    apply_overrides(cfg, {"diffusion.strength": 0.1})
    apply_overrides(cfg, {"diffusion.strength": 0.1}, pass_index=2)
    assert export_config(cfg) == before


def test_with_passes_and_no_index_every_pass_changes() -> None:
    out = apply_overrides(load_config(TWO), {"diffusion.strength": 0.3, "diffusion.seed": 9})
    passes = resolve_passes(out)
    assert [p.diffusion.strength for p in passes] == [0.3, 0.3]
    assert [p.diffusion.seed for p in passes] == [9, 9]
    assert [p.name for p in passes] == ["Pass 1", "Fine"]
    assert [p.hextile.template for p in passes] == ["Hextile_20_2K", "Hextile_44_4K"]  # rest kept
    assert out.diffusion.strength == 0.3  # and the top-level settings
    assert all(
        set(entry) >= {"name", "diffusion", "hextile"} for entry in out.passes or []
    )  # written complete


def test_a_pass_index_changes_that_pass_only() -> None:
    cfg = load_config(TWO)
    out = apply_overrides(cfg, {"diffusion.strength": 0.2, "prompt.global": "fine detail"}, pass_index=2)
    first, second = resolve_passes(out)
    assert (first.diffusion.strength, first.prompt.global_) == (0.85, "")
    assert (second.diffusion.strength, second.prompt.global_) == (0.2, "fine detail")
    assert out.diffusion.strength == 0.5
    assert (out.passes or [])[0] == {"diffusion": {"strength": 0.85}}  # other entries stay as given


def test_pass_index_one_of_a_single_pass_config_is_the_top_level() -> None:
    out = apply_overrides(load_config({}), {"diffusion.strength": 0.2}, pass_index=1)
    assert out.diffusion.strength == 0.2
    assert out.passes is None


@pytest.mark.parametrize(("index", "count"), [(0, 2), (3, 2), (-1, 2)])
def test_a_pass_index_out_of_range_is_refused(index: int, count: int) -> None:
    with pytest.raises(ConfigError) as info:
        apply_overrides(load_config(TWO), {"diffusion.strength": 0.2}, pass_index=index)
    assert (
        str(info.value)
        == f"pass {index} does not exist: the config has {count} passes. use a pass number from 1 to 2"
    )


def test_a_pass_index_beyond_a_single_pass_config() -> None:
    with pytest.raises(
        ConfigError, match=r"pass 2 does not exist: the config has 1 pass\. use a pass number from 1 to 1"
    ):
        apply_overrides(load_config({}), {"mode": "parallel"}, pass_index=2)


def test_an_invalid_value_is_reported_once_with_its_path() -> None:
    with pytest.raises(ConfigError) as info:
        apply_overrides(load_config(TWO), {"diffusion.strength": 1.7})
    assert info.value.errors == ["diffusion.strength: 1.7 is not between 0 and 1"]
    assert str(info.value) == "invalid override, diffusion.strength: 1.7 is not between 0 and 1."
    with pytest.raises(ConfigError) as info:
        apply_overrides(load_config(TWO), {"diffusion.strength": 1.7}, pass_index=2)
    assert info.value.errors == ["passes[1].diffusion.strength: 1.7 is not between 0 and 1"]


def test_an_unknown_field_suggests_the_right_one() -> None:
    with pytest.raises(ConfigError) as info:
        apply_overrides(load_config({}), {"diffusion.strenght": 0.2})
    assert info.value.errors == ["diffusion.strenght: unknown field (did you mean 'strength'?)"]


def test_a_path_through_a_value_is_refused() -> None:
    with pytest.raises(ConfigError, match=r"cannot set pipeline\.name: pipeline is 'opencv', not an object"):
        apply_overrides(load_config({}), {"pipeline.name": "x"})


def test_override_values_are_typed_strictly_like_the_file() -> None:
    out = apply_overrides(load_config({}), {"diffusion.strength": 0.25, "diffusion.seed": 12})
    assert (out.diffusion.strength, out.diffusion.seed) == (0.25, 12)
    with pytest.raises(ConfigError, match=r"^invalid override, diffusion.seed: '12' is not a whole number"):
        apply_overrides(load_config({}), {"diffusion.seed": "12"})


def test_prompt_global_may_be_spelled_global_() -> None:
    out = apply_overrides(load_config(TWO), {"prompt.global_": "x"})
    assert [p.prompt.global_ for p in resolve_passes(out)] == ["x", "x"]


def test_list_items_by_index() -> None:
    cfg = load_config({"controlnet": {"enabled": True, "units": [{"type": "canny"}]}})
    out = apply_overrides(cfg, {"controlnet.units.0.type": "tile"})
    assert out.controlnet.units[0].type == "tile"


def test_render_wide_fields_go_to_the_top_level() -> None:
    out = apply_overrides(load_config(TWO), {"output.path": "renders", "input.path": "pano.jpg"})
    assert (out.output.path, out.input.path) == ("renders", "pano.jpg")
    assert all("output" not in entry for entry in out.passes or [])
    with pytest.raises(ConfigError, match=r"output\.path belongs to the whole render"):
        apply_overrides(load_config(TWO), {"output.path": "renders"}, pass_index=1)
    with pytest.raises(ConfigError, match="passes cannot be overridden"):
        apply_overrides(load_config(TWO), {"passes": []})


# --- new_config ----------------------------------------------------------------------------


def test_new_config_has_one_pass_at_the_top_level() -> None:
    cfg = new_config()
    assert cfg.passes is None
    assert (cfg.name, cfg.pipeline, cfg.diffusion.model) == ("Pass 1", "opencv", None)
    assert [p.name for p in resolve_passes(cfg)] == ["Pass 1"]


def test_new_config_copies_the_first_pass() -> None:
    cfg = new_config(3, pipeline="sdxl", model="SDXL Inpaint")
    passes = resolve_passes(cfg)
    assert [p.name for p in passes] == ["Pass 1", "Pass 2", "Pass 3"]
    for p in passes:
        assert (p.pipeline, p.diffusion.model) == ("sdxl", "SDXL Inpaint")
        assert p.model_dump(exclude={"name"}) == passes[0].model_dump(exclude={"name"})
    assert all(len(entry) == len(passes[0].model_dump()) for entry in cfg.passes or [])  # complete


@pytest.mark.parametrize("n", [0, MAX_PASSES + 1])
def test_new_config_pass_count_is_limited(n: int) -> None:
    with pytest.raises(ConfigError, match=f"{n} passes asked for. a render has 1 to 10 passes"):
        new_config(n)


def test_new_config_refuses_an_empty_pipeline_name() -> None:
    with pytest.raises(ConfigError, match="pipeline: must not be empty"):
        new_config(pipeline="")
