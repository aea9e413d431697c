"""Server benchmark: the HTTP layer's cost, measured against the library in the same run.

Run: ``.venv/bin/python bench/server.py [--width 1024] [--runs 3] [--clients 200] [--requests 1000]``

* **render**: a 2-pass CPU render (opencv stylize → detail on a 20-tile template) through a real
  ``hextile serve`` process (upload once, POST the render, follow its SSE stream to the end) vs the
  same render through ``hextile.render`` in a long-lived process of its own (both warmed up, runs
  interleaved). Median of ``--runs``; goal ratio ≤ 1.05.
* **latency**: for every event of a served render, client receive time − the server's publish time
  (``JobEvent.time``, same machine clock): median and p99.
* **load**: the same render while ``--clients`` SSE clients follow it and ``--requests`` API calls
  are made; slowdown vs the quiet served render (goal ≤ 10 %) and the number of failed requests.
* **preview**: a 4096×2048 16-bit panorama as a 2048-wide JPEG, cold (decode, resize, encode,
  cache on disk) and cached.

Both processes run with ``OMP_WAIT_POLICY=PASSIVE`` (unless set): on an oversubscribed machine
(the 2-core CI box runs several jobs at once) OpenMP's spinning workers made a main-thread render
4-8× slower than the same render in the server's worker thread, which would measure OpenMP, not
HTTP.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "OMP_WAIT_POLICY": os.environ.get("OMP_WAIT_POLICY", "PASSIVE")}
sys.path.insert(0, str(ROOT))

TEMPLATE = {"name": "Bench_20", "tiles": 20, "width": 1024, "tile_size": 256, "margin_deg": 8}


def config(template: str) -> dict:
    return {
        "pipeline": "opencv",
        "diffusion": {"seed": 5},
        "hextile": {"template": template},
        "passes": [
            {"diffusion": {"model": "stylize", "strength": 0.8}},
            {"diffusion": {"model": "detail", "strength": 0.3}},
        ],
    }


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, data: Path) -> None:
        import httpx

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        cmd = [sys.executable, "-m", "hextile", "serve", "--port", str(self.port), "--data", str(data)]
        cmd += ["--device", "cpu", "--max-queue", "1000"]
        self.log = open(data.parent / "server.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT, env=ENV)
        for _ in range(600):
            try:
                if httpx.get(self.url + "/api/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("server did not start")

    def cpu_s(self) -> float:
        """CPU seconds (user + system) the server process has used so far (Linux /proc)."""
        fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def stop(self) -> None:
        import signal

        self.proc.send_signal(signal.SIGINT)
        self.proc.wait(60)
        self.log.close()


def served_render(url: str, input_id: str, cfg: dict) -> tuple[float, list[float], str]:
    """Seconds from POST to the terminal event, per-event latencies (s), the job id."""
    import httpx

    t0 = time.perf_counter()
    job = httpx.post(url + "/api/renders", json={"input_id": input_id, "config": cfg}).json()["id"]
    lat: list[float] = []
    with httpx.stream("GET", f"{url}/api/renders/{job}/events", timeout=600) as res:
        for line in res.iter_lines():
            if line.startswith("data:"):
                ev = json.loads(line[5:])
                lat.append(time.time() - ev["time"])
                if ev["kind"] == "job.status" and ev["status"] in ("completed", "failed", "cancelled"):
                    assert ev["status"] == "completed", ev
                    break
    return time.perf_counter() - t0, lat, job


LIBRARY_CHILD = """
import json, sys, tempfile, time
from hextile import RenderOptions, load_config, render
cfg = load_config(json.loads(sys.argv[1]))
for line in sys.stdin:
    t0 = time.perf_counter()
    render(cfg, sys.argv[2], tempfile.mkdtemp(dir=sys.argv[3]), options=RenderOptions(device="cpu"))
    print(time.perf_counter() - t0, flush=True)
"""


class Library:
    """``hextile.render`` in a long-lived process of its own, as the server's worker is: each
    :meth:`render` call renders once there and returns the seconds it took."""

    def __init__(self, pano: Path, template: Path, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, "-c", LIBRARY_CHILD, json.dumps(config(str(template))), str(pano), str(out)]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=ENV)

    def render(self) -> float:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write("go\n")
        self.proc.stdin.flush()
        return float(self.proc.stdout.readline())

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(60)


async def load(url: str, job_holder: dict, clients: int, requests: int) -> tuple[int, int]:
    """SSE followers and API requests against the running render; returns (errors, requests done)."""
    import httpx

    errors = 0
    done = 0
    limits = httpx.Limits(max_connections=clients + 50, max_keepalive_connections=clients + 50)
    async with httpx.AsyncClient(base_url=url, timeout=600, limits=limits) as client:

        async def follow() -> None:
            nonlocal errors
            try:
                async with client.stream("GET", f"/api/renders/{job_holder['id']}/events") as res:
                    if res.status_code != 200:
                        errors += 1
                        return
                    async for line in res.aiter_lines():
                        if line.startswith("data:") and '"job.status"' in line and '"completed"' in line:
                            return
                errors += 1  # the stream ended without the render's end: a missed event
            except httpx.HTTPError:
                errors += 1

        async def api(i: int, sem: asyncio.Semaphore) -> None:
            nonlocal errors, done
            path = ("/api/renders", f"/api/renders/{job_holder['id']}", "/api/templates", "/api/inputs")[
                i % 4
            ]
            async with sem:
                try:
                    res = await client.get(path)
                    if res.status_code != 200:
                        errors += 1
                    done += 1
                except httpx.HTTPError:
                    errors += 1

        sem = asyncio.Semaphore(20)
        await asyncio.gather(*[follow() for _ in range(clients)], *[api(i, sem) for i in range(requests)])
    return errors, done


def loaded_render(url: str, input_id: str, cfg: dict, clients: int, requests: int) -> tuple[float, int, int]:
    import threading

    import httpx

    holder: dict = {}
    t0 = time.perf_counter()
    holder["id"] = httpx.post(url + "/api/renders", json={"input_id": input_id, "config": cfg}).json()["id"]
    result: dict = {}
    th = threading.Thread(target=lambda: result.update(r=asyncio.run(load(url, holder, clients, requests))))
    th.start()
    with httpx.stream("GET", f"{url}/api/renders/{holder['id']}/events", timeout=600) as res:
        for line in res.iter_lines():
            if line.startswith("data:") and '"job.status"' in line:
                break
    elapsed = time.perf_counter() - t0
    th.join()
    errors, done = result["r"]
    return elapsed, errors, done


def preview_bench(tmp: Path) -> tuple[float, float, float]:
    import cv2
    import numpy as np

    from hextile.service.images import ImageService

    data = tmp / "pdata"
    (data / "renders").mkdir(parents=True)
    from tests.helpers import textured_panorama

    pano = textured_panorama(1024, seed=3)
    arr = (pano.permute(1, 2, 0).numpy() * 65535).astype(np.uint16)[..., ::-1]
    big = cv2.resize(arr, (4096, 2048), interpolation=cv2.INTER_CUBIC)
    src = data / "renders" / "panorama.png"
    cv2.imwrite(str(src), big, [cv2.IMWRITE_PNG_COMPRESSION, 1])
    svc = ImageService(data)
    t0 = time.perf_counter()
    full = svc.original(src)  # baseline: serving the full file only needs its ETag
    t_full = time.perf_counter() - t0
    t0 = time.perf_counter()
    cold = svc.preview(src, 2048, "jpeg")
    t_cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    warm = svc.preview(src, 2048, "jpeg")
    t_warm = time.perf_counter() - t0
    assert cold.path == warm.path and full.path == src
    return t_full, t_cold, t_warm


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--width", type=int, default=1024, help="input panorama width")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--requests", type=int, default=1000)
    a = ap.parse_args()

    import httpx
    from tests.helpers import textured_panorama

    from hextile.imageio import write_image

    tmp = Path(tempfile.mkdtemp(prefix="hextile-bench-server-"))
    data = tmp / "data"
    (data / "templates").mkdir(parents=True)
    template = data / "templates" / "Bench_20.json"
    template.write_text(json.dumps(TEMPLATE))
    pano = tmp / "pano.png"
    write_image(pano, textured_panorama(a.width, seed=11))

    server = Server(data)
    try:
        up = httpx.post(server.url + "/api/inputs", files={"file": ("pano.png", pano.read_bytes())}).json()
        cfg = config("Bench_20")
        served_render(server.url, up["id"], cfg)  # warm-up: imports, caches
        library = Library(pano, template, tmp / "lib")
        library.render()  # warm-up
        lib_t, srv_t, lat, srv_cpu = [], [], [], []
        for _ in range(a.runs):
            lib_t.append(library.render())
            c0 = server.cpu_s()
            t, latencies, _ = served_render(server.url, up["id"], cfg)
            srv_cpu.append(server.cpu_s() - c0)
            srv_t.append(t)
            lat += latencies
        library.close()
        quiet = statistics.median(srv_t)
        c0 = server.cpu_s()
        loaded, errors, done = loaded_render(server.url, up["id"], cfg, a.clients, a.requests)
        loaded_cpu = server.cpu_s() - c0
    finally:
        server.stop()
    t_full, t_cold, t_warm = preview_bench(tmp)

    lib_m = statistics.median(lib_t)
    lat_ms = sorted(x * 1000 for x in lat)
    p99 = lat_ms[min(len(lat_ms) - 1, int(0.99 * len(lat_ms)))]
    print(f"2-pass CPU render, {a.width}px input, 20-tile template, median of {a.runs}:")
    print(f"  library  {lib_m:7.2f} s   (runs: {', '.join(f'{x:.2f}' for x in lib_t)})")
    print(f"  server   {quiet:7.2f} s   (runs: {', '.join(f'{x:.2f}' for x in srv_t)})")
    print(f"  ratio server/library: {quiet / lib_m:.3f}   (goal <= 1.05)")
    print(
        f"event latency engine -> SSE client over {len(lat_ms)} events: "
        f"median {statistics.median(lat_ms):.2f} ms, p99 {p99:.2f} ms"
    )
    print(
        f"under load ({a.clients} SSE clients + {done}/{a.requests} API requests): {loaded:.2f} s, "
        f"slowdown {100 * (loaded / quiet - 1):+.1f} % (goal <= 10 %), errors {errors}"
    )
    print(
        f"server CPU per render: quiet {statistics.median(srv_cpu):.2f} s, under load {loaded_cpu:.2f} s "
        f"(the load's HTTP/SSE work: {loaded_cpu - statistics.median(srv_cpu):.2f} s on a "
        f"{os.cpu_count()}-core machine shared with the load generator)"
    )
    print(
        f"preview 4096x2048 16-bit PNG -> 2048-wide JPEG: cold {t_cold * 1000:.0f} ms, "
        f"cached {t_warm * 1000:.1f} ms (ratio {t_cold / max(t_warm, 1e-6):.0f}x); "
        f"full-size original (ETag only) {t_full * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
