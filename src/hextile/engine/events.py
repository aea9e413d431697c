"""Progress events and the tracker that turns work done into fractions and an ETA.

Work is counted in *units*: one denoising step of one tile (one unit per tile for filters),
scaled by the tile's pixel count relative to 1024². The overall fraction is weighted by the work
of all passes — later passes are counted before they start — so "Pass 1 of 2" at 100 % is not
"done". The overall fraction never goes backwards, even when a pass's real step count turns out
different from the estimate.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, computed_field

EventKind = Literal[
    "render.start",
    "render.end",
    "render.failed",
    "render.cancelled",
    "pass.start",
    "pass.end",
    "pass.skipped",
    "pass.failed",
    "pass.cancelled",
    "tile.start",
    "tile.end",
    "step",
    "warning",
    "info",
]


class RenderEventFields(BaseModel):
    """What every event of a render says: which pass and tile, how far, how long to go.

    Shared by :class:`ProgressEvent` (the engine's events) and the service's ``JobEvent`` (the
    same fields as streamed to clients, plus a sequence number and job status), so the two
    cannot drift apart.
    """

    kind: str
    render_id: str = ""
    pass_index: int | None = None
    pass_count: int = 0
    pass_name: str = ""
    tile: int | None = None  # tile number (1-based, as in Hextile_NN.png)
    tile_index: int = 0  # how many tiles of this pass have started (1-based)
    tile_count: int = 0
    step: int = 0
    steps: int = 0
    pass_fraction: float = 0.0
    overall_fraction: float = 0.0
    elapsed_s: float = 0.0
    eta_s: float | None = None
    message: str = ""
    data: dict[str, Any] = Field(default_factory=dict)


class ProgressEvent(RenderEventFields):
    """One thing that happened during a render. ``pass_index`` is 0-based (``pass_k/``);
    ``pass_number`` = ``pass_index + 1`` for "Pass i of N" (included in dumps and the JSON schema).

    A pydantic model so a server can publish its schema and stream it; :meth:`to_dict` /
    ``model_dump(mode="json")`` give the plain JSON form (one line of ``hextile render --json``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: EventKind

    @computed_field  # type: ignore[prop-decorator]
    @property
    def pass_number(self) -> int | None:
        return None if self.pass_index is None else self.pass_index + 1

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able dict of every field and ``pass_number``."""
        return self.model_dump(mode="json")


EventHandler = Callable[[ProgressEvent], None]


def work_scale(tile_size: int) -> float:
    """Relative cost of one unit on a tile of this size (1.0 at 1024²)."""
    return (tile_size / 1024) ** 2


@dataclass
class PassWork:
    tiles: int
    steps: int  # effective steps per tile
    scale: float

    @property
    def units(self) -> float:
        return self.tiles * self.steps * self.scale


class ProgressTracker:
    """Keeps the counts of a render and computes fractions, rates and the ETA.

    ``passes[k]`` is the estimated work of pass k; :meth:`set_pass_work` replaces the estimate
    when the pass starts and knows its real step count. The ETA is ``remaining units / rate``
    where the rate is measured on the current pass once it has done some work, else over the
    whole render so far, else unknown (``None``).
    """

    def __init__(self, passes: list[PassWork], clock: Callable[[], float] = time.monotonic) -> None:
        self.passes = passes
        self.done_units = [0.0] * len(passes)
        self.clock = clock
        self.start = clock()
        self.pass_start: float | None = None
        self.pass_start_units = 0.0
        self.current: int | None = None
        self._last_overall = 0.0

    def set_pass_work(self, index: int, work: PassWork) -> None:
        self.passes[index] = work

    def skip_pass(self, index: int) -> None:
        """A reused pass counts as done work that took no time."""
        self.done_units[index] = self.passes[index].units

    def begin_pass(self, index: int) -> None:
        self.current = index
        self.done_units[index] = 0.0
        self.pass_start = self.clock()
        self.pass_start_units = 0.0

    def add(self, index: int, steps: float = 1.0) -> None:
        w = self.passes[index]
        self.done_units[index] = min(w.units, self.done_units[index] + steps * w.scale)

    def complete_pass(self, index: int) -> None:
        self.done_units[index] = self.passes[index].units

    @property
    def total_units(self) -> float:
        return sum(p.units for p in self.passes) or 1.0

    def pass_fraction(self, index: int) -> float:
        u = self.passes[index].units
        return 1.0 if u <= 0 else min(1.0, self.done_units[index] / u)

    def overall_fraction(self) -> float:
        frac = min(1.0, sum(self.done_units) / self.total_units)
        self._last_overall = max(self._last_overall, frac)  # never backwards
        return self._last_overall

    def elapsed(self) -> float:
        return self.clock() - self.start

    def eta(self) -> float | None:
        remaining = max(0.0, self.total_units - sum(self.done_units))
        if remaining == 0:
            return 0.0
        rate = None
        if self.current is not None and self.pass_start is not None:
            done = self.done_units[self.current]
            dt = self.clock() - self.pass_start
            if done > 0 and dt > 0:
                rate = done / dt
        if rate is None:
            done_all = sum(self.done_units)
            dt = self.elapsed()
            if done_all > 0 and dt > 0:
                rate = done_all / dt
        return None if rate is None else remaining / rate
