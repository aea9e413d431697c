"""Everything a render puts on disk: the render folder, passes.json, images and render.log.

See ``docs/output.md`` for the layout and every passes.json field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from hextile.atomic import atomic_write_bytes, atomic_write_text, remove_stale_temps
from hextile.lazy import lazy_attributes

from .log import RenderLog
from .manifest import (
    InputInfo,
    Manifest,
    ManifestWriter,
    PassOutputs,
    PassPlan,
    PassRecord,
    TemplateInfo,
    canonical_json,
    first_changed_pass,
    load_manifest,
    settings_hash,
    sha256_file,
)
from .render_dir import (
    DEFAULT_PATTERN,
    RenderDir,
    final_name,
    input_stem,
    model_label,
    template_label,
    tile_filename,
)

if TYPE_CHECKING:
    from .writer import BackgroundWriter, WriterStats, encode

# The writer imports torch and OpenCV: load it only when used (manifest readers stay light).
__getattr__, __dir__ = lazy_attributes(
    globals(), {"BackgroundWriter": ".writer", "WriterStats": ".writer", "encode": ".writer"}
)


__all__ = [
    "DEFAULT_PATTERN",
    "BackgroundWriter",
    "InputInfo",
    "Manifest",
    "ManifestWriter",
    "PassOutputs",
    "PassPlan",
    "PassRecord",
    "RenderDir",
    "RenderLog",
    "TemplateInfo",
    "WriterStats",
    "atomic_write_bytes",
    "atomic_write_text",
    "canonical_json",
    "encode",
    "final_name",
    "first_changed_pass",
    "input_stem",
    "load_manifest",
    "model_label",
    "remove_stale_temps",
    "settings_hash",
    "sha256_file",
    "template_label",
    "tile_filename",
]
