"""Browser tests: a real `hextile serve` on a free loopback port, driven by Playwright in Debian's chromium.

Skipped (with the reason) when Playwright or /usr/bin/chromium is missing: `make test` installs
chromium when it runs as root. Playwright's own browser download is not used.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("HEXTILE_CHROMIUM", "/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "docs" / "screenshots"

try:
    from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright
except ImportError:  # pragma: no cover - depends on the environment
    sync_playwright = None  # type: ignore[assignment]

pytestmark = pytest.mark.browser


def _skip_reason() -> str | None:
    if sync_playwright is None:
        return "playwright is not installed (pip install -e '.[dev]')"
    if not Path(CHROMIUM).exists():
        return f"no chromium at {CHROMIUM} (apt-get install chromium; `make test` does it as root)"
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, url: str, data: Path, proc: subprocess.Popen[bytes], log: Path) -> None:
        self.url, self.data, self.proc, self.log = url, data, proc, log

    def api(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(req, timeout=30) as r:
            text = r.read().decode()
        return json.loads(text) if text else None


def start_server(data: Path, *extra: str) -> Server:
    """`hextile serve` on a free loopback port (a subprocess, as a user runs it), ready to answer."""
    port = free_port()
    log = data.parent / f"server-{port}.log"
    env = dict(os.environ, HF_HUB_OFFLINE="1", PYTHONUNBUFFERED="1")
    cmd = [sys.executable, "-m", "hextile", "serve", "--port", str(port), "--data", str(data)]
    cmd += ["--device", "cpu", *extra]
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/api/health", timeout=2):
                break
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"hextile serve did not start:\n{log.read_text()[-3000:]}")
            time.sleep(0.2)
    return Server(url, data, proc, log)


def stop_server(server: Server) -> None:
    server.proc.send_signal(signal.SIGINT)
    try:
        server.proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait()


@pytest.fixture(scope="session")
def server(tmp_path_factory) -> Iterator[Server]:
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    data = tmp_path_factory.mktemp("e2e-server") / "data"
    (data / "templates").mkdir(parents=True)
    # Two small custom templates (data/templates/*.json): fast CPU passes, images big enough to look at.
    for name, tiles, width, tile in (("Small_12", 12, 1024, 256), ("Wide_20", 20, 1024, 192)):
        spec = {"name": name, "tiles": tiles, "width": width, "tile_size": tile, "margin_deg": 8}
        (data / "templates" / f"{name}.json").write_text(json.dumps(spec))
    srv = start_server(data)
    # Warm the catalog (its first answers import the pipeline registry: slow on a busy machine),
    # so the browser tests measure the app, not a cold server.
    for path in ("/api/pipelines", "/api/templates", "/api/config/schema", "/api/config/default"):
        with urllib.request.urlopen(srv.url + path, timeout=300):
            pass
    try:
        yield srv
    finally:
        stop_server(srv)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Chromium, per test module: Playwright's sync API runs an event loop in this thread while it
    is open, so it is closed before other test files run (they may call asyncio.run)."""
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    assert sync_playwright is not None
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"],
        )
        yield b
        b.close()


class ConsoleWatch:
    """Every console error, uncaught exception and failed request of a page: a test ends with none.
    ``requested`` lists the path and query of every request the page made, in order."""

    def __init__(self, page: Page) -> None:
        self.problems: list[str] = []
        self.requested: list[str] = []
        page.on("request", lambda r: self.requested.append(r.url.split("/", 3)[-1]))
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.problems.append(f"uncaught: {e}"))
        page.on("requestfailed", self._failed)
        page.on("response", self._response)

    def _response(self, response: Any) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status} {response.url}")

    def _console(self, msg: ConsoleMessage) -> None:
        if msg.type == "error":
            self.problems.append(f"console.error: {msg.text}")

    def _failed(self, request: Any) -> None:
        failure = request.failure or ""
        # A request the app aborts on purpose (a newer image replaced it) is not a problem.
        if "ERR_ABORTED" not in failure:
            self.problems.append(f"request failed: {request.url} {failure}")

    def check(self) -> None:
        problems, self.problems = self.problems, []
        assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def app_page(browser: Browser, server: Server) -> Iterator[tuple[Page, ConsoleWatch]]:
    context = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(30_000)
    watch = ConsoleWatch(page)
    page.goto(server.url + "/")
    yield page, watch
    context.close()


@pytest.fixture(scope="session")
def shots(tmp_path_factory) -> Path:
    """Where the suite's screenshots go: docs/screenshots with HEXTILE_SCREENSHOTS=docs
    (`make screenshots`), else a temporary folder."""
    if os.environ.get("HEXTILE_SCREENSHOTS") == "docs":
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        return SCREENSHOTS
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="session")
def demo_pano(tmp_path_factory) -> Path:
    from hextile.imageio import write_image
    from hextile.scene import demo_panorama

    p = tmp_path_factory.mktemp("e2e-input") / "courtyard.png"
    write_image(p, demo_panorama(1024))
    return p
