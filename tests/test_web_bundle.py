"""The built web app shipped in the package (src/hextile/web_dist) matches its sources in web/.

`make web` rebuilds it; the build writes build-info.json with the hash of the sources it came
from (web/scripts/source-hash.mjs). A change to web/ without a rebuild fails here, with the fix.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
DIST = ROOT / "src" / "hextile" / "web_dist"
ROOT_FILES = [
    "index.html",
    "package.json",
    "package-lock.json",
    "svelte.config.js",
    "tsconfig.json",
    "vite.config.ts",
]


def source_hash(web: Path) -> str:
    files = list(ROOT_FILES)
    for p in (web / "src").rglob("*"):
        parts = p.relative_to(web / "src").parts
        # tool caches (node_modules/, dot folders such as vitest's) are not sources
        if p.is_file() and not any(x == "node_modules" or x.startswith(".") for x in parts):
            files.append(p.relative_to(web).as_posix())
    files = sorted(f for f in files if not f.endswith(".test.ts"))
    h = hashlib.sha256()
    for rel in files:
        h.update(f"{rel}\n{hashlib.sha256((web / rel).read_bytes()).hexdigest()}\n".encode())
    return h.hexdigest()


def test_bundle_is_built_from_the_current_sources():
    if not WEB.is_dir():
        pytest.skip("no web/ sources (installed package)")
    info = json.loads((DIST / "build-info.json").read_text())
    assert info["sources_sha256"] == source_hash(WEB), (
        "src/hextile/web_dist is stale: web/ changed since the last build — run `make web` and commit "
        "src/hextile/web_dist"
    )


def test_bundle_is_self_contained():
    """index.html loads only files of the bundle; no CDN, font or other external URL anywhere."""
    index = (DIST / "index.html").read_text()
    refs = re.findall(r'(?:src|href)="([^"]+)"', index)
    assert refs, index
    for ref in refs:
        if ref.startswith("data:"):
            continue
        assert ref.startswith("/assets/"), ref
        assert (DIST / ref.lstrip("/")).is_file(), ref
    for f in DIST.rglob("*"):
        if f.suffix in (".js", ".css", ".html"):
            text = f.read_text(encoding="utf-8")
            # URLs in license comments and in three's error messages are text, not loads:
            # what matters is that nothing is fetched from another origin.
            for m in re.finditer(r"""(?:url\(|import\(|from\s*|src=|href=)\s*["']?(https?:)?//""", text):
                pytest.fail(f"{f.name} loads an external resource: {text[m.start() : m.start() + 80]!r}")


def test_bundle_is_package_data():
    """pip install ships the bundle: pyproject's package-data names index.html and assets/."""
    text = (ROOT / "pyproject.toml").read_text()
    assert '"web_dist/*"' in text
    assert '"web_dist/**/*"' in text or '"web_dist/assets/*"' in text


def test_the_app_and_the_server_agree_on_the_render_wide_fields():
    """A field the server keeps at the top level must not be moved into a pass by the app."""
    from hextile.config.fields import RENDER_WIDE

    source = (WEB / "src" / "lib" / "config.ts").read_text(encoding="utf-8")
    listed = re.search(r"export const RENDER_WIDE = \[(.*?)\];", source, re.S).group(1)
    assert re.findall(r"'(\w+)'", listed) == list(RENDER_WIDE)
