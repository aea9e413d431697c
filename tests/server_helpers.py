"""Helpers for the service and server tests: a data dir with the small template, SSE parsing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any


def data_dir_with_template(root: Path, small_template: Path) -> Path:
    """A data dir whose ``templates/Small_12.json`` is the small 12-tile test template."""
    data = root / "data"
    (data / "templates").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(small_template, data / "templates" / "Small_12.json")
    return data


def two_pass_config(template: str = "Small_12", passes: int = 2) -> dict[str, Any]:
    models = [
        "stylize",
        "detail",
        "grade",
        "stylize",
        "detail",
        "grade",
        "stylize",
        "detail",
        "grade",
        "stylize",
    ]
    return {
        "pipeline": "opencv",
        "diffusion": {"seed": 3},
        "hextile": {"template": template},
        "passes": [{"diffusion": {"model": models[i], "strength": 0.6}} for i in range(passes)],
    }


def parse_sse(lines: list[str]) -> list[dict[str, Any]]:
    """SSE text lines → messages ``{"id", "event", "data"}`` (comments dropped)."""
    out: list[dict[str, Any]] = []
    cur: dict[str, Any] = {}
    for line in lines:
        if line == "":
            if "data" in cur:
                cur["data"] = json.loads(cur["data"])
                out.append(cur)
            cur = {}
        elif line.startswith(":"):
            continue
        else:
            key, _, value = line.partition(":")
            value = value[1:] if value.startswith(" ") else value
            cur[key] = cur.get(key, "") + ("\n" if key == "data" and key in cur else "") + value
    return out


class ServerProcess:
    """A real ``hextile serve`` subprocess on a free loopback port (stopped by :meth:`stop` or kill -9)."""

    def __init__(
        self, data: Path, *args: str, port: int | None = None, env: dict[str, str] | None = None
    ) -> None:
        import subprocess
        import sys

        from tests.conftest import test_env

        self.data = data
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = data.parent / f"server-{self.port}.log"
        full_env = test_env() | (env or {})
        cmd = [sys.executable, "-m", "hextile", "serve", "--port", str(self.port), "--data", str(data)]
        cmd += ["--device", "cpu", *args]
        self._log_file = open(self.log, "ab")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(cmd, stdout=self._log_file, stderr=subprocess.STDOUT, env=full_env)
        self.wait_ready()

    def wait_ready(self, timeout: float = 90.0) -> None:
        import time

        import httpx

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if self.proc.poll() is not None:
                raise RuntimeError(
                    f"server exited with {self.proc.returncode}: {self.log.read_text()[-2000:]}"
                )
            try:
                if httpx.get(self.url + "/api/health", timeout=1.0).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"server did not start: {self.log.read_text()[-2000:]}")

    def kill9(self) -> None:
        import signal

        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(30)
        self._log_file.close()

    def stop(self) -> None:
        import signal
        import subprocess

        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(10)
        self._log_file.close()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def follow(
    url: str, headers: dict[str, str] | None = None, stop_after: int | None = None
) -> list[dict[str, Any]]:
    """Read an SSE stream to its end (or until ``stop_after`` messages) over real HTTP."""
    import httpx

    lines: list[str] = []
    with httpx.stream("GET", url, headers=headers or {}, timeout=httpx.Timeout(120.0)) as res:
        if res.status_code == 204:
            return []
        res.raise_for_status()
        for line in res.iter_lines():
            lines.append(line)
            if stop_after is not None and line == "" and len(parse_sse(lines)) >= stop_after:
                break
    return parse_sse(lines)
