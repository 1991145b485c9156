"""Locate and lazily load the data the offline engine ships (``models/``), once, thread-safely."""

from __future__ import annotations

import threading
from functools import wraps
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

_PACKAGE = Path(__file__).resolve().parent


def models_dir() -> Path:
    """The shipped ``models/`` folder: inside the wheel, or beside the package in a checkout."""
    for candidate in (_PACKAGE / "_models", _PACKAGE.parent / "models"):
        if (candidate / "glossary").is_dir():
            return candidate
    raise FileNotFoundError(
        "summarizer's models/ folder is missing; reinstall the package (pip install -e .)"
    )


def once(fn: Callable[..., T]) -> Callable[..., T]:
    """Cache ``fn``'s result per argument tuple, computing each at most once across threads."""
    cache: dict[tuple, T] = {}
    lock = threading.Lock()

    @wraps(fn)
    def wrapper(*args):
        try:
            return cache[args]
        except KeyError:
            pass
        with lock:
            if args not in cache:
                cache[args] = fn(*args)
            return cache[args]

    wrapper.cache_clear = cache.clear  # type: ignore[attr-defined]
    return wrapper
