"""What a batch's INPUTS name: images, folders of images, video files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

IMAGE_EXTS = frozenset({".png", ".jpg", ".jpeg", ".webp", ".tif", ".tiff"})
VIDEO_EXTS = frozenset({".mp4", ".mov", ".mkv", ".webm", ".avi", ".m4v"})


@dataclass(frozen=True)
class Source:
    """One input of the batch, or a problem with one (``error`` set: it fails alone)."""

    kind: Literal["image", "video", "bad"]
    path: Path  # absolute
    error: str | None = None

    @property
    def key(self) -> str:
        return str(self.path)


def _classify(path: Path) -> Source:
    ext = path.suffix.lower()
    if ext in IMAGE_EXTS:
        return Source("image", path)
    if ext in VIDEO_EXTS:
        return Source("video", path)
    known = ", ".join(sorted(IMAGE_EXTS | VIDEO_EXTS))
    return Source("bad", path, f"{path.name}: not an image or video file hextile reads (use {known})")


def expand_inputs(inputs: list[Path]) -> list[Source]:
    """Images and videos given, plus the images and videos directly inside folders given (sorted).

    A path that does not exist, a file of another type or a folder with nothing to render becomes
    a ``bad`` source: the batch lists it as failed and renders everything else. Duplicates are
    dropped (the first occurrence keeps its place).
    """
    found: list[Source] = []
    seen: set[Path] = set()

    def add(src: Source) -> None:
        if src.path not in seen:
            seen.add(src.path)
            found.append(src)

    for raw in inputs:
        path = Path(os.path.abspath(Path(raw).expanduser()))
        if path.is_dir():
            inside = sorted(
                p for p in path.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_EXTS | VIDEO_EXTS
            )
            if not inside:
                add(Source("bad", path, f"{raw}: the folder holds no images or videos"))
            for p in inside:
                add(_classify(p))
        elif path.is_file():
            add(_classify(path))
        else:
            add(Source("bad", path, f"{raw}: no such file or folder"))
    return found
