"""ModelCache: passes share loaded models, a budget evicts least-recently-used ones and says so."""

from __future__ import annotations

import pytest
import torch
from tests.tiny_models import (
    build_tiny,
    make_pipeline,
    pass_settings,
    random_tiles,
    run_tiles,
)

from hextile.pipelines.cache import ModelCache, default_budget, module_bytes, total_ram

pytestmark = pytest.mark.usefixtures("one_torch_thread_per_module")


def _blob(n_floats: int) -> torch.nn.Module:
    m = torch.nn.Module()
    m.w = torch.nn.Parameter(torch.zeros(n_floats))
    return m


def test_cache_hits_lru_and_budget():
    events: list[str] = []
    cache = ModelCache(budget_bytes=1000, device="cpu", on_event=events.append)
    loads: list[str] = []

    def loader(name: str, n: int):
        def load():
            loads.append(name)
            return _blob(n)

        return load

    a = cache.get("a", loader("a", 100), label="model A")  # 400 bytes
    assert cache.get("a", loader("a", 100)) is a
    assert loads == ["a"]
    assert cache.stats.hits == 1
    cache.get("b", loader("b", 100), label="model B")
    cache.get("a", loader("a", 100))  # a is now the most recently used
    cache.get("c", loader("c", 100), label="model C", estimate_bytes=400)  # 3 × 400 > 1000: b goes
    assert cache.keys() == ["a", "c"]
    assert cache.stats.evicted_keys == ["b"]
    assert cache.stats.evictions == 1
    assert any(e.startswith("unloaded model B (400 B) to make room for model C") for e in events)
    assert events[0].startswith("loaded model A (400 B;")
    assert cache.used_bytes == 800
    big = cache.get("big", loader("big", 1000), label="big")  # larger than the budget: loaded alone
    assert cache.keys() == ["big"]
    assert module_bytes(big) == 4000
    cache.clear()
    assert len(cache) == 0


def test_module_bytes_counts_shared_tensors_once():
    m = _blob(10)
    assert module_bytes({"x": m, "y": m}) == 40
    assert module_bytes([m, torch.nn.Linear(2, 2)]) == 40 + 6 * 4


def test_default_budget_on_cpu_is_half_the_ram():
    assert default_budget("cpu") == total_ram() // 2 > 0
    assert ModelCache(None, "cpu").budget_bytes == total_ram() // 2


def test_passes_sharing_a_model_load_it_once(tiny_root):
    a, b = build_tiny("sd15", tiny_root), build_tiny("sdxl", tiny_root)
    cache = ModelCache(None, "cpu")
    passes = [
        pass_settings("sd15", a),
        pass_settings("sdxl", b),
        pass_settings("sd15", a, diffusion={"strength": 0.9}),
    ]
    keys = []
    for s in passes:
        pipe = make_pipeline(s, cache)
        run_tiles(pipe, random_tiles(1))
        keys.append(pipe.model_key)
        pipe.close()
    assert cache.stats.loads == 2
    assert cache.stats.loads_of(keys[0]) == 1
    assert keys[0] == keys[2]
    assert cache.stats.evictions == 0


def test_tiny_budget_means_exclusive_loading(tiny_root):
    a, b = build_tiny("sd15", tiny_root), build_tiny("sdxl", tiny_root)
    events: list[str] = []
    cache = ModelCache(budget_bytes=1, device="cpu", on_event=events.append)
    outs = []
    keys = []
    for s in (pass_settings("sd15", a), pass_settings("sdxl", b), pass_settings("sd15", a)):
        pipe = make_pipeline(s, cache)
        outs.append(run_tiles(pipe, random_tiles(1)))
        keys.append(pipe.model_key)
        pipe.close()
        assert len(cache) == 1  # one model at a time
    assert cache.stats.loads_of(keys[0]) == 2
    assert cache.stats.evicted_keys == [keys[0], keys[1]]
    assert f"unloaded model folder '{a.resolve()}'" in events[1]
    assert f"to make room for model folder '{b.resolve()}'" in events[1]
    assert torch.equal(outs[0], outs[2])  # reloading changes nothing


def test_an_evicted_model_is_reloaded_by_a_pass_that_still_holds_it(tiny_root):
    a, b = build_tiny("sd35", tiny_root), build_tiny("flux", tiny_root)
    cache = ModelCache(budget_bytes=1, device="cpu")
    first = make_pipeline(pass_settings("sd35", a), cache)
    x = run_tiles(first, random_tiles(1))
    run_tiles(make_pipeline(pass_settings("flux", b), cache), random_tiles(1))  # evicts sd35
    y = run_tiles(first, random_tiles(1))
    assert torch.equal(x, y)
    assert cache.stats.loads_of(first.model_key) == 2


def test_a_pass_keeps_its_base_model_beside_its_controlnet(tiny_root):
    from tests.tiny_models import build_controlnet

    folder, cn = build_tiny("sd15", tiny_root), build_controlnet("sd15", tiny_root)
    cache = ModelCache(budget_bytes=1, device="cpu")
    units = {"enabled": True, "units": [{"type": "canny", "model": str(cn)}]}
    pipe = make_pipeline(pass_settings("sd15", folder, controlnet=units), cache)
    run_tiles(pipe, random_tiles(1))
    run_tiles(pipe, random_tiles(1))
    assert len(cache) == 2  # over the budget, but both are needed together
    assert cache.stats.loads == 2
    assert cache.stats.evictions == 0
