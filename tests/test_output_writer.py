"""BackgroundWriter: exact pixels, layouts, flush/close, atomic files, errors from the worker."""

from __future__ import annotations

import errno
import os
import threading
import time
from pathlib import Path

import cv2
import numpy as np
import pytest
import torch

from hextile import atomic
from hextile.errors import OutputError
from hextile.output.writer import BackgroundWriter, encode, png_params, to_bgr_hwc

RNG = np.random.default_rng(1234)


def rgb16(h: int = 48, w: int = 96, c: int = 3) -> np.ndarray:
    """Random (C, H, W) uint16 values."""
    return RNG.integers(0, 65536, (c, h, w), dtype=np.uint16)


def rgb8(h: int = 48, w: int = 96, c: int = 3) -> np.ndarray:
    return RNG.integers(0, 256, (c, h, w), dtype=np.uint8)


def read_rgb(path: Path) -> np.ndarray:
    """A written file back as (C, H, W) RGB(A) in its stored bit depth."""
    img = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    assert img is not None, path
    if img.ndim == 2:
        return img[None]
    order = [2, 1, 0] if img.shape[2] == 3 else [2, 1, 0, 3]
    return img[:, :, order].transpose(2, 0, 1)


def leftovers(folder: Path) -> list[Path]:
    return list(folder.rglob(f"*{atomic.TEMP_SUFFIX}"))


# --------------------------------------------------------------------------- pixels


def test_png16_float_tensor_exact(tmp_path: Path) -> None:
    k = rgb16()
    t = torch.from_numpy(k.astype(np.float32) / 65535.0)
    with BackgroundWriter(root=tmp_path) as w:
        w.submit(tmp_path / "pass_0" / "panorama.png", t, kind="png16")
    got = read_rgb(tmp_path / "pass_0" / "panorama.png")
    assert got.dtype == np.uint16
    np.testing.assert_array_equal(got, k)


def test_png8_float_tensor_exact(tmp_path: Path) -> None:
    k = rgb8()
    with BackgroundWriter() as w:
        w.submit(tmp_path / "a.png", torch.from_numpy(k.astype(np.float32) / 255.0), kind="png8")
        w.submit(tmp_path / "b.png", torch.from_numpy(k.astype(np.float64) / 255.0)[None], kind="png8")
        w.submit(tmp_path / "c.png", torch.from_numpy(k), kind="png8")  # uint8 tensor as is
    for name in "abc":
        got = read_rgb(tmp_path / f"{name}.png")
        assert got.dtype == np.uint8
        np.testing.assert_array_equal(got, k)


def test_half_precision_tensor(tmp_path: Path) -> None:
    k = rgb8(8, 16)
    t = torch.from_numpy(k.astype(np.float32) / 255.0).to(torch.bfloat16)
    with BackgroundWriter() as w:
        w.submit(tmp_path / "h.png", t.half(), kind="png8")
        w.submit(tmp_path / "b.png", t, kind="png8")
    # bfloat16 keeps 8 significant bits: allow one step
    assert np.abs(read_rgb(tmp_path / "h.png").astype(int) - k).max() == 0
    assert np.abs(read_rgb(tmp_path / "b.png").astype(int) - k).max() <= 1


def test_numpy_hwc_inputs_exact(tmp_path: Path) -> None:
    k16 = rgb16(c=4)
    hwc16 = np.ascontiguousarray(k16.transpose(1, 2, 0))
    k8 = rgb8()
    hwc8 = np.ascontiguousarray(k8.transpose(1, 2, 0))
    with BackgroundWriter() as w:
        w.submit(tmp_path / "rgba16.png", hwc16, kind="png16")
        w.submit(tmp_path / "rgba16f.png", hwc16.astype(np.float32) / 65535.0, kind="png16")
        w.submit(tmp_path / "rgb8.png", hwc8, kind="png8")
        w.submit(tmp_path / "rgb8to16.png", hwc8, kind="png16")
        w.submit(tmp_path / "nc.png", hwc8[:, ::2], kind="png8")  # non-contiguous view
    np.testing.assert_array_equal(read_rgb(tmp_path / "rgba16.png"), k16)
    np.testing.assert_array_equal(read_rgb(tmp_path / "rgba16f.png"), k16)
    np.testing.assert_array_equal(read_rgb(tmp_path / "rgb8.png"), k8)
    np.testing.assert_array_equal(read_rgb(tmp_path / "rgb8to16.png"), k8.astype(np.uint16) * 257)
    np.testing.assert_array_equal(read_rgb(tmp_path / "nc.png"), k8[:, :, ::2])


def test_gray_and_single_channel(tmp_path: Path) -> None:
    k = rgb16(c=1)
    with BackgroundWriter() as w:
        w.submit(tmp_path / "chw1.png", torch.from_numpy(k.astype(np.float32) / 65535.0), kind="png16")
        w.submit(tmp_path / "hw.png", torch.from_numpy(k[0].astype(np.float32) / 65535.0), kind="png16")
        w.submit(tmp_path / "hw1.png", np.ascontiguousarray(k.transpose(1, 2, 0)), kind="png16")
    for name in ("chw1", "hw", "hw1"):
        np.testing.assert_array_equal(read_rgb(tmp_path / f"{name}.png"), k)


def test_quantisation_saturates() -> None:
    t = torch.tensor([[[float("nan"), -1.0, 0.0, 0.25, 0.5, 1.0, 2.0, float("inf")]]])
    assert to_bgr_hwc(t, 8).tolist() == [[0, 0, 0, 64, 128, 255, 255, 255]]
    assert to_bgr_hwc(t, 16).tolist() == [[0, 0, 0, 16384, 32768, 65535, 65535, 65535]]
    u16 = np.array([[0, 128, 129, 385, 65535]], dtype=np.uint16)
    assert to_bgr_hwc(u16, 8).tolist() == [[0, 0, 1, 1, 255]]
    i32 = np.array([[-5, 70000]], dtype=np.int32)
    assert to_bgr_hwc(i32, 16).tolist() == [[0, 65535]]


def test_jpeg(tmp_path: Path) -> None:
    h, w = 64, 128
    yy, xx = np.mgrid[0:h, 0:w]
    smooth = np.stack([xx / w, yy / h, (xx + yy) / (w + h)]).astype(np.float32)
    rgba = np.concatenate([smooth, np.ones((1, h, w), np.float32)])
    with BackgroundWriter() as bw:
        bw.submit(tmp_path / "preview.jpg", torch.from_numpy(rgba), kind="jpeg", quality=95)
        bw.submit(tmp_path / "small.jpg", torch.from_numpy(smooth), kind="jpeg", max_width=32)
    data = (tmp_path / "preview.jpg").read_bytes()
    assert data[:3] == b"\xff\xd8\xff"
    got = read_rgb(tmp_path / "preview.jpg").astype(np.float32) / 255.0
    assert got.shape == (3, h, w)
    assert np.abs(got - smooth).mean() < 0.01
    assert cv2.imread(str(tmp_path / "small.jpg")).shape == (16, 32, 3)


def test_png_params() -> None:
    assert png_params(1)[:2] == [cv2.IMWRITE_PNG_COMPRESSION, 1]
    assert cv2.IMWRITE_PNG_STRATEGY in png_params(0)
    assert png_params(9) == [cv2.IMWRITE_PNG_COMPRESSION, 9]
    assert png_params(42)[1] == 9
    k = rgb16(16, 16)
    for level in (0, 3, 6, 9):
        data = encode(torch.from_numpy(k.astype(np.float32) / 65535), "png16", compression=level)
        back = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_UNCHANGED)
        np.testing.assert_array_equal(back[:, :, ::-1].transpose(2, 0, 1), k)


@pytest.mark.parametrize(
    ("image", "match"),
    [
        (torch.zeros(5, 4, 4), "C in 1/3/4"),
        (torch.zeros(2, 3, 4, 4), "C in 1/3/4"),
        (torch.zeros(4), "C in 1/3/4"),
        (torch.zeros(3, 0, 4), "empty"),
        (np.zeros((4, 4, 5)), "C in 1/3/4"),
        (np.zeros((4, 4), dtype=bool), "dtype"),
        (torch.zeros(3, 4, 4, dtype=torch.complex64), "dtype"),
    ],
)
def test_bad_images_raise_in_caller(tmp_path: Path, image: object, match: str) -> None:
    with BackgroundWriter() as w, pytest.raises(ValueError, match=match):
        w.submit(tmp_path / "x.png", image)
    assert not (tmp_path / "x.png").exists()


def test_bad_kind_and_type(tmp_path: Path) -> None:
    with BackgroundWriter() as w:
        with pytest.raises(ValueError, match="kind"):
            w.submit(tmp_path / "x.png", np.zeros((2, 2)), kind="gif")  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"torch\.Tensor or numpy"):
            w.submit(tmp_path / "x.png", [[0]])


# --------------------------------------------------------------------------- threading semantics


def test_encoding_happens_in_worker_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The caller's thread never copies, quantises or encodes."""
    import hextile.output.encode as mod

    threads: list[str] = []
    real = mod.to_bgr_hwc

    def spy(*args: object, **kwargs: object) -> np.ndarray:
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(mod, "to_bgr_hwc", spy)
    with BackgroundWriter(name="hextile-writer-test") as w:
        w.submit(tmp_path / "a.png", torch.rand(3, 8, 8))
        w.flush()
    assert threads == ["hextile-writer-test"]


def test_submit_does_not_wait_for_encoding(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hextile.output.writer as mod

    gate = threading.Event()
    real = mod.encode

    def slow(*args: object, **kwargs: object) -> bytes:
        gate.wait(10)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(mod, "encode", slow)
    with BackgroundWriter(max_queue=4) as w:
        t0 = time.perf_counter()
        for i in range(4):
            w.submit(tmp_path / f"{i}.png", torch.rand(3, 8, 8))
        assert time.perf_counter() - t0 < 1.0
        assert w.pending >= 4
        assert not any(tmp_path.glob("*.png"))
        gate.set()
        w.flush()
        assert w.pending == 0
        assert sorted(p.name for p in tmp_path.glob("*.png")) == ["0.png", "1.png", "2.png", "3.png"]


def test_queue_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hextile.output.writer as mod

    gate = threading.Event()
    real = mod.encode
    monkeypatch.setattr(mod, "encode", lambda *a, **k: (gate.wait(10), real(*a, **k))[1])
    w = BackgroundWriter(max_queue=2)
    done = threading.Event()

    def producer() -> None:
        for i in range(6):
            w.submit(tmp_path / f"{i}.png", torch.rand(3, 4, 4))
        done.set()

    th = threading.Thread(target=producer)
    th.start()
    time.sleep(0.3)
    assert not done.is_set()  # 1 in the worker + 2 queued, the 4th submit blocks
    gate.set()
    th.join(10)
    w.close()
    assert done.is_set()
    assert len(list(tmp_path.glob("*.png"))) == 6


def test_copy_flag_protects_reused_buffers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hextile.output.writer as mod

    gate = threading.Event()
    real = mod.encode
    monkeypatch.setattr(mod, "encode", lambda *a, **k: (gate.wait(10), real(*a, **k))[1])
    buf = torch.zeros(3, 4, 4)
    arr = np.zeros((4, 4, 3), np.uint8)
    with BackgroundWriter() as w:
        w.submit(tmp_path / "t.png", buf, copy=True)
        w.submit(tmp_path / "a.png", arr, copy=True)
        buf.fill_(1.0)
        arr.fill(255)
        gate.set()
    assert read_rgb(tmp_path / "t.png").max() == 0
    assert read_rgb(tmp_path / "a.png").max() == 0


def test_does_not_modify_caller_tensor(tmp_path: Path) -> None:
    t = torch.tensor([[[float("nan"), -1.0, 0.5, 2.0]]])
    before = t.clone()
    with BackgroundWriter() as w:
        w.submit(tmp_path / "x.png", t, kind="png16")
    assert torch.equal(t.nan_to_num(9.0), before.nan_to_num(9.0))


def test_flush_and_close_semantics(tmp_path: Path) -> None:
    w = BackgroundWriter()
    for i in range(5):
        w.submit(tmp_path / f"{i}.png", torch.rand(3, 16, 16), kind="png16")
    w.flush()
    assert len(list(tmp_path.glob("*.png"))) == 5
    w.flush()  # flushing an empty queue returns at once
    w.submit(tmp_path / "last.png", torch.rand(3, 16, 16))
    w.close()  # close drains the queue
    assert (tmp_path / "last.png").is_file()
    w.close()  # idempotent
    with pytest.raises(RuntimeError, match="closed"):
        w.submit(tmp_path / "late.png", torch.rand(3, 4, 4))
    assert not any(t.is_alive() for t in w._threads)
    s = w.stats
    assert s.images == 6
    assert s.bytes == sum(p.stat().st_size for p in tmp_path.glob("*.png"))
    assert s.seconds > 0
    assert s.seconds == pytest.approx(s.encode_seconds + s.write_seconds)
    assert leftovers(tmp_path) == []


def test_overwrite_is_atomic_and_leaves_no_temps(tmp_path: Path) -> None:
    target = tmp_path / "preview.jpg"
    with BackgroundWriter() as w:
        for _ in range(20):
            w.submit(target, torch.rand(3, 32, 64), kind="jpeg")
    assert cv2.imread(str(target)) is not None
    assert [p.name for p in tmp_path.iterdir()] == ["preview.jpg"]


def _dev_full(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Make the writer's low-level open return /dev/full: the real ENOSPC path of write()."""
    opened: list[Path] = []

    def open_dev_full(path: Path) -> int:
        opened.append(path)
        return os.open("/dev/full", os.O_WRONLY)

    monkeypatch.setattr(atomic, "_open_for_write", open_dev_full)
    return opened


def test_disk_full_reraised_on_flush(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "render"
    (root / "pass_1").mkdir(parents=True)
    old = root / "pass_1" / "panorama.png"
    old.write_bytes(b"previous complete file")
    opened = _dev_full(monkeypatch)
    w = BackgroundWriter(root=root)
    w.submit(old, torch.rand(3, 16, 16), kind="png16")
    with pytest.raises(OutputError) as info:
        w.flush()
    assert (
        str(info.value) == "disk full while writing pass_1/panorama.png. free space or choose another --out"
    )
    assert isinstance(info.value.__cause__, OSError)
    assert info.value.__cause__.errno == errno.ENOSPC
    assert opened  # the real write path ran
    assert old.read_bytes() == b"previous complete file"  # never half-overwritten
    assert leftovers(root) == []
    w.flush()  # an error is raised once
    monkeypatch.undo()
    w.submit(old, torch.rand(3, 16, 16), kind="png16")  # usable again once space is back
    w.close()
    assert cv2.imread(str(old), cv2.IMREAD_UNCHANGED).dtype == np.uint16


def test_disk_full_reraised_on_next_submit_and_drops_queue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _dev_full(monkeypatch)
    w = BackgroundWriter(root=tmp_path)
    w.submit(tmp_path / "pass_0" / "tiles" / "Hextile_01.png", torch.rand(3, 8, 8))
    w._queue.join()
    with pytest.raises(OutputError, match=r"^disk full while writing pass_0/tiles/Hextile_01\.png"):
        w.submit(tmp_path / "x.png", torch.rand(3, 8, 8))
    w.close()
    assert w.stats.images == 0


def test_error_drops_queued_jobs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import hextile.output.writer as mod

    gate = threading.Event()
    real = mod.encode
    monkeypatch.setattr(mod, "encode", lambda *a, **k: (gate.wait(10), real(*a, **k))[1])
    _dev_full(monkeypatch)
    w = BackgroundWriter(max_queue=8, workers=1)  # one in flight: the other four are queued
    for i in range(5):
        w.submit(tmp_path / f"{i}.png", torch.rand(3, 8, 8))
    gate.set()
    with pytest.raises(OutputError, match="disk full"):
        w.flush()
    assert w.stats.dropped == 4
    w.close()


@pytest.mark.parametrize(
    ("code", "message"),
    [
        (errno.EACCES, "permission denied while writing a.png"),
        (errno.EROFS, "the file system is read-only while writing a.png"),
        (errno.EIO, "input/output error while writing a.png"),
    ],
)
def test_other_os_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, message: str) -> None:
    def refuse(path: Path) -> int:
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(atomic, "_open_for_write", refuse)
    w = BackgroundWriter(root=tmp_path)
    w.submit(tmp_path / "a.png", torch.rand(3, 8, 8))
    with pytest.raises(OutputError) as info:
        w.close()
    assert str(info.value).startswith(message)
    assert "\n" not in str(info.value)


def test_parent_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "pass_0").write_text("not a folder")
    w = BackgroundWriter(root=tmp_path)
    w.submit(tmp_path / "pass_0" / "panorama.png", torch.rand(3, 4, 4))
    with pytest.raises(OutputError, match=r"pass_0/panorama\.png"):
        w.flush()
    w.close()


def test_context_manager_does_not_mask_exceptions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _dev_full(monkeypatch)
    w = BackgroundWriter()

    def body() -> None:
        with w:
            w.submit(tmp_path / "a.png", torch.rand(3, 4, 4))
            raise KeyError("original")

    with pytest.raises(KeyError):
        body()
    assert not any(t.is_alive() for t in w._threads)


def test_context_manager_raises_worker_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _dev_full(monkeypatch)
    with pytest.raises(OutputError, match="disk full"), BackgroundWriter() as w:
        w.submit(tmp_path / "a.png", torch.rand(3, 4, 4))


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
def test_cuda_tensor_written_from_worker(tmp_path: Path) -> None:
    k = rgb16()
    t = torch.from_numpy(k.astype(np.float32) / 65535.0).cuda()
    stream = torch.cuda.Stream()
    with torch.cuda.stream(stream):
        t2 = t * 1.0  # produced on a side stream
    with BackgroundWriter() as w:
        with torch.cuda.stream(stream):
            w.submit(tmp_path / "gpu16.png", t2, kind="png16")
        w.submit(tmp_path / "gpu8.png", t, kind="png8")
    np.testing.assert_array_equal(read_rgb(tmp_path / "gpu16.png"), k)
    np.testing.assert_array_equal(read_rgb(tmp_path / "gpu8.png"), ((k.astype(np.uint32) + 128) // 257))
