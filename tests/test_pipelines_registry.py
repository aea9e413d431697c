"""The pipeline registry: lookups, error lines, model resolution, JSON descriptions, lazy loading."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from pydantic import BaseModel, ConfigDict

from hextile.errors import PipelineError
from hextile.pipelines import opencv, registry
from hextile.pipelines.base import Capabilities, ModelSpec, PipelineContext, PipelineSpec, TilePipeline
from hextile.pipelines.registry import (
    BUILTIN_MODULES,
    Registry,
    all_specs,
    find_model,
    get_model,
    get_spec,
    register,
    spec_as_dict,
    validate_options,
)


def _no_factory(ctx: PipelineContext) -> TilePipeline:
    raise NotImplementedError("specs in these tests are never built")


def _spec(name: str, *models: ModelSpec, default: str | None = None) -> PipelineSpec:
    return PipelineSpec(
        name=name,
        title=name.upper(),
        description=f"test family {name}",
        models=models,
        default_model=default or models[0].name,
        capabilities=Capabilities(prompt=True, controlnet_types=("canny",)),
        factory=_no_factory,
        defaults={"num_inference_steps": 20},
        ranges={"strength": (0.0, 1.0)},
        schedulers=("euler", "dpmpp_2m"),
    )


SDXL = _spec(
    "sdxl",
    ModelSpec("SDXL Base", "stabilityai/stable-diffusion-xl-base-1.0", aliases=("sdxl-base",)),
    ModelSpec("detail", "example/sdxl-detail"),
)


@pytest.fixture
def two_families() -> Registry:
    reg = Registry()
    reg.register(opencv.SPEC)
    reg.register(SDXL)
    return reg


# ------------------------------------------------------------------------------- get_spec


def test_get_spec_finds_the_builtin_cpu_family() -> None:
    spec = get_spec("opencv")
    assert spec is opencv.SPEC
    assert get_spec("OpenCV") is spec
    assert spec in all_specs()
    assert all_specs()[0] is spec


def test_unknown_pipeline_is_one_line_with_a_suggestion(two_families: Registry) -> None:
    with pytest.raises(PipelineError) as err:
        two_families.get_spec("sdxll")
    assert str(err.value) == (
        "unknown pipeline 'sdxll' (did you mean 'sdxl'?). Known pipelines: opencv, sdxl; "
        "run `hextile pipelines` to list them"
    )


def test_unknown_pipeline_without_a_close_name_has_no_suggestion(two_families: Registry) -> None:
    with pytest.raises(PipelineError) as err:
        two_families.get_spec("midjourney")
    assert str(err.value) == (
        "unknown pipeline 'midjourney'. Known pipelines: opencv, sdxl; run `hextile pipelines` to list them"
    )


def test_unknown_pipeline_in_the_process_registry() -> None:
    with pytest.raises(PipelineError) as err:
        get_spec("opencvv")
    line = str(err.value)
    assert line.startswith("unknown pipeline 'opencvv' (did you mean 'opencv'?). Known pipelines: opencv")
    assert line.endswith("; run `hextile pipelines` to list them")
    assert "\n" not in line


# ------------------------------------------------------------------------------- models


def test_find_model_by_name_alias_and_repo_id(two_families: Registry) -> None:
    assert two_families.find_model("pencil") == (opencv.SPEC, opencv.SPEC.model("pencil"))
    spec, model = two_families.find_model("CARTOON")
    assert (spec.name, model.name) == ("opencv", "stylize")
    spec, model = two_families.find_model("stabilityai/stable-diffusion-xl-base-1.0")
    assert (spec.name, model.name) == ("sdxl", "SDXL Base")
    assert two_families.find_model("sdxl-base")[1].name == "SDXL Base"


def test_find_model_in_the_process_registry() -> None:
    spec, model = find_model("kuwahara")
    assert (spec.name, model.name) == ("opencv", "oil")


def test_find_model_unknown(two_families: Registry) -> None:
    with pytest.raises(PipelineError) as err:
        two_families.find_model("pencill")
    assert str(err.value) == (
        "unknown model 'pencill' (did you mean 'pencil'?). Known models: passthrough, stylize, pencil, "
        "detail, smooth, oil, posterize, grade, jitter, SDXL Base, detail; "
        "run `hextile pipelines` to list them"
    )


def test_find_model_ambiguous(two_families: Registry) -> None:
    with pytest.raises(PipelineError) as err:
        two_families.find_model("detail")
    assert str(err.value) == (
        "model 'detail' is ambiguous: opencv 'detail', sdxl 'detail'. Set `pipeline` to one of opencv, sdxl"
    )


def test_find_model_prefers_a_name_over_another_familys_alias() -> None:
    reg = Registry()
    reg.register(_spec("a", ModelSpec("blur")))
    reg.register(_spec("b", ModelSpec("soften", aliases=("blur",))))
    assert reg.find_model("blur")[0].name == "a"
    assert reg.find_model("soften")[0].name == "b"


def test_get_model_default_alias_and_error() -> None:
    spec = opencv.SPEC
    assert get_model(spec, None).name == "stylize"
    assert get_model(spec, "Sketch").name == "pencil"
    with pytest.raises(PipelineError) as err:
        get_model(spec, "oill")
    assert str(err.value) == (
        "unknown model 'oill' for pipeline 'opencv' (did you mean 'oil'?). Models of opencv: passthrough, "
        "stylize, pencil, detail, smooth, oil, posterize, grade, jitter; run `hextile pipelines` to list them"
    )


# ------------------------------------------------------------------------------- options


def test_validate_options_fills_defaults() -> None:
    spec = opencv.SPEC
    checked = validate_options(spec, spec.model("posterize"), {"levels": 3})
    assert checked is not None
    assert checked.model_dump() == {"levels": 3, "smoothing": 3, "edges": 0.5, "line_width": 1}


def test_validate_options_unknown_key() -> None:
    spec = opencv.SPEC
    with pytest.raises(PipelineError) as err:
        validate_options(spec, spec.model("stylize"), {"sigma": 0.2})
    assert str(err.value) == (
        "unknown option 'sigma' for opencv model 'stylize' (did you mean 'sigma_color'?). Options of "
        "stylize: sigma_color=0.12, smoothing=3, edges=0.8, line_size=9, line_threshold=0.02"
    )


def test_validate_options_bad_values_are_listed_together() -> None:
    spec = opencv.SPEC
    with pytest.raises(PipelineError) as err:
        validate_options(spec, spec.model("posterize"), {"levels": 1, "smoothing": 4})
    assert str(err.value) == (
        "option 'levels' of opencv model 'posterize' is invalid: Input should be greater than or equal to 2 "
        "(got 1); option 'smoothing' of opencv model 'posterize' is invalid: Input should be 0, 3 or 5 "
        "(got 4). Options of posterize: levels=5, smoothing=3, edges=0.5, line_width=1"
    )


def test_validate_options_types_are_strict() -> None:
    spec = opencv.SPEC
    with pytest.raises(
        PipelineError, match=r"option 'levels' of opencv model 'posterize' is invalid: .*got '3'"
    ):
        validate_options(spec, spec.model("posterize"), {"levels": "3"})


def test_validate_options_without_a_schema_is_left_to_the_pipeline() -> None:
    assert validate_options(SDXL, SDXL.models[0], {"vae_tiling": True}) is None


def test_model_without_options_rejects_any() -> None:
    spec = opencv.SPEC
    assert validate_options(spec, spec.model("passthrough"), {}) is not None
    with pytest.raises(PipelineError) as err:
        validate_options(spec, spec.model("passthrough"), {"levels": 4})
    assert str(err.value) == (
        "opencv model 'passthrough' takes no options (got 'levels'). Remove `options` or pick another model"
    )


# ------------------------------------------------------------------------------- spec_as_dict


def test_every_spec_is_json_serialisable() -> None:
    for spec in all_specs():
        data = spec_as_dict(spec)
        assert json.loads(json.dumps(data)) == data
        assert {m["name"] for m in data["models"]} == {m.name for m in spec.models}


def test_spec_as_dict_of_the_cpu_family() -> None:
    data = spec_as_dict(opencv.SPEC)
    assert list(data) == [
        "name",
        "title",
        "description",
        "default_model",
        "capabilities",
        "models",
        "defaults",
        "ranges",
        "schedulers",
    ]
    assert data["name"] == "opencv"
    assert data["default_model"] == "stylize"
    assert data["defaults"] == {"strength": 0.5}
    assert data["ranges"] == {"strength": [0.0, 1.0]}
    assert data["schedulers"] == []
    assert data["capabilities"] == {
        "prompt": False,
        "negative_prompt": False,
        "strength": True,
        "steps": False,
        "guidance": False,
        "scheduler": False,
        "seed": True,
        "inpaint_mask": False,
        "controlnet_types": [],
        "lora": False,
        "batch": True,
        "scale_factor": 1,
        "needs_weights": False,
        "whole_panorama": False,
    }
    grade = next(m for m in data["models"] if m["name"] == "grade")
    look = grade["options"]["properties"]["look"]
    assert look["enum"] == ["warm", "cool", "teal_orange", "bleach"]
    assert look["default"] == "teal_orange"
    assert grade["options"]["additionalProperties"] is False
    levels = next(m for m in data["models"] if m["name"] == "posterize")["options"]["properties"]["levels"]
    assert (levels["minimum"], levels["maximum"], levels["default"]) == (2, 64, 5)


def test_spec_as_dict_converts_tuples_and_refuses_what_json_cannot_hold() -> None:
    data = spec_as_dict(SDXL)
    assert data["capabilities"]["controlnet_types"] == ["canny"]
    assert data["schedulers"] == ["euler", "dpmpp_2m"]
    assert data["models"][0]["aliases"] == ["sdxl-base"]
    assert data["models"][0]["options"] is None
    odd = _spec("odd", ModelSpec("m", defaults={"size": {1, 2}}))
    with pytest.raises(TypeError, match=r"odd\.models\[0\]\.defaults\.size is a set"):
        spec_as_dict(odd)


# ------------------------------------------------------------------------------- register


def test_register_rules() -> None:
    reg = Registry()
    reg.register(SDXL)
    reg.register(SDXL)  # same object: no-op
    other = _spec("sdxl", ModelSpec("other"))
    with pytest.raises(ValueError, match="already registered"):
        reg.register(other)
    reg.register(other, replace=True)
    assert reg.get_spec("sdxl") is other
    with pytest.raises(ValueError, match="default model 'missing'"):
        reg.register(_spec("bad", ModelSpec("m"), default="missing"))
    with pytest.raises(ValueError, match="'X' names both 'a' and 'b'"):
        reg.register(_spec("clash", ModelSpec("a", aliases=("x",)), ModelSpec("b", aliases=("X",))))
    assert [s.name for s in reg.all_specs()] == ["sdxl"]


def test_register_into_the_process_registry_is_visible_everywhere(monkeypatch: pytest.MonkeyPatch) -> None:
    # A fresh process registry for this test, so the plug-in does not leak into other tests.
    monkeypatch.setattr(registry, "_REGISTRY", Registry(BUILTIN_MODULES))
    spec = _spec("test-plugin-family", ModelSpec("plugin-model-xyz"))
    register(spec)
    register(spec)
    assert get_spec("test-plugin-family") is spec
    assert find_model("plugin-model-xyz") == (spec, spec.models[0])
    assert all_specs()[0].name == "opencv"
    assert all_specs()[-1] is spec


# ------------------------------------------------------------------------------- lazy loading


def _write_module(path, name: str, body: str) -> None:
    (path / f"{name}.py").write_text(textwrap.dedent(body))


def test_builtin_modules_load_on_first_access(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write_module(
        tmp_path,
        "hx_family_one",
        """
        from hextile.pipelines.base import Capabilities, ModelSpec, PipelineSpec

        def _factory(ctx):
            raise NotImplementedError

        SPEC = PipelineSpec("one", "One", "", (ModelSpec("m1"),), "m1", Capabilities(), _factory)
        """,
    )
    _write_module(
        tmp_path,
        "hx_family_two",
        """
        from hextile.pipelines.base import Capabilities, ModelSpec, PipelineSpec

        def _factory(ctx):
            raise NotImplementedError

        SPECS = tuple(
            PipelineSpec(n, n, "", (ModelSpec(n + "-m"),), n + "-m", Capabilities(), _factory)
            for n in ("two", "three")
        )
        """,
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("hx_family_one", "hx_family_two"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    reg = Registry(["hx_family_one", "hx_family_two"])
    assert "hx_family_one" not in sys.modules
    assert [s.name for s in reg.all_specs()] == ["one", "two", "three"]
    assert "hx_family_one" in sys.modules
    assert reg.find_model("three-m")[0].name == "three"


def test_a_missing_builtin_module_fails_loudly() -> None:
    reg = Registry(["hx_family_that_does_not_exist"])
    with pytest.raises(ModuleNotFoundError):
        reg.all_specs()


def test_a_broken_builtin_module_fails_loudly(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    _write_module(tmp_path, "hx_family_broken", "import hx_heavy_dependency_that_is_missing\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    reg = Registry(["hx_family_broken"])
    for _ in range(2):  # and again on the next access, not silently empty
        with pytest.raises(ModuleNotFoundError) as err:
            reg.get_spec("anything")
        assert err.value.name == "hx_heavy_dependency_that_is_missing"


def test_builtin_module_list() -> None:
    assert BUILTIN_MODULES == (
        "hextile.pipelines.opencv",
        "hextile.pipelines.diffusion_specs",
        "hextile.pipelines.upscale",
    )


def test_importing_the_registry_is_cheap_and_loading_it_imports_no_diffusers() -> None:
    code = textwrap.dedent(
        """
        import sys
        import hextile.pipelines.registry as r
        assert "hextile.pipelines.opencv" not in sys.modules, "family loaded at import"
        names = [s.name for s in r.all_specs()]
        assert "opencv" in names, names
        heavy = sorted(m for m in ("diffusers", "transformers", "peft", "accelerate") if m in sys.modules)
        assert not heavy, f"importing the built-in families imported {heavy}"
        """
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]


class _Opts(BaseModel):
    model_config = ConfigDict(extra="forbid")
    size: int = 3


def test_options_schema_of_a_plugin_model() -> None:
    spec = _spec("plug", ModelSpec("m", options=_Opts))
    assert validate_options(spec, spec.models[0], None) == _Opts()
    data = spec_as_dict(spec)
    assert data["models"][0]["options"]["properties"]["size"]["default"] == 3


def test_one_model_lookup_for_names_aliases_and_repo_ids() -> None:
    """The spec, the registry and the diffusion catalog answer the same for every way of naming
    a model (they share one lookup)."""
    from hextile.pipelines.base import ModelSpec, find_model_in
    from hextile.pipelines.diffusion import catalog

    spec = get_spec("sd35")
    medium = spec.model("SD 3.5 Medium")
    assert medium is not None
    for typed in ("sd 3.5 MEDIUM", "stabilityai/stable-diffusion-3.5-medium", *medium.aliases):
        assert spec.model(typed) is medium
        assert find_model(typed) == (spec, medium)
        assert catalog.find_model_spec(typed) == ("sd35", medium)
    # a model's own name wins over another model's alias
    a, b = ModelSpec("alpha", aliases=("beta",)), ModelSpec("beta")
    assert find_model_in((a, b), "BETA") is b
    assert find_model_in((a, b), "gamma") is None
