"""Server-Sent Events: one job's events, and queue-wide changes.

``id:`` is the event's ``seq``; a reconnecting ``EventSource`` sends ``Last-Event-ID`` and gets
every later event exactly once (``?after=N`` does the same for clients that cannot set headers).
A job's stream ends after its terminal ``job.status`` event; connecting to a finished job with
nothing newer than ``Last-Event-ID`` answers 204, which tells ``EventSource`` to stop reconnecting.
Comment pings keep idle connections open.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import Response
from fastapi.sse import EventSourceResponse, ServerSentEvent

from hextile.server.routes.deps import JobId, get_renderer
from hextile.service.events import QUEUE, JobEvent
from hextile.service.renderer import Renderer

router = APIRouter(prefix="/api", tags=["events"])


class NothingNew(Exception):  # noqa: N818 - a control-flow signal, not an error
    """The job is finished and the client has every event: answer 204."""


def _start(last_event_id: str | None, after: int | None) -> int:
    if last_event_id is not None:
        try:
            return max(0, int(last_event_id.strip()))
        except ValueError:
            return 0
    return after or 0


def job_start(
    job_id: JobId,
    r: Annotated[Renderer, Depends(get_renderer)],
    last_event_id: Annotated[str | None, Header(max_length=20)] = None,
    after: Annotated[int | None, Query(ge=0)] = None,
) -> int:
    r.get(job_id)  # 404 for an unknown job
    start = _start(last_event_id, after)
    if r.bus.is_closed(job_id) and r.bus.last_seq(job_id) <= start:
        raise NothingNew
    return start


def _sse(ev: JobEvent) -> ServerSentEvent:
    return ServerSentEvent(raw_data=ev.as_json(), event=ev.kind, id=str(ev.seq))


@router.get(
    "/renders/{job_id}/events",
    response_class=EventSourceResponse,
    responses={200: {"model": JobEvent, "description": "text/event-stream of JobEvent"}, 204: {}},
)
async def job_events(
    job_id: JobId,
    request: Request,
    r: Annotated[Renderer, Depends(get_renderer)],
    start: Annotated[int, Depends(job_start)],
) -> AsyncIterator[ServerSentEvent]:
    """Every event of one render, live: replayed from ``Last-Event-ID`` (or ``?after=``)."""
    keepalive = request.app.state.settings.keepalive_s
    yield ServerSentEvent(comment="hextile", retry=2000)
    async for ev in r.bus.stream(job_id, start, keepalive_s=keepalive):
        yield ServerSentEvent(comment="ping") if ev is None else _sse(ev)


@router.get("/events", response_class=EventSourceResponse, responses={200: {"model": JobEvent}})
async def queue_events(
    request: Request,
    r: Annotated[Renderer, Depends(get_renderer)],
    last_event_id: Annotated[str | None, Header(max_length=20)] = None,
    after: Annotated[int | None, Query(ge=0)] = None,
) -> AsyncIterator[ServerSentEvent]:
    """Queue-wide changes: ``job.queued``, ``job.started``, ``job.finished``, ``job.deleted``,
    ``queue.changed`` (``data.queued`` and ``data.running`` list job ids)."""
    keepalive = request.app.state.settings.keepalive_s
    start = _start(last_event_id, after)
    if start == 0:  # a new client starts from now, not from the server's whole history
        start = r.bus.last_seq(QUEUE)
    yield ServerSentEvent(comment="hextile", retry=2000)
    async for ev in r.bus.stream(QUEUE, start, keepalive_s=keepalive, until_closed=False):
        yield ServerSentEvent(comment="ping") if ev is None else _sse(ev)


def no_content(request: Request, exc: NothingNew) -> Response:
    return Response(status_code=204)
