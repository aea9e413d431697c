"""LoRAs per pass: named peft adapters loaded once on a cached pipeline, switched between passes.

``settings.diffusion.lora`` = ``{enabled, models: [{model_path, strength, enabled}], settings:
{combine_mode: additive | normalized}}``. A LoRA file is loaded into the pipeline the first time a
pass uses it (``load_lora_weights(path, adapter_name=...)``) and stays there; each pass then calls
``set_adapters`` with its own names and weights, or disables all adapters so that the base model
runs exactly. The base weights are never reloaded or fused.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from hextile.errors import PipelineError
from hextile.pipelines.diffusion.loading import (
    FAMILY_LABEL,
    download_hint,
    library_warnings_ignored,
    local_snapshot,
    safetensors_header,
)

if TYPE_CHECKING:
    from hextile.config.models import PassSettings

log = logging.getLogger(__name__)

_LORA_DOWN_MARKERS = ("lora_A", "lora_down", "lora.down", "lora_linear_layer.down")


@dataclass(frozen=True)
class LoraRef:
    """One enabled LoRA of a pass: where it is and the weight it gets."""

    label: str  # as the user wrote it
    path: str  # local file
    weight: float
    adapter: str  # adapter name on the pipeline (stable per file)


def resolve_lora_path(model_path: str) -> Path:
    """The local LoRA file for ``model_path``: a file, a folder, or ``owner/repo[/file]`` in the
    Hugging Face cache.

    Raises:
        PipelineError: it is not on this machine (with the download command) or is ambiguous.
    """
    p = Path(model_path).expanduser()
    if p.is_file():
        return p.resolve()
    if p.is_dir():
        preferred = p / "pytorch_lora_weights.safetensors"
        if preferred.is_file():
            return preferred.resolve()
        files = sorted(p.glob("*.safetensors"))
        if len(files) == 1:
            return files[0].resolve()
        raise PipelineError(
            f"LoRA folder '{p}' holds {len(files)} .safetensors files",
            "Point model_path at one of them",
        )
    parts = model_path.strip("/").split("/")
    if len(parts) >= 2 and not model_path.startswith((".", "/", "~")):
        repo = "/".join(parts[:2])
        weight = "/".join(parts[2:]) or "pytorch_lora_weights.safetensors"
        snap = local_snapshot(repo, weight)
        if snap is not None:
            return snap / Path(weight).name
        hint = download_hint(repo) + ("" if weight == "pytorch_lora_weights.safetensors" else f" {weight}")
        raise PipelineError(f"LoRA '{model_path}' is not on this machine", hint)
    raise PipelineError(
        f"LoRA file '{model_path}' does not exist", "Check diffusion.lora.models[].model_path"
    )


def adapter_name(path: str | Path) -> str:
    """A valid, stable adapter name for a LoRA file (path + size + mtime)."""
    p = Path(path)
    try:
        st = p.stat()
        tag = f"{p.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    except OSError:
        tag = str(p)
    return "hx_" + hashlib.sha1(tag.encode()).hexdigest()[:12]


def pass_loras(settings: PassSettings) -> list[LoraRef]:
    """The pass's enabled LoRAs with their final weights (``normalized``: divided by Σ|w|)."""
    cfg = settings.diffusion.lora
    if not cfg.enabled:
        return []
    chosen = [m for m in cfg.models if m.enabled]
    refs: list[LoraRef] = []
    for m in chosen:
        path = resolve_lora_path(m.model_path)
        refs.append(LoraRef(m.model_path, str(path), float(m.strength), adapter_name(path)))
    if cfg.settings.combine_mode == "normalized":
        total = sum(abs(r.weight) for r in refs)
        if total > 0:
            refs = [LoraRef(r.label, r.path, r.weight / total, r.adapter) for r in refs]
    # The same file twice: one adapter, weights added.
    merged: dict[str, LoraRef] = {}
    for r in refs:
        if r.adapter in merged:
            old = merged[r.adapter]
            merged[r.adapter] = LoraRef(old.label, old.path, old.weight + r.weight, old.adapter)
        else:
            merged[r.adapter] = r
    return list(merged.values())


# --------------------------------------------------------------------------- static checks
def lora_family(header: dict[str, Any]) -> str | None:
    """The family a LoRA was trained for, guessed from tensor names and shapes; ``None`` if unsure."""
    keys = list(header)
    joined = "\n".join(keys)
    if any(s in joined for s in ("single_transformer_blocks", "single_blocks", "double_blocks")):
        return "flux"
    if "joint_blocks" in joined or "context_block" in joined:
        return "sd35"
    for k in keys:
        low = k.replace("_", ".")
        if "attn2" in low and "to.k" in low and any(m.replace("_", ".") in low for m in _LORA_DOWN_MARKERS):
            shape = header[k].get("shape") or []
            width = shape[1] if len(shape) == 2 else None
            return {768: "sd15", 1024: "sd21", 2048: "sdxl"}.get(width or 0)
    return None


def check_lora_file(path: Path, family: str) -> None:
    """Fail early on a file that is no LoRA or one made for another family."""
    if path.suffix.lower() != ".safetensors":
        return  # .bin / .pt: diffusers reads them; checked when loaded
    try:
        header = safetensors_header(path)
    except (OSError, ValueError) as exc:
        raise PipelineError(f"LoRA '{path}' cannot be read ({exc})", "Use a .safetensors LoRA file") from None
    if not any(
        any(m in k for m in (*_LORA_DOWN_MARKERS, "lora_B", "lora_up", "lokr", "hada")) for k in header
    ):
        raise PipelineError(f"'{path}' is not a LoRA (no LoRA weights in it)")
    found = lora_family(header)
    if found is not None and found != family:
        raise PipelineError(
            f"LoRA '{path.name}' is for {FAMILY_LABEL[found]}, not {FAMILY_LABEL[family]}",
            f"Use a LoRA trained for {FAMILY_LABEL[family]} models",
        )


def check_loras(
    settings: PassSettings, family: str, model_folder: Path | None = None, model_label: str = "the model"
) -> None:
    """Every enabled LoRA of the pass is a LoRA for ``family`` and, when the base model's folder is
    known, its matrices fit the base model's layers (read from file headers; nothing is loaded)."""
    for ref in pass_loras(settings):
        check_lora_file(Path(ref.path), family)
        if model_folder is not None:
            check_lora_fits(Path(ref.path), model_folder, model_label)


_COMPONENTS = ("unet", "transformer", "text_encoder", "text_encoder_2")


def _component_shapes(folder: Path, component: str) -> dict[str, list[int]]:
    """Weight shapes of one component of a diffusers folder, from its .safetensors headers."""
    shapes: dict[str, list[int]] = {}
    for f in sorted((folder / component).glob("*.safetensors")):
        try:
            header = safetensors_header(f)
        except (OSError, ValueError):
            continue
        shapes.update({k: v["shape"] for k, v in header.items() if k != "__metadata__"})
    return shapes


def check_lora_fits(lora_path: Path, model_folder: Path, model_label: str) -> None:
    """Fail before the render when a (peft/diffusers-format) LoRA's ``lora_A`` matrices do not match
    the input size of the base model's layers they target — e.g. an SD 1.5 LoRA on an SDXL model."""
    if lora_path.suffix.lower() != ".safetensors":
        return
    try:
        header = safetensors_header(lora_path)
    except (OSError, ValueError):
        return  # check_lora_file already reported unreadable files
    cache: dict[str, dict[str, list[int]]] = {}
    targeted = found = 0
    for key, info in header.items():
        if ".lora_A." not in key:
            continue  # other LoRA formats are checked by diffusers when loaded
        component, _, rest = key.partition(".")
        if component not in _COMPONENTS or not (model_folder / component).is_dir():
            continue
        shapes = cache.setdefault(component, _component_shapes(model_folder, component))
        if not shapes:
            continue
        targeted += 1
        layer = rest.split(".lora_A.")[0]
        base = shapes.get(f"{layer}.weight") or shapes.get(f"{layer}.base_layer.weight")
        if base is None:
            continue
        found += 1
        lora_in, base_in = info["shape"][1], base[1]
        if lora_in != base_in:
            raise PipelineError(
                f"LoRA '{lora_path.name}' does not fit {model_label}: layer {component}.{layer} takes "
                f"{base_in} inputs, the LoRA gives it {lora_in}",
                "use a LoRA trained for this base model",
            )
    if targeted and not found:
        raise PipelineError(
            f"LoRA '{lora_path.name}' does not fit {model_label}: "
            f"none of the {targeted} layers it changes exist in it",
            "use a LoRA trained for this base model",
        )


def lora_down_count(path: str) -> int | None:
    p = Path(path)
    if p.suffix.lower() != ".safetensors":
        return None
    try:
        header = safetensors_header(p)
    except (OSError, ValueError):
        return None
    return sum(1 for k in header if any(m in k for m in _LORA_DOWN_MARKERS))


# --------------------------------------------------------------------------- runtime
def loaded_adapters(pipe: Any) -> set[str]:
    try:
        lists = pipe.get_list_adapters()
    except Exception:
        return set()
    return {name for names in lists.values() for name in names}


def _layers_with(pipe: Any, name: str) -> int:
    n = 0
    for comp in pipe.components.values():
        modules = getattr(comp, "modules", None)
        if modules is None:
            continue
        for mod in comp.modules():
            lora_a = getattr(mod, "lora_A", None)
            if lora_a is not None and hasattr(lora_a, "keys") and name in lora_a:
                n += 1
    return n


def ensure_loaded(pipe: Any, refs: list[LoraRef], model_label: str, family: str) -> None:
    """Load the adapters of ``refs`` not yet on ``pipe``; :class:`PipelineError` if one does not fit."""
    have = loaded_adapters(pipe)
    for ref in refs:
        if ref.adapter in have:
            continue
        try:
            with library_warnings_ignored():
                pipe.load_lora_weights(ref.path, adapter_name=ref.adapter)
        except Exception as exc:
            _drop(pipe, ref.adapter)
            raise PipelineError(
                f"LoRA '{ref.label}' does not fit {model_label} ({_reason(exc)})",
                f"Use a LoRA trained for {FAMILY_LABEL.get(family, family)} models",
            ) from None
        got = _layers_with(pipe, ref.adapter)
        want = lora_down_count(ref.path)
        if got == 0 or (want and got < want * 0.5):
            _drop(pipe, ref.adapter)
            what = "no layers match" if got == 0 else f"only {got} of {want} layers match"
            raise PipelineError(
                f"LoRA '{ref.label}' does not fit {model_label} ({what})",
                f"Use a LoRA trained for {FAMILY_LABEL.get(family, family)} models",
            )
        if want and got < want:
            log.warning("LoRA %s: %d of %d layers matched the model", ref.label, got, want)
        log.info("loaded LoRA %s as adapter %s", ref.label, ref.adapter)


def activate(pipe: Any, refs: list[LoraRef]) -> None:
    """Make exactly ``refs`` active with their weights; none → adapters off (the base runs exactly)."""
    if refs:
        pipe.enable_lora()
        pipe.set_adapters([r.adapter for r in refs], adapter_weights=[r.weight for r in refs])
    elif loaded_adapters(pipe):
        pipe.disable_lora()


def _drop(pipe: Any, name: str) -> None:
    try:
        if name in loaded_adapters(pipe):
            pipe.delete_adapters(name)
    except Exception:  # pragma: no cover - best effort clean-up
        log.debug("could not delete adapter %s", name, exc_info=True)


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    if "size mismatch" in text:
        return "layer sizes differ: made for another base model"
    if "Unable to load weights" in text or "header" in text.lower():
        return "not a readable LoRA file"
    return text[:160] + ("…" if len(text) > 160 else "") if text else type(exc).__name__
