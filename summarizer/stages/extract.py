"""Extract stage: typed fields with evidence spans, driven by the announcement type's declaration.

For each field the offline extractor tries, in order: ``key：value`` lines (numbered or not, also
``key | value`` table rows), the field's regular expressions, and a glossary gazetteer. Every field
keeps its span in ``Document.text`` and the paragraph it came from; values are then rendered in the
other language by the field's ``translate`` rule (glossary, date, amount, phase, sentence rewrites).
"""

from __future__ import annotations

import functools
import re
import weakref
from bisect import bisect_left
from typing import Iterable, Iterator, Protocol, runtime_checkable

from ..lexicon.glossary import joins_latin_word
from ..lexicon.normalize import amount_to_en, amount_to_zh, count_to_en, count_to_zh, date_to_en, date_to_zh, join_pdf_wraps
from ..lexicon.romanize import pinyin_word
from ..types import Document, Field, evolve
from .doctypes import DocType, FieldSpec, cannot_match, form_label_spans
from .segment import FORM_START
from .translate import _ROMAN, RENDER_KINDS, GlossaryTranslator, has_cjk, key_terms, render_value

__all__ = ["FieldExtractor", "PatternExtractor", "translate_field"]

_KV_RE = re.compile(
    r"\s*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?\s*"
    r"(?P<key>[^\s：:|；;，,。]{1,14}?)\s*[：:|]\s*(?P<value>[^；;]+?)\s*[。；;]?\s*$"
)
# one field per part: parts end at ；, or where a PDF table row puts the next "key：" after a run of
# spaces ("剂型:片剂     规格:5mg      注册分类:化学药品")
_PART_RE = re.compile(r"[^；;\s][^；;]*?(?:[；;]|(?=[ \t\u3000]{2,}[^\s：:|；;，,。]{1,14}\s*[：:])|$)")


@runtime_checkable
class FieldExtractor(Protocol):
    def __call__(self, doc: Document, doctype: DocType) -> tuple[Field, ...]: ...


@functools.lru_cache(maxsize=64)
def _key_patterns(keys: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern, re.Pattern | None, re.Pattern]:
    """A type's table keys (longest first): a row "key, spaces, value"; where the next key on a line
    begins ("申请事项:境内生产药品注册临床试验 申请人:某某公司": the value ends there); and a numbered
    item inside a run-on paragraph (Taiwan's MOPS notices glue their items: "…事项:一、研发新药名称或代号:
    某某注射液/…。二、用途:…"), whose value ends at the sentence's end or where the next item begins."""
    alternatives = "|".join(map(re.escape, keys))
    spaced = re.compile(r"[ \t]*(?:(?:[一二三四五六七八九十]{1,3}|\d{1,2})[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)])?[ \t]*"
                        r"(?P<key>" + alternatives + r")[ \t\u3000]+(?P<value>\S[^\n]*?)[ \t]*[。；;]?$")
    next_key = re.compile(r"[ \t\u3000]+(?:" + "|".join(map(re.escape, [*keys, "申请人"])) + r")[:：]") if keys else None
    inline = re.compile(r"、(?<=[一二三四五六七八九十]、)(?P<key>" + alternatives + r")[:：][ \t]*"
                        r"(?P<value>[^。；;\n]{1,120}?)(?=[。；;\n]|[一二三四五六七八九十]{1,3}、|$)")
    return keys, spaced, next_key, inline


class PatternExtractor:
    """Schema-driven patterns, ``key：value`` lines and gazetteers: the offline extractor."""

    name = "patterns"

    def __init__(self, translator: GlossaryTranslator | None = None) -> None:
        self.translator = translator or GlossaryTranslator()

    def __call__(self, doc: Document, doctype: DocType) -> tuple[Field, ...]:
        kv = self._key_values(doc, doctype)
        out: list[Field] = []
        order = doctype.field_names()
        # the drug first: the facts of the drug (of_drug) are read where the text speaks of it
        names = sorted(order, key=lambda n: n != "drug_name")
        ours: tuple[str, ...] = ()
        for name in names:
            spec = doctype.fields[name]
            found = None
            # candidates in order of priority; the first that passes the field's validator is kept
            for n, span in enumerate(self._find(doc, spec, kv)):
                found = _validated(doc, spec, *span)
                if found is not None and ours and spec.of_drug and _of_other_product(doc, found, ours):
                    found = None
                if found is not None or n >= 20:
                    break
            if found is None:
                continue
            start, end = found
            value = doc.text[start:end]
            seg = doc.segment_at(start)
            citations = (seg.index,) if seg else ()
            field = Field(
                name=name,
                value=value,
                start=start,
                end=end,
                citations=citations,
                label_en=spec.label_en,
                label_zh=spec.label_zh,
            )
            simplified = doc.search_text[start:end].strip() if doc.match_text is not None else None
            out.append(translate_field(field, spec, doc.lang, self.translator, simplified=simplified,
                                       yuan=bare_yuan(doc) if spec.translate == "amount" else "CNY"))
            if name == "drug_name":
                alias = _ALIAS.match(doc.search_text, end, end + 40)
                ours = _drug_names(doc.search_text[start:end]) + ((alias.group(1),) if alias else ())
        out = self._drug_without_filer(doc, doctype, out)
        if doc.lang == "en":
            out = [self._company_in_full(doc, f) if f.name == "company" else f for f in out]
        partner = next((f.value for f in out if f.name == "partner"), None)
        if partner:  # a filer is not its own counterparty: the name the deal's clause gives is the partner's
            # (nor a clause that ends in its name: "…权益许可给某某有限公司")
            out = [f for f in out if not (f.name == "company" and f.value.strip().endswith(partner.strip()))]
            company = next((f.value for f in out if f.name == "company"), None)
            if company and doc.lang == "en" and company.split()[0] == partner.split()[0]:
                # ... and an English partner that is the filer by its short name ("Brii" of Brii Biosciences)
                out = [f for f in out if f.name != "partner"]
        rank = {n: i for i, n in enumerate(order)}
        return tuple(sorted(out, key=lambda f: rank[f.name]))

    def _company_in_full(self, doc: Document, company: Field) -> Field:
        """An English filer named short ("Neurocrine Announces …") by its full name where the text writes it
        ("Neurocrine Biosciences, Inc."), cited where it stands. A name that already ends in its legal form, or runs
        over three words, stays."""
        value = company.value
        if len(value.split()) > 3 or _LEGAL_FORM_END.search(value):
            return company
        # each place the short name stands, with the tail that makes it a full name after it (one compiled
        # pattern matched at each place, not a pattern compiled per filer)
        text, found = doc.text, []
        i = text.find(value)
        while i >= 0:
            tail = _FULL_NAME_TAIL_RE.match(text, i + len(value))
            if tail:
                found.append((i, tail.end()))
            i = text.find(value, tail.end() if tail else i + 1)
        if not found:
            return company
        # the fewest words added (a group's "Clene Inc.", not its subsidiary's "Clene Nanomedicine Inc."),
        # outside boilerplate first, then the first
        start, end = min(found, key=lambda f: (len(text[f[0] : f[1]].split()), self._in_boilerplate(doc, f[0]), f[0]))
        full = text[start:end]
        seg = doc.segment_at(start)
        return evolve(company, value=full, start=start, end=end,
                      citations=(seg.index,) if seg else company.citations, value_en=full,
                      value_zh=company.value_zh if company.value_zh != company.value else full)

    def _drug_without_filer(self, doc: Document, doctype: DocType, out: list[Field]) -> list[Field]:
        """A headline's drug with the filer's short name run into it ("太景奈诺沙星" for 太景医药's 奈诺沙星): the
        drug without the name, where the filer's name opens with those characters followed by its trade
        (医药, 生物 …), what is left is a name (two characters or more, not a dosage form alone), and the
        text also names the drug without the filer's name."""
        drug = next((f for f in out if f.name == "drug_name"), None)
        company = next((f for f in out if f.name == "company"), None)
        if drug is None or company is None or doc.lang != "zh":
            return out
        text, filer = doc.search_text, doc.search_text[company.start : company.end]
        name = text[drug.start : drug.end]
        for k in (4, 3, 2):
            rest = name[k:]
            if (len(filer) > k and name[:k] == filer[:k] and _TRADE_WORD.match(filer, k) and len(rest) >= 2
                    and _HAN_START.match(rest) and not _FORM_ONLY.fullmatch(rest)
                    and re.search(f"(?<!{re.escape(name[:k])}){re.escape(rest)}", text)):
                moved = evolve(drug, value=doc.text[drug.start + k : drug.end], start=drug.start + k)
                spec = doctype.fields["drug_name"]
                simplified = rest if doc.match_text is not None else None
                fixed = translate_field(moved, spec, doc.lang, self.translator, simplified=simplified)
                return [fixed if f is drug else f for f in out]
        return out

    # ---------------------------------------------------------------- strategies
    @staticmethod
    def _key_values(doc: Document, doctype: DocType) -> dict[str, tuple[int, int]]:
        found: dict[str, tuple[int, int]] = {}
        if doc.lang != "zh":
            return found
        text = doc.search_text
        # table rows from PDFs come as "药品名称 VUM02注射液": a known key, spaces, the value
        keys, spaced, next_key, inline = _key_patterns(
            tuple(sorted({k for spec in doctype.fields.values() for k in spec.keys}, key=len, reverse=True)))
        keyset = set(keys)
        for i, seg in enumerate(doc.segments):
            m = spaced.match(text, seg.start, seg.end) if keys else None
            if m and m.end() == seg.end:
                found.setdefault(m.group("key"), (m.start("value"), m.end("value")))
            # or one table cell a line: the key alone, its value on the next line
            alone = text[seg.start : seg.end].strip().rstrip("：:")
            if alone in keyset and i + 1 < len(doc.segments):
                nxt = doc.segments[i + 1]
                value = text[nxt.start : nxt.end]
                if value.strip() and value.strip().rstrip("：:") not in keyset and len(value) <= 200:
                    found.setdefault(alone, (nxt.start, nxt.end))
        for seg in doc.segments:
            if seg.kind not in ("list_item", "paragraph") or "\n" in doc.text[seg.start : seg.end]:
                continue
            # one field per line, or several on a line separated by ；
            for part in _PART_RE.finditer(text, seg.start, seg.end):
                m = _KV_RE.fullmatch(text, part.start(), part.end())
                if m:
                    start, end = m.start("value"), m.end("value")
                    # two cells on one line ("申请事项:境内生产药品注册临床试验 申请人:某某公司"): the
                    # value ends where the next key begins
                    nxt = next_key.search(text, start, end) if next_key else None
                    found.setdefault(m.group("key").strip(), (start, nxt.start() if nxt else end))
        if keys and "、" in text:
            for m in inline.finditer(text):
                found.setdefault(m.group("key"), (m.start("value"), m.end("value")))
        return found

    def _find(self, doc: Document, spec: FieldSpec, kv: dict[str, tuple[int, int]]) -> Iterator[tuple[int, int]]:
        """Candidate spans for ``spec``, best first."""
        patterns = spec.patterns if doc.lang == "zh" else spec.patterns_en
        text = doc.search_text
        if doc.lang == "zh":
            for pattern in spec.in_header:  # a form's own item, wherever it stands
                if not cannot_match(pattern, text):
                    for m in pattern.finditer(text):
                        yield m.start("value"), m.end("value")
            for key in spec.keys:
                if key in kv:
                    start, end = kv[key]
                    narrowed = False
                    for pattern in patterns:  # narrow a long value to what the pattern wants
                        m = pattern.search(text, start, end)
                        if m:
                            narrowed = True
                            # ... but not off the Latin or Roman part the name ends in after a space
                            # ("药品名称:注射用重组人凝血因子 VIII": factor VIII, not "factor")
                            whole = _LATIN_TAIL.fullmatch(text, m.end("value"), end) and m.start("value") == start
                            yield (start, end) if whole else (m.start("value"), m.end("value"))
                            break
                    if not narrowed:
                        yield start, end
        for spans in self._pattern_spans(doc, spec, patterns):
            for span in spans:
                if spec.context_en and doc.lang == "en" and not _acts(_sentence_around(text, *span), spec):
                    continue  # named in passing, or where the filer only plans to turn to it
                if spec.continue_en and doc.lang == "en":
                    span = self._continue(text, span, spec.continue_en)
                yield self._expand(text, span, doc.lang == "zh") if spec.expand_acronym else span
        if spec.gazetteer:
            found = self._gazetteer(doc, spec.gazetteer, spec.context_zh)
            if found:
                yield found
        if spec.header_fallback:  # e.g. the issuer named only on an HKEX header line
            for pattern in patterns:
                for m in pattern.finditer(text):
                    seg = doc.segment_at(m.start("value"))
                    # a name line, not a disclaimer; or a Taiwan MOPS form's header items ("1.事實發生日:…
                    # 2.公司名稱:…"), which the segmenter keeps as a block of their own
                    if seg is not None and (len(seg.text) <= 40 or FORM_START.match(seg.text)):
                        yield m.start("value"), m.end("value")

    def _pattern_spans(self, doc: Document, spec: FieldSpec, patterns) -> Iterator[Iterable[tuple[int, int]]]:
        """Pattern matches outside boilerplate, one group per priority: each pattern's, first (or
        longest) first; with ``prefer = "earliest"``, all patterns' matches in one group in text order
        (the headline's drug before one named in the background), a pattern's rank breaking ties."""
        text = doc.search_text

        form = form_label_spans(text) if doc.lang == "zh" else ()  # a MOPS form's labels state no fact

        def keep(i: int) -> bool:
            if form and any(a <= i < b for a, b in form):
                return False
            return spec.name == "announcement_date" or not self._in_boilerplate(doc, i)

        prefer = spec.prefer if doc.lang == "zh" else spec.prefer_en
        if prefer == "earliest":
            found: dict[tuple[int, int], int] = {}
            for rank, pattern in enumerate(patterns):
                if cannot_match(pattern, text):
                    continue
                for m in pattern.finditer(text):
                    found.setdefault((m.start("value"), m.end("value")), rank)
            # where two matches overlap, the higher-priority pattern's reading wins, unless it lies
            # inside the other (a code "pH4" inside "…免疫球蛋白(pH4)" does not cut the name)
            yield sorted((sp for sp in _unshadowed(found) if keep(sp[0])), key=lambda sp: (sp[0], found[sp]))
            return
        for pattern in patterns:
            if cannot_match(pattern, text):
                yield ()
                continue
            # lazy: most fields take their first candidate
            spans = ((m.start("value"), m.end("value")) for m in pattern.finditer(text) if keep(m.start("value")))
            yield sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])) if prefer == "longest" else spans

    @staticmethod
    def _continue(text: str, span: tuple[int, int], patterns: tuple[re.Pattern, ...]) -> tuple[int, int]:
        """The value with what continues it ("ARID1a-deficient ovarian" + ", fallopian tube, and primary
        peritoneal cancer"): the first pattern that matches right after the value extends it, and again
        after that (a gene therapy's second word, then its four-letter suffix: "… moxeparvovec-rokl")."""
        for _ in range(3):
            m = next((m for pattern in patterns if (m := pattern.match(text, span[1]))), None)
            if m is None or m.end() == span[1]:
                break
            span = (span[0], m.end())
        return span

    @staticmethod
    def _expand(text: str, span: tuple[int, int], zh: bool = False) -> tuple[int, int]:
        """"FDA" → the "U.S. Food and Drug Administration" the text spells out as "… (FDA)", if it
        does: the name as written, without the acronym in brackets. In a Chinese text, the Chinese name
        before the bracket ("外周T细胞淋巴瘤(PTCL)") first."""
        acronym = text[span[0] : span[1]].strip()
        if not re.fullmatch(r"[A-Z]{2,6}", acronym):
            return span
        if zh and (found := _spelled_in_chinese(text, acronym)):
            return found
        m = re.search(r"(?P<name>(?:U\.S\. )?(?:[A-Z][A-Za-z]+ (?:(?:and|of|for|the|products) )*){0,6}[A-Z][A-Za-z]+) \(" + acronym + r"\)", text)
        if m is None and acronym in _SPELLED_OUT:  # the name spelled out elsewhere, without the brackets
            m = re.search(r"(?P<name>" + _SPELLED_OUT[acronym] + ")", text)
        if m is None:
            return _spelled_by_initials(text, acronym) or span
        return m.start("name"), m.end("name")

    def _gazetteer(self, doc: Document, kind: str, context: tuple[re.Pattern, ...] = ()) -> tuple[int, int] | None:
        """The fullest glossary name of ``kind`` in the text, outside boilerplate and, with ``context``,
        only where its clause also matches one of those patterns (a regulator that acts)."""
        if doc.lang != "zh":
            return None
        text = doc.search_text

        def skip(i: int, n: int) -> bool:
            return self._in_boilerplate(doc, i) or bool(context) and not any(
                p.search(_sentence_around(text, i, i + n, _STOPS_ZH)) for p in context)

        found: list[tuple[int, int, str]] = []  # (start, end, the body's acronym)
        for name, body in _gazetteer_names(self.translator.glossary, kind):
            latin = name.isascii()
            i = text.find(name)
            while i >= 0 and (skip(i, len(name)) or latin and joins_latin_word(text, i, i + len(name))):
                i = text.find(name, i + 1)
            if i >= 0:
                found.append((i, i + len(name), body))
        if not found:
            return None
        # a body named right after another, or after the other's bracketed aside, is part of it and the
        # one that acts ("国家药监局药品审评中心", "国家药品监督管理局(NMPA)药品审评中心(CDE)": the CDE, not the
        # NMPA): the two as one name where they touch, else the part's own name
        # (what the aside names, "以下简称“国家药监局”", goes with it)
        for whole in list(found):
            if whole not in found:  # (merged into a name before it)
                continue
            a, b, _ = whole
            part = next((f for f in found if f[0] == b or f[0] > b and _ASIDE_BETWEEN.fullmatch(text, b, f[0])), None)
            if part is not None:
                c, d, body = part
                found = [f for f in found if not a <= f[0] < d] + [(a if c == b else c, d, body)]
        # the earliest body that acts is the event's (the headline's or lead's, not one named in the
        # background: 国家药监局 before a rival's 美国食品药品监督管理局), then its fullest name
        # (美国FDA in the headline, 美国食品药品监督管理局 in the lead: the latter)
        first = min(found, key=lambda f: (f[0], -(f[1] - f[0])))
        start, end, _ = max((f for f in found if f[2] == first[2]), key=lambda f: (f[1] - f[0], -f[0]))
        return start, end

    @staticmethod
    def _in_boilerplate(doc: Document, offset: int) -> bool:
        seg = doc.segment_at(offset)
        return bool(seg and seg.section == "boilerplate" and seg.kind != "title")


_MINOR_WORDS = frozenset({"with", "of", "and", "the", "in", "to", "for"})


def _spelled_by_initials(text: str, acronym: str) -> tuple[int, int] | None:
    """The span of the words a text spells ``acronym`` out with before it in brackets: the fewest words
    whose initials (minor words skipped, hyphenated parts counted) are the acronym, whatever their case
    ("amyotrophic lateral sclerosis (ALS)", "non-small cell lung cancer (NSCLC)", "dementia with Lewy
    bodies (DLB)")."""
    target = acronym.lower()
    for m in re.finditer(r"\((?:[“\"])?" + re.escape(acronym) + r"(?:[”\"])?\)", text):
        base = max(0, m.start() - 120)
        window = text[base : m.start()]
        if not window.endswith(" "):
            continue
        words = list(re.finditer(r"[A-Za-z][A-Za-z’\x27]*(?:-[A-Za-z]+)*", window))
        for k in range(1, min(len(words), 8) + 1):
            chosen = words[-k:]
            initials = "".join(part[0] for w in chosen if w.group().lower() not in _MINOR_WORDS
                               for part in w.group().split("-")).lower()
            if initials == target and chosen[0].group().lower() not in _MINOR_WORDS:
                return base + chosen[0].start(), base + chosen[-1].end()
            if len(initials) > len(target):
                break
    return None


# what stands before a Chinese name in its clause: the verb or frame that introduces it ("用于治疗", "针对")
_ZH_NAME_FRAME = re.compile(r"治疗|治療|用于|用於|针对|針對|对于|對於|即|为|為|是|在|对|對|及|和|与|與")


def _spelled_in_chinese(text: str, acronym: str) -> tuple[int, int] | None:
    """The span of the Chinese name a text gives ``acronym`` with, the acronym in brackets after it
    ("阵发性睡眠性血红蛋白尿症(PNH)", "遗传性表皮分解性水疱症(EB，俗称…)"): the clause's run of name
    characters before the bracket, from after its last frame word ("用于治疗复发/难治性外周T细胞淋巴瘤(PTCL)"
    gives "复发/难治性外周T细胞淋巴瘤")."""
    for m in re.finditer(r"(?P<run>[\u4e00-\u9fffA-Za-z0-9/\-]{2,40})[（(][“\"]?" + re.escape(acronym)
                         + r"[”\"]?(?:[)）]|[,，、;；])", text):
        run = m.group("run")
        frames = [f.end() for f in _ZH_NAME_FRAME.finditer(run)]
        begin = frames[-1] if frames else 0
        name = run[begin:]
        if len(re.findall(r"[\u4e00-\u9fff]", name)) >= 2:
            return m.start("run") + begin, m.end("run")
    return None


def _acts(sentence: str, spec: FieldSpec) -> bool:
    """Whether an English sentence shows the value acting (``context_en``), not only as what the
    filer plans or seeks (``context_veto_en`` without any ``context_done_en``)."""
    if not any(p.search(sentence) for p in spec.context_en):
        return False
    return not (any(p.search(sentence) for p in spec.context_veto_en)
                and not any(p.search(sentence) for p in spec.context_done_en))


def _gazetteer_names(glossary, kind: str) -> tuple[tuple[str, str], ...]:
    """Each glossary name of ``kind`` once, with the body its first (primary) English entry denotes;
    kept per glossary object (dropped with it)."""
    try:
        memo = _GAZETTEER.setdefault(glossary, {})
    except TypeError:
        memo = {}
    names = memo.get(kind)
    if names is None:
        bodies: dict[str, str] = {}
        for entry in glossary.of_kind(kind):
            bodies.setdefault(entry.zh, _body(entry.en))
        names = memo[kind] = tuple(bodies.items())
    return names


# what may stand between a body's name and the name of its part: an acronym or a defined short name in brackets
_ASIDE_BETWEEN = re.compile(r"\s*[（(][^()（）\n]{1,24}[)）]\s*")

_GAZETTEER: "weakref.WeakKeyDictionary[object, dict[str, tuple[tuple[str, str], ...]]]" = weakref.WeakKeyDictionary()


@functools.lru_cache(maxsize=512)
def _body(en: str) -> str:
    """Which body a regulator's English name denotes: its acronym ("U.S. Food and Drug Administration
    (FDA)", "U.S. FDA": FDA; "Center for Drug Evaluation (CDE) of the NMPA": CDE), else the name."""
    m = re.search(r"\(([A-Z]{2,6})\)", en) or re.search(r"\b([A-Z]{2,6})\b", en)
    return m.group(1) if m else en


# what a text that is not cut off mid-sentence may end with: a sentence's end or a closing bracket or quote
_ONLY_SPACE_LEFT = re.compile(r"\s*\Z")
_TEXT_END = frozenset("。.!！?？)）”\"'」』】]>》;；…")


def _validated(doc: Document, spec: FieldSpec, start: int, end: int) -> tuple[int, int] | None:
    """The span trimmed (whitespace, ``strip_prefix``, ``strip_suffix``) and checked against the
    field's validator (``reject`` patterns, ``require``); None when it fails: a field that is not
    what it says is left out, never guessed."""
    text = doc.search_text
    # whitespace, the backtick a mirror site puts at the start of every line, a table cell's bars
    while start < end and (text[start].isspace() or text[start] in "`|"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "`|"):
        end -= 1
    for _ in range(3):  # a prefix one pattern strips may bare one an earlier pattern strips ("产品" then "为")
        before = start
        for pattern in spec.strip_prefix:  # patterns see the value alone: ^ and $ are its ends
            m = pattern.match(text[start:end])
            if m and 0 < m.end() < end - start:
                if any(p.search(m.group()) for p in spec.reject_prefix):
                    return None
                start += m.end()
        if start == before or not spec.strip_prefix:
            break
    if spec.name == "drug_name" and doc.lang == "zh" and (_after_wrap_space(text, start) or _after_wrapped_line(text, start)):
        return None  # the name's start may be on the line before: left out, not cut
    if (spec.name == "company" and doc.lang == "zh" and end - start == 6 and text[end : end + 1] in ("(", "（")
            and start and _HAN_START.match(text, start - 1)):
        # a name the patterns cap at six characters before its stock code ("康宁杰瑞生物制药(09966)" had read
        # "杰瑞生物制药"): the whole run of characters from the clause's start, where it is a name's length
        run = start
        while run and _HAN_START.match(text, run - 1) and end - run < 10:
            run -= 1
        if not (run and _HAN_START.match(text, run - 1)) and end - run <= 10:
            start = run
    if (spec.name in ("company", "partner", "holder") and doc.lang == "zh" and text[start : start + 1] == "司"
            and text[:start].rstrip()[-1:] == "公" and start > 0 and text[start - 1].isspace()):
        start += 1  # "…控股子公\n司某某有限公司": the 司 ends the word 公司 a PDF wrapped, it begins no name
    value = text[start:end]
    # a value cut inside its own bracket ("急性髓系白血病(Acute myelocytic leukemia" at the comma before
    # ", AML)"): the value before the bracket
    cut = max(value.rfind("("), value.rfind("（"))
    if cut >= 2 and value.count("(") + value.count("（") > value.count(")") + value.count("）"):
        end = start + len(value[:cut].rstrip())
        value = text[start:end]
    # ... or one that runs past the end of a bracket it did not open ("…双相情感障碍一型)的新药申请"): the value
    # before that bracket's close
    while value and value[-1] in ")）" and value.count("(") + value.count("（") < value.count(")") + value.count("）"):
        end -= 1
        value = text[start:end].rstrip()
        end = start + len(value)
    cuts = [m.start() for p in spec.cut if (m := p.search(value)) and m.start() >= 2]
    if cuts:
        end = start + len(value[: min(cuts)].rstrip())
        value = text[start:end]
    for suffix in spec.strip_suffix:
        if value.endswith(suffix) and len(value) > len(suffix) + 1:
            end -= len(suffix)
            value = value[: -len(suffix)]
    if not value or any(p.search(value) for p in spec.reject):
        return None
    # an excerpt that stops mid-sentence cuts its last words ("…阵发性睡眠性血红蛋"): a value that runs
    # up to such an end may be cut short, and another mention is taken instead
    # (the value ends the text where only white space follows it; its last character is the text's)
    if (spec.complete and _ONLY_SPACE_LEFT.match(text, end) and text[end - 1 : end] not in _TEXT_END
            and not any(p.search(value) for p in spec.complete)):
        return None
    if spec.reject_next and any(p.match(text, end, end + 40) for p in spec.reject_next):
        return None
    if spec.reject_before:
        # where it stands, and where the text defines it as a bracketed abbreviation: "hepatorenal syndrome
        # type 1 (HRS-1)" makes every later "HRS-1" the disease's, not a drug's code
        at = [start]
        if len(value) <= 20 and (value + ")" in text or value + "）" in text):
            at += [m.start() + 1 for m in re.finditer(r"[（(]" + re.escape(value) + r"[)）]", text)]
        if any(p.search(text, max(0, i - 24), i) for i in at for p in spec.reject_before):
            return None
    if spec.reject_sentence:
        sentence = _sentence_around(text, start, end, _STOPS_ZH if doc.lang == "zh" else _STOPS_EN)
        if any(p.search(sentence) for p in spec.reject_sentence):
            return None
    if spec.require and not any(p.search(value) for p in spec.require):
        return None
    return start, end


_HAN_START = re.compile(r"[\u4e00-\u9fff]")
# what may end a form's value after a space: a Roman numeral or a short Latin code ("凝血因子 VIII", "某某 XR")
_LATIN_TAIL = re.compile(r"[ \t]+(?:[IVX]{1,5}|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,3}|[A-Z]{1,4}\d{0,3})[ \t]*")
# a company's legal form at the end of its name, and what may follow a short name to make the full one: up to
# three capitalised words ("Biosciences", "& Co."), a country in brackets, the legal form
_LEGAL_FORM = r"(?:Inc|Incorporated|Ltd|Limited|Corp|Corporation|plc|PLC|AG|SA|S\.A|N\.V|NV|LLC|GmbH|SE|Co\., Ltd|Co\. Ltd)"
_LEGAL_FORM_END = re.compile(r"(?:,? |\b)" + _LEGAL_FORM + r"\.?$")
_FULL_NAME_TAIL = (r"(?:\s(?:[A-Z][A-Za-z0-9\-]*\.?|&)){0,3}(?:\s\((?:China|USA|US|HK|Hong Kong)\))?,?\s" + _LEGAL_FORM
                   + r"\b\.?")
_FULL_NAME_TAIL_RE = re.compile(_FULL_NAME_TAIL)
# what follows a company's short name in its full name: its trade or legal form
_TRADE_WORD = re.compile(r"医药|药业|制药|生物|生技|生医|医疗|科技|药品|集团|控股|股份|有限|国际|新药|製藥|醫藥|藥業")
# a dosage form, or an injection's "for injection", alone: no drug name
_FORM_ONLY = re.compile(r"(?:注射用|口服|外用)?(?:注射液|注射剂|片|胶囊|颗粒|丸|散|膏|乳膏|软膏|凝胶|滴眼液|口服液|口服溶液|喷雾剂|贴剂|栓)")
_HAN_SPACE_HAN = re.compile(r"[\u4e00-\u9fff] [\u4e00-\u9fff]")
_WRAP_WORD = re.compile(r"[\u4e00-\u9fff0-9]")
_WRAP_STOP = frozenset("的于與与和及为為是在对對将將由从從向获獲")


def _after_wrapped_line(text: str, start: int) -> bool:
    """Whether a value opens a line and the line before (blank lines between) stops inside a word: a long line
    that ends on a Chinese character, no sentence's or clause's end ("…产品注射用瑞康曲" / "妥珠单抗联合…": the name
    began on the line before)."""
    if not _WRAP_WORD.match(text, start):
        return False
    before = text[max(0, start - 200) : start]
    if not before.endswith("\n"):
        return False
    prev = before.rstrip()
    line = prev[prev.rfind("\n") + 1 :]
    return len(line) >= 20 and bool(_HAN_START.match(line, len(line) - 1)) and line[-1] not in _WRAP_STOP


def _after_wrap_space(text: str, start: int) -> bool:
    """Whether a value starts after a space that may be a flattened PDF's line wrap inside a word
    ("研发的 15 价肺炎 球菌结合疫苗": "球菌结合疫苗" is the end of a name): a word character on both sides of
    the space, not a particle, in a text that shows such spaces often (five or more between Chinese
    characters)."""
    if (start < 2 or text[start - 1] != " " or not _WRAP_WORD.match(text, start - 2) or text[start - 2] in _WRAP_STOP
            or not _WRAP_WORD.match(text, start)):
        return False
    return len(_HAN_SPACE_HAN.findall(text)) >= 5


# regulators' acronyms and their names as English releases spell them out (public names)
_SPELLED_OUT = {
    "FDA": r"(?:U\.S\. )?Food and Drug Administration",
    "EMA": r"European Medicines Agency",
    "NMPA": r"(?:China's |China’s )?National Medical Products Administration",
    "MHRA": r"Medicines and Healthcare products Regulatory Agency",
    "TGA": r"Therapeutic Goods Administration",
    "PMDA": r"Pharmaceuticals and Medical Devices Agency",
}


# where a sentence ends: English at ". ", "; " and line breaks; Chinese at 。；！？ and blank lines (a
# line break alone may be a PDF wrap)
_STOPS_EN = ("\n", ". ", "; ")
_STOPS_ZH = ("。", "；", "！", "？", "\n\n")


# a product named by its dosage form or its class stem ("塞多明基注射液", "某某替尼片", "某某单抗"), or by a
# code ("AB-123"); in English a code or an INN stem ("-mab", "-tinib")
_FORMS = "注射液|注射剂|软胶囊|胶囊|颗粒|乳膏|凝胶|滴眼液|喷雾剂"  # dosage forms a product's name ends in
_PRODUCT = re.compile(rf"[\u4e00-\u9fff]{{2,10}}?(?:{_FORMS}|疫苗|单抗|替尼片?|韦片?)"
                      r"|(?<![A-Za-z0-9\-])[A-Z]{2,6}-?\d{2,6}(?![A-Za-z0-9])"
                      r"|(?i:\b[a-z]{3,}(?:mab|tinib|ciclib|parib|lisib|rafenib|zomib)\b)")
# "上述两个疫苗", "该注射液": a word that refers, right before the class word, names nothing
_NOT_A_NAME = re.compile(rf"(?:上述|该|此|本|两个|两款|多个|这些)[\u4e00-\u9fff]{{0,2}}(?:{_FORMS}|疫苗|单抗)$")
_FORM_SUFFIX = re.compile(rf"(?:{_FORMS}|片|(?i: (?:injection|tablets?|capsules?)))$")


_ALIAS = re.compile(r"\s*[（(][^（）()]{0,20}?([A-Z]{2,6}-?\d{2,6})[^（）()]{0,10}[)）]")  # "(…产品代号:SCT510)"
_BRACKETED = re.compile(r"[（(]([^（）()]{2,40})[)）]")
_BRACKETS = re.compile(r"[（(][^（）()]*[)）]")


def _drug_names(value: str) -> tuple[str, ...]:
    """The names under which a text may speak of the drug ``value``: as written, without its dosage form
    or 注射用, and each name in its brackets ("达伯舒(信迪利单抗注射液)")."""
    parts = [value] + _BRACKETED.findall(value) + [_BRACKETS.sub("", value)]
    names = set()
    for part in parts:
        part = part.strip()
        bare = _FORM_SUFFIX.sub("", part)
        for name in (part, bare, bare[3:] if bare.startswith("注射用") else bare):
            if len(name) >= 2:
                names.add(name)
    return tuple(sorted(names, key=len, reverse=True))


def _of_other_product(doc: Document, span: tuple[int, int], ours: tuple[str, ...]) -> bool:
    """Whether the sentence holding ``span`` names a product other than the filing's drug, and not
    the drug itself ("诺思兰德宣布,其塞多明基注射液上市申请获受理,适应症为…" in a filing about another drug)."""
    text = doc.search_text
    sentence = _sentence_around(text, *span, _STOPS_ZH if doc.lang == "zh" else _STOPS_EN)
    if any(name in sentence for name in ours):
        return False
    return any(not any(name in m.group() or m.group() in name for name in ours) and not _NOT_A_NAME.search(m.group())
               for m in _PRODUCT.finditer(sentence))


def _sentence_around(text: str, start: int, end: int, stops: tuple[str, ...] = _STOPS_EN) -> str:
    """The sentence holding text[start:end]: from the last stop before it to the next one after it."""
    left = max(text.rfind(c, 0, start) for c in stops) + 1
    ends = [i for i in (text.find(c, end) for c in stops) if i >= 0]
    return text[left : min(ends) if ends else len(text)]


_HAN_PHASE = str.maketrans({"一": "I", "二": "II", "三": "III", "四": "IV"})  # "二/三期" is Phase II/III
_OFFICE_SUFFIX = re.compile(r"(?P<code>[A-Z]{3,5}\d{6,9})\s?(?P<office>[\u4e00-\u9fff])")


# a Taiwan text: its bare 元 is the New Taiwan dollar, not the renminbi (a Taiwan news story's "约11亿元签约金")
_TAIWAN = re.compile(r"新台币|台币|兴柜|上柜|柜买|公开资讯观测站|卫福部|食药署|卫生福利部|台股|台湾|钜亨|上市柜|经济日报|工商时报")


# a Hong Kong text (a quote's 港元, an HKEX stock code, a Hong Kong wire): its bare 元 is the Hong Kong dollar
# ("現價升15%,報26﹒5元")
_HONG_KONG = re.compile(r"港元|港币|港股|恒指|经济通|财华社|联交所|港交所|香港交易所|[（(]0\d{4}[)）]|\b0\d{4}\.HK\b")


def bare_yuan(doc: Document) -> str:
    """The currency a bare 元 names in ``doc``: CNY in a simplified-script text; in a traditional-script one TWD
    where it is from Taiwan, HKD where from Hong Kong, else YUAN (the yuan, its country not said)."""
    if doc.script != "traditional":
        return "CNY"
    if _TAIWAN.search(doc.search_text):
        return "TWD"
    # a traditional-script text that says neither: the yuan, unnamed (not asserted to be RMB)
    return "HKD" if _HONG_KONG.search(doc.search_text) else "YUAN"


def translate_field(field: Field, spec: FieldSpec, lang: str, translator: GlossaryTranslator,
                    simplified: str | None = None, yuan: str = "CNY") -> Field:
    """Fill ``value_en``/``value_zh``: the source language keeps the value as written; the other
    language gets the field's rule, and where the rule has nothing, :func:`render_value` (lexicon,
    romanisation, or the value as written), so no field is shown in one language only.
    ``simplified`` is the value in simplified characters, for traditional-script sources; ``yuan`` the currency
    a bare 元 names in the source (:func:`bare_yuan`)."""
    other = "en" if lang == "zh" else "zh"
    # a PDF line wrap inside a Chinese value ("急性冠\n状动脉综合症") is not a word break: the
    # translation reads the value joined (the value itself stays as written, with its evidence span)
    value = join_pdf_wraps(simplified or field.value) if lang == "zh" else (simplified or field.value)
    rule = spec.translate
    how = "rule"
    if rule == "code":
        translated: str | None = field.value
        how = "as_written"
        office = _OFFICE_SUFFIX.fullmatch(value) if other == "en" else None
        if office:  # "CXSS2200058国": the number and its acceptance office (国: the national one)
            where = office.group("office")
            translated = f"{office.group('code')} ({'national' if where == '国' else pinyin_word(where)})"
            how = "rule"
        elif other == "en" and has_cjk(translated):  # "CXHS2101048 国药…": the code kept, the rest rendered
            translated, how = render_value(translator, value, "value", src=lang, tgt=other)
    elif rule == "date":
        translated = date_to_en(value) if other == "en" else date_to_zh(value)
    elif rule == "amount":
        translated = amount_to_en(value, yuan) if other == "en" else amount_to_zh(value)
    elif rule == "count":  # a head count; what it does not parse goes the way of a value
        translated = count_to_en(value) if other == "en" else count_to_zh(value)
        rule = "value" if translated is None else rule
    elif rule == "phase":
        if other == "en":
            entry = translator.glossary.get(value, ("phase",))
            # a list of phases (Ⅱ、Ⅲ期) is written the English way (II/III)
            plain = value.replace("期", "").replace("第", "").replace("、", "/").translate(_ROMAN).translate(_HAN_PHASE)
            translated = entry.en if entry else translator.value(plain)
            if translated and not translated.startswith("Phase"):
                translated = f"Phase {translated}"
        else:
            translated = re.sub(r"(?i)^phase\s*", "", value) + "期"  # "Phase 2", "phase II/III"
    elif rule == "sentence":
        translated = _rewrite(value, spec, translator) if other == "en" else None
        if translated is None and other == "en":
            translated = (translator.sentences([value], src=lang, tgt=other) or [None])[0]
        if (translated is None or has_cjk(translated)) and other == "en":
            # no rule for the sentence: its key terms, not a word-by-word rendering of legal prose
            terms = key_terms(translator.glossary, value)
            translated, how = ("Key terms: " + "; ".join(terms), "glossary") if terms else (None, how)
    elif other == "zh" and (closed := spec.values_zh.get(value.strip().lower())):
        translated = closed
    elif other == "zh" and spec.rewrites_zh and (found := _rewrite_zh(value, spec)):
        translated = found
    else:
        translated = _rewrite(value, spec, translator) if spec.rewrites and other == "en" else None
    if other == "en" and translated is not None and has_cjk(translated):
        translated = None
    if translated is None and rule in RENDER_KINDS + ("sentence",):
        translated, how = render_value(translator, value, rule if rule in RENDER_KINDS else "term", src=lang, tgt=other)
    if translated is None:
        how = None
    if lang == "zh":  # shown without a PDF line wrap inside it ("AFT 制药有\n限公司"); the value stays as written
        return evolve(field, value_zh=join_pdf_wraps(field.value), value_en=translated, translated_by=how)
    return evolve(field, value_en=field.value, value_zh=translated, translated_by=how)


def _rewrite_zh(value: str, spec: FieldSpec) -> str | None:
    """An English value's Chinese by the field's first matching ``rewrites_zh`` pattern (None if none)."""
    for rewrite in spec.rewrites_zh:
        m = rewrite.pattern.search(value)
        if m:
            parts = {k: (amount_to_zh(v) or v) if k == "amount" else v for k, v in m.groupdict().items() if v}
            try:
                return rewrite.to.format(**parts)
            except KeyError:  # a group the pattern left empty: the next rewrite
                continue
    return None


def _rewrite(value: str, spec: FieldSpec, translator: GlossaryTranslator) -> str | None:
    for rewrite in spec.rewrites:
        m = rewrite.pattern.search(value)
        if not m:
            continue
        parts = {}
        for key, raw in m.groupdict().items():
            raw = (raw or "").strip()
            if not raw:
                parts[key] = spec.defaults_en.get(key)
            elif key in ("drug", "indication", "kind"):
                parts[key] = translator.value(raw)
            elif key == "phase":  # a trial's phase in Latin numerals ("Ⅱ期" → "II")
                parts[key] = raw.translate(_ROMAN)
            else:  # a strength or code as written, its list commas in English ("0.5mg、1.0mg")
                parts[key] = re.sub(r"\s*[、，]\s*", ", ", raw)
            if parts[key] is None:
                break
        else:
            text = rewrite.to.format(**parts)
            # a sentence starts with a capital; a phrase ("complete response letter") stays as written
            return text[0].upper() + text[1:] if text.endswith(".") else text
    return None


def _unshadowed(found: dict[tuple[int, int], int]) -> list[tuple[int, int]]:
    """The spans that no higher-priority (lower-rank) span overlaps, except one lying inside them. A
    sweep over the spans sorted by start: an overlapping span starts less than the longest span's
    length before this one."""
    spans = sorted(found)
    starts = [sp[0] for sp in spans]
    longest = max((e - b for b, e in spans), default=0)
    out = []
    for sp in spans:
        rank = found[sp]
        lo, hi = bisect_left(starts, sp[0] - longest), bisect_left(starts, sp[1])
        if not any(found[o] < rank and sp[0] < o[1] and not sp[0] <= o[0] <= o[1] <= sp[1]
                   for o in spans[lo:hi]):
            out.append(sp)
    return out
