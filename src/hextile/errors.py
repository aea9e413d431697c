"""User-facing errors.

Every error a user can cause (bad input, bad config, missing weights, full disk…) is raised as a
:class:`HextileError` whose message is one line naming the problem and the fix. The CLI prints it
without a traceback and exits with code 2; the server turns it into a 4xx response.
"""

from __future__ import annotations


class HextileError(Exception):
    """A problem the user can fix. ``str(err)`` is one line: what is wrong, then what to do."""

    exit_code = 2

    def __init__(self, problem: str, fix: str | None = None) -> None:
        self.problem = problem.rstrip(".")
        self.fix = fix
        super().__init__(self.line())

    def line(self) -> str:
        return f"{self.problem}. {self.fix}" if self.fix else f"{self.problem}."


class InputImageError(HextileError):
    """The input image is missing, unreadable or not an equirectangular panorama."""


class TemplateError(HextileError):
    """Unknown template name or an invalid custom template."""


class ConfigError(HextileError):
    """The render config is invalid. ``errors`` holds one line per problem."""

    def __init__(self, problem: str, fix: str | None = None, errors: list[str] | None = None) -> None:
        self.errors = errors or [problem]
        super().__init__(problem, fix)


class PipelineError(HextileError):
    """Unknown pipeline or model, missing weights, or an unsupported option."""


class OutputError(HextileError):
    """The output folder cannot be written (read-only, full disk, hostile path)."""


class RenderCancelled(Exception):  # noqa: N818 - a stop the user asked for, not an error
    """Raised inside the engine when a cancel token fires; not an error for the user."""
