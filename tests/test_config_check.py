"""check_config: a valid config checked against the templates and the pipeline registry.

The first group swaps in a two-family registry (``fakecpu``, ``fakesd``) so every rule is tested
on known capabilities; the second runs against the real registry and templates.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, Field

from hextile.config import load_config, new_config
from hextile.engine.checks import check_config
from hextile.errors import ConfigError
from hextile.pipelines import registry
from hextile.pipelines.base import Capabilities, ModelSpec, PipelineSpec
from hextile.pipelines.registry import Registry

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


class BlurOptions(BaseModel):
    model_config = ConfigDict(extra="forbid")
    radius: int = Field(3, ge=1)


FAKE_SPECS = (
    PipelineSpec(
        name="fakecpu",
        title="Fake CPU filters",
        description="reads a strength and a seed, nothing else",
        models=(ModelSpec("blur", options=BlurOptions), ModelSpec("sharpen", aliases=("sharp",))),
        default_model="blur",
        capabilities=Capabilities(strength=True, seed=True),
        factory=lambda ctx: None,  # type: ignore[arg-type,return-value]
    ),
    PipelineSpec(
        name="fakesd",
        title="Fake diffusion",
        description="reads everything; ControlNet canny and tile only",
        models=(ModelSpec("Fake Medium", "org/fake-medium"), ModelSpec("Fake Large", "org/fake-large")),
        default_model="Fake Medium",
        capabilities=Capabilities(
            prompt=True,
            negative_prompt=True,
            steps=True,
            guidance=True,
            scheduler=True,
            seed=True,
            lora=True,
            controlnet_types=("canny", "tile"),
            needs_weights=True,
        ),
        factory=lambda ctx: None,  # type: ignore[arg-type,return-value]
        ranges={"guidance_scale": (0.0, 20.0)},
        schedulers=("euler", "dpmpp_2m"),
    ),
)


@pytest.fixture
def fake_registry(monkeypatch: pytest.MonkeyPatch) -> None:
    """The registry's lookups answered by a real :class:`Registry` holding only the two fakes."""
    fake = Registry()
    for spec in FAKE_SPECS:
        fake.register(spec)
    for name in ("get_spec", "all_specs", "find_model"):
        monkeypatch.setattr(registry, name, getattr(fake, name))


def errors_of(data: dict) -> list[str]:
    with pytest.raises(ConfigError) as info:
        check_config(load_config(data))
    return info.value.errors


# --- rules, on the fake registry -----------------------------------------------------------


@pytest.mark.usefixtures("fake_registry")
class TestRules:
    def test_a_clean_config_has_no_warnings(self) -> None:
        assert check_config(load_config({"pipeline": "fakecpu", "diffusion": {"model": "sharp"}})) == []

    def test_unknown_template(self) -> None:
        data = {"pipeline": "fakecpu", "passes": [{}, {"hextile": {"template": "Hextile_21"}}]}
        assert errors_of(data) == [
            "passes[1].hextile.template: 'Hextile_21' is not a template (known: Hextile_20_2K, "
            "Hextile_32_3K, Hextile_44_4K; or a path to a custom template .json)"
        ]

    def test_paths_have_no_pass_prefix_without_passes(self) -> None:
        assert errors_of({"pipeline": "fakecpu", "hextile": {"template": "Hextile_21"}})[0].startswith(
            "hextile.template: 'Hextile_21' is not a template"
        )

    def test_upscaling_template_is_checked_too(self) -> None:
        data = {"pipeline": "fakecpu", "upscaling": {"template": "Hextile_99"}}
        assert errors_of(data)[0].startswith("upscaling.template: 'Hextile_99' is not a template")

    def test_custom_template_file(self, tmp_path: Path) -> None:
        custom = tmp_path / "twelve.json"
        custom.write_text(json.dumps({"tiles": 12}))
        cfg = load_config({"pipeline": "fakecpu", "hextile": {"template": str(custom), "rendertiles": [12]}})
        assert check_config(cfg) == []
        missing = str(tmp_path / "missing.json")
        assert errors_of({"pipeline": "fakecpu", "hextile": {"template": missing}}) == [
            f"hextile.template: custom template {missing} does not exist. check the path"
        ]

    def test_rendertiles_and_tile_prompts_beyond_the_template(self) -> None:
        data = {
            "pipeline": "fakesd",
            "hextile": {"template": "Hextile_20_2K", "rendertiles": [1, 20, 21, 30]},
            "prompt": {"tiles": {"20": "door", "44": "window"}},
        }
        assert errors_of(data) == [
            "hextile.rendertiles: tiles 21, 30 do not exist in Hextile_20_2K (tiles 1-20)",
            "prompt.tiles.44: tile 44 does not exist in Hextile_20_2K (tiles 1-20)",
        ]
        data["hextile"]["template"] = "Hextile_44_4K"
        assert check_config(load_config(data)) == []

    def test_unknown_pipeline(self) -> None:
        assert errors_of({"pipeline": "dalle"}) == [
            "pipeline: 'dalle' is not a pipeline (known: fakecpu, fakesd)"
        ]
        assert errors_of({"pipeline": "fakesdd"}) == [
            "pipeline: 'fakesdd' is not a pipeline (known: fakecpu, fakesd; did you mean 'fakesd'?)"
        ]

    def test_unknown_model(self) -> None:
        assert errors_of({"pipeline": "fakecpu", "diffusion": {"model": "blurr"}}) == [
            "diffusion.model: 'blurr' is not a model of pipeline 'fakecpu' "
            "(known: blur, sharpen; did you mean 'blur'?)"
        ]
        assert errors_of({"pipeline": "fakesd", "diffusion": {"model": "Fake Small"}}) == [
            "diffusion.model: 'Fake Small' is not a model of pipeline 'fakesd' "
            "(known: Fake Medium, Fake Large; or a local path or org/repo id of weights; "
            "did you mean 'Fake Large'?)"
        ]

    def test_a_model_of_another_family_names_that_family(self) -> None:
        assert errors_of({"pipeline": "fakecpu", "diffusion": {"model": "fake large"}}) == [
            "diffusion.model: 'fake large' is not a model of pipeline 'fakecpu' "
            "(known: blur, sharpen; it is a model of pipeline 'fakesd')"
        ]

    def test_options_are_checked_against_the_model(self) -> None:
        cfg = load_config({"pipeline": "fakecpu", "diffusion": {"model": "blur"}, "options": {"radius": 5}})
        assert check_config(cfg) == []
        (line,) = errors_of({"pipeline": "fakecpu", "options": {"radus": 5}})
        assert line.startswith(
            "options: unknown option 'radus' for fakecpu model 'blur' (did you mean 'radius'?)"
        )

    @pytest.mark.parametrize(
        "model", ["someone/their-finetune", "./weights/model", "C:\\w\\m", "m.safetensors"]
    )
    def test_weights_by_path_or_hub_id_only_where_weights_are_needed(self, model: str) -> None:
        assert check_config(load_config({"pipeline": "fakesd", "diffusion": {"model": model}})) == []
        assert len(errors_of({"pipeline": "fakecpu", "diffusion": {"model": model}})) == 1

    def test_model_names_match_aliases_case_insensitively(self) -> None:
        assert check_config(load_config({"pipeline": "fakesd", "diffusion": {"model": "fake large"}})) == []

    def test_unused_settings_are_warnings_with_the_pass(self) -> None:
        coarse = {
            "name": "Coarse",
            "prompt": {"global": "a lake", "negative": "blur", "tiles": {"3": "boat"}},
            "diffusion": {"guidance_scale": 5, "num_inference_steps": 8, "scheduler": "ddim", "seed": 3},
        }
        data = {"pipeline": "fakecpu", "passes": [coarse, {"pipeline": "fakesd", "diffusion": {"seed": 4}}]}
        where = "passes[0] (Coarse): "
        assert check_config(load_config(data)) == [
            where + "prompt.global is set but pipeline 'fakecpu' does not read prompts",
            where + "prompt.tiles is set but pipeline 'fakecpu' does not read prompts",
            where + "prompt.negative is set but pipeline 'fakecpu' does not read negative prompts",
            where + "diffusion.guidance_scale is set to 5.0 but pipeline 'fakecpu' does not use guidance",
            where
            + "diffusion.num_inference_steps is set to 8 but pipeline 'fakecpu' does not use inference steps",
            where + "diffusion.scheduler is set to 'ddim' but pipeline 'fakecpu' does not use a scheduler",
        ]

    def test_single_pass_warnings_have_no_prefix(self) -> None:
        cfg = load_config({"pipeline": "fakecpu", "prompt": {"global": "a lake"}})
        assert check_config(cfg) == ["prompt.global is set but pipeline 'fakecpu' does not read prompts"]

    def test_lora_warnings(self) -> None:
        lora = {"enabled": True, "models": [{"model_path": "style.safetensors"}]}
        cfg = load_config({"pipeline": "fakecpu", "diffusion": {"lora": lora}})
        assert check_config(cfg) == ["diffusion.lora is enabled but pipeline 'fakecpu' does not use LoRAs"]
        cfg = load_config({"pipeline": "fakesd", "diffusion": {"lora": {"enabled": True}}})
        assert check_config(cfg) == ["diffusion.lora is enabled but lists no enabled LoRA model"]

    def test_controlnet_types_the_family_lacks_are_errors(self) -> None:
        units = [{"type": "canny"}, {"type": "depth"}, {"type": "depth", "enabled": False}]
        data = {"pipeline": "fakesd", "passes": [{"controlnet": {"enabled": True, "units": units}}]}
        assert errors_of(data) == [
            "passes[0].controlnet.units[1].type: 'depth' is not supported by pipeline 'fakesd' "
            "(supported: canny, tile)"
        ]
        data = {"pipeline": "fakecpu", "controlnet": {"enabled": True, "units": [{"type": "canny"}]}}
        assert errors_of(data) == [
            "controlnet.units[0].type: 'canny' is not supported by pipeline 'fakecpu' (supported: none)"
        ]

    def test_disabled_controlnet_is_not_checked(self) -> None:
        data = {"pipeline": "fakecpu", "controlnet": {"enabled": False, "units": [{"type": "depth"}]}}
        assert check_config(load_config(data)) == []
        data["controlnet"] = {"enabled": True, "units": []}
        assert check_config(load_config(data)) == ["controlnet is enabled but has no enabled unit"]

    def test_schedulers_and_ranges_of_the_family(self) -> None:
        assert check_config(load_config({"pipeline": "fakesd", "diffusion": {"scheduler": "DPM++ 2M"}})) == []
        data = {"pipeline": "fakesd", "diffusion": {"scheduler": "heun", "guidance_scale": 30}}
        assert errors_of(data) == [
            "diffusion.scheduler: 'heun' is not a scheduler of pipeline 'fakesd' (known: euler, dpmpp_2m)",
            "diffusion.guidance_scale: 30.0 is not between 0 and 20 for pipeline 'fakesd'",
        ]

    def test_every_error_of_every_pass_is_reported(self) -> None:
        data = {
            "pipeline": "fakecpu",
            "passes": [
                {"hextile": {"template": "nope"}},
                {"pipeline": "nope"},
                {"diffusion": {"model": "x"}},
            ],
        }
        with pytest.raises(ConfigError) as info:
            check_config(load_config(data))
        assert [line.split(":")[0] for line in info.value.errors] == [
            "passes[0].hextile.template",
            "passes[1].pipeline",
            "passes[2].diffusion.model",
        ]
        assert str(info.value).startswith("the config has 3 problems, the first: passes[0].hextile.template")


# --- against the real registry and templates -----------------------------------------------


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.hextile.json")), ids=lambda p: p.name)
def test_examples_pass_the_real_checks(path: Path) -> None:
    warnings = check_config(load_config(path))
    if ".cpu." in path.name:
        assert warnings == []


def test_real_unknown_template_lists_the_builtins() -> None:
    with pytest.raises(ConfigError) as info:
        check_config(load_config({"hextile": {"template": "Hextile_21"}}))
    assert info.value.errors == [
        "hextile.template: 'Hextile_21' is not a template (known: Hextile_20_2K, Hextile_32_3K, "
        "Hextile_44_4K; or a path to a custom template .json)"
    ]


def test_real_opencv_does_not_read_prompts() -> None:
    cfg = load_config({"pipeline": "opencv", "prompt": {"global": "a lake"}, "passes": [{}]})
    assert (
        "passes[0] (Pass 1): prompt.global is set but pipeline 'opencv' does not read prompts"
        in check_config(cfg)
    )


def test_real_new_configs_check_clean() -> None:
    assert check_config(new_config()) == []
    assert check_config(new_config(2, "sdxl")) == []


def test_real_controlnet_type_missing_from_a_family() -> None:
    data = {"pipeline": "sd21", "controlnet": {"enabled": True, "units": [{"type": "tile"}]}}
    with pytest.raises(ConfigError) as info:
        check_config(load_config(data))
    assert info.value.errors == [
        "controlnet.units[0].type: 'tile' is not supported by pipeline 'sd21' (supported: canny, depth)"
    ]


def test_real_hub_ids_are_accepted_for_diffusion_but_not_for_opencv() -> None:
    assert (
        check_config(load_config({"pipeline": "sdxl", "diffusion": {"model": "someone/sdxl-finetune"}})) == []
    )
    with pytest.raises(
        ConfigError, match=r"diffusion\.model: 'someone/x' is not a model of pipeline 'opencv'"
    ):
        check_config(load_config({"pipeline": "opencv", "diffusion": {"model": "someone/x"}}))
