"""The render engine: pre-render checks, passes, progress, cancellation and resume. See :func:`render`.

Names load on first use, so ``hextile.engine.checks`` (config checks for ``hextile config
validate``) does not import torch.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hextile.lazy import lazy_attributes

if TYPE_CHECKING:
    from hextile.cancel import CancelToken
    from hextile.engine.checks import check_config
    from hextile.engine.events import ProgressEvent, ProgressTracker
    from hextile.engine.job import RenderJob
    from hextile.engine.options import RenderOptions
    from hextile.engine.renderer import RenderResult, plan_passes, render, resume_render

_WHERE = {
    "CancelToken": "hextile.cancel",
    "check_config": "hextile.engine.checks",
    "ProgressEvent": "hextile.engine.events",
    "ProgressTracker": "hextile.engine.events",
    "RenderJob": "hextile.engine.job",
    "RenderOptions": "hextile.engine.options",
    "RenderResult": "hextile.engine.renderer",
    "plan_passes": "hextile.engine.renderer",
    "render": "hextile.engine.renderer",
    "resume_render": "hextile.engine.renderer",
}


__getattr__, __dir__ = lazy_attributes(globals(), _WHERE)

__all__ = [
    "CancelToken",
    "ProgressEvent",
    "ProgressTracker",
    "RenderJob",
    "RenderOptions",
    "RenderResult",
    "check_config",
    "plan_passes",
    "render",
    "resume_render",
]
