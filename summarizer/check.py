"""Faithfulness check, run on every summary.

Each number, code and Latin-script name in a summary item must be supported by a paragraph the
item cites:

* numbers compare by value (``RMB 23.52 million`` matches ``2,352万元``; ``10 mL`` matches ``10mL``);
* codes (letters mixed with digits: ``CXSL2500651``, ``VUM02``, ``5E7``) must occur as written;
* names (acronyms and capitalised words inside a sentence) must occur in the cited text, or be the
  glossary's English for a term the cited text contains, or belong to the fixed wording of the
  type's templates and normalisers (``Phase``, ``Class``, ``RMB``, month names).

Violations are reported on the :class:`Summary`, never silently dropped.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from .doctypes import DocType
from .normalize import MONTHS, number_tokens, numbers_in
from .translate import Glossary
from .types import Document, Summary, Violation

__all__ = ["check_summary", "latin_tokens"]

_CODE_RE = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9\-]*\d)(?=[A-Za-z0-9\-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9\-]*[A-Za-z0-9]")
_WORD_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z'\-]*[A-Za-z]|(?<![A-Za-z0-9])[A-Z](?![A-Za-z0-9])")
_FIXED = {
    "rmb", "us$", "hk$", "eur", "usd", "cny", "hkd", "million", "billion", "thousand", "approximately",
    "phase", "class", "key", "terms", *(m.lower() for m in MONTHS),
}


def latin_tokens(text: str) -> list[tuple[str, str]]:
    """(kind, token) for the codes and names in ``text`` that the check looks at."""
    out: list[tuple[str, str]] = []
    codes = set()
    for m in _CODE_RE.finditer(text):
        out.append(("code", m.group()))
        codes.add((m.start(), m.end()))
    for m in _WORD_RE.finditer(text):
        if any(a <= m.start() < b for a, b in codes):
            continue
        word = re.sub(r"['’]s$", "", m.group())
        upper = sum(ch.isupper() for ch in word)
        if upper >= 2:
            out.append(("name", word))
        elif upper == 1 and word[0].isupper() and not _sentence_start(text, m.start()):
            out.append(("name", word))
    return out


def _sentence_start(text: str, i: int) -> bool:
    before = text[:i].rstrip(" \"“'(")
    return not before or before[-1] in ".!?:;-–—。：；" or before.endswith("Key terms")


def _month_numbers(text: str) -> set[Decimal]:
    """Months written as words count as their numbers (December 31 ↔ 12月31日)."""
    return {Decimal(i + 1) for i, month in enumerate(MONTHS) if month in text or month[:3] + "." in text}


def _norm(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _template_vocab(doctype: DocType) -> set[str]:
    from .translate import load_rewrites

    words: set[str] = set()
    texts: list[str] = [*doctype.core_en, *(rw.en for rw in load_rewrites())]
    for section in doctype.sections:
        texts.extend(section.templates_en)
        texts.append(section.title_en)
    for spec in doctype.fields.values():
        texts.append(spec.label_en)
        texts.extend(rw.en for rw in spec.rewrites)
        texts.extend(v for v in (spec.default_en, *spec.defaults_en.values()) if v)
    for text in texts:
        words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", re.sub(r"\{\w+\}", " ", text)))
    return words


def _support(doc: Document, cites: tuple[int, ...], fields, glossary: Glossary, fixed: set[str]):
    """What cited paragraphs support: their normalised text, numbers, and the allowed vocabulary."""
    cited = "\n".join(
        part for c in cites for part in (doc.segment(c).text, doc.search_text[doc.segment(c).start : doc.segment(c).end])
    )
    vocab = set(fixed) | glossary.vocabulary_in(cited)
    for f in fields:
        if set(f.citations) <= set(cites):
            for v in (f.value_en, f.value_zh):
                if v:
                    vocab.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", v))
    return _norm(cited), numbers_in(cited) | _month_numbers(cited), vocab


def check_summary(summary: Summary, doc: Document, doctype: DocType, glossary: Glossary) -> tuple[Violation, ...]:
    vocab_fixed = _FIXED | _template_vocab(doctype)
    fields = list(summary.fields) or [f for _, f in summary.iter_fields()]
    checks: list[tuple[str, tuple[int, ...], dict[str, str | None]]] = [
        (path, item.citations, {"zh": item.zh, "en": item.en}) for path, item in summary.iter_items()
    ]
    for j, f in enumerate(fields):
        checks.append((f"fields[{j}]", f.citations, {"zh": f.value_zh, "en": f.value_en}))
    violations: list[Violation] = []
    support: dict[tuple[int, ...], tuple[str, set, set]] = {}
    for where, citations, texts in checks:
        if not any(texts.values()):
            continue
        valid = [c for c in citations if 1 <= c <= len(doc.segments)]
        if not valid:
            violations.append(Violation(where, "*", "*", "citation", citations, "the item cites no paragraph of the source"))
            continue
        key = tuple(valid)
        if key not in support:
            support[key] = _support(doc, key, fields, glossary, vocab_fixed)
        cited_norm, cited_numbers, vocab = support[key]
        for lang, text in texts.items():
            if not text:
                continue
            for token, readings in number_tokens(text):
                if not readings & cited_numbers:
                    violations.append(Violation(where, lang, token, "number", tuple(valid),
                                                f"number {token!r} does not occur in cited paragraph(s) {list(valid)}"))
            for kind, token in latin_tokens(text):
                if _norm(token) in cited_norm:
                    continue
                if kind == "name" and all(part.lower() in vocab for part in re.split(r"[-']", token) if part):
                    continue
                violations.append(Violation(where, lang, token, kind, tuple(valid),
                                            f"{kind} {token!r} is not supported by cited paragraph(s) {list(valid)}"))
    return tuple(violations)
