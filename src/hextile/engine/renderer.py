"""A render: 1-10 passes over one panorama, with files, manifest, progress and cancellation.

The pass hand-off is a tensor on the compute device — pass k's output is pass k+1's input with no
encode, file read or host copy in between. Saving goes through a background writer. The render
folder is the persistent record: ``passes.json`` says what ran with which settings, and
:func:`resume_render` continues from the first pass that did not finish (or whose settings, or
whose predecessors' settings, changed).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from hextile.atomic import atomic_write_bytes, os_error
from hextile.cancel import CancelToken
from hextile.config import export_config, load_config, resolve_passes
from hextile.config.models import PassSettings, RenderConfig
from hextile.engine.checks import check_config
from hextile.engine.events import EventHandler, PassWork, ProgressEvent, ProgressTracker, work_scale
from hextile.engine.options import RenderOptions
from hextile.engine.passes import PassPlanSizes, quantise16, resize_for_pass, run_parallel, run_sequential
from hextile.engine.seeds import pass_seed
from hextile.errors import HextileError, InputImageError, PipelineError, RenderCancelled
from hextile.geometry import get_template, resize_equirect
from hextile.geometry.rotation import auto_rotation, clearance, rotate_template
from hextile.geometry.seams import SeamAccumulator, heatmap, summarise
from hextile.geometry.templates import Template
from hextile.imageheader import image_format
from hextile.imageio import (
    FORMAT_SUFFIX,
    ImageInfo,
    decode_image,
    read_image,
    read_image_bytes,
    require_equirect,
    write_image,
)
from hextile.output import (
    InputInfo,
    Manifest,
    ManifestWriter,
    PassPlan,
    RenderDir,
    RenderLog,
    TemplateInfo,
    atomic_write_text,
    final_name,
    first_changed_pass,
    load_manifest,
    settings_hash,
)
from hextile.pipelines.base import PipelineContext, PipelineSpec, TilePipeline
from hextile.pipelines.registry import find_model, get_spec

if TYPE_CHECKING:
    from hextile.output.writer import BackgroundWriter
    from hextile.pipelines.cache import ModelCache


@dataclass
class RenderResult:
    """What a finished (or cancelled) render left behind."""

    render_dir: Path
    status: str
    final_image: Path | None
    pass_panoramas: list[Path]
    seeds: list[int]
    reused_passes: int = 0
    warnings: list[str] = field(default_factory=list)
    model_loads: int = 0  # models loaded into the model cache during the render
    model_evictions: int = 0  # models evicted to stay within the memory budget


@dataclass
class _Pass:
    index: int
    settings: PassSettings  # as configured (seed may be -1)
    spec: PipelineSpec
    sizes: PassPlanSizes | None  # None for whole-panorama upscaling
    steps: int
    seed: int = -1

    @property
    def used_settings(self) -> dict[str, Any]:
        d = self.settings.model_dump(mode="json", by_alias=True)
        d["diffusion"]["seed"] = self.seed
        return d


def _spec_for(settings: PassSettings) -> PipelineSpec:
    spec = get_spec(settings.pipeline)
    model = settings.diffusion.model
    if model and spec.model(model) is None and not spec.capabilities.needs_weights:
        other = None
        with contextlib.suppress(PipelineError):
            other, _ = find_model(model)
        hint = f"; it is a model of pipeline '{other.name}'" if other else ""
        raise PipelineError(
            f"pipeline '{spec.name}' has no model '{model}'{hint}",
            f"use one of {', '.join(m.name for m in spec.models)} (run `hextile pipelines`)",
        )
    return spec


def estimated_steps(settings: PassSettings, spec: PipelineSpec) -> int:
    """Denoising steps per tile the pass will really run (≥ 1), before its pipeline is built."""
    if not spec.capabilities.steps:
        return 1
    d = settings.diffusion
    return max(1, int(d.num_inference_steps * (d.strength if spec.capabilities.strength else 1.0)))


def _scales(spec: PipelineSpec) -> bool:
    """Whether the pass enlarges the panorama (by ``upscaling.scale_factor``) instead of re-templating it."""
    return spec.capabilities.scale_factor > 1


def _rotate(
    template: Template, settings: PassSettings, previous: Template | None
) -> tuple[Template, dict[str, float] | None]:
    """The pass's layout after ``hextile.rotation`` (``"auto"`` needs the previous pass's layout)."""
    rot = settings.hextile.rotation
    if rot is None or (rot == "auto" and previous is None):
        return template, None
    if rot == "auto":
        assert previous is not None
        a = auto_rotation(previous, template)
        info = {"yaw": a.yaw, "pitch": a.pitch, "roll": a.roll, "auto": 1.0}
        info |= {"clearance": round(a.clearance, 4), "clearance_unrotated": round(a.clearance_unrotated, 4)}
        return rotate_template(template, a.yaw, a.pitch, a.roll), info
    assert not isinstance(rot, str)
    info = {"yaw": rot.yaw, "pitch": rot.pitch, "roll": rot.roll}
    rotated = rotate_template(template, rot.yaw, rot.pitch, rot.roll)
    if previous is not None:
        info["clearance"] = round(clearance(previous, rotated)[0], 4)
    return rotated, info


def _sizes(
    settings: PassSettings, spec: PipelineSpec, in_width: int, previous: Template | None = None
) -> tuple[PassPlanSizes | None, int]:
    """Geometry of a pass given the width of its input panorama; returns (sizes, output width).

    ``sizes`` is ``None`` for a pass over the whole panorama (a scaling pass without a template).
    ``previous`` is the layout of the last tiled pass before this one (for ``rotation: "auto"``).
    """
    if _scales(spec):
        scale = settings.upscaling.scale_factor
        out_w = in_width * scale
        if settings.upscaling.template is None:
            if not spec.capabilities.whole_panorama:
                raise PipelineError(
                    f"pipeline '{spec.name}' cannot process a whole panorama", "set upscaling.template"
                )
            return None, out_w
        t = get_template(settings.upscaling.template)
        tin = settings.upscaling.tile_size or settings.hextile.tile_input_width or min(t.tile_size, 512)
        return PassPlanSizes(t, out_w, tin, tin * scale, list(t.order)), out_w
    t, rotation = _rotate(get_template(settings.hextile.template), settings, previous)
    tin = settings.hextile.tile_input_width or t.tile_size
    tout = settings.hextile.tile_output_width or tin * spec.capabilities.scale_factor
    numbers = (
        list(t.order)
        if settings.hextile.rendertiles == "all"
        else [n for n in t.order if n in set(settings.hextile.rendertiles)]
    )
    for n in [] if settings.hextile.rendertiles == "all" else settings.hextile.rendertiles:
        t.tile(n)
    return PassPlanSizes(t, t.width, tin, tout, numbers, rotation), t.width


def plan_passes(config: RenderConfig, input_width: int) -> list[_Pass]:
    """Resolve, look up and size every pass before any work (all errors surface here)."""
    passes: list[_Pass] = []
    width = input_width
    previous: Template | None = None
    for k, settings in enumerate(resolve_passes(config)):
        spec = _spec_for(settings)
        if spec.preflight is not None:
            spec.preflight(settings)
        sizes, width = _sizes(settings, spec, width, previous)
        if sizes is not None:
            previous = sizes.template
        passes.append(_Pass(k, settings, spec, sizes, estimated_steps(settings, spec)))
    return passes


def _template_info(p: _Pass, width: int) -> TemplateInfo:
    if p.sizes is None:
        return TemplateInfo(
            name="(whole panorama)",
            tiles=0,
            panorama_width=width,
            panorama_height=width // 2,
            tile_input_width=width,
            tile_output_width=width,
        )
    return TemplateInfo(
        name=p.sizes.template.name,
        tiles=len(p.sizes.numbers),
        panorama_width=width,
        panorama_height=width // 2,
        tile_input_width=p.sizes.tile_in,
        tile_output_width=p.sizes.tile_out,
        rotation=p.sizes.rotation,
    )


def _work(p: _Pass, steps: int) -> PassWork:
    if p.sizes is None:
        return PassWork(1, 1, 1.0)
    return PassWork(len(p.sizes.numbers), steps, work_scale(p.sizes.tile_in))


class _Run:
    """State of one render while it runs (one instance per render call)."""

    def __init__(
        self,
        manifest: ManifestWriter,
        passes: list[_Pass],
        options: RenderOptions,
        on_event: EventHandler | None,
        cancel: CancelToken,
        model_cache: ModelCache | None = None,
    ) -> None:
        self.rdir = manifest.render_dir
        self.passes = passes
        self.options = options
        self.on_event = on_event
        self.cancel = cancel
        self.device = options.torch_device()
        self.manifest = manifest
        self.log = RenderLog(self.rdir.log)
        # what the hextile loggers say in this render's thread (model cache, LoRA, model loading)
        self.log.attach("hextile")
        self.tracker = ProgressTracker([_work(p, p.steps) for p in passes])
        # One model cache per render (passes that share a model load it once), unless the caller
        # owns a longer-lived one (a server or batch worker): then models stay loaded between renders
        # and this render only borrows the cache's messages and counts its own loads.
        self.owns_cache = model_cache is None
        if model_cache is None:
            from hextile.pipelines.cache import ModelCache

            budget = None if options.memory_budget_gb is None else int(options.memory_budget_gb * 2**30)
            model_cache = ModelCache(budget, self.device)
        self.cache = model_cache
        self._saved_cache_handler = model_cache.on_event
        self._start_loads = model_cache.stats.loads
        self._start_evictions = model_cache.stats.evictions
        model_cache.on_event = self._cache_message
        self._last_preview = 0.0

    def _cache_message(self, message: str) -> None:
        self.emit("info", message=message)  # render.log has it from the cache's logger

    # -- events -------------------------------------------------------------------------------
    def emit(self, kind: str, p: _Pass | None = None, **kw: Any) -> None:
        ev = ProgressEvent(
            kind=kind,
            render_id=self.rdir.render_id,
            pass_index=None if p is None else p.index,
            pass_count=len(self.passes),
            pass_name="" if p is None else p.settings.name,
            pass_fraction=0.0 if p is None else self.tracker.pass_fraction(p.index),
            overall_fraction=self.tracker.overall_fraction(),
            elapsed_s=round(self.tracker.elapsed(), 3),
            eta_s=self.tracker.eta(),
            **kw,
        )
        if self.on_event is not None:
            self.on_event(ev)

    # -- one pass -----------------------------------------------------------------------------
    def run_pass(self, p: _Pass, pano: torch.Tensor, writer: BackgroundWriter) -> torch.Tensor:
        try:
            return self._run_pass(p, pano, writer)
        except RenderCancelled:
            self.emit("pass.cancelled", p)
            raise
        except BaseException as exc:
            self.emit("pass.failed", p, message=_error_line(exc))
            raise

    def _run_pass(self, p: _Pass, pano: torch.Tensor, writer: BackgroundWriter) -> torch.Tensor:
        ctx = PipelineContext(p.settings, self.device, torch.float32, self.cache)
        pipeline: TilePipeline = p.spec.factory(ctx)
        try:
            steps = pipeline.effective_steps()
            self.tracker.set_pass_work(p.index, _work(p, steps))
            self.tracker.begin_pass(p.index)
            in_w = pano.shape[-1]
            out_w = p.sizes.width if p.sizes else in_w * p.settings.upscaling.scale_factor
            self.manifest.start_pass(
                p.index, template=_template_info(p, out_w), tiles_total=len(p.sizes.numbers) if p.sizes else 1
            )
            if out_w != in_w:
                sizes = f"from {in_w}×{in_w // 2} to {out_w}×{out_w // 2}"
                self.log.info(f"pass {p.index + 1}: the panorama changes size {sizes}")
            explain = getattr(pipeline, "explain_steps", None)
            if explain is not None:
                self.log.info(f"pass {p.index + 1}: {explain()}")
            self.log.info(
                f"pass {p.index + 1}/{len(self.passes)} '{p.settings.name}': pipeline {p.spec.name}, "
                f"model {p.settings.diffusion.model or p.spec.default_model}, seed {p.seed}, "
                f"{steps} step(s) per tile"
            )
            self.emit("pass.start", p, steps=steps, tile_count=len(p.sizes.numbers) if p.sizes else 1)
            if self.options.save_tiles:
                self.rdir.make_pass_dirs(p.index)
            else:
                self.rdir.pass_dir(p.index).mkdir(parents=True, exist_ok=True)
            tile_count = len(p.sizes.numbers) if p.sizes else 1
            state = {"tile": None, "index": 0}

            def on_step(step: int, total: int, tiles: int) -> None:
                self.cancel.raise_if_cancelled()
                self.tracker.add(p.index, tiles)
                self.emit(
                    "step",
                    p,
                    tile=state["tile"],
                    tile_index=state["index"],
                    tile_count=tile_count,
                    step=step,
                    steps=total,
                )

            def on_tile(
                phase: str, n: int, i: int, tin: torch.Tensor | None, tout: torch.Tensor | None
            ) -> None:
                state["tile"], state["index"] = n, i
                if phase == "start":
                    self.emit("tile.start", p, tile=n, tile_index=i, tile_count=tile_count)
                    return
                if self.options.save_tiles and tin is not None and tout is not None:
                    # passes.json counts a tile once both its files are on disk (never before)
                    done = _BothWritten(lambda: self.manifest.tile_done(p.index))
                    writer.submit(self.rdir.pass_tiles(p.index, n), tin, kind="png8", on_done=done)
                    writer.submit(self.rdir.pass_tiles_diffused(p.index, n), tout, kind="png8", on_done=done)
                else:
                    self.manifest.tile_done(p.index)
                self.emit("tile.end", p, tile=n, tile_index=i, tile_count=tile_count)

            def on_progress(current: torch.Tensor) -> None:
                now = time.monotonic()
                if now - self._last_preview >= self.options.preview_interval_s:
                    self._last_preview = now
                    writer.submit(
                        self.rdir.preview,
                        current,
                        kind="jpeg",
                        max_width=self.options.preview_width,
                        copy=True,
                    )

            seams: SeamAccumulator | None = None
            if p.sizes is None:  # the pipeline takes the whole panorama at once
                on_tile("start", 0, 1, None, None)
                out = pipeline.process_panorama(
                    pano, lambda step, total: on_step(step, total, 1), self.cancel
                )
                on_tile("end", 0, 1, None, None)
            else:
                scaling = _scales(p.spec)
                src = pano if scaling else resize_for_pass(pano, p.sizes.width)
                common = (src, p.settings, p.sizes, pipeline, p.seed, self.cancel, on_step, on_tile)
                sequential = p.settings.mode == "sequential" and not scaling
                if self.options.seam_score:
                    seams = SeamAccumulator.zeros(
                        out_w // 2, out_w, src.device, src.dtype, "sequential" if sequential else "parallel"
                    )
                if sequential:
                    out = run_sequential(
                        *common,
                        self.options.interpolation,
                        on_progress,
                        seams=seams,
                        batch_size=p.settings.diffusion.batch_size,
                        executor=self.options.tile_executor,
                    )
                else:  # parallel; a scaling pass blends onto its input resized to the output size
                    base = resize_equirect(pano, out_w, out_w // 2) if scaling else None
                    batch = p.settings.diffusion.batch_size
                    ex = self.options.tile_executor
                    out = run_parallel(
                        *common, batch, self.options.interpolation, base=base, seams=seams, executor=ex
                    )
            out = quantise16(out)
            pano_path = self.rdir.pass_panorama(p.index)
            writer.submit(pano_path, out, kind="png16")
            writer.submit(self.rdir.preview, out, kind="jpeg", max_width=self.options.preview_width)
            seam_info = None
            if seams is not None and p.sizes is not None:
                summary, spread = summarise(seams, p.sizes.template, p.sizes.tile_out)
                heat_path = self.rdir.pass_seams(p.index)
                writer.submit(heat_path, heatmap(out, spread), kind="png8")
                summary.heatmap = self.rdir.relative(heat_path)
                seam_info = summary.to_json()
                self.log.info(
                    f"pass {p.index + 1}: seam score {summary.score:.2f} (p99 {summary.p99:.2f}) 8-bit levels"
                )
            self.tracker.complete_pass(p.index)
            writer.flush()  # the pass's files are on disk before the manifest says "completed"
            self.manifest.end_pass(p.index, "completed", panorama=pano_path, seams=seam_info)
            self.emit("pass.end", p, tile_count=tile_count)
            self.log.info(
                f"pass {p.index + 1} done in {self.tracker.clock() - (self.tracker.pass_start or 0):.1f}s"
            )
            return out
        finally:
            pipeline.close()


class _BothWritten:
    """Calls ``then`` once the second of two files is on disk (writer threads finish in any order)."""

    def __init__(self, then: Callable[[], object]) -> None:
        self._then = then
        self._left = 2
        self._lock = threading.Lock()

    def __call__(self) -> None:
        with self._lock:
            self._left -= 1
            last = self._left == 0
        if last:
            self._then()


def _error_line(exc: BaseException) -> str:
    return str(exc) if isinstance(exc, HextileError) else f"{type(exc).__name__}: {exc}"


@dataclass
class _Input:
    """The input image, read once: its bytes (copied into the render folder), pixels and facts."""

    data: bytes
    name: str  # file name the render id and the final image name derive from
    shown: str  # as recorded in passes.json input.path
    ext: str  # extension of the copy, e.g. ".png"
    pano: torch.Tensor
    info: ImageInfo

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def _load_input(source: str | Path | bytes, name: str | None, limit: int | None) -> _Input:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
        fmt = image_format(data)
        ext = FORMAT_SUFFIX.get(fmt or "", ".png")
        name = name or f"input{ext}"
        shown = name
        pano, info = decode_image(data, name, limit=limit)
    else:
        path = Path(source)
        data = read_image_bytes(path)  # the only read of the input file
        pano, info = decode_image(data, str(path), limit=limit)
        ext = path.suffix.lower() or ".png"
        name, shown = name or path.name, str(path)
    require_equirect(info, shown)
    return _Input(data, name, shown, ext, pano, info)


def _split_alpha(pano: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor | None]:
    if pano.shape[0] == 1:
        return pano.expand(3, -1, -1).contiguous(), None
    if pano.shape[0] == 4:
        return pano[:3].contiguous(), pano[3:4].contiguous()
    return pano, None


def _model_name(p: _Pass) -> str:
    m = p.settings.diffusion.model or p.spec.default_model
    return Path(m).name if ("/" in m or "\\" in m) and Path(m).exists() else m


def _finalize(
    run: _Run,
    config: RenderConfig,
    out: torch.Tensor,
    alpha: torch.Tensor | None,
    info: ImageInfo,
    input_name: str,
) -> Path:
    last = run.passes[-1]
    o = config.output
    if o.width:
        out = resize_equirect(out, o.width, o.height or o.width // 2)
    if alpha is not None:
        a = alpha.to(out.device)
        if a.shape[-1] != out.shape[-1]:
            a = resize_equirect(a, out.shape[-1], out.shape[-2])
        out = torch.cat([out, a], 0)
    ext = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "TIFF": "tif"}[o.file_format]
    template_name = last.sizes.template.name if last.sizes else (last.settings.hextile.template)
    name = final_name(o.filename_pattern, input_name, template_name, _model_name(last), last.seed, ext)
    path = run.rdir.final_image(name)
    depth = 16 if info.bit_depth > 8 and ext in ("png", "tif") else 8
    write_image(path, out, bit_depth=depth)
    if o.path:
        dest = Path(o.path)
        if dest.suffix == "" or dest.is_dir():
            dest = dest / name
        try:
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, dest)
        except OSError as exc:
            run.log.warning(f"could not copy the final image to {dest}: {exc}")
            run.emit("warning", message=f"could not copy the final image to {dest}: {exc.strerror}")
    return path


def _execute(
    run: _Run,
    config: RenderConfig,
    pano: torch.Tensor,
    alpha: torch.Tensor | None,
    info: ImageInfo,
    input_name: str,
    start: int,
    warnings: list[str],
) -> RenderResult:
    from hextile.output import BackgroundWriter

    pass_paths = [run.rdir.pass_panorama(p.index) for p in run.passes]
    status = "failed"
    final: Path | None = None
    with BackgroundWriter(root=run.rdir.path) as writer:
        try:
            for w in warnings:  # before "render.start": shown before any progress
                run.emit("warning", message=w)
                run.log.warning(w)
            run.emit("render.start", message=f"{len(run.passes)} pass(es)")
            for p in run.passes[:start]:
                run.tracker.skip_pass(p.index)
                run.emit("pass.skipped", p)
            cur = pano.to(run.device)
            for p in run.passes[start:]:
                cur = run.run_pass(p, cur, writer)
            final = _finalize(run, config, cur, alpha, info, input_name)
            writer.flush()
            status = "completed"
            run.manifest.finish("completed", output=final)
            run.emit("render.end", message=str(final))
            run.log.info(f"render completed: {final}")
        except RenderCancelled as exc:
            status = "cancelled"
            _safe_flush(writer)
            run.manifest.finish("cancelled", error=exc.args[0] if exc.args else "cancelled")
            run.emit("render.cancelled", message="cancelled; finished passes are kept")
            run.log.warning("render cancelled")
        except BaseException as exc:
            _safe_flush(writer)
            msg = str(exc) if isinstance(exc, HextileError) else f"{type(exc).__name__}: {exc}"
            run.manifest.finish("failed", error=msg)
            run.log.error(f"render failed: {msg}")
            run.emit("render.failed", message=msg)
            raise
        finally:
            loads = run.cache.stats.loads - run._start_loads
            evictions = run.cache.stats.evictions - run._start_evictions
            run.cache.on_event = run._saved_cache_handler
            if run.owns_cache:
                run.cache.clear()
            run.log.close()
    return RenderResult(
        run.rdir.path,
        status,
        final,
        pass_paths,
        [p.seed for p in run.passes],
        start,
        warnings,
        model_loads=loads,
        model_evictions=evictions,
    )


def _safe_flush(writer: Any) -> None:
    with contextlib.suppress(HextileError):
        writer.flush()


def _pass_plans(passes: list[_Pass], input_width: int, save_tiles: bool = True) -> list[PassPlan]:
    plans, width = [], input_width
    for p, h in zip(passes, _hashes(passes), strict=True):
        width = p.sizes.width if p.sizes else width * p.settings.upscaling.scale_factor
        plans.append(
            PassPlan(
                name=p.settings.name,
                settings=p.used_settings,
                template=_template_info(p, width),
                tiles_total=len(p.sizes.numbers) if p.sizes else 1,
                settings_hash=h,
                save_tiles=save_tiles and p.sizes is not None,
            )
        )
    return plans


def _hashes(passes: list[_Pass]) -> list[str]:
    return [settings_hash(p.settings.model_dump(mode="json", by_alias=True)) for p in passes]


def render(
    config: RenderConfig | dict | str | Path,
    input_path: str | Path | bytes,
    out_root: str | Path = "renders",
    *,
    input_name: str | None = None,
    options: RenderOptions | None = None,
    on_event: EventHandler | None = None,
    cancel: CancelToken | None = None,
    model_cache: ModelCache | None = None,
) -> RenderResult:
    """Render the input with every pass of ``config`` into a new folder under ``out_root``.

    ``input_path`` is a path, or the bytes of a PNG/JPEG/WebP/TIFF file (a server's upload;
    ``input_name`` then names it, default ``input.<ext>``). The input is read once.

    Everything that can be checked is checked before the render folder exists: the config,
    templates, pipelines and models (weights present), and the input image. The folder is
    prepared under a hidden name and appears under its render id only once it is resumable
    (input copy, ``config.json`` and ``passes.json`` written). Returns a :class:`RenderResult`
    (``status`` ``completed`` or ``cancelled``); raises :class:`HextileError` for user errors and
    re-raises anything unexpected after marking the render ``failed``.

    ``model_cache``: a cache owned by the caller (a server or batch worker) so models stay loaded
    between renders; without it the render makes its own and empties it at the end.
    """
    options = options or RenderOptions()
    cancel = cancel or CancelToken()
    cfg = config if isinstance(config, RenderConfig) else load_config(config)
    warnings = check_config(cfg)
    inp = _load_input(input_path, input_name, options.max_pixels)
    rgb, alpha = _split_alpha(inp.pano)
    passes = plan_passes(cfg, inp.info.width)
    warnings += _size_warnings(passes, inp.info.width)
    options.torch_device()
    for p in passes:
        p.seed = pass_seed(p.settings.diffusion.seed)
    rdir = RenderDir.create(Path(out_root), inp.name, staged=True)
    manifest = _prepare(rdir, cfg, inp, passes, save_tiles=options.save_tiles)
    run = _Run(manifest, passes, options, on_event, cancel, model_cache=model_cache)
    run.log.info(f"render {rdir.render_id} started: {len(passes)} pass(es), input {inp.shown}")
    return _execute(run, cfg, rgb, alpha, inp.info, inp.name, 0, warnings)


def _prepare(
    rdir: RenderDir,
    cfg: RenderConfig,
    inp: _Input,
    passes: list[_Pass],
    *,
    save_tiles: bool,
    parent: tuple[RenderDir, Manifest] | None = None,
    reuse: int = 0,
) -> ManifestWriter:
    """Fill a staged render folder with what a resume needs, then give it its name.

    Writes the input copy, ``config.json`` and ``passes.json``; with ``parent`` (a re-run with an
    edited config) the parent's first ``reuse`` passes are linked in and recorded as ``skipped``.
    On any error the staged folder is removed: nothing half-made is left behind.
    """
    try:
        copy = rdir.input_copy(inp.ext)
        if parent is not None:
            _link_reused(*parent, rdir, reuse)
        try:
            if not copy.exists():
                atomic_write_bytes(copy, inp.data)  # the lossless input copy, byte for byte
            atomic_write_text(rdir.config_json, export_config(cfg))
        except OSError as exc:
            raise os_error(exc, "writing", rdir.relative(copy)) from None
        manifest = ManifestWriter(rdir)
        manifest.start_render(
            input=InputInfo(
                path=inp.shown,
                width=inp.info.width,
                height=inp.info.height,
                sha256=inp.sha256,
                copy_path=rdir.relative(copy),
            ),
            passes=_pass_plans(passes, inp.info.width, save_tiles),
            parent=None if parent is None else parent[1].render_id,
            reused=[] if parent is None else parent[1].passes[:reuse],
        )
        rdir.publish()
    except BaseException:
        if rdir.staged:
            shutil.rmtree(rdir.path, ignore_errors=True)
        raise
    return manifest


def _link_reused(src_dir: RenderDir, parent: Manifest, rdir: RenderDir, reuse: int) -> None:
    """Hard-link (copy where links fail) the parent's input copy and its first ``reuse`` pass folders."""
    items: list[tuple[Path, Path]] = []
    if parent.input is not None and parent.input.copy_path is not None:
        items.append((src_dir.resolve(parent.input.copy_path), rdir.path / Path(parent.input.copy_path).name))
    for k in range(reuse):
        folder = src_dir.pass_dir(k)
        for f in sorted(folder.rglob("*")):
            if f.is_file() and not f.name.endswith(".hextile-tmp"):
                items.append((f, rdir.pass_dir(k) / f.relative_to(folder)))
    for src, dst in items:
        try:
            dst.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(src, dst)
            except OSError:  # another file system, no hard links: a copy
                shutil.copy2(src, dst)
        except OSError as exc:
            raise os_error(exc, "reusing", str(src)) from None


def _size_warnings(passes: list[_Pass], width: int) -> list[str]:
    """A warning for every pass whose panorama is smaller than its input (detail is lost there)."""
    notes = []
    for p in passes:
        out_w = p.sizes.width if p.sizes else width * p.settings.upscaling.scale_factor
        if out_w < width:
            template = p.sizes.template.name if p.sizes else "(whole panorama)"
            notes.append(
                f"pass {p.index + 1} ('{p.settings.name}'): template {template} ({out_w}×{out_w // 2}) is "
                f"smaller than its input ({width}×{width // 2}); unchanged pixels are no longer kept "
                "bit-identical (the panorama is downscaled, then later passes upscale it)"
            )
        width = out_w
    return notes


def _same_config(cfg: RenderConfig, rdir: RenderDir) -> bool:
    try:
        return rdir.config_json.read_text(encoding="utf-8") == export_config(cfg)
    except OSError:
        return False


def resume_render(
    render_dir: str | Path,
    config: RenderConfig | dict | str | Path | None = None,
    *,
    options: RenderOptions | None = None,
    on_event: EventHandler | None = None,
    cancel: CancelToken | None = None,
    model_cache: ModelCache | None = None,
) -> RenderResult:
    """Continue a cancelled, failed or interrupted render, or re-run it with an edited config.

    ``render_dir`` may be given relative or absolute, from any working directory, and the folder
    may have been moved or copied (every path in ``passes.json`` is relative to it).

    Without ``config`` (or with the same config) the render continues in place from the first
    pass that did not finish, from the saved ``pass_k/panorama.png`` of the pass before it.
    With an edited ``config`` the re-run is a **new** render folder next to the old one: its
    ``passes.json`` names the old render as ``parent``, passes up to the first changed one (whose
    settings and predecessors are unchanged) are reused through hard links (copies where links
    fail), and the old render is left whole. Seeds drawn earlier (seed -1) are reused.
    """
    options = options or RenderOptions()
    cancel = cancel or CancelToken()
    rdir = RenderDir.open(Path(render_dir))
    manifest = load_manifest(rdir.manifest)
    cfg = (
        load_config(rdir.config_json)
        if config is None
        else (config if isinstance(config, RenderConfig) else load_config(config))
    )
    warnings = check_config(cfg)
    if manifest.input is None or manifest.input.copy_path is None:
        raise HextileError(
            f"{rdir.path} has no input copy recorded", "start a new render instead of resuming"
        )
    copy = rdir.resolve(manifest.input.copy_path)
    data = read_image_bytes(copy)
    pano, info = decode_image(data, str(copy), limit=options.max_pixels)
    require_equirect(info, copy)
    inp = _Input(data, Path(manifest.input.path).name, manifest.input.path, copy.suffix, pano, info)
    rgb, alpha = _split_alpha(pano)
    passes = plan_passes(cfg, info.width)
    warnings += _size_warnings(passes, info.width)
    hashes = _hashes(passes)
    start = first_changed_pass(manifest, hashes, input_sha256=inp.sha256, render_dir=rdir)
    old = manifest.passes
    for p, h in zip(passes, hashes, strict=True):
        reuse_seed = p.index < len(old) and old[p.index].settings_hash == h
        p.seed = (
            int(old[p.index].settings["diffusion"]["seed"])
            if reuse_seed
            else pass_seed(p.settings.diffusion.seed)
        )
    if start > 0:
        try:
            prev, _ = read_image(rdir.pass_panorama(start - 1), limit=options.max_pixels)
        except InputImageError as exc:
            raise HextileError(
                f"cannot reuse pass {start - 1}: {exc.problem}", "run the render again"
            ) from None
        rgb = prev[:3]
    if config is not None and not _same_config(cfg, rdir):  # an edited config: a new render folder
        child = RenderDir.create(rdir.root, inp.name, staged=True)
        writer = _prepare(
            child, cfg, inp, passes, save_tiles=options.save_tiles, parent=(rdir, manifest), reuse=start
        )
        run = _Run(writer, passes, options, on_event, cancel, model_cache=model_cache)
        run.log.info(
            f"render {child.render_id} started: a re-run of {manifest.render_id} with an edited config, "
            f"reusing its first {start} pass(es)"
        )
    else:
        writer = ManifestWriter(rdir, manifest)
        run = _Run(writer, passes, options, on_event, cancel, model_cache=model_cache)
        writer.resume_render(_pass_plans(passes, info.width, options.save_tiles), start)
        run.log.info(f"render {rdir.render_id} resumed from pass {start + 1}")
    return _execute(run, cfg, rgb, alpha, info, inp.name, start, warnings)
