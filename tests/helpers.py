"""Small helpers shared by tests: textured panoramas and image comparisons."""

from __future__ import annotations

import numpy as np
import torch


def textured_panorama(width: int = 512, seed: int = 0, channels: int = 3, octaves: int = 24) -> torch.Tensor:
    """A detailed panorama ``(C, width/2, width)`` in [0, 1] that is a smooth function on the sphere.

    Each channel is a sum of plane waves ``sin(k · (a · d) + φ)`` of the 3D view direction ``d``, so
    the picture is continuous across the 0/360 wrap and around both poles, like a real photo.
    """
    h = width // 2
    g = np.random.default_rng(seed)
    lon = ((np.arange(width) + 0.5) / width - 0.5) * 2 * np.pi
    lat = (0.5 - (np.arange(h) + 0.5) / h) * np.pi
    lat, lon = np.meshgrid(lat, lon, indexing="ij")
    d = np.stack([np.cos(lat) * np.sin(lon), np.sin(lat), np.cos(lat) * np.cos(lon)], -1)
    out = np.zeros((channels, h, width), np.float32)
    for c in range(channels):
        acc = np.zeros((h, width))
        for i in range(octaves):
            a = g.normal(size=3)
            a /= np.linalg.norm(a)
            k = 2.0 + 28.0 * i / octaves
            acc += np.sin(k * (d @ a) + g.uniform(0, 2 * np.pi)) / (1 + 0.15 * k)
        out[c] = 0.5 + 0.45 * acc / np.abs(acc).max()
    return torch.from_numpy(out)
