"""Control images and inpaint masks: small pure functions on tensors (OpenCV where it helps).

No model weights: canny edges come from OpenCV, depth from a depth panorama the user supplies,
tile conditioning from the tile itself. All functions take and return float tensors in ``[0, 1]``
shaped ``(B, C, H, W)`` on any device; OpenCV work runs on CPU copies.
"""

from __future__ import annotations

import cv2
import numpy as np
import torch
import torch.nn.functional as F


def _to_uint8_hwc(img: torch.Tensor) -> np.ndarray:
    """``(3, H, W)`` float in [0, 1] → ``(H, W, 3)`` uint8 RGB."""
    arr = img.detach().float().clamp(0, 1).mul(255).round().to(torch.uint8).permute(1, 2, 0).cpu().numpy()
    return np.ascontiguousarray(arr)


def canny(tiles: torch.Tensor, low: int = 100, high: int = 200) -> torch.Tensor:
    """White-on-black Canny edges of each tile, as 3 identical channels: ``(B, 3, H, W)`` in {0, 1}."""
    out = []
    for t in tiles:
        gray = cv2.cvtColor(_to_uint8_hwc(t), cv2.COLOR_RGB2GRAY)
        edges = cv2.Canny(gray, int(low), int(high))
        out.append(torch.from_numpy(edges).float().div(255.0))
    e = torch.stack(out).unsqueeze(1).to(tiles.device)
    return e.expand(-1, 3, -1, -1).contiguous()


def depth_control(depth: torch.Tensor, boost: float = 1.0, invert: bool = False) -> torch.Tensor:
    """A depth tile as ControlNet wants it: near = bright, stretched to [0, 1] per tile.

    ``depth``: ``(B, 1, H, W)`` (or 3 channels, averaged), any range; bright = near unless
    ``invert``. ``boost`` > 1 raises contrast in the near range (gamma ``1 / boost``).
    """
    d = depth.float()
    if d.shape[1] != 1:
        d = d.mean(dim=1, keepdim=True)
    if invert:
        d = -d
    lo = d.amin(dim=(2, 3), keepdim=True)
    hi = d.amax(dim=(2, 3), keepdim=True)
    d = (d - lo) / (hi - lo).clamp_min(1e-8)
    if boost != 1.0:
        d = d.clamp(0, 1).pow(1.0 / max(boost, 1e-3))
    return d.expand(-1, 3, -1, -1).contiguous()


def gaussian_blur(img: torch.Tensor, sigma: float) -> torch.Tensor:
    """Separable Gaussian blur with reflect padding; ``sigma`` in pixels (0 = unchanged)."""
    if sigma <= 0:
        return img
    radius = max(1, int(3 * sigma + 0.5))
    x = torch.arange(-radius, radius + 1, device=img.device, dtype=torch.float32)
    k = torch.exp(-(x**2) / (2 * sigma * sigma))
    k = (k / k.sum()).to(img.dtype)
    c = img.shape[1]
    h, w = img.shape[-2:]
    pad_x = min(radius, w - 1)
    pad_y = min(radius, h - 1)
    out = img
    if pad_x > 0:
        kx = k[radius - pad_x : radius + pad_x + 1].view(1, 1, 1, -1).repeat(c, 1, 1, 1)
        out = F.conv2d(F.pad(out, (pad_x, pad_x, 0, 0), mode="reflect"), kx, groups=c)
    if pad_y > 0:
        ky = k[radius - pad_y : radius + pad_y + 1].view(1, 1, -1, 1).repeat(c, 1, 1, 1)
        out = F.conv2d(F.pad(out, (0, 0, pad_y, pad_y), mode="reflect"), ky, groups=c)
    return out


def tile_control(tiles: torch.Tensor, blur_sigma: float = 0.0) -> torch.Tensor:
    """Tile / blur ControlNets are conditioned on the tile itself, optionally blurred."""
    return gaussian_blur(tiles.float().clamp(0, 1), blur_sigma)


def inpaint_mask(keep: torch.Tensor, grow: int = 0, feather: int = 0) -> torch.Tensor:
    """The mask an inpainting model gets: ``1 - keep`` (1 = generate), grown and feathered.

    ``grow`` px: the generated area reaches this far into the kept area, so the model sees the
    seam as something to repair; ``feather`` px: Gaussian softening of the edge. ``(B, 1, H, W)``.
    """
    m = (1.0 - keep.float()).clamp(0, 1)
    if grow > 0:
        m = F.max_pool2d(m, kernel_size=2 * grow + 1, stride=1, padding=grow)
    if feather > 0:
        m = gaussian_blur(m, feather / 2.0).clamp(0, 1)
        if grow > 0:  # keep the original generate area fully generated
            m = torch.maximum(m, (1.0 - keep.float()).clamp(0, 1))
    return m
