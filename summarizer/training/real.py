"""The real annotated corpus (``seeds/real/``): where each filing came from, what we read in it, and
the frozen train/test split. The texts are third-party and stay in an ignored cache folder; this
module checks the cache against the manifest and turns manifest + annotation + cached text into the
:class:`~summarizer.training.annotations.Annotation` records that ``summarizer evaluate`` scores.

Layout of a corpus folder (see ``seeds/real/README.md``)::

    manifest.jsonl      id, lang, script, url, query, corpus, retrieved, sha256, exchange, source_kind, split
    annotations.jsonl   id, type, fields [{name, value}], boilerplate_lines, core_event {zh, en}, event, notes
    cache/<id>.txt      the text (ignored by git)
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import shutil
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import ConfigError
from .annotations import Annotation

__all__ = ["CorpusEntry", "load_corpus", "corpus_status", "corpus_annotations", "assign_split", "merge_incoming",
           "fill_shared", "is_corpus_dir", "TEST_FRACTION", "SPLIT_SEED"]

MANIFEST_KEYS = ("id", "lang", "script", "url", "query", "corpus", "retrieved", "sha256", "exchange",
                 "source_kind", "split")
ANNOTATION_KEYS = ("id", "type", "fields", "boilerplate_lines", "core_event", "event", "notes")
TEST_FRACTION = 0.35
SPLIT_SEED = 20261126


@dataclass
class CorpusEntry:
    manifest: dict[str, Any]
    annotation: dict[str, Any]

    @property
    def id(self) -> str:
        return self.manifest["id"]

    @property
    def split(self) -> str:
        return self.manifest.get("split", "train")


def is_corpus_dir(path: str | Path) -> bool:
    return Path(path).is_dir() and (Path(path) / "manifest.jsonl").is_file()


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    rows = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except ValueError as exc:
                    raise ConfigError(f"{path}:{n}: not a JSON record ({exc})") from exc
    return rows


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    tmp.replace(path)  # never a half-written manifest


def load_corpus(folder: str | Path) -> list[CorpusEntry]:
    folder = Path(folder)
    manifest = _read_jsonl(folder / "manifest.jsonl")
    notes = {r["id"]: r for r in _read_jsonl(folder / "annotations.jsonl")} if (folder / "annotations.jsonl").exists() else {}
    missing = [m["id"] for m in manifest if m["id"] not in notes]
    if missing:
        raise ConfigError(f"{folder}: {len(missing)} filings have no annotation (e.g. {missing[0]})")
    return [CorpusEntry(m, notes[m["id"]]) for m in manifest]


def sha256_text(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def corpus_status(folder: str | Path) -> dict[str, list[str]]:
    """Filings by cache state: ``ok``, ``missing`` (no cache file), ``changed`` (sha256 differs)."""
    folder = Path(folder)
    out: dict[str, list[str]] = {"ok": [], "missing": [], "changed": []}
    for entry in load_corpus(folder):
        path = folder / "cache" / f"{entry.id}.txt"
        if not path.is_file():
            out["missing"].append(entry.id)
        elif sha256_text(path) != entry.manifest.get("sha256"):
            out["changed"].append(entry.id)
        else:
            out["ok"].append(entry.id)
    return out


def fill_shared(folder: str | Path, shared: str | Path) -> int:
    """Copy the CC0 English releases (``corpus: shared``) from ``shared`` (``../shared``) into the cache."""
    folder, shared = Path(folder), Path(shared)
    n = 0
    for entry in load_corpus(folder):
        if entry.manifest.get("corpus") != "shared":
            continue
        src = shared / entry.manifest["url"].split(":", 1)[1]
        dst = folder / "cache" / f"{entry.id}.txt"
        if src.is_file() and not dst.is_file():
            dst.parent.mkdir(exist_ok=True)
            shutil.copyfile(src, dst)
            n += 1
    return n


def put_cached(folder: str | Path, filing_id: str, text: str, *, escaped: bool = False) -> bool:
    """Write ``text`` as the cache file of ``filing_id`` if its sha256 is the manifest's; False (nothing
    written) if it is not. ``escaped``: the text as a JSON string's content (``\\n`` for a line break), the
    way the search tool shows an excerpt. A copy that differs only in its ends (a line break added or
    lost at the end, the spaces around it) is accepted in the form whose sha256 matches."""
    folder = Path(folder)
    entry = next((e for e in load_corpus(folder) if e.id == filing_id), None)
    if entry is None:
        raise KeyError(f"{filing_id}: not in {folder / 'manifest.jsonl'}")
    if escaped:
        body = text.rstrip("\n")
        if len(body) > 1 and body[0] == body[-1] == '"':
            body = body[1:-1]
        text = json.loads(f'"{body}"')
    want = entry.manifest.get("sha256")
    for candidate in dict.fromkeys((text, text.rstrip("\n"), text + "\n", text.strip("\n"), text.rstrip(" \n"))):
        if hashlib.sha256(candidate.encode("utf-8")).hexdigest() == want:
            path = folder / "cache" / f"{filing_id}.txt"
            path.parent.mkdir(exist_ok=True)
            path.write_text(candidate, encoding="utf-8", newline="")
            return True
    return False


# ----------------------------------------------------------------------------- building the corpus
def assign_split(entries: list[dict[str, Any]], *, fraction: float = TEST_FRACTION, seed: int = SPLIT_SEED,
                 group: dict[str, str] | None = None) -> dict[str, str]:
    """id -> ``train``/``test``: per (language, type) stratum, ``fraction`` of the filings (rounded, at
    least one where a stratum has three or more) go to test, by a seeded shuffle. ``group`` keeps
    filings that must not be split apart (the same release twice) on one side."""
    group = group or {}
    strata: dict[tuple[str, str], list[str]] = defaultdict(list)
    for e in entries:
        key = group.get(e["id"], e["id"])
        bucket = strata[(e["lang"], e["type"])]
        if key not in bucket:
            bucket.append(key)
    rng = random.Random(seed)
    test: set[str] = set()
    short: dict[str, list[tuple[float, str]]] = defaultdict(list)  # by language: what rounding left out
    for key in sorted(strata):
        ids = sorted(strata[key])
        rng.shuffle(ids)
        k = round(len(ids) * fraction)
        if len(ids) >= 3:
            k = max(k, 1)
        test.update(ids[:k])
        short[key[0]] += [(len(ids) * fraction - k, i) for i in ids[k:]]
    # a batch of many small strata (one filing of each type) rounds every stratum down: each language still
    # sends its share to test, taken from the strata that rounding shorted most
    for lang in sorted(short):
        total = sum(len(ids) for (lg, _), ids in strata.items() if lg == lang)
        missing = round(total * fraction) - sum(1 for (lg, _), ids in strata.items() if lg == lang for i in ids if i in test)
        if missing > 0:
            pool = short[lang]
            rng.shuffle(pool)
            pool.sort(key=lambda p: -p[0])  # stable: the shuffle breaks ties
            test.update(i for _, i in pool[:missing])
    return {e["id"]: "test" if group.get(e["id"], e["id"]) in test else "train" for e in entries}


def merge_incoming(folder: str | Path) -> int:
    """Fold the collectors' files (``incoming/*.jsonl``: manifest and annotation keys in one record)
    into ``manifest.jsonl`` and ``annotations.jsonl``; sha256 from the cache. Filings already in the
    manifest keep their split: a split, once drawn, is frozen; only new filings are drawn."""
    folder = Path(folder)
    manifest = {r["id"]: r for r in _read_jsonl(folder / "manifest.jsonl")} if (folder / "manifest.jsonl").exists() else {}
    notes = {r["id"]: r for r in _read_jsonl(folder / "annotations.jsonl")} if (folder / "annotations.jsonl").exists() else {}
    seen_urls = {m["url"] for m in manifest.values()}
    added = []
    for path in sorted((folder / "incoming").glob("*.jsonl")):
        for rec in _read_jsonl(path):
            if rec["id"] in manifest or rec["url"] in seen_urls:
                continue
            cache = folder / "cache" / f"{rec['id']}.txt"
            if not cache.is_file():
                raise ConfigError(f"{path}: {rec['id']} has no cache file {cache}")
            m = {k: rec.get(k) for k in MANIFEST_KEYS if k != "split"}
            m["sha256"] = sha256_text(cache)
            manifest[rec["id"]] = m
            notes[rec["id"]] = {k: rec.get(k) for k in ANNOTATION_KEYS}
            seen_urls.add(rec["url"])
            added.append(rec["id"])
    new = [{"id": i, "lang": manifest[i]["lang"], "type": notes[i]["type"]} for i in added]
    for i, split in assign_split(new).items():
        manifest[i]["split"] = split
    order = sorted(manifest)
    _write_jsonl(folder / "manifest.jsonl", (manifest[i] for i in order))
    _write_jsonl(folder / "annotations.jsonl", (notes[i] for i in order))
    return len(added)


# ----------------------------------------------------------------------------- as annotations
def _spans(text: str, value: str) -> list[tuple[int, int]]:
    """Every occurrence of ``value`` in ``text``; a value annotated across a line break also matches
    the text with the break (and vice versa)."""
    out = [(m.start(), m.end()) for m in re.finditer(re.escape(value), text)]
    if not out:
        flexible = r"\s*".join(re.escape(ch) for ch in value if not ch.isspace())
        if flexible:
            out = [(m.start(), m.end()) for m in re.finditer(flexible, text)]
    return out


def corpus_annotations(folder: str | Path, *, split: str | None = None, lang: str | None = None,
                       missing: list[str] | None = None) -> Iterator[Annotation]:
    """The corpus as annotations (text from the cache). Filings whose cache file is missing are
    skipped and their ids appended to ``missing``."""
    folder = Path(folder)
    for entry in load_corpus(folder):
        if split and entry.split != split or lang and entry.manifest["lang"] != lang:
            continue
        path = folder / "cache" / f"{entry.id}.txt"
        if not path.is_file():
            if missing is not None:
                missing.append(entry.id)
            continue
        text = path.read_text(encoding="utf-8")
        note = entry.annotation
        fields = []
        for f in note.get("fields", ()):
            spans = _spans(text, f["value"])
            if spans:
                fields.append({"name": f["name"], "value": f["value"], "start": spans[0][0], "end": spans[0][1],
                               "spans": spans})
        # gold sections: the annotated boilerplate lines; every other line is "body" (section unknown)
        boiler = set(note.get("boilerplate_lines") or ())
        segments, pos, n = [], 0, 0
        for line in text.split("\n"):
            if line.strip():
                n += 1
                segments.append({"start": pos, "end": pos + len(line),
                                 "section": "boilerplate" if n in boiler else "body"})
            pos += len(line) + 1
        core = note.get("core_event") or {}
        yield Annotation(id=entry.id, lang=entry.manifest["lang"], text=text, type=note.get("type"),
                         segments=segments, fields=fields,
                         meta={"split": entry.split, "script": entry.manifest.get("script"),
                               "event": note.get("event") or {}, "core_event": core,
                               "source_kind": entry.manifest.get("source_kind")})
