"""A server started with --token: the app asks for the token, refuses a wrong one, then works."""

from __future__ import annotations

import urllib.request
from collections.abc import Iterator

import pytest

NO_PLAYWRIGHT = "playwright is not installed (pip install -e '.[dev]')"
sync_api = pytest.importorskip("playwright.sync_api", reason=NO_PLAYWRIGHT)
expect = sync_api.expect

pytestmark = pytest.mark.browser
TOKEN = "s3cret-token-for-the-e2e-test"


@pytest.fixture
def token_server(browser, tmp_path) -> Iterator:
    from tests.e2e.conftest import start_server, stop_server

    data = tmp_path / "data"
    data.mkdir()
    srv = start_server(data, "--token", TOKEN)
    try:
        # Warm the catalog (its first answers import the pipeline registry: slow on a busy machine).
        for path in ("/api/pipelines", "/api/templates", "/api/config/schema", "/api/config/default"):
            req = urllib.request.Request(srv.url + path, headers={"Authorization": f"Bearer {TOKEN}"})
            with urllib.request.urlopen(req, timeout=300):
                pass
        yield srv
    finally:
        stop_server(srv)


def test_the_app_asks_for_the_token(browser, token_server):
    context = browser.new_context(viewport={"width": 1440, "height": 900})
    page = context.new_page()
    try:
        page.goto(token_server.url + "/")
        field = page.get_by_label("This server needs its token")
        expect(field).to_be_visible(timeout=60_000)
        # The sign-in screen loaded without the token, but the API (shared cookies) still refuses.
        assert page.request.get(token_server.url + "/api/renders").status == 401
        field.fill("wrong")
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_text("that token is not the one this server was started with")).to_be_visible()
        field.fill(TOKEN)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("button", name="Choose panorama")).to_be_visible(timeout=60_000)
        expect(page.get_by_role("switch", name="Multi-Pass")).to_be_visible()
        assert page.request.get(token_server.url + "/api/renders").status == 200  # the session cookie
    finally:
        context.close()
