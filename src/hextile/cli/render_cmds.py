"""`hextile render`, `hextile demo`, `hextile config …` and `hextile pipelines`."""

from __future__ import annotations

import json
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from hextile.cli.common import console, err_console, fail, warn

config_app = typer.Typer(
    help="Create, check and inspect render configs (.hextile.json).", no_args_is_help=True
)


def _overrides(**flags: Any) -> dict[str, Any]:
    keys = {
        "template": "hextile.template",
        "pipeline": "pipeline",
        "model": "diffusion.model",
        "strength": "diffusion.strength",
        "prompt": "prompt.global",
        "negative": "prompt.negative",
        "seed": "diffusion.seed",
        "mode": "mode",
        "steps": "diffusion.num_inference_steps",
        "guidance": "diffusion.guidance_scale",
        "tile_size": "hextile.tile_input_width",
        "batch_size": "diffusion.batch_size",
    }
    return {keys[k]: v for k, v in flags.items() if v is not None}


def _run_with_progress(fn: Callable[..., Any], *args: Any, as_json: bool = False, **kwargs: Any) -> Any:
    """Run a render with the progress display on stderr (or NDJSON events on stdout with
    ``as_json``); the first Ctrl-C cancels cleanly, a second one aborts."""
    from hextile.cli.progress import RenderProgress
    from hextile.engine import CancelToken

    cancel = CancelToken()

    def on_sigint(signum: int, frame: object) -> None:
        if cancel.cancelled:
            raise KeyboardInterrupt
        cancel.cancel("interrupted (Ctrl-C)")
        err_console.print("[yellow]cancelling after the current step… (Ctrl-C again to abort)[/]")

    old = signal.signal(signal.SIGINT, on_sigint)
    try:
        if as_json:
            return fn(*args, on_event=_print_json_event, cancel=cancel, **kwargs)
        with RenderProgress(err_console) as progress:
            return fn(*args, on_event=progress, cancel=cancel, **kwargs)
    finally:
        signal.signal(signal.SIGINT, old)


def _print_json_event(ev: Any) -> None:
    sys.stdout.write(ev.model_dump_json() + "\n")
    sys.stdout.flush()


def _report(result: Any, as_json: bool = False) -> None:
    """The result lines on stdout (the only thing a render prints there); a cancel exits 130."""
    if as_json:
        sys.stdout.write(
            json.dumps(
                {
                    "kind": "result",
                    "status": result.status,
                    "render_dir": str(result.render_dir),
                    "final_image": None if result.final_image is None else str(result.final_image),
                    "reused_passes": result.reused_passes,
                    "seeds": result.seeds,
                    "warnings": result.warnings,
                }
            )
            + "\n"
        )
        sys.stdout.flush()
    if result.status == "cancelled":
        fail(
            f"render cancelled; finished passes are kept in {result.render_dir}. "
            f"Continue with: hextile render --resume {result.render_dir}",
            130,
        )
    if as_json:
        return
    console.print(f"render folder: {result.render_dir}", soft_wrap=True, highlight=False)
    if result.reused_passes:
        console.print(f"reused {result.reused_passes} finished pass(es)")
    console.print(f"final image:   {result.final_image}", soft_wrap=True, highlight=False)


def render_cmd(
    input: Annotated[
        Path | None, typer.Argument(help="Equirectangular panorama (2:1; PNG, JPEG, WebP, TIFF).")
    ] = None,
    config: Annotated[
        Path | None, typer.Option("--config", "-c", help="Render config (.hextile.json).")
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder that receives the render folder.")] = Path(
        "renders"
    ),
    template: Annotated[
        str | None, typer.Option(help="Template: Hextile_20_2K, Hextile_32_3K, Hextile_44_4K or a .json.")
    ] = None,
    pipeline: Annotated[str | None, typer.Option(help="Pipeline family (see `hextile pipelines`).")] = None,
    model: Annotated[
        str | None, typer.Option(help="Model of the pipeline (e.g. stylize, 'SDXL Inpaint').")
    ] = None,
    strength: Annotated[float | None, typer.Option(help="How much each tile may change, 0–1.")] = None,
    prompt: Annotated[str | None, typer.Option(help="Global prompt.")] = None,
    negative: Annotated[str | None, typer.Option(help="Negative prompt.")] = None,
    seed: Annotated[int | None, typer.Option(help="Seed (-1 draws one and records it).")] = None,
    mode: Annotated[
        str | None, typer.Option(help="sequential (each tile continues its finished neighbours) or parallel.")
    ] = None,
    steps: Annotated[int | None, typer.Option(help="Denoising steps (before × strength).")] = None,
    guidance: Annotated[float | None, typer.Option(help="Guidance scale.")] = None,
    tile_size: Annotated[
        int | None, typer.Option("--tile-size", help="Tile edge in pixels (tile_input_width).")
    ] = None,
    batch_size: Annotated[
        int | None, typer.Option("--batch-size", help="Tiles per pipeline call (parallel mode).")
    ] = None,
    pass_number: Annotated[
        int | None, typer.Option("--pass", help="Apply the flags to pass N only (1-based).")
    ] = None,
    passes: Annotated[
        int | None, typer.Option("--passes", help="Without --config: render N copies of the settings.")
    ] = None,
    device: Annotated[str, typer.Option(help="auto, cpu, cuda or cuda:N.")] = "auto",
    save_tiles: Annotated[
        bool, typer.Option("--save-tiles/--no-save-tiles", help="Write every pass's tiles.")
    ] = True,
    memory_budget_gb: Annotated[
        float | None,
        typer.Option(
            "--memory-budget-gb", help="Model cache budget (default: 90% of free GPU memory, half the RAM)."
        ),
    ] = None,
    resume: Annotated[
        Path | None, typer.Option("--resume", help="Continue a render folder from its first unfinished pass.")
    ] = None,
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print newline-delimited JSON events on stdout, then a result object."),
    ] = False,
    max_pixels: Annotated[
        int | None,
        typer.Option(
            "--max-pixels",
            help="Largest input in pixels (default: $HEXTILE_MAX_PIXELS or 16384×8192).",
            min=1,
        ),
    ] = None,
    ray: Annotated[
        str | None,
        typer.Option("--ray", help="Spread the tiles of each pass over Ray actors: auto or an ADDRESS."),
    ] = None,
) -> None:
    """Render a panorama: every pass of the config in order, each pass's output feeding the next.

    Flags override the config: for every pass, or for one with --pass N. Writes a render folder
    (input copy, config.json, passes.json, pass_0/, pass_1/, …, preview.jpg, render.log, final image)
    and prints its path. Ctrl-C stops at the next step and keeps what is finished; --resume DIR
    continues it (with --config, only from the first pass whose settings changed).
    """
    flags = _overrides(
        template=template,
        pipeline=pipeline,
        model=model,
        strength=strength,
        prompt=prompt,
        negative=negative,
        seed=seed,
        mode=mode,
        steps=steps,
        guidance=guidance,
        tile_size=tile_size,
        batch_size=batch_size,
    )
    # argument errors first, before torch is imported (they answer at once)
    _check_pass_flags(flags, pass_number, passes, config, resume)
    if input is None and resume is None:
        fail("no input panorama given. Run `hextile render PANORAMA.png` (or --resume DIR)")
    from hextile.config import apply_overrides, load_config, new_config
    from hextile.engine import RenderOptions, render, resume_render

    options = RenderOptions(
        device=device, save_tiles=save_tiles, memory_budget_gb=memory_budget_gb, max_pixels=max_pixels
    )
    if ray is not None:  # tiles go to the actors (parallel batches, sequential waves); merging stays here
        import atexit

        from hextile.batch.ray_exec import open_ray_tiles

        options.tile_executor, close = open_ray_tiles(ray, device=device, memory_budget_gb=memory_budget_gb)
        atexit.register(close)  # actors and a local cluster stop when the command ends
    if resume is not None:
        if input is not None:
            fail(
                f"both an input ({input}) and --resume were given. drop one: --resume continues its own input"
            )
        cfg = load_config(config) if config else None
        if flags:
            if cfg is None:
                cfg = load_config(resume / "config.json")
            cfg = apply_overrides(cfg, flags, pass_number)
        result = _run_with_progress(resume_render, resume, cfg, options=options, as_json=as_json)
        _report(result, as_json)
        return
    if input is None:
        fail("no input panorama given. Run `hextile render PANORAMA.png` (or --resume DIR)")
    if config is not None:
        cfg = load_config(config)
    else:
        from hextile.service.catalog import family_of

        family = flags.get("pipeline") or family_of(flags.get("diffusion.model"))
        cfg = new_config(passes or 1, pipeline=family, model=flags.get("diffusion.model"))
    if flags:
        cfg = apply_overrides(cfg, flags, pass_number)
    result = _run_with_progress(render, cfg, input, out, options=options, as_json=as_json)
    _report(result, as_json)


def _check_pass_flags(
    flags: dict[str, Any],
    pass_number: int | None,
    passes: int | None,
    config: Path | None,
    resume: Path | None,
) -> None:
    """--pass and --passes either do what they say or are refused with one line."""
    if passes is not None:
        if config is not None or resume is not None:
            fail(
                "--passes makes N copies of the flag settings, but the passes come from "
                f"{'--config' if config is not None else 'the render being resumed'}. drop --passes "
                '(or add/remove entries in the config\'s "passes" list)'
            )
        if not 1 <= passes <= 10:
            fail(f"--passes {passes} is not between 1 and 10. give a number of passes from 1 to 10")
    if pass_number is not None and not flags:
        fail(
            f"--pass {pass_number} was given without a setting to apply to that pass. add a flag such as "
            f"--strength 0.3 or --model detail after it, or drop --pass"
        )


def demo_cmd(
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder for the demo panorama, drawings and render.")
    ] = Path("demo-output"),
    device: Annotated[str, typer.Option(help="auto, cpu or cuda.")] = "auto",
) -> None:
    """The main job on the built-in default, no GPU or weights needed: generate a detailed synthetic
    panorama, draw the three template layouts over it, and render it through a 2-pass coarse-to-fine
    config on CPU pipelines (Hextile_20_2K at strength 0.85, then Hextile_44_4K at 0.25)."""
    from hextile.config import load_config
    from hextile.engine import RenderOptions, render
    from hextile.geometry import builtin_names, get_template
    from hextile.geometry.drawing import draw_template
    from hextile.imageio import write_image
    from hextile.scene import demo_panorama

    out.mkdir(parents=True, exist_ok=True)
    pano_path = out / "demo-panorama.png"
    pano = demo_panorama(2048)
    write_image(pano_path, pano)
    console.print(f"demo panorama:     {pano_path}")
    for name in builtin_names():
        path = out / f"layout-{name}.png"
        write_image(path, draw_template(get_template(name), pano))
        console.print(f"template layout:   {path}")
    cfg = load_config(_demo_config())
    result = _run_with_progress(render, cfg, pano_path, out / "renders", options=RenderOptions(device=device))
    _report(result)
    console.print(
        "open passes.json to see each pass's settings; pass_0/ and pass_1/ hold the intermediate results"
    )


def _demo_config() -> dict[str, Any]:
    return {
        "pipeline": "opencv",
        "diffusion": {"seed": 42},
        "passes": [
            {
                "name": "Coarse",
                "hextile": {"template": "Hextile_20_2K", "tile_input_width": 512},
                "diffusion": {"model": "stylize", "strength": 0.85},
            },
            {
                "name": "Fine",
                "hextile": {"template": "Hextile_44_4K", "tile_input_width": 512},
                "diffusion": {"model": "detail", "strength": 0.25},
            },
        ],
    }


@config_app.command("new")
def config_new(
    passes: Annotated[int, typer.Option(help="Number of passes (1–10); later passes copy the first.")] = 1,
    pipeline: Annotated[str, typer.Option(help="Pipeline family.")] = "opencv",
    model: Annotated[str | None, typer.Option(help="Model.")] = None,
) -> None:
    """Print a complete config with N passes to stdout (redirect it to a .hextile.json)."""
    from hextile.config import export_config, new_config

    sys.stdout.write(export_config(new_config(passes, pipeline=pipeline, model=model)))


@config_app.command("validate")
def config_validate(cfg: Annotated[Path, typer.Argument(help="Config file to check.")]) -> None:
    """Check a config: every problem with its field path (exit 2 if any), then warnings about
    settings the chosen pipelines do not use."""
    from hextile.config import load_config, resolve_passes
    from hextile.engine.checks import check_config
    from hextile.errors import ConfigError

    try:
        config = load_config(cfg)
        warnings = check_config(config)
    except ConfigError as exc:
        for line in exc.errors:
            err_console.print(f"[bold red]error:[/] {line}", highlight=False, soft_wrap=True)
        sys.exit(2)
    for w in warnings:
        warn(w)
    console.print(f"{cfg}: valid, {len(resolve_passes(config))} pass(es)")


@config_app.command("show")
def config_show(cfg: Annotated[Path, typer.Argument(help="Config file.")]) -> None:
    """Print the config with every pass complete (the form export writes)."""
    from hextile.config import export_config, load_config

    sys.stdout.write(export_config(load_config(cfg)))


def pipelines_cmd(
    as_json: Annotated[bool, typer.Option("--json", help="Print specs as JSON.")] = False,
) -> None:
    """List pipeline families, their models, what each can do, and which weights are installed."""
    from hextile.pipelines.registry import all_specs, spec_as_dict

    specs = all_specs()
    installed = _installed_models()
    if as_json:
        data = [spec_as_dict(s) for s in specs]
        for d in data:
            d["installed_models"] = sorted(installed.get(d["name"], []))
        console.print_json(json.dumps(data))
        return
    table = Table(title="hextile pipelines")
    for col in ("pipeline", "models", "can do", "weights"):
        table.add_column(col)
    for s in specs:
        c = s.capabilities
        can = [
            k
            for k, v in (
                ("prompt", c.prompt),
                ("negative", c.negative_prompt),
                ("strength", c.strength),
                ("steps", c.steps),
                ("guidance", c.guidance),
                ("inpaint", c.inpaint_mask),
                ("LoRA", c.lora),
            )
            if v
        ]
        if c.controlnet_types:
            can.append("ControlNet: " + "/".join(c.controlnet_types))
        if c.scale_factor > 1:
            can.append(f"×{c.scale_factor}")
        models = ", ".join(m.name for m in s.models)
        weights = (
            "none needed"
            if not c.needs_weights
            else (", ".join(sorted(installed.get(s.name, []))) or "none installed")
        )
        table.add_row(f"{s.name}\n{s.title}", models, ", ".join(can), weights)
    console.print(table)


def _installed_models() -> dict[str, list[str]]:
    from hextile.service.catalog import installed_models

    found, warning = installed_models()
    if warning:
        warn(warning)
    return found
