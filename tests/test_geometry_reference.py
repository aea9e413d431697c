"""The public geometry against references that share no code with it.

- :func:`extract_tiles` (both samplers: OpenCV on CPU float32, ``grid_sample`` in float64 as on a
  GPU) and ``hextile tiles extract`` equal ``py360convert.e2p`` for every tile of every built-in
  template, within a fixed bound; each template's tiles include one over each pole and one across
  the ±180° seam, so the conventions (yaw to the right, pitch up, longitude 0 in the centre column,
  sampling across the wrap and the poles) are pinned where they are easiest to get wrong.
- :func:`merge_tiles` (both paths) equals a per-pixel oracle written here in NumPy from the
  documented blend: for every panorama pixel, each tile's feather (smoothstep of the distance to
  the tile's square edge, reaching 1 at the cell's circumradius), normalised by the sum of all
  tiles' feathers, times the tile's change sampled bilinearly where the pixel's ray meets the tile.
- Unchanged tiles give back the panorama exactly (``torch.equal`` on the float tensors).
"""

from __future__ import annotations

import math
import subprocess
import sys

import numpy as np
import py360convert
import pytest
import torch
from tests.conftest import test_env
from tests.helpers import textured_panorama

from hextile.geometry import builtin_names, extract_tiles, get_template, merge_tiles
from hextile.geometry.templates import Template, tile_file_name
from hextile.imageio import read_image, write_image

# The OpenCV sampler quantises coordinates to 1/32 pixel; on this smooth panorama that moves a
# sample by well under 1/255. A wrong convention (mirrored yaw, flipped pitch, the wrong pole) is
# off by tenths.
EXTRACT_MAX_ERROR = 2 / 255
MERGE_MAX_ERROR = 1e-3

PANO_WIDTH = 1024
TILE = 256  # at this size every built-in tile samples the 1024-px panorama at full resolution


@pytest.fixture(scope="module")
def pano() -> torch.Tensor:
    return textured_panorama(PANO_WIDTH, seed=3)


def _reference_tiles(pano: torch.Tensor, template: Template, size: int) -> list[np.ndarray]:
    img = pano.permute(1, 2, 0).double().numpy()
    return [
        py360convert.e2p(img, t.fov_deg, t.yaw_deg, t.pitch_deg, (size, size), mode="bilinear")
        for t in template.tiles
    ]


def _covers_pole(t, sign: int) -> bool:
    """Whether the tile's square image contains the north (``sign`` 1) or south pole."""
    return sign * t.pitch_deg + t.fov_deg / 2 > 90


def _crosses_seam(t) -> bool:
    return abs(t.yaw_deg) + t.fov_deg / 2 > 180


@pytest.mark.parametrize("name", builtin_names())
def test_extract_tiles_equals_py360convert_for_every_tile(pano, name):
    template = get_template(name)
    tiles = template.tiles
    assert any(_covers_pole(t, 1) for t in tiles), "the template has a tile over the north pole"
    assert any(_covers_pole(t, -1) for t in tiles), "the template has a tile over the south pole"
    assert any(_crosses_seam(t) for t in tiles), "the template has a tile across ±180°"
    numbers = [t.number for t in tiles]
    refs = _reference_tiles(pano, template, TILE)
    for label, source in (("opencv", pano), ("grid_sample", pano.double())):
        ours = extract_tiles(source, template, size=TILE, numbers=numbers, mode="bilinear")
        assert ours.shape == (template.count, 3, TILE, TILE)
        for t, tile, ref in zip(tiles, ours, refs, strict=True):
            err = np.abs(tile.permute(1, 2, 0).double().numpy() - ref).max()
            assert err < EXTRACT_MAX_ERROR, (label, name, t.number, t.yaw_deg, t.pitch_deg, err * 255)


@pytest.mark.parametrize("name", builtin_names())
def test_pole_tiles_sample_across_their_own_pole(pano, name):
    """At an odd size a pole tile's centre pixel looks exactly at the pole (its samples straddle the
    top or bottom row and the row beyond it: the same pole, seen from the other side)."""
    template = get_template(name)
    poles = [t for t in template.tiles if abs(t.pitch_deg) > 89.9]
    assert {t.pitch_deg > 0 for t in poles} == {True, False}, "a tile centred on each pole"
    size = TILE - 1
    img = pano.permute(1, 2, 0).double().numpy()
    ours = extract_tiles(pano, template, size=size, numbers=[t.number for t in poles])
    for t, tile in zip(poles, ours, strict=True):
        ref = py360convert.e2p(img, t.fov_deg, t.yaw_deg, t.pitch_deg, (size, size), mode="bilinear")
        err = np.abs(tile.permute(1, 2, 0).double().numpy() - ref).max()
        assert err < EXTRACT_MAX_ERROR, (name, t.number, t.pitch_deg, err * 255)


def test_tiles_extract_command_equals_py360convert(tmp_path):
    """``hextile tiles extract`` as a user runs it: the tile files equal ``e2p`` of the input file."""
    pano8 = (textured_panorama(PANO_WIDTH, seed=4) * 255).round() / 255
    src = tmp_path / "pano.png"
    write_image(src, pano8, bit_depth=8)
    out = tmp_path / "cut"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "hextile",
            "tiles",
            "extract",
            str(src),
            "-t",
            "Hextile_20_2K",
            "-o",
            str(out),
            "--tile-size",
            str(TILE),
        ],
        capture_output=True,
        text=True,
        env=test_env(),
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    template = get_template("Hextile_20_2K")
    refs = _reference_tiles(pano8, template, TILE)
    for t, ref in zip(template.tiles, refs, strict=True):
        tile, info = read_image(out / "tiles" / tile_file_name(t.number))
        assert (info.width, info.height) == (TILE, TILE)
        err = np.abs(tile.permute(1, 2, 0).double().numpy() - ref).max()
        assert err < EXTRACT_MAX_ERROR + 0.5 / 255, (t.number, t.yaw_deg, t.pitch_deg, err * 255)


# ------------------------------------------------------------------------------------ merging


def _smoothstep(x: np.ndarray) -> np.ndarray:
    x = np.clip(x, 0.0, 1.0)
    return x * x * (3 - 2 * x)


def _bilinear(img: np.ndarray, col: np.ndarray, row: np.ndarray) -> np.ndarray:
    """``img`` ``(C, S, S)`` at fractional (col, row), edge pixels replicated; → ``(C, N)``."""
    s = img.shape[-1]
    col, row = np.clip(col, 0, s - 1), np.clip(row, 0, s - 1)
    c0, r0 = np.minimum(np.floor(col).astype(int), s - 2), np.minimum(np.floor(row).astype(int), s - 2)
    fc, fr = col - c0, row - r0
    top = img[:, r0, c0] * (1 - fc) + img[:, r0, c0 + 1] * fc
    bottom = img[:, r0 + 1, c0] * (1 - fc) + img[:, r0 + 1, c0 + 1] * fc
    return top * (1 - fr) + bottom * fr


def merge_oracle(base: np.ndarray, deltas: np.ndarray, template: Template) -> np.ndarray:
    """The documented normalised blend, pixel by pixel (vectorised over pixels, a loop over tiles)."""
    _, h, w = base.shape
    size = deltas.shape[-1]
    lat = (0.5 - (np.arange(h) + 0.5) / h) * math.pi
    lon = ((np.arange(w) + 0.5) / w - 0.5) * 2 * math.pi
    lat, lon = np.meshgrid(lat, lon, indexing="ij")
    ray = np.stack([np.cos(lat) * np.sin(lon), np.sin(lat), np.cos(lat) * np.cos(lon)]).reshape(3, -1)
    feathers, changes = [], []
    for t, delta in zip(template.tiles, deltas, strict=True):
        yaw, pitch = math.radians(t.yaw_deg), math.radians(t.pitch_deg)
        cp, sp = math.cos(pitch), math.sin(pitch)
        forward = np.array([cp * math.sin(yaw), sp, cp * math.cos(yaw)])
        right = np.array([math.cos(yaw), 0.0, -math.sin(yaw)])
        up = np.cross(forward, right)
        z = forward @ ray
        front = z > 1e-9
        zs = np.where(front, z, 1.0)
        x, y = (right @ ray) / zs, (up @ ray) / zs  # on the image plane at distance 1; y up
        ext = math.tan(math.radians(t.fov_deg) / 2)
        band = 1 - math.tan(math.radians(t.circumradius_deg)) / ext
        feather = _smoothstep((1 - np.maximum(np.abs(x), np.abs(y)) / ext) / band) * front
        col = (x / ext + 1) / 2 * (size - 1)  # edge pixel centres at ±ext (linspace inclusive)
        row = (1 - y / ext) / 2 * (size - 1)
        feathers.append(feather)
        changes.append(_bilinear(delta, col, row) * feather)
    total = np.sum(feathers, axis=0)
    assert total.min() > 0, "every pixel is covered by some tile"
    out = base.reshape(base.shape[0], -1) + np.sum(changes, axis=0) / total
    return np.clip(out, 0.0, 1.0).reshape(base.shape)


def _smooth_changes(template: Template, size: int, seed: int) -> torch.Tensor:
    """A different smooth change per tile (a tilted ramp plus a wave), up to about ±0.3."""
    g = np.random.default_rng(seed)
    r = np.linspace(-1, 1, size)
    yy, xx = np.meshgrid(r, r, indexing="ij")
    out = np.empty((template.count, 3, size, size))
    for i in range(template.count):
        for c in range(3):
            a, b = g.uniform(-0.1, 0.1, 2)
            k, phase, offset = g.uniform(1, 4), g.uniform(0, 6), g.uniform(-0.15, 0.15)
            out[i, c] = offset + a * xx + b * yy + 0.05 * np.sin(k * (xx + yy) + phase)
    return torch.from_numpy(out)


MERGE_WIDTH, MERGE_TILE = 512, 64  # tiles no denser than the panorama: merged without pre-averaging


@pytest.mark.parametrize("name", builtin_names())
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64], ids=["opencv", "gpu-path-float64"])
def test_merge_tiles_equals_the_per_pixel_oracle(name, dtype):
    template = get_template(name)
    base = textured_panorama(MERGE_WIDTH, seed=9).to(dtype)
    tiles_in = extract_tiles(base, template, size=MERGE_TILE, numbers=[t.number for t in template.tiles])
    deltas = _smooth_changes(template, MERGE_TILE, seed=len(name))
    tiles_out = tiles_in + deltas.to(dtype)
    ours = merge_tiles(base, tiles_out, tiles_in, template, numbers=[t.number for t in template.tiles])
    ref = merge_oracle(base.double().numpy(), deltas.numpy(), template)
    err = np.abs(ours.double().numpy() - ref)
    worst = np.unravel_index(err.argmax(), err.shape)
    assert err.max() < MERGE_MAX_ERROR, (name, dtype, float(err.max()), worst)
    assert np.abs(ref - base.double().numpy()).mean() > 0.03  # the change is really there


@pytest.mark.parametrize("name", builtin_names())
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64], ids=["opencv", "gpu-path-float64"])
def test_unchanged_tiles_give_back_the_panorama_bit_for_bit(name, dtype):
    template = get_template(name)
    base = textured_panorama(MERGE_WIDTH, seed=10).to(dtype) * 0.9 + 0.05  # uses every bit of dtype
    tiles = extract_tiles(base, template, size=MERGE_TILE)
    assert torch.equal(merge_tiles(base, tiles.clone(), tiles, template), base)
