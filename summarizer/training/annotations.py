"""Annotated filings: the JSONL format of DESIGN.md, and a markup to write them by hand.

Markup (one file per filing; see ``seeds/devset/``)::

    #id: zh-dta-001
    #lang: zh
    #type: drug_trial_approval
    #summary_en: Core Viewpoint - ... (optional reference summary)
    @boilerplate 证券代码：688001          证券简称：示例          公告编号：2026-001
    @core_event 近日，[[company:示例股份有限公司]]收到[[regulator:国家药品监督管理局]]核准签发的……

Every paragraph line starts with ``@label`` (its gold section); ``[[name:value]]`` marks a gold field
and its evidence span. Blank lines are kept. :func:`build` turns the markup into a record whose
``text`` is what the summariser reads and whose spans index that text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import ConfigError
from ..stages.classify import LABELS
from ..types import Document

__all__ = ["Annotation", "aligned_labels", "build", "build_dir", "load_annotations", "write_jsonl"]

_FIELD_RE = re.compile(r"\[\[(\w+):(.+?)\]\]")


@dataclass
class Annotation:
    id: str
    lang: str
    text: str
    type: str | None = None
    title: str | None = None
    path: str | None = None  # a file to read instead of text (e.g. ../shared/filings/en/003.md)
    segments: list[dict[str, Any]] = field(default_factory=list)
    fields: list[dict[str, Any]] = field(default_factory=list)
    summary: dict[str, str] = field(default_factory=dict)
    translations: list[dict[str, str]] = field(default_factory=list)  # parallel sentences, e.g. {"zh": .., "en": ..}
    meta: dict[str, Any] = field(default_factory=dict)  # real corpus: split, script, event, core_event, source_kind

    def to_dict(self) -> dict[str, Any]:
        out = {"id": self.id, "lang": self.lang, "type": self.type, "title": self.title, "text": self.text,
               "segments": self.segments, "fields": self.fields, "summary": self.summary,
               "translations": self.translations}
        if self.path:
            out["path"] = self.path
        if self.meta.get("core_event"):  # the core event in one line per language (real corpus, Label Studio)
            out["core_event"] = self.meta["core_event"]
        return {k: v for k, v in out.items() if v not in (None, [], {})} | {"text": self.text}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Annotation":
        return cls(id=data["id"], lang=data.get("lang", "zh"), text=data.get("text", ""), type=data.get("type"),
                   title=data.get("title"), path=data.get("path"), segments=list(data.get("segments", [])),
                   fields=list(data.get("fields", [])), summary=dict(data.get("summary", {})),
                   translations=list(data.get("translations", [])),
                   meta={"core_event": dict(data["core_event"])} if data.get("core_event") else {})


def build(markup: str, *, source: str = "<markup>") -> Annotation:
    """Turn one filing's markup into an :class:`Annotation` with exact spans."""
    meta: dict[str, str] = {}
    lines: list[str] = []
    segments: list[dict[str, Any]] = []
    fields: list[dict[str, Any]] = []
    pos = 0
    for n, raw in enumerate(markup.splitlines(), 1):
        if raw.startswith("#") and ":" in raw and not lines and not raw.startswith("# "):
            key, _, value = raw[1:].partition(":")
            meta[key.strip()] = value.strip()
            continue
        if not raw.strip():
            lines.append("")
            pos += 1
            continue
        m = re.match(r"@(\w+) ?(.*)$", raw)
        if not m:
            raise ConfigError(f"{source}:{n}: a paragraph line must start with @label")
        label, body = m.groups()
        if label not in LABELS:
            raise ConfigError(f"{source}:{n}: unknown label {label!r}; one of {', '.join(LABELS)}")
        text = ""
        last = 0
        for fm in _FIELD_RE.finditer(body):
            text += body[last : fm.start()]
            start = pos + len(text)
            text += fm.group(2)
            fields.append({"name": fm.group(1), "value": fm.group(2), "start": start, "end": start + len(fm.group(2))})
            last = fm.end()
        text += body[last:]
        if "[[" in text or "]]" in text:
            raise ConfigError(f"{source}:{n}: unbalanced [[field:value]] markup")
        segments.append({"start": pos, "end": pos + len(text), "section": label})
        lines.append(text)
        pos += len(text) + 1
    full = "\n".join(lines).strip("\n")
    lead = len("\n".join(lines)) - len("\n".join(lines).lstrip("\n"))
    if lead:
        for item in (*segments, *fields):
            item["start"] -= lead
            item["end"] -= lead
    for f in fields:
        assert full[f["start"] : f["end"]] == f["value"], (source, f)
    if "id" not in meta or "lang" not in meta:
        raise ConfigError(f"{source}: #id and #lang are required")
    summary = {k[len("summary_"):]: v for k, v in meta.items() if k.startswith("summary_")}
    return Annotation(id=meta["id"], lang=meta["lang"], type=meta.get("type"), title=meta.get("title"),
                      text=full, segments=segments, fields=fields, summary=summary)


def build_dir(folder: str | Path) -> list[Annotation]:
    return [build(p.read_text(encoding="utf-8"), source=str(p)) for p in sorted(Path(folder).glob("*.txt"))]


def load_annotations(path: str | Path) -> Iterator[Annotation]:
    """Records of an annotations JSONL; ``path`` entries are resolved relative to the file."""
    base = Path(path).resolve().parent
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                ann = Annotation.from_dict(json.loads(line))
            except (ValueError, KeyError) as exc:
                raise ConfigError(f"{path}:{n}: not an annotation record ({exc})") from exc
            if ann.path and not ann.text:
                target = (base / ann.path).resolve()
                if not target.is_file():
                    continue  # e.g. ../shared/filings is not beside this checkout
                ann.text = target.read_text(encoding="utf-8")
            yield ann


def write_jsonl(annotations: Iterable[Annotation], path: str | Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for ann in annotations:
            fh.write(json.dumps(ann.to_dict(), ensure_ascii=False) + "\n")
            n += 1
    return n


def aligned_labels(doc: Document, gold_segments: list[dict[str, Any]]) -> list[str | None]:
    """Gold label of each predicted segment: the annotated span overlapping it most."""
    out = []
    for seg in doc.segments:
        best, overlap = None, 0
        for g in gold_segments:
            o = min(seg.end, g["end"]) - max(seg.start, g["start"])
            if o > overlap:
                best, overlap = g["section"], o
        out.append(best)
    return out
