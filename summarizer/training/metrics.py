"""Metrics shared by evaluation and training: ROUGE, precision/recall/F1, macro-F1, value normalisation.

Nothing here runs the pipeline, so the classifier trainer and ``summarizer evaluate`` both import it.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ..stages.read import to_simplified
from ..stages.segment import tokenize

__all__ = ["rouge", "normalize_value", "field_key", "field_keys", "drug_aliases", "company_aliases", "prf", "macro_f1", "ratio"]

_PUNCT = re.compile(r"[\s，。；：:;,.()（）“”\"'、《》【】\[\]·\-–—/]+")
_CITE = re.compile(r"\[\d+\]")


def normalize_value(value: str) -> str:
    """Normalise a field value for comparison: width, case, spaces, punctuation, script."""
    text = unicodedata.normalize("NFKC", value)
    text = to_simplified(text).lower()
    text = text.replace("class ", "").replace("类", "")
    return _PUNCT.sub("", text)


# what names one company whatever legal form or listing marker a text writes with it: "Clene" and "Clene
# Inc.", "BeiGene, Ltd." and "BeiGene", "Theriva™ Biologics" and "Theriva Biologics", "某某-B" and "某某"
# name the same filer
_LEGAL_SUFFIX = re.compile(
    r"(?:[\s,]+(?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|plc|ag|sa|s\.a|a/s|n\.v|nv|se|gmbh|holdings?|group)\.?)+$"
    r"|(?:股份有限公司|有限责任公司|有限公司|股份公司)$"
    # an exchange's marker after a short name ("中国抗体-B", "共信-KY", "某某-W"), not part of the name
    r"|-(?:B|KY|U|W|S|SW|WR)$", re.I)
# a disease phrase followed by its own abbreviation names the same indication: "复发/难治性套细胞淋巴瘤(R/R MCL)"
_TRAILING_ABBREV = re.compile(r"\s*[（(][“\"「]?[A-Za-z0-9 /\-+]{2,20}[”\"」]?[)）]$")
# an indication is the disease, whether a text writes it with its purpose or its patients: "预防水痘" and
# "水痘", "重症斑秃患者" and "重症斑秃", "treatment of gout flares" and "gout flares" name one indication
_INDICATION_FRAME = re.compile(
    r"^(?:用于治疗|用于预防|用于|治疗|预防|(?:the )?(?:treatment|prevention) of |(?:adult |pediatric |paediatric )?"
    r"(?:patients|adults|children|people) with )(?=..)|(?:的患者|患者|患儿|\s+patients)$", re.I)
_NAME_FIELDS = frozenset({"company", "partner", "holder", "applicant", "subsidiary"})


def field_key(name: str, value: str) -> str:
    """The comparison key of a field value: :func:`normalize_value`, after dropping what does not change
    what the value names: a company's legal form and trademark signs (company, partner, holder,
    applicant, subsidiary); an indication's trailing abbreviation in brackets, the purpose before it
    (用于/预防, "treatment of") and the patients after it (患者); a trial phase, a regulator and a designation
    by what they are, however written; an enrolment by its count."""
    text = unicodedata.normalize("NFKC", re.sub(r"[™®©]", "", value) if name in _NAME_FIELDS else value).strip()
    if name in _NAME_FIELDS:
        text = _LEGAL_SUFFIX.sub("", text).strip() or text
    elif name == "indication":
        text = _TRAILING_ABBREV.sub("", text) or text
        text = _INDICATION_FRAME.sub("", text).strip() or text
        text = _TRAILING_ABBREV.sub("", text) or text
    elif name == "trial_phase":
        return _phase_key(text)
    elif name == "regulator":
        return _regulator_key(normalize_value(text))
    elif name == "designation":
        return _designation_key(normalize_value(text))
    elif name == "enrollment":  # a number of participants, however counted: "80名" and "80名患者", "447-subject"
        count = re.search(r"\d[\d,]*", text)
        return count.group().replace(",", "") if count else normalize_value(text)
    return normalize_value(text)


# a drug is one drug whichever of its names a text writes: "ZEJULA (niraparib, or ZL-2306)" names it by
# brand, INN and code; "甘露特钠胶囊(GV-971)" by name and code. Its dosage form is a field of its own:
# "ipilimumab injection" and "ipilimumab", "注射用 HY0001a" and "HY0001a" name the same drug
_DRUG_PARTS = re.compile(r"\s*(?:[()（）,，;；/、]|\bor\b|\band\b|及|和)\s*")
_DRUG_FORM = re.compile(
    r"^(?:注射用)\s*|\s*(?:化学原料药|原料药|注射液|注射剂|缓释片|肠溶片|分散片|片|胶囊|颗粒|滴眼液|口服溶液|喷雾剂)$"
    r"|(?i:\s+(?:for injection|injection|tablets?|capsules?|oral solution))$")


def field_keys(name: str, value: str) -> frozenset[str]:
    """Every key under which ``value`` names its thing: :func:`field_key`, and for a drug name also each
    name it gives in a list or in brackets (a brand, an INN, a code), each without its dosage form. A
    name in Chinese counts on its own only where what the brackets hold is a Latin name or code
    ("甘露特钠胶囊(GV-971)"), not a qualifier ("…疫苗(大肠杆菌)" stays whole). Two values match where
    their keys meet."""
    key = field_key(name, value)
    if name != "drug_name":
        return frozenset((key,))
    text = unicodedata.normalize("NFKC", re.sub(r"[™®©]|\((?:TM|R)\)", "", value))
    bracketed = re.findall(r"[(（]([^()（）]*)[)）]", text)
    latin_brackets = all(_LATIN_NAME.fullmatch(b.strip()) for b in bracketed)
    keys = {key}
    # a code that opens or sits inside a Chinese name ("TWB-103胎兒皮膚細胞傷口敷料", "高端MVC-COV1901新冠肺炎疫苗",
    # "FP-001 50毫克(六個月劑型)") names the drug by itself; an adjuvant's code ("…疫苗(BK-01 佐剂)") does not
    codes = [m.group(1) for m in _EMBEDDED_CODE.finditer(text) if not text[m.end():].lstrip().startswith(("佐剂", "佐劑"))]
    if len(codes) == 1 and not text.isascii():
        keys.add(normalize_value(codes[0]))
    for part in _DRUG_PARTS.split(text):
        part = part.strip()
        if not part or not (_LATIN_NAME.fullmatch(part) or latin_brackets and not part.isascii()):
            continue
        for form in (part, _DRUG_FORM.sub("", part)):
            k = normalize_value(form)
            if len(k) >= 3:
                keys.add(k)
    return frozenset(keys)


# a text that gives a drug another name in brackets names one drug by both: "瑪仕度肽(研發代號:IBI362)",
# "nofazinlimab (CS1003)", "…抗体注射液”(以下简称“LZM012”或“本品”)", "芦康沙妥珠单抗(sac-TMT,亦称SKB264/MK-2870)"
_BRACKET_AFTER = re.compile(r"[”\"」]?\s*[（(]([^()（）]{1,60})[)）]")
_BRACKET_BEFORE = re.compile(r"([^\s()（）,，。;；:：、“”\"]{2,30})\s*[“\"]?\s*[（(]\s*(?:[^()（）]{0,10}?[:：]\s*)?[“\"]?$")
_ALIAS_LABEL = re.compile(r"^[^()（）:：]{0,10}?[:：]\s*|以下简称|以下簡稱|亦称|亦稱|又称|又稱|简称|簡稱|即")
_ALIAS_SPLIT = re.compile(r"\s*(?:[,，;；、/]|或|\bor\b)\s*")


def drug_aliases(text: str, value: str) -> frozenset[str]:
    """The keys of every other name ``text`` gives the drug ``value`` in brackets, right after it (its code,
    its short name) or right before it (the name whose bracket holds ``value``: any ending of the words
    before the bracket, so "激动剂瑪仕度肽(IBI362)" gives "瑪仕度肽")."""
    keys: set[str] = set()
    if len(value.strip()) < 2:
        return frozenset()
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        m = _BRACKET_AFTER.match(text, end)
        if m:
            inner = _ALIAS_LABEL.sub(" ", m.group(1))
            for part in _ALIAS_SPLIT.split(inner):
                part = part.strip(" “”\"「」")
                if len(part) >= 2:
                    keys |= field_keys("drug_name", part)
        b = _BRACKET_BEFORE.search(text, max(0, start - 60), start)
        if b and re.match(r"[^()（）]{0,40}[)）]", text[end:]):
            # the name is the run's last word: its Latin token, or any ending of four or more of its
            # Chinese characters (the whole Chinese ending where shorter)
            tail = re.search(r"[A-Za-z][A-Za-z0-9\-]*$|[\u3400-\u9fff]+$", b.group(1))
            if tail:
                word = tail.group()
                ends = [word] if word.isascii() or len(word) <= 4 else [word[i:] for i in range(len(word) - 3)]
                keys.update(normalize_value(e) for e in ends)
        start = text.find(value, start + 1)
    keys.discard("")
    return frozenset(keys)


# a text that defines a company's short name names one company by both: "某某医药股份有限公司(以下简称“某某医药”)",
# "…(下称“某某”)"; a Taiwan MOPS notice's header ("本资料由 (上柜公司) 某某 公司提供") and its form ("2.公司名称:
# 某某股份有限公司 3.与公司关系…:本公司") name the filer twice
_SHORT_NAME = re.compile(r"(?P<full>[^\s()（）,，。;；:：、“”\"]{2,40}?)\s*[（(](?:[^()（）]{0,12}?[,，]\s*)?(?:以下简称|以下簡稱|下称|下稱|简称|簡稱)\s*[:：]?\s*[“\"「]?(?P<short>[^”\"」()（）,，]{2,12})[”\"」]?")
_MOPS_HEADER = re.compile(r"本[资資]料由\s*(?:[（(][^)）\n]{1,10}[)）])?\s*(?:\d{4}\s+)?(?P<short>[\u4e00-\u9fff]{2,8}(?:-KY)?)\s*公司提供")
_MOPS_FORM = re.compile(r"公司名[称稱][:：]\s*(?P<full>[^\s:：]{2,40}?(?:股份有限公司|有限公司))\s*3[.、]\s*[与與]公司[关關][系係][^\n]{0,30}?[:：]\s*本公司")


def company_aliases(text: str, value: str) -> frozenset[str]:
    """The keys of the other name ``text`` defines for the company ``value``: its short name where the
    text gives it (以下简称“…”), its full name where ``value`` is that short name, and a MOPS notice's
    header and form names of its filer."""
    pairs = [(m.group("full"), m.group("short")) for m in _SHORT_NAME.finditer(text)]
    header, form = _MOPS_HEADER.search(text), _MOPS_FORM.search(text)
    if header and form:
        pairs.append((form.group("full"), header.group("short")))
    key = field_key("company", value)
    keys: set[str] = set()
    for full, short in pairs:
        if re.match(r"本?公司|本集团|集团|发行人|發行人|上市公司", short):
            continue  # "(以下简称“公司”)" defines no name
        a, b = field_key("company", full), field_key("company", short)
        if key == a or a.endswith(key) and len(key) >= 4:
            keys.add(b)
        elif key == b:  # the full name, and its endings (what a sentence puts before it is no part of it)
            keys.update(a[i:] for i in range(0, max(1, len(a) - len(b) - 1)))
    keys.discard("")
    return frozenset(keys)


_EMBEDDED_CODE = re.compile(r"(?<![A-Za-z0-9\-])([A-Z][A-Za-z]*(?:-[A-Za-z]+)*-?\d[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?![A-Za-z0-9\-])")


# a brand, an INN or a code in Latin letters ("ZL-2306", "niraparib", "or ZL-2306", "ABT-199/GDC-0199")
_LATIN_NAME = re.compile(r"(?:or\s+)?[A-Za-z][A-Za-z0-9\-. ]{1,40}(?:[,/，]\s*(?:or\s+)?[A-Za-z][A-Za-z0-9\-. ]{1,40})*")


_ACRONYM_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{4})(?:the)?[a-z.]{2,8}$")  # not "美国FDA": a name before it


# one key per regulator however a text names it: "美国FDA", "美国食品药品监督管理局", "U.S. Food and Drug
# Administration (FDA)" and "FDA" are one body; the CDE is not the NMPA it belongs to, nor the CFDA the
# NMPA succeeded, nor Taiwan's FDA (食品药物管理署) the American one. Checked in this order.
_REGULATOR_BODIES = (
    ("cde", re.compile(r"药品审评中心|药审中心|centerfordrugevaluation|^cde$")),
    ("cfda", re.compile(r"食品药品监督管理总局|cfda|chinafda|chinafoodanddrugadministration")),
    ("nmpa", re.compile(r"国家药品监督管理局|国家药监局|国药监局|nationalmedicalproductsadministration|nmpa")),
    ("tfda", re.compile(r"食品药物管理署|食药署|taiwanfda|tfda")),
    # (however the country is written before it, and with its acronym after it: "United States Food and Drug
    # Administration (USFDA)", "The Food and Drug Administration (FDA)", "美國FDA(食品藥物管理局)")
    ("fda", re.compile(r"^(?:the)?(?:美国?|u\.?s\.?|us|unitedstates)?(?:fda|食品和?药品监督管理局|食品和?药品管理局|食品和?药物管理局|食品暨药物管理局"
                       r"|食药监局|食药局|foodanddrugadministration)(?:(?:u\.?s\.?)?fda|食品药品监督管理局|食品药物管理局|食品药品管理局)?$")),
    ("ema", re.compile(r"欧洲药品管理局|europeanmedicinesagency|^ema$")),
    ("tga", re.compile(r"澳大利亚药品管理局|澳大利亚药物管理局|therapeuticgoodsadministration|^tga$")),
    ("pmda", re.compile(r"药品医疗器械综合机构|pharmaceuticalsandmedicaldevicesagency|^pmda$")),
    # Hong Kong's Department of Health, with or without 中国 / 特别行政区 before it
    ("hkdoh", re.compile(r"香港(?:特别行政区)?(?:政府)?卫生署|departmentofhealth(?:ofthe)?(?:ofhongkong|hongkong|hksar)|hongkong(?:sar)?departmentofhealth")),
)


def _regulator_key(key: str) -> str:
    # the body's acronym in brackets after its Chinese name ("美國食品藥物管理局(US FDA)", "新加坡衛生科學局(HSA)")
    # is the same body as the name alone
    key = _ACRONYM_AFTER.sub("", key)
    for body, pattern in _REGULATOR_BODIES:
        if pattern.search(key):
            return body
    return key


# one key per kind of designation however a text writes it: "Fast Track", "Fast Track Designation" and "快速通道资格认定"
# (and Taiwan's 快速审查资格) are one; "孤儿药", "孤儿药资格认定" and "Orphan Drug Designation (ODD)" another. A proposal (拟…) keeps its 拟:
# it is not the granted designation. Checked in this order.
_DESIGNATION_KINDS = (
    ("breakthrough", re.compile(r"突破性|breakthrough")),
    ("orphan", re.compile(r"孤儿药|orphan")),
    ("rarepediatric", re.compile(r"罕见儿科|rarepediatric")),
    ("rmat", re.compile(r"再生医学|rmat|regenerativemedicine")),
    ("fasttrack", re.compile(r"快速通道|快速审评通道|快速审批通道|快速审查|fasttrack")),  # 快速审查: Taiwan's wording
    ("priority", re.compile(r"优先审评|priorityreview")),
    ("prime", re.compile(r"^prime$|priorityMedicines".lower())),
)


def _designation_key(key: str) -> str:
    for kind, pattern in _DESIGNATION_KINDS:
        if pattern.search(key):
            return ("拟" if key.startswith("拟") else "") + kind
    return key


_PHASE_NUMERALS = {"1": "i", "2": "ii", "3": "iii", "4": "iv", "一": "i", "二": "ii", "三": "iii", "四": "iv"}


def _phase_key(text: str) -> str:
    """One key for a trial phase however it is written: "Ⅲ期", "III 期", "三期", "第三期", "临床三期",
    "Phase 3" and "phase III" are the same phase."""
    key = to_simplified(unicodedata.normalize("NFKC", text)).lower().replace("、", "/")
    key = re.sub(r"\s+|第|临床|phase|期|试验|研究|[.,;:()（）]", "", key)
    return re.sub(r"[1-4一二三四]", lambda m: _PHASE_NUMERALS[m.group()], key)


def _ngrams(tokens: list[str], n: int) -> Counter:
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def _f1(overlap: float, pred: float, ref: float) -> float:
    if not pred or not ref or not overlap:
        return 0.0
    p, r = overlap / pred, overlap / ref
    return 2 * p * r / (p + r)


def _lcs(a: list[str], b: list[str]) -> int:
    if not a or not b:
        return 0
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b, 1):
            cur.append(prev[j - 1] + 1 if x == y else max(prev[j], cur[j - 1]))
        prev = cur
    return prev[-1]


def _tokens(text: str, unit: str) -> list[str]:
    text = _CITE.sub(" ", text)
    if unit == "char":
        return [ch for ch in text if not ch.isspace() and not unicodedata.category(ch).startswith("P")]
    if unit == "jieba":
        return tokenize(text, "zh")
    return re.findall(r"[a-z0-9]+(?:[.'-][a-z0-9]+)*", text.lower())


def rouge(prediction: str, reference: str, *, unit: str = "word") -> dict[str, float]:
    """ROUGE-1/2/L F1 of ``prediction`` against ``reference``; ``unit`` is word, char or jieba.

    >>> round(rouge("the cat sat", "the cat sat down")["rouge1"], 3)
    0.857
    """
    p, r = _tokens(prediction, unit), _tokens(reference, unit)
    out = {}
    for n in (1, 2):
        pn, rn = _ngrams(p, n), _ngrams(r, n)
        out[f"rouge{n}"] = _f1(sum((pn & rn).values()), sum(pn.values()), sum(rn.values()))
    out["rougeL"] = _f1(_lcs(p, r), len(p), len(r))
    return out


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def macro_f1(pairs: list[tuple[str, str]]) -> float | None:
    if not pairs:
        return None
    labels = sorted({g for g, _ in pairs} | {p for _, p in pairs})
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        scores.append(prf(tp, fp, fn)["f1"])
    return round(sum(scores) / len(scores), 4)
