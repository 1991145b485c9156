"""Classify stage: label every paragraph with a section of the shared taxonomy.

The offline default scores keywords (``models/sections.toml``), the heading a paragraph sits under,
its position (header lines before the first body paragraph) and, for English press releases, the
"About X" convention (about the company → boilerplate; about a drug code → development background;
about a trial → clinical trial; otherwise → disease context), read from the rule table ``[english]`` of
``models/sections.toml``. A trained model (issue 3) or an
encoder (issue 4) plugs in behind :class:`SectionClassifier`.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass, replace
from typing import Protocol, runtime_checkable

import tomllib

from ..resources import models_dir, once, trie_regex
from ..types import Document, Segment, evolve

__all__ = ["SectionClassifier", "KeywordClassifier", "LABELS", "load_taxonomy"]

LABELS = (
    "core_event",
    "drug_information",
    "clinical_trial",
    "development_background",
    "disease_context",
    "research_landscape",
    "financials",
    "risk_warning",
    "boilerplate",
)


@runtime_checkable
class SectionClassifier(Protocol):
    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class Label:
    key: str
    title_zh: str
    title_en: str
    zh: dict[str, float]
    en: dict[str, float]
    headings_zh: tuple[str, ...]
    headings_en: tuple[str, ...]


@once
def _sections_toml() -> dict:
    """``models/sections.toml``, parsed once: the taxonomy and the English rule table both live there."""
    with open(models_dir() / "sections.toml", "rb") as fh:
        return tomllib.load(fh)


@once
def load_disclosures() -> tuple[re.Pattern, ...]:
    """Patterns of a sponsored or paid article's own disclosure (``[disclosure]`` in sections.toml)."""
    return tuple(re.compile(p) for p in _sections_toml().get("disclosure", {}).get("sponsored", ()))


def load_disclosure_words() -> tuple[str, ...]:
    """Lower-case words one of which every English disclosure pattern needs (a prefilter); () = none."""
    return tuple(_sections_toml().get("disclosure", {}).get("words_en", ()))


def load_taxonomy() -> dict[str, Label]:
    raw = _sections_toml()["labels"]
    return {
        key: Label(
            key=key,
            title_zh=spec["title_zh"],
            title_en=spec["title_en"],
            zh={k: float(v) for k, v in spec.get("zh", {}).items() if v},
            en={k.lower(): float(v) for k, v in spec.get("en", {}).items() if v},
            headings_zh=tuple(spec.get("headings_zh", ())),
            headings_en=tuple(h.lower() for h in spec.get("headings_en", ())),
        )
        for key, spec in raw.items()
    }


@dataclass(frozen=True)
class AboutRule:
    label: str
    on: str  # "head" (first six words), "head4", "start" (from the start), "company" (the filer's name)
    pattern: re.Pattern | None


@dataclass(frozen=True)
class EnglishRules:
    """The English press-release rules of ``models/sections.toml`` ([english])."""

    about: tuple[AboutRule, ...]
    about_default: str
    headline_segments: int
    lead_max_boilerplate: float
    about_boost: float
    boilerplate_threshold: float


@once
def load_english_rules() -> EnglishRules:
    raw = _sections_toml()["english"]
    about = tuple(AboutRule(r["label"], r["on"], re.compile(r["pattern"]) if r.get("pattern") else None)
                  for r in raw["about"]["rules"])
    layout = raw["layout"]
    return EnglishRules(about, raw["about"]["default"], int(layout["headline_segments"]),
                        float(layout["lead_max_boilerplate"]), float(layout["about_boost"]),
                        float(layout["boilerplate_threshold"]))


# a list of the outlet's or the company's other headlines ("Recent Acme News Highlights:", "Related
# articles"): the line and the headlines under it are the page's furniture, not this release's news
_HEADLINE_LIST_RE = re.compile(
    r"(?i)^(?:recent|latest|more|related|other|top)\b[^.\n]{0,60}?\b(?:news|headlines|articles|stories)\b"
    r"(?: highlights)?(?: from\b[^\n]{0,200})?:?\s*$|^(?:recent|related)\b[^.\n]{0,60}?\bnews highlights\b")


# a Chinese page's list of other stories ("相关阅读", "相关新闻", "延伸阅读", "相关港股"): the line and the headlines
# and bylines under it ("12月6日 | 某某") are the page's furniture, not this story's news
_HEADLINE_LIST_ZH_RE = re.compile(r"\s*(?:相关|相關|延伸|推荐|推薦|热门|熱門|更多)(?:阅读|閱讀|新闻|新聞|文章|报道|報道|港股|个股|個股|推荐|推薦)\s*[:：]?\s*$")


def _is_headline_list(text: str) -> bool:
    """Lines that are headlines: bullets, or lines with no full stop at their end."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    return bool(lines) and all(
        line.startswith(("* ", "- ", "• ")) or (len(line) <= 250 and not line.endswith((".", "!", "?", "。")))
        for line in lines)


_KEY_POINTS_RE = re.compile(r"\s*(?:重要内容提示|重要提示|内容提示)\s*[:：]?\s*$")

_GUARANTEE_RE = re.compile(
    r"董事会及全体董事|董事會及全體董事|董事会全体成员保证|董事會全體成員保證|公告內容的真實性|不负任何责任|不負任何責任|"
    r"概不负责|概不負責"
)


def about_label(heading: str, company: str | None = None) -> str | None:
    """Label implied by an English "About X" heading (or the opening of an inline one): the first
    rule of ``[english.about]`` in ``models/sections.toml`` that matches X."""
    m = re.match(r"^#*\s*About\s+(?:the\s+)?(.{2,80})", heading.strip())
    if not m:
        return None
    rules = load_english_rules()
    subject = m.group(1)
    words = subject.split()[:6]
    views = {"head": " ".join(words), "head4": " ".join(words[:4]), "start": subject}
    for rule in rules.about:
        if rule.on == "company":
            if company and views["head"].lower().startswith(company.split()[0].lower()):
                return rule.label
        elif (rule.pattern.match if rule.on == "start" else rule.pattern.search)(views[rule.on]):
            return rule.label
    return rules.about_default


class KeywordClassifier:
    """Rules and keyword weights: the offline fallback classifier."""

    name = "keywords"

    def __init__(self, *, taxonomy: dict[str, Label] | None = None, temperature: float = 2.0) -> None:
        self.taxonomy = taxonomy or load_taxonomy()
        self.temperature = temperature
        self._compiled: dict[str, tuple[re.Pattern, dict[str, list[tuple[str, float]]]]] = {}
        self._local = threading.local()

    def _pattern(self, lang: str) -> tuple[re.Pattern, dict[str, list[tuple[str, float]]]]:
        """One alternation of every label's keywords (longest first) and keyword → [(label, weight)]."""
        cached = self._compiled.get(lang)
        if cached is None:
            table: dict[str, list[tuple[str, float]]] = {}
            for key, label in self.taxonomy.items():
                for word, weight in (label.en if lang == "en" else label.zh).items():
                    table.setdefault(word, []).append((key, weight))
            cached = self._compiled[lang] = (trie_regex(table), table)
        return cached

    def _keyword_weights(self, text: str, lang: str) -> tuple[dict[str, float], float]:
        """Each label's keyword weight in ``text`` (longest keyword at each position, non-overlapping),
        and the length scale the weights are divided by."""
        if lang == "zh" and "代码" in text:
            # a filer's code and short name in brackets after its name is the lead's, not a header line's
            text = _CODE_ASIDE_RE.sub("", text)
        pattern, table = self._pattern(lang)
        raw = dict.fromkeys(self.taxonomy, 0.0)
        for word in pattern.findall(text.lower() if lang == "en" else text):
            for key, weight in table[word]:
                raw[key] += weight
        return raw, 1.0 + 0.002 * len(text)

    def boilerplate_score(self, text: str, lang: str) -> float:
        """The boilerplate keywords' weight in ``text``, scaled by its length as :meth:`scores` does."""
        raw, scale = self._keyword_weights(text, lang)
        return raw["boilerplate"] / scale

    def scores(self, doc: Document, seg: Segment, heading: Segment | None) -> dict[str, float]:
        """Keyword weights (see :meth:`_keyword_weights`) plus heading bonus, scaled by length."""
        raw, scale = self._keyword_weights(doc.search_text[seg.start : seg.end], doc.lang)
        bonus = self._heading_bonus(doc, heading)
        if bonus is not None:
            raw[bonus] += 4.0
        return {key: value / scale for key, value in raw.items()}

    def _heading_bonus(self, doc: Document, heading: Segment | None) -> str | None:
        """The label whose heading words ``heading`` carries (cached per heading)."""
        if heading is None:
            return None
        cache = self._local.headings
        if heading.index not in cache:
            htext = doc.search_text[heading.start : heading.end]
            htext = htext.lower() if doc.lang == "en" else htext
            cache[heading.index] = next(
                (key for key, label in self.taxonomy.items()
                 if any(h in htext for h in (label.headings_en if doc.lang == "en" else label.headings_zh))),
                None,
            )
        return cache[heading.index]

    def __call__(self, doc: Document) -> Document:
        return replace(doc, segments=tuple(seg for seg, _, _ in self.label(doc)))

    def label(self, doc: Document) -> list[tuple[Segment, bool, dict[str, float]]]:
        """Each segment labelled, whether a structural rule forced the label, and the keyword scores."""
        self._local.headings = {}  # per call and per thread
        segments = list(doc.segments)
        by_index = {s.index: s for s in segments}
        # header lines (code, name, title) run up to the board's guarantee paragraph; a reprint
        # without one has only its title lines as header
        guarantee = next(
            (s.index for s in segments[:10] if _GUARANTEE_RE.search(doc.search_text[s.start : s.end])), None
        )
        header_end = guarantee if guarantee is not None else _title_end(doc, segments)
        if guarantee is not None:  # HKEX: issuer name, stock code and title lines follow the disclaimer
            while header_end < len(segments):
                nxt = doc.search_text[segments[header_end].start : segments[header_end].end]
                # a sentence (a reprint's ASCII comma too), a field line ("剂型:注射剂") or a numbered
                # section heading ("二、该药品的注册信息") is the body, not the issuer's name lines
                if _GUARANTEE_PART_RE.search(nxt) and len(nxt) <= 80:
                    header_end += 1  # the guarantee's own wrapped lines ("误导性陈述或重大遗漏，并对其…")
                    continue
                if (len(nxt) > 40 or "。" in nxt or "，" in nxt or "," in nxt or _is_field_line(nxt, self)
                        or _SECTION_NUMBER_RE.match(nxt)):
                    break
                header_end += 1
        body_started = doc.lang == "en"
        rules = load_english_rules()
        about: str | None = None
        lead_seen = False
        headline_list = False  # inside a page's list of other headlines
        out: list[Segment] = []
        detail: list[tuple[bool, dict[str, float]]] = []
        for seg in segments:
            text = doc.search_text[seg.start : seg.end]
            heading = by_index.get(seg.heading) if seg.heading else None
            scores = self.scores(doc, seg, heading)
            forced: str | None = None
            if doc.lang == "zh" and not body_started:
                if seg.index >= header_end:
                    body_started = True
                if seg.index <= header_end:
                    forced = "boilerplate"
            elif ((_HEADLINE_LIST_ZH_RE if doc.lang == "zh" else _HEADLINE_LIST_RE).match(text)
                  or headline_list and _is_headline_list(text)):
                headline_list = True
                forced = "boilerplate"
            elif doc.lang == "zh":
                headline_list = False  # a sentence again: the list has ended
            elif doc.lang == "en":
                headline_list = False
                implied = about_label(text)
                if seg.kind == "heading":
                    about = implied if implied else (None if not _is_boiler_heading(text, self) else "boilerplate")
                    forced = implied or ("boilerplate" if about == "boilerplate" else None)
                elif implied:
                    about = implied
                    forced = implied
                elif about == "boilerplate" or about is not None and scores["boilerplate"] >= rules.boilerplate_threshold:
                    forced = "boilerplate" if about == "boilerplate" else None
                if forced is None and about in ("development_background", "disease_context", "clinical_trial"):
                    if scores["boilerplate"] < rules.boilerplate_threshold:
                        scores[about] += rules.about_boost
                if (seg.index < rules.headline_segments and seg.kind == "heading" and forced is None
                        and scores["boilerplate"] < rules.lead_max_boilerplate):  # not "Skip to main content"
                    forced = "core_event"
                # the lead paragraph of a press release is its core event unless it is pure boilerplate
                if (forced is None and not lead_seen and seg.kind != "heading"
                        and scores["boilerplate"] < rules.lead_max_boilerplate):
                    lead_seen = True  # an image or wire line before the lead does not use up the lead
                    forced = "core_event"
            if forced is None and doc.lang == "zh" and body_started and not lead_seen:
                # the lead: a reprint's headline and first paragraph, or the first paragraph after the header
                headline = header_end == 0 and seg.index == 1  # a reprint's headline ("公司：…获批")
                # the first point under "重要内容提示" is the filing's own summary of its news
                summary_point = bool(out) and _KEY_POINTS_RE.match(doc.search_text[out[-1].start : out[-1].end])
                # a reprint that runs the whole body into one paragraph gathers the closing boilerplate's
                # words too: its opening sentence decides
                boiler = scores["boilerplate"]
                if boiler >= 4 and len(seg.sentences) > 2:
                    first = seg.sentences[0]
                    boiler = min(boiler, self.boilerplate_score(doc.search_text[first.start : first.end], doc.lang))
                # (a summary point names the company and the regulator as the guarantee does: it may score
                # higher as boilerplate and still be the lead, short of the guarantee's own score)
                if ((headline or summary_point or seg.kind != "list_item") and not _is_field_line(text, self)
                        and boiler < (8 if summary_point else 4)):
                    if seg.kind == "paragraph" or headline or summary_point:
                        forced = "core_event"
                    lead_seen = (seg.kind == "paragraph" or summary_point) and not headline
            if forced is None and seg.kind == "heading" and doc.lang == "zh":
                label = self._heading_label(text)
                forced = label
            if forced is not None:
                out.append(evolve(seg, section=forced, score=1.0))
                detail.append((True, scores))
                continue
            if doc.lang == "zh" and _is_field_line(text, self):
                scores["drug_information"] += 3.0
            best = max(scores, key=scores.__getitem__)
            if scores[best] <= 0:
                best = self._fallback(seg, heading, out)
                confidence = 0.3
            else:
                confidence = _softmax_top(scores, self.temperature)
            out.append(evolve(seg, section=best, score=round(confidence, 4)))
            detail.append((False, scores))
        return [(seg, forced, scores) for seg, (forced, scores) in zip(_headings_follow(out), detail)]

    def _heading_label(self, text: str) -> str | None:
        for key, label in self.taxonomy.items():
            if any(h in text for h in label.headings_zh):
                return key
        return None

    @staticmethod
    def _fallback(seg: Segment, heading: Segment | None, done: list[Segment]) -> str:
        if heading is not None:
            for prev in done:
                if prev.index == heading.index and prev.section:
                    return prev.section
        return done[-1].section if done and done[-1].section else "core_event"


def _headings_follow(segments: list[Segment]) -> list[Segment]:
    """A body heading takes the label of the first paragraph under it: the section it introduces."""
    out = list(segments)
    for i, seg in enumerate(out):
        if seg.kind == "heading" and seg.section != "boilerplate" and i + 1 < len(out):
            child = out[i + 1]
            if child.heading == seg.index and child.section and child.section != "boilerplate":
                out[i] = evolve(seg, section=child.section)
    return out


_GUARANTEE_PART_RE = re.compile(r"虚假记载|误导性陈述|重大遗漏|虛假記載|誤導性陳述|重大遺漏|^(?:连|連)?(?:带|帶)(?:法律)?(?:责任|責任)")
_SECTION_NUMBER_RE = re.compile(r"\s*[一二三四五六七八九十]{1,3}[、.．]")


_CODE_LINE_RE = re.compile(r"证券代码|证券简称|股票代码|公告编号")
_CODE_ASIDE_RE = re.compile(r"(?<=公司)[（(](?:证券代码|股票代码)[:：][^（()）\n]{1,40}[)）]")


def _title_end(doc: Document, segments: list[Segment]) -> int:
    """Index of the last header line of a filing without a guarantee paragraph (0: none)."""
    end = 0
    for seg in segments[:5]:
        text = doc.search_text[seg.start : seg.end]
        # a code line, not a lead that names the filer's code in brackets ("某某公司(证券代码:688000,…)近日…")
        if _CODE_LINE_RE.search(text[:40]) and not (len(text) > 60 and "。" in text) or (
            len(text) < 60 and text.rstrip().endswith(("公告", "公司", "公告（更正后）")) and "。" not in text
        ):
            end = seg.index
        else:
            break
    return end


def _is_boiler_heading(text: str, clf: KeywordClassifier) -> bool:
    lower = text.lower().strip("# ")
    return any(lower.startswith(h) for h in clf.taxonomy["boilerplate"].headings_en)


def _is_field_line(text: str, clf: KeywordClassifier) -> bool:
    m = re.match(r"^\s*(?:\S{1,3}[、.．)）]\s*)?([^\s：:|]{2,14})\s*[：:|]", text)
    return bool(m) and any(k in m.group(1) for k in clf.taxonomy["drug_information"].zh)


def _softmax_top(scores: dict[str, float], temperature: float) -> float:
    top = max(scores.values())
    exps = [math.exp((v - top) / temperature) for v in scores.values()]
    return 1.0 / sum(exps)
