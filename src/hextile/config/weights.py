"""Whether a model name points at weights (a path or a Hugging Face id) rather than a registry name."""

from __future__ import annotations

WEIGHT_SUFFIXES = (".safetensors", ".ckpt", ".bin", ".pt", ".pth", ".gguf")


def looks_like_weights(model: str) -> bool:
    """Whether a model name is a local path or a Hugging Face ``org/repo`` id, not a registry name."""
    return "/" in model or "\\" in model or model.startswith((".", "~")) or model.endswith(WEIGHT_SUFFIXES)
