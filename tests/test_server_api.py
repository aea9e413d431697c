"""The HTTP API through FastAPI's TestClient: uploads, renders, SSE, images, catalog, errors."""

from __future__ import annotations

import json

import numpy as np
import pytest
from fastapi.testclient import TestClient
from tests.server_helpers import data_dir_with_template, parse_sse, two_pass_config

from hextile.config import load_config
from hextile.engine import RenderOptions, render
from hextile.server.app import ServerSettings, create_app
from hextile.server.security import SecurityPolicy
from hextile.service import Renderer, RendererSettings


@pytest.fixture(scope="module")
def api(tmp_path_factory, small_template):
    root = tmp_path_factory.mktemp("server")
    data = data_dir_with_template(root, small_template)
    web = root / "web"
    (web / "assets").mkdir(parents=True)
    (web / "index.html").write_text("<!doctype html><title>hextile ui</title>")
    (web / "assets" / "app.js").write_text("console.log('ui')")
    renderer = Renderer(data, RendererSettings(devices=["cpu"], preview_interval_s=0.0)).start()
    settings = ServerSettings(
        policy=SecurityPolicy(allowed_hosts={"testserver"}), web_dir=web, keepalive_s=0.5
    )
    with TestClient(create_app(renderer, settings)) as client:
        client.renderer = renderer  # type: ignore[attr-defined]
        yield client
    renderer.close()


@pytest.fixture(scope="module")
def uploaded(api, small_pano):
    res = api.post("/api/inputs", files={"file": ("pano.png", small_pano.read_bytes(), "application/pdf")})
    assert res.status_code == 201, res.text
    return res.json()


@pytest.fixture(scope="module")
def finished(api, uploaded):
    """A completed 2-pass render and every SSE message it produced (read live from the start)."""
    res = api.post("/api/renders", json={"input_id": uploaded["id"], "config": two_pass_config()})
    assert res.status_code == 201, res.text
    job = res.json()
    with api.stream("GET", f"/api/renders/{job['id']}/events") as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        messages = parse_sse(list(stream.iter_lines()))
    return job, messages


def test_upload_is_sniffed_and_deduplicated(api, uploaded, small_pano):
    assert uploaded["width"] == 256 and uploaded["height"] == 128
    again = api.post("/api/inputs", files={"file": ("other-name.png", small_pano.read_bytes())})
    assert again.status_code == 200  # same content: same id, not stored twice
    assert again.json()["id"] == uploaded["id"]
    listed = api.get("/api/inputs").json()
    assert [x["id"] for x in listed["items"]] == [uploaded["id"]]
    image = api.get(uploaded["image_url"])
    assert image.status_code == 200 and image.content == small_pano.read_bytes()
    assert image.headers["content-type"] == "image/png"  # sniffed, not the client's application/pdf
    thumb = api.get(uploaded["thumbnail_url"])
    assert thumb.headers["content-type"] == "image/jpeg" and thumb.content[:3] == b"\xff\xd8\xff"


def test_upload_refuses_non_panoramas_with_one_clear_error(api):
    import cv2

    _, buf = cv2.imencode(".png", np.zeros((100, 100, 3), np.uint8))
    res = api.post("/api/inputs", files={"file": ("square.png", buf.tobytes())})
    assert res.status_code == 422
    err = res.json()["error"]
    assert "not a 2:1 equirectangular panorama" in err["message"] and err["fix"]
    res = api.post("/api/inputs", files={"file": ("notes.png", b"hello, not an image")})
    assert res.status_code == 422
    assert "not a PNG, JPEG, WebP or TIFF" in res.json()["error"]["message"]


def test_render_events_are_complete_ordered_and_typed(finished):
    job, messages = finished
    seqs = [int(m["id"]) for m in messages]
    assert seqs == list(range(1, len(seqs) + 1))  # every event once, ids 1..N
    kinds = [m["event"] for m in messages]
    assert kinds[0] == "job.queued" and kinds[-1] == "job.status"
    assert messages[-1]["data"]["status"] == "completed"
    assert kinds.count("pass.start") == 2 and kinds.count("pass.end") == 2 and "render.end" in kinds
    tile_ends = [m["data"] for m in messages if m["event"] == "tile.end"]
    assert len(tile_ends) == 24  # 12 tiles × 2 passes, each with its tile number
    assert sorted(t["tile"] for t in tile_ends if t["pass_index"] == 0) == list(range(1, 13))
    assert all(m["data"]["job_id"] == job["id"] and m["data"]["seq"] == int(m["id"]) for m in messages)


def test_final_image_is_bit_identical_to_the_library_render(
    api, finished, small_pano, small_template, tmp_path
):
    job, _ = finished
    cfg = two_pass_config(str(small_template))
    lib = render(load_config(cfg), small_pano, tmp_path, options=RenderOptions(device="cpu"))
    res = api.get(f"/api/renders/{job['id']}/images/final")
    assert res.status_code == 200
    assert res.content == lib.final_image.read_bytes()
    detail = api.get(f"/api/renders/{job['id']}").json()
    assert detail["status"] == "completed" and detail["passes_done"] == 2
    assert detail["manifest"]["status"] == "completed"
    assert detail["config"]["passes"][0]["hextile"]["template"] == "Small_12"  # no data-dir path shown
    assert str(api.renderer.data_dir) not in json.dumps(detail)  # type: ignore[attr-defined]
    assert len(detail["images"]["passes"]) == 2


def test_last_event_id_replays_exactly_the_missed_events(api, finished):
    job, messages = finished
    url = f"/api/renders/{job['id']}/events"
    with api.stream("GET", url, headers={"Last-Event-ID": "10"}) as stream:
        rest = parse_sse(list(stream.iter_lines()))
    assert [m["id"] for m in rest] == [m["id"] for m in messages[10:]]
    assert api.get(url, headers={"Last-Event-ID": str(len(messages))}).status_code == 204  # stop reconnecting
    with api.stream("GET", url + "?after=5") as stream:
        assert parse_sse(list(stream.iter_lines()))[0]["id"] == "6"


def test_images_have_strong_etags_and_previews(api, finished):
    job, _ = finished
    url = f"/api/renders/{job['id']}/images/pass/0"
    full = api.get(url)
    assert full.status_code == 200 and full.headers["content-type"] == "image/png"
    etag = full.headers["etag"]
    assert etag.startswith('"') and not etag.startswith("W/")
    assert "immutable" in full.headers["cache-control"]
    assert api.get(url, headers={"If-None-Match": etag}).status_code == 304
    import cv2

    small = api.get(url + "?w=64&format=webp")
    assert small.headers["content-type"] == "image/webp"
    arr = cv2.imdecode(np.frombuffer(small.content, np.uint8), cv2.IMREAD_COLOR)
    assert arr.shape[:2] == (32, 64)
    assert api.get(url + "?w=64&format=webp").content == small.content  # served from the cache
    assert api.get(url + "?w=3&format=webp").status_code == 422
    assert api.get(f"/api/renders/{job['id']}/images/pass/7").status_code == 404
    assert api.get(f"/api/renders/{job['id']}/thumbnail").headers["content-type"] == "image/jpeg"
    assert api.get(f"/api/renders/{job['id']}/images/preview").status_code == 200


def test_the_live_preview_is_there_at_every_moment_of_a_render(api, finished, uploaded, small_pano):
    """preview.jpg while it exists; before a render has written one, the furthest result so far
    (never a 404 a live view would have to dodge)."""
    import cv2

    from hextile.service.store import JobRecord

    job, _ = finished
    r = api.renderer
    rdir = r.render_dir(r.get(job["id"]))
    url = f"/api/renders/{job['id']}/images/preview"
    live = api.get(url)
    assert live.content == (rdir / "preview.jpg").read_bytes() and live.headers["cache-control"] == "no-store"
    (rdir / "preview.jpg").unlink()  # as before the render's first preview: its furthest result
    res = api.get(url)
    assert res.status_code == 200 and res.headers["content-type"] == "image/jpeg"
    assert res.content == api.get(f"/api/renders/{job['id']}/images/final?w=2048&format=jpeg").content
    # A render that never started (cancelled in the queue) has no folder: its input.
    r.store.add_job(
        JobRecord(id="00000000cafe0001", input_id=uploaded["id"], status="cancelled", config="{}", created=0)
    )
    try:
        res = api.get("/api/renders/00000000cafe0001/images/preview")
    finally:
        r.store.delete_job("00000000cafe0001")  # the module's other tests count the renders
    assert res.status_code == 200
    shown = cv2.imdecode(np.frombuffer(res.content, np.uint8), cv2.IMREAD_COLOR).astype(np.float32)
    original = cv2.imdecode(np.frombuffer(small_pano.read_bytes(), np.uint8), cv2.IMREAD_COLOR)
    assert shown.shape == original.shape and np.abs(shown - original).mean() < 3.0  # JPEG of the input


def test_seam_heatmap_route(api, finished):
    job, _ = finished
    detail = api.get(f"/api/renders/{job['id']}").json()
    seams = detail["manifest"]["passes"][1]["seams"]
    assert seams["heatmap"] == "pass_1/seams.png" and seams["score"] >= 0
    # The summary (detail and history list) carries each pass's score, read from the manifest.
    scores = [p["seams"]["score"] if p.get("seams") else None for p in detail["manifest"]["passes"]]
    assert scores[1] == seams["score"] and len(scores) == 2
    assert detail["seam_scores"] == scores
    listed = next(i for i in api.get("/api/renders").json()["items"] if i["id"] == job["id"])
    assert listed["seam_scores"] == scores
    url = f"/api/renders/{job['id']}/passes/1/seams"
    full = api.get(url)
    assert full.status_code == 200 and full.headers["content-type"] == "image/png"
    import cv2

    arr = cv2.imdecode(np.frombuffer(full.content, np.uint8), cv2.IMREAD_COLOR)
    assert arr.shape[:2] == (128, 256)  # the pass panorama's size (≤ 1024 wide)
    etag = full.headers["etag"]
    assert api.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert api.get(url + "?w=64&format=jpeg").headers["content-type"] == "image/jpeg"
    assert api.get(f"/api/renders/{job['id']}/passes/7/seams").status_code == 404
    assert api.get(f"/api/renders/{job['id']}/passes/12/seams").status_code == 422
    assert api.get("/api/renders/nope/passes/0/seams").status_code in (404, 422)


def test_view_cuts_the_same_tile_the_engine_cut(api, finished):
    """The view endpoint at tile 1's yaw/pitch/fov gives tile 1 as the engine cut it from the input
    (tile 1 is the first of the sequential order, cut from the untouched input)."""
    import cv2

    job, _ = finished
    cell = next(c for c in api.get("/api/templates/Small_12/cells").json()["cells"] if c["number"] == 1)
    tile = api.get(f"/api/renders/{job['id']}/passes/0/tiles/1?kind=in")
    assert tile.status_code == 200
    t = cv2.imdecode(np.frombuffer(tile.content, np.uint8), cv2.IMREAD_COLOR).astype(np.float32)
    q = f"source=input&yaw={cell['yaw']}&pitch={cell['pitch']}&fov={cell['fov']}&size={t.shape[0]}&format=png"
    view = api.get(f"/api/renders/{job['id']}/view?{q}")
    assert view.status_code == 200
    v = cv2.imdecode(np.frombuffer(view.content, np.uint8), cv2.IMREAD_COLOR).astype(np.float32)
    assert v.shape == t.shape
    assert np.abs(v - t).mean() < 2.0  # same sampling up to rounding
    other = api.get(f"/api/renders/{job['id']}/view?source=input&yaw=120&pitch=-40&fov=60&size=64&format=png")
    o = cv2.imdecode(np.frombuffer(other.content, np.uint8), cv2.IMREAD_COLOR).astype(np.float32)
    assert np.abs(o - t).mean() > 10.0  # a different direction shows something else
    assert (
        api.get(f"/api/renders/{job['id']}/view?source=pass-1&yaw=0&pitch=0&fov=90&size=32").status_code
        == 200
    )


def test_invalid_config_is_422_with_structured_errors(api, uploaded):
    config = {"diffusion": {"strength": 1.7, "strenght": 0.2}, "mode": "fast", "output": {"path": "/tmp/out"}}
    res = api.post("/api/renders", json={"input_id": uploaded["id"], "config": config})
    assert res.status_code == 422
    errors = {e["path"]: e for e in res.json()["error"]["errors"]}
    assert errors["diffusion.strength"]["value"] == 1.7
    assert errors["diffusion.strength"]["allowed"] == {"ge": 0.0, "le": 1.0}
    assert errors["mode"]["allowed"] == ["sequential", "parallel"]
    assert "strength" in errors["diffusion.strenght"]["message"]
    assert errors["output.path"]["value"] == "/tmp/out"
    assert api.get("/api/renders").json()["total"] == 1  # nothing was queued


def test_unknown_model_and_input_are_refused(api, uploaded):
    res = api.post(
        "/api/renders", json={"input_id": uploaded["id"], "config": {"diffusion": {"model": "nonexistent"}}}
    )
    assert res.status_code == 422
    err = res.json()["error"]["errors"][0]
    assert err["path"] == "diffusion.model" and "stylize" in err["allowed"]
    res = api.post("/api/renders", json={"input_id": "0" * 16, "config": {}})
    assert res.status_code == 404 and res.json()["error"]["fix"]


def test_cancel_resume_and_delete(api, uploaded):
    r = api.renderer  # type: ignore[attr-defined]
    job = api.post(
        "/api/renders", json={"input_id": uploaded["id"], "config": two_pass_config(passes=6)}
    ).json()
    api.post(f"/api/renders/{job['id']}/cancel")
    done = r.wait(job["id"], timeout=120)
    assert done.status in ("cancelled", "completed")
    if done.status == "cancelled":
        assert api.post(f"/api/renders/{job['id']}/resume").json()["status"] in ("queued", "running")
        assert r.wait(job["id"], timeout=120).status == "completed"
    assert api.post(f"/api/renders/{job['id']}/cancel").status_code == 200  # finished: no-op
    assert api.post(f"/api/renders/{job['id']}/resume").status_code == 409
    edited = two_pass_config(passes=6)
    edited["passes"][5]["diffusion"]["strength"] = 0.2
    child = api.post(f"/api/renders/{job['id']}/resume", json={"config": edited}).json()
    assert child["id"] != job["id"] and child["parent"] == job["id"]
    r.wait(child["id"], timeout=120)
    with api.stream("GET", f"/api/renders/{child['id']}/events") as stream:
        kinds = [m["event"] for m in parse_sse(list(stream.iter_lines()))]
    assert kinds.count("pass.skipped") == 5 and kinds.count("pass.start") == 1  # unchanged passes reused
    parent_dir = r.render_dir(r.get(job["id"]))
    child_dir = r.render_dir(r.get(child["id"]))
    assert child_dir != parent_dir and child_dir.parent == parent_dir.parent  # the engine's re-run folder
    detail = api.get(f"/api/renders/{child['id']}").json()
    assert detail["manifest"]["parent"] == parent_dir.name
    assert api.delete(f"/api/renders/{job['id']}").status_code == 204
    assert parent_dir.is_dir()  # files stay without purge
    assert api.get(f"/api/renders/{job['id']}").status_code == 404
    assert api.delete(f"/api/renders/{child['id']}?purge=true").status_code == 204
    assert not child_dir.exists() and parent_dir.is_dir()  # purge removes the job's own folder only


def test_catalog_routes(api):
    names = [t["name"] for t in api.get("/api/templates").json()]
    assert names[:3] == ["Hextile_20_2K", "Hextile_32_3K", "Hextile_44_4K"] and "Small_12" in names
    cells = api.get("/api/templates/Hextile_20_2K/cells").json()["cells"]
    assert len(cells) == 20 and all(len(c["polygon"]) in (5, 6) for c in cells)
    assert api.get("/api/templates/Nope/cells").status_code == 404
    pipes = {p["name"]: p for p in api.get("/api/pipelines").json()}
    assert "opencv" in pipes and "installed_models" in pipes["sdxl"]
    schema = api.get("/api/config/schema").json()
    assert schema["properties"]["passes"]["anyOf"][0]["items"] == {"$ref": "#/$defs/PassSettingsPatch"}
    assert "required" not in schema["$defs"]["PassSettingsPatch"]
    assert "opencv" in schema["x-hextile-options"]
    default = api.get("/api/config/default").json()
    assert default["pipeline"] == "opencv" and default["diffusion"]["strength"] == 0.5
    ok = api.post("/api/config/validate", json={"config": {"prompt": {"global": "x"}}}).json()
    assert ok["ok"] is True and "does not read prompts" in ok["warnings"][0]
    bad = api.post("/api/config/validate", json={"config": {"hextile": {"template": "/etc/passwd"}}}).json()
    assert bad["ok"] is False and bad["errors"][0]["path"] == "hextile.template"
    resolved = api.post("/api/config/resolve", json={"config": two_pass_config()}).json()
    assert (
        resolved["passes"][1]["name"] == "Pass 2"
        and resolved["passes"][1]["hextile"]["template"] == "Small_12"
    )


def test_web_bundle_and_spa_fallback(api):
    assert "hextile ui" in api.get("/").text
    assert "hextile ui" in api.get("/renders/abc/pass/2").text  # client-side route
    js = api.get("/assets/app.js")
    assert js.status_code == 200 and "console.log" in js.text
    res = api.get("/api/nothing-here")
    assert res.status_code == 404 and res.json()["error"]["code"] == "not_found"
    assert (
        api.get("/docs").status_code == 200 and api.get("/openapi.json").json()["info"]["title"] == "hextile"
    )


def test_every_response_says_nosniff(api):
    for url in ("/", "/api/templates", "/api/renders/zzz", "/api/inputs"):
        assert api.get(url).headers["x-content-type-options"] == "nosniff"


def test_queue_events_stream(api, uploaded):
    import threading

    got: list[dict] = []
    connected = threading.Event()

    def read() -> None:
        with api.stream("GET", "/api/events") as stream:
            lines: list[str] = []
            for line in stream.iter_lines():
                connected.set()  # the stream's first line: it now counts from here
                lines.append(line)
                msgs = parse_sse(lines)
                if any(m["event"] == "job.finished" for m in msgs):
                    got.extend(msgs)
                    return

    t = threading.Thread(target=read)
    t.start()
    assert connected.wait(30)
    job = api.post(
        "/api/renders", json={"input_id": uploaded["id"], "config": two_pass_config(passes=1)}
    ).json()
    t.join(60)
    kinds = [m["event"] for m in got if m["data"].get("job_id") == job["id"]]
    assert kinds[0] == "job.queued" and "job.started" in kinds and kinds[-1] == "job.finished"


def test_an_internal_error_is_a_500_with_an_error_id_and_no_trace(api, monkeypatch, caplog):
    def broken(*args, **kwargs):
        raise RuntimeError("secret internals /etc/hextile")

    monkeypatch.setattr(api.renderer, "jobs", broken)  # type: ignore[attr-defined]
    with TestClient(api.app, raise_server_exceptions=False) as client:
        res = client.get("/api/renders")
    assert res.status_code == 500
    err = res.json()["error"]
    assert err["code"] == "internal" and len(err["error_id"]) == 8
    assert "secret internals" not in res.text and "Traceback" not in res.text
    assert err["error_id"] in caplog.text and "secret internals" in caplog.text  # the trace is in the log


def test_pass_cells_are_the_rotated_layout_the_pass_used(api, uploaded):
    """Pass 2 turned by (yaw 30, pitch 20, roll 10): its cells route gives the template's cells turned
    by exactly that rotation (centres compared as 3-D directions); pass 1 keeps the plain layout."""
    from hextile.geometry.rotation import rotation_matrix
    from hextile.geometry.sphere import yaw_pitch_to_xyz

    config = two_pass_config()
    config["passes"][1]["hextile"] = {"rotation": {"yaw": 30, "pitch": 20, "roll": 10}}
    res = api.post("/api/renders", json={"input_id": uploaded["id"], "config": config})
    assert res.status_code == 201, res.text
    rid = res.json()["id"]
    with api.stream("GET", f"/api/renders/{rid}/events") as stream:
        list(stream.iter_lines())
    detail = api.get(f"/api/renders/{rid}").json()
    assert detail["status"] == "completed"
    assert detail["manifest"]["passes"][1]["template"]["rotation"]["yaw"] == 30

    def centres(cells: list[dict]) -> np.ndarray:
        return yaw_pitch_to_xyz(np.array([c["yaw"] for c in cells]), np.array([c["pitch"] for c in cells]))

    plain = api.get("/api/templates/Small_12/cells").json()["cells"]
    first = api.get(f"/api/renders/{rid}/passes/0/cells").json()
    assert first["template"] == "Small_12" and first["cells"] == plain
    second = api.get(f"/api/renders/{rid}/passes/1/cells").json()["cells"]
    assert len(second) == len(plain) == 12
    expected = centres(plain) @ rotation_matrix(30, 20, 10).T
    got = centres(second)
    nearest = np.max(got @ expected.T, axis=1)  # each used centre is one of the turned centres
    assert np.all(nearest > 1 - 1e-6)
    assert not np.allclose(got, centres(plain), atol=1e-3)
    assert api.get(f"/api/renders/{rid}/passes/5/cells").status_code == 404
    assert api.get(f"/api/renders/{rid}/passes/12/cells").status_code == 422


def test_a_full_queue_is_429_with_one_clear_line(tmp_path, small_template, small_pano):
    """`--max-queue` over HTTP: the render that does not fit is refused, the queued one stays."""
    data = data_dir_with_template(tmp_path, small_template)
    renderer = Renderer(data, RendererSettings(devices=["cpu"], max_queue=1))  # not started: jobs wait
    settings = ServerSettings(policy=SecurityPolicy(allowed_hosts={"testserver"}))
    try:
        with TestClient(create_app(renderer, settings)) as client:
            up = client.post("/api/inputs", files={"file": ("pano.png", small_pano.read_bytes())}).json()
            body = {"input_id": up["id"], "config": two_pass_config(passes=1)}
            assert client.post("/api/renders", json=body).status_code == 201
            res = client.post("/api/renders", json=body)
            assert res.status_code == 429
            err = res.json()["error"]
            assert err["code"] == "queue_full"
            assert err["message"] == "1 render is already waiting" and err["fix"] == "wait for some to finish"
            assert "Traceback" not in res.text
            assert client.get("/api/renders").json()["total"] == 1  # the queued render is still there
    finally:
        renderer.close()


def test_views_of_one_panorama_decode_it_once(tmp_path, small_pano, monkeypatch):
    """A tile grid asks for a view per tile of the same image: the decoded, padded panorama is
    kept (the last two sources), and a view cut from it is the one a fresh decode gives."""
    import shutil

    import cv2

    import hextile.service.images as images

    decodes: list[str] = []
    real_read = images._read_8bit
    monkeypatch.setattr(images, "_read_8bit", lambda p: decodes.append(p.name) or real_read(p))
    svc = images.ImageService(tmp_path / "data")
    a, b = tmp_path / "data" / "a.png", tmp_path / "data" / "b.png"
    shutil.copy(small_pano, a)
    cv2.imwrite(str(b), cv2.flip(cv2.imread(str(a)), 1))
    cut = {yaw: svc.view(a, yaw, 10, 70, 64).path.read_bytes() for yaw in (0, 90, 180)}
    assert decodes == ["a.png"]
    svc.view(b, 0, 0, 70, 64)
    svc.view(a, 45, 0, 70, 64)
    assert decodes == ["a.png", "b.png"]  # both kept
    for yaw, data in cut.items():  # each view from a service that never cut one before
        fresh_dir = tmp_path / f"fresh{yaw}"
        fresh_dir.mkdir()
        shutil.copy(a, fresh_dir / "a.png")
        fresh = images.ImageService(fresh_dir).view(fresh_dir / "a.png", yaw, 10, 70, 64)
        assert fresh.path.read_bytes() == data
