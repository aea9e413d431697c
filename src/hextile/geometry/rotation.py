"""Template rotation between passes, and the ``"auto"`` rotation that moves blend bands off old seams.

A pass that reuses the previous pass's layout blends along exactly the same cell boundaries, so it
cannot repair the previous pass's seams. Rotating the layout moves its boundaries; ``"auto"`` picks
the rotation that keeps the previous pass's boundaries as far as possible from this pass's blend
bands.

Convention: ``rotation_matrix(yaw, pitch, roll)`` = ``R_yaw · R_pitch · R_roll`` acting on the
template's centre directions (x right, y up, z forward — :mod:`hextile.geometry.sphere`): first
``roll`` about the forward axis (+ turns the top towards +x), then ``pitch`` about the x axis (+
up), then ``yaw`` about the vertical axis (+ right). The forward direction goes to
(yaw, pitch). Rotated tiles keep the py360convert view convention (yaw, pitch, no roll): a tile's
square only needs to contain its cell's circumscribed circle (half field of view = circumradius +
margin), which holds in any orientation, so no tile ever needs a roll.

Objective of ``"auto"`` (docs/seams.md): the *clearance* ``J`` = mean, over the previous pass's
cell boundaries (by length), of ``min(d, b) / b`` where ``d`` is the angular distance to this
pass's nearest cell boundary and ``b`` this pass's overlap margin (its blend half-band). ``J = 1``:
every old seam is repainted by a single tile at full weight; the smallest distance itself is 0 for
every rotation (two boundary networks that each span the sphere must cross), so it cannot be the
objective.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from hextile.geometry.sphere import yaw_pitch_to_xyz
from hextile.geometry.templates import Template, build_template


def rotation_matrix(yaw_deg: float, pitch_deg: float, roll_deg: float) -> np.ndarray:
    """``(3, 3)`` float64 ``R`` with ``rotated = R @ direction`` (see the module docstring)."""
    y, p, r = (math.radians(a) for a in (yaw_deg, pitch_deg, roll_deg))
    ry = np.array([[math.cos(y), 0, math.sin(y)], [0, 1, 0], [-math.sin(y), 0, math.cos(y)]])
    rx = np.array([[1, 0, 0], [0, math.cos(p), math.sin(p)], [0, -math.sin(p), math.cos(p)]])
    rz = np.array([[math.cos(r), math.sin(r), 0], [-math.sin(r), math.cos(r), 0], [0, 0, 1]])
    return ry @ rx @ rz


def euler_angles(matrix: np.ndarray) -> tuple[float, float, float]:
    """(yaw, pitch, roll) in degrees of a rotation matrix (inverse of :func:`rotation_matrix`;
    yaw and roll in (−180, 180], pitch in [−90, 90])."""
    f = matrix[:, 2]
    yaw = math.atan2(f[0], f[2])
    pitch = math.asin(float(np.clip(f[1], -1.0, 1.0)))
    rest = rotation_matrix(math.degrees(yaw), math.degrees(pitch), 0.0).T @ matrix
    roll = math.atan2(-rest[1, 0], rest[0, 0])
    return math.degrees(yaw), math.degrees(pitch), math.degrees(roll)


def _centres(template: Template) -> np.ndarray:
    return yaw_pitch_to_xyz(
        np.array([t.yaw_deg for t in template.tiles]), np.array([t.pitch_deg for t in template.tiles])
    )


def rotate_template(template: Template, yaw: float, pitch: float, roll: float) -> Template:
    """The same layout turned by (yaw, pitch, roll) degrees; tiles renumbered in processing order.

    Same name, sizes and margin; every tile keeps its field of view (cells only move), so coverage
    of the whole sphere, both poles included, holds as for the unrotated template.
    """
    if (yaw, pitch, roll) == (0, 0, 0):
        return template
    xyz = _centres(template) @ rotation_matrix(yaw, pitch, roll).T
    return build_template(
        template.name, xyz, template.width, template.height, template.tile_size, template.margin_deg
    )


# ----------------------------------------------------------------------------------- clearance


def boundary_samples(template: Template, per_edge: int = 6) -> tuple[np.ndarray, np.ndarray]:
    """Points along every cell edge (great-circle arcs) and their arc-length weights (degrees)."""
    pts, wts = [], []
    for t in template.tiles:
        v = yaw_pitch_to_xyz(
            np.array([a for a, _ in t.cell_vertices]), np.array([b for _, b in t.cell_vertices])
        )
        for k in range(len(v)):
            a, b = v[k], v[(k + 1) % len(v)]
            ang = math.acos(float(np.clip(a @ b, -1, 1)))
            if ang < 1e-9:
                continue
            for s in (np.arange(per_edge) + 0.5) / per_edge:  # slerp
                p = (math.sin((1 - s) * ang) * a + math.sin(s * ang) * b) / math.sin(ang)
                pts.append(p / np.linalg.norm(p))
                wts.append(math.degrees(ang) / per_edge)
    return np.array(pts), np.array(wts)


def _edge_normals(template: Template) -> tuple[np.ndarray, np.ndarray]:
    """Centres ``(N, 3)`` and, per tile, the unit normals of its bisectors ``(N, M, 3)`` (padded)."""
    c = _centres(template)
    m = max(len(t.neighbours) for t in template.tiles)
    normals = np.zeros((len(c), m, 3))
    for t in template.tiles:
        i = t.number - 1
        ns = [(c[i] - c[n - 1]) / np.linalg.norm(c[i] - c[n - 1]) for n in t.neighbours]
        ns += [ns[0]] * (m - len(ns))
        normals[i] = ns
    return c, normals


def boundary_distance(points: np.ndarray, template: Template) -> np.ndarray:
    """Angular distance in degrees from each of ``points (..., P, 3)`` to the nearest cell boundary."""
    c, normals = _edge_normals(template)
    nearest = np.argmax(points @ c.T, axis=-1)
    s = np.einsum("...pd,...pmd->...pm", points, normals[nearest])
    return np.degrees(np.arcsin(np.clip(s.min(axis=-1), 0.0, 1.0)))


def _clearance(points: np.ndarray, weights: np.ndarray, template: Template, band: float) -> np.ndarray:
    d = boundary_distance(points, template)
    return (np.minimum(d, band) / band * weights).sum(-1) / weights.sum()


@dataclass(frozen=True)
class AutoRotation:
    """The rotation ``"auto"`` chose and what it achieved.

    Attributes:
        yaw, pitch, roll: degrees (apply with :func:`rotate_template`).
        clearance: objective ``J`` of the chosen rotation (0…1, higher is better).
        clearance_unrotated: ``J`` without rotation (for comparison).
        inside_band: share of the previous boundaries' length within this pass's blend bands.
        inside_band_unrotated: the same without rotation.
    """

    yaw: float
    pitch: float
    roll: float
    clearance: float
    clearance_unrotated: float
    inside_band: float
    inside_band_unrotated: float


def clearance(previous: Template, current: Template) -> tuple[float, float]:
    """(``J``, share of previous boundary length inside the current blend bands) for two layouts."""
    pts, wts = boundary_samples(previous)
    band = current.margin_deg
    d = boundary_distance(pts, current)
    return float((np.minimum(d, band) / band * wts).sum() / wts.sum()), float(
        (wts * (d < band)).sum() / wts.sum()
    )


def auto_rotation(previous: Template, current: Template) -> AutoRotation:
    """Deterministic search for the rotation of ``current`` that maximises the clearance ``J``.

    A grid of yaw × pitch × roll (15° steps), then Nelder–Mead from the five best grid points
    (fixed starts, fixed tolerances: the same answer on every run). Cached per pair of layouts.
    """
    return _auto(previous.key(), current.key(), previous, current)


@lru_cache(maxsize=32)
def _auto(_pk: object, _ck: object, previous: Template, current: Template) -> AutoRotation:
    from scipy.optimize import minimize

    pts, wts = boundary_samples(previous, per_edge=4)
    band = current.margin_deg

    def j_batch(angles: np.ndarray) -> np.ndarray:
        mats = np.stack([rotation_matrix(*a) for a in angles])  # R: current → rotated current
        # a point p against rotated cells = R^T p against the unrotated cells
        q = np.einsum("pd,kde->kpe", pts, mats)
        return _clearance(q, wts, current, band)

    grid = np.array(
        [(y, p, r) for y in range(0, 360, 15) for p in range(-90, 91, 15) for r in range(0, 360, 15)],
        dtype=np.float64,
    )
    scores = np.concatenate([j_batch(grid[i : i + 256]) for i in range(0, len(grid), 256)])
    order = np.lexsort((np.arange(len(grid)), -np.round(scores, 9)))[:5]
    best_x, best_j = grid[order[0]], float(scores[order[0]])
    fine_pts, fine_wts = boundary_samples(previous, per_edge=8)

    def neg_j(x: np.ndarray) -> float:
        q = fine_pts @ rotation_matrix(*x)
        return -float(_clearance(q, fine_wts, current, band))

    best_j = -neg_j(best_x)
    for k in order:
        res = minimize(
            neg_j, grid[k], method="Nelder-Mead", options={"xatol": 0.05, "fatol": 1e-6, "maxiter": 400}
        )
        if -res.fun > best_j + 1e-9:
            best_x, best_j = res.x, -float(res.fun)
    yaw, pitch, roll = (round(a, 3) for a in euler_angles(rotation_matrix(*best_x)))
    rotated = rotate_template(current, yaw, pitch, roll)
    j_rot, in_rot = clearance(previous, rotated)
    j0, in0 = clearance(previous, current)
    return AutoRotation(yaw, pitch, roll, j_rot, j0, in_rot, in0)


__all__ = [
    "AutoRotation",
    "auto_rotation",
    "boundary_distance",
    "boundary_samples",
    "clearance",
    "euler_angles",
    "rotate_template",
    "rotation_matrix",
]
