"""The `hextile` command line: thin commands over the library."""

from __future__ import annotations

import typer

from hextile import __version__
from hextile.cli.batch_cmds import batch_cmd
from hextile.cli.common import run_guarded
from hextile.cli.geometry_cmds import templates_app, tiles_app
from hextile.cli.render_cmds import config_app, demo_cmd, pipelines_cmd, render_cmd
from hextile.cli.renders_cmds import renders_cmd
from hextile.cli.serve_cmds import serve_cmd

app = typer.Typer(
    name="hextile",
    help="Restyle 360° equirectangular panoramas tile by tile over the whole sphere, in chained passes.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(templates_app, name="templates")
app.add_typer(tiles_app, name="tiles")
app.add_typer(config_app, name="config")
app.command("render")(render_cmd)
app.command("renders")(renders_cmd)
app.command("demo")(demo_cmd)
app.command("pipelines")(pipelines_cmd)
app.command("batch")(batch_cmd)
app.command("serve")(serve_cmd)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"hextile {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version."
    ),
) -> None:
    """hextile — multi-pass diffusion restyling of 360° panoramas."""


def main() -> None:
    """Console-script entry point: user errors print one line and exit 2; Ctrl-C exits 130."""
    try:
        run_guarded(app, standalone_mode=True)
    except KeyboardInterrupt:
        from hextile.cli.common import fail

        fail("interrupted (Ctrl-C); finished work is kept on disk", 130)
