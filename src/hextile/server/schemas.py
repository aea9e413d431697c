"""Request and response bodies of the HTTP API (shared with the library's own models)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from hextile.config.schema import FieldError
from hextile.service.events import JobEvent

__all__ = ["FieldError", "JobEvent"]


class ErrorBody(BaseModel):
    code: str
    message: str
    fix: str | None = None
    errors: list[FieldError] = Field(default_factory=list)
    error_id: str | None = None


class ErrorResponse(BaseModel):
    error: ErrorBody


class InputOut(BaseModel):
    id: str
    name: str
    width: int
    height: int
    bytes: int
    sha256: str
    created: float
    image_url: str
    thumbnail_url: str


class InputList(BaseModel):
    items: list[InputOut]
    total: int


class RenderRequest(BaseModel):
    input_id: str = Field(pattern=r"^[0-9a-f]{16}$")
    config: dict[str, Any]


class ResumeRequest(BaseModel):
    config: dict[str, Any] | None = None


class RenderSummary(BaseModel):
    id: str
    status: str
    queue_position: int | None
    input_id: str
    parent: str | None
    created: float
    started: float | None
    finished: float | None
    passes_done: int
    pass_count: int
    error: str | None
    thumbnail_url: str
    events_url: str
    # Each pass's seam score (render order; docs/seams.md), None where not measured or not done yet.
    seam_scores: list[float | None] = Field(default_factory=list)


class RenderList(BaseModel):
    items: list[RenderSummary]
    total: int


class RenderDetail(RenderSummary):
    config: dict[str, Any]
    manifest: dict[str, Any] | None
    images: dict[str, Any]


class ConfigBody(BaseModel):
    config: dict[str, Any]


class ValidationOut(BaseModel):
    ok: bool
    errors: list[FieldError]
    warnings: list[str]


class SessionIn(BaseModel):
    token: str = Field(max_length=512)


class TemplateOut(BaseModel):
    name: str
    tiles: int
    width: int
    height: int
    tile_size: int
    fov_min_deg: float
    fov_max_deg: float
    margin_deg: float
    min_overlap_deg: float
    pixel_density_ratio: float
    pentagons: int
    hexagons: int
    builtin: bool


class CellOut(BaseModel):
    number: int
    yaw: float
    pitch: float
    fov: float
    sides: int
    neighbours: list[int]
    polygon: list[list[float]]


class CellsOut(BaseModel):
    template: str
    cells: list[CellOut]
