"""Videos as frame sequences (PyAV, which ships FFmpeg): decode to PNG frames, encode frames back.

``decode_video`` writes every frame as ``000001.png``, ``000002.png``, … and returns the stream's
frame rate as an exact fraction and whether an audio track is present. ``encode_video`` writes the
restyled frames at that rate and copies the source's first audio track packet for packet (no
re-encoding), interleaved by time.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import numpy as np

from hextile.errors import HextileError

_CODECS = {".webm": ("libvpx-vp9", "yuv420p"), ".avi": ("mpeg4", "yuv420p")}
_DEFAULT_CODEC = ("libx264", "yuv420p")


def _av() -> Any:
    try:
        import av
    except ImportError:
        raise HextileError(
            "video inputs need PyAV, which is not installed",
            'install it with: pip install -e ".[video]" (or pip install av)',
        ) from None
    return av


@dataclass(frozen=True)
class VideoInfo:
    frames: int
    rate: Fraction
    audio: bool
    width: int
    height: int


def frame_name(index: int, stem: str = "") -> str:
    """File name of frame ``index`` (1-based), e.g. ``tour_000001.png`` (``000001.png`` without a stem)."""
    return f"{stem}_{index:06d}.png" if stem else f"{index:06d}.png"


def probe_video(path: Path) -> tuple[Fraction, bool]:
    av = _av()
    try:
        with av.open(str(path)) as c:
            if not c.streams.video:
                raise HextileError(f"{path.name} has no video stream", "give a video file or images")
            v = c.streams.video[0]
            w, h = v.codec_context.width, v.codec_context.height
            if w != 2 * h:  # refuse the whole video once instead of failing every frame
                raise HextileError(
                    f"{path.name} is {w}×{h}, not a 2:1 equirectangular 360° video",
                    f"export it as equirectangular 2:1 (e.g. {2 * h}×{h})",
                )
            rate = v.average_rate or v.guessed_rate or v.base_rate
            if not rate:
                raise HextileError(f"{path.name}: the frame rate is unknown", "re-encode the video")
            return Fraction(rate), bool(c.streams.audio)
    except av.FFmpegError as exc:
        raise HextileError(f"{path.name} is not a video FFmpeg can read ({exc})", "check the file") from None


def decode_video(path: Path, frames_dir: Path, stem: str = "") -> VideoInfo:
    """Write every frame of ``path``'s first video stream to ``frames_dir`` as 8-bit RGB PNG."""
    import cv2

    av = _av()
    rate, audio = probe_video(path)
    frames_dir.mkdir(parents=True, exist_ok=True)
    n = 0
    w = h = 0
    try:
        with av.open(str(path)) as c:
            stream = c.streams.video[0]
            stream.thread_type = "AUTO"
            for frame in c.decode(stream):
                n += 1
                rgb = frame.to_ndarray(format="rgb24")
                h, w = rgb.shape[:2]
                out = frames_dir / frame_name(n, stem)
                tmp = out.with_name(f".{out.name}.partial.png")
                if not cv2.imwrite(str(tmp), np.ascontiguousarray(rgb[:, :, ::-1])):
                    raise HextileError(f"could not write {tmp}", "free space or choose another --out")
                tmp.replace(out)
    except av.FFmpegError as exc:
        raise HextileError(
            f"{path.name}: decoding failed at frame {n + 1} ({exc})", "check the file"
        ) from None
    if n == 0:
        raise HextileError(f"{path.name} has no frames", "give a video with at least one frame")
    return VideoInfo(n, rate, audio, w, h)


def encode_video(frames: list[Path], rate: Fraction, out_path: Path, audio_from: Path | None) -> int:
    """Encode ``frames`` (image files, in order) at ``rate`` into ``out_path``; copy ``audio_from``'s
    first audio track when given. Written to a temporary sibling and renamed. Returns the frame count."""
    import cv2

    av = _av()
    codec, pix_fmt = _CODECS.get(out_path.suffix.lower(), _DEFAULT_CODEC)
    tmp = out_path.with_name(f".{out_path.stem}.partial{out_path.suffix}")
    src = av.open(str(audio_from)) if audio_from is not None else None
    try:
        with av.open(str(tmp), "w") as out:
            vs = out.add_stream(codec, rate=rate)
            vs.pix_fmt = pix_fmt
            a_in = src.streams.audio[0] if src is not None and src.streams.audio else None
            a_out = out.add_stream_from_template(a_in) if a_in is not None else None
            packets = src.demux(a_in) if (src is not None and a_in is not None) else iter(())
            pending: Any = None
            tb = Fraction(1, 1) / rate

            def audio_until(t: float | None) -> None:
                nonlocal pending
                while True:
                    if pending is None:
                        pending = next(packets, None)
                        if pending is None:
                            return
                        if pending.dts is None:  # the demuxer's flush packet
                            pending = None
                            continue
                    if t is not None and float(pending.pts * pending.time_base) > t:
                        return
                    pending.stream = a_out
                    out.mux(pending)
                    pending = None

            for i, f in enumerate(frames):
                img = cv2.imread(str(f), cv2.IMREAD_COLOR)
                if img is None:
                    raise HextileError(f"cannot read frame {f}", "re-run the batch to render it again")
                if i == 0:
                    vs.height, vs.width = img.shape[:2]
                frame = av.VideoFrame.from_ndarray(np.ascontiguousarray(img[:, :, ::-1]), format="rgb24")
                frame.pts = i
                frame.time_base = tb
                audio_until(float(i * tb))
                for pkt in vs.encode(frame):
                    out.mux(pkt)
            for pkt in vs.encode():
                out.mux(pkt)
            audio_until(None)
        tmp.replace(out_path)
    except av.FFmpegError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise HextileError(
            f"encoding {out_path.name} failed ({exc})", "check the frames and free space"
        ) from None
    finally:
        if src is not None:
            src.close()
    return len(frames)


def count_frames(path: Path) -> tuple[int, Fraction, bool]:
    """Frames (decoded), rate and audio presence of a video file (used by tests and checks)."""
    av = _av()
    with av.open(str(path)) as c:
        v = c.streams.video[0]
        n = sum(1 for _ in c.decode(v))
        return n, Fraction(v.average_rate), bool(c.streams.audio)
