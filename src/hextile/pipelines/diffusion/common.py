"""The diffusion :class:`~hextile.pipelines.base.TilePipeline`, shared by every family.

One :class:`DiffusionTilePipeline` is bound to one pass. Building it is cheap (settings are checked,
nothing is loaded); :meth:`DiffusionTilePipeline.load` (called by the first :meth:`process`, or by
the engine when the pass starts) takes the model from the :class:`~hextile.pipelines.cache.ModelCache`,
loads the pass's LoRAs and ControlNets and raises :class:`~hextile.errors.PipelineError` for anything
that does not fit — before any tile is processed.

Per batch: tiles are split by what they need (kept as they are / img2img / inpaint), prompts are
encoded once per pass per distinct prompt, one ``torch.Generator`` per tile makes a tile's result
independent of its batch, and each denoising step reports progress and checks for cancellation.
"""

from __future__ import annotations

import contextlib
import copy
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch
import torch.nn.functional as F

from hextile.errors import PipelineError, RenderCancelled
from hextile.geometry.ops import extract_tiles
from hextile.geometry.templates import get_template
from hextile.pipelines.base import StepCallback, TilePipeline, TileRequest
from hextile.pipelines.cache import ModelCache
from hextile.pipelines.diffusion import catalog, preprocess
from hextile.pipelines.diffusion import controlnet as cn
from hextile.pipelines.diffusion import lora as lora_mod
from hextile.pipelines.diffusion.families import family_ops
from hextile.pipelines.diffusion.loading import (
    ModelSource,
    check_scheduler,
    choose_dtype,
    ensure_model,
    estimate_bytes,
    load_base_pipeline,
    parse_options,
    quiet_libraries,
    resolve_model,
)
from hextile.pipelines.diffusion.sampling import make_scheduler, plan_steps

if TYPE_CHECKING:
    from hextile.cancel import CancelToken
    from hextile.pipelines.base import PipelineContext

log = logging.getLogger(__name__)


# --------------------------------------------------------------------------- helpers
def mode_encoding_vae(vae: Any) -> Any:
    """A twin of ``vae`` (the same modules and weights, not a copy of them) whose
    ``encode(x).latent_dist.sample(generator)`` returns the distribution's mode.

    A pass's diffusers pipelines get the twin, so encoded images (init image, masked image, control
    image) neither draw from nor advance the tiles' generators: results are deterministic,
    independent of the batch, and the same with and without a ControlNet (whose pipelines would
    otherwise draw before the noise). The cached VAE that other passes and renders share is never
    changed.
    """
    twin = copy.copy(vae)  # a new module object sharing the parameter and sub-module dicts
    encode_twin = twin.encode  # the class's encode bound to the twin (its own offload hooks apply)

    def encode(*args: Any, **kwargs: Any) -> Any:
        out = encode_twin(*args, **kwargs)
        dist = getattr(out, "latent_dist", None)
        if dist is None and isinstance(out, tuple) and out:
            dist = out[0]
        if dist is not None and hasattr(dist, "mode"):
            dist.sample = lambda generator=None: dist.mode()
        return out

    twin.encode = encode
    return twin


def _round_up(x: int, m: int) -> int:
    return ((x + m - 1) // m) * m


def _resize(x: torch.Tensor, h: int, w: int) -> torch.Tensor:
    if x.shape[-2:] == (h, w):
        return x
    return (
        F.interpolate(x, size=(h, w), mode="bicubic", align_corners=False).clamp(0, 1)
        if x.shape[1] != 1
        else (F.interpolate(x, size=(h, w), mode="bilinear", align_corners=False).clamp(0, 1))
    )


# --------------------------------------------------------------------------- the pipeline
class DiffusionTilePipeline(TilePipeline):
    """A diffusion pass: ``sdxl``, ``sd35``, ``flux``, ``sd15`` or ``sd21``."""

    def __init__(self, family: str, ctx: PipelineContext) -> None:
        self.family = family
        self.ctx = ctx
        self.settings = ctx.settings
        self.device = torch.device(ctx.device)
        self.ops = family_ops(family)
        d = self.settings.diffusion
        self.options = parse_options(self.settings.options)
        self.source: ModelSource = resolve_model(family, d.model, self.options)
        self.defaults = {**catalog.FAMILY_DEFAULTS.get(family, {}), **self.source.defaults}
        # Per-model defaults (turbo/schnell: few steps, no guidance) replace the generic defaults when
        # the config leaves a value unset or at its generic default (configs are resolved by dumping every
        # field, so "left at the default" is what can be seen).
        self.num_inference_steps = int(self._model_default(d, "num_inference_steps"))
        self.guidance_scale = float(self._model_default(d, "guidance_scale"))
        self.strength = float(d.strength)
        self.scheduler_key = check_scheduler(family, d.scheduler)
        self.step_plan = plan_steps(self.num_inference_steps, self.strength)
        self.dtype = choose_dtype(self.device, self.options.dtype)
        self.units = cn.plan_units(self.settings, family)
        if self.units and not catalog.controlnet_types(family):
            raise cn.unsupported_type_error(self.units[0].type, family)
        self.lora_refs: list[lora_mod.LoraRef] | None = None
        self.cache = ctx.cache if ctx.cache is not None else ModelCache(None, self.device, self.dtype)
        self._depth_pano: torch.Tensor | None = None
        self._base: Any = None
        self._controlnets: list[Any] = []
        self._pipes: dict[tuple[str, bool], Any] = {}
        self._scheduler: Any = None
        self._embeds: dict[tuple[str, str, bool], dict[str, torch.Tensor]] = {}
        self._kind = ""
        self._loaded = False

    def _model_default(self, d: Any, name: str) -> Any:
        value = getattr(d, name)
        field = type(d).model_fields.get(name)
        generic = field.default if field is not None else None
        explicit = name in getattr(d, "model_fields_set", set()) and value != generic
        if not explicit and name in self.source.defaults:
            return self.source.defaults[name]
        return value

    # ------------------------------------------------------------------ contract
    def effective_steps(self) -> int:
        return max(1, self.step_plan.effective)

    def explain_steps(self) -> str:
        """One line for logs/UI, e.g. ``"20 steps × strength 0.45 → 9 denoising steps"``."""
        return self.step_plan.explain()

    @property
    def model_key(self) -> tuple[Any, ...]:
        return (
            "diffusers",
            self.family,
            self.source.kind,
            self.source.location,
            str(self.dtype),
            self.options.cpu_offload,
            self.options.variant,
        )

    def load(self) -> None:
        """Load (or take from the cache) the model, LoRAs and ControlNets; check they fit."""
        if self._loaded:
            self._reacquire()
            return
        quiet_libraries()
        self._base = self._get_base()
        self._kind = self.ops.model_kind(self._base)
        if self.units and self._kind == "fill":
            raise PipelineError(
                "ControlNet does not work with FLUX.1 Fill", "Use FLUX.1 dev/schnell, or disable controlnet"
            )
        self.lora_refs = lora_mod.pass_loras(self.settings)
        for ref in self.lora_refs:
            lora_mod.check_lora_file(Path(ref.path), self.family)
        self._apply_loras()
        self._controlnets = self._get_controlnets()
        self._scheduler = make_scheduler(self._base.scheduler, self.family, self.scheduler_key)
        self._loaded = True

    def process(self, request: TileRequest, on_step: StepCallback, cancel: CancelToken) -> torch.Tensor:
        cancel.raise_if_cancelled()
        tiles = request.tiles
        b, _, h, w = tiles.shape
        out_h, out_w = self.output_size(h, w)
        if self.step_plan.effective <= 0:  # strength 0
            on_step(1, 1)
            return _resize(tiles.float(), out_h, out_w)
        self.load()
        self._apply_loras()
        self._apply_memory_options()

        modes = self._modes(request.keep, b)
        groups: dict[str, list[int]] = {}
        for i, m in enumerate(modes):
            groups.setdefault(m, []).append(i)
        calls = [m for m in groups if m != "keep"]
        total = self.step_plan.effective * max(1, len(calls))
        result = torch.empty(b, 3, out_h, out_w, dtype=torch.float32, device=tiles.device)
        if "keep" in groups:
            idx = groups["keep"]
            result[idx] = _resize(tiles[idx].float(), out_h, out_w)
        done = 0
        for mode in calls:
            cancel.raise_if_cancelled()
            idx = groups[mode]
            sub = self._run_group(request, idx, mode, out_h, out_w, on_step, cancel, done, total)
            result[idx] = sub
            done += self.step_plan.effective
        if not calls:  # every tile already finished: report the steps it would have taken
            for k in range(1, self.step_plan.effective + 1):
                on_step(k, self.step_plan.effective)
        return result

    def close(self) -> None:
        """Drop per-pass objects; cached models stay in the cache (adapters stay loaded, inactive)."""
        self._pipes.clear()
        self._embeds.clear()
        self._base = None
        self._controlnets = []
        self._loaded = False

    # ------------------------------------------------------------------ sizes / modes
    def output_size(self, h: int, w: int) -> tuple[int, int]:
        target = self.settings.hextile.tile_output_width
        if target and target != w:
            return max(1, round(h * target / w)), int(target)
        return h, w

    @staticmethod
    def _modes(keep: torch.Tensor | None, b: int) -> list[str]:
        if keep is None:
            return ["img2img"] * b
        out = []
        for i in range(b):
            k = keep[i]
            if float(k.max()) <= 1e-3:
                out.append("img2img")
            elif float(k.min()) >= 0.999:
                out.append("keep")
            else:
                out.append("inpaint")
        return out

    # ------------------------------------------------------------------ loading
    def _get_base(self) -> Any:
        local = ensure_model(self.source)  # fails here (one line) when it went missing since the check
        est = estimate_bytes(local, self.dtype, self.options.variant)

        def loader() -> Any:
            pipe = load_base_pipeline(self.source, self.dtype, self.options)
            if self.options.cpu_offload == "none":
                pipe.to(self.device)
            return pipe

        return self.cache.get(self.model_key, loader, estimate_bytes=est, label=self.source.describe())

    def _reacquire(self) -> None:
        """Re-take the model from the cache (it may have been evicted by another pass meanwhile)."""
        entry = self.cache.entry(self.model_key)
        if entry is not None and entry.value is self._base:
            self.cache.touch(self.model_key)
            if all(self.cache.touch(k) for k in self._controlnet_keys()):
                return
        self._pipes.clear()
        self._embeds.clear()
        self._base = self._get_base()
        self._controlnets = self._get_controlnets()

    def _controlnet_keys(self) -> list[tuple[Any, ...]]:
        return [("controlnet", self.family, u.kind, u.location, str(self.dtype)) for u in self.units]

    def _get_controlnets(self) -> list[Any]:
        """The pass's ControlNets; none of them, nor the base model, is evicted to load another."""
        keys = self._controlnet_keys()
        return [
            self._get_controlnet(u, k, keep=[self.model_key, *keys])
            for u, k in zip(self.units, keys, strict=True)
        ]

    def _get_controlnet(self, plan: cn.UnitPlan, key: tuple[Any, ...], keep: list[Any]) -> Any:

        def loader() -> Any:
            model = cn.load_controlnet(plan, self.family, self.dtype)
            if self.options.cpu_offload == "none":
                model.to(self.device)
            return model

        model = self.cache.get(key, loader, label=plan.describe(), keep=keep)
        denoiser = getattr(self._base, self.ops.denoiser_attr)
        cn.check_compatible(model, denoiser, self.family, plan, self.source.describe())
        return model

    def _apply_loras(self) -> None:
        assert self._base is not None
        refs = self.lora_refs or []
        entry = self.cache.entry(self.model_key)
        state = tuple((r.adapter, r.weight) for r in refs)
        if entry is not None and entry.extras.get("active_lora") == state:
            return
        if refs:
            lora_mod.ensure_loaded(self._base, refs, self.source.describe(), self.family)
        lora_mod.activate(self._base, refs)
        if entry is not None:
            entry.extras["active_lora"] = state

    def _apply_memory_options(self) -> None:
        base, o = self._base, self.options
        vaes = [getattr(base, "vae", None), *(getattr(p, "vae", None) for p in self._pipes.values())]
        for vae in (v for v in vaes if v is not None):
            with contextlib.suppress(Exception):
                (vae.enable_tiling if o.vae_tiling else vae.disable_tiling)()
            with contextlib.suppress(Exception):
                (vae.enable_slicing if o.vae_slicing else vae.disable_slicing)()
        with contextlib.suppress(Exception):
            if o.attention_slicing:
                base.enable_attention_slicing()
            elif hasattr(base, "disable_attention_slicing"):
                base.disable_attention_slicing()

    def _pipe(self, mode: str) -> Any:
        """The diffusers pipeline for ``mode`` (shares every module with the cached base)."""
        import diffusers

        with_cn = bool(self._controlnets)
        key = (mode, with_cn)
        if key not in self._pipes:
            cls = getattr(diffusers, self.ops.pipeline_class(self._kind, mode, with_cn))
            extra: dict[str, Any] = {}
            if with_cn:
                extra["controlnet"] = (
                    self._controlnets if len(self._controlnets) > 1 else self._controlnets[0]
                )
            pipe = cls.from_pipe(self._base, dtype=self._base.dtype, **extra)
            pipe.vae = mode_encoding_vae(self._base.vae)
            pipe.scheduler = self._scheduler
            pipe.set_progress_bar_config(disable=True)
            mp = getattr(pipe, "mask_processor", None)
            if mp is not None and mp.config.get("do_binarize"):
                mp.register_to_config(do_binarize=False)  # keep our feathered mask soft
            if self.options.cpu_offload == "model":
                pipe.enable_model_cpu_offload(device=self.device)
            elif self.options.cpu_offload == "sequential":
                pipe.enable_sequential_cpu_offload(device=self.device)
            self._pipes[key] = pipe
        return self._pipes[key]

    # ------------------------------------------------------------------ prompts
    def _embeddings(self, prompts: list[str], negatives: list[str], cfg: bool) -> dict[str, torch.Tensor]:
        rows = []
        for p, n in zip(prompts, negatives, strict=True):
            key = (p or "", (n or "") if (cfg and self.ops.negative) else "", cfg)
            if key not in self._embeds:
                with torch.no_grad():
                    emb = self.ops.encode(self._base, key[0], key[1], cfg, self.options, self.defaults)
                self._embeds[key] = {k: v.detach() for k, v in emb.items() if v is not None}
            rows.append(self._embeds[key])
        return {k: torch.cat([r[k] for r in rows]) for k in rows[0]}

    # ------------------------------------------------------------------ running
    def _depth_tiles(self, request: TileRequest, idx: list[int], h: int, w: int) -> torch.Tensor | None:
        nums = [request.tile_numbers[i] for i in idx]
        if not self.options.depth_map:
            return None
        if self._depth_pano is None:
            self._depth_pano = cn.load_depth_panorama(self.options.depth_map)
        template = get_template(self.settings.hextile.template)
        return extract_tiles(self._depth_pano, template, size=w, numbers=nums)

    def _run_group(
        self,
        request: TileRequest,
        idx: list[int],
        mode: str,
        out_h: int,
        out_w: int,
        on_step: StepCallback,
        cancel: CancelToken,
        done: int,
        total: int,
    ) -> torch.Tensor:
        tiles_in = request.tiles[idx].float().clamp(0, 1)
        ah, aw = _round_up(out_h, self.ops.align), _round_up(out_w, self.ops.align)
        image = _resize(tiles_in, ah, aw)
        keep = None
        mask = None
        if mode == "inpaint":
            assert request.keep is not None
            keep = _resize(request.keep[idx].float(), ah, aw)
            grow = self.options.mask_grow if self.options.mask_grow is not None else max(0, aw // 64)
            feather = self.options.mask_feather if self.options.mask_feather is not None else max(0, aw // 64)
            mask = preprocess.inpaint_mask(keep, grow, feather)
        if self._kind in ("inpaint", "fill") and mode == "img2img":
            mode_for_pipe = "inpaint"  # inpainting models run img2img as "generate everything"
            mask = torch.ones(image.shape[0], 1, ah, aw, device=image.device)
        else:
            mode_for_pipe = mode
        pipe = self._pipe(mode_for_pipe)
        cfg = self.ops.do_cfg(self.guidance_scale, self._base)
        embeds = self._embeddings(
            [request.prompts[i] for i in idx], [request.negative_prompts[i] for i in idx], cfg
        )
        exec_device = self.device
        gens = [torch.Generator("cpu").manual_seed(int(request.seeds[i]) % (2**64)) for i in idx]

        def callback(p: Any, step: int, timestep: Any, kwargs: dict[str, Any]) -> dict[str, Any]:
            if cancel.cancelled:
                p._interrupt = True
            else:
                on_step(min(done + step + 1, total), total)
            return kwargs

        kwargs: dict[str, Any] = {
            "image": image.to(exec_device, self._base.dtype),
            "strength": self.ops.strength_arg(self.step_plan),
            "num_inference_steps": self.step_plan.steps,
            "generator": gens,
            "output_type": "pt",
            "height": ah,
            "width": aw,
            "callback_on_step_end": callback,
            **{k: v.to(exec_device) for k, v in embeds.items()},
            **self.ops.call_kwargs(self.guidance_scale, self.options, self.defaults),
        }
        if mode_for_pipe == "inpaint":
            assert mask is not None
            kwargs["mask_image"] = mask.to(exec_device, self._base.dtype)
        if self._controlnets:
            depth = None
            if any(u.type == "depth" for u in self.units):
                depth = self._depth_tiles(request, idx, ah, aw)
                if depth is None:
                    raise cn.depth_missing_error()
            ctrl = cn.control_images(self.units, image, depth, self.options)
            ctrl = [
                self.ops.control_image(c, u).to(exec_device, self._base.dtype)
                for c, u in zip(ctrl, self.units, strict=True)
            ]
            single = len(ctrl) == 1
            kwargs["control_image"] = ctrl[0] if single else ctrl
            kwargs["controlnet_conditioning_scale"] = (
                self.units[0].scale if single else [u.scale for u in self.units]
            )
            kwargs["control_guidance_start"] = (
                self.units[0].start if single else [u.start for u in self.units]
            )
            kwargs["control_guidance_end"] = self.units[0].end if single else [u.end for u in self.units]
            kwargs.update(self.ops.control_kwargs(len(self.units)))

        with_cn = bool(self._controlnets)
        if self.ops.uses_custom_run(mode_for_pipe, with_cn):
            images = self.ops.run_custom(self.step_plan, pipe, kwargs)
        elif self.ops.own_decode(mode_for_pipe, with_cn):
            kwargs["output_type"] = "latent"
            images = self.ops.decode(pipe, pipe(**kwargs).images)
        else:
            images = pipe(**kwargs).images
        if cancel.cancelled:
            raise RenderCancelled(cancel.reason)
        if not isinstance(images, torch.Tensor):  # pragma: no cover - output_type="pt" gives tensors
            raise PipelineError("the diffusion pipeline returned no tensor")
        gen = images.float().to(request.tiles.device)
        gen = _resize(gen, out_h, out_w)
        if mode == "inpaint" and self.options.inpaint_composite:
            k = _resize(request.keep[idx].float(), out_h, out_w).to(gen.device)  # type: ignore[index]
            base_tiles = _resize(tiles_in, out_h, out_w)
            gen = k * base_tiles + (1 - k) * gen
        return gen.clamp(0, 1)
