"""Render stage: the seed's text layout, Markdown, HTML and JSON, each in ``en``, ``zh`` or ``both``.

The text layout is the seed's: one line per section, ``Title - part - part``, each part ending in its
citations ``[n]``. English output never carries Chinese characters: fields and sentences without an
English rendering are left out and the section says how many a translation backend would add.
"""

from __future__ import annotations

import html
import json
from typing import Callable

from .errors import ConfigError
from .translate import has_cjk
from .types import Field, Item, Summary, SummarySection

__all__ = ["render", "FORMATS", "LANGS"]

LANGS = ("en", "zh", "both")
CORE_TITLE = {"zh": "核心观点", "en": "Core Viewpoint"}
_UNTRANSLATED = {
    "en": "(+{n} source sentence{s} not translated; a translation backend adds {them})",
    "zh": "（另有{n}句原文未翻译，配置翻译后端后显示）",
}


def cite(citations: tuple[int, ...]) -> str:
    return "".join(f"[{c}]" for c in citations)


def _title(section: SummarySection, lang: str) -> str:
    return section.title_en if lang == "en" else section.title_zh


def _field_parts(section: SummarySection, lang: str) -> list[tuple[str, tuple[int, ...]]]:
    parts = []
    sep = ": " if lang == "en" else "："
    for f in section.fields:
        value = f.display(lang)
        label = f.label_en if lang == "en" else f.label_zh
        if value and label:
            parts.append((f"{label}{sep}{value}", f.citations))
    return parts


def _item_parts(section: SummarySection, lang: str) -> list[tuple[str, tuple[int, ...]]]:
    return [(item.text(lang), item.citations) for item in section.items if item.text(lang)]


def _note(section: SummarySection, lang: str, source_lang: str) -> str | None:
    n = section.untranslated(lang, source_lang)
    if not n:
        return None
    return _UNTRANSLATED[lang].format(n=n, s="" if n == 1 else "s", them="it" if n == 1 else "them")


def _lang_blocks(summary: Summary, lang: str) -> list[tuple[str, list[tuple[str, tuple[int, ...]]], str | None]]:
    blocks = []
    core = summary.core_viewpoint.text(lang)
    if core:
        blocks.append((CORE_TITLE[lang], [(core, summary.core_viewpoint.citations)], None))
    for section in summary.sections:
        parts = _field_parts(section, lang) + _item_parts(section, lang)
        note = _note(section, lang, summary.lang)
        if parts or note:
            blocks.append((_title(section, lang), parts, note))
    return blocks


def _text(summary: Summary, lang: str) -> str:
    lines = []
    for title, parts, note in _lang_blocks(summary, lang):
        pieces = [f"{text} {cite(c)}".rstrip() for text, c in parts]
        if note:
            pieces.append(note)
        lines.append(f"{title} - " + " - ".join(pieces))
    return "\n".join(lines)


def _markdown(summary: Summary, lang: str) -> str:
    out = []
    if summary.title and (lang != "en" or not has_cjk(summary.title)):
        out.append(f"## {summary.title}\n")
    for title, parts, note in _lang_blocks(summary, lang):
        out.append(f"**{title}**\n")
        for text, c in parts:
            links = "".join(f"[[{n}]](#p{n})" for n in c)
            out.append(f"- {text} {links}".rstrip())
        if note:
            out.append(f"- _{note}_")
        out.append("")
    if summary.violations:
        heading = "Faithfulness violations" if lang == "en" else "忠实性问题"
        out.append(f"**{heading}**\n")
        out.extend(f"- `{v.where}` ({v.lang}): {v.message}" for v in summary.violations)
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def _html(summary: Summary, lang: str) -> str:
    langs = ("zh", "en") if lang == "both" else (lang,)
    esc = html.escape
    parts = ['<div class="summarizer-summary" style="font-family:sans-serif;line-height:1.5">']
    if summary.title and (lang != "en" or not has_cjk(summary.title)):
        parts.append(f"<h3>{esc(summary.title)}</h3>")
    parts.append(f"<p style='color:#666'>type: <code>{esc(summary.doc_type)}</code> "
                 f"({summary.doc_type_score:.2f}) · source: {esc(summary.lang)}</p>")
    for code in langs:
        parts.append(f'<div lang="{code}">')
        for title, items, note in _lang_blocks(summary, code):
            parts.append(f"<h4>{esc(title)}</h4><ul>")
            for text, c in items:
                links = "".join(f'<a href="#{esc(summary.doc_id)}-p{n}">[{n}]</a>' for n in c)
                parts.append(f"<li>{esc(text)} {links}</li>")
            if note:
                parts.append(f"<li><em>{esc(note)}</em></li>")
            parts.append("</ul>")
        parts.append("</div>")
    if summary.violations:
        parts.append("<h4>Faithfulness violations</h4><ul>")
        parts.extend(f"<li><code>{esc(v.where)}</code>: {esc(v.message)}</li>" for v in summary.violations)
        parts.append("</ul>")
    if summary.sources:
        parts.append("<details><summary>Cited paragraphs</summary><ol>")
        for n, text in summary.sources.items():
            parts.append(f'<li value="{n}" id="{esc(summary.doc_id)}-p{n}">{esc(text)}</li>')
        parts.append("</ol></details>")
    parts.append("</div>")
    return "\n".join(parts)


def _json(summary: Summary, lang: str) -> str:
    data = summary.to_dict()
    if lang != "both":
        data["rendered"] = {lang: _text(summary, lang)}
    else:
        data["rendered"] = {"zh": _text(summary, "zh"), "en": _text(summary, "en")}
    return json.dumps(data, ensure_ascii=False, indent=2)


def _both(fn: Callable[[Summary, str], str]) -> Callable[[Summary, str], str]:
    def render_lang(summary: Summary, lang: str) -> str:
        if lang == "both":
            return fn(summary, "zh").rstrip() + "\n\n" + fn(summary, "en")
        return fn(summary, lang)

    return render_lang


FORMATS: dict[str, Callable[[Summary, str], str]] = {
    "text": _both(_text),
    "markdown": _both(_markdown),
    "html": _html,
    "json": _json,
}


def render(summary: Summary, *, format: str = "text", lang: str = "en") -> str:
    """Render ``summary``.

    Args:
        format: ``text`` (the seed layout), ``markdown``, ``html`` or ``json``.
        lang: ``en``, ``zh`` or ``both``.
    """
    if format not in FORMATS:
        raise ConfigError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    if lang not in LANGS:
        raise ConfigError(f"unknown language {lang!r}; choose one of {', '.join(LANGS)}")
    out = FORMATS[format](summary, lang)
    if lang == "en" and format in ("text", "markdown") and has_cjk(out):  # pragma: no cover - guarded above
        raise AssertionError("English output carries Chinese characters")
    return out
