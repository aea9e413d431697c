"""Pipelines that take the whole panorama: the engine asks the pipeline object (a capability), never a
family by name; the passthrough aliases take the identity fast path."""

from __future__ import annotations

from pathlib import Path

import torch

from hextile.config import load_config
from hextile.engine import RenderOptions, render
from hextile.imageio import read_image
from hextile.pipelines.base import Capabilities, ModelSpec, PipelineContext, PipelineSpec, TilePipeline
from hextile.pipelines.opencv import OpenCVPipeline
from hextile.pipelines.registry import register

ENGINE = Path(__file__).resolve().parents[1] / "src" / "hextile" / "engine"
CALLS: list[dict] = []


class Doubler(TilePipeline):
    """A ×2 nearest-neighbour enlarger that records what it is given (a plug-in family)."""

    def __init__(self, ctx: PipelineContext) -> None:
        self.tile_size = ctx.settings.upscaling.tile_size  # what a real upscaler configures itself with

    def effective_steps(self) -> int:
        return 1

    def process(self, request, on_step, cancel):  # tiles: not used by this test
        on_step(1, 1)
        return request.tiles.repeat_interleave(2, -1).repeat_interleave(2, -2)

    def process_panorama(self, pano, on_step, cancel):
        CALLS.append({"shape": tuple(pano.shape), "tile_size": self.tile_size, "pipeline": self})
        on_step(1, 1)
        return pano.repeat_interleave(2, -1).repeat_interleave(2, -2)


register(
    PipelineSpec(
        name="test-doubler",
        title="Test doubler",
        description="×2 nearest neighbour, whole panorama",
        models=(ModelSpec("nearest"),),
        default_model="nearest",
        capabilities=Capabilities(strength=False, scale_factor=2, whole_panorama=True),
        factory=Doubler,
    ),
    replace=True,
)


def test_a_whole_panorama_pass_goes_through_the_pipeline_object(small_pano, tmp_path):
    CALLS.clear()
    cfg = load_config(
        {"pipeline": "test-doubler", "upscaling": {"scale_factor": 2, "tile_size": 96, "template": None}}
    )
    res = render(cfg, small_pano, tmp_path, options=RenderOptions(device="cpu"))
    assert res.status == "completed"
    assert [(c["shape"], c["tile_size"]) for c in CALLS] == [((3, 128, 256), 96)]  # its own settings
    out = read_image(res.final_image)[0]
    src = read_image(small_pano)[0]
    assert out.shape == (3, 256, 512)
    assert torch.equal(out[:, ::2, ::2], src)


def test_the_engine_never_names_a_pipeline_family():
    """No comparison of anything with a family name in the engine's code (docstrings may mention them)."""
    import ast

    families = {"upscale", "opencv", "sdxl", "sd35", "flux", "sd15", "sd21"}
    for path in ENGINE.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare):
                for side in (node.left, *node.comparators):
                    named = isinstance(side, ast.Constant) and side.value in families
                    assert not named, f"{path.name}:{node.lineno} compares with {side.value!r}"


def test_passthrough_aliases_take_the_identity_fast_path():
    from hextile.cancel import CancelToken
    from hextile.pipelines.base import TileRequest

    tiles = torch.rand(2, 3, 16, 16)
    req = TileRequest(tiles, None, [1, 2], [0, 0], ["", ""], ["", ""])
    for name in ("passthrough", "identity", "none", "PassThrough", "IDENTITY"):
        out = OpenCVPipeline(name, strength=0.5).process(req, lambda s, n: None, CancelToken())
        assert torch.equal(out, tiles)
        # the fast path hands back a plain contiguous copy on the device; the filter path a
        # channels-last view of a host array
        assert out.is_contiguous(), name
