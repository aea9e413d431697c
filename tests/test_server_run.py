"""`hextile serve --open`: which address the browser is sent to, and when (the real server and a
real $BROWSER program are in test_server_integration.py)."""

from __future__ import annotations

import threading
import time
import webbrowser

import pytest

from hextile.server.run import _open_when_listening, browser_url, http_url


@pytest.mark.parametrize(
    ("host", "url"),
    [
        ("127.0.0.1", "http://127.0.0.1:8642/"),
        ("localhost", "http://localhost:8642/"),
        ("0.0.0.0", "http://127.0.0.1:8642/"),
        ("::", "http://[::1]:8642/"),
        ("[::]", "http://[::1]:8642/"),
        ("::1", "http://[::1]:8642/"),
        ("192.168.1.20", "http://192.168.1.20:8642/"),
    ],
)
def test_the_browser_is_sent_to_an_address_it_can_reach(host, url):
    assert browser_url(host, 8642) == url


def test_announced_url_brackets_ipv6_once():
    assert http_url("::1", 80) == http_url("[::1]", 80) == "http://[::1]:80/"
    assert http_url("0.0.0.0", 80) == "http://0.0.0.0:80/"  # what it is bound to, as announced


class _Server:
    """uvicorn.Server's two flags the opener reads."""

    started = False
    should_exit = False


def test_the_browser_opens_only_once_the_server_has_started(monkeypatch):
    opened: list[tuple[str, bool]] = []
    server = _Server()
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append((url, server.started)) or True)
    t = threading.Thread(target=_open_when_listening, args=(server, "http://127.0.0.1:1/", print))
    t.start()
    time.sleep(0.3)
    assert opened == []  # still starting
    server.started = True
    t.join(5)
    assert opened == [("http://127.0.0.1:1/", True)]


def test_no_browser_when_the_server_stops_before_listening(monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: opened.append(url) or True)
    server = _Server()
    server.should_exit = True  # e.g. the port was taken
    _open_when_listening(server, "http://127.0.0.1:1/", print, timeout_s=5)
    assert opened == []


def test_no_browser_installed_says_where_to_go(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(webbrowser, "open", lambda url: False)
    server = _Server()
    server.started = True
    _open_when_listening(server, "http://127.0.0.1:1/", said.append)
    assert said == ["no web browser found here: open http://127.0.0.1:1/ yourself"]
