"""`hextile templates …` and `hextile tiles …`: inspect layouts, cut tiles out, merge them back."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich import box
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from hextile.cli.common import console, err_console, fail, warn

# Commands import the library lazily so `hextile --help` starts without loading torch.

templates_app = typer.Typer(
    help="List the tile layouts and draw them over a panorama.",
    invoke_without_command=True,
    no_args_is_help=False,
)
tiles_app = typer.Typer(
    help="Cut a panorama into tiles for outside tools, and merge processed tiles back.", no_args_is_help=True
)


@templates_app.callback()
def templates_list(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print the table as JSON.")] = False,
) -> None:
    """List the built-in templates: tile count, panorama size, tile size, field of view, overlap and
    the pixel-density ratio (tile-centre density ÷ panorama density; ≥ 1 means tiles lose no detail)."""
    if ctx.invoked_subcommand:
        return
    from hextile.geometry.templates import builtin_names
    from hextile.service.catalog import template_facts

    rows = [template_facts(n) for n in builtin_names()]
    if as_json:
        console.print_json(json.dumps(rows))
        return
    table = Table(
        title="hextile templates",
        box=box.SIMPLE_HEAD,
        pad_edge=False,
        collapse_padding=True,
    )
    for col in ("template", "tiles", "panorama", "tile", "FOV", "overlap", "density", "cells"):
        table.add_column(col, justify="right" if col != "template" else "left", no_wrap=True)
    for r in rows:
        table.add_row(
            r["name"],
            str(r["tiles"]),
            f"{r['width']}×{r['height']}",
            f"{r['tile_size']}²",
            f"{r['fov_min_deg']:.1f}–{r['fov_max_deg']:.1f}°",
            f"{r['min_overlap_deg']:.1f}°",
            f"{r['pixel_density_ratio']:.2f}",
            f"{r['pentagons']}+{r['hexagons']}",
        )
    console.print(table)
    console.print(
        "overlap: smallest overlap of neighbouring tiles · density: tile-centre ÷ panorama pixel density "
        "(≥ 1: no detail lost) · cells: pentagons+hexagons",
        style="dim",
    )


@templates_app.command("show")
def templates_show(
    name: Annotated[
        str, typer.Argument(help="Template name (e.g. Hextile_32_3K) or a custom template .json.")
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="PNG to write.")],
    input: Annotated[
        Path | None, typer.Option("--input", "-i", help="Panorama to draw over (default: a grid).")
    ] = None,
    outlines: Annotated[
        bool, typer.Option("--outlines", help="Also draw each tile's square outline.")
    ] = False,
    max_pixels: MaxPixels = None,
) -> None:
    """Draw the template's cells and tile numbers over a panorama (or over a 15° grid)."""
    from hextile.geometry import get_template
    from hextile.geometry.drawing import draw_template
    from hextile.imageio import check_output_image, read_image, require_equirect, write_image

    check_output_image(out)
    template = get_template(name)
    background = None
    if input is not None:
        background, info = read_image(input, limit=max_pixels)
        require_equirect(info, input)
    write_image(out, draw_template(template, background, outlines=outlines))
    console.print(f"wrote {out}")


MaxPixels = Annotated[
    int | None,
    typer.Option(
        "--max-pixels", min=1, help="Largest image in pixels (default: $HEXTILE_MAX_PIXELS or 16384×8192)."
    ),
]


def _progress() -> Progress:
    """A transient bar on stderr (stdout carries only the result line)."""
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    )


@tiles_app.command("extract")
def tiles_extract(
    input: Annotated[
        Path, typer.Argument(help="Equirectangular panorama (PNG, JPEG, WebP, TIFF; 8/16-bit).")
    ],
    template: Annotated[
        str, typer.Option("--template", "-t", help="Template name or custom .json.")
    ] = "Hextile_20_2K",
    out: Annotated[
        Path, typer.Option("--out", "-o", help="Folder to write tiles/, input.png, tiles.json.")
    ] = Path("tiles-out"),
    tile_size: Annotated[
        int | None, typer.Option("--tile-size", help="Tile edge in pixels (multiple of 8, 256–2048).")
    ] = None,
    max_pixels: MaxPixels = None,
    rotation: Annotated[
        str | None,
        typer.Option("--rotation", help="Turn the layout: YAW,PITCH,ROLL in degrees (docs/seams.md)."),
    ] = None,
) -> None:
    """Cut a panorama into the template's tiles: DIR/tiles/Hextile_NN.png, a lossless input.png and
    tiles.json (template, input size, and per tile its yaw, pitch, roll, field of view and file)."""
    from hextile.geometry import get_template
    from hextile.geometry.rotation import rotate_template
    from hextile.geometry.templates import validate_tile_size
    from hextile.tileset import extract_to_folder

    if tile_size is not None:
        validate_tile_size(tile_size)
    t = get_template(template)
    if rotation is not None:
        try:
            yaw, pitch, roll = (float(x) for x in rotation.split(","))
        except ValueError:
            fail(
                f"--rotation {rotation!r} is not YAW,PITCH,ROLL. give three numbers in degrees, e.g. 30,10,0"
            )
        if not (-180 <= yaw <= 180 and -90 <= pitch <= 90 and -180 <= roll <= 180):
            fail(f"--rotation {rotation} is out of range. yaw and roll within ±180, pitch within ±90 degrees")
        t = rotate_template(t, yaw, pitch, roll)
    progress = _progress()
    task: list[TaskID] = []

    def on_tile(i: int, n: int) -> None:  # the bar appears with the first tile, never before an error
        if not task:
            progress.start()
            task.append(progress.add_task("extracting tiles", total=n))
        progress.update(task[0], completed=i)

    try:
        meta = extract_to_folder(input, t, out, tile_size, on_tile=on_tile, limit=max_pixels)
    finally:
        if task:
            progress.stop()
    console.print(f"wrote {t.count} tiles to {out / 'tiles'} and {meta}")


@tiles_app.command("merge")
def tiles_merge(
    folder: Annotated[Path, typer.Argument(help="A folder written by `hextile tiles extract`.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Panorama to write (.png, .tif, .jpg, .webp).")],
    source: Annotated[
        str, typer.Option("--from", help="Sub-folder of FOLDER holding the processed tiles.")
    ] = "tiles_diffused",
    max_pixels: MaxPixels = None,
) -> None:
    """Blend processed tiles (FOLDER/tiles_diffused/Hextile_NN.png by default) back into a panorama.
    Tiles left unchanged reproduce the input exactly; missing tiles keep the input, with a warning."""
    from hextile.tileset import merge_from_folder

    report = merge_from_folder(folder, out, source, warn=warn, limit=max_pixels)
    console.print(f"merged {len(report.merged)} tile(s) into {report.output}")
