"""The family registry: family name -> its :class:`~hextile.pipelines.diffusion.family.FamilyOps`."""

from __future__ import annotations

from hextile.errors import PipelineError
from hextile.pipelines.diffusion.family import FamilyOps
from hextile.pipelines.diffusion.flux import FluxOps
from hextile.pipelines.diffusion.sd1 import SD1Ops
from hextile.pipelines.diffusion.sd3 import SD3Ops
from hextile.pipelines.diffusion.sdxl import SDXLOps


def family_ops(family: str) -> FamilyOps:
    """The hooks of ``family`` (``sd15``, ``sd21``, ``sdxl``, ``sd35``, ``flux``)."""
    if family in ("sd15", "sd21"):
        return SD1Ops(family)
    if family == "sdxl":
        return SDXLOps()
    if family == "sd35":
        return SD3Ops()
    if family == "flux":
        return FluxOps()
    raise PipelineError(f"'{family}' is not a diffusion pipeline")
