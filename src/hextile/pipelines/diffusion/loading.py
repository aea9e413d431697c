"""Find, check and load diffusion models from this machine.

Models come from a local diffusers folder, a single-file checkpoint or the Hugging Face cache;
hextile never downloads while rendering. A model that is not on this machine is an error (one line
with the ``hf download …`` command), raised by the pre-render check
(:mod:`hextile.pipelines.diffusion.preflight`) before the render folder exists.

Importing this module does not import diffusers; only :func:`load_base_pipeline` does.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from hextile.errors import PipelineError
from hextile.pipelines.base import ModelSpec
from hextile.pipelines.diffusion import catalog
from hextile.pipelines.diffusion.catalog import DiffusionOptions

if TYPE_CHECKING:
    import torch

log = logging.getLogger(__name__)

SINGLE_FILE_SUFFIXES = (".safetensors", ".ckpt", ".pt", ".pth", ".bin")
_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".ckpt", ".gguf")
# model_index.json components that hold weights (others: tokenizers, schedulers, processors).
_CONFIG_ONLY = ("tokenizer", "scheduler", "feature_extractor", "image_processor", "processor")

FAMILY_LABEL = {"sdxl": "SDXL", "sd35": "SD 3.5", "flux": "FLUX", "sd15": "SD 1.x", "sd21": "SD 2.x"}


# --------------------------------------------------------------------------- hints
def download_hint(repo_id: str) -> str:
    return f"Download it with: hf download {repo_id}"


# --------------------------------------------------------------------------- options
DTYPES = {"auto": None, "fp32": "float32", "fp16": "float16", "bf16": "bfloat16"}  # torch dtype names


def parse_options(options: dict[str, Any] | None) -> DiffusionOptions:
    """``settings.options`` checked against :class:`DiffusionOptions`; one-line :class:`PipelineError`."""
    from pydantic import ValidationError

    try:
        return DiffusionOptions.model_validate(dict(options or {}), strict=True)
    except ValidationError as exc:
        problems = []
        for err in exc.errors(include_url=False):
            key = ".".join(str(x) for x in err["loc"]) or "options"
            if err["type"] == "extra_forbidden":
                problems.append(f"unknown diffusion option {key!r}")
            else:
                problems.append(f"option {key} = {err.get('input')!r} is invalid: {err['msg']}")
        raise PipelineError(
            "; ".join(problems), f"Valid options: {', '.join(DiffusionOptions.model_fields)}"
        ) from None


def choose_dtype(device: torch.device | str, option: str = "auto") -> torch.dtype:
    """fp32 on CPU; bf16 on GPUs that have it, else fp16; or what ``option`` says."""
    import torch

    name = DTYPES.get((option or "auto").lower().replace("float32", "fp32"))
    wanted = None if name is None else getattr(torch, name)
    if wanted is not None:
        return wanted
    device = torch.device(device)
    if device.type == "cuda":
        return (
            torch.bfloat16 if torch.cuda.is_available() and torch.cuda.is_bf16_supported() else torch.float16
        )
    if device.type == "mps":
        return torch.float16
    return torch.float32


# --------------------------------------------------------------------------- model sources
@dataclass(frozen=True)
class ModelSource:
    """Where a pass's model comes from."""

    family: str
    kind: Literal["repo", "folder", "single_file"]
    location: str  # repo id, or an absolute path
    label: str  # the name the user wrote (friendly name, repo id or path)
    spec: ModelSpec | None = None
    config: str | None = None  # single file: diffusers config (local folder or repo id)

    def describe(self) -> str:
        if self.kind == "repo":
            if self.label != self.location:
                return f"model '{self.label}' ({self.location})"
            return f"model '{self.location}'"
        if self.kind == "folder":
            return f"model folder '{self.location}'"
        return f"checkpoint '{self.location}'"

    @property
    def defaults(self) -> dict[str, Any]:
        return dict(self.spec.defaults) if self.spec else {}


def looks_like_path(model: str) -> bool:
    if not model:
        return False
    if model.startswith(("/", "./", "../", "~", "\\")) or (len(model) > 1 and model[1] == ":"):
        return True
    if model.lower().endswith(SINGLE_FILE_SUFFIXES):
        return True
    if os.sep in model and model.count("/") != 1:
        return True
    return Path(model).expanduser().exists()


def _class_to_family(class_name: str, folder: Path | None = None) -> str | None:
    if class_name.startswith("StableDiffusionXL"):
        return "sdxl"
    if class_name.startswith("StableDiffusion3"):
        return "sd35"
    if class_name.startswith("Flux"):
        return "flux"
    if class_name.startswith(("StableDiffusion", "AltDiffusion")) and "Upscale" not in class_name:
        if folder is not None and _is_sd2(folder):
            return "sd21"
        return "sd15"
    return None


def _read_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise PipelineError(f"cannot read {path}: {exc}") from None


def _is_sd2(folder: Path) -> bool:
    unet = folder / "unet" / "config.json"
    if unet.is_file():
        cad = _read_json(unet).get("cross_attention_dim")
        if cad == 1024:
            return True
    sched = folder / "scheduler" / "scheduler_config.json"
    return sched.is_file() and _read_json(sched).get("prediction_type") == "v_prediction"


def detect_family(path: str | os.PathLike[str]) -> str:
    """The family (``sdxl``, ``sd35``, ``flux``, ``sd15``, ``sd21``) of a local model.

    A diffusers folder is recognised by ``model_index.json``'s ``_class_name`` (SD 1.x and 2.x by
    the UNet's cross-attention width / v-prediction); a single ``.safetensors`` checkpoint by its
    tensor names (read from the header only). Raises :class:`PipelineError` when it is neither.
    """
    p = Path(path).expanduser()
    if p.is_dir():
        index = p / "model_index.json"
        if not index.is_file():
            if (p / "config.json").is_file():
                raise PipelineError(
                    f"'{p}' holds a single model (config.json), not a diffusers pipeline",
                    "Point model at the pipeline folder (with model_index.json) "
                    "or at a single-file checkpoint",
                )
            raise PipelineError(f"'{p}' is not a diffusers pipeline folder (no model_index.json)")
        cls = str(_read_json(index).get("_class_name", ""))
        fam = _class_to_family(cls, p)
        if fam is None:
            raise PipelineError(
                f"'{p}' holds a {cls or 'pipeline of unknown class'}, which hextile cannot run",
                "Use an SDXL, SD 3.5, FLUX.1, SD 1.5 or SD 2.1 model",
            )
        return fam
    if p.is_file():
        fam = sniff_checkpoint(p)[0]
        if fam is None:
            raise PipelineError(
                f"cannot tell which model family the checkpoint '{p}' is",
                "Set pipeline: (sdxl, sd35, flux, sd15 or sd21) in the config",
            )
        return fam
    raise PipelineError(f"model path '{p}' does not exist")


def safetensors_header(path: Path) -> dict[str, Any]:
    """Tensor names -> ``{"dtype", "shape"}`` of a ``.safetensors`` file, read from its header only.

    Raises:
        OSError: the file cannot be read.
        ValueError: it is not a safetensors file.
    """
    from safetensors import SafetensorError, safe_open

    try:
        with safe_open(path, framework="np") as f:
            return {
                name: {"dtype": str(sl.get_dtype()), "shape": list(sl.get_shape())}
                for name in f.keys()  # noqa: SIM118 - safe_open has keys(), no __iter__
                for sl in (f.get_slice(name),)
            }
    except SafetensorError as exc:
        raise ValueError(str(exc)) from None


def sniff_checkpoint(path: Path) -> tuple[str | None, str | None]:
    """``(family, config repo)`` guessed from a single-file checkpoint's tensor names."""
    if path.suffix.lower() != ".safetensors":
        return None, None
    try:
        header = safetensors_header(path)
    except (OSError, ValueError):
        return None, None
    keys = header.keys()

    def has(prefix: str) -> bool:
        return any(k.startswith(prefix) for k in keys)

    def in_ch(name: str) -> int | None:
        shape = header.get(name, {}).get("shape")
        return shape[1] if shape and len(shape) > 1 else None

    if has("model.diffusion_model.joint_blocks.") or has("joint_blocks."):
        n = len({k.split(".")[2] for k in keys if k.startswith("model.diffusion_model.joint_blocks.")})
        repo = (
            "stabilityai/stable-diffusion-3.5-large" if n >= 30 else "stabilityai/stable-diffusion-3.5-medium"
        )
        return "sd35", repo
    if has("double_blocks.") or has("model.diffusion_model.double_blocks."):
        ch = in_ch("img_in.weight") or in_ch("model.diffusion_model.img_in.weight")
        if ch == 384:
            return "flux", "black-forest-labs/FLUX.1-Fill-dev"
        dev = has("guidance_in.") or has("model.diffusion_model.guidance_in.")
        return "flux", "black-forest-labs/FLUX.1-dev" if dev else "black-forest-labs/FLUX.1-schnell"
    inpaint = in_ch("model.diffusion_model.input_blocks.0.0.weight") == 9
    if has("conditioner.embedders.1."):
        return "sdxl", (
            "diffusers/stable-diffusion-xl-1.0-inpainting-0.1"
            if inpaint
            else "stabilityai/stable-diffusion-xl-base-1.0"
        )
    if has("cond_stage_model.model."):
        return (
            "sd21",
            "stabilityai/stable-diffusion-2-inpainting" if inpaint else "stabilityai/stable-diffusion-2-1",
        )
    if has("model.diffusion_model.input_blocks."):
        return "sd15", (
            "stable-diffusion-v1-5/stable-diffusion-inpainting"
            if inpaint
            else "stable-diffusion-v1-5/stable-diffusion-v1-5"
        )
    return None, None


def wrong_family_error(where: str, found: str, family: str) -> PipelineError:
    return PipelineError(
        f"{where} is for pipeline {found} ({FAMILY_LABEL.get(found, found)}), not {family}",
        f"Set pipeline: {found}, or choose a model of pipeline {family}",
    )


def resolve_model(
    family: str | None, model: str | None, options: DiffusionOptions | None = None
) -> ModelSource:
    """Turn ``settings.diffusion.model`` into a :class:`ModelSource` of ``family``.

    ``model`` may be a friendly name or alias ("SD 3.5 Turbo"), a Hugging Face repo id, a local
    diffusers folder or a single-file checkpoint; ``None`` is the family's default model. With
    ``family=None`` the family is found from the name or detected from the folder.
    """
    options = options or DiffusionOptions()
    if family is not None and family not in catalog.DIFFUSION_FAMILIES:
        raise PipelineError(f"'{family}' is not a diffusion pipeline")
    if not model:
        if family is None:
            raise PipelineError("no model and no pipeline given", "Set diffusion.model or pipeline")
        model = catalog.DEFAULT_MODEL[family]
    model = model.strip()

    if looks_like_path(model):
        p = Path(model).expanduser().resolve()
        if not p.exists():
            raise PipelineError(f"model path '{p}' does not exist", "Check diffusion.model")
        if p.is_dir():
            detected = detect_family(p)
            if family is not None and detected != family:
                raise wrong_family_error(f"model folder '{p}'", detected, family)
            return ModelSource(detected, "folder", str(p), model)
        found, guessed_config = sniff_checkpoint(p)
        fam = family or found
        if fam is None:
            raise PipelineError(
                f"cannot tell which model family the checkpoint '{p}' is",
                "Set pipeline: (sdxl, sd35, flux, sd15 or sd21) in the config",
            )
        if found is not None and family is not None and found != family:
            raise wrong_family_error(f"checkpoint '{p}'", found, family)
        config = options.config or guessed_config or _default_repo(fam)
        return ModelSource(fam, "single_file", str(p), model, config=config)

    hit = catalog.find_model_spec(model, family)
    if hit is not None:
        fam, spec = hit
        return ModelSource(fam, "repo", spec.repo_id or "", spec.name, spec=spec)
    if family is not None:
        other = catalog.find_model_spec(model, None)
        if other is not None:
            raise PipelineError(
                f"model '{model}' belongs to pipeline {other[0]}, not {family}",
                f"Set pipeline: {other[0]}, or choose one of: "
                f"{', '.join(m.name for m in catalog.MODELS[family])}",
            )
    if model.count("/") == 1 and " " not in model:
        repo_family = family or _family_of_cached_repo(model)
        if repo_family is None:
            raise PipelineError(
                f"cannot tell which pipeline the model '{model}' is for", "Set pipeline: in the config"
            )
        snap = local_snapshot(model)
        if snap is not None and family is not None:
            detected = detect_family(snap)
            if detected != family:
                raise wrong_family_error(f"model '{model}'", detected, family)
        return ModelSource(repo_family, "repo", model, model)
    known = (
        ", ".join(m.name for m in catalog.MODELS[family]) if family else "a friendly name, repo id or folder"
    )
    raise PipelineError(
        f"unknown model '{model}'" + (f" for pipeline {family}" if family else ""),
        f"Use {known}, a Hugging Face repo id or a local folder",
    )


def _default_repo(family: str) -> str:
    hit = catalog.find_model_spec(None, family)
    assert hit is not None
    return hit[1].repo_id or ""


def _family_of_cached_repo(repo_id: str) -> str | None:
    snap = local_snapshot(repo_id)
    if snap is None:
        return None
    try:
        return detect_family(snap)
    except PipelineError:
        return None


# --------------------------------------------------------------------------- availability
def local_snapshot(repo_id: str, filename: str = "model_index.json") -> Path | None:
    """The HF-cache snapshot folder of ``repo_id`` holding ``filename``, or ``None``."""
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover - huggingface_hub ships with diffusers
        return None
    try:
        found = try_to_load_from_cache(repo_id, filename)
    except Exception:  # invalid repo id
        return None
    if isinstance(found, str) and os.path.isfile(found):
        return Path(found).parent
    return None


def missing_parts(folder: Path) -> list[str]:
    """Components of a diffusers pipeline folder whose config or weights are absent."""
    index = _read_json(folder / "model_index.json")
    missing: list[str] = []
    for name, value in index.items():
        if name.startswith("_") or not isinstance(value, list) or len(value) != 2 or value[0] is None:
            continue
        sub = folder / name
        if not sub.is_dir():
            missing.append(name)
            continue
        if any(name.startswith(c) for c in _CONFIG_ONLY):
            if not any(sub.iterdir()):
                missing.append(name)
            continue
        if not (sub / "config.json").is_file():
            missing.append(f"{name} config")
        elif not any(
            f.name.endswith(_WEIGHT_SUFFIXES) or f.name.endswith(".index.json") for f in sub.iterdir()
        ):
            missing.append(f"{name} weights")
    return missing


def missing_model_error(src_label: str, repo_id: str) -> PipelineError:
    return PipelineError(f"{src_label} is not on this machine", download_hint(repo_id))


def ensure_model(src: ModelSource) -> Path:
    """The local folder (or checkpoint file) ``src`` loads from.

    Raises:
        PipelineError: it is not (or only partly) on this machine; the fix is the download command.
    """
    if src.kind == "folder":
        folder = Path(src.location)
        gaps = missing_parts(folder)
        if gaps:
            raise PipelineError(
                f"model folder '{folder}' is incomplete (missing: {', '.join(gaps)})",
                "Copy or download the whole pipeline folder",
            )
        return folder
    if src.kind == "single_file":
        if not Path(src.location).is_file():
            raise PipelineError(f"checkpoint '{src.location}' does not exist")
        ensure_config(src)
        return Path(src.location)
    snap = local_snapshot(src.location)
    if snap is None:
        raise missing_model_error(src.describe(), src.location)
    gaps = missing_parts(snap)
    if gaps:
        raise PipelineError(
            f"{src.describe()} is only partly on this machine (missing: {', '.join(gaps)})",
            download_hint(src.location),
        )
    return snap


def ensure_config(src: ModelSource) -> str:
    """The diffusers config (local folder) a single-file checkpoint is loaded with."""
    cfg = src.config or _default_repo(src.family)
    p = Path(cfg).expanduser()
    if p.is_dir():
        if not (p / "model_index.json").is_file():
            raise PipelineError(
                f"config folder '{p}' has no model_index.json",
                "Point options.config at a diffusers pipeline folder",
            )
        return str(p.resolve())
    hit = catalog.find_model_spec(cfg, src.family)
    repo = hit[1].repo_id if hit and hit[1].repo_id else cfg
    snap = local_snapshot(repo)
    if snap is None:
        raise PipelineError(
            f"checkpoint '{src.location}' needs the diffusers configs of {repo}, "
            "which are not on this machine",
            f"Download them with: hf download {repo} "
            '--include "*.json" --include "*.txt" --include "*.model"',
        )
    return str(snap)


# --------------------------------------------------------------------------- sizes
def estimate_bytes(folder: Path, dtype: torch.dtype, variant: str | None = None) -> int | None:
    """Bytes the pipeline in ``folder`` will take once loaded in ``dtype`` (read from file headers)."""
    import torch

    files: list[Path] = []
    if folder.is_file():
        files = [folder]
    else:
        for sub in folder.iterdir():
            if not sub.is_dir():
                continue
            cands = sorted(sub.glob("*.safetensors"))
            if not cands:
                continue
            tagged = [f for f in cands if variant and f".{variant}." in f.name]
            plain = [f for f in cands if not any(f".{v}." in f.name for v in ("fp16", "bf16", "fp32", "fp8"))]
            files.extend(tagged or plain or cands)
    if not files:
        return None
    size = torch.tensor([], dtype=dtype).element_size()
    total = 0
    for f in files:
        try:
            header = safetensors_header(f)
        except (OSError, ValueError):
            total += f.stat().st_size
            continue
        for info in header.values():
            n = 1
            for d in info.get("shape", []):
                n *= d
            total += n * (size if str(info.get("dtype", "")).startswith(("F", "BF")) else 4)
    return total


# --------------------------------------------------------------------------- listing
@dataclass(frozen=True)
class InstalledModel:
    family: str
    name: str  # friendly name when known, else the repo id
    repo_id: str
    path: str
    size_bytes: int
    complete: bool
    kind: str = "model"  # model | controlnet


def installed_models(cache_dir: str | os.PathLike[str] | None = None) -> list[InstalledModel]:
    """Registered models and ControlNets found in the Hugging Face cache (for ``hextile pipelines``)."""
    try:
        from huggingface_hub import scan_cache_dir
    except ImportError:  # pragma: no cover
        return []
    try:
        info = scan_cache_dir(None if cache_dir is None else os.fspath(cache_dir))
    except Exception:  # no cache folder yet
        return []
    known: dict[str, tuple[str, str, str]] = {}
    for fam, specs in catalog.MODELS.items():
        for m in specs:
            if m.repo_id:
                known[m.repo_id.casefold()] = (fam, m.name, "model")
    for fam, table in catalog.CONTROLNETS.items():
        for typ, entry in table.items():
            known.setdefault(entry.repo_id.casefold(), (fam, f"ControlNet {typ}", "controlnet"))
    out: list[InstalledModel] = []
    for repo in info.repos:
        if repo.repo_type != "model":
            continue
        hit = known.get(repo.repo_id.casefold())
        snaps = sorted(repo.revisions, key=lambda r: r.last_modified, reverse=True)
        if not snaps:
            continue
        path = Path(snaps[0].snapshot_path)
        if hit is None:
            if not (path / "model_index.json").is_file():
                continue
            try:
                fam = detect_family(path)
            except PipelineError:
                continue
            hit = (fam, repo.repo_id, "model")
        fam, name, kind = hit
        if kind == "model":
            complete = (path / "model_index.json").is_file() and not missing_parts(path)
        else:
            complete = (path / "config.json").is_file() and any(path.glob("*.safetensors"))
        out.append(InstalledModel(fam, name, repo.repo_id, str(path), repo.size_on_disk, complete, kind))
    return sorted(out, key=lambda m: (m.family, m.kind, m.name))


# --------------------------------------------------------------------------- schedulers
def check_scheduler(family: str, name: str) -> str:
    key = catalog.canonical_scheduler(family, name)
    if key is None:
        raise PipelineError(
            f"scheduler '{name}' is not available for pipeline {family}",
            f"Use one of: {', '.join(catalog.scheduler_names(family))}",
        )
    return key


# --------------------------------------------------------------------------- loading
LOADER_CLASS = {
    "sd15": "StableDiffusionPipeline",
    "sd21": "StableDiffusionPipeline",
    "sdxl": "StableDiffusionXLPipeline",
    "sd35": "StableDiffusion3Pipeline",
    "flux": "FluxPipeline",
}


def load_base_pipeline(src: ModelSource, dtype: torch.dtype, options: DiffusionOptions) -> Any:
    """Load the family's base pipeline for ``src`` on the CPU (the caller moves it to the device).

    Never lets a library traceback through: every failure becomes one :class:`PipelineError` line.
    """
    import diffusers

    quiet_libraries()
    cls = getattr(diffusers, LOADER_CLASS[src.family])
    local = ensure_model(src)
    kwargs: dict[str, Any] = {"dtype": dtype}
    if src.family in ("sd15", "sd21"):
        kwargs.update(safety_checker=None, requires_safety_checker=False)
    if options.variant:
        kwargs["variant"] = options.variant
    try:
        with library_warnings_ignored():
            if src.kind == "single_file":
                config = ensure_config(src)
                if src.family in ("sd15", "sd21"):
                    kwargs.pop("safety_checker")
                    kwargs["load_safety_checker"] = False
                pipe = cls.from_single_file(src.location, config=config, local_files_only=True, **kwargs)
            else:
                pipe = cls.from_pretrained(str(local), local_files_only=True, **kwargs)
    except PipelineError:
        raise
    except Exception as exc:  # a library error: one line, no traceback
        raise PipelineError(f"cannot load {src.describe()}: {_one_line(exc)}") from None
    pipe.set_progress_bar_config(disable=True)
    return pipe


def _one_line(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _ignore_library_warnings() -> None:
    import warnings

    # the libraries' own internal deprecations, not the user's business
    warnings.filterwarnings("ignore", message=r"`FluxPosEmbed` is deprecated", category=FutureWarning)
    warnings.filterwarnings(
        "ignore", message=r"Already found a `peft_config` attribute", category=UserWarning
    )


@contextlib.contextmanager
def library_warnings_ignored() -> Iterator[None]:
    """Within the block, the libraries' internal deprecation warnings are not shown."""
    import warnings

    with warnings.catch_warnings():
        _ignore_library_warnings()
        yield


def quiet_libraries() -> None:
    """Silence diffusers/transformers progress bars and chatty warnings."""
    _ignore_library_warnings()
    try:
        import diffusers

        diffusers.utils.logging.set_verbosity_error()
        diffusers.utils.logging.disable_progress_bar()
    except Exception:  # pragma: no cover
        pass
    try:
        import transformers

        transformers.utils.logging.set_verbosity_error()
        transformers.utils.logging.disable_progress_bar()
    except Exception:  # pragma: no cover
        pass
