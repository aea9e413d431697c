"""What a user does in the web app, step by step, in a real browser against a real server.

One journey (the tests run in order and share the page): upload → Multi-Pass → add, rename,
reorder passes → per-pass settings → render with CPU pipelines → drag-to-cycle on a tile, on the
2D preview and on the 360 eye button → export → import with an error → reload → cancel and resume.
Controls are found by role and accessible name (docs/web.md); any console error fails the test.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

NO_PLAYWRIGHT = "playwright is not installed (pip install -e '.[dev]')"
sync_api = pytest.importorskip("playwright.sync_api", reason=NO_PLAYWRIGHT)
expect = sync_api.expect

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page
    from tests.e2e.conftest import ConsoleWatch, Server

pytestmark = [pytest.mark.browser, pytest.mark.slow]

STEP = 40  # CSS px per version while dragging (web/src/lib/cycle.ts)
SMALL = "Small_12 — 12 tiles · 1024×512 · 256² tiles"
WIDE = "Wide_20 — 20 tiles · 1024×512 · 192² tiles"
BIG = "Hextile_20_2K — 20 tiles · 2048×1024 · 1024² tiles"


def pass_names(page: Page) -> list[str]:
    return page.get_by_role("tablist", name="Passes").get_by_role("tab").all_inner_texts()


def badge(page: Page) -> Locator:
    return page.get_by_role("status")


def press_at(page: Page, target: Locator) -> tuple[float, float]:
    box = target.bounding_box()
    assert box is not None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    return x, y


@pytest.fixture(scope="module")
def journey(app_page: tuple[Page, ConsoleWatch]) -> dict:
    """What later steps need from earlier ones (the render's id, the exported config)."""
    return {}


def test_upload_and_turn_on_multi_pass(app_page, demo_pano: Path, shots: Path):
    page, watch = app_page
    expect(page.get_by_role("button", name="Choose panorama")).to_be_visible(timeout=60_000)
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Choose panorama").click()
    chooser.value.set_files(demo_pano)
    expect(page.get_by_label("Recent uploads")).to_contain_text("courtyard.png · 1024×512")
    expect(page.get_by_role("tablist", name="Passes")).to_have_count(0)

    page.get_by_role("switch", name="Multi-Pass").click()
    expect(page.get_by_role("switch", name="Multi-Pass")).to_have_attribute("aria-checked", "true")
    expect(page.get_by_role("tab", name="Pass 1")).to_have_attribute("aria-selected", "true")
    assert pass_names(page) == ["Pass 1"]
    page.get_by_label("Template").select_option(label=SMALL)
    watch.check()


def test_add_rename_and_reorder_passes(app_page, shots: Path):
    page, watch = app_page
    page.get_by_label("Strength").fill("0.7")
    page.get_by_label("Strength").press("Tab")
    page.get_by_role("button", name="Add pass").click()
    # The new pass is a copy of the current settings and becomes the active one.
    expect(page.get_by_role("tab", name="Pass 2")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_label("Strength")).to_have_value("0.7")
    expect(page.get_by_label("Template")).to_have_value(re.compile(".+"))

    page.get_by_role("tab", name="Pass 2").hover()
    page.get_by_role("button", name="Rename Pass 2").click()
    page.get_by_role("textbox", name="New name of Pass 2").fill("Fine")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Rename Pass 1").click()
    page.get_by_role("textbox", name="New name of Pass 1").fill("Coarse")
    page.keyboard.press("Enter")
    assert pass_names(page) == ["Coarse", "Fine"]

    # Reorder with the buttons, then back with a drag of the pill.
    page.get_by_role("button", name="Move Fine up").click()
    assert pass_names(page) == ["Fine", "Coarse"]
    page.get_by_role("tab", name="Fine").drag_to(page.get_by_role("tab", name="Coarse"))
    assert pass_names(page) == ["Coarse", "Fine"]
    # And from the keyboard: Alt+↓ moves the focused pass down, Alt+↑ back up.
    page.get_by_role("tab", name="Coarse").focus()
    page.keyboard.press("Alt+ArrowDown")
    assert pass_names(page) == ["Fine", "Coarse"]
    page.keyboard.press("Alt+ArrowUp")
    assert pass_names(page) == ["Coarse", "Fine"]

    # Remove with undo.
    page.get_by_role("button", name="Add pass").click()
    assert pass_names(page) == ["Coarse", "Fine", "Pass 3"]
    page.get_by_role("button", name="Remove Pass 3").click()
    assert pass_names(page) == ["Coarse", "Fine"]
    page.get_by_role("button", name="Undo").click()
    assert pass_names(page) == ["Coarse", "Fine", "Pass 3"]
    page.get_by_role("button", name="Remove Pass 3").click()
    assert pass_names(page) == ["Coarse", "Fine"]
    watch.check()


def test_each_pass_keeps_its_own_settings(app_page, shots: Path):
    page, watch = app_page
    page.get_by_role("tab", name="Fine").click()
    page.get_by_label("Model").select_option(label="detail")
    page.get_by_label("Strength").fill("0.25")
    page.get_by_label("Strength").press("Tab")
    page.get_by_label("Template").select_option(label=WIDE)

    page.get_by_role("tab", name="Coarse").click()
    expect(page.get_by_label("Strength")).to_have_value("0.7")
    expect(page.get_by_label("Template")).to_contain_text("Small_12")
    page.get_by_role("tab", name="Fine").click()
    expect(page.get_by_label("Strength")).to_have_value("0.25")

    # A value the server refuses shows its message at the field, and goes away when fixed.
    page.get_by_label("Strength").fill("1.5")
    page.get_by_label("Strength").press("Tab")
    expect(page.get_by_label("Strength")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_text("1.5 is not between 0 and 1")).to_be_visible()
    page.get_by_label("Strength").fill("0.25")
    page.get_by_label("Strength").press("Tab")
    expect(page.get_by_label("Strength")).not_to_have_attribute("aria-invalid", "true")
    page.screenshot(path=shots / "pass-panel.png")
    watch.check()


def test_render_two_passes_live(app_page, server: Server, journey: dict, shots: Path):
    page, watch = app_page
    page.get_by_role("tab", name="2D").click()
    page.get_by_role("button", name="Render", exact=True).click()
    # While it runs, the 2D view shows the render's live preview, a new frame as tiles finish.
    # (one check of both, every frame: the live phase ends with the render)
    page.wait_for_function(
        """() => {
            const im = document.querySelector('img[alt="Panorama preview"]');
            const live = /\\/images\\/preview\\?frame=\\d+$/.test(im ? im.getAttribute('src') || '' : '');
            return live && document.body.innerText.includes('Live: the pass in progress');
        }""",
        polling="raf",
        timeout=60_000,
    )
    page.get_by_role("tab", name="Tiles").click()
    expect(page.get_by_text("Pass 2 of 2")).to_be_visible(timeout=120_000)
    expect(page.get_by_role("progressbar", name="Overall progress")).to_have_attribute(
        "aria-valuenow", "100", timeout=120_000
    )
    expect(page.get_by_text("100 %")).to_be_visible()
    expect(page.get_by_role("button", name="Cancel")).to_be_disabled()
    renders = server.api("GET", "/api/renders?limit=1")["items"]
    assert renders[0]["status"] == "completed" and renders[0]["pass_count"] == 2
    journey["render"] = renders[0]["id"]
    # The tile grid shows the last pass (Wide_20: 20 tiles), every tile filled in.
    grid = page.get_by_role("list", name=re.compile("Tiles of Pass 2 — Fine"))
    expect(grid.get_by_role("button", name=re.compile(r"^Tile \d+$"))).to_have_count(20)  # finished
    expect(page.get_by_role("img", name="Tile 20")).to_be_visible()
    page.wait_for_function("() => [...document.images].every(i => i.complete)")
    page.screenshot(path=shots / "tiles.png")
    # The 2D preview's and the 360 viewer's versions were fetched as the passes arrived, the 360
    # view never opened for this render: cycling there is a swap, not a download.
    rid = journey["render"]
    for width in (2048, 4096):
        for k in (0, 1):
            assert f"api/renders/{rid}/images/pass/{k}?w={width}" in watch.requested, (k, width)
    watch.check()


def test_drag_to_cycle_on_a_tile(app_page, journey: dict, shots: Path):
    page, watch = app_page
    rid = journey["render"]
    tile = page.get_by_role("img", name="Tile 3")
    after = f"/api/renders/{rid}/passes/1/tiles/3?kind=out"
    expect(tile).to_have_attribute("src", after)
    # The passes used different templates: every version is the server's view of tile 3's patch.
    x, y = press_at(page, tile)
    expect(badge(page)).to_have_text("Original")
    expect(tile).to_have_attribute("src", re.compile(rf"/api/renders/{rid}/view\?source=input&"))
    page.mouse.move(x, y - STEP - 2)
    expect(badge(page)).to_have_text("Pass 1 — Coarse")
    expect(tile).to_have_attribute("src", re.compile(r"/view\?source=pass-0&"))
    page.mouse.move(x, y - 2 * STEP - 2)
    expect(badge(page)).to_have_text("Final")
    expect(tile).to_have_attribute("src", re.compile(r"/view\?source=pass-1&"))
    page.wait_for_function("el => el.complete && el.naturalWidth > 0", arg=tile.element_handle())
    page.screenshot(path=shots / "drag-to-cycle.png")
    page.mouse.move(x, y - STEP - 2)  # back down one step
    expect(badge(page)).to_have_text("Pass 1 — Coarse")
    page.mouse.up()
    expect(badge(page)).to_have_count(0)
    expect(tile).to_have_attribute("src", after)

    # Keyboard: focus the tile, hold Space, ↑ steps, releasing Space snaps back.
    page.get_by_role("button", name="Tile 3", exact=True).focus()
    page.keyboard.down(" ")
    expect(badge(page)).to_have_text("Original")
    page.keyboard.press("ArrowUp")
    expect(badge(page)).to_have_text("Pass 1 — Coarse")
    page.keyboard.up(" ")
    expect(badge(page)).to_have_count(0)
    expect(tile).to_have_attribute("src", after)
    watch.check()


def test_drag_to_cycle_on_the_2d_preview(app_page, journey: dict, shots: Path):
    page, watch = app_page
    rid = journey["render"]
    page.get_by_role("tab", name="2D").click()
    preview = page.get_by_role("img", name="Panorama preview")
    final = f"/api/renders/{rid}/images/pass/1?w=2048"
    expect(preview).to_have_attribute("src", final)
    x, y = press_at(page, preview)
    steps = [
        ("Original", f"/api/renders/{rid}/images/input?w=2048"),
        ("Pass 1 — Coarse", f"/api/renders/{rid}/images/pass/0?w=2048"),
        ("Final", final),
    ]
    for i, (label, src) in enumerate(steps):
        page.mouse.move(x, y - i * STEP - 2)
        expect(badge(page)).to_have_text(label)
        expect(preview).to_have_attribute("src", src)
        page.wait_for_function("el => el.complete && el.naturalWidth > 0", arg=preview.element_handle())
    # Escape snaps back mid-drag, as release does.
    page.mouse.move(x, y - 2)
    expect(badge(page)).to_have_text("Original")
    page.keyboard.press("Escape")
    expect(badge(page)).to_have_count(0)
    expect(preview).to_have_attribute("src", final)
    page.mouse.up()

    page.get_by_role("button", name="Template cells").click()
    expect(page.get_by_role("button", name="Template cells")).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".pano svg polygon").first).to_be_attached()
    page.screenshot(path=shots / "preview-2d.png")

    # The seam heat-map of the pass on show (docs/seams.md), following drag-to-cycle.
    page.get_by_role("button", name="Template cells").click()
    page.get_by_role("button", name="Seams").click()
    heat = page.get_by_role("img", name=re.compile("^Seam heat-map"))
    expect(heat).to_have_attribute("src", f"/api/renders/{rid}/passes/1/seams")
    expect(heat).to_have_accessible_name("Seam heat-map of Final")
    page.wait_for_function("el => el.complete && el.naturalWidth > 0", arg=heat.element_handle())
    page.screenshot(path=shots / "seams-2d.png")
    x, y = press_at(page, preview)
    expect(heat).to_have_count(0)  # the original input has no seams
    page.mouse.move(x, y - STEP - 2)
    expect(heat).to_have_attribute("src", f"/api/renders/{rid}/passes/0/seams")
    page.mouse.up()
    expect(heat).to_have_attribute("src", f"/api/renders/{rid}/passes/1/seams")
    page.get_by_role("button", name="Seams").click()
    expect(heat).to_have_count(0)
    watch.check()


def test_drag_to_cycle_on_the_360_eye(app_page, journey: dict, shots: Path):
    page, watch = app_page
    rid = journey["render"]
    page.get_by_role("tab", name="360").click()
    viewer = page.get_by_role("img", name="360 viewer")
    final = f"/api/renders/{rid}/images/pass/1?w=4096"
    expect(viewer).to_have_attribute("data-panorama", final, timeout=60_000)
    expect(viewer).to_have_attribute("data-camera", re.compile(r"^-?\d"))
    camera = viewer.get_attribute("data-camera")
    eye = page.get_by_role("button", name="Peek passes")
    x, y = press_at(page, eye)
    steps = [
        ("Original", f"/api/renders/{rid}/images/input?w=4096"),
        ("Pass 1 — Coarse", f"/api/renders/{rid}/images/pass/0?w=4096"),
        ("Final", final),
    ]
    for i, (label, src) in enumerate(steps):
        page.mouse.move(x, y - i * STEP - 2)
        expect(badge(page)).to_have_text(label)
        expect(viewer).to_have_attribute("data-panorama", src)
        # The texture changes, the camera does not move.
        assert viewer.get_attribute("data-camera") == camera
    page.mouse.move(x, y - STEP - 2)
    expect(viewer).to_have_attribute("data-panorama", steps[1][1])
    page.mouse.up()
    expect(badge(page)).to_have_count(0)
    expect(viewer).to_have_attribute("data-panorama", final)
    assert viewer.get_attribute("data-camera") == camera
    page.get_by_role("button", name="Seams").click()
    expect(viewer).to_have_attribute("data-seams", f"/api/renders/{rid}/passes/1/seams")
    page.get_by_role("button", name="Seams").click()
    expect(viewer).to_have_attribute("data-seams", "")
    page.get_by_role("button", name="Tile outlines").click()
    expect(page.get_by_role("button", name="Tile outlines")).to_have_attribute("aria-pressed", "true")
    expect(page.locator(".psv-marker").first).to_be_attached()
    page.screenshot(path=shots / "viewer-360.png")
    watch.check()


def test_export_is_the_servers_resolved_config(app_page, server: Server, journey: dict, tmp_path: Path):
    page, watch = app_page
    with page.expect_download() as dl:
        page.get_by_role("button", name="Export config").click()
    assert dl.value.suggested_filename.endswith(".hextile.json")
    path = tmp_path / dl.value.suggested_filename
    dl.value.save_as(path)
    exported = json.loads(path.read_text())
    rendered = server.api("GET", f"/api/renders/{journey['render']}")["config"]
    assert exported == server.api("POST", "/api/config/resolve", {"config": rendered})
    assert [p["name"] for p in exported["passes"]] == ["Coarse", "Fine"]
    assert [p["diffusion"]["strength"] for p in exported["passes"]] == [0.7, 0.25]
    assert [p["hextile"]["template"] for p in exported["passes"]] == ["Small_12", "Wide_20"]
    journey["exported"] = exported
    watch.check()


def test_import_with_an_error_shows_it_at_its_field(app_page, journey: dict, tmp_path: Path, shots: Path):
    page, watch = app_page
    bad = json.loads(json.dumps(journey["exported"]))
    bad["passes"][1]["name"] = "Detail"
    bad["passes"][1]["diffusion"]["strength"] = 1.5
    path = tmp_path / "broken.hextile.json"
    path.write_text(json.dumps(bad))
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Import config").click()
    chooser.value.set_files(path)

    draft = page.get_by_role("region", name="Imported config")
    expect(draft).to_contain_text("broken.hextile.json has 1 problem")
    expect(page.get_by_role("tab", name="Detail")).to_have_attribute("aria-selected", "true")
    strength = page.get_by_label("Strength")
    expect(strength).to_have_value("1.5")
    expect(strength).to_have_attribute("aria-invalid", "true")
    described = strength.get_attribute("aria-describedby")
    expect(page.locator(f"#{described}")).to_contain_text("1.5")
    expect(page.get_by_role("button", name="Render", exact=True)).to_be_disabled()
    page.screenshot(path=shots / "import-error.png")

    # Nothing changed: discarding brings back the config as it was.
    page.get_by_role("button", name="Discard import").click()
    assert pass_names(page) == ["Coarse", "Fine"]

    # Import again, fix it at the field, apply.
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Import config").click()
    chooser.value.set_files(path)
    expect(page.get_by_role("region", name="Imported config")).to_be_visible()
    page.get_by_label("Strength").fill("0.3")
    page.get_by_label("Strength").press("Tab")
    page.get_by_role("button", name="Apply imported config").click()
    expect(page.get_by_role("region", name="Imported config")).to_have_count(0)
    assert pass_names(page) == ["Coarse", "Detail"]
    page.get_by_role("tab", name="Detail").click()
    expect(page.get_by_label("Strength")).to_have_value("0.3")
    watch.check()


def test_reload_keeps_passes_and_reattaches(app_page, journey: dict):
    page, watch = app_page
    page.get_by_role("tab", name="Detail").click()
    page.reload()
    expect(page.get_by_role("switch", name="Multi-Pass")).to_have_attribute("aria-checked", "true")
    expect(page.get_by_role("tablist", name="Passes")).to_be_visible()
    assert pass_names(page) == ["Coarse", "Detail"]
    expect(page.get_by_role("tab", name="Detail")).to_have_attribute("aria-selected", "true")
    expect(page.get_by_label("Strength")).to_have_value("0.3")
    expect(page.get_by_label("Recent uploads")).to_contain_text("courtyard.png")
    # The render on show is still the last one.
    expect(page.get_by_role("progressbar", name="Overall progress")).to_have_attribute("aria-valuenow", "100")
    watch.check()


def test_cancel_and_resume(app_page, server: Server, shots: Path):
    page, watch = app_page
    # Multi-Pass off: the active pass renders alone, the others are kept.
    page.get_by_role("switch", name="Multi-Pass").click()
    expect(page.get_by_role("tablist", name="Passes")).to_have_count(0)
    page.get_by_label("Model").select_option(label="stylize")
    page.get_by_label("Template").select_option(label=BIG)  # 20 big tiles: slow enough to cancel
    page.get_by_role("tab", name="Tiles").click()
    page.get_by_role("button", name="Render", exact=True).click()
    expect(page.get_by_text("Pass 1 of 1")).to_be_visible(timeout=60_000)
    expect(page.get_by_role("button", name="Cancel")).to_be_enabled()
    # The tile being rendered is marked in the grid (and outlined in the accent colour).
    expect(page.get_by_role("list", name=re.compile("Tiles of")).locator("[aria-busy=true]")).to_have_count(1)
    page.get_by_role("button", name="Cancel").click()
    expect(page.get_by_role("button", name="Resume")).to_be_enabled(timeout=60_000)
    job = server.api("GET", "/api/renders?limit=1")["items"][0]
    assert job["status"] == "cancelled" and job["pass_count"] == 1
    page.screenshot(path=shots / "cancelled.png")

    page.get_by_role("button", name="Resume").click()
    expect(page.get_by_role("progressbar", name="Overall progress")).to_have_attribute(
        "aria-valuenow", "100", timeout=300_000
    )
    expect(page.get_by_role("contentinfo", name="Progress")).to_contain_text("completed", timeout=60_000)
    expect(page.get_by_role("button", name="Resume")).to_be_disabled()
    assert server.api("GET", f"/api/renders/{job['id']}")["status"] == "completed"
    page.get_by_role("switch", name="Multi-Pass").click()
    assert pass_names(page) == ["Coarse", "Detail"]
    watch.check()


def test_history_reopens_a_past_render(app_page, journey: dict, server):
    page, watch = app_page
    rid = journey["render"]
    # Each pass's seam score is shown in the history, the value the render's manifest holds.
    passes = server.api("GET", f"/api/renders/{rid}")["manifest"]["passes"]
    scores = page.get_by_role("list", name=f"Seam scores of render {rid[:8]}").get_by_role("listitem")
    expect(scores).to_have_count(len(passes))
    for i, p in enumerate(passes):
        shown = f"{p['seams']['score']:.2f}"
        expect(scores.nth(i)).to_have_accessible_name(f"Pass {i + 1} seam score {shown}")
        expect(scores.nth(i)).to_have_text(shown)
    page.get_by_role("region", name="Render history").get_by_role(
        "button", name=re.compile(f"^Open render {rid[:8]} \\(completed, 2 of 2 passes\\)")
    ).click()
    expect(page.get_by_role("list", name=re.compile("Tiles of Pass 2 — Fine"))).to_be_visible()
    expect(page.get_by_role("img", name="Tile 3")).to_have_attribute(
        "src", f"/api/renders/{rid}/passes/1/tiles/3?kind=out"
    )
    page.get_by_role("tab", name="2D").click()
    expect(page.get_by_role("img", name="Panorama preview")).to_have_attribute(
        "src", f"/api/renders/{rid}/images/pass/1?w=2048"
    )
    watch.check()


def test_drop_a_panorama_anywhere(app_page, tmp_path: Path):
    from PIL import Image

    page, watch = app_page
    path = tmp_path / "dropped.png"
    Image.new("RGB", (256, 128), (40, 90, 160)).save(path)
    data = list(path.read_bytes())
    transfer = page.evaluate_handle(
        """(bytes) => {
            const dt = new DataTransfer();
            dt.items.add(new File([new Uint8Array(bytes)], 'dropped.png', { type: 'image/png' }));
            return dt;
        }""",
        data,
    )
    page.get_by_role("main").dispatch_event("dragover", {"dataTransfer": transfer})
    page.get_by_role("main").dispatch_event("drop", {"dataTransfer": transfer})
    chosen = page.get_by_label("Recent uploads").locator("option:checked")
    expect(chosen).to_have_text("dropped.png · 256×128")
    watch.check()


def test_a_rotated_pass_draws_its_own_cells(app_page, server: Server, journey: dict):
    """A pass that turned its layout (hextile.rotation): the 2D overlay draws the cells that pass
    really used (GET /api/renders/{id}/passes/{k}/cells), not the template's unturned ones."""
    import time

    page, watch = app_page
    base = server.api("GET", f"/api/renders/{journey['render']}")
    config = base["config"]
    config["passes"][1].setdefault("hextile", {})["rotation"] = {"yaw": 30, "pitch": 20, "roll": 10}
    rid = server.api("POST", "/api/renders", {"input_id": base["input_id"], "config": config})["id"]
    deadline = time.monotonic() + 300
    while server.api("GET", f"/api/renders/{rid}")["status"] != "completed":
        assert time.monotonic() < deadline, "the rotated render did not finish"
        time.sleep(0.5)
    turned = server.api("GET", f"/api/renders/{rid}/passes/1/cells")["cells"]
    name = server.api("GET", f"/api/renders/{rid}")["manifest"]["passes"][1]["template"]["name"]
    plain = server.api("GET", f"/api/templates/{name}/cells")["cells"]

    page.reload()
    page.get_by_role("region", name="Render history").get_by_role(
        "button", name=re.compile(f"^Open render {rid[:8]} ")
    ).click()
    page.get_by_role("tab", name="2D").click()
    expect(page.get_by_role("img", name="Panorama preview")).to_have_attribute(
        "src", f"/api/renders/{rid}/images/pass/1?w=2048"
    )
    toggle = page.get_by_role("button", name="Template cells")
    if toggle.get_attribute("aria-pressed") != "true":
        toggle.click()
    labels = page.locator(".pano svg text")
    expect(labels).to_have_count(len(turned))

    def at(c: dict) -> tuple[float, float]:  # where the app puts a cell's number (360×180 box)
        return ((c["yaw"] + 180) % 360, min(172.0, max(8.0, 90 - c["pitch"])))

    shown = {}
    for t in labels.all():
        x, y = (float(t.get_attribute(a) or "nan") for a in ("x", "y"))
        shown[int(t.text_content() or 0)] = (x, y)
    for c in turned:
        assert shown[c["number"]] == pytest.approx(at(c), abs=1e-3), c["number"]
    assert any(shown[c["number"]] != pytest.approx(at(c), abs=0.5) for c in plain)  # not the plain layout
    toggle.click()

    # Drag-to-cycle on tile 3 of the turned pass cuts every version at that pass's own cell.
    page.get_by_role("tab", name="Tiles").click()
    tile = page.get_by_role("img", name="Tile 3")
    expect(tile).to_have_attribute("src", f"/api/renders/{rid}/passes/1/tiles/3?kind=out")
    x, y = press_at(page, tile)
    expect(badge(page)).to_have_text("Original")
    expect(tile).to_have_attribute("src", re.compile(rf"/api/renders/{rid}/view\?source=input&"))
    query = dict(kv.split("=") for kv in (tile.get_attribute("src") or "").split("?")[1].split("&"))
    cell3 = next(c for c in turned if c["number"] == 3)
    for k in ("yaw", "pitch", "fov"):
        assert float(query[k]) == pytest.approx(cell3[k], abs=1e-6), k
    page.mouse.move(x, y - 2)
    page.mouse.up()
    expect(badge(page)).to_have_count(0)
    watch.check()
