"""Locate and lazily load the data the offline engine ships (``models/``), once, thread-safely."""

from __future__ import annotations

import re
import threading
from functools import wraps
from pathlib import Path
from typing import Any, Callable, Iterable, TypeVar

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


def trie_regex(words: "list[str] | set[str]") -> "re.Pattern[str]":
    """A regex matching any of ``words``, longest first, shaped as a trie.

    Python's ``re`` tries the branches of ``a|b|c`` one by one at every position; a trie-shaped
    pattern dispatches on the next character instead, which is many times faster for the few hundred
    glossary terms and keywords scanned on every paragraph.

    >>> trie_regex(["药品", "药品名称", "剂型"]).findall("药品名称：X；剂型：Y；药品")
    ['药品名称', '剂型', '药品']
    """

    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = True

    def build(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return ("(?:" + body + ")?") if len(branches) == 1 else body + "?"
        return body

    pattern = build(trie)
    return re.compile(pattern) if pattern else re.compile(r"(?!)")


def aho_corasick(items: "Iterable[tuple[str, Any]]"):
    """An ``ahocorasick.Automaton`` mapping each key of ``items`` to its value: every term of a table
    found in one pass over a text, whatever the table's size (``iter`` for all occurrences,
    ``iter_long`` for leftmost-longest ones)."""
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for key, value in items:
        automaton.add_word(key, value)
    automaton.make_automaton()
    return automaton
