"""Render folder layout, render ids, final names, hostile names and unusable output folders."""

from __future__ import annotations

import errno
import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hextile import atomic
from hextile.errors import OutputError
from hextile.output.render_dir import (
    DEFAULT_PATTERN,
    RENDER_ID_RE,
    RenderDir,
    final_name,
    input_stem,
    model_label,
    new_render_id,
    normalize_ext,
    template_label,
    tile_filename,
)

NOW = datetime(2026, 2, 19, 10, 11, 12, tzinfo=UTC)


def make(tmp_path: Path, name: str = "mountain.jpg") -> RenderDir:
    return RenderDir.create(tmp_path / "out", name, now=NOW)


# --------------------------------------------------------------------------- layout


def test_layout_exact_paths(tmp_path: Path) -> None:
    rd = make(tmp_path)
    assert rd.path.is_dir()
    assert rd.root == tmp_path / "out"
    assert re.fullmatch(r"20260219-101112-mountain-[0-9a-f]{4}", rd.render_id)
    p = rd.path
    assert rd.input_copy(".JPG") == p / "input.jpg"
    assert rd.input_copy("png") == p / "input.png"
    assert rd.config_json == p / "config.json"
    assert rd.manifest == p / "passes.json"
    assert rd.preview == p / "preview.jpg"
    assert rd.log == p / "render.log"
    assert rd.pass_dir(0) == p / "pass_0"
    assert rd.pass_dir(9) == p / "pass_9"
    assert rd.pass_tiles(0, 1) == p / "pass_0" / "tiles" / "Hextile_01.png"
    assert rd.pass_tiles(1, 20) == p / "pass_1" / "tiles" / "Hextile_20.png"
    assert rd.pass_tiles_diffused(1, 44) == p / "pass_1" / "tiles_diffused" / "Hextile_44.png"
    assert rd.pass_tiles(2, 100) == p / "pass_2" / "tiles" / "Hextile_100.png"
    assert rd.pass_panorama(1) == p / "pass_1" / "panorama.png"
    assert rd.final_image("mountain_Hextile20-2K_sdxl-base_s42.png") == p / (
        "mountain_Hextile20-2K_sdxl-base_s42.png"
    )
    assert rd.relative(rd.pass_panorama(3)) == "pass_3/panorama.png"
    assert rd.resolve("pass_3/panorama.png") == rd.pass_panorama(3)
    assert list(p.iterdir()) == []  # paths are computed, nothing is created


def test_make_pass_dirs(tmp_path: Path) -> None:
    rd = make(tmp_path)
    assert rd.make_pass_dirs(1) == rd.path / "pass_1"
    assert rd.tiles_dir(1).is_dir()
    assert rd.tiles_diffused_dir(1).is_dir()
    rd.make_pass_dirs(1)  # idempotent


@pytest.mark.parametrize(
    ("n", "name"), [(1, "Hextile_01.png"), (9, "Hextile_09.png"), (99, "Hextile_99.png")]
)
def test_tile_filename(n: int, name: str) -> None:
    assert tile_filename(n) == name


@pytest.mark.parametrize("bad", [0, -1, True, 1.0])
def test_tile_filename_rejects(bad: object) -> None:
    with pytest.raises(ValueError, match="1-based"):
        tile_filename(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", [-1, True, "1"])
def test_pass_dir_rejects(tmp_path: Path, bad: object) -> None:
    with pytest.raises(ValueError, match="0-based"):
        RenderDir(tmp_path).pass_dir(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("bad", ["", ".", "..", "../x.png", "a/b.png", "a\\b.png", "x\x00.png"])
def test_final_image_rejects_non_plain_names(tmp_path: Path, bad: str) -> None:
    with pytest.raises(OutputError, match="not a plain file name"):
        RenderDir(tmp_path).final_image(bad)


# --------------------------------------------------------------------------- render ids


def test_render_id_format_and_uniqueness(tmp_path: Path) -> None:
    ids = {make(tmp_path).render_id for _ in range(40)}
    assert len(ids) == 40
    for rid in ids:
        assert RENDER_ID_RE.match(rid)
        assert rid.startswith("20260219-101112-mountain-")


def test_render_id_uses_utc() -> None:
    from datetime import timedelta, timezone

    local = datetime(2026, 2, 19, 23, 30, 0, tzinfo=timezone(timedelta(hours=-5)))
    assert new_render_id("a.png", now=local).startswith("20260220-043000-a-")


def test_create_never_touches_other_renders(tmp_path: Path) -> None:
    out = tmp_path / "out"
    other = out / "20260219-101112-mountain-0000"
    other.mkdir(parents=True)
    (other / "passes.json").write_text("{}")
    (out / "notes.txt").write_text("mine")
    rds = [make(tmp_path) for _ in range(5)]
    assert (other / "passes.json").read_text() == "{}"
    assert (out / "notes.txt").read_text() == "mine"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [other.name, "notes.txt", *(r.render_id for r in rds)]
    )


def test_create_retries_on_collision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tokens = iter(["abcd", "abcd", "beef"])
    monkeypatch.setattr("hextile.output.render_dir._id_suffix", lambda: next(tokens))
    first = make(tmp_path)
    second = make(tmp_path)
    assert first.render_id.endswith("-abcd")
    assert second.render_id.endswith("-beef")


def test_create_makes_missing_out_root(tmp_path: Path) -> None:
    rd = RenderDir.create(tmp_path / "a" / "b" / "c", "x.png")
    assert rd.root == tmp_path / "a" / "b" / "c"
    assert [p.name for p in rd.root.iterdir()] == [rd.render_id]  # probe file removed


# --------------------------------------------------------------------------- hostile names


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("mountain.jpg", "mountain"),
        ("../../etc/passwd.png", "passwd"),
        ("..\\..\\Windows\\system32\\evil.png", "evil"),
        ("/abs/path/My Holiday Pano (1).png", "My_Holiday_Pano_1"),
        ("Grand Café Zürich.jpg", "Grand_Cafe_Zurich"),
        ("東京タワー.png", "input"),
        ("a\x00b\x01c\n\t.png", "ab_c"),
        ("..", "input"),
        ("...png", "png"),
        (".hidden.png", "hidden"),
        ("name.with.dots.tar.png", "name.with.dots.tar"),
        ("-rf --no-preserve-root.png", "rf_--no-preserve-root"),
        ("x" * 300 + ".png", "x" * 40),
        ("", "input"),
    ],
)
def test_input_stem_sanitized(name: str, stem: str) -> None:
    got = input_stem(name)
    assert got == stem
    assert re.fullmatch(r"[A-Za-z0-9._-]{1,40}", got)
    assert not got.startswith((".", "-", "_"))


@pytest.mark.parametrize(
    "name", ["../../etc/passwd.png", "a b/c d.png", "ünïcödé ✓.png", "x\x00y.png", "..", "/", "C:\\x\\y.png"]
)
def test_hostile_input_names_stay_inside_out_root(tmp_path: Path, name: str) -> None:
    out = tmp_path / "out"
    rd = RenderDir.create(out, name)
    assert rd.path.parent == out
    assert RENDER_ID_RE.match(rd.render_id)
    assert sorted(p for p in tmp_path.rglob("*")) == [out, rd.path]


# --------------------------------------------------------------------------- final names


def test_final_name_product_example() -> None:
    got = final_name(DEFAULT_PATTERN, "mountain.jpg", "Hextile_20_2K", "sdxl-base", 42, "png")
    assert got == "mountain_Hextile20-2K_sdxl-base_s42.png"


@pytest.mark.parametrize(
    ("template", "label"),
    [
        ("Hextile_20_2K", "Hextile20-2K"),
        ("Hextile_32_3K", "Hextile32-3K"),
        ("Hextile_44_4K", "Hextile44-4K"),
        ("hextile_44_4k", "Hextile44-4k"),
        ("my_custom_grid", "my-custom-grid"),
        ("/templates/my_grid.json", "my-grid"),
        ("../../x", "x"),
    ],
)
def test_template_label(template: str, label: str) -> None:
    assert template_label(template) == label


@pytest.mark.parametrize(
    ("model", "label"),
    [
        ("sdxl-base", "sdxl-base"),
        ("SDXL Base", "sdxl-base"),
        ("SD3.5 Medium", "sd3.5-medium"),
        ("stabilityai/stable-diffusion-xl-base-1.0", "stable-diffusion-xl-base-1.0"),
        ("/models/My_Model.safetensors", "my-model"),
        ("C:\\models\\Juggernaut XL v9.safetensors", "juggernaut-xl-v9"),
        ("FLUX.1 [schnell]", "flux.1-schnell"),
        ("Modèle_Été", "modele-ete"),
        ("../..", "model"),
        ("", "model"),
    ],
)
def test_model_label(model: str, label: str) -> None:
    assert model_label(model) == label


@pytest.mark.parametrize(
    ("ext", "norm"),
    [("png", ".png"), (".PNG", ".png"), ("JPEG", ".jpg"), ("TIFF", ".tif"), ("webp", ".webp")],
)
def test_normalize_ext(ext: str, norm: str) -> None:
    assert normalize_ext(ext) == norm


@pytest.mark.parametrize("ext", ["", "../png", "png/x", "toolongext"])
def test_normalize_ext_rejects(ext: str) -> None:
    with pytest.raises(OutputError, match="extension"):
        normalize_ext(ext)


def test_final_name_variants() -> None:
    assert final_name("{original}-{seed:010d}", "a.png", "Hextile_20_2K", "m", 42, "PNG") == (
        "a-0000000042.png"
    )
    assert final_name("{model}/{original}", "a.png", "T", "SDXL Base", 1, "JPEG") == "sdxl-base_a.jpg"
    assert final_name("../../{original}", "../../etc/passwd.png", "T", "m", 1, "png") == "passwd.png"
    assert final_name("final", "a.png", "T", "m", 1, "png") == "final.png"
    assert final_name("{original}{original}", "b" * 40 + ".png", "T", "m", 1, "png") == "b" * 80 + ".png"
    long = final_name("{original}" * 10, "c" * 40 + ".png", "T", "m", 1, "png")
    assert long == "c" * 200 + ".png"
    assert final_name("...", "a.png", "T", "m", 1, "png") == "render.png"


@pytest.mark.parametrize(
    ("pattern", "match"),
    [
        ("{original}_{date}", r"unknown placeholder \{date\}"),
        ("{original.__class__}", "unknown placeholder"),
        ("{original[0]}", "unknown placeholder"),
        ("{original!r}", r"unknown placeholder \{original!r\}"),
        ("{}", "unknown placeholder"),
        ("{0}", "unknown placeholder"),
        ("{original", "malformed"),
        ("original}", "malformed"),
        ("{seed:q}", "bad format"),
    ],
)
def test_final_name_bad_patterns(pattern: str, match: str) -> None:
    with pytest.raises(OutputError, match=match) as info:
        final_name(pattern, "a.png", "Hextile_20_2K", "m", 1, "png")
    assert "\n" not in str(info.value)


# --------------------------------------------------------------------------- unusable out roots


def test_out_root_is_a_file(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(OutputError, match="is a file, not a folder") as info:
        RenderDir.create(f, "a.png")
    assert str(info.value) == f"output folder {f} is a file, not a folder. choose another --out"
    assert f.read_text() == "x"


def test_out_root_under_a_file(tmp_path: Path) -> None:
    f = tmp_path / "file"
    f.write_text("x")
    with pytest.raises(OutputError, match=f"{re.escape(str(f))} is not a folder"):
        RenderDir.create(f / "sub" / "out", "a.png")


def test_out_root_dangling_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "missing" / "deeper")
    with pytest.raises(OutputError, match="is a broken symbolic link"):
        RenderDir.create(link, "a.png")


def test_out_root_nul(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="NUL"):
        RenderDir.create(str(tmp_path) + "/a\x00b", "a.png")


def test_out_root_empty() -> None:
    with pytest.raises(OutputError, match="empty"):
        RenderDir.create("", "a.png")


@pytest.mark.parametrize("code", [errno.EROFS, errno.EACCES, errno.EPERM])
def test_read_only_out_root_probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """Root ignores chmod, so the probe file's low-level open fails the way a read-only folder does."""

    def refuse(path: Path) -> int:
        raise OSError(code, os.strerror(code), str(path))

    monkeypatch.setattr(atomic, "_open_for_write", refuse)
    out = tmp_path / "ro"
    with pytest.raises(OutputError) as info:
        RenderDir.create(out, "a.png")
    assert str(info.value) == f"output folder {out} is read-only. choose another --out or fix its permissions"
    assert list(out.iterdir()) == []


def test_full_disk_probe(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic, "_open_for_write", lambda p: os.open("/dev/full", os.O_WRONLY))
    with pytest.raises(OutputError, match="disk full"):
        RenderDir.create(tmp_path / "out", "a.png")


def test_real_unwritable_location() -> None:
    """/sys refuses mkdir even for root (EPERM / EACCES / EROFS)."""
    target = Path("/sys/hextile-output-test")
    try:
        target.mkdir()
    except OSError:
        pass
    else:  # pragma: no cover - an unusual system
        target.rmdir()
        pytest.skip("/sys accepts new folders here")
    with pytest.raises(OutputError, match="is read-only"):
        RenderDir.create(target, "a.png")


def test_long_out_root(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="too long"):
        RenderDir.create(tmp_path / ("x" * 300), "a.png")


# --------------------------------------------------------------------------- open


def test_open_requires_manifest(tmp_path: Path) -> None:
    rd = make(tmp_path)
    with pytest.raises(OutputError, match="not a hextile render folder"):
        RenderDir.open(rd.path)
    with pytest.raises(OutputError, match="does not exist"):
        RenderDir.open(tmp_path / "nope")
    rd.manifest.write_text("{}")
    assert RenderDir.open(rd.path) == rd
    assert RenderDir.open(rd.manifest) == rd  # the passes.json itself is accepted


def test_open_sweeps_stale_temp_files(tmp_path: Path) -> None:
    rd = make(tmp_path)
    rd.manifest.write_text("{}")
    rd.make_pass_dirs(0)
    stale = [
        rd.path / f".passes.json.123-abcd{atomic.TEMP_SUFFIX}",
        rd.tiles_dir(0) / f".Hextile_01.png.1-ff{atomic.TEMP_SUFFIX}",
    ]
    for s in stale:
        s.write_bytes(b"half")
    keep = rd.tiles_dir(0) / "Hextile_01.png"
    keep.write_bytes(b"png")
    RenderDir.open(rd.path)
    assert not any(s.exists() for s in stale)
    assert keep.read_bytes() == b"png"
