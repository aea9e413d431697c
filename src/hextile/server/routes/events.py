"""Server-Sent Events: one job's events, and queue-wide changes.

``id:`` is the event's ``seq``; a reconnecting ``EventSource`` sends ``Last-Event-ID`` and gets
every later event exactly once (``?after=N`` does the same for clients that cannot set headers).
A job's stream ends after its terminal ``job.status`` event; connecting to a finished job with
nothing newer than ``Last-Event-ID`` answers 204, which tells ``EventSource`` to stop reconnecting.
Comment pings keep idle connections open.

Each event's wire bytes are built once (the format of ``fastapi.sse``: ``event:``, ``data:``,
``id:``) and written as they are to every client: with 200 clients following a render, the
per-item machinery of a generator endpoint cost the server several times the render's own CPU.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import Response, StreamingResponse

from hextile.server.routes.deps import JobId, get_renderer
from hextile.service.events import QUEUE
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


HELLO = b": hextile\nretry: 2000\n\n"  # reconnect after 2 s
PING = b": ping\n\n"
HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


async def _wire(
    r: Renderer, channel: str, start: int, keepalive_s: float, until_closed: bool
) -> AsyncIterator[bytes]:
    """The SSE bytes of a channel: each event is encoded once (``JobEvent.as_sse``) and the same
    bytes go to every client; events pending together go out in one write."""
    yield HELLO
    async for batch in r.bus.stream_batches(channel, start, keepalive_s, until_closed):
        yield b"".join(ev.as_sse() for ev in batch) if batch else PING


SSE_DOC: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/event-stream": {"schema": {"$ref": "#/components/schemas/JobEvent"}}}},
    204: {"description": "the render is finished and the client has every event"},
}


@router.get("/renders/{job_id}/events", responses=SSE_DOC, response_class=StreamingResponse)
async def job_events(
    job_id: JobId,
    request: Request,
    r: Annotated[Renderer, Depends(get_renderer)],
    start: Annotated[int, Depends(job_start)],
) -> StreamingResponse:
    """Every event of one render, live: replayed from ``Last-Event-ID`` (or ``?after=``)."""
    keepalive = request.app.state.settings.keepalive_s
    stream = _wire(r, job_id, start, keepalive, True)
    return StreamingResponse(stream, media_type="text/event-stream", headers=HEADERS)


@router.get("/events", responses=SSE_DOC, response_class=StreamingResponse)
async def queue_events(
    request: Request,
    r: Annotated[Renderer, Depends(get_renderer)],
    last_event_id: Annotated[str | None, Header(max_length=20)] = None,
    after: Annotated[int | None, Query(ge=0)] = None,
) -> StreamingResponse:
    """Queue-wide changes: ``job.queued``, ``job.started``, ``job.finished``, ``job.deleted``,
    ``queue.changed`` (``data.queued`` and ``data.running`` list job ids)."""
    keepalive = request.app.state.settings.keepalive_s
    start = _start(last_event_id, after)
    if start == 0:  # a new client starts from now, not from the server's whole history
        start = r.bus.last_seq(QUEUE)
    stream = _wire(r, QUEUE, start, keepalive, False)
    return StreamingResponse(stream, media_type="text/event-stream", headers=HEADERS)


def no_content(request: Request, exc: NothingNew) -> Response:
    return Response(status_code=204)
