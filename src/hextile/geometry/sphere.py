"""Points and cells on the unit sphere: where the tiles of a template sit.

Conventions (shared by the whole package, the same as py360convert's ``e2p``):
a direction is ``(x, y, z)`` with ``x`` to the right (yaw +90°), ``y`` up (pitch +90°) and ``z``
forward (yaw 0, the centre column of the panorama). ``yaw = atan2(x, z)``, ``pitch = asin(y)``.

Everything here runs once per template in float64 NumPy; none of it is on the hot path.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.spatial import ConvexHull, SphericalVoronoi


def yaw_pitch_to_xyz(yaw_deg: np.ndarray, pitch_deg: np.ndarray) -> np.ndarray:
    """Unit vectors from yaw/pitch in degrees. ``(...)`` → ``(..., 3)``."""
    yaw = np.radians(np.asarray(yaw_deg, dtype=np.float64))
    pitch = np.radians(np.asarray(pitch_deg, dtype=np.float64))
    c = np.cos(pitch)
    return np.stack([c * np.sin(yaw), np.sin(pitch), c * np.cos(yaw)], axis=-1)


def xyz_to_yaw_pitch(xyz: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Yaw and pitch in degrees of (not necessarily unit) vectors. ``(..., 3)`` → two ``(...)``."""
    x, y, z = xyz[..., 0], xyz[..., 1], xyz[..., 2]
    return np.degrees(np.arctan2(x, z)), np.degrees(np.arctan2(y, np.hypot(x, z)))


def angle_between(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Great-circle angle in degrees between unit vectors, broadcasting ``(..., 3)``."""
    cross = np.linalg.norm(np.cross(a, b), axis=-1)
    dot = np.sum(a * b, axis=-1)
    return np.degrees(np.arctan2(cross, dot))


def fibonacci_points(n: int) -> np.ndarray:
    """``n`` roughly even points on the sphere (golden-angle spiral). → ``(n, 3)``."""
    i = np.arange(n, dtype=np.float64) + 0.5
    y = 1.0 - 2.0 * i / n
    r = np.sqrt(1.0 - y * y)
    phi = np.pi * (3.0 - np.sqrt(5.0)) * i
    return np.stack([r * np.sin(phi), y, r * np.cos(phi)], axis=-1)


def coulomb_energy(p: np.ndarray) -> float:
    """Sum of 1/distance over all pairs of ``(n, 3)`` points."""
    d = np.linalg.norm(p[:, None, :] - p[None, :, :], axis=-1)
    iu = np.triu_indices(len(p), 1)
    return float(np.sum(1.0 / d[iu]))


def _relax(p: np.ndarray, iterations: int) -> np.ndarray:
    """Projected gradient descent on the Coulomb energy with a fixed step. ``(n, 3)`` → ``(n, 3)``."""
    n = len(p)
    step = 2.0 / n**1.5
    for _ in range(iterations):
        d = p[:, None, :] - p[None, :, :]
        r2 = np.sum(d * d, axis=-1)
        np.fill_diagonal(r2, np.inf)
        force = np.sum(d / (r2**1.5)[..., None], axis=1)
        force -= np.sum(force * p, axis=-1, keepdims=True) * p  # tangential part only
        p = p + step * force
        p /= np.linalg.norm(p, axis=-1, keepdims=True)
    return p


def min_energy_points(n: int, iterations: int = 3000, starts: int = 4) -> np.ndarray:
    """``n`` points that minimise the Coulomb energy on the sphere (the Thomson problem).

    Deterministic: relaxes ``starts`` random starts drawn from fixed seeds (NumPy's PCG64, the same
    on every machine) plus the Fibonacci spiral, and keeps the lowest energy. A single start can
    end in a local minimum (the spiral does for 32 points); four seeds reach the known optima for
    20, 32 (the truncated icosahedron) and 44 points. Returns ``(n, 3)`` unit vectors in an
    arbitrary orientation (see :func:`orient_points`).
    """
    if n < 4:
        raise ValueError("a template needs at least 4 tiles to cover the sphere")
    candidates = [_relax(fibonacci_points(n), iterations)]
    for seed in range(starts):
        g = np.random.default_rng(seed).normal(size=(n, 3))
        candidates.append(_relax(g / np.linalg.norm(g, axis=-1, keepdims=True), iterations))
    return min(candidates, key=coulomb_energy)


def _rotation_taking(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """3×3 rotation matrix taking unit vector ``a`` onto unit vector ``b`` (Rodrigues)."""
    v = np.cross(a, b)
    c = float(np.dot(a, b))
    if np.linalg.norm(v) < 1e-12:
        if c > 0:
            return np.eye(3)
        # 180°: rotate about any axis perpendicular to a
        axis = np.cross(a, [1.0, 0.0, 0.0] if abs(a[0]) < 0.9 else [0.0, 1.0, 0.0])
        axis /= np.linalg.norm(axis)
        return 2.0 * np.outer(axis, axis) - np.eye(3)
    k = np.array([[0, -v[2], v[1]], [v[2], 0, -v[0]], [-v[1], v[0], 0]])
    return np.eye(3) + k + k @ k / (1.0 + c)


def orient_points(p: np.ndarray) -> np.ndarray:
    """Rotate a point set so that tiles sit on both poles and one tile faces yaw 0.

    The pair of points closest to antipodal becomes the zenith/nadir axis (one point exactly on
    the zenith, its partner on or next to the nadir); then the set turns about the vertical axis
    so that the point nearest the horizon sits at yaw 0. ``(n, 3)`` → ``(n, 3)``.
    """
    dots = p @ p.T
    i, _ = np.unravel_index(np.argmin(dots), dots.shape)
    up = np.array([0.0, 1.0, 0.0])
    q = p @ _rotation_taking(p[i], up).T
    horizon = np.argmin(np.abs(q[:, 1]) + 1e-9 * np.arange(len(q)))
    yaw = np.arctan2(q[horizon, 0], q[horizon, 2])
    c, s = np.cos(-yaw), np.sin(-yaw)
    rot_y = np.array([[c, 0.0, s], [0.0, 1.0, 0.0], [-s, 0.0, c]])
    return q @ rot_y.T


@dataclass(frozen=True)
class CellLayout:
    """Spherical Voronoi cells of a set of tile centres.

    Attributes:
        centres: ``(n, 3)`` unit vectors.
        cell_vertices: per tile, ``(k, 3)`` vertices of its cell in counter-clockwise order.
        circumradius_deg: ``(n,)`` largest angle from a centre to its cell's vertices.
        neighbours: per tile, sorted indices (0-based) of the tiles whose cells share an edge.
    """

    centres: np.ndarray
    cell_vertices: tuple[np.ndarray, ...]
    circumradius_deg: np.ndarray
    neighbours: tuple[tuple[int, ...], ...]


def cell_layout(centres: np.ndarray) -> CellLayout:
    """Voronoi cells, circumradii and neighbours of ``(n, 3)`` unit centres."""
    sv = SphericalVoronoi(centres, radius=1.0, center=np.zeros(3))
    sv.sort_vertices_of_regions()
    cells = tuple(sv.vertices[np.asarray(region)] for region in sv.regions)
    circ = np.array([angle_between(c[None, :], v).max() for c, v in zip(centres, cells, strict=True)])
    hull = ConvexHull(centres)
    nbrs: list[set[int]] = [set() for _ in range(len(centres))]
    for a, b, c in hull.simplices:
        for u, v in ((a, b), (b, c), (c, a)):
            nbrs[u].add(int(v))
            nbrs[v].add(int(u))
    return CellLayout(centres, cells, circ, tuple(tuple(sorted(s)) for s in nbrs))


def processing_order(centres: np.ndarray, neighbours: tuple[tuple[int, ...], ...]) -> list[int]:
    """An order (0-based indices) in which every tile after the first touches a finished tile.

    Starts at the tile facing the front horizon (yaw 0, pitch 0) and grows outwards: next is the
    unfinished tile with the most finished neighbours (so each new tile continues as much finished
    work as possible), ties broken by closeness to the front; the back of the sphere comes last.
    """
    front = np.array([0.0, 0.0, 1.0])
    closeness = angle_between(centres, front[None, :])
    order = [int(np.argmin(closeness))]
    done = set(order)
    while len(order) < len(centres):
        best = None
        for t in range(len(centres)):
            if t in done:
                continue
            touching = sum(1 for n in neighbours[t] if n in done)
            if touching == 0:
                continue
            key = (-touching, round(float(closeness[t]), 6), t)
            if best is None or key < best:
                best = key
        if best is None:  # cannot happen on a connected Delaunay graph
            raise RuntimeError("tile graph is not connected")
        order.append(best[2])
        done.add(best[2])
    return order
