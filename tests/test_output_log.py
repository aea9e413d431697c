"""render.log: timestamped, line-buffered, thread-safe appends."""

from __future__ import annotations

import logging
import os
import re
import threading
from pathlib import Path

import pytest

from hextile.errors import OutputError
from hextile.output.log import RenderLog

LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (DEBUG|INFO |WARN |ERROR|\w+) (.*)$")


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def test_lines_are_timestamped_and_visible_at_once(tmp_path: Path) -> None:
    path = tmp_path / "render.log"
    log = RenderLog(path)
    log.info("render started")
    # line-buffered: the line is on disk before close()
    assert LINE.match(lines(path)[0])
    assert lines(path)[0].endswith(" INFO  render started")
    log.warning("low VRAM")
    log.error("boom")
    log.debug("detail")
    log.write("custom", level="warning")
    log.close()
    got = [LINE.match(s).groups() for s in lines(path)]  # type: ignore[union-attr]
    assert got == [
        ("INFO ", "render started"),
        ("WARN ", "low VRAM"),
        ("ERROR", "boom"),
        ("DEBUG", "detail"),
        ("WARN ", "custom"),
    ]


def test_multiline_messages_keep_every_line_parseable(tmp_path: Path) -> None:
    path = tmp_path / "render.log"
    with RenderLog(path) as log:
        log.info("first\nsecond\r\nthird\rfourth\n")
        log.info("")
        log.info(ValueError("not a string"))
    got = lines(path)
    assert [LINE.match(s).group(2) for s in got] == [  # type: ignore[union-attr]
        "first",
        "second",
        "third",
        "fourth",
        "",
        "not a string",
    ]


def test_appends_to_existing_log(tmp_path: Path) -> None:
    path = tmp_path / "render.log"
    with RenderLog(path) as log:
        log.info("run 1")
    with RenderLog(path) as log:
        log.info("resumed")
    assert [s.split(" ", 2)[2].strip() for s in lines(path)] == ["run 1", "resumed"]


def test_unicode(tmp_path: Path) -> None:
    path = tmp_path / "render.log"
    with RenderLog(path) as log:
        log.info("prompt: café ☕ 東京 \udcff")  # a lone surrogate is replaced, not fatal
    assert "café ☕ 東京" in path.read_text(encoding="utf-8")


def test_threads_never_interleave(tmp_path: Path) -> None:
    path = tmp_path / "render.log"
    log = RenderLog(path)

    def work(k: int) -> None:
        for i in range(200):
            log.info(f"thread {k} line {i} " + "x" * 200)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    log.close()
    got = lines(path)
    assert len(got) == 1600
    assert all(LINE.match(s) and s.endswith("x" * 200) for s in got)


def test_closed_log(tmp_path: Path) -> None:
    log = RenderLog(tmp_path / "render.log")
    log.close()
    log.close()
    assert log.closed
    with pytest.raises(RuntimeError, match="closed"):
        log.info("late")


def test_logging_handler(tmp_path: Path) -> None:
    path = tmp_path / "render.log"
    log = RenderLog(path)
    logger = logging.getLogger("hextile.test_output_log")
    logger.propagate = False
    handler = log.handler()
    logger.addHandler(handler)
    try:
        logger.setLevel(logging.DEBUG)
        logger.debug("hidden")  # below the handler's INFO level
        logger.warning("tile %d slow", 7)
        try:
            raise ValueError("bad")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
        log.close()
    got = lines(path)
    assert got[0].endswith("WARN  hextile.test_output_log: tile 7 slow")
    assert got[1].endswith("ERROR hextile.test_output_log: failed")
    assert any("ValueError: bad" in s for s in got[2:])
    assert all(LINE.match(s) for s in got)


def test_unwritable_log(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    with pytest.raises(OutputError, match="while opening"):
        RenderLog(tmp_path / "f" / "render.log")


def test_disk_full_log(tmp_path: Path) -> None:
    log = RenderLog(tmp_path / "render.log")
    log._file.close()  # type: ignore[union-attr]
    log._file = open("/dev/full", "w", buffering=1, encoding="utf-8")  # noqa: SIM115
    with pytest.raises(OutputError, match=r"^disk full while writing render\.log"):
        log.info("x")
    with pytest.raises(OutputError):
        log.close()  # the buffered rest cannot be flushed either
    assert os.path.exists(tmp_path / "render.log")


def test_attach_sends_hextile_loggers_of_this_thread_only(tmp_path: Path) -> None:
    """render.log gets what the model cache / LoRA / loading loggers say during the render, and
    nothing from other threads (another render in the same server process)."""
    import logging

    log = RenderLog(tmp_path / "render.log")
    log.attach("hextile")
    logging.getLogger("hextile.pipelines.diffusion.lora").info("loaded LoRA 'ink' as adapter a0")
    other = threading.Thread(target=lambda: logging.getLogger("hextile.pipelines.cache").info("someone else"))
    other.start()
    other.join()
    log.close()
    logging.getLogger("hextile.pipelines.cache").warning("after the render")
    text = (tmp_path / "render.log").read_text()
    assert "INFO  hextile.pipelines.diffusion.lora: loaded LoRA 'ink' as adapter a0" in text
    assert "someone else" not in text and "after the render" not in text
    assert logging.getLogger("hextile").level == logging.NOTSET
