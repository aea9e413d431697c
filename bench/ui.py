"""Web app benchmark (Playwright + Debian chromium against a real `hextile serve`).

Run: ``.venv/bin/python bench/ui.py [--width 2048] [--runs 5]``

Prints, each beside a baseline measured in the same run, and the ratio:

* time to interactive — page load until the app's controls answer ("Choose panorama" visible, the
  config loaded), vs loading a bare static page from the same server;
* one drag-to-cycle step on the 2D preview of a ``--width``-wide 2-pass render, after preload —
  from the pointer event to the first frame showing the new image (goal < 50 ms), vs what a step
  costs without preloading (fetching and decoding the image, then a frame);
* one step on the 360 viewer's eye button (pointer event until PSV has the new texture on screen),
  vs fetching and decoding the 4096-wide texture image;
* the JS bundle without three / Photo Sphere Viewer, gzipped (goal < 150 KB), vs the 360 chunk.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "src" / "hextile" / "web_dist"
CHROMIUM = os.environ.get("HEXTILE_CHROMIUM", "/usr/bin/chromium")
STEP = 40


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def api(
    url: str, method: str = "GET", body: object = None, raw: bytes | None = None, ctype: str = ""
) -> dict:
    data = raw if raw is not None else (None if body is None else json.dumps(body).encode())
    req = urllib.request.Request(url, data=data, method=method)
    req.add_header("Content-Type", ctype or "application/json")
    with urllib.request.urlopen(req, timeout=600) as r:
        text = r.read().decode()
    return json.loads(text) if text else {}


def bundle_sizes() -> tuple[int, int]:
    app = lazy = 0
    for f in (DIST / "assets").iterdir():
        if f.suffix not in (".js", ".css"):
            continue
        size = len(gzip.compress(f.read_bytes(), 9))
        if f.name.startswith("viewer360"):
            lazy += size
        elif f.suffix == ".js":
            app += size
    return app, lazy


def start_server(data: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    cmd = [
        sys.executable,
        "-m",
        "hextile",
        "serve",
        "--port",
        str(port),
        "--data",
        str(data),
        "--device",
        "cpu",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(url + "/api/health", timeout=2).close()
            return proc, url
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("hextile serve did not start")


def make_render(url: str, data: Path, width: int) -> str:
    from hextile.imageio import write_image
    from hextile.scene import demo_panorama

    tpl = {"name": "Bench", "tiles": 12, "width": width, "tile_size": 256, "margin_deg": 8}
    (data / "templates").mkdir(parents=True, exist_ok=True)
    (data / "templates" / "Bench.json").write_text(json.dumps(tpl))
    png = data.parent / "pano.png"
    write_image(png, demo_panorama(width))
    boundary = "hextilebench"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="pano.png"\r\n'
            "Content-Type: image/png\r\n\r\n"
        ).encode()
        + png.read_bytes()
        + f"\r\n--{boundary}--\r\n".encode()
    )
    inp = api(url + "/api/inputs", "POST", raw=body, ctype=f"multipart/form-data; boundary={boundary}")
    cfg = {
        "pipeline": "opencv",
        "hextile": {"template": "Bench"},
        "passes": [
            {"name": "Coarse", "diffusion": {"model": "stylize", "strength": 0.8}},
            {"name": "Fine", "diffusion": {"model": "detail", "strength": 0.3}},
        ],
    }
    job = api(url + "/api/renders", "POST", {"input_id": inp["id"], "config": cfg})
    while True:
        r = api(f"{url}/api/renders/{job['id']}")
        if r["status"] in ("completed", "failed", "cancelled", "interrupted"):
            break
        time.sleep(0.5)
    if r["status"] != "completed":
        raise SystemExit(f"bench render {r['status']}: {r.get('error')}")
    return str(job["id"])


# In-page: time from a pointer move to the first frame after the shown image changed and decoded.
WATCH_IMG = """
(sel) => { window.__step = new Promise((resolve) => {
  const img = document.querySelector(sel);
  let t0 = null;
  const onMove = (e) => { if (t0 === null) t0 = performance.now(); };
  window.addEventListener('pointermove', onMove, { capture: true, once: true });
  const obs = new MutationObserver(async () => {
    obs.disconnect();
    try { await img.decode(); } catch (e) {}
    requestAnimationFrame(() => resolve(performance.now() - t0));
  });
  obs.observe(img, { attributes: true, attributeFilter: ['src'] });
}); }
"""
WATCH_360 = """
(sel) => { window.__step = new Promise((resolve) => {
  const el = document.querySelector('.psv');
  let t0 = null;
  window.addEventListener('pointermove', () => { if (t0 === null) t0 = performance.now(); },
    { capture: true, once: true });
  const obs = new MutationObserver(() => {
    obs.disconnect();
    requestAnimationFrame(() => resolve(performance.now() - t0));
  });
  obs.observe(el, { attributes: true, attributeFilter: ['data-panorama'] });
}); }
"""


LOAD_COLD = """
async (url) => {
  const t0 = performance.now();
  const im = new Image();
  im.src = url;
  await im.decode();
  await new Promise((r) => requestAnimationFrame(r));
  return performance.now() - t0;
}
"""


def cycle_steps(page, target_sel: str, watch: str, runs: int) -> list[float]:
    box = page.locator(target_sel).bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    times: list[float] = []
    for _ in range(runs):
        page.mouse.move(x, y)
        page.mouse.down()
        page.wait_for_timeout(100)
        for step in (1, 2):
            page.evaluate(watch, target_sel)  # arms window.__step (resolves on the next swap)
            page.mouse.move(x, y - step * STEP - 2)
            times.append(float(page.evaluate("() => window.__step")))
        page.mouse.up()
        page.wait_for_timeout(150)
    return times


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--width", type=int, default=2048, help="panorama width of the render cycled through")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        raise SystemExit(f"no chromium at {CHROMIUM}: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    app_kb, lazy_kb = (s / 1024 for s in bundle_sizes())
    tmp = Path(tempfile.mkdtemp(prefix="hextile-bench-ui-"))
    proc, url = start_server(tmp / "data")
    try:
        rid = make_render(url, tmp / "data", args.width)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
            tti, floor = [], []
            for _ in range(args.runs):
                ctx = browser.new_context(viewport={"width": 1440, "height": 900})
                page = ctx.new_page()
                t = time.perf_counter()
                page.goto(url + "/api/health")
                floor.append((time.perf_counter() - t) * 1000)
                t = time.perf_counter()
                page.goto(url + "/")
                page.get_by_role("button", name="Choose panorama").wait_for()
                tti.append((time.perf_counter() - t) * 1000)
                ctx.close()

            def steps() -> tuple[list[float], list[float], list[float], list[float]]:
                ctx = browser.new_context(viewport={"width": 1440, "height": 900})
                page = ctx.new_page()
                page.goto(url + "/")
                page.evaluate(
                    f"localStorage.setItem('hextile.ui', JSON.stringify({{renderId: '{rid}', view: '2d'}}))"
                )
                page.reload()
                page.get_by_role("img", name="Panorama preview").wait_for()
                page.wait_for_timeout(1500)  # preload
                flat = cycle_steps(page, ".pano img", WATCH_IMG, args.runs)
                # Baseline: the same step without preloading = fetch + decode + a frame (URLs made
                # unique so neither the HTTP cache nor the decoded-image cache answers).
                cold = [
                    float(page.evaluate(LOAD_COLD, f"/api/renders/{rid}/images/pass/{i % 2}?w={w}&_={i}"))
                    for i, w in enumerate([2048, 4096] * args.runs)
                ]
                page.get_by_role("tab", name="360").click()
                page.locator(f".psv[data-panorama*='{rid}']").wait_for(timeout=120_000)
                page.wait_for_timeout(3000)
                sphere = cycle_steps(page, ".eye", WATCH_360, max(2, args.runs // 2))
                ctx.close()
                return flat, sphere, cold[0::2], cold[1::2]

            flat, sphere, flat_cold, sphere_cold = steps()
            browser.close()
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(tmp, ignore_errors=True)

    med = statistics.median
    print(f"web app benchmark ({args.runs} runs, medians; panorama {args.width} px wide)")
    print(
        f"  time to interactive        {med(tti):8.0f} ms   bare page {med(floor):6.0f} ms   "
        f"ratio {med(tti) / med(floor):5.1f}"
    )
    print(
        f"  2D drag-to-cycle step      {med(flat):8.1f} ms   not preloaded {med(flat_cold):6.1f} ms   "
        f"ratio {med(flat) / med(flat_cold):5.2f}   (goal < 50 ms; max {max(flat):.1f})"
    )
    print(
        f"  360 eye drag-to-cycle step {med(sphere):8.1f} ms   not preloaded {med(sphere_cold):6.1f} ms   "
        f"ratio {med(sphere) / med(sphere_cold):5.2f}   (4096-wide texture; the baseline is its download "
        "and decode only)"
    )
    print(
        f"  JS bundle (gzip)           {app_kb:8.1f} KB   three+PSV {lazy_kb:6.1f} KB   (goal < 150 KB, "
        "the 360 chunk loads only with the 360 view)"
    )


if __name__ == "__main__":
    main()
