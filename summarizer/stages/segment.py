"""Segment stage: numbered paragraphs (the ``[n]`` of citations), sentences, and words.

Paragraphs are the lines of a filing (blank-line blocks in prose), with wrapped lines of PDF text
joined back. Sentences split on Chinese and English end punctuation, never inside 《》, brackets or
quotes, and not after English abbreviations. Words come from jieba with a pharma user dictionary
shipped in ``models/`` (built from the glossary plus ``models/jieba/pharma.dict``).
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Iterator, Protocol, runtime_checkable

from ..resources import models_dir, once
from ..types import Document, Segment, Sentence

__all__ = ["Segmenter", "RuleSegmenter", "split_sentences", "tokenize", "ENUM_RE"]

# 一、  （二）  (三)  1.  1、  （1）  ①  第一条
ENUM_RE = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
    r"\d{1,2}(?:\.\d{1,2})*[、.．](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩]|第[一二三四五六七八九十\d]+[条章节])\s*"
)
KEY_VALUE_RE = re.compile(r"^\s*(?:\S{1,3}[、.．)）]\s*)?[^\s：:|]{2,14}\s*[：:|]\s*\S")
_OPEN_BEFORE_COLON = re.compile(r"^[^：:()（）\n]*[（(][^：:()（）\n]*[：:]")
_HEADING_TEXT_RE = re.compile(r"^(?:#{1,6}\s*|About\s+\S|关于|關於)")
TERMINAL = "。！？!?；;：:”’」』)）.…"  # what ends a sentence or clause (compose reads it too)
_CLOSERS = "”’」』\"')）】"
_OPEN_CLOSE = {"《": "》", "（": "）", "(": ")", "“": "”", "「": "」", "【": "】", "[": "]"}
_MARKS = re.compile("[" + re.escape("".join(_OPEN_CLOSE) + "".join(_OPEN_CLOSE.values()) + "。！？!?.") + "]")
_ABBREV = {
    "inc", "corp", "co", "ltd", "mr", "mrs", "ms", "dr", "prof", "no", "vs", "e.g", "i.e", "etc",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "st",
    "mass", "calif", "u.s", "u.k", "approx", "fig", "al", "jr", "sr", "plc", "n.v", "s.a",
}
_WORD_EN_RE = re.compile(r"[A-Za-z][A-Za-z0-9\-']*|\d+(?:[.,]\d+)*")


@runtime_checkable
class Segmenter(Protocol):
    def __call__(self, doc: Document) -> Document: ...


# ----------------------------------------------------------------------------- paragraphs
def _lines(text: str) -> Iterator[tuple[int, int, bool]]:
    """Yield (start, end, blank_before) for each non-empty line."""
    pos = 0
    blank = True
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            lead = len(line) - len(line.lstrip())
            yield pos + lead, end, blank
            blank = False
        else:
            blank = True
        pos = end + 1


def _is_continuation(prev: str, line: str, blank_before: bool) -> bool:
    """A wrapped line (PDF text) continues the previous one; across a blank line (a PDF page break)
    only where the previous line is cut inside a bracket or quote ("（以下简称“东诚药") or between a
    number and its date unit ("2019 年 12" / "月 27 日")."""
    if not prev:
        return False
    if blank_before:
        return _cut_off(prev, line) and not (ENUM_RE.match(line) or KEY_VALUE_RE.match(line))
    # a table cell's bar closes a row ("| 某某生技:代子公司公告… |") or opens one: a cell, not a wrapped line
    if prev.rstrip()[-1] in TERMINAL or len(prev) < 28 or _HEADING_TEXT_RE.match(prev) or prev[-1] == "|" or line[0] == "|":
        return False
    # a wrapped line whose bracket is still open where a colon follows ("普利单抗(商品名:拓益®…", the rest of a
    # name cut at the line's end) continues its sentence: it is no "key: value" line
    # (and so does a line after one cut inside a bracket: "…注射液,商" / "品名称:某某;以下简称…)")
    key_line = KEY_VALUE_RE.match(line) and not _OPEN_BEFORE_COLON.match(line) and not open_bracket(prev)
    return not (ENUM_RE.match(line) or key_line or _HEADING_TEXT_RE.match(line)
                or _DATELINE_RE.match(line))


# a wire release's dateline opens its lead ("WOBURN, Mass., July 22, 2025 (GLOBE NEWSWIRE) --"): the
# headline lines wrapped above it end there
_DATELINE_RE = re.compile(
    r"[A-Z][A-Z .'\-]{2,40}(?:, [A-Z][A-Za-z. ]{1,30})*(?:,? and [A-Z][A-Z .'\-]{2,40})?, "
    r"(?:[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})\s*(?:/|\(|--|–|—)")


_DATE_UNIT_RE = re.compile(r"\s*[年月日号時时]")


def open_bracket(text: str) -> bool:
    """Whether ``text`` ends inside a bracket or quote it opened (its last 200 characters are read)."""
    tail = text[-200:]
    return sum(map(tail.count, _OPEN_CLOSE)) > sum(map(tail.count, _OPEN_CLOSE.values()))


def _indent(text: str, start: int) -> int:
    """How many characters a line stands in from its start (``start``: its first non-blank character)."""
    return start - text.rfind("\n", 0, start) - 1


_CJK_START = re.compile(r"[\u3400-\u9fff]")


def _indented_wrap(text: str, block_start: int, block_end: int, start: int, end: int) -> bool:
    """A PDF page printed with a blank line after every line and its paragraphs' first lines indented (four
    spaces or more, the wrapped lines one or two): a Chinese line indented one or two after a block that opened
    indented and stops mid-sentence continues it across the blank line ("…是公司开发的全新的" / " 具有自主知识产权的…")."""
    if not (1 <= _indent(text, start) <= 2 and _indent(text, block_start) >= 4 and _CJK_START.match(text, start)):
        return False  # (read first: most lines are not such a wrap, and the block may be long)
    last_start = text.rfind("\n", block_start, block_end) + 1
    last = text[max(last_start, block_start) : block_end].strip()
    return (len(last) >= 20 and last[-1] not in TERMINAL
            and not (ENUM_RE.match(text, start, end) or KEY_VALUE_RE.match(text, start, end)))


def _cut_off(prev: str, line: str) -> bool:
    """Whether ``prev`` stops mid-sentence in a way no heading or paragraph end does."""
    tail = prev[-200:].rstrip()  # a block may be many wrapped lines: its end is what matters
    if not tail or tail[-1] in TERMINAL:
        return False
    if open_bracket(tail):
        return True
    return tail[-1].isdigit() and bool(_DATE_UNIT_RE.match(line))


def _kind(text: str, lang: str) -> str:
    stripped = text.strip()
    if stripped.startswith("#"):
        return "heading"
    enum = ENUM_RE.match(stripped)
    if enum:
        rest = stripped[enum.end():]
        if len(rest) <= 24 and not any(p in rest for p in "。；;，,：:") and rest:
            return "heading"
        return "list_item"
    if KEY_VALUE_RE.match(stripped):
        return "list_item"
    if lang == "en":
        words = stripped.split()
        if len(words) <= 8 and stripped[-1] not in ".!?:;\"”" and (
            stripped.startswith("About ") or all(w[:1].isupper() or not w[:1].isalpha() for w in words)
        ):
            return "heading"
    elif len(stripped) <= 20 and stripped[-1] not in TERMINAL and not re.search(r"\d", stripped):
        return "heading"
    return "paragraph"


# ----------------------------------------------------------------------------- sentences
def split_sentences(text: str, offset: int = 0) -> tuple[Sentence, ...]:
    """Split one paragraph into sentences with absolute character spans.

    >>> [s.text for s in split_sentences("公司收到《通知书》。本品获批！Next one.")]
    ['公司收到《通知书》。', '本品获批！', 'Next one.']
    """
    out: list[Sentence] = []
    stack: list[str] = []
    start = 0
    i = 0
    n = len(text)
    while i < n:
        # jump to the next character that can matter: an opener, a closer, a sentence end
        m = _MARKS.search(text, i)
        if m is None:
            break
        i = m.start()
        ch = text[i]
        if stack and ch == stack[-1]:
            stack.pop()
        elif ch in _OPEN_CLOSE and ch not in ('"',):
            if len(stack) < 8:
                stack.append(_OPEN_CLOSE[ch])
        elif ch in "。！？!" or (ch == "?" and not mangled_mark(text, i)) or (ch == "." and english_stop(text, i)):
            # never inside 《》 or brackets; inside quotes only at the closing quote
            if not any(c in "》）)】]" for c in stack):
                j = i + 1
                while j < n and (text[j] in _CLOSERS or text[j] in "。！？!?."):
                    if stack and text[j] == stack[-1]:
                        stack.pop()
                    j += 1
                if not stack or ch in "。！？":
                    stack.clear()
                    _emit(out, text, start, j, offset)
                    start = j
                    i = j
                    continue
        i += 1
    _emit(out, text, start, n, offset)
    return tuple(out)


_CJK_CHAR = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")
_CLAUSE_START = re.compile(r"[。，,；;？?！!：:]")
# what asks a question in Chinese (a half-width ? after it is a question mark, not a lost symbol)
_QUESTION = re.compile(r"吗|呢|吧|如何|何时|多少|什么|哪|是否|怎么|怎样|为何|为什么|有没有|能否|可否|难道|几时|何在|影响|\b(?:what|why|how|when|who|which|is|are|does|do|can|will)\b", re.I)


def mangled_mark(text: str, i: int) -> bool:
    """Whether an ASCII ? at ``text[i]`` is a symbol a copy lost (® or ™ written as "?": "Opdivo?)",
    "可瑞达 ?联合"), not a sentence's end: Chinese ends its questions with full-width marks, so an ASCII one
    next to Chinese text, or glued between a Latin word and a bracket, ends nothing."""
    before = text[:i].rstrip()[-1:]
    after = text[i + 1 :].lstrip()[:1]
    if _QUESTION.search(_CLAUSE_START.split(text[max(0, i - 40) : i])[-1]):
        return False  # a reprint's half-width question mark after a question ("公司有哪些应对措施?")
    if (before and _CJK_CHAR.match(before)) or (after and _CJK_CHAR.match(after)):
        return True
    return bool(before) and before.isascii() and before.isalnum() and text[i + 1 : i + 2] in ("(", ")", "[", "]", "（", "）")


def english_stop(text: str, i: int) -> bool:
    """Whether the period at ``text[i]`` ends a sentence (not a decimal point, an initial or "Inc.")."""
    nxt = text[i + 1 : i + 3]
    if nxt and not nxt[0].isspace() and nxt[0] not in _CLOSERS:
        return False  # 1.5, U.S., www.x.com
    m = re.search(r"([A-Za-z][A-Za-z.]*)$", text[max(0, i - 12) : i])
    if m:
        word = m.group(1).lower()
        if word in _ABBREV or len(word) == 1:
            return False
    rest = text[i + 1 :].lstrip()
    return not rest or not rest[0].islower()


def _emit(out: list[Sentence], text: str, start: int, end: int, offset: int) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = start + lead
    out.append(Sentence(stripped, offset + s, offset + s + len(stripped)))


# ----------------------------------------------------------------------------- words
@once
def _jieba():
    import warnings

    with warnings.catch_warnings():  # jieba imports pkg_resources, which warns on modern setuptools
        warnings.simplefilter("ignore", UserWarning)
        import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in _domain_words():
        tokenizer.add_word(word, freq=None)
    return tokenizer


@once
def _domain_words() -> tuple[str, ...]:
    root = models_dir()
    words: list[str] = []
    with open(root / "jieba" / "pharma.dict", encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if line and not line.startswith("#"):
                words.append(line.split()[0])
    from ..lexicon.glossary import load_glossary

    words.extend(zh for zh in load_glossary().zh_terms() if len(zh) >= 2)
    return tuple(dict.fromkeys(words))


def tokenize(text: str, lang: str = "zh") -> list[str]:
    """Words of ``text``: jieba with the domain dictionary for Chinese, a regex for English."""
    if lang == "en":
        return [w.lower() for w in _WORD_EN_RE.findall(text)]
    return [w for w in _jieba().lcut(text) if w.strip() and not _is_punct(w)]


_PUNCT_RE = re.compile(r"^[\W_]+$")


def _is_punct(word: str) -> bool:
    return bool(_PUNCT_RE.match(word))


# ----------------------------------------------------------------------------- segmenter
class RuleSegmenter:
    """The offline segmenter."""

    def __init__(self, *, words: bool = True) -> None:
        self.words = words

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        blocks: list[list[int]] = []
        for start, end, blank in _lines(text):
            if blocks and (_is_continuation(text[blocks[-1][0] : blocks[-1][1]], text[start:end], blank)
                           or blank and _indented_wrap(text, blocks[-1][0], blocks[-1][1], start, end)):
                blocks[-1][1] = end
            else:
                blocks.append([start, end])
        blocks = [part for block in blocks for part in _split_after_guarantee(text, *block)]
        segments: list[Segment] = []
        heading: int | None = None
        for index, (start, end) in enumerate(blocks, 1):
            raw = text[start:end]
            para = " ".join(raw.split()) if "\n" in raw else raw
            kind = _kind(para, doc.lang)
            sentences = (
                (Sentence(raw.strip(), start, end),)
                if kind in ("heading", "list_item")
                else split_sentences(raw, start)
            )
            if self.words:
                sentences = tuple(
                    replace(s, words=tuple(tokenize(doc.search_text[s.start : s.end], doc.lang)))
                    for s in sentences
                )
            words = tuple(w for s in sentences for w in s.words)
            segments.append(
                Segment(
                    index=index,
                    text=para,
                    start=start,
                    end=end,
                    kind=kind,
                    sentences=sentences,
                    words=words,
                    heading=heading if kind != "heading" else None,
                )
            )
            if kind == "heading":
                heading = index
        return replace(doc, segments=tuple(segments))


# the board's legal guarantee closes an exchange filing's front matter ("…承担个别及连带责任。", or
# "…完整性依法承担法律责任。"); a reprint that runs the header, the guarantee and the body into one
# line is split after it, so the body is not boilerplate with the header
_GUARANTEE_END = re.compile(
    r"(?:(?:连带|連帶)(?:的)?(?:法律)?|完整性(?:依法)?(?:承担|承擔)(?:法律)?)(?:责任|責任)[。.]"
    # the Shenzhen form that ends at its omissions ("…没有虚假记载、误导性陈述或重大遗漏。"), a PDF's spaces inside
    r"|重\s*大\s*[遗遺]\s*漏\s*[。.]")
# ... or after the header's announcement number, where the title or the body follows on the same line
# ("证券代码:300000 证券简称:某某 公告编号:2025-054 某某股份有限公司的控股子公司近日收到…"); searched only
# in a block that has the word
_HEADER_NUMBER_END = re.compile(r"公告[编編][号號][:：]\s*[\w\-－]+(?=[ \u3000]+[\u4e00-\u9fff])")
# ... or at the header line's end, where a reprint with single line breaks and no guarantee ran the header
# into the title and the body (the whole filing would be the header's boilerplate)
_HEADER_LINE_END = re.compile(r"公告[编編][号號][:：][ \t\u3000]*[\w\-－]+(?=[ \t\u3000]*\n)")


# ... or after a Taiwan MOPS form's numbered header items, at "5.發生緣由:" (the date, the company's name,
# its relation and cross-holding come before it, the news after it): a reprint runs the whole form into
# one line, and its header would make the news boilerplate
FORM_START = re.compile(r"1[.．]\s*事[实實][发發]生日")  # also read by extract: the header names the filer
_FORM_REASON_END = re.compile(r"(?:發生緣由|发生缘由)[:：](?<=\d[.．]發生緣由:|\d[.．]發生緣由：|\d[.．]发生缘由:|\d[.．]发生缘由：)")


def _split_after_guarantee(text: str, start: int, end: int) -> list[list[int]]:
    m = _GUARANTEE_END.search(text, start, end)
    if text.find("公告", start, end) >= 0:  # the earliest of the ends
        m = _HEADER_NUMBER_END.search(text, start, m.start() if m else end) or m or _HEADER_LINE_END.search(text, start, end)
    reason = _FORM_REASON_END.search(text, start, m.start() if m else end)
    if reason:
        # the form's header items are a block of their own: what stands before them (a reprint's headline
        # with the news) is not the header's boilerplate
        form = FORM_START.search(text, start, reason.start())
        if form and form.start() - start >= 10:
            return [[start, form.start()], *_split_after_guarantee(text, form.start(), end)]
        m = reason
    if m is None or end - m.end() < 20:
        return [[start, end]]
    rest = m.end()
    while rest < end and text[rest].isspace():
        rest += 1
    return [[start, m.end()], *_split_after_guarantee(text, rest, end)]


def segment(doc: Document) -> Document:
    return RuleSegmenter()(doc)

