"""Image filters behind the CPU pipeline family ``opencv``, as pure functions.

Every filter takes one RGB image ``(H, W, 3)``, ``uint8`` (0-255) or ``float32`` (0-1, values outside
are clipped), and returns a new image of the same shape and dtype; the input is never modified. Sizes
(radius, line width…) are in pixels of the image given. Filters with randomness take a ``seed`` and
return the same result bit for bit for the same seed and size.

They are built from fast OpenCV primitives (box, bilateral and median filters, colour conversions,
adaptive thresholds) plus numpy. OpenCV's own photo-module filters (``cv2.stylization``,
``cv2.pencilSketch``, ``cv2.detailEnhance``, ``cv2.edgePreservingFilter``) give similar looks but
take 0.3-1.2 s per 1024² tile on one core; these take 15-45 ms. Timings: ``docs/pipelines.md``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Concatenate, Literal, ParamSpec

import cv2
import numpy as np

__all__ = [
    "GradeLook",
    "detail",
    "grade",
    "guided_smooth",
    "jitter",
    "oil",
    "passthrough",
    "pencil",
    "posterize",
    "smooth",
    "stylize",
]

GradeLook = Literal["warm", "cool", "teal_orange", "bleach"]

P = ParamSpec("P")


# ----------------------------------------------------------------------------------------- helpers


def _check(img: np.ndarray) -> None:
    """Raise ``ValueError`` unless ``img`` is a non-empty ``(H, W, 3)`` uint8 or float32 array."""
    if not isinstance(img, np.ndarray) or img.ndim != 3 or img.shape[2] != 3:
        got = getattr(img, "shape", type(img).__name__)
        raise ValueError(f"expected an RGB image of shape (H, W, 3), got {got}")
    if img.shape[0] < 1 or img.shape[1] < 1:
        raise ValueError(f"expected a non-empty image, got shape {img.shape}")
    if img.dtype not in (np.uint8, np.float32):
        raise ValueError(f"expected a uint8 or float32 image, got {img.dtype}")


def _as_float(img: np.ndarray) -> np.ndarray:
    """``img`` as a new contiguous float32 RGB array in ``[0, 1]``."""
    _check(img)
    if img.dtype == np.uint8:
        return np.ascontiguousarray(img, dtype=np.float32) * np.float32(1 / 255)
    return np.clip(img, 0.0, 1.0)  # a new contiguous array


def _like(out: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """A float32 result in ``[0, 1]`` converted back to the caller's dtype."""
    np.clip(out, 0.0, 1.0, out=out)
    if dtype == np.uint8:
        return (out * 255.0 + 0.5).astype(np.uint8)
    return out.astype(np.float32, copy=False)


def _to_u8(img: np.ndarray) -> np.ndarray:
    """Float ``[0, 1]`` → uint8, rounded (for the OpenCV functions that only take 8-bit images)."""
    return cv2.convertScaleAbs(img, alpha=255.0)


def _rgb_filter(
    core: Callable[Concatenate[np.ndarray, P], np.ndarray],
) -> Callable[Concatenate[np.ndarray, P], np.ndarray]:
    """Wrap a float32 core as a filter that takes and returns uint8 or float32 RGB."""

    @functools.wraps(core)
    def wrapper(img: np.ndarray, *args: P.args, **kwargs: P.kwargs) -> np.ndarray:
        dtype = img.dtype
        return _like(core(_as_float(img), *args, **kwargs), dtype)

    return wrapper


def _gray(img: np.ndarray) -> np.ndarray:
    """Rec. 601 luma of float RGB, ``(H, W)`` float32."""
    return cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)


def _rgb(plane: np.ndarray) -> np.ndarray:
    """An ``(H, W)`` plane repeated into ``(H, W, 3)`` (much faster to combine than ``plane[..., None]``)."""
    return cv2.merge((plane, plane, plane))


_CHANNEL_MEAN = np.full((1, 3), 1.0 / 3.0, np.float32)


def _odd(n: int) -> int:
    return n if n % 2 else n + 1


def guided_smooth(p: np.ndarray, radius: int, eps: float, subsample: int = 1) -> np.ndarray:
    """Self-guided filter (after He, Sun & Tang 2010): edge-preserving smoothing of float32 ``p``.

    ``p`` is ``(H, W)`` or ``(H, W, C)``. Where the local variance in a ``(2·radius+1)²`` box (for
    colour images: the mean of the channels' variances, so an edge in any channel is an edge in
    all) is well below ``eps`` the output is the local mean; where it is well above, the output stays
    close to the input. ``subsample`` > 1 computes the linear coefficients at reduced resolution and
    applies them at full resolution (the "fast guided filter", He & Sun 2015). Flat input comes back
    unchanged; nothing divides by zero as long as ``eps`` > 0.
    """
    h, w = p.shape[:2]
    s = max(1, min(subsample, min(h, w) // 16))
    small = cv2.resize(p, (w // s, h // s), interpolation=cv2.INTER_AREA) if s > 1 else p
    r = max(1, round(radius / s))
    ksize = (2 * r + 1, 2 * r + 1)
    border = cv2.BORDER_REFLECT

    mean = cv2.boxFilter(small, -1, ksize, borderType=border)
    var: np.ndarray = cv2.boxFilter(small * small, -1, ksize, borderType=border) - mean * mean
    colour = var.ndim == 3
    if colour:
        var = cv2.transform(var, _CHANNEL_MEAN)  # mean over channels, (H, W)
    var = np.maximum(var, 0.0)
    a: np.ndarray = var / (var + np.float32(eps))
    b: np.ndarray = mean - (_rgb(a) if colour else a) * mean
    a = cv2.boxFilter(a, -1, ksize, borderType=border)
    b = cv2.boxFilter(b, -1, ksize, borderType=border)
    if s > 1:
        a = cv2.resize(a, (w, h), interpolation=cv2.INTER_LINEAR)
        b = cv2.resize(b, (w, h), interpolation=cv2.INTER_LINEAR)
    out = (_rgb(a) if colour else a) * p
    out += b
    return out


def _smoothstep(x: np.ndarray) -> np.ndarray:
    return x * x * (3.0 - 2.0 * x)


# ----------------------------------------------------------------------------------------- filters


def passthrough(img: np.ndarray) -> np.ndarray:
    """A copy of ``img``, unchanged."""
    _check(img)
    return img.copy()


@_rgb_filter
def stylize(
    img: np.ndarray,
    *,
    sigma_color: float = 0.12,
    smoothing: int = 3,
    edges: float = 0.8,
    line_size: int = 9,
    line_threshold: float = 0.02,
) -> np.ndarray:
    """Cartoon look: bilateral-smoothed colours with dark outlines.

    The colours are flattened by ``smoothing`` rounds of a 5×5 bilateral filter (colour sigma
    ``sigma_color``, run at half resolution for speed on images of 128 px and up, then scaled back).
    Outlines come from an adaptive threshold of the median-filtered luma: pixels darker than the mean
    of their ``line_size`` neighbourhood by more than ``line_threshold`` become lines, darkened by
    ``edges`` (0 = no lines, 1 = black).
    """
    h, w = img.shape[:2]
    half = smoothing > 0 and min(h, w) >= 128
    base: np.ndarray = cv2.resize(img, (w // 2, h // 2), interpolation=cv2.INTER_AREA) if half else img
    for _ in range(smoothing):
        base = cv2.bilateralFilter(base, 5, sigma_color, 3.0)
    if half:
        base = cv2.resize(base, (w, h), interpolation=cv2.INTER_LINEAR)
    if edges <= 0.0:
        return base
    luma = cv2.medianBlur(_to_u8(_gray(img)), 5)
    lines: np.ndarray = cv2.adaptiveThreshold(
        luma, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, _odd(line_size), line_threshold * 255.0
    ).astype(np.float32)
    lines = cv2.GaussianBlur(lines, (3, 3), 0)  # anti-alias the 1-px decisions
    return base * _rgb(1.0 - np.float32(edges) * lines)


def _hatching(h: int, w: int, stroke_length: int, rng: np.random.Generator) -> np.ndarray:
    """Diagonal pencil-stroke texture in ``[0, 1]`` (mean 0.5), strokes ~2 px wide and 45° steep.

    Uniform noise drawn at half resolution from ``rng`` is smeared vertically over half of
    ``stroke_length``; reading row y from column offset y (a strided view) turns the vertical streaks
    into diagonal ones; the result is scaled up to ``(h, w)``.
    """
    hh, hw = (h + 1) // 2, (w + 1) // 2
    length = max(1, stroke_length // 2)
    noise: np.ndarray = rng.random((hh, hw + hh), dtype=np.float32)
    noise = cv2.blur(noise, (1, length), borderType=cv2.BORDER_REFLECT)
    sheared = np.lib.stride_tricks.as_strided(
        noise, shape=(hh, hw), strides=(noise.strides[0] + noise.strides[1], noise.strides[1])
    )
    z = (sheared - np.float32(0.5)) * np.float32(np.sqrt(12.0 * length))  # ~unit variance
    strokes = np.clip(0.5 + 0.5 * z, 0.0, 1.0).astype(np.float32)
    return cv2.resize(strokes, (w, h), interpolation=cv2.INTER_LINEAR)


@_rgb_filter
def pencil(
    img: np.ndarray,
    *,
    line_width: int = 6,
    line_strength: float = 2.0,
    shading: float = 0.5,
    stroke_length: int = 15,
    color: float = 0.5,
    seed: int = 0,
) -> np.ndarray:
    """Colour pencil sketch: colour-dodge line drawing, seeded hatching in the dark areas, tinted.

    Lines: the luma divided by its blurred self (stack blur of radius ``line_width``) — the classic
    "colour dodge" sketch — raised to ``line_strength``. Shading: a diagonal stroke texture made from
    noise seeded by ``seed`` (``stroke_length`` px long) darkens the image in proportion to the
    blurred darkness, by up to ``shading``. Colour: the sketch replaces the luma (Rec. 601 Y) and the
    chroma (RGB − Y) is kept at ``color`` (0 = grey pencil, 1 = full colour).
    """
    h, w = img.shape[:2]
    luma = _gray(img)
    k = 2 * max(1, line_width) + 1
    blurred = cv2.stackBlur(luma, (k, k))
    lines = np.clip((luma + np.float32(0.02)) / (blurred + np.float32(0.02)), 0.0, 1.0)
    lines **= np.float32(line_strength)

    rng = np.random.default_rng(seed % (1 << 64))
    strokes = _hatching(h, w, stroke_length, rng)
    darkness = 1.0 - blurred
    sketch = np.clip(lines * (1.0 - np.float32(shading) * darkness * (2.0 * strokes)), 0.0, 1.0)

    # New luma, chroma scaled by ``color``: in RGB, sketch + color·(RGB − luma).
    out = img - _rgb(luma)
    out *= np.float32(color)
    out += _rgb(sketch)
    return out


@_rgb_filter
def detail(img: np.ndarray, *, amount: float = 2.5, radius: int = 12, edge: float = 0.08) -> np.ndarray:
    """Local-contrast (detail) boost that keeps strong edges free of halos.

    The luma is split into a base layer (self-guided filter, box ``radius``, edge threshold ``edge``
    in intensity units) and a detail layer (luma − base); the detail is multiplied by ``amount``
    (1 = unchanged, < 1 softens) and added back to R, G and B equally, so hues do not shift.
    """
    luma = _gray(img)
    base = guided_smooth(luma, radius, edge * edge, subsample=2)
    boost = (np.float32(amount) - 1.0) * (luma - base)
    return img + _rgb(boost)


@_rgb_filter
def smooth(img: np.ndarray, *, radius: int = 6, edge: float = 0.04, iterations: int = 2) -> np.ndarray:
    """Edge-preserving smoothing: ``iterations`` rounds of the self-guided filter on R, G and B.

    Regions whose variation stays below ``edge`` (intensity units) inside a ``(2·radius+1)²`` box are
    flattened to their local mean; stronger edges are kept. Coefficients are computed at half
    resolution (fast guided filter) and applied at full resolution.
    """
    out = img
    for _ in range(iterations):
        out = guided_smooth(out, radius, edge * edge, subsample=2)
    return out


@_rgb_filter
def oil(img: np.ndarray, *, radius: int = 5, levels: int = 0) -> np.ndarray:
    """Oil-paint look: Kuwahara filter, then optional colour quantisation.

    Each pixel takes the mean colour of whichever of its four ``(radius+1)²`` corner windows has the
    lowest luma variance, which flattens texture into brush-like patches while keeping edges.
    ``levels`` ≥ 2 then quantises each channel to that many values (0 = off).
    """
    h, w = img.shape[:2]
    r = max(1, radius)
    k = r + 1
    luma = _gray(img)
    pad = (r, r, r, r, cv2.BORDER_REPLICATE)
    # Box means with anchor (0, 0): M[i, j] = mean of padded[i:i+k, j:j+k]; the window of original
    # pixel (y, x) towards the top-left is M[y, x], towards the bottom-right M[y+r, x+r].
    mean_rgb = cv2.boxFilter(cv2.copyMakeBorder(img, *pad), -1, (k, k), anchor=(0, 0))
    luma_p = cv2.copyMakeBorder(luma, *pad)
    mean_l = cv2.boxFilter(luma_p, -1, (k, k), anchor=(0, 0))
    mean_l2 = cv2.boxFilter(luma_p * luma_p, -1, (k, k), anchor=(0, 0))

    var = mean_l2 - mean_l * mean_l
    tl, tr, bl, br = var[:h, :w], var[:h, r : r + w], var[r : r + h, :w], var[r : r + h, r : r + w]
    right_top, right_bottom = tr < tl, br < bl
    bottom = np.minimum(bl, br) < np.minimum(tl, tr)
    right = np.where(bottom, right_bottom, right_top)
    # Gather each pixel's chosen window mean with a nearest-neighbour remap into the padded means.
    map_x = np.arange(w, dtype=np.float32)[None, :] + right.astype(np.float32) * np.float32(r)
    map_y = np.arange(h, dtype=np.float32)[:, None] + bottom.astype(np.float32) * np.float32(r)
    best = cv2.remap(mean_rgb, map_x, map_y, cv2.INTER_NEAREST)
    if levels >= 2:
        step = np.float32(levels - 1)
        best = np.round(best * step) / step
    return best


@_rgb_filter
def posterize(
    img: np.ndarray,
    *,
    levels: int = 5,
    smoothing: Literal[0, 3, 5] = 3,
    edges: float = 0.5,
    line_width: int = 1,
) -> np.ndarray:
    """Poster look: each channel quantised to ``levels`` values, with outlines between luma bands.

    A ``smoothing``-px median filter (0 = off) first removes speckle; outlines are drawn where the
    luma, quantised the same way, changes from one pixel to the next, ``line_width`` px wide and
    darkened by ``edges`` (0 = none, 1 = black).
    """
    u8 = _to_u8(img)
    if smoothing:
        u8 = cv2.medianBlur(u8, smoothing)
    step = levels - 1
    lut = np.round(np.round(np.arange(256) / 255.0 * step) / step * 255.0).astype(np.uint8)
    out = cv2.LUT(u8, lut).astype(np.float32) * np.float32(1 / 255)
    if edges <= 0.0:
        return out
    bands = cv2.LUT(cv2.cvtColor(u8, cv2.COLOR_RGB2GRAY), lut)
    lines: np.ndarray = np.zeros(bands.shape, dtype=np.uint8)
    lines[:, 1:] |= bands[:, 1:] != bands[:, :-1]
    lines[1:, :] |= bands[1:, :] != bands[:-1, :]
    if line_width > 1:
        lines = cv2.dilate(lines, np.ones((line_width, line_width), np.uint8))
    out *= _rgb(1.0 - np.float32(edges) * lines)
    return out


# look: (chroma shift (Cr, Cb) in the shadows, in the highlights, contrast, saturation). Shifts are in
# YCrCb units (0-1 scale, 0.5 = neutral).
_LOOKS: dict[str, tuple[tuple[float, float], tuple[float, float], float, float]] = {
    "warm": ((0.025, -0.045), (0.025, -0.045), 0.05, 1.05),
    "cool": ((-0.02, 0.045), (-0.02, 0.045), 0.05, 0.95),
    "teal_orange": ((-0.05, 0.05), (0.045, -0.06), 0.15, 1.1),
    "bleach": ((0.0, 0.0), (0.0, 0.0), 0.5, 0.4),
}
# RGB change per unit of Cr and of Cb (the inverse of OpenCV's RGB -> YCrCb, Rec. 601).
_CR_RGB = np.array([1.403, -0.714, 0.0], np.float32)
_CB_RGB = np.array([0.0, -0.344, 1.773], np.float32)


@_rgb_filter
def grade(
    img: np.ndarray, *, look: GradeLook = "teal_orange", contrast: float = 0.0, saturation: float = 1.0
) -> np.ndarray:
    """Colour grade on luma and chroma (YCrCb axes): a tone-dependent chroma shift, an S-curve on the
    luma and a saturation change, computed directly in RGB.

    Looks: ``warm`` (towards orange), ``cool`` (towards blue), ``teal_orange`` (shadows towards teal,
    highlights towards orange, more contrast) and ``bleach`` (bleach bypass: 40 % saturation, strong
    contrast). ``contrast`` (−1…1) is added to the look's S-curve amount and ``saturation`` multiplies
    the look's saturation.
    """
    if look not in _LOOKS:
        raise ValueError(f"unknown look {look!r}; known: {', '.join(_LOOKS)}")
    shadows, highlights, look_contrast, look_saturation = _LOOKS[look]
    luma = _gray(img)
    t = _smoothstep(luma)
    c = np.float32(np.clip(look_contrast + contrast, -1.0, 1.0))
    new_luma = luma + c * (t - luma)  # monotone for |c| <= 1
    shift_dark = shadows[0] * _CR_RGB + shadows[1] * _CB_RGB
    shift_light = highlights[0] * _CR_RGB + highlights[1] * _CB_RGB
    out = img - _rgb(luma)
    out *= np.float32(look_saturation * saturation)
    out += _rgb(new_luma)
    out += np.asarray(shift_dark, dtype=np.float32)
    if shadows != highlights:
        out += cv2.merge([t * np.float32(d) for d in shift_light - shift_dark])
    return out


@_rgb_filter
def jitter(img: np.ndarray, *, amount: float = 0.5, style: float = 0.0, seed: int = 0) -> np.ndarray:
    """Per-tile random colour jitter: each seed draws its own colour cast (and, with ``style``, its
    own contrast and saturation), so overlapping tiles disagree on purpose.

    From eight standard normal numbers ``n`` drawn with ``seed``: channel gains ``exp(0.25 · amount ·
    n[0:3])`` and offsets ``0.06 · amount · n[3:6]``; contrast ``exp(0.3 · style · n[6])`` about the
    tile's mean luma and saturation ``exp(0.4 · style · n[7])``. ``amount = style = 0`` returns the
    tile unchanged; the change grows with both. Used to calibrate the seam score (docs/seams.md).
    """
    rng = np.random.default_rng(seed % (1 << 64))
    n = rng.standard_normal(8).astype(np.float32)
    gains = np.exp(np.float32(0.25 * amount) * n[0:3]).astype(np.float32)
    offsets = (np.float32(0.06 * amount) * n[3:6]).astype(np.float32)
    out = img * gains[None, None, :]
    out += offsets[None, None, :]
    if style > 0:
        luma = _gray(out)
        mean = np.float32(luma.mean())
        contrast = np.float32(np.exp(0.3 * style * n[6]))
        saturation = np.float32(np.exp(0.4 * style * n[7]))
        chroma = out - _rgb(luma)
        chroma *= saturation
        out = _rgb((luma - mean) * contrast + mean) + chroma
    return out
