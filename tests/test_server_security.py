"""Safe by default, against a real `hextile serve`: traversal, symlinks, limits, token, origin, host.

Every refusal is checked for its status AND for proof that no file content leaked: a secret file
sits next to the data dir, and no response body may contain its text.
"""

from __future__ import annotations

import http.client
import os
import struct
import zlib

import httpx
import pytest
from tests.server_helpers import ServerProcess, data_dir_with_template, follow, free_port, two_pass_config

pytestmark = pytest.mark.slow
SECRET = "TOP-SECRET-CONTENT-42"


def raw_get(port: int, path: str, headers: dict[str, str] | None = None) -> tuple[int, bytes]:
    """A GET with the path sent exactly as written (no client-side normalisation of ``..``)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.putrequest("GET", path, skip_host=True, skip_accept_encoding=True)
        conn.putheader("Host", (headers or {}).pop("Host", f"127.0.0.1:{port}"))
        for k, v in (headers or {}).items():
            conn.putheader(k, v)
        conn.endheaders()
        res = conn.getresponse()
        return res.status, res.read()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory, small_template, small_pano):
    root = tmp_path_factory.mktemp("secure")
    (root / "secret.txt").write_text(SECRET)
    (root / "secret.json").write_text('{"name": "' + SECRET + '", "tiles": 12}')
    data = data_dir_with_template(root, small_template)
    server = ServerProcess(data, "--max-upload-mb", "1")
    up = httpx.post(server.url + "/api/inputs", files={"file": ("pano.png", small_pano.read_bytes())}).json()
    job = httpx.post(
        server.url + "/api/renders", json={"input_id": up["id"], "config": two_pass_config()}
    ).json()
    follow(f"{server.url}/api/renders/{job['id']}/events")
    yield {"server": server, "root": root, "data": data, "input": up, "job": job["id"]}
    server.stop()


def no_leak(body: bytes) -> bool:
    return SECRET.encode() not in body and b"root:x:" not in body


@pytest.mark.parametrize(
    "path",
    [
        "/api/renders/../../../../etc/passwd",
        "/api/renders/%2e%2e/%2e%2e/secret.txt",
        "/api/renders/%2e%2e%2f%2e%2e%2fsecret.txt/images/final",
        "/api/inputs/..%2f..%2fsecret.txt/image",
        "/api/inputs//etc/passwd/image",
        "/api/renders/%2Fetc%2Fpasswd/images/input",
        "/api/templates/..%2f..%2fsecret/cells",
        "/api/templates/%2e%2e/cells",
        "/assets/..%2f..%2f..%2fsecret.txt",
        "/..%2f..%2fsecret.txt",
        "/%2e%2e/%2e%2e/etc/passwd",
    ],
)
def test_traversal_attempts_are_refused_without_leaking(site, path):
    status, body = raw_get(site["server"].port, path)
    assert status in (200, 404, 422), (status, body[:200])
    assert no_leak(body)
    if status == 200:  # only the SPA page may answer a non-API path
        assert not path.startswith("/api/") and b"hextile" in body


def test_source_and_config_paths_are_refused(site):
    url, job = site["server"].url, site["job"]
    res = httpx.get(f"{url}/api/renders/{job}/view", params={"source": "../../secret.txt"})
    assert res.status_code == 422 and no_leak(res.content)
    for config in (
        {"hextile": {"template": str(site["root"] / "secret.json")}},
        {"hextile": {"template": "../secret"}},
        {"output": {"path": str(site["root"])}},
        {"input": {"path": "/etc/passwd"}},
        {"diffusion": {"model": "/etc/passwd"}},
        {"passes": [{"hextile": {"template": "../../secret.json"}}]},
    ):
        res = httpx.post(f"{url}/api/renders", json={"input_id": site["input"]["id"], "config": config})
        assert res.status_code == 422, config
        assert no_leak(res.content)
        res = httpx.post(f"{url}/api/config/resolve", json={"config": config})
        assert res.status_code == 422 and no_leak(res.content)
    assert not list(site["root"].glob("*.png"))  # nothing was written next to the data dir


def test_symlink_planted_in_the_data_dir_is_not_followed_out(site):
    url, job, data = site["server"].url, site["job"], site["data"]
    (rdir,) = (data / "renders" / job).iterdir()
    target = rdir / "pass_0" / "tiles_diffused" / "Hextile_05.png"
    saved = target.read_bytes()
    target.unlink()
    os.symlink(site["root"] / "secret.txt", target)
    try:
        for q in ("", "?w=64&format=png"):
            res = httpx.get(f"{url}/api/renders/{job}/passes/0/tiles/5{q}")
            assert res.status_code == 404, res.text
            assert no_leak(res.content)
    finally:
        target.unlink()
        target.write_bytes(saved)
    assert httpx.get(f"{url}/api/renders/{job}/passes/0/tiles/5").content == saved
    # a symlinked folder inside a render folder is refused the same way
    link = rdir / "pass_9"
    os.symlink(site["root"], link)
    try:
        res = httpx.get(f"{url}/api/renders/{job}/images/pass/9")
        assert res.status_code == 404 and no_leak(res.content)
    finally:
        link.unlink()


def test_oversize_upload_is_413_and_nothing_is_stored(site):
    before = sorted(p.name for p in (site["data"] / "inputs").iterdir())
    big = b"\x89PNG\r\n\x1a\n" + os.urandom(2 * 2**20)
    res = httpx.post(site["server"].url + "/api/inputs", files={"file": ("big.png", big)})
    assert res.status_code == 413
    assert "larger than" in res.json()["error"]["message"]
    assert sorted(p.name for p in (site["data"] / "inputs").iterdir()) == before


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"\0" * 1000))
        + chunk(b"IEND", b"")
    )


def test_pixel_bomb_is_refused_from_its_header(site):
    before = sorted(p.name for p in (site["data"] / "inputs").iterdir())
    res = httpx.post(
        site["server"].url + "/api/inputs", files={"file": ("bomb.png", _png_header_only(200_000, 100_000))}
    )
    assert res.status_code == 413  # refused on the header's pixel count, before any decoding
    assert "pixels" in res.json()["error"]["message"]
    assert sorted(p.name for p in (site["data"] / "inputs").iterdir()) == before


def test_large_json_body_is_413(site):
    body = b'{"config": {"name": "' + b"x" * (2 * 2**20) + b'"}}'
    res = httpx.post(
        site["server"].url + "/api/config/validate",
        content=body,
        headers={"content-type": "application/json"},
    )
    assert res.status_code == 413


def test_foreign_origin_and_rebound_host_are_refused(site):
    server, job = site["server"], site["job"]
    url = f"/api/renders/{job}/images/final"
    status, body = raw_get(server.port, url, {"Origin": "http://evil.example"})
    assert status == 403 and body.startswith(b'{"error"') and b"PNG" not in body
    status, body = raw_get(server.port, url, {"Host": f"evil.example:{server.port}"})
    assert status == 421 and b"PNG" not in body  # DNS rebinding: a foreign name for 127.0.0.1
    total = httpx.get(server.url + "/api/renders").json()["total"]
    res = httpx.post(
        server.url + "/api/renders",
        json={"input_id": site["input"]["id"], "config": two_pass_config()},
        headers={"Origin": "http://evil.example"},
    )
    assert res.status_code == 403
    assert httpx.get(server.url + "/api/renders").json()["total"] == total  # nothing queued (no CSRF)
    ok = httpx.get(server.url + url, headers={"Origin": server.url})
    assert ok.status_code == 200 and ok.content[:4] == b"\x89PNG"


def test_token_is_required_everywhere_when_set(tmp_path, small_template):
    token = "s3cret-token-0123456789abcdef"
    dev = "http://127.0.0.1:5173"  # a UI dev server allowed with --allow-origin
    server = ServerProcess(
        data_dir_with_template(tmp_path, small_template), "--token", token, "--allow-origin", dev
    )
    try:
        u = server.url
        for path in (
            "/api/templates",
            "/api/renders",
            "/api/events",
            "/api/renders/0123456789abcdef/events",
            "/api/renders/0123456789abcdef/images/final",
            "/api/inputs",
            "/api/renders/0123456789abcdef",
            "/api/no-such-route",
            "/api",
            "//api/templates",
            "/docs",
            "/redoc",
            "/openapi.json",
        ):
            res = httpx.get(u + path)
            assert res.status_code == 401, path
            assert res.json()["error"]["code"] == "unauthorized"
            wrong = httpx.get(u + path, headers={"Authorization": "Bearer " + token[:-1] + "x"})
            assert wrong.status_code == 401
        assert (
            httpx.get(u + "/api/templates", headers={"Authorization": f"Bearer {token}"}).status_code == 200
        )
        assert httpx.get(u + "/api/health").status_code == 200
        # The web shell loads without the token (its sign-in screen asks for it): the very bytes of the
        # static bundle, the same for every path, so nothing of the server's data is in it.
        from hextile.server.app import WEB_DIST

        index = (WEB_DIST / "index.html").read_bytes()
        for path in ("/", "/renders/0123456789abcdef", "/API/templates"):
            res = httpx.get(u + path)
            assert res.status_code == 200 and res.content == index, path
            assert "set-cookie" not in res.headers
        for asset in sorted((WEB_DIST / "assets").iterdir()):
            res = httpx.get(u + "/assets/" + asset.name)
            assert res.status_code == 200 and res.content == asset.read_bytes(), asset.name
        assert httpx.post(u + "/api/session", json={"token": "nope"}).status_code == 401
        login = httpx.post(u + "/api/session", json={"token": token})
        assert login.status_code == 204
        cookie = login.headers["set-cookie"]
        assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
        with httpx.Client(base_url=u, cookies=login.cookies) as browser:
            assert browser.get("/api/templates").status_code == 200
        auth = {"Authorization": f"Bearer {token}"}
        assert httpx.get(u + "/api/templates", headers=auth | {"Origin": dev}).status_code == 200
        assert (
            httpx.get(u + "/api/templates", headers=auth | {"Origin": "http://127.0.0.1:5174"}).status_code
            == 403
        )
    finally:
        server.stop()


def test_non_loopback_bind_without_token_is_refused(cli, tmp_path):
    res = cli("serve", "--host", "0.0.0.0", "--port", str(free_port()), "--data", tmp_path / "d")
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "--token" in lines[0] and "Traceback" not in res.stderr
    assert not (tmp_path / "d").exists()  # refused before anything was created
    res = cli("serve", "--host", "0.0.0.0", "--port", str(free_port()), "--token", "short")
    assert res.returncode == 2 and "16 characters" in res.stderr


def test_a_damaged_job_database_is_one_line_then_rebuilt_once_moved_aside(cli, tmp_path):
    data = tmp_path / "d"
    data.mkdir()
    (data / "hextile.db").write_bytes(b"not a database at all, just some bytes " * 8)
    res = cli("serve", "--port", str(free_port()), "--data", data, "--device", "cpu")
    assert res.returncode == 2 and "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "is damaged" in lines[0] and "move it aside" in lines[0]
    assert (data / "hextile.db").read_bytes().startswith(b"not a database")  # left as it was
    (data / "hextile.db").rename(data / "hextile.db.broken")
    from hextile.service import Renderer, RendererSettings

    Renderer(data, RendererSettings(devices=["cpu"])).close()  # opens: a new, empty index
    assert (data / "hextile.db").is_file()


@pytest.mark.parametrize("where", ["a-file", "a-file/sub"])
def test_a_data_folder_that_cannot_be_one_is_refused_in_one_line(cli, tmp_path, where):
    (tmp_path / "a-file").write_text("x")
    res = cli("serve", "--port", str(free_port()), "--data", tmp_path / where, "--device", "cpu")
    assert res.returncode == 2 and "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "data folder" in lines[0] and "choose another --data" in lines[0]
    assert (tmp_path / "a-file").read_text() == "x"


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--max-upload-mb", "-5"], "--max-upload-mb -5 is not a size"),
        (["--max-pixels", "0"], "--max-pixels 0 is too small"),
        (["--max-queue", "0"], "--max-queue 0 leaves no room"),
        (["--memory-budget-gb", "-2"], "--memory-budget-gb -2 is not a budget"),
        (["--allow-origin", "notaurl"], "--allow-origin 'notaurl' is not a web origin"),
        (["--allow-origin", "http://127.0.0.1:5173/app"], "is not a web origin"),
    ],
)
def test_out_of_range_serve_options_are_one_line_before_anything_starts(cli, tmp_path, args, said):
    res = cli("serve", "--port", str(free_port()), "--data", tmp_path / "d", *args)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and said in lines[0]
    assert not (tmp_path / "d").exists()
