"""How many denoising steps a pass runs, and the scheduler it runs them with."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from hextile.pipelines.diffusion import catalog
from hextile.pipelines.diffusion.loading import check_scheduler


@dataclass(frozen=True)
class StepPlan:
    """How many denoising steps a pass really runs, and why."""

    requested_steps: int
    strength: float
    steps: int  # num_inference_steps given to the scheduler (raised when needed)
    effective: int  # denoising steps actually run per tile

    @property
    def raised(self) -> bool:
        return self.steps != self.requested_steps

    def explain(self) -> str:
        if self.strength <= 0:
            return "strength 0 → tiles pass through unchanged"
        s = "" if self.effective == 1 else "s"
        head = f"{self.requested_steps} steps × strength {self.strength:g}"
        if self.raised:
            return (
                f"{head} → {int(self.requested_steps * self.strength)} steps; raised to {self.steps} steps"
                f" → {self.effective} denoising step{s}"
            )
        return f"{head} → {self.effective} denoising step{s}"


def plan_steps(steps: int, strength: float) -> StepPlan:
    """Effective steps = ``int(steps × strength)``, at least 1 (``steps`` is raised until it is)."""
    steps = max(1, int(steps))
    strength = float(min(max(strength, 0.0), 1.0))
    if strength <= 0:
        return StepPlan(steps, strength, steps, 0)
    n = steps
    if int(n * strength) < 1:
        n = max(n, math.ceil(1.0 / strength))
        while int(n * strength) < 1:
            n += 1
    return StepPlan(steps, strength, n, int(n * strength))


def make_scheduler(base_scheduler: Any, family: str, name: str) -> Any:
    """A fresh scheduler for one pass: the named one, configured from the model's own config."""
    import diffusers

    key = check_scheduler(family, name)
    cls_name, overrides = catalog.scheduler_table(family)[key]
    if cls_name is None:
        return type(base_scheduler).from_config(base_scheduler.config)
    cls = getattr(diffusers, cls_name)
    return cls.from_config(base_scheduler.config, **overrides)
