"""ProgressEvent: a pydantic model (schema for the server, JSON lines for `render --json`)."""

import json

import pytest
from pydantic import BaseModel, ValidationError

from hextile.engine import ProgressEvent


def test_progress_event_is_a_pydantic_model_with_pass_number_in_dumps_and_schema():
    ev = ProgressEvent(kind="tile.end", render_id="r", pass_index=1, pass_count=2, tile=7, eta_s=None)
    assert isinstance(ev, BaseModel)
    assert ev.pass_number == 2 and ev.tile == 7
    d = ev.to_dict()
    assert d["pass_number"] == 2 and d["kind"] == "tile.end" and d["eta_s"] is None
    assert json.loads(ev.model_dump_json())["pass_number"] == 2
    schema = ProgressEvent.model_json_schema(mode="serialization")
    assert "pass_number" in schema["properties"]
    assert "tile.end" in json.dumps(schema["properties"]["kind"])
    assert ProgressEvent(kind="render.start").pass_number is None


def test_progress_event_rejects_unknown_kinds_and_fields():
    with pytest.raises(ValidationError):
        ProgressEvent(kind="tile.done")
    with pytest.raises(ValidationError):
        ProgressEvent(kind="step", bogus=1)
