"""Label Studio: a labelling config generated from the types, our predictions as pre-annotations, and
exports turned back into the annotation JSONL that ``summarizer evaluate`` and ``summarizer train`` read.

Nothing here talks to a server or needs ``label-studio-sdk``: the config is XML, tasks and exports are
JSON. The round-trip test (``tests/test_label_studio.py``) drives a real server through the SDK.

Offsets. A Label Studio ``Text`` region stores ``start``/``end`` as positions in the task text counted
in Unicode code points (its frontend converts from JavaScript's UTF-16 units), which is how Python
indexes ``str``: a span of ours is written as is. On the way back every region's ``text`` is checked
against ``text[start:end]``; an export whose offsets were counted in UTF-16 units (older frontends,
emoji or astral CJK before the region) is recognised and converted, anything else is an error naming
the task.

Control names (stable: predictions, exports and the converter rely on them):

=================  ======================================================================
``type``           ``Choices``: the announcement type, one of the registry's type names
``field``          ``Labels`` on the text: one label per field name any type declares
``section``        ``Labels`` on the text: a paragraph's section (the classifier's labels)
``core_event_zh``  ``TextArea``: the core event in one line, in Chinese
``core_event_en``  ``TextArea``: the same in English
=================  ======================================================================
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable
from xml.sax.saxutils import quoteattr

from .. import __version__
from ..errors import ConfigError
from ..lexicon.glossary import has_cjk
from ..pipeline import Summarizer
from ..stages.classify import LABELS
from ..stages.doctypes import TypeRegistry, load_types
from .annotations import Annotation

__all__ = [
    "LabelStudioError", "ExportReport", "labeling_config", "config_hash", "model_version", "make_tasks",
    "annotations_from_export", "tasks_from_annotations", "write_atomic",
]

TEXT = "text"
TYPE, FIELD, SECTION, CORE_ZH, CORE_EN = "type", "field", "section", "core_event_zh", "core_event_en"


class LabelStudioError(ConfigError):
    """An export or task file that is not what Label Studio writes for our config."""

    code = "E310"
    hint = "export the project as JSON (not JSON-MIN or CSV) from a project created with `summarizer label-studio config`"


# ----------------------------------------------------------------------------- config
def field_labels(types: TypeRegistry) -> list[tuple[str, str, str]]:
    """``(name, label_en, label_zh)`` of every field any type declares, in first-declared order."""
    seen: dict[str, tuple[str, str, str]] = {}
    for doctype in types:
        for name, spec in doctype.fields.items():
            seen.setdefault(name, (name, spec.label_en, spec.label_zh))
    return list(seen.values())


def labeling_config(types: TypeRegistry | None = None) -> str:
    """The labelling config (Label Studio's XML) for ``types`` (default: the shipped registry)."""
    types = types or load_types()
    lines = ['<View>',
             '  <Header value="Announcement type / 公告类型"/>',
             f'  <Choices name="{TYPE}" toName="{TEXT}" choice="single-radio" showInline="true" required="true">']
    for doctype in types:
        hint = quoteattr(f"{doctype.title_en} / {doctype.title_zh}")
        lines.append(f'    <Choice value={quoteattr(doctype.name)} hint={hint}/>')
    lines += ['  </Choices>',
              '  <Header value="Fields / 字段"/>',
              f'  <Labels name="{FIELD}" toName="{TEXT}" showInline="true">']
    for name, label_en, label_zh in field_labels(types):
        lines.append(f'    <Label value={quoteattr(name)} hint={quoteattr(f"{label_en} / {label_zh}")}/>')
    lines += ['  </Labels>',
              '  <Header value="Sections / 段落"/>',
              f'  <Labels name="{SECTION}" toName="{TEXT}" showInline="true">']
    for label in LABELS:
        lines.append(f'    <Label value={quoteattr(label)}/>')
    lines += ['  </Labels>',
              f'  <Text name="{TEXT}" value="$text"/>',
              '  <Header value="Core event in one line / 核心事件（一句话）"/>',
              f'  <TextArea name="{CORE_ZH}" toName="{TEXT}" placeholder="中文" maxSubmissions="1" editable="true"/>',
              f'  <TextArea name="{CORE_EN}" toName="{TEXT}" placeholder="English" maxSubmissions="1" editable="true"/>',
              '</View>']
    return "\n".join(lines) + "\n"


def config_hash(config: str) -> str:
    return hashlib.sha256(config.encode("utf-8")).hexdigest()[:12]


def model_version(config: str) -> str:
    """What a prediction was made by: our version and the config it was made for."""
    return f"summarizer-{__version__}-{config_hash(config)}"


# ----------------------------------------------------------------------------- tasks
def _region(rid: str, control: str, value: dict[str, Any], kind: str) -> dict[str, Any]:
    return {"id": rid, "from_name": control, "to_name": TEXT, "type": kind, "value": value}


def _span(text: str, start: int, end: int, label: str, control: str, rid: str) -> dict[str, Any]:
    return _region(rid, control, {"start": start, "end": end, "text": text[start:end], "labels": [label]}, "labels")


def make_tasks(inputs: Iterable[str | Path], summarizer: Summarizer | None = None, *,
               config: str | None = None) -> list[dict[str, Any]]:
    """Summarise ``inputs`` (files) and return Label Studio tasks whose ``predictions`` carry our type,
    sections, field spans and core viewpoint; the task text is exactly the text the spans index."""
    summarizer = summarizer or Summarizer()
    config = config or labeling_config(summarizer.types)
    version = model_version(config)
    tasks = []
    for path in inputs:
        path = Path(path)
        doc = summarizer.analyse(path, doc_id=path.stem)
        summary = summarizer(doc)
        text = doc.text
        result: list[dict[str, Any]] = [_region("type", TYPE, {"choices": [summary.doc_type]}, "choices")]
        for seg in doc.segments:
            if seg.section and seg.end > seg.start:
                result.append(_span(text, seg.start, seg.end, seg.section, SECTION, f"s{seg.index}"))
        for n, f in enumerate(summary.fields):
            if f.start is not None and f.end is not None and f.end > f.start:
                result.append(_span(text, f.start, f.end, f.name, FIELD, f"f{n}"))
        core = summary.core_viewpoint
        for control, value in ((CORE_ZH, core.zh), (CORE_EN, core.en)):
            if value:
                result.append(_region(control, control, {"text": [value]}, "textarea"))
        tasks.append({
            "data": {TEXT: text, "doc_id": doc.id, "lang": doc.lang, "source": str(path)},
            "predictions": [{"model_version": version, "score": round(float(summary.doc_type_score), 4),
                             "result": result}],
        })
    return tasks


def tasks_from_annotations(annotations: Iterable[Annotation]) -> list[dict[str, Any]]:
    """The reverse direction: our annotation records as Label Studio tasks with one submitted
    annotation each (e.g. to review an existing corpus in Label Studio)."""
    tasks = []
    for ann in annotations:
        text = ann.text
        result: list[dict[str, Any]] = []
        if ann.type:
            result.append(_region("type", TYPE, {"choices": [ann.type]}, "choices"))
        for n, seg in enumerate(ann.segments):
            result.append(_span(text, seg["start"], seg["end"], seg["section"], SECTION, f"s{n}"))
        for n, f in enumerate(ann.fields):
            if "start" in f and "end" in f:
                result.append(_span(text, f["start"], f["end"], f["name"], FIELD, f"f{n}"))
        core = ann.meta.get("core_event") or {}
        for control, lang in ((CORE_ZH, "zh"), (CORE_EN, "en")):
            if core.get(lang):
                result.append(_region(control, control, {"text": [core[lang]]}, "textarea"))
        tasks.append({"data": {TEXT: text, "doc_id": ann.id, "lang": ann.lang},
                      "annotations": [{"result": result}]})
    return tasks


# ----------------------------------------------------------------------------- export → annotations
@dataclass
class ExportReport:
    """What a conversion kept and what it left out, by task."""

    converted: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # every annotation cancelled (skipped in the UI)
    unannotated: list[str] = field(default_factory=list)  # no annotation submitted yet

    def summary(self) -> str:
        parts = [f"converted {len(self.converted)}"]
        if self.skipped:
            parts.append(f"skipped or cancelled {len(self.skipped)}: {', '.join(self.skipped)}")
        if self.unannotated:
            parts.append(f"not annotated {len(self.unannotated)}: {', '.join(self.unannotated)}")
        return "; ".join(parts)


def _utf16_to_codepoints(text: str, offset: int) -> int | None:
    units = 0
    for i, ch in enumerate(text):
        if units == offset:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text) if units == offset else None


def _offsets(text: str, value: dict[str, Any], where: str) -> tuple[int, int]:
    try:
        start, end = int(value["start"]), int(value["end"])
    except (KeyError, TypeError, ValueError):
        raise LabelStudioError("a text region without start/end offsets", doc=where) from None
    shown = value.get("text")
    if 0 <= start <= end <= len(text) and (shown is None or text[start:end] == shown):
        return start, end
    s16, e16 = _utf16_to_codepoints(text, start), _utf16_to_codepoints(text, end)
    if s16 is not None and e16 is not None and shown is not None and text[s16:e16] == shown:
        return s16, e16  # counted in UTF-16 units: converted
    raise LabelStudioError(f"region [{start}, {end}) does not hold {shown!r} in the task text", doc=where)


def _latest(annotations: list[dict[str, Any]]) -> dict[str, Any] | None:
    kept = [a for a in annotations if not a.get("was_cancelled") and a.get("result") is not None]
    if not kept:
        return None
    return max(kept, key=lambda a: (str(a.get("updated_at") or a.get("created_at") or ""), a.get("id") or 0))


def annotations_from_export(export: Any, types: TypeRegistry | None = None, *,
                            source: str = "<export>") -> tuple[list[Annotation], ExportReport]:
    """Turn a Label Studio JSON export (a list of tasks) into annotation records: the last submitted
    annotation of each task; skipped/cancelled and unannotated tasks are reported, not converted. A
    label that is not ours, or a region that does not fit the text, is an error naming the task."""
    types = types or load_types()
    type_names = {t.name for t in types}
    field_names = {name for name, _, _ in field_labels(types)}
    if not isinstance(export, list):
        raise LabelStudioError("a Label Studio JSON export is a list of tasks", doc=source)
    out: list[Annotation] = []
    report = ExportReport()
    for n, task in enumerate(export):
        if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
            raise LabelStudioError(f"item {n} is not a task (no 'data' object)", doc=source)
        data = task["data"]
        text = data.get(TEXT)
        task_id = str(data.get("doc_id") or f"ls-{task.get('id', n)}")
        where = f"{source}: task {task.get('id', n)} ({task_id})"
        if not isinstance(text, str):
            raise LabelStudioError("the task has no 'text'", doc=where)
        raw = task.get("annotations")
        if raw is None:
            raw = task.get("completions", [])  # exports of Label Studio < 1.0
        if not isinstance(raw, list):
            raise LabelStudioError("'annotations' is not a list", doc=where)
        chosen = _latest(raw)
        if chosen is None:
            (report.skipped if raw else report.unannotated).append(task_id)
            continue
        ann = Annotation(id=task_id, lang=data.get("lang") or ("zh" if has_cjk(text) else "en"), text=text)
        core: dict[str, str] = {}
        for region in chosen["result"]:
            if not isinstance(region, dict) or not isinstance(region.get("value"), dict):
                raise LabelStudioError("a result item is not a region", doc=where)
            control, value = region.get("from_name"), region["value"]
            if control == TYPE:
                choices = value.get("choices") or []
                if len(choices) != 1 or choices[0] not in type_names:
                    raise LabelStudioError(f"unknown announcement type {choices!r}", doc=where)
                ann.type = choices[0]
            elif control in (FIELD, SECTION):
                labels = value.get("labels") or []
                known = field_names if control == FIELD else set(LABELS)
                if len(labels) != 1 or labels[0] not in known:
                    raise LabelStudioError(f"unknown {control} label {labels!r}", doc=where)
                start, end = _offsets(text, value, where)
                if control == FIELD:
                    ann.fields.append({"name": labels[0], "value": text[start:end], "start": start, "end": end})
                else:
                    ann.segments.append({"start": start, "end": end, "section": labels[0]})
            elif control in (CORE_ZH, CORE_EN):
                lines = value.get("text") or []
                if lines:
                    core["zh" if control == CORE_ZH else "en"] = " ".join(str(x) for x in lines).strip()
            else:
                raise LabelStudioError(f"unknown control {control!r} (not made by `summarizer label-studio config`)",
                                       doc=where)
        ann.fields.sort(key=lambda f: (f["start"], f["end"], f["name"]))
        ann.segments.sort(key=lambda s: (s["start"], s["end"]))
        if core:
            ann.meta["core_event"] = core
        out.append(ann)
        report.converted.append(task_id)
    return out, report


def load_export(path: str | Path) -> Any:
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LabelStudioError(f"not a readable JSON export ({exc})", doc=str(path)) from None


def write_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` all or nothing: a temporary file beside it, then a rename."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
