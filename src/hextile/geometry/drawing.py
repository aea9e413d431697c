"""Drawing a template's layout over a panorama: cell edges, tile outlines and tile numbers."""

from __future__ import annotations

import cv2
import numpy as np
import torch

from hextile.geometry.projection import directions_to_equirect, plane_extent, tile_rotation
from hextile.geometry.sphere import yaw_pitch_to_xyz
from hextile.geometry.templates import Template


def _polyline_equirect(points_xyz: np.ndarray, height: int, width: int) -> list[np.ndarray]:
    """Split a polyline of directions ``(n, 3)`` into panorama pixel runs that do not cross the seam."""
    xy = directions_to_equirect(points_xyz, height, width)
    runs, start = [], 0
    for i in range(1, len(xy)):
        if abs(xy[i, 0] - xy[i - 1, 0]) > width / 2:
            runs.append(xy[start:i])
            start = i
    runs.append(xy[start:])
    return [r for r in runs if len(r) > 1]


def _arc(a: np.ndarray, b: np.ndarray, n: int = 64) -> np.ndarray:
    """``n`` points on the great-circle arc from unit vector ``a`` to ``b`` → ``(n, 3)``."""
    t = np.linspace(0, 1, n)[:, None]
    p = a[None] * (1 - t) + b[None] * t
    return p / np.linalg.norm(p, axis=-1, keepdims=True)


def draw_template(
    template: Template, background: torch.Tensor | None = None, width: int = 2048, outlines: bool = False
) -> torch.Tensor:
    """An RGB ``(3, H, W)`` float image of the template's cells (white), tile outlines (amber) and numbers.

    ``background`` is a panorama ``(C, H, W)`` in ``[0, 1]`` (dimmed); without one a neutral grid is drawn.
    """
    if background is not None:
        bg = background[:3] if background.shape[0] >= 3 else background[:1].expand(3, -1, -1)
        img = (bg.permute(1, 2, 0).cpu().numpy() * 255 * 0.6).astype(np.uint8)
    else:
        height = width // 2
        img = np.full((height, width, 3), 40, np.uint8)
        for k in range(0, 360, 15):
            x = int(k / 360 * width)
            cv2.line(img, (x, 0), (x, height), (70, 70, 70), 1)
        for k in range(-75, 90, 15):
            y = int((90 - k) / 180 * height)
            cv2.line(img, (0, y), (width, y), (70, 70, 70), 1)
    img = np.ascontiguousarray(img)
    h, w = img.shape[:2]
    thick = max(1, w // 1400)
    shift = 4  # sub-pixel precision for cv2 polylines

    def poly(points: np.ndarray, colour: tuple[int, int, int]) -> None:
        for run in _polyline_equirect(points, h, w):
            pts = np.round((run + 0.5) * (1 << shift)).astype(np.int32)
            cv2.polylines(img, [pts], False, colour, thick, cv2.LINE_AA, shift)

    if outlines:
        for t in template.tiles:
            e = plane_extent(t.fov_deg)
            s = np.linspace(-e, e, 96)
            sq = np.concatenate(
                [
                    np.stack([s, np.full_like(s, -e)], -1),
                    np.stack([np.full_like(s, e), s], -1),
                    np.stack([s[::-1], np.full_like(s, e)], -1),
                    np.stack([np.full_like(s, -e), s[::-1]], -1),
                ]
            )
            cam = np.concatenate([sq, np.ones((len(sq), 1))], -1) * np.array([1, -1, 1])
            poly(cam @ tile_rotation(t.yaw_deg, t.pitch_deg), (60, 170, 230))
    for t in template.tiles:
        v = yaw_pitch_to_xyz(
            np.array([p[0] for p in t.cell_vertices]), np.array([p[1] for p in t.cell_vertices])
        )
        pts = np.concatenate([_arc(v[i], v[(i + 1) % len(v)]) for i in range(len(v))])
        poly(pts, (255, 255, 255))
    for t in template.tiles:
        c = directions_to_equirect(yaw_pitch_to_xyz(np.array(t.yaw_deg), np.array(t.pitch_deg)), h, w)
        label = f"{t.number:02d}"
        scale = w / 2400
        (tw, th), _ = cv2.getTextSize(label, cv2.FONT_HERSHEY_SIMPLEX, scale, thick + 1)
        org = (int(c[0] - tw / 2), int(min(max(c[1] + th / 2, th + 4), h - 4)))  # pole labels stay visible
        cv2.putText(img, label, org, cv2.FONT_HERSHEY_SIMPLEX, scale, (0, 0, 0), thick + 3, cv2.LINE_AA)
        cv2.putText(img, label, org, cv2.FONT_HERSHEY_SIMPLEX, scale, (255, 255, 255), thick + 1, cv2.LINE_AA)
    return torch.from_numpy(img.astype(np.float32) / 255).permute(2, 0, 1).contiguous()
