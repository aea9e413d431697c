"""Tile folders for outside tools keep every supported format exact: 8/16-bit, grey, RGBA."""

import cv2
import numpy as np
import pytest
from tests.helpers import textured_panorama

from hextile.geometry import get_template
from hextile.tileset import extract_to_folder, merge_from_folder


def _write(path, arr):
    assert cv2.imwrite(str(path), arr)


@pytest.mark.parametrize(
    ("name", "channels", "dtype"),
    [
        ("grey.png", 1, np.uint8),
        ("rgba16.tif", 4, np.uint16),
        ("rgb16.png", 3, np.uint16),
        ("rgb.webp", 3, np.uint8),
    ],
)
def test_unchanged_round_trip_is_exact(tmp_path, name, channels, dtype):
    pano = textured_panorama(256, seed=5, channels=max(channels, 3)).permute(1, 2, 0).numpy()
    maxv = np.iinfo(dtype).max
    arr = (pano * maxv).round().astype(dtype)
    arr = arr[..., :1] if channels == 1 else arr
    if channels == 4:
        arr[..., 3] = np.linspace(0, maxv, arr.shape[1]).astype(dtype)[None, :]  # a real alpha ramp
    src = tmp_path / name
    _write(src, arr if channels != 1 else arr[..., 0])
    original = cv2.imread(str(src), cv2.IMREAD_UNCHANGED)  # what the file holds (WebP is lossy on write)
    t = get_template("Hextile_20_2K")
    extract_to_folder(src, t, tmp_path / "t", 64)
    tile = cv2.imread(str(tmp_path / "t" / "tiles" / "Hextile_01.png"), cv2.IMREAD_UNCHANGED)
    assert tile.dtype == original.dtype
    assert (tile.shape[-1] if tile.ndim == 3 else 1) == (original.shape[-1] if original.ndim == 3 else 1)
    (tmp_path / "t" / "tiles_diffused").mkdir()
    for f in (tmp_path / "t" / "tiles").iterdir():
        (tmp_path / "t" / "tiles_diffused" / f.name).write_bytes(f.read_bytes())
    out = tmp_path / ("out" + (".tif" if dtype == np.uint16 else ".png"))
    merge_from_folder(tmp_path / "t", out)
    merged = cv2.imread(str(out), cv2.IMREAD_UNCHANGED)
    assert merged.dtype == original.dtype
    assert np.array_equal(merged, original)
