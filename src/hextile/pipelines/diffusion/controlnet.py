"""ControlNet per pass: which model for which unit, checks before the render, control images per tile.

``settings.controlnet = {enabled, units: [{type, model, enabled, conditioning_scale, guidance_start,
guidance_end, low_threshold, high_threshold, depth_boost}]}``. Types: ``canny`` (OpenCV edges of the
pass's input tile), ``depth`` (tiles of a depth panorama, ``options.depth_map``), ``tile`` (the input
tile, optionally blurred with ``options.tile_blur``). Several units run together (MultiControlNet).

Importing this module does not import diffusers.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hextile.errors import PipelineError
from hextile.pipelines.diffusion import catalog
from hextile.pipelines.diffusion.loading import (
    FAMILY_LABEL,
    DiffusionOptions,
    _one_line,
    download_hint,
    library_warnings_ignored,
    local_snapshot,
)

if TYPE_CHECKING:
    import torch

    from hextile.config.models import ControlNetUnit, PassSettings

log = logging.getLogger(__name__)

CONTROLNET_CLASS = {
    "sd15": "ControlNetModel",
    "sd21": "ControlNetModel",
    "sdxl": "ControlNetModel",
    "sd35": "SD3ControlNetModel",
    "flux": "FluxControlNetModel",
}


@dataclass(frozen=True)
class UnitPlan:
    """One enabled ControlNet unit, resolved."""

    type: str
    kind: str  # "repo" | "folder"
    location: str
    label: str
    scale: float
    start: float
    end: float
    low: int
    high: int
    boost: float
    entry: catalog.ControlNetEntry | None

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.location)

    def describe(self) -> str:
        return f"ControlNet {self.type} model ({self.label})"


def unsupported_type_error(typ: str, family: str) -> PipelineError:
    types = catalog.controlnet_types(family)
    if not types:
        return PipelineError(
            f"ControlNet is not available for pipeline {family}", "Disable controlnet for this pass"
        )
    return PipelineError(
        f"ControlNet type '{typ}' is not available for pipeline {family}",
        f"Use one of: {', '.join(types)}",
    )


def plan_units(settings: PassSettings, family: str) -> list[UnitPlan]:
    """The pass's enabled units, resolved to models; raises for unsupported types."""
    cfg = settings.controlnet
    if not cfg.enabled:
        return []
    plans: list[UnitPlan] = []
    for unit in cfg.units:
        if not unit.enabled:
            continue
        plans.append(_plan(unit, family))
    return plans


def _plan(unit: ControlNetUnit, family: str) -> UnitPlan:
    table = catalog.CONTROLNETS.get(family, {})
    if unit.type not in table and not unit.model:
        raise unsupported_type_error(unit.type, family)
    if unit.type not in ("canny", "depth", "tile"):
        raise unsupported_type_error(unit.type, family)
    if unit.guidance_end < unit.guidance_start:
        raise PipelineError(
            f"ControlNet {unit.type}: guidance_end {unit.guidance_end} "
            f"is before guidance_start {unit.guidance_start}"
        )
    entry = table.get(unit.type)
    if unit.model:
        p = Path(unit.model).expanduser()
        if p.exists() or unit.model.startswith((".", "/", "~")):
            if not (p / "config.json").is_file():
                raise PipelineError(
                    f"ControlNet folder '{p}' has no config.json",
                    "Point the unit's model at a diffusers ControlNet folder",
                )
            kind, location, label = "folder", str(p.resolve()), str(p)
            entry = None
        else:
            kind, location, label = "repo", unit.model, unit.model
            entry = entry if entry and entry.repo_id == unit.model else None
    else:
        assert entry is not None
        kind, location, label = "repo", entry.repo_id, entry.repo_id
    return UnitPlan(
        type=unit.type,
        kind=kind,
        location=location,
        label=label,
        scale=float(unit.conditioning_scale),
        start=float(unit.guidance_start),
        end=float(unit.guidance_end),
        low=int(unit.low_threshold),
        high=int(unit.high_threshold),
        boost=float(unit.depth_boost),
        entry=entry,
    )


def ensure_unit(plan: UnitPlan) -> Path:
    """The local folder of the unit's model; raises (with the download command) when it is missing."""
    if plan.kind == "folder":
        folder = Path(plan.location)
        if not any(folder.glob("*.safetensors")) and not any(folder.glob("*.bin")):
            raise PipelineError(f"ControlNet folder '{folder}' has no weights")
        return folder
    snap = local_snapshot(plan.location, "config.json")
    if snap is not None and (any(snap.glob("*.safetensors")) or any(snap.glob("*.bin"))):
        return snap
    raise PipelineError(f"{plan.describe()} is not on this machine", download_hint(plan.location))


def check_units(settings: PassSettings, family: str, opts: DiffusionOptions) -> None:
    """Static checks before the render: types, models present, depth map given."""
    plans = plan_units(settings, family)
    for plan in plans:
        ensure_unit(plan)
    if plans and family == "flux" and _is_fill(settings, family):
        raise PipelineError(
            "ControlNet does not work with FLUX.1 Fill", "Use FLUX.1 dev/schnell, or disable controlnet"
        )
    if any(p.type == "depth" for p in plans):
        if not opts.depth_map:
            raise depth_missing_error()
        if not Path(opts.depth_map).expanduser().is_file():
            raise PipelineError(f"depth map '{opts.depth_map}' does not exist", "Check options.depth_map")


def _is_fill(settings: PassSettings, family: str) -> bool:
    hit = catalog.find_model_spec(settings.diffusion.model, family)
    return bool(hit and hit[1].variant == "fill")


def depth_missing_error() -> PipelineError:
    return PipelineError(
        "ControlNet depth needs a depth panorama",
        "Set options.depth_map to an equirectangular depth image of the same scene (bright = near)",
    )


# --------------------------------------------------------------------------- loading
def load_controlnet(plan: UnitPlan, family: str, dtype: torch.dtype) -> Any:
    import diffusers

    cls = getattr(diffusers, CONTROLNET_CLASS[family])
    local = ensure_unit(plan)
    try:
        with library_warnings_ignored():
            model = cls.from_pretrained(str(local), dtype=dtype, local_files_only=True)
    except Exception as exc:
        raise PipelineError(f"cannot load {plan.describe()}: {_one_line(exc, 200)}") from None
    return model.eval()


def check_compatible(cn: Any, denoiser: Any, family: str, plan: UnitPlan, model_label: str) -> None:
    """Fail before work when a ControlNet was made for another base model."""
    c, d = cn.config, denoiser.config
    if family in ("sd15", "sd21", "sdxl"):
        pairs = [
            ("cross_attention_dim", c.get("cross_attention_dim"), d.get("cross_attention_dim")),
            ("addition_embed_type", c.get("addition_embed_type"), d.get("addition_embed_type")),
        ]
    elif family == "sd35":
        pairs = [
            ("joint_attention_dim", c.get("joint_attention_dim"), d.get("joint_attention_dim")),
            ("width", _inner(c), _inner(d)),
            ("pooled_projection_dim", c.get("pooled_projection_dim"), d.get("pooled_projection_dim")),
        ]
    else:
        pairs = [
            ("joint_attention_dim", c.get("joint_attention_dim"), d.get("joint_attention_dim")),
            ("width", _inner(c), _inner(d)),
            ("in_channels", c.get("in_channels"), d.get("in_channels")),
        ]
    for what, a, b in pairs:
        if a != b:
            raise PipelineError(
                f"{plan.describe()} does not fit {model_label} ({what} {a} vs {b})",
                f"Use a {plan.type} ControlNet made for this {FAMILY_LABEL.get(family, family)} model",
            )


def _inner(cfg: Any) -> int | None:
    heads, dim = cfg.get("num_attention_heads"), cfg.get("attention_head_dim")
    return heads * dim if heads and dim else None


# --------------------------------------------------------------------------- control images
def load_depth_panorama(path: str) -> torch.Tensor:
    """``(1, H, W)`` float depth panorama from an image (8/16-bit, any channels) or ``.npy`` file."""
    import cv2
    import numpy as np
    import torch

    p = Path(path).expanduser()
    if p.suffix.lower() == ".npy":
        arr = np.load(p).astype(np.float32)
    else:
        arr = cv2.imread(str(p), cv2.IMREAD_UNCHANGED | cv2.IMREAD_ANYDEPTH)
        if arr is None:
            raise PipelineError(f"cannot read depth map '{p}'", "Use a PNG/TIFF/JPEG image or a .npy array")
        arr = arr.astype(np.float32)
    if arr.ndim == 3:
        arr = arr[..., :3].mean(axis=2)
    if arr.ndim != 2 or arr.shape[1] != 2 * arr.shape[0]:
        raise PipelineError(
            f"depth map '{p}' is {arr.shape[-1] if arr.ndim > 1 else '?'}×{arr.shape[0]}, "
            "not equirectangular (2:1)",
            "Use a depth panorama with width = 2 × height",
        )
    return torch.from_numpy(np.ascontiguousarray(arr))[None]


def control_images(
    plans: list[UnitPlan],
    tiles: torch.Tensor,
    depth: torch.Tensor | None,
    opts: DiffusionOptions,
) -> list[torch.Tensor]:
    """One ``(B, 3, H, W)`` control image batch in ``[0, 1]`` per unit, from the pass's input tiles."""
    import torch

    from hextile.pipelines.diffusion import preprocess  # OpenCV and torch: only when rendering

    out: list[torch.Tensor] = []
    for plan in plans:
        if plan.type == "canny":
            img = preprocess.canny(tiles, plan.low, plan.high)
        elif plan.type == "depth":
            if depth is None:
                raise depth_missing_error()
            d = depth.to(tiles.device)
            if d.shape[-2:] != tiles.shape[-2:]:
                d = torch.nn.functional.interpolate(
                    d.float(), size=tiles.shape[-2:], mode="bilinear", align_corners=False
                )
            img = preprocess.depth_control(d, plan.boost, opts.depth_invert)
        else:
            img = preprocess.tile_control(tiles, opts.tile_blur)
        out.append(img)
    return out
