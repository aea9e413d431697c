"""Test-wide setup: the network is blocked (tests never download) and the hub is offline."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: object) -> bool:
    if isinstance(address, str):  # AF_UNIX path
        return True
    if isinstance(address, tuple) and address:
        host = str(address[0])
        return host in ("localhost", "::1") or host.startswith("127.")
    return False


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _is_local(address):
        raise OSError(f"network access blocked in tests (tried {address!r})")
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _is_local(address):
        raise OSError(f"network access blocked in tests (tried {address!r})")
    return _real_connect_ex(self, address)


socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
socket.socket.connect_ex = _guarded_connect_ex  # type: ignore[method-assign]


def test_env() -> dict[str, str]:
    env = dict(os.environ)
    env["HF_HUB_OFFLINE"] = "1"
    env["PYTHONUNBUFFERED"] = "1"
    env["COLUMNS"] = "200"
    return env


test_env.__test__ = False  # type: ignore[attr-defined]


def run_cli(
    *args: str | Path, cwd: Path | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m hextile ARGS`` in a subprocess, as a user would; returns the completed process."""
    return subprocess.run(
        [sys.executable, "-m", "hextile", *map(str, args)],
        capture_output=True,
        text=True,
        env=test_env(),
        cwd=cwd,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def cli():
    return run_cli


@pytest.fixture(scope="session")
def small_template(tmp_path_factory) -> Path:
    """A 12-tile custom template on a 256×128 panorama with 64-px tiles: fast engine tests."""
    import json

    p = tmp_path_factory.mktemp("templates") / "small12.json"
    p.write_text(
        json.dumps({"name": "Small_12", "tiles": 12, "width": 256, "tile_size": 64, "margin_deg": 8})
    )
    return p


@pytest.fixture(scope="session")
def small_template_wide(tmp_path_factory) -> Path:
    """A 20-tile custom template on a 512×256 panorama (a second resolution for pass changes)."""
    import json

    p = tmp_path_factory.mktemp("templates") / "wide20.json"
    p.write_text(json.dumps({"name": "Wide_20", "tiles": 20, "width": 512, "tile_size": 96, "margin_deg": 6}))
    return p


@pytest.fixture(scope="session")
def small_pano(tmp_path_factory) -> Path:
    """An 8-bit textured 256×128 panorama file."""
    from tests.helpers import textured_panorama

    from hextile.imageio import write_image

    p = tmp_path_factory.mktemp("inputs") / "pano.png"
    write_image(p, textured_panorama(256, seed=21))
    return p


@pytest.fixture(scope="session")
def tiny_root(tmp_path_factory) -> Path:
    """Where the tiny random-weight diffusion pipelines are built, once per test session."""
    return tmp_path_factory.getbasetemp() / "tiny-models"


@pytest.fixture(scope="module")
def one_torch_thread_per_module():
    """Tiny diffusion models run on one torch thread (see tests.tiny_models.one_torch_thread)."""
    from tests.tiny_models import one_torch_thread

    yield from one_torch_thread()
