"""Render stage: the seed's text layout, Markdown, HTML and JSON, each in ``en``, ``zh`` or ``both``.

The text layout is the seed's: one line per section, ``Title - part - part``, each part ending in its
citations ``[n]``. English output never carries Chinese characters: fields and sentences without an
English rendering are left out and the section says how many a translation backend would add.
"""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING, Callable

from ..errors import ConfigError
from ..lexicon.glossary import has_cjk

if TYPE_CHECKING:  # render reads summaries; types imports render (Summary.to_text), not the reverse
    from ..types import Summary, SummarySection

__all__ = ["render", "FORMATS", "LANGS"]

LANGS = ("en", "zh", "both")
CORE_TITLE = {"zh": "核心观点", "en": "Core Viewpoint"}
SPONSORED = {"zh": ("披露", "原文声明本文为赞助或付费内容"), "en": ("Disclosure", "The source says this is sponsored or paid content")}
_UNTRANSLATED = {
    "en": "(+{n} source sentence{s} not translated; a translation backend adds {them})",
    "zh": "（另有{n}句原文未翻译，配置翻译后端后显示）",
}
# the sentences left untranslated in sections that show something else, told once at the end, by section
_UNTRANSLATED_TITLE = {"en": "Not Translated", "zh": "未翻译"}
_UNTRANSLATED_ALL = {
    "en": "{n} source sentence{s} not translated; a translation backend adds {them}: {where}",
    "zh": "另有{n}句原文未翻译，配置翻译后端后显示：{where}",
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


def _note(lang: str, n: int, table: dict[str, str] = _UNTRANSLATED, **more: str) -> str:
    return table[lang].format(n=n, s="" if n == 1 else "s", them="it" if n == 1 else "them", **more)


def _lang_blocks(summary: Summary, lang: str) -> list[tuple[str, list[tuple[str, tuple[int, ...]]], str | None]]:
    blocks = []
    core = summary.core_viewpoint.text(lang)
    if summary.sponsored:  # before the core: a reader weighs the rest by it
        title, text = SPONSORED[lang]
        blocks.append((title, [(text, summary.sponsored)], None))
    if core:
        blocks.append((CORE_TITLE[lang], [(core, summary.core_viewpoint.citations)], None))
    left: list[tuple[str, int]] = []  # (section title, sentences not translated) where the section shows more
    for section in summary.sections:
        parts = _field_parts(section, lang) + _item_parts(section, lang)
        n = section.untranslated(lang, summary.lang)
        if parts and n:
            # a section with fields or items does not end on a placeholder: its count joins the closing line
            left.append((_title(section, lang), n))
        if parts or n:
            blocks.append((_title(section, lang), parts, None if parts else _note(lang, n)))
    if left:
        where = ("、" if lang == "zh" else ", ").join(f"{t} {k}" for t, k in left)
        note = _note(lang, sum(k for _, k in left), _UNTRANSLATED_ALL, where=where)
        blocks.append((_UNTRANSLATED_TITLE[lang], [], note))
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
    for found, en, zh in ((summary.violations, "Faithfulness violations", "忠实性问题"),
                          (summary.withheld, "Withheld (not verified against the source)", "未经核实，未列出")):
        if found:
            out.append(f"**{en if lang == 'en' else zh}**\n")
            out.extend(f"- `{v.where}` ({v.lang}): {v.message}" for v in found)
            out.append("")
    return "\n".join(out).rstrip() + "\n"


_CSS = """
<style>
.smz{font-family:system-ui,-apple-system,'Segoe UI','Noto Sans CJK SC','PingFang SC',sans-serif;line-height:1.55;max-width:1100px;color:#1d2733}
.smz h3{margin:.2em 0 .1em;font-size:1.15em}.smz .meta{color:#5b6b7a;font-size:.85em;margin-bottom:.6em}
.smz table{border-collapse:collapse;width:100%;margin:.3em 0 .8em}.smz td,.smz th{border-top:1px solid #e3e8ee;padding:.35em .5em;vertical-align:top;text-align:left}
.smz th{background:#f5f7fa;font-weight:600;font-size:.9em}.smz .sec td{background:#eef3f8;font-weight:600}
.smz a.cite{color:#0b63c5;text-decoration:none;font-size:.85em;margin-left:.15em}.smz a.cite:hover{text-decoration:underline}
.smz .note{color:#7a5b00;font-style:italic}.smz .gist{color:#5b6b7a}.smz .bad{color:#b3261e}
.smz mark{background:#fff1b8;padding:0 .1em}.smz ol.src li{margin:.25em 0}.smz ol.src li:target{background:#e8f1fd}
</style>
"""


def _cites_html(summary: Summary, citations: tuple[int, ...]) -> str:
    return "".join(f'<a class="cite" href="#{html.escape(summary.doc_id)}-p{n}">[{n}]</a>' for n in citations)


def _html(summary: Summary, lang: str) -> str:
    """A notebook view: both languages side by side, fields with evidence, clickable citations."""
    esc = html.escape
    langs = ("zh", "en") if lang == "both" else (lang,)
    names = {"zh": "中文", "en": "English"}
    parts = [_CSS, '<div class="smz">']
    if summary.title and (lang != "en" or not has_cjk(summary.title)):
        parts.append(f"<h3>{esc(summary.title)}</h3>")
    parts.append(f'<div class="meta">type <code>{esc(summary.doc_type)}</code> ({summary.doc_type_score:.2f}) · '
                 f'source language {esc(summary.lang)} · id <code>{esc(summary.doc_id)}</code> · '
                 f'{len(summary.violations)} faithfulness violation(s)'
                 + (f' · {len(summary.withheld)} unverified part(s) withheld' if summary.withheld else '') + '</div>')
    parts.append("<table><tr>" + "".join(f"<th>{names[c]}</th>" for c in langs) + "</tr>")

    def row(cells: list[str], cls: str = "") -> None:
        parts.append(f'<tr class="{cls}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")

    row([esc(CORE_TITLE[c]) for c in langs], "sec")
    row([esc(summary.core_viewpoint.text(c) or "") + _cites_html(summary, summary.core_viewpoint.citations)
         for c in langs])
    for section in summary.sections:
        if not section.fields and not section.items:
            continue
        row([esc(_title(section, c)) for c in langs], "sec")
        for f in section.fields:
            cells = []
            for c in langs:
                value = f.display(c)
                label = f.label_en if c == "en" else f.label_zh
                cells.append(f"<b>{esc(label or f.name)}</b>: {esc(value)}{_cites_html(summary, f.citations)}"
                             if value else "")
            row(cells)
        for item in section.items:
            cells = []
            for c in langs:
                text = item.text(c)
                if text is None:
                    cells.append('<span class="note">(not translated)</span>' if c != summary.lang else "")
                else:
                    cls = "gist" if item.gist and c != summary.lang else ""
                    cells.append(f'<span class="{cls}">{esc(text)}</span>{_cites_html(summary, item.citations)}')
            row(cells)
    parts.append("</table>")
    if summary.violations:
        parts.append('<div class="bad"><b>Faithfulness violations</b><ul>')
        parts.extend(f"<li><code>{esc(v.where)}</code> ({esc(v.lang)}): {esc(v.message)}</li>" for v in summary.violations)
        parts.append("</ul></div>")
    if summary.sources:
        evidence: dict[int, list[str]] = {}
        for f in summary.fields:
            for c in f.citations:
                evidence.setdefault(c, []).append(f.value)
        parts.append('<details open><summary>Cited paragraphs (field evidence highlighted)</summary><ol class="src">')
        for n, text in summary.sources.items():
            body = esc(text)
            for value in sorted(set(evidence.get(n, ())), key=len, reverse=True):
                ev = esc(value)
                if ev and ev in body and f"<mark>{ev}" not in body:
                    body = body.replace(ev, f"<mark>{ev}</mark>", 1)
            parts.append(f'<li value="{n}" id="{esc(summary.doc_id)}-p{n}">{body}</li>')
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
