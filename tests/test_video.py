"""Videos through `hextile batch`: frames out and back in at the same rate, audio copied, fixed seeds."""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path

import numpy as np
import pytest

av = pytest.importorskip("av", reason="PyAV is the `video` extra")

from hextile.batch import BatchOptions, run_batch  # noqa: E402
from hextile.batch.video import count_frames  # noqa: E402
from hextile.imageio import read_image  # noqa: E402

RATE = Fraction(24000, 1001)


def make_video(path: Path, frames: list[np.ndarray], rate: Fraction = RATE, audio_s: float = 0.0) -> Path:
    """A synthetic H.264 video of ``frames`` (H, W, 3 uint8) with an optional 440 Hz AAC track."""
    h, w = frames[0].shape[:2]
    with av.open(str(path), "w") as c:
        vs = c.add_stream("libx264", rate=rate)
        vs.width, vs.height, vs.pix_fmt = w, h, "yuv420p"
        vs.options = {"crf": "0"}
        a = c.add_stream("aac", rate=48000) if audio_s else None
        for i, img in enumerate(frames):
            f = av.VideoFrame.from_ndarray(img, format="rgb24")
            f.pts, f.time_base = i, 1 / rate
            for pkt in vs.encode(f):
                c.mux(pkt)
        for pkt in vs.encode():
            c.mux(pkt)
        if a is not None:
            t = np.arange(int(48000 * audio_s)) / 48000
            samples = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
            for s in range(0, len(samples), 1024):
                af = av.AudioFrame.from_ndarray(samples[None, s : s + 1024], format="fltp", layout="mono")
                af.sample_rate, af.pts, af.time_base = 48000, s, Fraction(1, 48000)
                for pkt in a.encode(af):
                    c.mux(pkt)
            for pkt in a.encode():
                c.mux(pkt)
    return path


def _frames(n: int, w: int = 256) -> list[np.ndarray]:
    yy, xx = np.mgrid[0 : w // 2, 0:w]
    out = []
    for i in range(n):
        img = np.stack([(xx * 255 // w), (yy * 510 // w), np.full_like(xx, 40)], -1).astype(np.uint8)
        img[:, (i * 16) % w : (i * 16) % w + 12] = 230  # a moving bar; the rest is static
        out.append(img)
    return out


def _cfg(template: Path, model: str = "stylize") -> dict:
    return {
        "pipeline": "opencv",
        "mode": "parallel",
        "hextile": {"template": str(template)},
        "diffusion": {"model": model, "seed": -1, "strength": 0.8},
    }


def test_a_12_frame_video_round_trips_with_its_rate_and_audio(tmp_path, small_template, cli):
    video = make_video(tmp_path / "tour.mp4", _frames(12), audio_s=0.5)
    cfg = tmp_path / "cfg.json"
    cfg.write_text(json.dumps(_cfg(small_template)))
    r = cli("batch", video, "--config", cfg, "--out", tmp_path / "out", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    data = json.loads((tmp_path / "out" / "batch.json").read_text())
    (vid,) = data["videos"]
    assert vid["frames"] == 12 and vid["rate"] == "24000/1001" and vid["audio"] is True
    assert vid["status"] == "completed"
    out = tmp_path / "out" / vid["output"]
    assert out.suffix == ".mp4" and str(out) in r.stdout
    frames, rate, audio = count_frames(out)
    assert (frames, rate, audio) == (12, RATE, True)
    with av.open(str(out)) as c, av.open(str(video)) as src:
        a_out, a_in = c.streams.audio[0], src.streams.audio[0]
        assert a_out.codec_context.name == "aac"
        got = [bytes(p) for p in c.demux(a_out) if p.size]
        want = [bytes(p) for p in src.demux(a_in) if p.size]
        assert got == want  # copied packet for packet, not re-encoded
    kept = sorted((out.parent / "frames_out").glob("*.png"))  # the frames are kept as images too
    assert [p.name for p in kept] == [f"{i:06d}.png" for i in range(1, 13)]
    assert len([i for i in data["items"] if i["kind"] == "frame" and i["status"] == "completed"]) == 12


def test_frames_share_seeds_unless_reseeded(tmp_path, small_template):
    """Two identical frames render identically with the default (shared) seeds, and differently with
    --reseed-per-frame (the pencil filter's hatching is seeded)."""
    same = _frames(1)[0]
    video = make_video(tmp_path / "still.mp4", [same, same, same])
    fixed = run_batch([video], _cfg(small_template, "pencil"), tmp_path / "fixed")
    reseed = BatchOptions(reseed_per_frame=True)
    reseeded = run_batch([video], _cfg(small_template, "pencil"), tmp_path / "reseed", options=reseed)
    assert fixed.ok and reseeded.ok

    def outputs(out: Path):
        data = json.loads((out / "batch.json").read_text())
        items = sorted(data["items"], key=lambda i: i["frame"])
        return [i["seeds"] for i in items], [read_image(out / i["final_image"])[0] for i in items]

    seeds, images = outputs(tmp_path / "fixed")
    assert seeds[0] == seeds[1] == seeds[2] and seeds[0][0] >= 0  # drawn once for the whole video
    assert all(np.array_equal(images[0].numpy(), im.numpy()) for im in images[1:])
    seeds, images = outputs(tmp_path / "reseed")
    assert len({s[0] for s in seeds}) == 3
    assert not np.array_equal(images[0].numpy(), images[1].numpy())


def test_a_video_that_is_not_2_to_1_fails_once_and_alone(tmp_path, small_template, small_pano):
    flat = make_video(tmp_path / "flat.mp4", [np.zeros((64, 96, 3), np.uint8)] * 3)
    summary = run_batch([flat, small_pano], _cfg(small_template), tmp_path / "out")
    assert summary.completed == [str(small_pano)]
    assert len(summary.failed) == 1  # one line for the video, not one per frame
    key, error = summary.failed[0]
    assert key == str(flat) and "96×64, not a 2:1 equirectangular 360° video" in error
    assert not (tmp_path / "out" / "videos").exists()  # nothing decoded
