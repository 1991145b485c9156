"""Translate stage: glossary + composition rules for the controlled vocabulary.

The offline translator does not translate free text. It translates

* terms from the bilingual glossary (``models/glossary/zh_en.tsv``): regulators, dosage forms,
  registration categories, application items, trial phases, section titles;
* compositional terms such as indications (肺炎后进展性肺纤维化 → post-pneumonia progressive
  pulmonary fibrosis) by covering the term with glossary pieces and applying connector rules
  (后 → "post-", 所致 → "caused by", 相关 → "-associated", 患者 → "patients with" ...);
* mixed values (``VUM02注射液`` → ``VUM02 Injection``; ``5E7个细胞（10mL）/袋`` → ``5E7 cells (10 mL)
  per bag``): Latin and numeric runs are kept as written, Chinese runs go through the glossary.

Whatever it cannot cover completely it returns as ``None``: English output never carries Chinese
characters. A neural backend (issue 4) plugs in behind the same :class:`Translator` protocol.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Protocol, runtime_checkable

from ..resources import models_dir, once, trie_regex

__all__ = ["Glossary", "GlossaryTranslator", "Translator", "load_glossary", "has_cjk"]

_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_FULLWIDTH = str.maketrans({"（": "(", "）": ")", "：": ": ", "，": ", ", "；": "; ", "％": "%", "／": "/",
                            "～": "~", "－": "-", "＋": "+", "×": "×", "　": " "})


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


@dataclass(frozen=True)
class Entry:
    zh: str
    en: str
    kind: str


class Glossary:
    """Bilingual term table; lookups by Chinese term (optionally by kind) and by English term."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = list(entries)
        self._zh: dict[str, list[Entry]] = {}
        self._en: dict[str, Entry] = {}
        for e in self.entries:
            self._zh.setdefault(e.zh, []).append(e)
            self._en.setdefault(_en_key(e.en), e)
        self._max = max((len(e.zh) for e in self.entries), default=1)
        self._terms_re: re.Pattern | None = None
        self._all_re: re.Pattern | None = None
        self._en_words: dict[str, frozenset[str]] = {}

    @classmethod
    def from_tsv(cls, path: str | Path) -> "Glossary":
        rows = []
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if not row or row[0].startswith("#") or len(row) < 2:
                    continue
                kind = row[2].strip() if len(row) > 2 else "term"
                rows.append(Entry(row[0].strip(), row[1].strip(), kind))
        return cls(rows)

    def to_tsv(self, path: str | Path) -> None:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write("# zh\ten\tkind\n")
            for e in self.entries:
                fh.write(f"{e.zh}\t{e.en}\t{e.kind}\n")

    def zh_terms(self) -> list[str]:
        return [e.zh for e in self.entries if e.kind != "connector"]

    def get(self, zh: str, kinds: tuple[str, ...] | None = None) -> Entry | None:
        found = self._zh.get(zh)
        if not found:
            return None
        if kinds:
            for kind in kinds:
                for e in found:
                    if e.kind == kind:
                        return e
            return None
        return found[0]

    def en_to_zh(self, en: str) -> str | None:
        e = self._en.get(_en_key(en))
        return e.zh if e and e.kind != "connector" else None

    def terms_in(self, text: str) -> list[Entry]:
        """Longest non-overlapping glossary terms found in ``text`` (not connectors, units, titles)."""
        if self._terms_re is None:
            self._terms_re = trie_regex(
                {e.zh for e in self.entries if e.kind not in ("connector", "unit", "section") and len(e.zh) > 1}
            )
        out = []
        for m in self._terms_re.finditer(text):
            entry = self.get(m.group())
            if entry is not None and entry.kind in ("connector", "unit", "section"):
                entry = next((e for e in self._zh[m.group()] if e.kind not in ("connector", "unit", "section")), None)
            if entry is not None:
                out.append(entry)
        return out

    def vocabulary_in(self, text: str) -> set[str]:
        """Lower-cased English words of every glossary entry (any kind, any length) in ``text``:
        the words a glossary translation of ``text`` may use."""
        if self._all_re is None:
            self._all_re = trie_regex({e.zh for e in self.entries})
        words: set[str] = set()
        for zh in set(self._all_re.findall(text)):
            words |= self._words_of(zh)
        return words

    def _words_of(self, zh: str) -> frozenset[str]:
        found = self._en_words.get(zh)
        if found is None:
            found = self._en_words[zh] = frozenset(
                w.lower() for e in self._zh[zh] for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", e.en)
            )
        return found

    # ------------------------------------------------------------------ composition
    def cover(self, text: str) -> list[Entry] | None:
        """Cover ``text`` fully with glossary pieces, fewest pieces first; None if impossible."""
        n = len(text)
        best: list[list[Entry] | None] = [None] * (n + 1)
        best[0] = []
        for i in range(n):
            if best[i] is None:
                continue
            for size in range(1, min(self._max, n - i) + 1):
                found = self._zh.get(text[i : i + size])
                if not found:
                    continue
                cand = best[i] + [found[0] if len(found) == 1 else _prefer(found)]
                if best[i + size] is None or len(cand) < len(best[i + size]):
                    best[i + size] = cand
        return best[n]

    def compose(self, text: str) -> str | None:
        """English for a Chinese term built from glossary pieces and connector rules."""
        text = text.strip().strip("，。、；")
        if not text:
            return None
        direct = self.get(text)
        if direct and direct.kind != "connector":
            return direct.en
        pieces = self.cover(text)
        if pieces is None:
            return None
        return _compose(pieces)


def _en_key(text: str) -> str:
    return re.sub(r"[\s\-]+", " ", text.strip().lower())


def _prefer(entries: list[Entry]) -> Entry:
    for kind in ("term", "dosage_form", "reg_category", "phase", "regulator", "unit", "connector"):
        for e in entries:
            if e.kind == kind:
                return e
    return entries[0]


def _compose(pieces: list[Entry]) -> str | None:
    if not pieces:
        return None
    # qualifiers ("既往接受过至少一种系统治疗[的]") go after what they qualify
    for i, p in enumerate(pieces):
        if p.kind == "qualifier":
            rest = pieces[:i] + _drop_of(pieces[i + 1 :])
            head = _compose(rest)
            return f"{head} {p.en}" if head else None
    connectors = [p.en for p in pieces if p.kind == "connector"]
    if not connectors:
        return " ".join(p.en for p in pieces)

    def split_at(marker: set[str]) -> tuple[list[Entry], list[Entry]] | None:
        for i, p in enumerate(pieces):
            if p.kind == "connector" and p.en in marker:
                return pieces[:i], pieces[i + 1 :]
        return None

    # "... 患者" → "patients with ..."
    if pieces[-1].kind == "connector" and pieces[-1].en.endswith("patients"):
        head = _compose(pieces[:-1])
        qualifier = pieces[-1].en.replace("-", " ")
        return f"{qualifier} with {head}" if head else None
    # "治疗X" / "用于X的治疗" → "treatment of X"
    if pieces[0].kind == "connector" and pieces[0].en in ("treatment", "for"):
        rest = pieces[1:]
        if rest and rest[-1].kind == "connector" and rest[-1].en == "treatment":
            rest = rest[:-1]
        elif rest and rest[-1].kind == "connector" and rest[-1].en == "of":
            rest = rest[:-1]
        inner = _compose(rest)
        return f"treatment of {inner}" if inner else None
    if pieces[-1].kind == "connector" and pieces[-1].en == "treatment":
        inner = _compose(pieces[:-1] if pieces[-2:-1] and pieces[-2].en != "of" else pieces[:-2])
        return f"treatment of {inner}" if inner else None
    top = [p.en for p in pieces if p.kind == "connector"]
    if top and set(top) == {"and"}:  # A、B及C → "A, B and C"
        items, cur = [], []
        for p in pieces:
            if p.kind == "connector":
                items.append(cur)
                cur = []
            else:
                cur.append(p)
        items.append(cur)
        if all(items):
            parts = [_compose(i) for i in items]
            if all(parts):
                return ", ".join(parts[:-1]) + " and " + parts[-1] if len(parts) > 2 else " and ".join(parts)
            return None
    for words, fmt in (({"and"}, "{a} and {b}"), ({"or"}, "{a} or {b}")):
        parts = split_at(words)
        if parts and parts[0] and parts[1]:
            a, b = _compose(parts[0]), _compose(parts[1])
            return fmt.format(a=a, b=b) if a and b else None
    parts = split_at({"caused-by"})
    if parts and parts[0] and parts[1]:
        a, b = _compose(parts[0]), _compose(_drop_of(parts[1]))
        return f"{b} caused by {a}" if a and b else None
    parts = split_at({"associated"})
    if parts and parts[0] and parts[1]:
        a, b = _compose(parts[0]), _compose(_drop_of(parts[1]))
        return f"{a}-associated {b}" if a and b else None
    parts = split_at({"with"})
    if parts and parts[0] and parts[1]:
        a, b = _compose(parts[0]), _compose(parts[1])
        return f"{a} with {b}" if a and b else None
    parts = split_at({"post"})
    if parts and parts[0]:
        a = _compose(parts[0])
        b = _compose(_drop_of(parts[1])) if parts[1] else None
        if a is None:
            return None
        return f"post-{a} {b}" if b else f"after {a}"
    parts = split_at({"of"})
    if parts and parts[0] and parts[1]:
        a, b = _compose(parts[0]), _compose(parts[1])
        return f"{a} {b}" if a and b else None
    return None


def _drop_of(pieces: list[Entry]) -> list[Entry]:
    return pieces[1:] if pieces and pieces[0].kind == "connector" and pieces[0].en == "of" else pieces


@once
def load_glossary(path: str | None = None) -> Glossary:
    return Glossary.from_tsv(path or models_dir() / "glossary" / "zh_en.tsv")


# ----------------------------------------------------------------------------- translator
@runtime_checkable
class Translator(Protocol):
    def term(self, text: str, *, src: str, tgt: str) -> str | None: ...

    def value(self, text: str, *, src: str, tgt: str) -> str | None: ...

    def sentences(self, texts: list[str], *, src: str, tgt: str) -> list[str | None]: ...


_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff、]+")


@dataclass(frozen=True)
class Rewrite:
    pattern: re.Pattern
    en: str


@once
def load_rewrites(path: str | None = None) -> tuple[Rewrite, ...]:
    import tomllib

    with open(path or models_dir() / "glossary" / "zh_en_rewrites.toml", "rb") as fh:
        raw = tomllib.load(fh)
    return tuple(Rewrite(re.compile(r["pattern"]), r["en"]) for r in raw.get("rewrites", ()))


class GlossaryTranslator:
    """Offline translator: glossary terms, compositional terms, mixed values and formulaic clauses.

    Free prose that no clause rewrite covers is not translated (``None``).
    """

    name = "glossary"

    def __init__(self, glossary: Glossary | None = None, rewrites: tuple[Rewrite, ...] | None = None) -> None:
        self.glossary = glossary or load_glossary()
        self.rewrites = load_rewrites() if rewrites is None else rewrites

    def term(self, text: str, *, src: str = "zh", tgt: str = "en") -> str | None:
        if src == tgt:
            return text
        if src == "en":
            return self.glossary.en_to_zh(text)
        if not _HAN_RE.search(text):
            return _clean(text.translate(_FULLWIDTH))
        out = self.glossary.compose(text)
        return out if out and not has_cjk(out) else None

    def value(self, text: str, *, src: str = "zh", tgt: str = "en") -> str | None:
        """Translate a mixed value: Latin/numeric runs kept, Chinese runs through the glossary."""
        if src == tgt:
            return text
        if src == "en":
            found = self.glossary.en_to_zh(text)
            if found:
                return found
            # codes, names and figures read the same in Chinese; plain English words do not
            return text if re.search(r"\d|[A-Z]", text) else None
        whole = self.term(text, src=src, tgt=tgt)
        if whole:
            return whole
        parts: list[str] = []
        pos = 0
        for m in _RUN_RE.finditer(text):
            parts.append(text[pos : m.start()].translate(_FULLWIDTH))
            en = self.glossary.compose(m.group())
            if en is None:
                return None
            parts.append(f" {en} ")
            pos = m.end()
        parts.append(text[pos:].translate(_FULLWIDTH))
        out = _clean("".join(parts))
        return out if out and not has_cjk(out) else None

    def sentences(self, texts: list[str], *, src: str = "zh", tgt: str = "en") -> list[str | None]:
        """Formulaic Chinese sentences by clause rewrites; other free text is not translated."""
        if src == tgt:
            return list(texts)
        if src != "zh":
            return [None for _ in texts]
        return [self._sentence(text) for text in texts]

    def _sentence(self, text: str) -> str | None:
        body = text.strip()
        end = "."
        if body and body[-1] in "。！？.!?":
            end = {"！": "!", "？": "?", "!": "!", "?": "?"}.get(body[-1], ".")
            body = body[:-1]
        clauses: list[str] = []
        pos = 0
        while pos < len(body):
            piece = self._clause_at(body, pos)
            if piece is None:
                return None
            english, pos = piece
            clauses.append(english)
            while pos < len(body) and body[pos] in "，；,; ":
                pos += 1
        if not clauses:
            return None
        out = clauses[0]
        for prev, clause in zip(clauses, clauses[1:]):
            # an adverbial lead ("as of ...") takes a comma; independent clauses a semicolon
            out += (", " if prev.lower().startswith("as of") or clause.startswith(("offering", "and ")) else "; ") + clause
        out = out[0].upper() + out[1:] + end
        out = re.sub(r"\b([Aa]) (?=[aeiouAEIOU])", r"\1n ", out)  # "a antibody" -> "an antibody"
        return out if not has_cjk(out) else None

    def _clause_at(self, body: str, pos: int) -> tuple[str, int] | None:
        """The longest rewrite (or glossary term) matching at ``pos`` and ending at a clause boundary."""
        best: tuple[str, int] | None = None
        for rw in self.rewrites:
            m = rw.pattern.match(body, pos)
            if not m or (m.end() < len(body) and body[m.end()] not in "，；,;"):
                continue
            parts = {}
            for key, raw in m.groupdict().items():
                raw = raw or ""
                if key == "date":
                    from ..lexicon.normalize import date_to_en

                    parts[key] = date_to_en(raw)
                elif key == "amount":
                    from ..lexicon.normalize import amount_to_en

                    parts[key] = amount_to_en(raw)
                elif key == "where":
                    parts[key] = {"国内外": "in China or abroad", "全球范围内": "worldwide", "国内": "in China",
                                  "境内": "in China"}.get(raw)
                else:
                    parts[key] = self.value(raw) if raw else None
                if not parts[key]:
                    break
            else:
                if best is None or m.end() > best[1]:
                    best = (rw.en.format(**parts), m.end())
        return best


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    text = re.sub(r"\s+([,;:%])", r"\1", text)
    text = re.sub(r"(\d)\s*/\s*(?=[A-Za-z])", r"\1 per ", text)
    text = re.sub(r"(?<=[\)\w])\s*/\s*(bag|vial|tablet|capsule)\b", r" per \1", text)
    text = re.sub(r"(\d)(mL|mg|g|kg|μg|ug|IU|L)\b", r"\1 \2", text)
    return text
