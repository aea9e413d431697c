"""passes.json: contents after every state change, atomicity, throttling, threads, kill -9, resume."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from hextile import atomic
from hextile.errors import OutputError
from hextile.output.manifest import (
    InputInfo,
    Manifest,
    ManifestWriter,
    PassPlan,
    TemplateInfo,
    canonical_json,
    first_changed_pass,
    load_manifest,
    settings_hash,
    sha256_file,
)
from hextile.output.render_dir import RenderDir

T20 = TemplateInfo(
    name="Hextile_20_2K",
    tiles=20,
    panorama_width=2048,
    panorama_height=1024,
    tile_input_width=512,
    tile_output_width=512,
)
T44 = TemplateInfo(
    name="Hextile_44_4K",
    tiles=44,
    panorama_width=4096,
    panorama_height=2048,
    tile_input_width=768,
    tile_output_width=1024,
)
INPUT = InputInfo(path="/in/mountain.jpg", width=2048, height=1024, sha256="ab" * 32, copy="input.jpg")


def settings(seed: int = 42, strength: float = 0.85, model: str = "sd35-medium") -> dict[str, Any]:
    return {
        "name": "Pass 1",
        "pipeline": "sd35",
        "diffusion": {"model": model, "seed": seed, "strength": strength, "steps": 20},
        "prompt": {"global": "oil painting, café ☕", "negative": ""},
        "hextile": {"template": "Hextile_20_2K", "rendertiles": "all"},
    }


def plans() -> list[PassPlan]:
    return [
        PassPlan(name="Coarse", settings=settings(), template=T20),
        PassPlan(name="Fine", settings=settings(7, 0.25, "sdxl-inpaint"), template=T44),
    ]


def read(rd: RenderDir) -> dict[str, Any]:
    """Parse passes.json as plain JSON and as the model; both must succeed."""
    doc = json.loads(rd.manifest.read_text(encoding="utf-8"))
    load_manifest(rd)
    return doc


def temps(rd: RenderDir) -> list[Path]:
    return list(rd.path.rglob(f"*{atomic.TEMP_SUFFIX}"))


def parse_time(s: str) -> datetime:
    t = datetime.fromisoformat(s.replace("Z", "+00:00"))
    assert t.utcoffset() is not None
    assert t.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    return t


@pytest.fixture
def rd(tmp_path: Path) -> RenderDir:
    return RenderDir.create(tmp_path / "out", "mountain.jpg")


# --------------------------------------------------------------------------- hashing


def test_settings_hash_is_canonical() -> None:
    a = {"b": 1, "a": {"y": [1, 2.5], "x": "é"}}
    b = {"a": {"x": "é", "y": [1, 2.5]}, "b": 1}
    assert canonical_json(a) == '{"a":{"x":"é","y":[1,2.5]},"b":1}'
    assert settings_hash(a) == settings_hash(b)
    assert len(settings_hash(a)) == 64
    assert settings_hash(a) != settings_hash({**a, "b": 2})
    assert settings_hash({"t": (1, 2)}) == settings_hash({"t": [1, 2]})

    class S(BaseModel):
        b: int = 1
        a: dict[str, Any] = {"y": [1, 2.5], "x": "é"}

    assert settings_hash(S()) == settings_hash(a)
    with pytest.raises(ValueError, match="Out of range float"):
        canonical_json({"x": float("nan")})


# --------------------------------------------------------------------------- lifecycle


def test_every_state_change_is_written(rd: RenderDir) -> None:
    w = ManifestWriter(rd, throttle_ms=0)
    w.start_render(input=INPUT, passes=plans())
    doc = read(rd)
    assert doc["schema_version"] == "hextile-passes-v1"
    assert doc["render_id"] == rd.render_id
    assert doc["status"] == "running"
    parse_time(doc["created"])
    assert doc["finished"] is None
    assert doc["input"] == {
        "path": "/in/mountain.jpg",
        "width": 2048,
        "height": 1024,
        "sha256": "ab" * 32,
        "copy": "input.jpg",
    }
    assert [p["index"] for p in doc["passes"]] == [0, 1]
    assert [p["status"] for p in doc["passes"]] == ["pending", "pending"]
    p0 = doc["passes"][0]
    assert p0["name"] == "Coarse"
    assert p0["settings"] == settings()
    assert p0["settings_hash"] == settings_hash(settings())
    assert p0["template"] == T20.model_dump()
    assert (p0["tiles_done"], p0["tiles_total"]) == (0, 20)
    assert p0["outputs"] == {
        "panorama": None,
        "tiles": "pass_0/tiles",
        "tiles_diffused": "pass_0/tiles_diffused",
    }
    assert doc["passes"][1]["outputs"]["tiles"] == "pass_1/tiles"

    w.start_pass(0)
    doc = read(rd)
    assert doc["passes"][0]["status"] == "running"
    parse_time(doc["passes"][0]["started"])

    for i in range(1, 21):
        w.tile_done(0)
        assert read(rd)["passes"][0]["tiles_done"] == i

    w.end_pass(0, panorama=rd.pass_panorama(0))
    doc = read(rd)
    p0 = doc["passes"][0]
    assert p0["status"] == "completed"
    assert p0["outputs"]["panorama"] == "pass_0/panorama.png"
    assert parse_time(p0["ended"]) >= parse_time(p0["started"])
    assert p0["duration_s"] >= 0

    w.start_pass(1, tiles_total=44)
    w.tile_done(1, tiles_done=44)
    w.end_pass(1, panorama="pass_1/panorama.png")
    assert read(rd)["passes"][1]["outputs"]["panorama"] == "pass_1/panorama.png"

    final = rd.final_image("mountain_Hextile44-4K_sdxl-inpaint_s7.png")
    w.finish("completed", output=final)
    doc = read(rd)
    assert doc["status"] == "completed"
    assert doc["output"] == "mountain_Hextile44-4K_sdxl-inpaint_s7.png"
    assert doc["error"] is None
    assert parse_time(doc["finished"]) >= parse_time(doc["created"])
    assert [p["status"] for p in doc["passes"]] == ["completed", "completed"]
    assert temps(rd) == []
    m = load_manifest(rd.path)
    assert (m.tiles_done, m.tiles_total) == (64, 64)


def test_failure_is_one_line_and_closes_passes(rd: RenderDir) -> None:
    w = ManifestWriter(rd, throttle_ms=0)
    w.start_render(input=INPUT, passes=[*plans(), PassPlan(name="Third", settings=settings(1))])
    w.start_pass(0)
    w.tile_done(0)
    w.finish("failed", RuntimeError("CUDA out of memory.\nTried to allocate 2.00 GiB\n  details"))
    doc = read(rd)
    assert doc["status"] == "failed"
    assert doc["error"] == "CUDA out of memory. Tried to allocate 2.00 GiB details"
    assert [p["status"] for p in doc["passes"]] == ["failed", "cancelled", "cancelled"]
    assert doc["passes"][0]["ended"] is not None
    assert doc["passes"][2]["tiles_total"] == 0


def test_cancel(rd: RenderDir) -> None:
    w = ManifestWriter(rd, throttle_ms=0)
    w.start_render(input=None, passes=plans())
    w.start_pass(0)
    w.end_pass(0, "cancelled")
    w.finish("cancelled")
    doc = read(rd)
    assert doc["status"] == "cancelled"
    assert [p["status"] for p in doc["passes"]] == ["cancelled", "cancelled"]
    assert doc["input"] is None


def test_bad_arguments(rd: RenderDir) -> None:
    w = ManifestWriter(rd)
    with pytest.raises(RuntimeError, match="start_render"):
        w.start_pass(0)
    w.start_render(input=INPUT, passes=plans())
    with pytest.raises(IndexError):
        w.start_pass(2)
    with pytest.raises(ValueError, match="end_pass status"):
        w.end_pass(0, "running")
    with pytest.raises(ValueError, match="finish status"):
        w.finish("running")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="mapping"):
        w.start_render(input=INPUT, passes=[PassPlan(name="x", settings=[1, 2])])


def test_pydantic_settings_are_stored_as_json(rd: RenderDir) -> None:
    class Diff(BaseModel):
        seed: int = 5
        path: Path = Path("/w/lora.safetensors")

    w = ManifestWriter(rd)
    w.start_render(input=INPUT, passes=[PassPlan(name="p", settings=Diff())])
    doc = read(rd)
    assert doc["passes"][0]["settings"] == {"seed": 5, "path": "/w/lora.safetensors"}
    assert doc["passes"][0]["settings_hash"] == settings_hash({"path": "/w/lora.safetensors", "seed": 5})


# --------------------------------------------------------------------------- throttling


def test_tile_done_is_throttled_but_pass_boundaries_are_not(rd: RenderDir) -> None:
    now = [1000.0]
    w = ManifestWriter(rd, throttle_ms=250, clock=lambda: now[0])
    w.start_render(input=INPUT, passes=plans())
    w.start_pass(0)
    writes = w.writes
    assert w.tile_done(0) is False  # 0 ms since start_pass wrote
    now[0] += 0.1
    assert w.tile_done(0) is False
    assert read(rd)["passes"][0]["tiles_done"] == 0
    now[0] += 0.2
    assert w.tile_done(0) is True  # 300 ms since the last write
    assert read(rd)["passes"][0]["tiles_done"] == 3
    assert w.writes == writes + 1
    w.tile_done(0)
    assert read(rd)["passes"][0]["tiles_done"] == 3
    w.flush()
    assert read(rd)["passes"][0]["tiles_done"] == 4
    w.flush()  # nothing pending: no write
    assert w.writes == writes + 2
    for _ in range(15):
        w.tile_done(0)
    assert read(rd)["passes"][0]["tiles_done"] == 4  # throttled: no time has passed
    assert w.tile_done(0) is True  # the last tile of a pass is always written
    assert read(rd)["passes"][0]["tiles_done"] == 20
    w.start_pass(1)
    w.tile_done(1)
    w.end_pass(1)  # pass boundary writes the pending tile count too
    doc = read(rd)
    assert doc["passes"][1]["tiles_done"] == 1
    assert doc["passes"][1]["status"] == "completed"


# --------------------------------------------------------------------------- atomicity


def test_no_temp_files_after_many_writes(rd: RenderDir) -> None:
    w = ManifestWriter(rd, throttle_ms=0, fsync=False)
    w.start_render(input=INPUT, passes=plans())
    w.start_pass(0)
    for _ in range(200):
        w.tile_done(0)
    assert temps(rd) == []
    assert sorted(p.name for p in rd.path.iterdir()) == ["passes.json"]


def test_disk_full_while_writing_manifest(rd: RenderDir, monkeypatch: pytest.MonkeyPatch) -> None:
    w = ManifestWriter(rd, throttle_ms=0)
    w.start_render(input=INPUT, passes=plans())
    before = rd.manifest.read_bytes()
    monkeypatch.setattr(atomic, "_open_for_write", lambda p: os.open("/dev/full", os.O_WRONLY))
    with pytest.raises(OutputError) as info:
        w.start_pass(0)
    assert str(info.value) == "disk full while writing passes.json. free space or choose another --out"
    assert rd.manifest.read_bytes() == before  # the old complete file is still there
    assert temps(rd) == []


def test_concurrent_threads(rd: RenderDir) -> None:
    w = ManifestWriter(rd, throttle_ms=1, fsync=False)
    big = PassPlan(name="big", settings=settings(), template=T20, tiles_total=800)
    w.start_render(input=INPUT, passes=[big, big])
    w.start_pass(0)
    w.start_pass(1)
    errors: list[BaseException] = []

    def work(k: int) -> None:
        try:
            for _ in range(100):
                w.tile_done(k % 2)
                _ = w.manifest.passes[0].tiles_done
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    w.flush()
    assert errors == []
    doc = read(rd)
    assert [p["tiles_done"] for p in doc["passes"]] == [800, 800]
    assert temps(rd) == []


_CHILD = textwrap.dedent(
    """
    import sys
    from hextile.output.manifest import InputInfo, ManifestWriter, PassPlan
    from hextile.output.render_dir import RenderDir

    rd = RenderDir(sys.argv[1])
    w = ManifestWriter(rd, throttle_ms=0, fsync=False)
    big = {"prompt": {"tiles": {str(i): "word " * 60 for i in range(150)}}, "seed": 1}
    w.start_render(input=InputInfo(path="a.png", width=2, height=1, sha256="0"),
                   passes=[PassPlan(name=f"p{i}", settings=big, tiles_total=10**9) for i in range(10)])
    print("ready", flush=True)
    i = 0
    while True:
        w.start_pass(i % 10)
        for _ in range(50):
            w.tile_done(i % 10)
        w.end_pass(i % 10)
        i += 1
    """
)


def test_kill_9_leaves_valid_manifest(rd: RenderDir) -> None:
    """A process killed at random points while rewriting passes.json in a tight loop."""
    for attempt in range(6):
        proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD, str(rd.path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().strip() == "ready", proc.stderr.read() if proc.stderr else ""
            # read concurrently with the writer: every read must parse
            deadline = time.monotonic() + 0.15 + 0.07 * attempt
            reads = 0
            while time.monotonic() < deadline:
                json.loads(rd.manifest.read_bytes())
                reads += 1
            assert reads > 0
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        m = load_manifest(rd)
        assert len(m.passes) == 10
        assert m.status == "running"
    # a killed writer may leave a temp file; opening the render sweeps it
    RenderDir.open(rd.path)
    assert temps(rd) == []


# --------------------------------------------------------------------------- load / resume


def test_load_manifest_errors(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        load_manifest(tmp_path / "passes.json")
    (tmp_path / "passes.json").write_text("{not json")
    with pytest.raises(OutputError, match="not a valid hextile manifest") as info:
        load_manifest(tmp_path)
    assert "\n" not in str(info.value)
    (tmp_path / "passes.json").write_text('{"render_id": "x"}')
    with pytest.raises(OutputError, match="created"):
        load_manifest(tmp_path)


def test_roundtrip_model(rd: RenderDir) -> None:
    w = ManifestWriter(rd)
    w.start_render(input=INPUT, passes=plans())
    m = load_manifest(rd)
    assert isinstance(m, Manifest)
    assert m == w.manifest
    assert m.to_json() == rd.manifest.read_text(encoding="utf-8")


def _complete_two_passes(rd: RenderDir) -> ManifestWriter:
    w = ManifestWriter(rd, throttle_ms=0)
    w.start_render(input=INPUT, passes=plans())
    for k in (0, 1):
        w.start_pass(k)
        w.tile_done(k, tiles_done=w.manifest.passes[k].tiles_total)
        rd.make_pass_dirs(k)
        rd.pass_panorama(k).write_bytes(b"png")
        w.end_pass(k, panorama=rd.pass_panorama(k))
    return w


def test_first_changed_pass(rd: RenderDir) -> None:
    _complete_two_passes(rd)
    m = load_manifest(rd)
    h0, h1 = settings_hash(settings()), settings_hash(settings(7, 0.25, "sdxl-inpaint"))
    assert first_changed_pass(m, [h0, h1]) == 2
    assert first_changed_pass(m, [h0, h1], render_dir=rd, input_sha256="ab" * 32) == 2
    assert first_changed_pass(m, [h0, "other"]) == 1
    assert first_changed_pass(m, ["other", h1]) == 0
    assert first_changed_pass(m, [h0, h1, "third"]) == 2
    assert first_changed_pass(m, [h0]) == 1
    assert first_changed_pass(m, [h0, h1], input_sha256="cd" * 32) == 0
    rd.pass_panorama(1).unlink()
    assert first_changed_pass(m, [h0, h1]) == 2
    assert first_changed_pass(m, [h0, h1], render_dir=rd) == 1


def test_first_changed_pass_ignores_unfinished(rd: RenderDir) -> None:
    w = ManifestWriter(rd, throttle_ms=0)
    w.start_render(input=INPUT, passes=plans())
    w.start_pass(0)
    w.end_pass(0)
    w.start_pass(1)
    w.finish("failed", "boom")
    m = load_manifest(rd)
    assert first_changed_pass(m, [p.settings_hash for p in m.passes]) == 1


def test_resume_render(rd: RenderDir) -> None:
    _complete_two_passes(rd)
    w = ManifestWriter.open(rd.path, throttle_ms=0)
    w.finish("failed", "crashed")
    new = [plans()[0], PassPlan(name="Fine v2", settings=settings(8, 0.3), template=T44)]
    reuse = first_changed_pass(w.manifest, [settings_hash(p.settings) for p in new], render_dir=rd)
    assert reuse == 1
    w.resume_render(new, reuse)
    doc = read(rd)
    assert doc["status"] == "running"
    assert doc["finished"] is None
    assert doc["error"] is None
    assert len(doc["resumed"]) == 1
    p0, p1 = doc["passes"]
    assert p0["status"] == "skipped"
    assert p0["outputs"]["panorama"] == "pass_0/panorama.png"
    assert p0["tiles_done"] == 20
    assert p1["status"] == "pending"
    assert p1["name"] == "Fine v2"
    assert p1["settings"]["diffusion"]["seed"] == 8
    assert p1["outputs"]["panorama"] is None
    w.start_pass(1)
    w.end_pass(1, panorama=rd.pass_panorama(1))
    w.finish("completed", output=rd.final_image("x.png"))
    doc = read(rd)
    assert [p["status"] for p in doc["passes"]] == ["skipped", "completed"]
    with pytest.raises(ValueError, match="cannot reuse"):
        w.resume_render(new, 3)


def test_sha256_file(tmp_path: Path) -> None:
    f = tmp_path / "in.bin"
    f.write_bytes(b"abc" * 1_000_000)
    assert sha256_file(f) == hashlib.sha256(b"abc" * 1_000_000).hexdigest()
    with pytest.raises(OutputError, match=r"cannot read .*missing\.bin: No such file"):
        sha256_file(tmp_path / "missing.bin")
