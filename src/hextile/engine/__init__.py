"""The render engine: passes, progress, cancellation and resume. See :func:`render`."""

from hextile.cancel import CancelToken
from hextile.engine.events import ProgressEvent, ProgressTracker
from hextile.engine.job import RenderJob
from hextile.engine.options import RenderOptions
from hextile.engine.renderer import RenderResult, plan_passes, render, resume_render

__all__ = [
    "CancelToken",
    "ProgressEvent",
    "ProgressTracker",
    "RenderJob",
    "RenderOptions",
    "RenderResult",
    "plan_passes",
    "render",
    "resume_render",
]
