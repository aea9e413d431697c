"""Which models stay loaded: a least-recently-used cache with a memory budget.

A :class:`ModelCache` has an explicit lifetime: the engine creates one per render (or the server one
per worker) and hands it to every pass through :class:`~hextile.pipelines.base.PipelineContext`.
Passes that use the same model share one loaded copy; when loading the next model would go over the
budget, the least recently used models are dropped first ("exclusive loading" when the budget only
fits one model). Nothing here is module-level state.

The cache knows nothing about diffusers: an entry is whatever the ``loader`` returns (a pipeline, a
ControlNet, an upscaler…). Sizes are measured from the ``torch.nn.Module`` objects the value holds.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any

import torch

log = logging.getLogger(__name__)

EventCallback = Callable[[str], None]


@dataclass
class CacheStats:
    loads: int = 0
    hits: int = 0
    evictions: int = 0
    loaded_keys: list[Hashable] = field(default_factory=list)  # every load, in order
    evicted_keys: list[Hashable] = field(default_factory=list)

    def loads_of(self, key: Hashable) -> int:
        return sum(1 for k in self.loaded_keys if k == key)


@dataclass
class CacheEntry:
    key: Hashable
    value: Any
    nbytes: int
    label: str
    extras: dict[str, Any] = field(default_factory=dict)  # per-entry state (e.g. LoRA adapters loaded)


def module_bytes(value: Any) -> int:
    """Bytes of parameters and buffers of every ``torch.nn.Module`` reachable from ``value``.

    Looks at ``value`` itself, its ``components`` dict (diffusers pipelines) and lists/dicts of
    modules; shared tensors are counted once.
    """
    seen: set[int] = set()
    total = 0
    for mod in _modules_of(value):
        for t in list(mod.parameters()) + list(mod.buffers()):
            if t.device.type == "meta":
                continue
            key = t.data_ptr() if t.numel() else id(t)
            if key in seen:
                continue
            seen.add(key)
            total += t.numel() * t.element_size()
    return total


def _modules_of(value: Any) -> Iterable[torch.nn.Module]:
    if isinstance(value, torch.nn.Module):
        yield value
        return
    comps = getattr(value, "components", None)
    if isinstance(comps, dict):
        for v in comps.values():
            if isinstance(v, torch.nn.Module):
                yield v
        return
    if isinstance(value, dict):
        for v in value.values():
            yield from _modules_of(v)
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _modules_of(v)


def default_budget(device: torch.device | str) -> int:
    """90% of free memory on a CUDA device; half of the RAM on CPU (and other devices)."""
    device = torch.device(device)
    if device.type == "cuda" and torch.cuda.is_available():
        free, _total = torch.cuda.mem_get_info(device)
        return int(free * 0.9)
    return total_ram() // 2


def total_ram() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # pragma: no cover - non-POSIX
        try:
            import psutil

            return int(psutil.virtual_memory().total)
        except Exception:
            return 16 * 2**30


class ModelCache:
    """Loaded models by key, least recently used first out, within ``budget_bytes``.

    Args:
        budget_bytes: how many bytes of loaded weights may stay resident; ``None`` = the default for
            ``device`` (:func:`default_budget`), ``0`` = keep only the model in use (strict
            exclusive loading). A single model larger than the budget is still loaded (alone).
        device: where models run.
        dtype: the default weight dtype (pipelines may pick another per pass, as part of their key).
        on_event: called with a one-line message when a model is loaded or evicted (also logged).
    """

    def __init__(
        self,
        budget_bytes: int | None = None,
        device: torch.device | str = "cpu",
        dtype: torch.dtype = torch.float32,
        on_event: EventCallback | None = None,
    ) -> None:
        self.device = torch.device(device)
        self.dtype = dtype
        self.budget_bytes = default_budget(self.device) if budget_bytes is None else int(budget_bytes)
        self.on_event = on_event
        self.stats = CacheStats()
        self._entries: OrderedDict[Hashable, CacheEntry] = OrderedDict()
        self._lock = threading.RLock()

    # ------------------------------------------------------------------ queries
    def __contains__(self, key: Hashable) -> bool:
        return key in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def keys(self) -> list[Hashable]:
        """Resident keys, least recently used first."""
        return list(self._entries)

    @property
    def used_bytes(self) -> int:
        return sum(e.nbytes for e in self._entries.values())

    def entry(self, key: Hashable) -> CacheEntry | None:
        return self._entries.get(key)

    # ------------------------------------------------------------------ main API
    def get(
        self,
        key: Hashable,
        loader: Callable[[], Any],
        *,
        estimate_bytes: int | None = None,
        label: str | None = None,
        keep: Iterable[Hashable] = (),
    ) -> Any:
        """The value cached under ``key``, loading it with ``loader()`` on a miss.

        Before loading, least recently used entries are evicted until ``estimate_bytes`` (if known)
        fits the budget; after loading, the measured size is used and more entries are evicted if
        needed. The new entry itself is never evicted by its own load, nor are the entries in ``keep``
        (the other models the same pass needs at the same time, e.g. its base model beside a ControlNet).
        """
        return self.get_entry(key, loader, estimate_bytes=estimate_bytes, label=label, keep=keep).value

    def get_entry(
        self,
        key: Hashable,
        loader: Callable[[], Any],
        *,
        estimate_bytes: int | None = None,
        label: str | None = None,
        keep: Iterable[Hashable] = (),
    ) -> CacheEntry:
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None:
                self._entries.move_to_end(key)
                self.stats.hits += 1
                return hit
            label = label or str(key)
            protected = set(keep)
            if estimate_bytes:
                self._make_room(estimate_bytes, reason=label, keep=protected)
            value = loader()
            nbytes = module_bytes(value)
            entry = CacheEntry(key=key, value=value, nbytes=nbytes, label=label)
            self._make_room(nbytes, reason=label, keep=protected)
            self._entries[key] = entry
            self.stats.loads += 1
            self.stats.loaded_keys.append(key)
            self._emit(
                f"loaded {label} ({_fmt(nbytes)}; "
                f"{_fmt(self.used_bytes)} of {_fmt(self.budget_bytes)} in use)"
            )
            return entry

    def touch(self, key: Hashable) -> bool:
        """Mark ``key`` as just used (it moves to the end of the eviction order); False if absent."""
        with self._lock:
            if key not in self._entries:
                return False
            self._entries.move_to_end(key)
            return True

    def evict(self, key: Hashable, reason: str = "") -> bool:
        with self._lock:
            entry = self._entries.pop(key, None)
            if entry is None:
                return False
            self.stats.evictions += 1
            self.stats.evicted_keys.append(key)
            why = f" to make room for {reason}" if reason else ""
            budget = _fmt(self.budget_bytes)
            self._emit(f"unloaded {entry.label} ({_fmt(entry.nbytes)}){why} (memory budget {budget})")
            _release(entry.value)
            del entry
            _collect(self.device)
            return True

    def clear(self) -> None:
        """Drop every entry (end of a render / worker shutdown)."""
        with self._lock:
            for key in list(self._entries):
                entry = self._entries.pop(key)
                _release(entry.value)
            _collect(self.device)

    close = clear

    # ------------------------------------------------------------------ internals
    def _make_room(
        self, nbytes: int, reason: str, keep: set[Hashable] | frozenset[Hashable] = frozenset()
    ) -> None:
        while self.used_bytes + nbytes > self.budget_bytes:
            candidates = [k for k in self._entries if k not in keep]
            if not candidates:
                return
            self.evict(candidates[0], reason=reason)

    def _emit(self, msg: str) -> None:
        log.info(msg)
        if self.on_event is not None:
            with contextlib.suppress(Exception):
                self.on_event(msg)


def _release(value: Any) -> None:
    """Let go of device memory held by a cached value (offload hooks included)."""
    free = getattr(value, "remove_all_hooks", None)
    if callable(free):
        with contextlib.suppress(Exception):
            free()


def _collect(device: torch.device) -> None:
    gc.collect()
    if device.type == "cuda" and torch.cuda.is_available():
        torch.cuda.empty_cache()


def _fmt(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if abs(n) < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n:.1f} GB"  # pragma: no cover
