"""Typed objects that flow through the pipeline.

Every stage takes and returns these frozen dataclasses; each piece of a summary points back to
the source by paragraph number (``Segment.index``, the ``[n]`` of a citation) and character span.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any, Iterator


def evolve(obj, **changes):
    """A copy of frozen dataclass ``obj`` with ``changes``; several times faster than
    :func:`dataclasses.replace` (no re-validation), for the per-paragraph hot path."""
    new = object.__new__(type(obj))  # copy.copy's __reduce_ex__ round trip costs more than the fields
    state = new.__dict__
    state.update(obj.__dict__)
    state.update(changes)
    return new


__all__ = [
    "Sentence",
    "Segment",
    "Document",
    "Field",
    "Item",
    "SummarySection",
    "Violation",
    "Summary",
]


@dataclass(frozen=True)
class Sentence:
    """A sentence inside a segment; ``start``/``end`` index ``Document.text``."""

    text: str
    start: int
    end: int
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class Segment:
    """A numbered paragraph: the unit a citation ``[index]`` points to."""

    index: int
    text: str
    start: int
    end: int
    kind: str = "paragraph"  # heading | paragraph | list_item | title
    sentences: tuple[Sentence, ...] = ()
    words: tuple[str, ...] = ()
    heading: int | None = None  # index of the heading this paragraph sits under
    section: str | None = None  # set by the classifier
    score: float | None = None


@dataclass(frozen=True)
class Document:
    """A filing as read: normalised text plus what the later stages add."""

    id: str
    text: str
    lang: str  # "zh" | "en"
    source: str | None = None
    encoding: str | None = None
    script: str | None = None  # "simplified" | "traditional" | None for Latin text
    match_text: str | None = None  # simplified view of traditional text, same length as text
    title: str | None = None
    segments: tuple[Segment, ...] = ()
    doc_type: str | None = None
    doc_type_score: float | None = None
    # the runner-up type's score over the winner's (1.0: a tie); near 1, the text names two events
    # with equal weight and the composer states neither as the filer's templated news
    doc_type_runner_up: float | None = None
    doc_type_rival: str | None = None  # the runner-up type, where the patterns gave one

    @property
    def search_text(self) -> str:
        """Text to match patterns against (simplified Chinese view where the source is traditional)."""
        return self.match_text if self.match_text is not None else self.text

    def segment(self, index: int) -> Segment:
        return self.segments[index - 1]

    def segment_at(self, offset: int) -> Segment | None:
        """The segment whose span holds character ``offset``."""
        lo, hi = 0, len(self.segments) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            seg = self.segments[mid]
            if offset < seg.start:
                hi = mid - 1
            elif offset >= seg.end:
                lo = mid + 1
            else:
                return seg
        return None


@dataclass(frozen=True)
class Field:
    """A typed value taken from the source, with its evidence span."""

    name: str
    value: str  # as written in the source
    start: int
    end: int
    citations: tuple[int, ...]
    value_en: str | None = None
    value_zh: str | None = None
    label_en: str | None = None
    label_zh: str | None = None
    # how the other-language value was made: as_written (codes, Latin names), glossary, lexicon,
    # rule (dates, amounts, phases, rewrites), romanised (pinyin for what no lexicon covers), model
    translated_by: str | None = None

    def display(self, lang: str) -> str | None:
        return self.value_en if lang == "en" else self.value_zh


@dataclass(frozen=True)
class Item:
    """One sentence or bullet of a summary, in either or both languages."""

    zh: str | None
    en: str | None
    citations: tuple[int, ...]
    origin: str = "extractive"  # extractive | template | generated (written by a model, then checked)
    gist: bool = False  # the other-language text is a key-terms gist, not a translation
    event: bool = False  # states the type's event (a filled event template): the check verifies it

    def text(self, lang: str) -> str | None:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True)
class SummarySection:
    key: str
    title_zh: str
    title_en: str
    fields: tuple[Field, ...] = ()
    items: tuple[Item, ...] = ()

    def untranslated(self, lang: str, source_lang: str) -> int:
        """Source sentences shown in ``lang`` only as a gist or not at all (a translation backend
        would add them)."""
        if lang == source_lang:
            return 0
        return sum(1 for item in self.items if item.origin == "extractive" and (item.gist or item.text(lang) is None))


@dataclass(frozen=True)
class Violation:
    """A token in a summary that the cited paragraphs do not support."""

    where: str  # e.g. "core_viewpoint", "sections[2].items[0]"
    lang: str
    token: str
    kind: str  # number | code | name
    citations: tuple[int, ...]
    message: str


@dataclass(frozen=True)
class Summary:
    doc_id: str
    doc_type: str
    doc_type_score: float
    lang: str  # language of the source
    title: str | None
    core_viewpoint: Item
    sections: tuple[SummarySection, ...]
    sources: dict[int, str] = field(default_factory=dict)  # cited paragraph -> its text
    fields: tuple[Field, ...] = ()  # every field extracted, also those no section lists
    violations: tuple[Violation, ...] = ()
    source_path: str | None = None
    display_lang: str = "en"  # what str() and notebooks show: en | zh | both
    # paragraphs where the source says it is sponsored or paid content (empty: it does not say so)
    sponsored: tuple[int, ...] = ()
    # what the faithfulness check could not verify and the summary therefore leaves out: the bullets and fields
    # the violations name (SummarizerConfig.withhold_unsupported; the core viewpoint is never withheld, its
    # violations stay in ``violations``)
    withheld: tuple[Violation, ...] = ()

    # ------------------------------------------------------------------ access
    def section(self, key: str) -> SummarySection:
        for section in self.sections:
            if section.key == key:
                return section
        raise KeyError(key)

    def get_field(self, name: str) -> Field | None:
        for f in self.fields:
            if f.name == name:
                return f
        for _, f in self.iter_fields():
            if f.name == name:
                return f
        return None

    def iter_fields(self) -> Iterator[tuple[SummarySection, Field]]:
        for section in self.sections:
            for f in section.fields:
                yield section, f

    def iter_items(self) -> Iterator[tuple[str, Item]]:
        """Every item with its path (``core_viewpoint``, ``sections[i].items[j]``)."""
        yield "core_viewpoint", self.core_viewpoint
        for i, section in enumerate(self.sections):
            for j, item in enumerate(section.items):
                yield f"sections[{i}].items[{j}]", item

    def with_violations(self, violations: tuple[Violation, ...]) -> "Summary":
        return replace(self, violations=violations)

    # ------------------------------------------------------------- rendering
    def to_text(self, lang: str | None = None) -> str:
        """The seed's layout: one line per section, each part with its citations."""
        from .stages.render import render

        return render(self, format="text", lang=lang or self.display_lang)

    def to_markdown(self, lang: str | None = None) -> str:
        from .stages.render import render

        return render(self, format="markdown", lang=lang or self.display_lang)

    def to_html(self, lang: str | None = None) -> str:
        from .stages.render import render

        return render(self, format="html", lang=lang or self.display_lang)

    def __str__(self) -> str:
        return self.to_text()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sources"] = {str(k): v for k, v in self.sources.items()}
        return data

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Summary":
        def build(kind: type, raw: dict[str, Any]) -> Any:
            kwargs = {}
            for f in fields(kind):
                if f.name not in raw:
                    continue
                value = raw[f.name]
                if f.name == "citations":
                    value = tuple(value)
                kwargs[f.name] = value
            return kind(**kwargs)

        sections = tuple(
            SummarySection(
                key=s["key"],
                title_zh=s["title_zh"],
                title_en=s["title_en"],
                fields=tuple(build(Field, f) for f in s.get("fields", ())),
                items=tuple(build(Item, i) for i in s.get("items", ())),
            )
            for s in data["sections"]
        )
        return cls(
            doc_id=data["doc_id"],
            doc_type=data["doc_type"],
            doc_type_score=data["doc_type_score"],
            lang=data["lang"],
            title=data.get("title"),
            core_viewpoint=build(Item, data["core_viewpoint"]),
            sections=sections,
            sources={int(k): v for k, v in data.get("sources", {}).items()},
            fields=tuple(build(Field, f) for f in data.get("fields", ())),
            violations=tuple(build(Violation, v) for v in data.get("violations", ())),
            source_path=data.get("source_path"),
            display_lang=data.get("display_lang", "en"),
            sponsored=tuple(data.get("sponsored", ())),
            withheld=tuple(build(Violation, v) for v in data.get("withheld", ())),
        )

    # ------------------------------------------------------------- notebooks
    def _repr_html_(self) -> str:
        return self.to_html()
