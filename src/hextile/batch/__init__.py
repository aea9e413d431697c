"""Batches: many inputs (images, folders, videos as frame sequences) with one config, resumable
(``DIR/batch.json``), locally or on a Ray cluster (:mod:`hextile.batch.ray_exec`). See ``run_batch``."""

from hextile.batch.runner import BatchEvent, BatchOptions, BatchSummary, LocalExecutor, run_batch
from hextile.batch.state import BATCH_NAME, BatchFile, ItemRecord, VideoRecord

__all__ = [
    "BATCH_NAME",
    "BatchEvent",
    "BatchFile",
    "BatchOptions",
    "BatchSummary",
    "ItemRecord",
    "LocalExecutor",
    "VideoRecord",
    "run_batch",
]
