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

Field values never go missing: :func:`render_value` tries the translator, then the glossary with the
CC-CEDICT lexicon beneath it, then romanises what no lexicon covers (company names with translated
corporate words, drug names with translated salt and dosage form, other words in pinyin), and says
which of these made the value. English values go into Chinese through the glossary, or stay as
written (Latin names and codes, as Chinese financial text writes them).
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import Callable, Iterable, Protocol, runtime_checkable

from ..lexicon.glossary import _FULLWIDTH, _HAN_RE, Glossary, _compose, has_cjk, load_glossary
from ..lexicon.normalize import date_to_en, join_pdf_wraps
from ..resources import models_dir, once

_CJK_SPACE_RE = re.compile(r"(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])")
_HAN_BRACKET_RE = re.compile(r"[（(]([^（()）]*[\u4e00-\u9fff][^（()）]*)[)）]")

__all__ = ["Glossary", "GlossaryTranslator", "Translator", "load_glossary", "has_cjk", "render_value", "MODIFIERS"]

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
        # a PDF's spaces around Latin runs inside a Chinese term ("前壁 ST 段抬高型") are no word breaks
        text = _CJK_SPACE_RE.sub("", text)
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
                return self._aside_last(text)
            parts.append(f"{_PAD}{en}{_PAD}")
            pos = m.end()
        parts.append(text[pos:].translate(_FULLWIDTH))
        out = _clean("".join(parts))
        return out if out and not has_cjk(out) else None

    def _aside_last(self, text: str) -> str | None:
        """A phrase whose parts only compose without its Chinese aside in brackets ("敏感菌(不产β内酰胺酶
        菌株)所致的…感染": the phrase reorders round 所致的): the phrase, then the aside in brackets."""
        m = _HAN_BRACKET_RE.search(text)
        if m is None or text[m.end() : m.end() + 1] in ("及", "和", "或", "、", "与"):
            return None  # an aside inside a list stays where it is (the caller's reading)
        rest = self.term(text[: m.start()] + text[m.end() :])
        # an exclusion in brackets ("全球范围(除中国境内及港澳台地区)"): "worldwide, excluding …", never dropped
        # nor romanised, for it turns the territory around
        excluded = re.match(r"(?:除|不包括)(.+?)(?:以外|之外|外)?$", m.group(1))
        inner = self.term(excluded.group(1) if excluded else m.group(1))
        if excluded:
            return f"{rest}, excluding {inner}" if rest and inner else None
        return f"{rest} ({inner})" if rest and inner else None

    def sentences(self, texts: list[str], *, src: str = "zh", tgt: str = "en") -> list[str | None]:
        """Formulaic Chinese sentences by clause rewrites; other free text is not translated."""
        if src == tgt:
            return list(texts)
        if src != "zh":
            return [None for _ in texts]
        return [self._sentence(text) for text in texts]

    def _sentence(self, text: str) -> str | None:
        return self._clauses(text) or self._receipt(text)

    def _receipt(self, text: str) -> str | None:
        """A filing's receipt sentence, the commonest Chinese lead ("近日，某某股份有限公司控股子公司某某有限公司收到
        国家药品监督管理局核准签发的《药物临床试验批准通知书》"): who received which document from whom, each part
        rendered as a field is (names romanised, the document and the issuer by the glossary). None where a part
        does not render, or where the sentence goes on after the document (beyond "现将…公告如下")."""
        if "收到" not in text:  # (the pattern is long: read only a sentence that can be one)
            return None
        m = _RECEIPT.fullmatch(" ".join(text.split()))
        if m is None:
            return None
        docs = [_BARE_DOC.get(d) or self.term(d) for d in (_DOC_TITLE.findall(m.group("docs")) or [m.group("docs")])]
        # the issuer is a body the glossary knows, or a province's drug regulator: never a romanised run
        issuer = self.value(m.group("issuer"))
        if issuer is None:
            issuer, how = render_value(self, m.group("issuer"), "org")
            issuer = issuer if how in ("glossary", "rule") else None
        if not all(docs) or not issuer or has_cjk(issuer):
            return None
        who = m.group("who")
        parent, sub = who, None
        split = _SUBSIDIARY_IN.search(who)
        if split:
            parent, sub = who[: split.start()], who[split.end() :]
        names = []
        for name in (parent, sub):
            if not name:
                continue
            if name in ("公司", "本公司", "该公司"):
                names.append("the company")
                continue
            if not _COMPANY_END.search(name):
                return None  # not a company's name (a cut sentence, a count, a clause)
            en, _ = render_value(self, name, "org")
            if not en or has_cjk(en) or any(len(word) > 18 for word in en.split()):
                return None  # (a run of syllables no reader parses: "Fu'anyaoyejituanningbotianheng")
            names.append(en)
        if not names:
            return None
        subject = names[0] if len(names) == 1 else f"{names[0]}'s {_SUBSIDIARY_EN[split.group()]} {names[1]}"
        when = m.group("when") or m.group("when2") or ""
        lead = ("On " + date_to_en(when) + ", ") if re.match(r"\d{4}", when) else ("Recently, " if when else "")
        document = " and the ".join(docs)
        about = ""
        if m.group("about"):  # said where a rule says it and its product renders; else the notice alone (less, not wrong)
            for pattern, english in _ABOUT_RULES:
                a = pattern.fullmatch(_ASIDE.sub("", m.group("about")))
                product = render_value(self, a.group("x"), "drug")[0] if a else None
                if product and not has_cjk(product):
                    about = " " + english.format(x=product)
                    break
        if m.group("product") and not about:
            # the product the document is for, where it renders: in pinyin only where its name ends in a dosage form
            # (a drug's name, not a run of words)
            product, how = render_value(self, _ASIDE.sub("", m.group("product")), "drug")
            if product and not has_cjk(product) and (how != "romanised" or _DRUG_FORM_END.search(m.group("product"))):
                about = f" for {product}"
        out = f"{lead}{subject} received the {document}{about} issued by the {issuer}."
        out = out.replace("by the the ", "by the ")
        return out[0].upper() + out[1:] if not has_cjk(out) else None

    def _clauses(self, text: str) -> str | None:
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
            out += (", " if prev.lower().startswith(_ADVERBIAL_LEADS) or clause.startswith(("offering", "and ")) else "; ") + clause
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
        if best is None:  # a clause that is one glossary entry as a whole ("达到主要终点"), never a composition
            end = next((i for i in range(pos, len(body)) if body[i] in "，；,;"), len(body))
            entry = self.glossary.get(body[pos:end].strip())
            if entry is not None and entry.kind == "term":
                best = (entry.en, end)
        return best


_BRITISH = (("leukaemia", "leukemia"), ("tumour", "tumor"), ("anaemia", "anemia"), ("oedema", "edema"),
            ("oesophag", "esophag"), ("haemat", "hemat"), ("haemo", "hemo"), ("paediatric", "pediatric"),
            ("ischaemi", "ischemi"), ("haemorrhag", "hemorrhag"), ("oestrogen", "estrogen"), ("foetal", "fetal"))


def _usual_disease_en(text: str) -> str:
    """A disease phrase as the glossary writes it: lower case but for acronyms and names with capitals inside
    ("HER2", "NSCLC"), American spelling, "versus" for "vs.", an organ's adjective ("pancreas cancer")."""
    words = [w if sum(c.isupper() for c in w) > 1 or any(c.isdigit() for c in w) else w.lower() for w in text.split()]
    out = " ".join(words)
    for british, american in _BRITISH:
        out = out.replace(british, american)
    out = re.sub(r"\bvs\.(?=-| )", "versus", out)
    return re.sub(r"\bpancreas (cancer|tumou?rs?)\b", r"pancreatic \1", out)


# a disease named after a person or a place ("Barth syndrome", "Kennedy's disease"): Chinese text keeps the name
_EPONYM_EN = re.compile(r"(?P<name>[A-Z][A-Za-z'\-]+(?:[- ][A-Z][A-Za-z'\-]+)?) (?P<what>[Ss]yndrome|[Dd]isease)")
_EPONYM_ZH = {"syndrome": "综合征", "disease": "病"}

# a province's or a city's drug regulator
_REGIONAL_MPA = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?)(?:省|市|自治区|维吾尔自治区|壮族自治区|回族自治区)?"
                           r"(?:药品监督管理局|药品监管局|药监局)")

# a filing's receipt sentence (GlossaryTranslator._receipt): when, who (with the subsidiary it names), from whom, which
# document(s); an announcement's formula may close it ("现将有关情况公告如下")
_WHEN_ZH = r"近日|日前|近期|\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日"
_RECEIPT = re.compile(
    r"(?:(?P<when>" + _WHEN_ZH + r")\s?[,，]?\s?)?(?P<who>[^，,。《》“”:：]{2,60}?)\s?"
    r"(?:于\s?)?(?:(?P<when2>" + _WHEN_ZH + r")\s?)?收到(?:了)?\s?(?P<issuer>[^，,。《》“”的]{2,30}?)\s?"
    r"(?:(?:核准签发|签发|下发|出具|颁发|发出|核发|发来)?的|(?=关于))\s?"
    r"(?:关于(?P<about>[^，,。《》]{2,50}?)的\s?)?(?:(?P<product>[^，,。《》的]{2,40}?)的\s?)?"
    r"(?P<docs>《[^》]{2,40}》(?:\s?(?:及|和|、)\s?《[^》]{2,40}》)?|[^，,。《》的]{0,12}?(?:通知书|批件|证书|批复|通知|函))"
    r"(?:[,，]\s?现将(?:具体|相关|有关)?(?:情况|事项)公告如下[:：]?)?[。]?")
# a receiving company's name ends as a company's does (or is the filing's "公司")
_COMPANY_END = re.compile(r"(?:公司|集团|集團|药业|医药|制药|生物|药厂|研究院|研究所)(?:[（(][^（()）]{1,10}[)）])?$")
# what a notice is about, where a rule says it ("关于同意其撤回某某胶囊注册申请的通知")
_ABOUT_RULES = (
    (re.compile(r"同意(?:其|公司)?撤回(?P<x>.+?)(?:的)?(?:药品)?(?:注册|上市|临床试验)申请"),
     "approving the withdrawal of the application for {x}"),
    (re.compile(r"(?P<x>.+?)(?:的)?(?:仿制药)?(?:质量和疗效)?一致性评价"), "on the consistency evaluation of {x}"),
)
_DOC_TITLE = re.compile(r"《([^》]{2,40})》")
_ASIDE = re.compile(r"[（(][^（()）]*[)）]")  # a bracketed aside (a project code, a defined short name)
# a product named with its dosage form (a romanised name is a drug's, then, not a run of words)
_DRUG_FORM_END = re.compile(r"(?:片|胶囊|颗粒|注射液|注射剂|疫苗|滴眼液|乳膏|口服液|口服溶液|原料药|丸|散|贴|凝胶)$")
_BARE_DOC = {"通知": "notice", "通知书": "notice", "批复": "official reply", "函": "letter"}  # a notice named by its kind alone
_SUBSIDIARY_IN = re.compile(r"(?:的)?(?:全资子公司|控股子公司|全资孙公司|控股孙公司|子公司)")
_SUBSIDIARY_EN = {"全资子公司": "wholly-owned subsidiary", "控股子公司": "subsidiary", "全资孙公司": "wholly-owned subsidiary",
                  "控股孙公司": "subsidiary", "子公司": "subsidiary"}
_SUBSIDIARY_EN.update({"的" + k: v for k, v in _SUBSIDIARY_EN.items()})

# a clause that leads the next one with a comma ("as of …, …", "so far, …", "according to the announcement, …")
_ADVERBIAL_LEADS = ("as of", "as ", "so far", "after careful", "on ", "under the", "according to")

# the space put around a translated run: none beside a hyphen the source wrote without one
# (吗啡-6-葡萄糖苷酸 → "morphine-6-glucuronide")
_PAD = "\x00"
# a Chinese name followed by the filing's own Latin name in brackets
_LATIN_NAME_IN_BRACKETS = re.compile(r"[^()（）]*[\u3400-\u9fff][^()（）]*[（(](?P<latin>[A-Za-z][A-Za-z \-,]{3,})[)）]")


def _clean(text: str) -> str:
    text = re.sub(_PAD + "*-" + _PAD + "*", "-", text).replace(_PAD, " ")
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\bnon- (?=\w)", "non-", text)  # a prefix morpheme (非) joins the word it negates
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    text = re.sub(r"\s+([,;:%])", r"\1", text)
    text = re.sub(r"(\d)\s*/\s*(?=[A-Za-z])", r"\1 per ", text)
    text = re.sub(r"(?<=[\)\w])\s*/\s*(bag|vial|tablet|capsule)\b", r" per \1", text)
    text = re.sub(r"(\d)(mL|mg|g|kg|μg|ug|IU|L)\b", r"\1 \2", text)
    return text


# ----------------------------------------------------------------------------- never dropped
RENDER_KINDS = ("value", "org", "drug", "term")

_CODE_TERM_RE = re.compile(r"(?<![A-Za-z0-9.])[A-Za-z][A-Za-z0-9\-]*[A-Z0-9][A-Za-z0-9\-]*")
# Latin words of a wire copy that are no key term: exchange suffixes, "…APP讯", page furniture
_NOT_KEY_TERMS = frozenset({"SZ", "SH", "HK", "BJ", "TW", "APP", "PDF", "AI", "CEO", "CFO", "ICP"})
_STOCK_CODE_RE = re.compile(r"[（(](\d{4,6})(?:\.[A-Z]{2})?[）)]")  # (600196), (02196), (300601.SZ)


_FUNCTION_EN = frozenset({
    "for", "of", "with", "and", "or", "etc.", "during", "due to", "after", "before", "including", "such as",
    "in combination with", "combined with", "used for", "used in", "line", "type", "stage", "period", "of which",
})


def key_terms(glossary, text: str, names: Iterable[str] = ()) -> list[str]:
    """The English a Chinese sentence can be reduced to without a sentence rule: its glossary terms,
    then its codes and stock codes as written, each once (a term inside an earlier one is left out).
    ``names`` (the companies the summary names) are read as names: no term is taken from inside one
    (新药 of 拓新药业 is no "new drug")."""
    terms: list[str] = []
    for name in names:
        if len(name) >= 2 and name in text:
            text = text.replace(name, "\u3000" * len(name))
    for entry in glossary.terms_in(text):
        if entry.en.lower() in _FUNCTION_EN:  # "for", "in combination with": glue, not a key term
            continue
        if _only_negated(text, entry.zh):  # 未中选 is not "selected": a negated term says the opposite
            continue
        if entry.kind == "term" and _only_in_names(text, entry.zh):  # 健康 of "某某健康科技有限公司", "健康时报"
            continue
        if entry.zh in MODIFIERS:  # a disease phrase's modifier alone (转移 of a deal's 技术转移 is no "metastasis")
            continue
        if entry.kind in ("term", "regulator", "reg_category", "phase") and not any(entry.en in t for t in terms):
            terms.append(entry.en)
    codes = [c for c in _CODE_TERM_RE.findall(text) if any(ch.isupper() for ch in c) and c not in _NOT_KEY_TERMS]
    codes += _STOCK_CODE_RE.findall(text)
    for code in codes:
        if not any(code in t for t in terms):
            terms.append(code)
    return terms


_NEGATION_ZH = ("未能", "未", "不", "没有", "尚未", "无法")
# glossary terms that modify a disease in a phrase (多发性骨髓瘤, 转移性结直肠癌, 阴性乳腺癌) and say something else
# alone, in either direction ("multiple companies", "negative results", "critical guidance", "clinical-stage company",
# 技术转移): no key term of a sentence by themselves
MODIFIERS = frozenset({"转移", "阳性", "阴性", "危重型", "分化型", "多发性", "迟发性", "临床分期", "晚期", "进展期"})
# what closes an organisation's or a paper's name after a word of it: its trade words, then its legal form or
# the paper's kind
_ORG_TAIL = re.compile(r"(?:科技|生物|医药|药业|制药|产业|管理|医疗|生命|发展|控股)*"
                       r"(?:股份有限公司|有限责任公司|有限公司|集团|时报|日报|晚报|报社)")


def _every_occurrence(text: str, term: str, holds: Callable[[int], bool]) -> bool:
    """Whether ``term`` occurs in ``text`` and ``holds`` for the offset of each occurrence."""
    i = text.find(term)
    if i < 0:
        return False
    while i >= 0:
        if not holds(i):
            return False
        i = text.find(term, i + 1)
    return True


def _only_in_names(text: str, term: str) -> bool:
    """Whether every occurrence of ``term`` in ``text`` is a word of a name ("某某健康科技有限公司", "健康时报")."""
    return _every_occurrence(text, term, lambda i: _ORG_TAIL.match(text, i + len(term)) is not None)


def _only_negated(text: str, term: str) -> bool:
    """Whether every occurrence of ``term`` in ``text`` follows a negation (未中选, 不予批准)."""
    return _every_occurrence(text, term, lambda i: text[:i].endswith(_NEGATION_ZH))


# memo per translator object (dropped with it): a recycled id() can never return another's values
_RENDERED: "weakref.WeakKeyDictionary[object, dict[tuple, tuple[str | None, str | None]]]" = weakref.WeakKeyDictionary()


def render_value(translator, text: str, kind: str = "value", *, src: str = "zh", tgt: str = "en") -> tuple[str | None, str | None]:
    """``text`` in ``tgt`` and how it was made (``glossary``, ``lexicon``, ``romanised``, ``model``,
    ``as_written``). Only an empty value comes back as ``(None, None)``. Results are memoised per
    translator (company names and regulators recur across a corpus); the memo is bounded."""
    try:
        memo = _RENDERED.setdefault(translator, {})
    except TypeError:  # a translator that takes no weak reference is simply not memoised
        return _render_value(translator, text, kind, src=src, tgt=tgt)
    key = (text, kind, src, tgt)
    found = memo.get(key)
    if found is None:
        if len(memo) > 20000:
            memo.clear()
        found = memo[key] = _render_value(translator, text, kind, src=src, tgt=tgt)
    return found


_EN_WORD_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-']*")
_WORLDWIDE_EXCEPT = re.compile(r"(?i)(?:(?P<exclusive>exclusive) )?(?:worldwide|global)(?: (?:exclusive|non-exclusive|co-exclusive))?(?: (?:rights?|licen[cs]e))?"
                               r",? \(?(?:excluding|except(?: for)?|other than|outside(?: of)?) (?P<excluded>[^()]+?)\)?")
_EN_JOINERS = {"or": "或", "and": "和"}


def compose_en_to_zh(glossary, text: str) -> str | None:
    """Chinese for an English disease phrase built from glossary terms, leftmost-longest over its
    words ("metastatic pancreatic adenocarcinoma" → 转移性 + 胰腺 + 腺癌): English modifiers precede
    their head as Chinese ones do. None unless every word is covered, and for phrases whose order
    Chinese reverses ("… with …", "… from …", "… in …")."""
    straight = re.sub(r"(?i)\bChina's mainland\b|\b(?:the )?Chinese mainland\b", "mainland China", text.replace("’", "'"))
    whole = glossary.en_to_zh(straight)
    if whole:
        return whole
    # a worldwide grant with its exclusion ("worldwide rights (excluding mainland China, Hong Kong, Macau, and
    # Taiwan)"): never "worldwide" alone, which would say the opposite of what the deal excludes
    excluded = _WORLDWIDE_EXCEPT.fullmatch(straight)
    if excluded:
        inner = compose_en_to_zh(glossary, excluded.group("excluded"))
        return f"{'独家' if excluded.group('exclusive') else ''}全球（不包括{inner}）" if inner else None
    if "," in straight:  # a list ("China, Hong Kong, Macau and Taiwan"): each item, joined with 、
        items = [p.strip() for p in straight.split(",") if p.strip()]
        last_and = items[-1].lower().startswith("and ")
        items[-1] = items[-1][4:] if last_and else items[-1]
        parts = [compose_en_to_zh(glossary, item) for item in items]
        if len(parts) > 1 and all(parts):
            return "、".join(parts[:-1]) + ("和" if last_and else "、") + parts[-1]
        return None
    words = _EN_WORD_RE.findall(straight)  # a possessive kept on its word: "Parkinson's disease" is one term
    if not words or any(w.lower() in ("with", "from", "in", "of", "for", "to", "by", "patients") for w in words):
        return None
    pieces, i = [], 0
    while i < len(words):
        if words[i].lower() in _EN_JOINERS:
            pieces.append(_EN_JOINERS[words[i].lower()])
            i += 1
            continue
        for j in range(len(words), i, -1):
            phrase = " ".join(words[i:j])
            bare = phrase.replace("'s", "")  # "Crohn's" as a glossary may write it, "Crohn"
            zh = (glossary.en_to_zh(phrase) or (glossary.en_to_zh(bare) if bare != phrase else None)
                  or (glossary.en_to_zh(bare[:-1]) if bare.endswith("s") else None)
                  or (glossary.en_to_zh(bare[:-3] + "y") if bare.endswith("ies") else None)  # synucleinopathies
                  or (_gene_word_zh(phrase) if j == i + 1 else None))
            if zh:
                # a head the term before already ends in is not said twice ("COVID-19 infection":
                # 新型冠状病毒感染, not …感染感染)
                if not (pieces and pieces[-1].endswith(zh)):
                    pieces.append(zh)
                i = j
                break
        else:
            return None
    if not any(_HAN_RE.search(p) for p in pieces):
        return None  # genes and codes alone ("TED"): nothing translated
    out = ""
    for piece in pieces:  # two Latin pieces keep their space ("BRAF V600E突变")
        out += (" " if out and out[-1].isascii() and out[-1].isalnum() and piece[:1].isascii() and piece[:1].isalnum() else "") + piece
    return out


# a gene, or a gene with its status, in a disease phrase ("EGFR-mutant", "FLT3-ITD", "BRCA1"): the gene as Chinese text
# writes it (Latin), its status translated
_GENE_STATUS = re.compile(r"(?P<gene>[A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{2,5})?)(?:-(?P<status>mutant|mutated|positive|negative|"
                          r"low|high|amplified|rearranged|deficient|expressing))?")
_STATUS_ZH = {"mutant": "突变", "mutated": "突变", "positive": "阳性", "negative": "阴性", "low": "低表达", "high": "高表达",
              "amplified": "扩增", "rearranged": "重排", "deficient": "缺陷", "expressing": "表达"}


def _gene_word_zh(word: str) -> str | None:
    m = _GENE_STATUS.fullmatch(word)
    if m is None or not any(c.isdigit() for c in m.group("gene")) and len(m.group("gene")) < 3:
        return None
    return m.group("gene") + (_STATUS_ZH[m.group("status")] if m.group("status") else "")


_LATIN_TAIL = re.compile(r"(.+?[\u4e00-\u9fff])\s?([A-Za-zα-ω][A-Za-z0-9α-ω]{0,3})")
_DESCRIPTIVE_DRUG = re.compile(r"疫苗|球蛋白|抗毒素|白蛋白|凝血因子|干扰素|胰岛素|细胞")
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ORDINAL_WORDS = ("", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth", "twentieth")
_ORDINAL_RE = re.compile(r"第([一二两三四五六七八九十]{1,3}|\d{1,2})(批|代|轮|次|届)(?=[\u4e00-\u9fffA-Za-z])")


def _cn_int(numeral: str) -> int | None:
    """一 … 九十九 (and plain digits) as an integer; None for anything else."""
    if numeral.isdigit():
        return int(numeral)
    if "十" not in numeral:
        return _CN_DIGITS.get(numeral) if len(numeral) == 1 else None
    tens, _, ones = numeral.partition("十")
    t = _CN_DIGITS.get(tens, 0 if tens else 1) if len(tens) <= 1 else None
    o = _CN_DIGITS.get(ones, 0) if len(ones) <= 1 else None
    return None if t is None or o is None or (tens and t == 0) or (ones and o == 0) else t * 10 + o


def _ordinal_en(m: re.Match) -> str:
    n = _cn_int(m.group(1))
    if n is None or not 0 < n < len(_ORDINAL_WORDS):
        return m.group()  # left to the lexicon and romanisation as before
    word = _ORDINAL_WORDS[n]
    return {"批": f" the {word} batch of ", "代": f" {word}-generation ", "轮": f" the {word} round of ",
            "次": f" the {word} ", "届": f" the {word} "}[m.group(2)]


_BASIS_RE = re.compile(r"[（(]?按\s*([A-Za-z0-9·.\-]+)\s*计[)）]?[，,]?")
_STAGE_RE = re.compile(r"(?<![A-Za-z])((?:I{1,3}|IV|[ⅠⅡⅢⅣ])[ABCabc]?)\s*期(?=[\u4e00-\u9fff])")
_ROMAN = str.maketrans({"Ⅰ": "I", "Ⅱ": "II", "Ⅲ": "III", "Ⅳ": "IV", "Ⅴ": "V", "Ⅵ": "VI"})
_TYPE_RE = re.compile(r"(?<![A-Za-z0-9])(\d)\s*型(?=[\u4e00-\u9fff])")


_TRAILING_ABBREV_RE = re.compile(r"(.+?)\s*[（(][“\"]?([A-Za-z][A-Za-z0-9 /\-+]{1,59})[”\"]?[)）]")


# a regimen's connector between two products' names, and how English writes it
_REGIMEN_RE = re.compile(r"序贯|联合(?!疫苗)(?=\S{2})")
_REGIMEN_EN = {"序贯": "followed by", "联合": "in combination with"}
_VARIANT_RE = re.compile(r"(.+?)\s*[（(]((?:[ⅠⅡⅢⅣⅤⅥ]+|VI{0,3}|IV|I{1,3}|\d{1,3}))[)）]")
# connectors whose phrase English says in another order (glossary._compose's rules for them)
_REORDERING = frozenset({"to", "susceptible-to", "complete-or-partial-response-to", "response-to", "caused-by",
                         "after-failure"})
# how a value was made, from the most trusted: a value made of parts made different ways reports the weakest
_HOW_RANK = {"as_written": 0, "glossary": 1, "lexicon": 2, "rule": 3, "model": 4, "romanised": 5}


def _render_value(translator, text: str, kind: str, *, src: str, tgt: str) -> tuple[str | None, str | None]:
    text = text.strip()
    if not text or src == tgt:
        return (text or None), ("as_written" if text else None)
    glossary = getattr(translator, "glossary", None) or load_glossary()
    if src == "en":
        # "Food and Drug Administration (FDA)": the whole, else the acronym, else the name alone, else
        # the phrase without its auxiliaries ("first patient has been dosed": "first patient dosed")
        acronym = re.search(r"\(([A-Z]{2,6})\)\s*$", text)
        plain = re.sub(r"\b(?:has been|have been|was|were) ", "", text)
        bare = re.sub(r"\s*\([^)]*\)\s*$", "", text)
        # (and a disease the glossary lists in the plural or the singular: "myelodysplastic syndrome(s)"; written the
        # glossary's way: lower case but for acronyms, American spelling, "versus": "Acute Myeloid Leukaemia")
        number = (bare[:-1] if bare.endswith("s") else bare + "s") if kind == "term" and " " in bare else None
        usual = _usual_disease_en(bare) if kind == "term" else None
        for key in (text, acronym.group(1) if acronym else None, bare, plain, number,
                    usual if usual != bare else None):
            found = glossary.en_to_zh(key) if key else None
            if found:
                return found, "glossary"
        eponym = _EPONYM_EN.fullmatch(bare) if kind == "term" else None
        if eponym:  # "Barth syndrome": the name as written, the disease's word translated, as Chinese text writes it
            return eponym.group("name") + _EPONYM_ZH[eponym.group("what").lower()], "rule"
        made = translator.value(text, src=src, tgt=tgt) if getattr(translator, "name", "") != "glossary" else None
        if made and made != text:
            return made, "model"
        if kind == "term":  # a disease phrase: its words' glossary terms in order, if they cover it all
            composed = compose_en_to_zh(glossary, text) or (compose_en_to_zh(glossary, usual) if usual != bare else None)
            if composed:
                return composed, "glossary"
        return text, "as_written"  # Latin names, codes and terms read as written in Chinese text
    if not _HAN_RE.search(text):
        return _clean(text.translate(_FULLWIDTH)), "as_written"
    # a value wrapped over a PDF's lines ("激素敏\n感性"): one word again before its words are looked up
    if "\n" in text:
        text = join_pdf_wraps(text)
    if kind == "value" and "计" in text:
        # a strength on a basis ("200μg(按C13H16N2计)"): "200μg (as C13H16N2)", the formula as written
        text = _BASIS_RE.sub(lambda m: f" (as {m.group(1)}) ", text)
    if kind in ("term", "value"):
        # 第七批 "the seventh batch of", 第三代 "third-generation", 第二轮 "the second round of"
        text = _ORDINAL_RE.sub(_ordinal_en, text)
    if kind == "term":
        # in a disease phrase a Roman numeral with 期 is the disease's stage (III期结肠癌: "stage III
        # colon cancer", not a trial's Phase III), and a digit with 型 its type (2型糖尿病: "type 2")
        text = _STAGE_RE.sub(lambda m: f" stage {m.group(1).translate(_ROMAN)} ", text)
        text = _TYPE_RE.sub(lambda m: f" type {m.group(1)} ", text)
    if kind == "org":
        entry = glossary.get(text, ("org",))
        if entry:
            return entry.en, "glossary"
        regional = _REGIONAL_MPA.fullmatch(text)
        if regional:  # 广东省药品监督管理局: "Guangdong Medical Products Administration", as these bodies write it
            from ..lexicon.romanize import load_name_tables, pinyin_word

            place = regional.group("place")
            tables = load_name_tables()
            if place in tables.places or place in tables.place_en:
                return f"{tables.place_en.get(place) or pinyin_word(place)} Medical Products Administration", "rule"
        if text.startswith("某") and not text.startswith("某某") and len(text) > 2:
            # a party the filing leaves unnamed ("某国际制药公司"): described, not romanised as a name
            rest, how = _render_value(translator, text[1:], "term", src=src, tgt=tgt)
            if rest and how != "romanised":
                return f"an unnamed {rest}", how
    if kind == "drug" and (variant := _VARIANT_RE.fullmatch(text)) and _HAN_RE.search(variant.group(1)):
        # a product's numbered variant in brackets (复方电解质注射液(II), 某某片(Ⅲ)): the product rendered as itself,
        # the variant after it as written in Latin numerals
        head, how = _render_value(translator, variant.group(1), kind, src=src, tgt=tgt)
        if head:
            return f"{head} ({variant.group(2).translate(_ROMAN)})", how
    if kind == "drug" and text.startswith("注射用") and (regimen := _REGIMEN_RE.search(text, 4)):
        # a regimen of two products (注射用MRX-4序贯康替唑胺片, 注射用X联合Y片): each product rendered as itself and
        # joined by the connector, so that the first one's form does not land on the second ("… Tablets for
        # Injection"); a combination vaccine (…联合疫苗) is one product
        first, how_a = _render_value(translator, text[: regimen.start()], "drug", src=src, tgt=tgt)
        second, how_b = _render_value(translator, text[regimen.end() :], "drug", src=src, tgt=tgt)
        joint = _REGIMEN_EN[regimen.group()]
        if first and second:
            worst = max((how_a, how_b), key=lambda h: _HOW_RANK.get(h, 0))
            return f"{first} {joint} {second}", worst
    if kind == "drug" and text.startswith("注射用") and len(text) > 4:
        # 注射用更昔洛韦: the form goes after the name, as pharmacopoeias write it ("ganciclovir for Injection")
        rest, how = _render_value(translator, text[3:], "drug", src=src, tgt=tgt)
        if rest and how != "romanised":
            return f"{rest} for Injection", how
    if kind == "term" and (abbrev := _TRAILING_ABBREV_RE.fullmatch(text)) and _HAN_RE.search(abbrev.group(1)):
        # a disease with its abbreviation in brackets ("外周T细胞淋巴瘤(PTCL)"): the disease rendered as a
        # whole term, the abbreviation carried as written after it; where the brackets hold the filing's
        # own English name ("…實體腫瘤(Relapsed/Refractory Solid Tumors)"), the disease where the glossary
        # covers it, else that name rather than a romanisation
        head, how = _render_value(translator, abbrev.group(1), kind, src=src, tgt=tgt)
        if " " in abbrev.group(2).strip():
            return (head, how) if head and how in ("glossary", "lexicon") else (abbrev.group(2).strip(), "as_written")
        if head:
            return f"{head} ({abbrev.group(2)})", how
    made = translator.value(text, src=src, tgt=tgt)
    if made and not has_cjk(made):
        return made, ("model" if getattr(translator, "name", "glossary") != "glossary" else "glossary")
    from ..lexicon.romanize import romanise_company, romanise_drug, pinyin_word

    if kind == "org":
        return _clean(romanise_company(text.translate(_FULLWIDTH))), "romanised"
    from ..lexicon.cedict import load_lexicon

    lexicon = load_lexicon()
    if kind == "drug":
        whole = lexicon.get(text)
        if whole:
            return whole, "lexicon"
        named = _LATIN_NAME_IN_BRACKETS.fullmatch(text.strip())
        if named:  # 亚硒酸钠(Sodium Selenite): the filing's own English name, not a romanisation
            return named.group("latin"), "as_written"
        if _DESCRIPTIVE_DRUG.search(text):
            # a biological named by what it is (冻干人用狂犬病疫苗, 静注人免疫球蛋白): its words, when the
            # glossary and lexicon cover every one of them, not a romanised run
            described, how = _render_value(translator, text, "term", src=src, tgt=tgt)
            if described and how in ("glossary", "lexicon"):
                return described, how
            # a brand before what the product is (恩稳健肠病毒71型疫苗): the brand in pinyin, the rest translated
            for cut in range(2, min(5, len(text) - 2)):
                brand, rest = text[:cut], text[cut:]
                if all(_HAN_RE.match(ch) for ch in brand):
                    described, how = _render_value(translator, rest, "term", src=src, tgt=tgt)
                    if described and how in ("glossary", "lexicon"):
                        return f"{pinyin_word(brand)} {described}", "romanised"
        forms = {e.zh: e.en for e in glossary.of_kind("dosage_form")}
        known: list[str] = []

        def lookup(core: str) -> str | None:  # the name part an INN or a term the glossary or lexicon knows
            if not _HAN_RE.search(core):
                return None
            entry = glossary.get(core)
            found = entry.en if entry else lexicon.get(core)
            if not found and (tail := _LATIN_TAIL.fullmatch(core)):  # 环孢素A, 人干扰素α1b: the name, its letter after it
                head = glossary.get(tail.group(1))
                found = f"{head.en} {tail.group(2)}" if head else None
            if not found and len(core) >= 4:
                # a biological named by what it is (重组人源抗狂犬病毒 + 单抗): its words, where the glossary
                # covers every one of them
                found = translator.term(core)
            if found:
                known.append(found)
            return found

        out = romanise_drug(text.translate(_FULLWIDTH), forms, lookup=lookup)
        if known and not _HAN_RE.search(out):
            return _clean(out), "rule"  # a known name with its salt and form added by rule
        return _clean(out), "romanised"
    # terms and other values: glossary and lexicon pieces, romanised where neither covers
    parts: list[str] = []
    worst = "glossary"
    pos = 0
    for m in _RUN_RE.finditer(text):
        parts.append(text[pos : m.start()].translate(_FULLWIDTH))
        run = m.group().strip("、")
        if m.group().startswith("、") and pos < m.start():  # "0.5mg、1.0mg": a list's comma, not nothing
            parts.append(", ")
        pieces = glossary.cover(run, lexicon.matches(run), romanise=pinyin_word) if run else []
        if pieces:
            en = _compose(pieces)
            if en is None:  # connectors that no rule composes: the pieces in order, a connector's words as words
                en = " ".join(p.en.replace("-", " ") if p.kind == "connector" else p.en for p in pieces if p.en)
                if any(p.kind == "connector" and p.en in _REORDERING for p in pieces):
                    # a connector that reorders its phrase ("对X敏感的Y": "Y susceptible to X") left in source order
                    # says something else: not a translation, and not reported as one
                    worst = "romanised"
            for p in pieces:
                how = "romanised" if p.kind == "romanised" else "lexicon" if p.kind == "lexicon" else "glossary"
                worst = how if _HOW_RANK[how] > _HOW_RANK[worst] else worst
            parts.append(f"{_PAD}{en}{_PAD}")
        if run and m.group().endswith("、") and m.end() < len(text):
            parts.append(", ")
        pos = m.end()
    parts.append(text[pos:].translate(_FULLWIDTH))
    out = _clean("".join(parts))
    return (out, worst) if out and not has_cjk(out) else (None, None)
