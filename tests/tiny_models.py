"""Tiny random-weight diffusers pipelines, built from configs and saved with ``save_pretrained``.

They go through exactly the code path users' models take (``model: <folder>``), weigh a few MB and
run a 64×64 tile in tens of milliseconds on a CPU, with no network. Used by the diffusion tests and
by the engine tests (:func:`build_tiny`).

Every builder is deterministic (fixed ``torch.manual_seed``) so two builds of a family are equal.
Zero-initialised layers (ControlNet output blocks, LoRA ``B``) are randomised, so that a test can see
them act.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch

FAMILIES = ("sdxl", "sd35", "flux", "flux_fill", "sd15", "sd15_base", "sd21")
"""``flux_fill`` = a tiny FLUX.1 Fill; ``sd15_base`` = a 4-channel SD 1.5 (non-inpainting) UNet."""

_CLIP_HIDDEN = 32


# --------------------------------------------------------------------------- tokenizers / encoders
def _byte_unicode() -> list[str]:
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
    bs += list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return [chr(c) for c in cs]


def clip_tokenizer():
    """A byte-level CLIP tokenizer with no merges (every character is a token)."""
    from transformers import CLIPTokenizer

    chars = _byte_unicode()
    vocab: dict[str, int] = {"<|startoftext|>": 0, "<|endoftext|>": 1}
    for c in chars:
        vocab[c] = len(vocab)
    for c in chars:
        vocab[c + "</w>"] = len(vocab)
    return CLIPTokenizer(vocab=vocab, merges=[], model_max_length=77)


def _clip_config(hidden: int = _CLIP_HIDDEN, projection: int = _CLIP_HIDDEN):
    from transformers import CLIPTextConfig

    tok = clip_tokenizer()
    return CLIPTextConfig(
        vocab_size=len(tok),
        hidden_size=hidden,
        intermediate_size=hidden * 2,
        num_attention_heads=4,
        num_hidden_layers=2,
        max_position_embeddings=77,
        projection_dim=projection,
        bos_token_id=tok.bos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
        hidden_act="gelu",
    )


def clip_text_model(hidden: int = _CLIP_HIDDEN):
    from transformers import CLIPTextModel

    return CLIPTextModel(_clip_config(hidden)).eval()


def clip_text_model_with_projection(hidden: int = _CLIP_HIDDEN, projection: int = _CLIP_HIDDEN):
    from transformers import CLIPTextModelWithProjection

    return CLIPTextModelWithProjection(_clip_config(hidden, projection)).eval()


def t5_tokenizer():
    from transformers import T5Tokenizer

    pieces = [("<pad>", 0.0), ("</s>", 0.0), ("<unk>", 0.0), ("▁", -2.0)]
    pieces += [(chr(c), -3.0) for c in range(ord("a"), ord("z") + 1)]
    pieces += [("▁" + chr(c), -2.5) for c in range(ord("a"), ord("z") + 1)]
    return T5Tokenizer(vocab=pieces, extra_ids=0, model_max_length=512)


def t5_encoder(d_model: int):
    from transformers import T5Config, T5EncoderModel

    tok = t5_tokenizer()
    cfg = T5Config(
        vocab_size=len(tok),
        d_model=d_model,
        d_kv=8,
        d_ff=d_model * 2,
        num_layers=1,
        num_heads=2,
        relative_attention_num_buckets=8,
        pad_token_id=tok.pad_token_id,
        eos_token_id=tok.eos_token_id,
        decoder_start_token_id=0,
        feed_forward_proj="gated-gelu",
        is_encoder_decoder=False,
    )
    return T5EncoderModel(cfg).eval()


def vae(latent_channels: int = 4, *, flux: bool = False, sd3: bool = False):
    """A 4-block VAE (scale factor 8, like the real ones)."""
    from diffusers import AutoencoderKL

    kwargs: dict[str, Any] = {}
    if flux:
        kwargs.update(
            shift_factor=0.1159, scaling_factor=0.3611, use_quant_conv=False, use_post_quant_conv=False
        )
    elif sd3:
        kwargs.update(
            shift_factor=0.0609, scaling_factor=1.5305, use_quant_conv=False, use_post_quant_conv=False
        )
    return AutoencoderKL(
        in_channels=3,
        out_channels=3,
        down_block_types=("DownEncoderBlock2D",) * 4,
        up_block_types=("UpDecoderBlock2D",) * 4,
        block_out_channels=(8, 8, 16, 16),
        layers_per_block=1,
        latent_channels=latent_channels,
        norm_num_groups=8,
        sample_size=64,
        **kwargs,
    ).eval()


# --------------------------------------------------------------------------- schedulers
def _sd_scheduler(v_prediction: bool = False):
    from diffusers import EulerDiscreteScheduler

    return EulerDiscreteScheduler(
        beta_start=0.00085,
        beta_end=0.012,
        beta_schedule="scaled_linear",
        num_train_timesteps=1000,
        steps_offset=1,
        timestep_spacing="leading" if not v_prediction else "trailing",
        prediction_type="v_prediction" if v_prediction else "epsilon",
    )


def _flow_scheduler(shift: float = 3.0, dynamic: bool = False):
    from diffusers import FlowMatchEulerDiscreteScheduler

    if dynamic:
        return FlowMatchEulerDiscreteScheduler(
            shift=1.0,
            use_dynamic_shifting=True,
            base_shift=0.5,
            max_shift=1.15,
            base_image_seq_len=256,
            max_image_seq_len=4096,
        )
    return FlowMatchEulerDiscreteScheduler(shift=shift)


# --------------------------------------------------------------------------- denoisers
def sd_unet(in_channels: int, cross_attention_dim: int, *, sdxl: bool = False, projection: int = 0):
    from diffusers import UNet2DConditionModel

    kwargs: dict[str, Any] = {}
    if sdxl:
        kwargs.update(
            addition_embed_type="text_time",
            addition_time_embed_dim=8,
            projection_class_embeddings_input_dim=6 * 8 + projection,
            transformer_layers_per_block=(1, 1),
        )
    return UNet2DConditionModel(
        sample_size=16,
        in_channels=in_channels,
        out_channels=4,
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        block_out_channels=(16, 32),
        layers_per_block=1,
        attention_head_dim=(2, 4),
        norm_num_groups=8,
        cross_attention_dim=cross_attention_dim,
        use_linear_projection=True,
        **kwargs,
    ).eval()


def sd3_transformer(in_channels: int = 16):
    from diffusers import SD3Transformer2DModel

    return SD3Transformer2DModel(
        sample_size=16,
        patch_size=2,
        in_channels=in_channels,
        out_channels=16,
        num_layers=2,
        attention_head_dim=8,
        num_attention_heads=4,
        caption_projection_dim=32,
        joint_attention_dim=2 * _CLIP_HIDDEN,
        pooled_projection_dim=2 * _CLIP_HIDDEN,
        pos_embed_max_size=64,
    ).eval()


def flux_transformer(in_channels: int = 16, out_channels: int | None = None, *, guidance: bool = False):
    from diffusers import FluxTransformer2DModel

    return FluxTransformer2DModel(
        patch_size=1,
        in_channels=in_channels,
        out_channels=out_channels,
        num_layers=1,
        num_single_layers=1,
        attention_head_dim=16,
        num_attention_heads=2,
        joint_attention_dim=32,
        pooled_projection_dim=_CLIP_HIDDEN,
        guidance_embeds=guidance,
        axes_dims_rope=(4, 4, 8),
    ).eval()


# --------------------------------------------------------------------------- pipelines
def build_pipeline(family: str):
    """A tiny random-weight diffusers pipeline of ``family`` (see :data:`FAMILIES`)."""
    import diffusers

    from hextile.pipelines.diffusion.loading import quiet_libraries

    quiet_libraries()
    torch.manual_seed(0)
    if family in ("sd15", "sd15_base", "sd21"):
        cls = (
            diffusers.StableDiffusionInpaintPipeline
            if family != "sd15_base"
            else (diffusers.StableDiffusionImg2ImgPipeline)
        )
        return cls(
            vae=vae(),
            text_encoder=clip_text_model(),
            tokenizer=clip_tokenizer(),
            unet=sd_unet(4 if family == "sd15_base" else 9, _CLIP_HIDDEN),
            scheduler=_sd_scheduler(v_prediction=family == "sd21"),
            safety_checker=None,
            feature_extractor=None,
            requires_safety_checker=False,
        )
    if family == "sdxl":
        return diffusers.StableDiffusionXLInpaintPipeline(
            vae=vae(),
            text_encoder=clip_text_model(),
            text_encoder_2=clip_text_model_with_projection(),
            tokenizer=clip_tokenizer(),
            tokenizer_2=clip_tokenizer(),
            unet=sd_unet(9, 2 * _CLIP_HIDDEN, sdxl=True, projection=_CLIP_HIDDEN),
            scheduler=_sd_scheduler(),
        )
    if family == "sd35":
        return diffusers.StableDiffusion3Img2ImgPipeline(
            transformer=sd3_transformer(),
            scheduler=_flow_scheduler(shift=3.0),
            vae=vae(16, sd3=True),
            text_encoder=clip_text_model_with_projection(),
            tokenizer=clip_tokenizer(),
            text_encoder_2=clip_text_model_with_projection(),
            tokenizer_2=clip_tokenizer(),
            text_encoder_3=t5_encoder(2 * _CLIP_HIDDEN),
            tokenizer_3=t5_tokenizer(),
        )
    if family in ("flux", "flux_fill"):
        latent = 4
        fill = family == "flux_fill"
        transformer = (
            flux_transformer(8 * latent + 64 * 4, 4 * latent, guidance=True)
            if fill
            else flux_transformer(4 * latent)
        )
        cls = diffusers.FluxFillPipeline if fill else diffusers.FluxImg2ImgPipeline
        return cls(
            scheduler=_flow_scheduler(dynamic=True),
            vae=vae(latent, flux=True),
            text_encoder=clip_text_model(),
            tokenizer=clip_tokenizer(),
            text_encoder_2=t5_encoder(32),
            tokenizer_2=t5_tokenizer(),
            transformer=transformer,
        )
    raise ValueError(f"unknown tiny family {family!r}; one of {', '.join(FAMILIES)}")


def build_tiny(family: str, root: Path) -> Path:
    """Build the tiny ``family`` pipeline and ``save_pretrained`` it to ``root / f"tiny-{family}"``.

    Returns the folder, usable as ``settings.diffusion.model``. Idempotent: an existing complete
    folder is reused. ``family`` is one of :data:`FAMILIES` (``sd21`` = SD 1.5's tiny build with a
    v-prediction scheduler, detected as ``sd21``).
    """
    folder = Path(root) / f"tiny-{family}"
    if (folder / "model_index.json").is_file():
        return folder
    pipe = build_pipeline(family)
    tmp = folder.with_name(folder.name + ".tmp")
    pipe.save_pretrained(tmp, safe_serialization=True)
    tmp.rename(folder)
    return folder


# --------------------------------------------------------------------------- ControlNets
def build_controlnet(family: str, root: Path, name: str = "canny", seed: int = 1) -> Path:
    """A tiny ControlNet matching the tiny ``family`` base, with its zero layers randomised."""
    import diffusers

    folder = Path(root) / f"tiny-controlnet-{family}-{name}"
    if (folder / "config.json").is_file():
        return folder
    torch.manual_seed(seed)
    if family in ("sd15", "sd15_base", "sd21", "sdxl"):
        sdxl = family == "sdxl"
        kwargs: dict[str, Any] = {}
        if sdxl:
            kwargs.update(
                addition_embed_type="text_time",
                addition_time_embed_dim=8,
                projection_class_embeddings_input_dim=6 * 8 + _CLIP_HIDDEN,
                transformer_layers_per_block=(1, 1),
            )
        cn = diffusers.ControlNetModel(
            in_channels=4,
            down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
            block_out_channels=(16, 32),
            layers_per_block=1,
            attention_head_dim=(2, 4),
            norm_num_groups=8,
            cross_attention_dim=(2 if sdxl else 1) * _CLIP_HIDDEN,
            conditioning_embedding_out_channels=(8, 8, 8, 8),
            use_linear_projection=True,
            **kwargs,
        )
    elif family == "sd35":
        cn = diffusers.SD3ControlNetModel(
            sample_size=16,
            patch_size=2,
            in_channels=16,
            out_channels=16,
            num_layers=1,
            attention_head_dim=8,
            num_attention_heads=4,
            caption_projection_dim=32,
            joint_attention_dim=2 * _CLIP_HIDDEN,
            pooled_projection_dim=2 * _CLIP_HIDDEN,
            pos_embed_max_size=64,
        )
    elif family == "flux":
        import warnings

        warnings.filterwarnings("ignore", message=r"`FluxPosEmbed` is deprecated", category=FutureWarning)
        cn = diffusers.FluxControlNetModel(
            patch_size=1,
            in_channels=16,
            num_layers=1,
            num_single_layers=1,
            attention_head_dim=16,
            num_attention_heads=2,
            joint_attention_dim=32,
            pooled_projection_dim=_CLIP_HIDDEN,
            axes_dims_rope=[4, 4, 8],
        )
    else:
        raise ValueError(f"no tiny ControlNet for {family!r}")
    randomize_zero_layers(cn)
    cn.eval()
    tmp = folder.with_name(folder.name + ".tmp")
    cn.save_pretrained(tmp, safe_serialization=True)
    tmp.rename(folder)
    return folder


def randomize_zero_layers(module: torch.nn.Module, std: float = 0.2) -> None:
    """Give every all-zero weight/bias of ``module`` random values (fresh ControlNets are no-ops)."""
    with torch.no_grad():
        for p in module.parameters():
            if p.numel() and not p.any():
                p.normal_(0.0, std)


# --------------------------------------------------------------------------- LoRAs
_LORA_TARGETS = {
    "unet": ["to_q", "to_k", "to_v", "to_out.0"],
    "transformer": ["to_q", "to_k", "to_v", "to_out.0"],
}


def build_lora(family: str, root: Path, name: str = "style", rank: int = 4, seed: int = 2) -> Path:
    """A random LoRA for the tiny ``family`` base, saved as ``pytorch_lora_weights.safetensors``.

    Its ``B`` matrices are random (not zero), so it changes the output.
    Returns the ``.safetensors`` file.
    """
    import diffusers
    from peft import LoraConfig
    from peft.utils import get_peft_model_state_dict

    folder = Path(root) / f"tiny-lora-{family}-{name}"
    file = folder / "pytorch_lora_weights.safetensors"
    if file.is_file():
        return file
    torch.manual_seed(seed)
    pipe = build_pipeline(family)
    denoiser_name = "unet" if hasattr(pipe, "unet") else "transformer"
    denoiser = getattr(pipe, denoiser_name)
    cfg = LoraConfig(
        r=rank, lora_alpha=rank, target_modules=_LORA_TARGETS[denoiser_name], init_lora_weights=False
    )
    denoiser.add_adapter(cfg)
    with torch.no_grad():
        for n, p in denoiser.named_parameters():
            if "lora_" in n:
                p.normal_(0.0, 0.3)
    layers = get_peft_model_state_dict(denoiser)
    tmp = folder.with_name(folder.name + ".tmp")
    tmp.mkdir(parents=True, exist_ok=True)
    if family == "sdxl":
        diffusers.StableDiffusionXLPipeline.save_lora_weights(tmp, unet_lora_layers=layers)
    elif family in ("sd15", "sd15_base", "sd21"):
        diffusers.StableDiffusionPipeline.save_lora_weights(tmp, unet_lora_layers=layers)
    elif family == "sd35":
        diffusers.StableDiffusion3Pipeline.save_lora_weights(tmp, transformer_lora_layers=layers)
    else:
        diffusers.FluxPipeline.save_lora_weights(tmp, transformer_lora_layers=layers)
    tmp.rename(folder)
    return file


def model_index(folder: Path) -> dict[str, Any]:
    return json.loads((Path(folder) / "model_index.json").read_text())


# --------------------------------------------------------------------------- running (for tests)
PIPELINE_OF = {"sd15_base": "sd15", "flux_fill": "flux"}


def pipeline_family(tiny: str) -> str:
    """The hextile pipeline family that runs the tiny build ``tiny`` (``flux_fill`` → ``flux``…)."""
    return PIPELINE_OF.get(tiny, tiny)


def pass_settings(family: str, model: str | Path, **sections: Any):
    """``PassSettings`` for a diffusion pass on ``model``; ``sections`` are merged in (e.g.
    ``diffusion={"strength": 0.5}``, ``controlnet={...}``, ``options={...}``)."""
    from hextile.config.models import PassSettings

    diffusion = {"model": str(model), "strength": 0.5, "num_inference_steps": 4, "guidance_scale": 2.0}
    diffusion.update(sections.pop("diffusion", {}))
    return PassSettings(pipeline=family, diffusion=diffusion, **sections)


def make_pipeline(settings, cache=None):
    """The pass's TilePipeline through the registry, on CPU, with ``cache`` (a fresh one if None)."""
    from hextile.pipelines.base import PipelineContext
    from hextile.pipelines.cache import ModelCache
    from hextile.pipelines.registry import get_spec

    cache = cache if cache is not None else ModelCache(None, "cpu")
    return get_spec(settings.pipeline).factory(
        PipelineContext(settings, torch.device("cpu"), torch.float32, cache)
    )


def random_tiles(n: int = 2, size: int = 64, seed: int = 0) -> torch.Tensor:
    g = torch.Generator().manual_seed(seed)
    return torch.rand(n, 3, size, size, generator=g)


def run_tiles(
    pipe,
    tiles: torch.Tensor,
    keep: torch.Tensor | None = None,
    seeds: list[int] | None = None,
    prompts: list[str] | None = None,
    negatives: list[str] | None = None,
    cancel=None,
    on_step=None,
) -> torch.Tensor:
    """One ``process`` call with sensible per-tile defaults."""
    from hextile.cancel import CancelToken
    from hextile.pipelines.base import TileRequest

    b = tiles.shape[0]
    req = TileRequest(
        tiles=tiles,
        keep=keep,
        tile_numbers=list(range(1, b + 1)),
        seeds=seeds if seeds is not None else [100 + i for i in range(b)],
        prompts=prompts if prompts is not None else ["a red house"] * b,
        negative_prompts=negatives if negatives is not None else ["blurry"] * b,
    )
    return pipe.process(req, on_step or (lambda step, steps: None), cancel or CancelToken())


# --------------------------------------------------------------------------- a fake Hugging Face cache
def put_in_hf_cache(
    cache_dir: Path, repo_id: str, folder: Path, commit: str = "0123456789abcdef" * 2 + "01234567"
) -> Path:
    """Copy ``folder`` into ``cache_dir`` laid out like the HF hub cache, as ``repo_id`` at ``main``.

    Returns the snapshot folder. Lets tests resolve friendly names ("SD 3.5 Medium") offline.
    """
    import shutil

    repo_dir = Path(cache_dir) / f"models--{repo_id.replace('/', '--')}"
    snap = repo_dir / "snapshots" / commit
    if not snap.exists():
        shutil.copytree(folder, snap)
    (repo_dir / "refs").mkdir(parents=True, exist_ok=True)
    (repo_dir / "refs" / "main").write_text(commit)
    return snap


def one_torch_thread():
    """Run tiny models on one CPU thread (yield inside a fixture; the old setting is restored).

    Tiny layers gain nothing from a second thread, and on a busy 2-core machine the intra-op thread
    pool waiting for a descheduled thread makes every small op many times slower.
    """
    old = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(old)
