"""The bilingual glossary (``models/glossary/zh_en.tsv``): terms by kind, longest-match lookup, and
composition of a term from glossary pieces with connector rules (后 → "post-", 所致 → "caused by" ...).

It is language data with the rules that read it; the translate stage, the segmenter (glossary terms as
jieba words) and the check (glossary names are supported) all use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable

from ..resources import aho_corasick, models_dir, once

__all__ = ["Entry", "Glossary", "load_glossary", "has_cjk", "joins_latin_word"]

_CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef\U00020000-\U0003134f]")
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_FULLWIDTH = str.maketrans({"（": "(", "）": ")", "：": ": ", "，": ", ", "；": "; ", "％": "%", "／": "/",
                            "～": "~", "－": "-", "＋": "+", "×": "×", "　": " ",
                            "、": ", ", "。": ". ", "“": '"', "”": '"', "‘": "'", "’": "'", "《": '"', "》": '"',
                            "【": "[", "】": "]", "〔": "[", "〕": "]", "！": "!", "？": "?", "·": " ",
                            "「": '"', "」": '"', "『": '"', "』": '"', "〈": '"', "〉": '"'})


def has_cjk(text: str) -> bool:
    return bool(_CJK_RE.search(text))


_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_EN_CODE = re.compile(r"[A-Za-z][A-Za-z\-]*\d[A-Za-z0-9\-]*")  # "COVID-19", "alfa-2b": kept whole too


@dataclass(frozen=True)
class Entry:
    zh: str
    en: str
    kind: str


_NAMED_ACRONYM_RE = re.compile(r"(.+?) \([A-Z]{2,6}\)")


class Glossary:
    """Bilingual term table; lookups by Chinese term (optionally by kind) and by English term."""

    def __init__(self, entries: Iterable[Entry]) -> None:
        self.entries = list(entries)
        self._zh: dict[str, list[Entry]] = {}
        for e in self.entries:
            self._zh.setdefault(e.zh, []).append(e)
        self._en_index: dict[str, Entry] | None = None  # English → entry, built when English is first looked up
        self._max = max((len(e.zh) for e in self.entries), default=1)
        self._terms_ac = None  # ahocorasick.Automaton over the translatable terms, built on first use
        self._all_ac = None  # ahocorasick.Automaton over every Chinese term, built on first use
        self._by_kind: dict[str, list[Entry]] = {}
        self._en_ac = None  # ahocorasick.Automaton over the lower-cased English terms, built on first use
        self._en_words: dict[str, frozenset[str]] = {}

    @property
    def _en(self) -> dict[str, Entry]:
        """English key → entry (the first entry that writes it); a Chinese-only run never needs it."""
        if self._en_index is None:
            index: dict[str, Entry] = {}
            for e in self.entries:
                if e.kind != "morpheme":  # a bound morpheme's English ("urinary") is no Chinese term's key
                    index.setdefault(_en_key(e.en), e)
                    named = _NAMED_ACRONYM_RE.fullmatch(e.en)
                    if named:  # "National Medical Products Administration (NMPA)" is that name written alone too
                        index.setdefault(_en_key(named.group(1)), e)
            self._en_index = index
        return self._en_index

    @classmethod
    def from_tsv(cls, path: str | Path) -> "Glossary":
        return cls(_read_tsv(path))

    @classmethod
    def from_tsvs(cls, paths: Iterable[str | Path]) -> "Glossary":
        """Several tables as one; a term listed twice keeps the first file's rendering first."""
        return cls(e for path in paths for e in _read_tsv(path))

    def to_tsv(self, path: str | Path) -> None:
        with open(path, "w", encoding="utf-8", newline="") as fh:
            fh.write("# zh\ten\tkind\n")
            for e in self.entries:
                fh.write(f"{e.zh}\t{e.en}\t{e.kind}\n")

    def of_kind(self, kind: str) -> list[Entry]:
        """The entries of one kind (regulators, dosage forms …), in table order; computed once."""
        found = self._by_kind.get(kind)
        if found is None:
            found = self._by_kind[kind] = [e for e in self.entries if e.kind == kind]
        return found

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
        return [entry for _, _, entry in self.term_spans(text)]

    def term_spans(self, text: str) -> list[tuple[int, int, Entry]]:
        """``(start, end, entry)`` of the leftmost-longest non-overlapping terms of ``text``."""
        if self._terms_ac is None:  # leftmost-longest matches, as a trie regex finds them, in one pass
            self._terms_ac = aho_corasick(
                (zh, zh) for zh in {e.zh for e in self.entries if e.kind not in ("connector", "unit", "section")
                                    and len(e.zh) > 1})
        out = []
        for last, zh in self._terms_ac.iter_long(text):
            if joins_latin_word(text, last + 1 - len(zh), last + 1):
                continue  # "2型炎症" inside "Th2型炎症": the digit belongs to a code, not to the term
            entry = self.get(zh)
            if entry is not None and entry.kind in ("connector", "unit", "section"):
                entry = next((e for e in self._zh[zh] if e.kind not in ("connector", "unit", "section")), None)
            if entry is not None:
                out.append((last + 1 - len(zh), last + 1, entry))
        return out

    def en_terms_in(self, text: str) -> list[Entry]:
        """Glossary entries whose English occurs in ``text`` (whole words, any case), longest first,
        in order of occurrence: the controlled vocabulary of an English sentence."""
        if self._en_ac is None:  # one Aho-Corasick pass over the lower-cased text, as a 2,000-way regex would match
            keys = {e.en.translate(_ASCII_LOWER) for e in self.entries
                    if e.kind not in ("connector", "unit", "section", "qualifier", "morpheme") and len(e.en) > 2}
            self._en_ac = aho_corasick((k, len(k)) for k in keys)
        low = text.translate(_ASCII_LOWER)  # same length as text
        found = sorted(((end + 1 - n, -n) for end, n in self._en_ac.iter(low)))
        out: list[Entry] = []
        pos = 0
        for start, neg in found:  # leftmost, then longest, whole words only, not overlapping
            end = term_end = start - neg
            if (end < len(low) and low[end] == "s" and not (end + 1 < len(low) and _ascii_letter(low[end + 1]))
                    and not text[start].isupper()):
                end += 1  # its plural ("secondary endpoints"), not a shorter term inside it ("secondary"); not a
                # capitalised name's word ("X Therapeutics" is no "therapeutic")
            if start < pos or (start and _ascii_letter(low[start - 1])) or (end < len(low) and _ascii_letter(low[end])):
                continue
            pos = end
            entry = self._en.get(_en_key(text[start:term_end]))
            if entry is not None and entry.kind != "connector" and entry not in out:
                out.append(entry)
        return out

    def vocabulary_in(self, text: str) -> set[str]:
        """Lower-cased English words of every glossary entry (any kind, any length) in ``text``:
        the words a glossary translation of ``text`` may use."""
        if self._all_ac is None:  # leftmost-longest occurrences, as the trie regex before it found them
            # (each entry's words are worked out when a text first holds it, not for all 10k at start-up)
            self._all_ac = aho_corasick((zh, zh) for zh in {e.zh for e in self.entries})
        words: set[str] = set()
        for _, zh in self._all_ac.iter_long(text):
            words |= self._words_of(zh)
        return words

    def _words_of(self, zh: str) -> frozenset[str]:
        found = self._en_words.get(zh)
        if found is None:
            words = {
                w.lower() for e in self._zh[zh]
                # words, and terms with a digit as written ("COVID-19", "alfa-2b"): a code the entry itself gives
                for w in (*_EN_WORD.findall(e.en), *_EN_CODE.findall(e.en))
            }
            # a possessive is checked without its 's ("Ringer's" → Ringer)
            words |= {w[:-2] for w in words if w.endswith("'s")}
            found = self._en_words[zh] = frozenset(words)
        return found

    # ------------------------------------------------------------------ composition
    def cover(self, text: str, extra: dict[int, list[tuple[int, str]]] | None = None,
              romanise: "Callable[[str], str] | None" = None) -> list[Entry] | None:
        """Cover ``text`` with glossary pieces, fewest pieces first; None if impossible.

        ``extra`` adds lexicon pieces (start → [(end, english)]), used only where they make a
        cover possible or shorter, glossary pieces winning ties. With ``romanise``, characters
        no piece covers become romanised pieces (as few as possible), so a cover always exists.
        """
        n = len(text)
        # cost: (romanised characters, pieces, lexicon pieces); lower is better
        best: list[tuple[tuple[int, int, int], list[Entry]] | None] = [None] * (n + 1)
        best[0] = ((0, 0, 0), [])

        def offer(j: int, cost: tuple[int, int, int], pieces: list[Entry]) -> None:
            if best[j] is None or cost < best[j][0]:
                best[j] = (cost, pieces)

        for i in range(n):
            if best[i] is None:
                continue
            (rom, count, lex), pieces = best[i]
            for size in range(1, min(self._max, n - i) + 1):
                found = self._zh.get(text[i : i + size])
                if found and romanise is None and found[0].kind == "morpheme":
                    found = None  # a bound morpheme (尿 "urinary") only stands in for romanising a gap
                if found:
                    offer(i + size, (rom, count + 1, lex), pieces + [found[0] if len(found) == 1 else _prefer(found)])
            for end, en in (extra or {}).get(i, ()):
                offer(end, (rom, count + 1, lex + 1), pieces + [Entry(text[i:end], en, "lexicon")])
            if romanise is not None:
                if pieces and pieces[-1].kind == "romanised":
                    joined = pieces[:-1] + [Entry(pieces[-1].zh + text[i], "", "romanised")]
                    offer(i + 1, (rom + 1, count, lex), joined)
                else:
                    offer(i + 1, (rom + 1, count + 1, lex), pieces + [Entry(text[i], "", "romanised")])
        if best[n] is None:
            return None
        pieces = best[n][1]
        if romanise is not None:
            pieces = [Entry(p.zh, romanise(p.zh), p.kind) if p.kind == "romanised" else p for p in pieces]
        return pieces

    def compose(self, text: str, extra: dict[int, list[tuple[int, str]]] | None = None) -> str | None:
        """English for a Chinese term built from glossary (and ``extra`` lexicon) pieces and
        connector rules."""
        text = text.strip().strip("，。、；")
        if not text:
            return None
        direct = self.get(text)
        if direct and direct.kind != "connector":
            return direct.en
        pieces = self.cover(text, extra)
        if pieces is None:
            return None
        return _compose(pieces)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_letter(ch: str) -> bool:
    return "a" <= ch <= "z"


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def joins_latin_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` begins or ends inside a Latin word or code: its first (last) character
    and the one before (after) it are both ASCII letters or digits ("2型" in "Th2型", "FDA" in "TFDA")."""
    return (start > 0 and _latin(text[start]) and _latin(text[start - 1])) or (
        end < len(text) and _latin(text[end - 1]) and _latin(text[end]))


def _read_tsv(path: str | Path) -> list[Entry]:
    """A term table's rows: zh, en and kind (term where none) split at tabs; comments and blank lines
    skipped. (Plain splitting: a cell is never quoted, so a quote mark is part of the term.)"""
    rows = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip() or line.startswith("#"):
                continue
            row = line.rstrip("\r\n").split("\t")
            if len(row) < 2:
                continue
            rows.append(Entry(row[0].strip(), row[1].strip(), row[2].strip() if len(row) > 2 and row[2].strip() else "term"))
    return rows


def _en_key(text: str) -> str:
    # "US Food and Drug Administration" is the glossary's "U.S. Food and Drug Administration"; hyphens and
    # runs of spaces are one space (str methods: this runs for every entry at load)
    return " ".join(text.lower().replace(".", "").replace("-", " ").split())


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
    # what an organism or a disease responds to, after it: "对头孢曲松敏感的致病菌" → "pathogenic bacteria susceptible
    # to ceftriaxone", "对一线含铂化疗完全或部分缓解的卵巢癌、输卵管癌" → "ovarian cancer and fallopian tube cancer
    # with a complete or partial response to first-line platinum-based chemotherapy" (the list is what responds)
    if pieces[0].kind == "connector" and pieces[0].en == "to":
        for i, p in enumerate(pieces[1:], 1):
            if p.kind == "connector" and p.en in _RESPONDS and 1 < i < len(pieces) - 1:
                if any(q.kind == "connector" and q.en == "caused-by" for q in pieces[i + 1 :]):
                    break  # "对X敏感的细菌所致的感染": the cause is split first (below), then this
                a, b = _compose(pieces[1:i]), _compose(pieces[i + 1 :])
                return _RESPONDS[p.en].format(a=a, b=b) if a and b else None

    def split_at(marker: set[str]) -> tuple[list[Entry], list[Entry]] | None:
        for i, p in enumerate(pieces):
            if p.kind == "connector" and p.en in marker:
                return pieces[:i], pieces[i + 1 :]
        return None

    # "中国大陆、香港和澳门以外地区" → "regions outside mainland China, Hong Kong and Macao"; "or" binds
    # looser ("全球范围内或在…以外地区" → "worldwide or regions outside …")
    if "outside" in connectors and "or" in connectors:
        left, right = split_at({"or"})
        a, b = _compose(left), _compose(right)
        return f"{a} or {b}" if a and b else None
    parts = split_at({"outside"})
    if parts and parts[0] and parts[0][0].kind == "connector" and parts[0][0].en == "excluding":
        parts = parts[0][1:], parts[1]  # "除X以外地区": 除 and 以外 are one "outside"
    if parts and parts[0]:
        inner, rest = _compose(parts[0]), _compose(_drop_of(parts[1])) if parts[1] else ""
        return (f"{rest} outside {inner}" if rest else f"outside {inner}") if inner and rest is not None else None
    # "疼痛如头痛、牙痛" → "pain such as headache and toothache": the examples bind loosest
    parts = split_at({"such-as"})
    if parts and parts[0] and parts[1]:
        a, b = _compose(parts[0]), _compose(parts[1])
        return f"{a} such as {b}" if a and b else None
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
    joints = [p.zh for p in pieces if p.kind == "connector"]
    if len(joints) > 1 and joints[-1] == "或" and all(j == "、" for j in joints[:-1]):
        # A、B或C → "A, B or C": the enumeration comma lists the choices the last 或 closes (composed as a
        # list, its last "and" then said as the "or" it is)
        joined = _compose([replace(p, zh="、", en="and") if p.kind == "connector" and p.zh == "或" else p for p in pieces])
        head, _, tail = (joined or "").rpartition(" and ")
        return f"{head} or {tail}" if head else None
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
    # "伴有脑转移的晚期非小细胞肺癌" → "advanced non-small cell lung cancer with brain metastases": what the
    # disease comes with, after it
    if pieces[0].kind == "connector" and pieces[0].en == "with":
        for i, p in enumerate(pieces[1:], 1):
            if p.kind == "connector" and p.en == "of" and 1 < i < len(pieces) - 1:
                a, b = _compose(pieces[1:i]), _compose(pieces[i + 1 :])
                return f"{b} with {a}" if a and b else None
    parts = split_at({"with"})
    if parts and parts[0] and parts[1]:
        a, b = _compose(parts[0]), _compose(parts[1])
        return f"{a} with {b}" if a and b else None
    parts = split_at({"after-failure"})  # 一线治疗失败的晚期肝细胞癌: the disease, after what failed
    if parts and parts[0] and parts[1]:
        a, b = _compose(parts[0]), _compose(_drop_of(parts[1]))
        return f"{b} after failure of {a}" if a and b else None
    parts = split_at({"during"})  # 复合麻醉时的麻醉诱导: what happens, then when ("… during combined anesthesia")
    if parts and parts[0] and parts[1]:
        a, b = _compose(parts[0]), _compose(_drop_of(parts[1]))
        return f"{b} during {a}" if a and b else None
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


_RESPONDS = {"susceptible-to": "{b} susceptible to {a}",
             "complete-or-partial-response-to": "{b} with a complete or partial response to {a}",
             "response-to": "{b} responding to {a}"}


def _drop_of(pieces: list[Entry]) -> list[Entry]:
    return pieces[1:] if pieces and pieces[0].kind == "connector" and pieces[0].en == "of" else pieces


#: the shipped term tables, in priority order: the hand-kept glossary, then the medical terms (diseases,
#: their morphology, modalities, INNs) grown from the real corpus's training split
GLOSSARY_FILES = ("zh_en.tsv", "medical_zh_en.tsv")


@once
def load_glossary(path: str | None = None) -> Glossary:
    if path:
        return Glossary.from_tsv(path)
    folder = models_dir() / "glossary"
    return Glossary.from_tsvs([folder / name for name in GLOSSARY_FILES if (folder / name).is_file()])
