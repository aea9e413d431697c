"""Image sizes from file headers, without decoding a pixel (PNG, JPEG, WebP, TIFF).

Used to refuse decompression bombs (a small file claiming a huge size) before any decoder
allocates memory, and to tell a truncated PNG from a damaged one.
"""

from __future__ import annotations

import struct

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def image_format(data: bytes) -> str | None:
    """``"png"``, ``"jpeg"``, ``"webp"``, ``"tiff"`` from the magic bytes, else ``None``."""
    if data.startswith(PNG_SIGNATURE):
        return "png"
    if data.startswith(b"\xff\xd8"):
        return "jpeg"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    if data[:4] in (b"II*\x00", b"MM\x00*", b"II+\x00", b"MM\x00+"):
        return "tiff"
    return None


def image_size(data: bytes) -> tuple[int, int] | None:
    """``(width, height)`` read from the header, or ``None`` when the header is damaged."""
    try:
        return _SIZE[image_format(data) or ""](data)
    except (KeyError, struct.error, IndexError, ValueError):
        return None


def png_is_complete(data: bytes) -> bool:
    """Whether the chunks of a PNG run whole up to ``IEND`` (walks chunk headers only)."""
    pos = len(PNG_SIGNATURE)
    while pos + 8 <= len(data):
        length, kind = struct.unpack_from(">I4s", data, pos)
        pos += 12 + length
        if pos > len(data):
            return False
        if kind == b"IEND":
            return True
    return False


def _png(data: bytes) -> tuple[int, int] | None:
    length, kind, w, h = struct.unpack_from(">I4sII", data, 8)
    return (w, h) if kind == b"IHDR" and length >= 8 else None


_JPEG_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg(data: bytes) -> tuple[int, int] | None:
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0x01, *range(0xD0, 0xD9)):  # markers without a length
            pos += 2
            continue
        (length,) = struct.unpack_from(">H", data, pos + 2)
        if marker in _JPEG_SOF:
            h, w = struct.unpack_from(">HH", data, pos + 5)
            return w, h
        if marker == 0xDA or length < 2:  # scan data before any frame header
            return None
        pos += 2 + length
    return None


def _webp(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8 ":
        w, h = struct.unpack_from("<HH", data, 26)
        return w & 0x3FFF, h & 0x3FFF
    if chunk == b"VP8L":
        if data[20] != 0x2F:
            return None
        (bits,) = struct.unpack_from("<I", data, 21)
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        w = int.from_bytes(data[24:27], "little") + 1
        h = int.from_bytes(data[27:30], "little") + 1
        return w, h
    return None


def _tiff(data: bytes) -> tuple[int, int] | None:
    e = "<" if data[:2] == b"II" else ">"
    big = struct.unpack_from(e + "H", data, 2)[0] == 43
    if big:
        (ifd,) = struct.unpack_from(e + "Q", data, 8)
        (count,) = struct.unpack_from(e + "Q", data, ifd)
        first, size, value_at = ifd + 8, 20, 12
    else:
        (ifd,) = struct.unpack_from(e + "I", data, 4)
        (count,) = struct.unpack_from(e + "H", data, ifd)
        first, size, value_at = ifd + 2, 12, 8
    found: dict[int, int] = {}
    for i in range(min(count, 4096)):
        at = first + i * size
        tag, typ = struct.unpack_from(e + "HH", data, at)
        if tag in (256, 257):
            fmt = {3: "H", 4: "I", 16: "Q"}.get(typ)
            if fmt is None:
                return None
            found[tag] = struct.unpack_from(e + fmt, data, at + value_at)[0]
    if 256 in found and 257 in found:
        return found[256], found[257]
    return None


_SIZE = {"png": _png, "jpeg": _jpeg, "webp": _webp, "tiff": _tiff}
