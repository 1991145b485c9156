"""Read stage: bytes, text or a path in; a :class:`Document` with normalised text out.

The offline reader handles plain text and Markdown, HTML (main text, tables kept as rows) and, with
the ``pdf`` extra, PDF. It detects UTF-8 / GB18030 (GBK) / Big5, and for traditional Chinese keeps the
original text (what citations show) plus a simplified view of the same length for pattern matching.
"""

from __future__ import annotations

import hashlib
import html
import io
import re
import unicodedata
from html.parser import HTMLParser
from operator import ne
from pathlib import Path
from typing import Protocol, Union, runtime_checkable

from ..errors import (
    BinaryInputError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncodingError,
    MissingDependencyError,
    ReadError,
)
from ..resources import once
from ..types import Document

Source = Union[str, bytes, Path]

MAX_CHARS = 2_000_000
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_RE = re.compile(r"[A-Za-z]")


@runtime_checkable
class Reader(Protocol):
    def read(self, source: Source, *, doc_id: str | None = None) -> Document: ...


# ----------------------------------------------------------------------------- encodings
COMMON_HANZI = "jieba/common_hanzi.txt"  # under models/: one line of characters, most frequent first


@once
def _common_hanzi() -> frozenset[str]:
    """The 4,000 most frequent Chinese characters (shipped in ``models/``): a plausibility test for
    decodings, read without loading jieba or its dictionary."""
    from ..resources import models_dir

    return frozenset((models_dir() / COMMON_HANZI).read_text(encoding="utf-8").strip())


def rank_common_hanzi(n: int = 4000) -> str:
    """Rebuild the shipped table: characters ranked by the summed frequency of the words of jieba's
    dictionary (``jieba/dict.txt``, MIT licence) they occur in; the first ``n`` CJK ones."""
    import jieba

    from .segment import _jieba

    _jieba()  # imports jieba quietly
    counts: dict[str, int] = {}
    with jieba.get_dict_file() as fh:
        for raw in fh:
            parts = raw.decode("utf-8").split(" ")
            if len(parts) < 2:
                continue
            freq = int(parts[1])
            for ch in parts[0]:
                counts[ch] = counts.get(ch, 0) + freq
    ranked = sorted(counts, key=lambda ch: (-counts[ch], ch))
    return "".join([ch for ch in ranked if CJK_RE.match(ch)][:n])


def _plausibility(text: str) -> float:
    """Share of CJK characters that are common ones (after conversion to simplified)."""
    sample = text[:20000]
    hanzi = CJK_RE.findall(to_simplified(sample))
    if not hanzi:
        return 0.5
    common = _common_hanzi()
    bad = sum(1 for ch in sample if unicodedata.category(ch) in ("Co", "Cn"))
    return sum(ch in common for ch in hanzi) / len(hanzi) - bad / max(len(sample), 1)


def decode(data: bytes, *, doc: str | None = None, encoding: str | None = None) -> tuple[str, str]:
    """Decode ``data``; return ``(text, encoding)``. Raises coded :class:`ReadError` subclasses."""
    if not data.strip():
        raise EmptyDocumentError("the input is empty", doc=doc)
    if encoding:
        try:
            return data.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise EncodingError(f"cannot decode as {encoding}: {exc}", doc=doc) from exc
    for bom, name in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError as exc:
                raise EncodingError(f"starts with a {name} byte-order mark but is not {name}", doc=doc) from exc
    head = data[:8192]
    if b"\x00" in head or _control_ratio(head) > 0.05:
        raise BinaryInputError("the input contains binary data", doc=doc)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    candidates = []
    for name in ("gb18030", "big5"):
        try:
            candidates.append((data.decode(name), name))
        except UnicodeDecodeError:
            continue
    if not candidates:
        raise EncodingError("not valid UTF-8, GB18030/GBK or Big5", doc=doc)
    if len(candidates) == 1:
        return candidates[0]
    return max(candidates, key=lambda c: _plausibility(c[0]))


_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _control_ratio(data: bytes) -> float:
    """Share of control bytes (other than tab, newline, form feed, carriage return)."""
    if not data:
        return 0.0
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


# ----------------------------------------------------------------------------- scripts
@once
def _t2s():
    try:
        import opencc
    except ImportError:  # pragma: no cover - opencc is a core dependency
        return None
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified, character for character (same length as ``text``)."""
    converter = _t2s()
    if converter is None:
        return text
    out = converter.convert(text)
    if len(out) == len(text):
        return out
    return "".join(c if len(c) == 1 else o for o, c in zip(text, map(converter.convert, text)))


def detect_script(text: str) -> tuple[str | None, str | None]:
    """Return ``(script, simplified_view)``; the view is None unless the text is traditional."""
    sample = text[:3000]
    hanzi = CJK_RE.findall(sample)
    if not hanzi:
        return None, None
    converted = to_simplified(sample)
    changed = sum(map(ne, sample, converted)) if converted != sample else 0  # counted in C
    if changed / len(hanzi) > 0.03:
        return "traditional", to_simplified(text)
    return "simplified", None


def detect_lang(text: str) -> str:
    """``zh`` or ``en``: the language of the text's prose, a hanzi counting as much as two letters. A
    page with some of each (a Chinese article followed by an English page's disclaimer and links, or a
    short English story above a Chinese site's disclaimer) is in the language of its first paragraph (a
    line of 60 characters or more): news tells its story first."""
    if len(CJK_RE.findall(text, 0, 2000)) > 200:  # (then the sample below has more than 200 too: the same answer)
        return "zh"
    sample = text[:20000]
    hanzi = len(CJK_RE.findall(sample))
    latin = len(_LATIN_RE.findall(sample))
    if hanzi >= 0.5 * max(latin, 1) or hanzi > 200:
        return "zh"
    if hanzi >= 0.05 * latin:
        for line in sample.split("\n"):
            if len(line.strip()) >= 60:
                return "zh" if len(CJK_RE.findall(line)) >= 0.2 * len(_LATIN_RE.findall(line)) else "en"
    return "en"


# ----------------------------------------------------------------------------- formats
class _HTMLText(HTMLParser):
    BLOCK = {
        "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
        "header", "footer", "blockquote", "pre", "title", "ul", "ol", "table", "dt", "dd",
    }
    SKIP = {"script", "style", "noscript", "head", "nav"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = []
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            cells = [c for c in self.row if c]
            if cells:
                # a two-cell row is a field: render it the way field lists are written
                joiner = "：" if len(cells) == 2 and CJK_RE.search(cells[0]) else " | "
                if len(cells) == 2 and not CJK_RE.search(cells[0]):
                    joiner = ": "
                self.parts.append("\n" + joiner.join(cells) + "\n")
            self.row = None
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.skip:
            return
        if self.cell is not None:
            self.cell.append(data)
        else:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n\n".join(line for line in lines if line)


def pdf_to_text(data: bytes, *, doc: str | None = None) -> str:
    """Text of a PDF's pages, without repeated page headers/footers and page numbers."""
    try:
        import pdfplumber
    except ImportError as exc:
        raise MissingDependencyError(
            "reading PDF needs pdfplumber", doc=doc, hint="pip install 'summarizer[pdf]'"
        ) from exc
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [(page.extract_text() or "").splitlines() for page in pdf.pages]
    except Exception as exc:  # pdfminer raises many types for broken files
        raise ReadError(f"malformed PDF: {type(exc).__name__}: {exc}", doc=doc) from exc
    if not any(line.strip() for lines in pages for line in lines):
        raise EmptyDocumentError(
            "the PDF has no text layer (scanned?)", doc=doc, hint="run OCR on it first"
        )
    repeated: set[str] = set()
    if len(pages) > 2:
        edges: dict[str, int] = {}
        for lines in pages:
            for line in {*(lines[:2]), *(lines[-2:])}:
                edges[line.strip()] = edges.get(line.strip(), 0) + 1
        repeated = {line for line, n in edges.items() if n >= max(3, len(pages) // 2)}
    page_no = re.compile(r"^\s*(第?\s*\d+\s*页(\s*[/，,]?\s*共\s*\d+\s*页)?|-?\s*\d+\s*-?|\d+\s*/\s*\d+)\s*$")
    kept = [
        line
        for lines in pages
        for line in lines
        if line.strip() not in repeated and not page_no.match(line)
    ]
    return "\n".join(kept)


_HTML_RE = re.compile(r"<(html|body|p|div|table|br|h\d)\b", re.I)


# a page that glosses characters with their pinyin ("國產創(chuàng)新藥", a news app's ruby text copied
# inline): the glosses cut every word they sit in, so they go where three or more are found
# (the bracket first: the engine finds it fast, then looks behind it for the character it glosses)
_RUBY = re.compile(r"\((?<=[\u3400-\u9fff]\()(?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    if len(_RUBY.findall(text, 0, 20000)) >= 3:
        text = _RUBY.sub("", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


# a page's layout class names run together ("for-phone-onlyfor-tablet-portrait-up…"): copied page
# furniture, never a headline
LAYOUT_TOKENS = r"[a-z0-9]+(?:-[a-z0-9]+){5,}"  # also never a summary item (compose._JUNK_ITEM)
_LAYOUT_TOKENS = re.compile(f"^{LAYOUT_TOKENS}$")


def _title(text: str, lang: str) -> str | None:
    lines = [line.strip().lstrip("#").strip() for line in text.split("\n") if line.strip()]
    lines = [line for line in lines if not _LAYOUT_TOKENS.match(line)] or lines
    if not lines:
        return None
    if lang == "zh":
        for i, line in enumerate(lines[:12]):
            if line.startswith(("关于", "關於")) and ("公告" in line or len(line) < 60):
                prev = lines[i - 1] if i else ""
                if prev.endswith(("公司", "有限公司", "集团")) and len(prev) < 40:
                    return prev + line
                return line
        for i, line in enumerate(lines[:12]):
            if line.endswith("公告") and len(line) < 80:
                prev = lines[i - 1] if i else ""
                # a headline wrapped over two lines: "…关于X上市申请获受理" / "并取得优先审评资格的公告"
                if "关于" not in line and "关于" in prev and len(prev) < 60 and not prev.endswith(("。", "：", ":")):
                    return prev + line
                return line
    return lines[0][:300]


class TextReader:
    """The offline reader: plain text, Markdown, HTML, and PDF (with the ``pdf`` extra)."""

    def __init__(self, *, max_chars: int = MAX_CHARS, encoding: str | None = None) -> None:
        self.max_chars = max_chars
        self.encoding = encoding

    def read(self, source: Source, *, doc_id: str | None = None) -> Document:
        path: Path | None = None
        if isinstance(source, Path) or (
            isinstance(source, str) and "\n" not in source and len(source) < 1024 and _is_file(source)
        ):
            path = Path(source)
            name = str(path)
            try:
                data: bytes | str = path.read_bytes()
            except OSError as exc:
                raise ReadError(f"cannot open: {exc.strerror or exc}", doc=name) from exc
        else:
            data = source
            name = doc_id or "<input>"
        doc_id = doc_id or (path.stem if path else None)
        encoding = None
        if isinstance(data, bytes):
            if len(data) > self.max_chars * 4:
                raise DocumentTooLargeError(f"{len(data)} bytes is over the limit", doc=name)
            if data.lstrip().startswith(b"%PDF"):
                text, encoding = pdf_to_text(data, doc=name), "pdf"
            else:
                text, encoding = decode(data, doc=name, encoding=self.encoding)
        elif isinstance(data, str):
            text = data
        else:
            raise ReadError(f"cannot read a {type(data).__name__}; pass str, bytes or a path", doc=name)
        suffix = path.suffix.lower() if path else ""
        if suffix in (".html", ".htm") or (suffix not in (".txt", ".md") and _HTML_RE.search(text[:5000])):
            text = html_to_text(html.unescape(text) if "&lt;" in text[:2000] else text)
        text = _normalise(text)
        if not text.strip():
            raise EmptyDocumentError("the input holds no text", doc=name)
        if len(text) > self.max_chars:
            raise DocumentTooLargeError(f"{len(text)} characters is over the limit of {self.max_chars}", doc=name)
        if _control_ratio(text[:8192].encode("utf-8", "replace")) > 0.05 or "\x00" in text[:8192]:
            raise BinaryInputError("the input contains binary data", doc=name)
        lang = detect_lang(text)
        script, simplified = detect_script(text) if lang == "zh" else (None, None)
        if doc_id is None:
            doc_id = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
        return Document(
            id=doc_id,
            text=text,
            lang=lang,
            source=str(path) if path else None,
            encoding=encoding,
            script=script,
            match_text=simplified,
            title=_title(text, lang),
        )


def _is_file(source: str) -> bool:
    try:
        return Path(source).is_file()
    except (OSError, ValueError):
        return False


def read(source: Source, *, doc_id: str | None = None, encoding: str | None = None) -> Document:
    """Read a filing from text, bytes or a path.

    >>> read("本公司收到国家药品监督管理局的通知。").lang
    'zh'
    """
    return TextReader(encoding=encoding).read(source, doc_id=doc_id)
