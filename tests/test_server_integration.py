"""A real `hextile serve` process, driven over HTTP only: a 2-pass render bit-identical to
`hextile render`, kill -9 mid-render then restart and resume, two SSE clients (one reconnecting)."""

from __future__ import annotations

import json
import threading

import httpx
import pytest
from tests.server_helpers import ServerProcess, data_dir_with_template, follow, two_pass_config

pytestmark = pytest.mark.slow


def _upload(url: str, path) -> str:
    res = httpx.post(url + "/api/inputs", files={"file": (path.name, path.read_bytes(), "image/png")})
    assert res.status_code in (200, 201), res.text
    return str(res.json()["id"])


def _submit(url: str, input_id: str, config: dict) -> str:
    res = httpx.post(url + "/api/renders", json={"input_id": input_id, "config": config})
    assert res.status_code == 201, res.text
    return str(res.json()["id"])


def test_render_over_http_is_bit_identical_to_the_cli(tmp_path, small_template, small_pano, cli):
    data = data_dir_with_template(tmp_path, small_template)
    server = ServerProcess(data)
    try:
        job = _submit(server.url, _upload(server.url, small_pano), two_pass_config())
        events = follow(f"{server.url}/api/renders/{job}/events")
        assert events[-1]["data"]["status"] == "completed"
        final = httpx.get(f"{server.url}/api/renders/{job}/images/final")
        assert final.status_code == 200
    finally:
        server.stop()
    cfg = tmp_path / "cfg.json"
    cfg.write_text(json.dumps(two_pass_config(str(small_template))))
    res = cli("render", small_pano, "--config", cfg, "-o", tmp_path / "cli", "--device", "cpu")
    assert res.returncode == 0, res.stderr
    (folder,) = (tmp_path / "cli").iterdir()
    cli_final = folder / json.loads((folder / "passes.json").read_text())["output"]
    assert final.content == cli_final.read_bytes()


def test_kill_9_mid_render_then_restart_and_resume_gives_the_same_image(tmp_path, small_template, small_pano):
    config = two_pass_config(passes=8)
    data = data_dir_with_template(tmp_path / "a", small_template)
    server = ServerProcess(data)
    try:
        job = _submit(server.url, _upload(server.url, small_pano), config)
        # read until the second pass has finished, then kill the server without warning
        with httpx.stream("GET", f"{server.url}/api/renders/{job}/events", timeout=120) as res:
            ends = 0
            for line in res.iter_lines():
                if line == "event: pass.end":
                    ends += 1
                    if ends == 2:
                        server.kill9()
                        break
    finally:
        if server.proc.poll() is None:
            server.stop()
    server = ServerProcess(data)
    try:
        state = httpx.get(f"{server.url}/api/renders/{job}").json()
        assert state["status"] == "interrupted"
        res = httpx.post(f"{server.url}/api/renders/{job}/resume")
        assert res.status_code == 200 and res.json()["id"] == job
        events = follow(f"{server.url}/api/renders/{job}/events")
        kinds = [e["event"] for e in events]
        assert kinds.count("pass.skipped") >= 2  # finished passes reused, not rendered again
        assert events[-1]["data"]["status"] == "completed"
        seqs = [int(e["id"]) for e in events]
        assert seqs == list(range(1, len(seqs) + 1))  # one history across both server processes
        resumed = httpx.get(f"{server.url}/api/renders/{job}/images/final").content
    finally:
        server.stop()
    # the same render, never interrupted
    clean = ServerProcess(data_dir_with_template(tmp_path / "b", small_template))
    try:
        job2 = _submit(clean.url, _upload(clean.url, small_pano), config)
        follow(f"{clean.url}/api/renders/{job2}/events")
        assert httpx.get(f"{clean.url}/api/renders/{job2}/images/final").content == resumed
    finally:
        clean.stop()


def test_two_sse_clients_one_reconnecting_see_every_event_once(tmp_path, small_template, small_pano):
    data = data_dir_with_template(tmp_path, small_template)
    server = ServerProcess(data)
    try:
        job = _submit(server.url, _upload(server.url, small_pano), two_pass_config(passes=10))
        url = f"{server.url}/api/renders/{job}/events"
        full: list[dict] = []
        reader = threading.Thread(target=lambda: full.extend(follow(url)))
        reader.start()
        first = follow(url, stop_after=25)  # drops the connection mid-render
        assert len(first) == 25
        rest = follow(url, headers={"Last-Event-ID": first[-1]["id"]})
        reader.join(120)
        ids_a = [m["id"] for m in full]
        ids_b = [m["id"] for m in first + rest]
        assert ids_a == ids_b  # same events, same order, none twice, none missed
        assert len(set(ids_b)) == len(ids_b) and full[-1]["data"]["status"] == "completed"
        assert [m["data"] for m in full] == [m["data"] for m in first + rest]
    finally:
        server.stop()


def test_a_server_killed_mid_render_with_its_database_lost_resumes_from_the_folders(
    tmp_path, small_template, small_pano
):
    """kill -9 mid-render, then hextile.db is lost: the next server indexes the render folder (it
    was still running, so it is interrupted), and resuming it reuses the finished passes."""
    data = data_dir_with_template(tmp_path, small_template)
    server = ServerProcess(data)
    try:
        job = _submit(server.url, _upload(server.url, small_pano), two_pass_config(passes=10))
        with httpx.stream("GET", f"{server.url}/api/renders/{job}/events", timeout=120) as res:
            for line in res.iter_lines():
                if line == "event: pass.end":
                    server.kill9()
                    break
    finally:
        if server.proc.poll() is None:
            server.stop()
    for f in data.glob("hextile.db*"):
        f.unlink()
    server = ServerProcess(data)
    try:
        assert "indexed 1 render(s) from its render folders" in server.log.read_text()
        state = httpx.get(f"{server.url}/api/renders/{job}").json()
        assert state["status"] == "interrupted" and state["pass_count"] == 10
        assert httpx.post(f"{server.url}/api/renders/{job}/resume").status_code == 200
        events = follow(f"{server.url}/api/renders/{job}/events")
        assert [e["event"] for e in events].count("pass.skipped") >= 1  # the finished pass is reused
        assert events[-1]["data"]["status"] == "completed"
    finally:
        server.stop()


_FAKE_BROWSER = """#!{python}
import sys, urllib.request
url = sys.argv[1]
with urllib.request.urlopen(url, timeout=10) as res:  # what a real browser would see right now
    status = res.status
with open({log!r}, "a") as f:
    f.write(f"{{url}} {{status}}\\n")
"""


def test_open_shows_the_ui_once_the_server_listens(tmp_path, small_template):
    """`hextile serve --open` starts the user's browser ($BROWSER) on the UI's address, and the page
    is there when it asks (the browser is not started before the server accepts connections)."""
    import sys
    import time

    log = tmp_path / "browser.log"
    browser = tmp_path / "fake-browser"
    browser.write_text(_FAKE_BROWSER.format(python=sys.executable, log=str(log)))
    browser.chmod(0o755)
    data = data_dir_with_template(tmp_path, small_template)
    server = ServerProcess(data, "--open", env={"BROWSER": str(browser)})
    try:
        deadline = time.monotonic() + 60
        while not log.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        assert log.read_text().split() == [server.url + "/", "200"]
    finally:
        server.stop()
