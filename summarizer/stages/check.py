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
from dataclasses import replace
from decimal import Decimal

from ..lexicon.glossary import Glossary
from ..lexicon.normalize import MONTHS, join_pdf_wraps, number_tokens, numbers_in
from ..resources import once
from ..types import Document, Field, Summary, Violation
from .doctypes import DocType, cannot_match, dated_in_past
from .segment import mangled_mark

__all__ = ["check_summary", "event_support", "latin_tokens"]

# the event is not (yet) the filer's: plans and intentions, negations, and comment on another's news
_NOT_DONE = re.compile(
    r"(?i)\b(?:plans? to|planning to|intends? to|intend(?:s|ed)? to|expects? to|expected to|will (?:seek|submit|file|apply)|"
    r"aims? to|hopes? to|anticipates?|may (?:seek|receive)|seeking|to (?:seek|submit|file)|"
    r"has not (?:yet )?(?:been )?(?:received|approved)|did not|was not|were not|no assurance|if approved)\b|"
    r"拟|计划|预计|有望|尚未|未能|未获|能否|是否|如获|若获|申请将|朝向|迈向"
)
# a filing about a proposed transaction says so where it first names it ("拟与某某签署", "拟签订")
_PROPOSED = re.compile(r"拟(?:与|签署|签订|订立|向|转让|受让|引进|授权|许可|收购|出售)")
# the event named inside the title of a board proposal ("审议通过《关于…签署…合同的议案》"): a resolution
# to do it, not the deed
_PROPOSAL = re.compile(r"[^》。；]{0,40}?议案")
# the event named and said not to have happened yet, whatever a title says ("有关《…合同》尚未签署")
_NOT_YET = re.compile(r"[^。；，,]{0,6}?(?:尚未|仍未|还未)(?:正式)?(?:签署|签订|获得|取得|完成|生效|获批)|"
                      r"[^.;]{0,12}?\b(?:has|have) not (?:yet )?been (?:signed|executed|approved|granted)\b", re.I)
# a paragraph that opens by saying it recalls earlier news ("根据早前消息,…", "据此前报道,…"): its events are
# the background of the filing's news, not the news
RECALLED_PARAGRAPH = re.compile(r"\s*(?:根据|据)?(?:早前|此前的?|先前|之前)(?:消息|报道|公告|披露|新闻)[,，:：]")
_NOT_YET_HINT = re.compile(r"尚未|仍未|还未|not (?:yet )?been", re.I)
# a sentence about the filer's first or another product ("公司的第一个生物相似药已取得FDA上市许可"; not
# a superlative, "中国首个…获批"): its
# event is that product's, not the drug a template names
_OTHER_PRODUCT = re.compile(r"的第[一二三四1-4][个個款]|另一[个個款]|(?i:\b(?:its|their|our) (?:first|other) (?:product|drug|biosimilar|medicine)\b|\banother (?:product|drug|biosimilar)\b)")
# a deal or event the filing's title says is ended ("终止收购…商业化权利", "terminates its licence agreement"): a
# sentence that states the deal's signing tells its history, not the news
_UNDONE = re.compile(r"终止(?:收购|许可|授权|合作|协议|合同|交易|引进)|解除[^。；，,]{0,10}?(?:协议|合同)|"
                     r"(?i:\bterminat(?:es|ed|ing|ion of) (?:the |its |a |an )?(?:\w+ ){0,2}"
                     r"(?:licen[cs]e|licensing|collaboration|agreement|deal|partnership)\b)")
# a deal's progress notice ("关于公司签署《产品权利转让协议》的进展公告"): the signing it recalls is background, the
# news is what has happened since (a payment, a closing)
_DEAL_FOLLOW_UP = re.compile(r"(?:协议|合同|協議|合約)[^\n。]{0,12}?的?进展(?:情况)?的?公告|(?:协议|合同)(?:履行|执行)?进展")
# a deal signed before that has now taken effect ("交易正式生效", "通过…反托拉斯…的等待期", "完成交割")
# (done, not to come: "将于许可协议生效后收到首付款" is a term of a deal signed now)
_DEAL_EFFECTIVE = re.compile(r"(?:交易|协议|合作)(?:已|现已|已经)(?:正式)?生效|(?:交易|协议|合作)正式生效(?![后後])|"
                             r"等待期(?:已)?(?:届满|结束|终止)|(?<![将須须])通过[^。，,]{0,40}等待期|(?:已|已经)?完成交割|交割(?:已)?完成|"
                             r"(?i:\bwaiting period (?:has )?(?:expired|ended|terminated)|\b(?:closing|closed) of the (?:transaction|agreement|deal)\b)")
_YEAR_MONTH = re.compile(r"(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月")
_DIGIT_RE = re.compile(r"\d")
# a count of companies or products as the event's subject ("国内至少12家厂商开发的罕病新药已取得孤儿药资格",
# "3款新药获批", "several companies have received"): a round-up's tally, not the filer's event
_MANY_ZH = re.compile(r"(?:至少|逾|超过|超過|共有|共|近|约|多|数|几)\s?\d*\s?(?:家|款|个|個)[^，,。；;]{0,16}?"
                      r"(?:厂商|公司|药企|企业|药厂|厂|新药|药物|药品|产品)"
                      r"|\d+\s?(?:家|款)[^，,。；;]{0,16}?(?:厂商|公司|药企|企业|药厂|新药|药物|药品|产品)")
_MANY_EN = re.compile(r"(?i)\b(?:several|many|multiple|\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen) "
                      r"(?:other )?(?:companies|firms|drugmakers|developers|drugs|products|candidates)\b")
_THIRD_PARTY = re.compile(
    r"(?i)\b(?:comments? on|commented on|commenting on|congratulates?|applauds?|welcomes?|competitor'?s?|rival'?s?|"
    r"another company'?s?|reacts? to|acquir(?:e|es|ed|ing)|acquisition of)\b|"
    r"竞争对手|同类产品获批|其他公司|友商|点评|评论|收购"
)

# letters mixed with digits (CXSL2500651, VUM02, 5E7), whole tokens only
_CODE_RE = re.compile(r"(?<![A-Za-z0-9\-])(?:[A-Za-z][A-Za-z\-]*\d|\d[\d\-]*[A-Za-z])[A-Za-z0-9\-]*")
# words with an upper-case letter: acronyms (FDA, UC-MSCs) and capitalised names (Pfizer)
_WORD_RE = re.compile(r"(?<![A-Za-z0-9])(?:[a-z'\-]*[A-Z][A-Za-z'\-]*[A-Za-z]|[A-Z](?![A-Za-z0-9]))")
_UPPER_RE = re.compile(r"[A-Z]")
_FIXED = {
    "rmb", "us$", "hk$", "eur", "usd", "cny", "hkd", "million", "billion", "thousand", "approximately",
    "phase", "class", "key", "terms", "anti", *(m.lower() for m in MONTHS),
}


# a chemical name's locant between lowercase words ("morphine-6-glucuronide", translated from
# 吗啡-6-葡萄糖苷酸) is words and a number, each checked as such, not a code to find verbatim
_LOCANT_RE = re.compile(r"[a-z]{3,}(?:-\d+(?:,\d+)*-[a-z]{3,})+")
_CODEPOINT_RE = re.compile(r"\bU\+([0-9A-F]{4,5})\b")


def _codepoint_cited(hexcode: str, cites: list[int], doc: Document) -> bool:
    ch = chr(int(hexcode, 16))
    return any(ch in doc.segment(c).text for c in cites)


# a currency written as its symbol ("HK$13.4", "NT$60", "US$1.5 million"): a unit, checked by its number
_CURRENCY_SYMBOL = re.compile(r"(?<![A-Za-z])(?:US|HK|NT|A|C|S)\$")


def latin_tokens(text: str) -> list[tuple[str, str]]:
    """(kind, token) for the codes and names in ``text`` that the check looks at."""
    if "$" in text:
        text = _CURRENCY_SYMBOL.sub(lambda m: " " * len(m.group()), text)
    codes = [m for m in _CODE_RE.finditer(text) if not _LOCANT_RE.fullmatch(m.group())]
    out: list[tuple[str, str]] = [("code", m.group()) for m in codes]  # letters mixed with digits
    rest = text
    for m in codes:
        rest = rest[: m.start()] + " " * (m.end() - m.start()) + rest[m.end() :]
    for m in _WORD_RE.finditer(rest):
        word = m.group()
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        upper = len(_UPPER_RE.findall(word))
        if upper >= 2:
            out.append(("name", word))
        elif upper == 1 and word[0].isupper() and not _sentence_start(text, m.start()):
            out.append(("name", word))
    return out


def _sentence_start(text: str, i: int) -> bool:
    before = text[:i].rstrip(" \"“'(")
    return not before or before[-1] in ".!?:;-–—。：；" or before.endswith("Key terms")


def _copied(text: str | None, citations: tuple[int, ...], doc: Document) -> bool:
    if not text or len(citations) != 1 or not 1 <= citations[0] <= len(doc.segments):
        return False
    seg = doc.segment(citations[0])
    return text in seg.text or " ".join(text.split()) in " ".join(seg.text.split())


def month_numbers(text: str) -> set[Decimal]:
    """Months written as words count as their numbers (December 31 ↔ 12月31日; "Dec." and "Sept." too)."""
    return {Decimal(i + 1) for i, month in enumerate(MONTHS)
            if month in text or month[:3] + "." in text or (month == "September" and "Sept." in text)}


def _norm(text: str) -> str:
    return text.lower() if text.isascii() else unicodedata.normalize("NFKC", text).lower()


_VOCAB: dict[tuple[str, str | None, int], frozenset[str]] = {}


def _template_vocab(doctype: DocType) -> frozenset[str]:
    """Words of the type's fixed wording (templates, labels, rewrites); cached per type."""
    key = (doctype.name, doctype.path, id(doctype))
    if key not in _VOCAB:
        _VOCAB[key] = _build_vocab(doctype)
    return _VOCAB[key]


def _build_vocab(doctype: DocType) -> frozenset[str]:
    from ..lexicon.romanize import load_name_tables
    from .translate import load_rewrites

    words: set[str] = set()
    names = load_name_tables()  # corporate words, salts, modalities and places the romaniser writes
    texts: list[str] = [*doctype.core_en, *(rw.en for rw in load_rewrites()),
                        *(en for table in (names.legal, names.trade, names.salts, names.salt_suffixes, names.modalities)
                          for _, en in table), *names.place_en.values()]
    for section in doctype.sections:
        texts.extend(section.templates_en)
        texts.append(section.title_en)
    for spec in doctype.fields.values():
        texts.append(spec.label_en)
        texts.extend(rw.to for rw in spec.rewrites)
        texts.extend(v for v in (spec.default_en, *spec.defaults_en.values()) if v)
    for text in texts:
        words.update(w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", re.sub(r"\{\w+\}", " ", text)))
    return frozenset(words)


def _paragraph_text(doc: Document, index: int) -> str:
    seg = doc.segment(index)
    simplified = doc.search_text[seg.start : seg.end]
    # (and once more without its PDF line wraps: "国 家药品监督管理局" names the body a rendering names)
    joined = join_pdf_wraps(simplified.replace(" \n", "\n")) if "\n" in simplified else ""
    return seg.text + "\n" + simplified + ("\n" + joined if joined and joined != simplified else "")


_HAN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
# a numeral that counts something (九价, 第三批, 两项, 十二周), not one inside a word (一致性, 进一步)
_HAN_NUMBER_RE = re.compile(r"[零一二两三四五六七八九十百]+(?=[价期批类项个型线次剂家种名例位周天岁倍级代款组臂])")


def _han_value(run: str) -> int | None:
    """The value of a Chinese numeral up to the hundreds (九 → 9, 十三 → 13, 二十三 → 23, 一百零五 → 105)."""
    total, digit = 0, None
    for ch in run:
        if ch in _HAN_DIGITS:
            digit = _HAN_DIGITS[ch]
        elif ch == "十":
            total += (1 if digit is None else digit) * 10
            digit = None
        elif ch == "百":
            if digit is None:
                return None
            total += digit * 100
            digit = None
    return total + (digit or 0)


def _han_numbers(text: str) -> set[Decimal]:
    """Numbers written in Chinese numerals ("九价" is 9-valent, "十三价" 13-valent): a translation that
    writes them in digits states what the source does."""
    if text.isascii():
        return set()
    return {Decimal(v) for m in _HAN_NUMBER_RE.finditer(text) if (v := _han_value(m.group())) is not None}


def _paragraph_support(doc: Document, index: int) -> tuple[str, str]:
    text = _paragraph_text(doc, index)
    nfkc = text if text.isascii() else unicodedata.normalize("NFKC", text)
    return nfkc.lower(), nfkc


def _paragraph_numbers(per_paragraph: dict[int, tuple[str, str]], numbers_of: dict[int, set], doc: Document,
                       cites: tuple[int, ...]) -> set:
    """The numbers the cited paragraphs state (their readings), read only for a text that states a number
    (``numbers_of``: each paragraph's, once read)."""
    numbers: set = set()
    for c in cites:
        found = numbers_of.get(c)
        if found is None:
            text = _paragraph_text(doc, c)
            found = numbers_of[c] = numbers_in(per_paragraph[c][1], normalized=True) | month_numbers(text) | _han_numbers(text)
        numbers |= found
    return numbers


def _support(per_paragraph: dict, doc: Document, cites: tuple[int, ...], fields, fixed: frozenset):
    """What cited paragraphs support: their normalised text and the allowed vocabulary of fixed wording and
    field values (the glossary's words are looked up only when needed: _glossary_vocab; the numbers, only
    for a text with a number: _paragraph_numbers)."""
    texts, vocab = [], set(fixed)
    for c in cites:
        if c not in per_paragraph:
            per_paragraph[c] = _paragraph_support(doc, c)
        texts.append(per_paragraph[c][0])
    joined = "\n".join(texts)
    for citations, words, value in fields:
        # a field's rendering is supported where it cites these paragraphs, or where they state the
        # value itself (a gist names the regulator its sentence names: "国家药监局" → "NMPA")
        if citations <= set(cites) or (value and value in joined):
            vocab |= words
    return joined, vocab


def _in_vocab(token: str, vocab: set[str], more: set[str] = frozenset()) -> bool:
    low = token.lower()
    return low in vocab or low in more or all(p in vocab or p in more for p in re.split(r"[-']", low) if p)


def _glossary_vocab(cache: dict[int, set[str]], doc: Document, cites: list[int], glossary: Glossary) -> set[str]:
    """English words of the glossary entries found in the cited paragraphs, computed per paragraph
    the first time a token needs them (most tokens are in the text or the fixed wording)."""
    words: set[str] = set()
    for c in cites:
        if c not in cache:
            cache[c] = glossary.vocabulary_in(_paragraph_text(doc, c))
        words |= cache[c]
    return words


def _code_with_words(token: str, cited: str, known_word, numbers: set = frozenset()) -> bool:
    """A code joined to words by hyphens: each part with a digit occurs in the cited text (a bare number
    may be one the text writes in Chinese numerals: "9-valent" ← 九价), each word part is fixed or
    glossary wording, and at least one part is a code. A code that itself holds a hyphen ("anti-PD-1",
    "CD20-positive") counts whole: the words before or after it are glossary wording, the code cited."""
    parts = [p for p in token.split("-") if p]
    for i in range(1, len(parts)):
        head, tail = parts[:i], parts[i:]
        if all(known_word(p) for p in head) and _norm("-".join(tail)) in cited:
            return True
        if all(known_word(p) for p in tail) and _norm("-".join(head)) in cited and any(ch.isdigit() for ch in "".join(head)):
            return True
    codes = [p for p in parts if any(ch.isdigit() for ch in p)]
    return bool(codes) and all(_norm(p) in cited or (p.isdigit() and Decimal(p) in numbers) for p in codes) and all(
        known_word(p) for p in parts if not any(ch.isdigit() for ch in p))


def _known_name(token: str, cites: list[int], doc: Document) -> bool:
    """Whether ``token`` is a word of a company's own English name (``[company.known]``: 翰森制药 →
    "Hansoh Pharma") whose Chinese name is in a cited paragraph."""
    from ..lexicon.romanize import load_name_tables

    low = token.lower()
    found = [zh for zh, en in load_name_tables().known.items() if low in en.lower().replace(",", " ").split()]
    return any(_cited_has(zh, cites, doc) for zh in found)


def _cited_has(text: str, cites: list[int], doc: Document) -> bool:
    """Whether ``text`` occurs in one of the cited paragraphs (their simplified view)."""
    return any(text in doc.search_text[doc.segment(c).start : doc.segment(c).end] for c in cites)


@once
def _digit_names() -> tuple[tuple[str, str], ...]:
    """The companies' own English names (``[company.known]``) that hold a digit (三生制药 → 3SBio)."""
    from ..lexicon.romanize import load_name_tables

    return tuple((zh, en) for zh, en in load_name_tables().known.items() if _DIGIT_RE.search(en))


def _without_cited_names(text: str, cites: list[int], doc: Document) -> str:
    """``text`` less the companies' own English names that hold a digit and whose Chinese name is in a
    cited paragraph: the name derives from the source, its digits are no claim."""
    for zh, en in _digit_names():
        if en in text and _cited_has(zh, cites, doc):
            text = text.replace(en, " ")
    return text


def _senses(doc: Document, c: int, cache: dict[int, tuple[frozenset[str], frozenset[str]]]) -> tuple[frozenset[str], frozenset[str]]:
    """The CC-CEDICT senses of the Chinese words in paragraph ``c``, read once per paragraph: their words
    (lower-cased, a hyphenated word part by part: "Extended-release" → extended, release) and their codes
    with a digit ("COVID-19" ← 新冠肺炎)."""
    if c not in cache:
        seg = doc.segment(c)
        words: set[str] = set()
        codes: set[str] = set()
        if not seg.text.isascii():
            from ..lexicon.cedict import load_lexicon

            for ends in load_lexicon().matches(doc.search_text[seg.start : seg.end]).values():
                for _, en in ends:
                    words.update(w.lower() for w in re.findall(r"[A-Za-z]+", en))
                    codes.update(m.group().lower() for m in _CODE_RE.finditer(en))
        cache[c] = (frozenset(words), frozenset(codes))
    return cache[c]


def _without_glossary_codes(text: str, cited: str, vocab) -> str:
    """``text`` less the codes with a digit that are not in the cited text but that a glossary entry or a
    dictionary sense of a word found in it writes (``vocab``: computed only when such a code is there)."""
    found = None
    for m in reversed(list(_CODE_RE.finditer(text))):
        code = m.group()
        if _norm(code) in cited:
            continue
        found = vocab() if found is None else found
        if code.lower() in found:
            text = text[: m.start()] + " " * len(code) + text[m.end() :]
    return text


def _romanised(token: str, cites: list[int], doc: Document, cache: dict[int, frozenset[str]]) -> bool:
    """Whether ``token`` is the pinyin of Han text in a cited paragraph (Hengrui ← 恒瑞, Xi'an ← 西安):
    romanised names derive from the source, so they are supported by it."""
    key = token.lower().replace("'", "").replace("ü", "v")
    if not key.isascii() or not key.isalpha():
        return False
    for c in cites:
        if c not in cache:
            from ..lexicon.romanize import syllables

            seg = doc.segment(c)
            syl = syllables(doc.search_text[seg.start : seg.end]) if not seg.text.isascii() else []
            cache[c] = frozenset("".join(syl[i : i + n]) for i in range(len(syl)) for n in range(1, 7))
        if key in cache[c]:
            return True
    return False


def _lexicon_word(token: str, cites: list[int], doc: Document, cache: dict) -> bool:
    """Whether ``token`` is a word of the CC-CEDICT sense of a Chinese word in a cited paragraph."""
    parts = [p.lower() for p in re.split(r"[-'\s]", token) if p]
    return bool(parts) and any(all(p in _senses(doc, c, cache)[0] for p in parts) for c in cites)


def _sentences(text: str) -> list[tuple[int, int]]:
    """Clauses for the event check: cut at sentence ends and also at ； and line breaks, which the
    segmenter's sentences keep together, so a plan in one clause ("拟…；") does not void a done
    event in the next."""
    out, start = [], 0
    for m in re.finditer(r"[。！？；!?;]|\.(?=\s)|\n", text):
        if m.group() == "?" and mangled_mark(text, m.start()):
            continue  # a lost ® written "?" ("贝美纳 ?)"): no clause ends there
        out.append((start, m.end()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out


def event_sentence(doc: Document, doctype: DocType, citations: tuple[int, ...] | list[int],
                   drug: Field | None = None) -> tuple[int, int, int] | None:
    """(paragraph, start, end) of the first cited sentence stating the type's event as done by the
    filer: a detect pattern of the type that states its event (``DocType.event_patterns``) matches in
    it, with no plan, negation or condition before the match in that sentence, and the sentence is not
    a comment on another company's news nor about another product than ``drug`` (the drug field a
    template names). None if no sentence does. Offsets are the document's."""
    found = None
    named = doc.search_text[drug.start : drug.end] if drug else None  # as the sentences read: simplified
    # a negative event (a setback: "did not meet the primary endpoint", 未能达到主要终点, 未获批准) is itself
    # a negation: only what comes before the match can say it did not happen
    negative = doctype.negative
    cited = [c for c in citations if 1 <= c <= len(doc.segments)]
    if not negative and doc.segments and _UNDONE.search(doc.segment(1).text):
        return None  # the title ends the deal the template would state as made
    # a deal's progress notice recites the signing with its date ("公司于2022年8月1日召开…会议,…同意…签署《…协议》"):
    # that sentence is background; a new agreement it reports is not dated so
    follow_up = doctype.name == "licensing_deal" and bool(doc.title) and bool(_DEAL_FOLLOW_UP.search(doc.title))
    if doctype.name == "licensing_deal" and _DEAL_EFFECTIVE.search(doc.search_text, 0, 800):
        # a notice that a deal signed before has taken effect (its waiting period passed, its closing done): every
        # sentence of it recites the signing or its terms; the news is not a signing, and no signing is stated
        return None
    # only a text that says "not yet" somewhere needs every sentence read for it
    veto = any(_NOT_YET_HINT.search(doc.search_text, doc.segment(c).start, doc.segment(c).end) for c in cited)
    first = True  # the first sentence that names the event says whether it is done
    many = _MANY_ZH if doc.lang == "zh" else _MANY_EN
    for c in cited:
        seg = doc.segment(c)
        text = doc.search_text[seg.start : seg.end]
        if RECALLED_PARAGRAPH.match(text):
            continue
        for a, b in _sentences(text):
            sentence = text[a:b]
            if _THIRD_PARTY.search(sentence):
                continue
            if named and named not in sentence and _OTHER_PRODUCT.search(sentence):
                continue  # the event of the filer's first (or another) product, not of ``drug``
            # many companies' event told as a tally ("关于82家企业撤回131个药品注册申请的公告") is not the filer's:
            # the next statement of the event in the sentence may be ("公司控股子公司…撤回…"); only a sentence
            # with a tally in it needs each statement's clause read
            tally = (doc.lang == "en" or "家" in sentence or "款" in sentence or "个" in sentence) and (
                many.search(sentence))
            for pattern in doctype.event_patterns:
                if cannot_match(pattern, sentence):  # no string the pattern needs is in the sentence
                    continue
                if tally:
                    m = next((m for m in pattern.finditer(sentence) if not many.search(
                        sentence, max(sentence.rfind(x, 0, m.start()) for x in "，,；;") + 1, m.start())), None)
                else:
                    m = pattern.search(sentence)
                if not m:
                    continue
                head = sentence[: m.end()]
                # (a mention inside a resolution's title, "审议通过《关于子公司拟签订…的议案》", is not that first one)
                if head.count("《") <= head.count("》"):
                    if first and _PROPOSED.search(head):
                        return None  # "关于拟签署…协议的公告": a deal's terms stated later are the proposal's
                    first = False
                if veto and _NOT_YET.match(sentence, m.end()):
                    return None  # "《…合同》尚未签署": the filing itself says the event has not happened
                if not negative and dated_in_past(sentence, 0, m.start(), m.end()):
                    continue  # "公司已于2024年9月收到…,内容有关…已获受理": an earlier step, dated by its month
                if follow_up and (_YEAR_MONTH.search(sentence, 0, m.start()) or _DEAL_FOLLOW_UP.search(sentence)):
                    continue  # (the notice's title names the signing too)
                if (found is None and not _NOT_DONE.search(sentence[: m.start() if negative else m.end()])
                        and not _PROPOSAL.match(sentence, m.end())):
                    found = (c, seg.start + a, seg.start + b)
                    if not veto:
                        return found
    return found


def event_support(doc: Document, doctype: DocType, citations: tuple[int, ...] | list[int],
                  drug: Field | None = None) -> int | None:
    """The cited paragraph with a sentence stating the type's event as the filer's, done (see
    :func:`event_sentence`); None if none does."""
    found = event_sentence(doc, doctype, citations, drug)
    return found[0] if found else None


def _checked_fields(summary: Summary) -> list[Field]:
    """The fields as :func:`check_summary` indexes them (``fields[j]`` in a violation's ``where``)."""
    return list(summary.fields) or [f for _, f in summary.iter_fields()]


def check_summary(summary: Summary, doc: Document, doctype: DocType, glossary: Glossary) -> tuple[Violation, ...]:
    vocab_fixed = _FIXED | _template_vocab(doctype)
    fields = _checked_fields(summary)
    field_words = [
        (set(f.citations), {w.lower() for v in (f.value_en, f.value_zh) if v for w in re.findall(r"[A-Za-z][A-Za-z'\-]*", v)},
         _norm(f.value) if f.value and len(f.value) >= 2 else "")
        for f in fields
    ]
    src = summary.lang
    other = "en" if src == "zh" else "zh"
    checks: list[tuple[str, tuple[int, ...], dict[str, str | None]]] = []
    for path, item in summary.iter_items():
        texts = {"zh": item.zh, "en": item.en}
        if item.origin == "extractive" and _copied(texts[src], item.citations, doc):
            texts[src] = None  # a verbatim sentence of the paragraph it cites supports itself
        checks.append((path, item.citations, texts))
    for j, f in enumerate(fields):
        texts = {"zh": f.value_zh, "en": f.value_en}
        evidence = doc.text[f.start : f.end]
        if texts[src] == evidence:
            texts[src] = None  # the value is the evidence span itself
        if texts[other] == evidence:
            texts[other] = None  # codes read the same in both languages
        checks.append((f"fields[{j}]", f.citations, {other: texts[other], src: texts[src]}))
    violations: list[Violation] = []
    core = summary.core_viewpoint
    valid_core = [c for c in core.citations if 1 <= c <= len(doc.segments)]
    drug = next((f for f in fields if f.name == "drug_name"), None)
    if core.origin == "template" and core.event and valid_core and event_support(doc, doctype, valid_core, drug) is None:
        violations.append(Violation("core_viewpoint", "*", doctype.name, "event", core.citations,
                                    f"no cited sentence states the {doctype.name} event as the filer's own, done"))
    romanised: dict[int, frozenset[str]] = {}
    lexicon: dict[int, tuple[frozenset[str], frozenset[str]]] = {}  # paragraph → its dictionary senses
    support: dict[tuple[int, ...], tuple[str, set, set]] = {}
    per_paragraph: dict[int, tuple[str, str]] = {}  # paragraph → its text lowered, and NFKC
    numbers_of: dict[int, set] = {}  # paragraph → its numbers (_paragraph_numbers)
    glossary_words: dict[int, set[str]] = {}
    for where, citations, texts in checks:
        if not any(texts.values()):
            continue
        valid = [c for c in citations if 1 <= c <= len(doc.segments)]
        if not valid:
            violations.append(Violation(where, "*", "*", "citation", citations, "the item cites no paragraph of the source"))
            continue
        key = tuple(valid)
        if key not in support:
            support[key] = _support(per_paragraph, doc, key, field_words, vocab_fixed)
        cited_norm, vocab = support[key]
        cited_numbers = None  # read on first need
        for lang, text in texts.items():
            if not text:
                continue
            # a Han character with no pinyin, written as its code point, stands for itself in the source
            text = _CODEPOINT_RE.sub(lambda m: "" if _codepoint_cited(m.group(1), valid, doc) else m.group(), text)
            if lang == "en" and _digit_names() and _DIGIT_RE.search(text):
                # a company's own English name with a digit (三生制药 → "3SBio") stands for its Chinese name
                text = _without_cited_names(text, valid, doc)
            if lang == "en" and _DIGIT_RE.search(text):
                # a code that a glossary entry of the cited text gives ("COVID-19" ← 新冠, "alfa-2b" ←
                # α-2b) derives from the source: its digits are no claim
                text = _without_glossary_codes(text, cited_norm, lambda: _glossary_vocab(glossary_words, doc, valid, glossary)
                                               .union(*(_senses(doc, c, lexicon)[1] for c in valid)))
            for token, readings in number_tokens(text):
                if cited_numbers is None:
                    cited_numbers = _paragraph_numbers(per_paragraph, numbers_of, doc, key)
                if not readings & cited_numbers:
                    violations.append(Violation(where, lang, token, "number", tuple(valid),
                                                f"number {token!r} does not occur in cited paragraph(s) {list(valid)}"))
            for kind, token in latin_tokens(text):
                if _norm(token) in cited_norm:
                    continue
                if kind == "name" and _in_vocab(token, vocab):
                    continue
                if kind == "name" and _in_vocab(token, vocab, _glossary_vocab(glossary_words, doc, valid, glossary)):
                    continue
                if kind == "name" and (_romanised(token, valid, doc, romanised) or _lexicon_word(token, valid, doc, lexicon)
                                       or _known_name(token, valid, doc)):
                    continue
                if kind == "code" and "-" in token and _code_with_words(
                        token, cited_norm, lambda w: _in_vocab(w, vocab, _glossary_vocab(glossary_words, doc, valid, glossary)),
                        cited_numbers if cited_numbers is not None else _paragraph_numbers(per_paragraph, numbers_of, doc, key)):
                    continue  # "HER2-mutant": the code is in the source, the word is the glossary's
                violations.append(Violation(where, lang, token, kind, tuple(valid),
                                            f"{kind} {token!r} is not supported by cited paragraph(s) {list(valid)}"))
    return tuple(violations)


_ITEM_PATH = re.compile(r"sections\[(\d+)\]\.items\[(\d+)\]$")
_FIELD_PATH = re.compile(r"fields\[(\d+)\]$")


def without_unsupported(summary: Summary, violations: tuple[Violation, ...]) -> Summary:
    """``summary`` less the bullets and fields that ``violations`` name (what the check could not verify is
    not said); the core viewpoint stays (a summary has one), so do items no violation names. ``summary``
    itself where no bullet or field is named."""
    # a bullet is left out where its source-language text fails; where only its rendering in the other language
    # does (a translation rule's wording), the source text stays and the rendering goes: nothing the source says
    # is lost for a rule's fault
    items: set[tuple[int, int]] = set()  # left out
    other: set[tuple[int, int]] = set()  # kept without their rendering
    for v in violations:
        if m := _ITEM_PATH.match(v.where):
            (items if v.lang in ("*", summary.lang) else other).add((int(m.group(1)), int(m.group(2))))
    other -= items
    fields = _checked_fields(summary)
    named = {int(m.group(1)) for v in violations if (m := _FIELD_PATH.match(v.where))}
    gone = {(fields[j].name, fields[j].start, fields[j].end) for j in named if j < len(fields)}
    if not items and not other and not gone:
        return summary

    def kept(f) -> bool:
        return (f.name, f.start, f.end) not in gone

    foreign = "en" if summary.lang == "zh" else "zh"
    sections = tuple(
        replace(section, fields=tuple(f for f in section.fields if kept(f)),
                items=tuple(replace(item, **{foreign: None}) if (i, j) in other else item
                            for j, item in enumerate(section.items) if (i, j) not in items))
        for i, section in enumerate(summary.sections))
    return replace(summary, sections=sections, fields=tuple(f for f in summary.fields if kept(f)))
