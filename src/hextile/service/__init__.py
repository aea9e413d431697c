"""The service layer: what a server, a batch runner or a notebook builds on (no HTTP in here).

- :class:`Renderer` — long-lived: a persistent FIFO job queue (SQLite), one worker per device,
  model caches that outlive jobs, inputs, images.
- :class:`EventBus` / :class:`JobEvent` — typed events, per-job history, replay, subscribers.
- :mod:`hextile.service.catalog` — templates, cells, pipelines, installed models.
"""

from hextile.service.events import QUEUE, EventBus, JobEvent, Subscription
from hextile.service.images import ImageService, NotFoundError
from hextile.service.inputs import InputLimits, InputStore
from hextile.service.renderer import (
    ConfigInvalidError,
    ConflictError,
    QueueFullError,
    Renderer,
    RendererSettings,
)
from hextile.service.store import InputRecord, JobRecord, JobStore

__all__ = [
    "QUEUE",
    "ConfigInvalidError",
    "ConflictError",
    "EventBus",
    "ImageService",
    "InputLimits",
    "InputRecord",
    "InputStore",
    "JobEvent",
    "JobRecord",
    "JobStore",
    "NotFoundError",
    "QueueFullError",
    "Renderer",
    "RendererSettings",
    "Subscription",
]
