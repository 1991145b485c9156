"""``summarizer evaluate``: quality against annotated filings (the JSONL of DESIGN.md).

Per announcement type and overall:

* type accuracy (detected type vs annotated type);
* section macro-F1: each annotated paragraph against the predicted label of the paragraph that
  overlaps it most;
* field precision / recall / F1 over the key fields (:data:`EVAL_FIELDS`), values compared after
  normalisation (NFKC full/half width, case, spaces and punctuation, traditional → simplified; a
  company's legal form and an indication's bracketed abbreviation ignored: :func:`field_key`);
* citation precision (a field's citation holds its gold evidence; an item's citation is a paragraph
  whose gold section the summary section draws from) and recall (gold fields cited at their evidence);
* faithfulness violations (and what the check withheld: bullets and fields it could not verify);
* ROUGE-1/2/L F1 against reference summaries: English by word, Chinese by character and by jieba
  word (the common ``rouge_score`` package tokenises Chinese to nothing and scores it 0).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..pipeline import Summarizer
from .annotations import Annotation, load_annotations
from ..lexicon.glossary import has_cjk
from ..lexicon.normalize import number_tokens, numbers_in
from ..stages.check import month_numbers
from ..stages.compose import CORE_MAX_CHARS
from .metrics import company_aliases, drug_aliases, field_key, field_keys, macro_f1, normalize_value, prf, ratio, rouge

BODY = "body"  # a gold paragraph that is not boilerplate, its section not annotated (real corpus)

__all__ = ["evaluate", "evaluate_corpus", "EVAL_FIELDS", "rouge", "normalize_value", "format_report", "format_corpus_report"]

EVAL_FIELDS = (
    "company", "regulator", "drug_name", "dosage_form", "specification", "registration_category",
    "application_item", "acceptance_number", "notification_number", "certificate_number", "approval_number",
    "indication", "trial_phase", "designation", "milestone", "trial_id", "enrollment", "partner", "upfront",
    "milestones", "territory", "pdufa_date",
)


# ----------------------------------------------------------------------------- scoring
@dataclass
class _Acc:
    docs: int = 0
    type_ok: int = 0
    labels: list[tuple[str, str]] = field(default_factory=list)
    field_tp: Counter = field(default_factory=Counter)
    field_fp: Counter = field(default_factory=Counter)
    field_fn: Counter = field(default_factory=Counter)
    cite_ok: int = 0
    cite_all: int = 0
    gold_cited: int = 0
    gold_fields: int = 0
    violations: int = 0
    withheld: int = 0  # bullets and fields the check could not verify, left out (Summary.withheld)
    rouge: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: list[str] = field(default_factory=list)
    core: Counter = field(default_factory=Counter)
    shown: Counter = field(default_factory=Counter)
    junk_items: int = 0
    cjk_in_english: int = 0
    core_full_other: int = 0  # the core viewpoint in the other language, a translation, not a gist
    indications: Counter = field(default_factory=Counter)  # shown in English / fully translated
    items: Counter = field(default_factory=Counter)  # all / with a full other-language translation
    core_too_long: int = 0
    # true claims (real corpus, where the annotation records the event): templated event claims, and
    # those that contradict the annotation (another company's news, the wrong kind of event, a
    # setback told as progress)
    event_claims: Counter = field(default_factory=Counter)

    def report(self) -> dict[str, Any]:
        tp, fp, fn = sum(self.field_tp.values()), sum(self.field_fp.values()), sum(self.field_fn.values())
        per_field = {}
        for name in sorted(set(self.field_tp) | set(self.field_fp) | set(self.field_fn)):
            per_field[name] = prf(self.field_tp[name], self.field_fp[name], self.field_fn[name])
        return {
            "documents": self.docs,
            "type_accuracy": ratio(self.type_ok, self.docs),
            "section_macro_f1": macro_f1(self.labels),
            "fields": prf(tp, fp, fn),
            "per_field": per_field,
            "citation_precision": ratio(self.cite_ok, self.cite_all),
            "citation_recall": ratio(self.gold_cited, self.gold_fields),
            "faithfulness_violations": self.violations,
            "withheld_unsupported": self.withheld,
            "rouge": {k: round(sum(v) / len(v), 4) for k, v in sorted(self.rouge.items()) if v},
            "errors": self.errors,
            "core_viewpoint_en": ratio(self.core["en"], self.docs),
            "core_viewpoint_zh": ratio(self.core["zh"], self.docs),
            "fields_zh_also_en": ratio(self.shown["both"], self.shown["zh"]),
            "fields_en_also_zh": ratio(self.shown["both"], self.shown["en"]),
            "junk_items": self.junk_items,
            "english_with_cjk": self.cjk_in_english,
            "core_viewpoint_other_full": ratio(self.core_full_other, self.docs),
            "indications_fully_translated": ratio(self.indications["full"], self.indications["shown"]),
            "items_fully_translated": ratio(self.items["full"], self.items["all"]),
            "items_shown_other": ratio(self.items["shown"], self.items["all"]),
            "item_figures_carried": ratio(self.items["figures_carried"], self.items["figures"]),
            "core_viewpoint_too_long": self.core_too_long,
            "event_claims": self.event_claims["claims"],
            "event_claims_false": self.event_claims["false"],
            "event_claims_false_rate": ratio(self.event_claims["false"], self.event_claims["claims"]),
            "core_names_event": ratio(self.event_claims["core_names_event"], self.event_claims["annotated"]),
            "events_annotated": self.event_claims["annotated"],
            "setbacks_stated_as_setbacks": ratio(self.event_claims["setback_ok"], self.event_claims["setbacks"]),
        }


def gold_keys(name: str, value: str, text: str) -> frozenset[str]:
    """The keys under which a prediction matches the annotated ``value``: :func:`field_keys`, and for a
    drug also each other name the text itself gives it in brackets (:func:`drug_aliases`), for a company
    the short or full name the text defines for it (:func:`company_aliases`)."""
    keys = field_keys(name, value)
    if name == "drug_name":
        return keys | drug_aliases(text, value)
    return keys | company_aliases(text, value) if name == "company" else keys


def _score_one(ann: Annotation, summarizer: Summarizer, accs: list[_Acc]) -> None:
    doc = summarizer.analyse(ann.text, doc_id=ann.id)
    summary = summarizer(doc)
    doctype = summarizer.types[summary.doc_type]
    for acc in accs:
        acc.docs += 1
        acc.type_ok += int(ann.type is None or summary.doc_type == ann.type)
        acc.violations += len(summary.violations)
        acc.withheld += len(summary.withheld)
    # sections
    for gold in ann.segments:
        best, overlap = None, 0
        for seg in doc.segments:
            o = min(seg.end, gold["end"]) - max(seg.start, gold["start"])
            if o > overlap:
                best, overlap = seg, o
        pred = best.section if best is not None else "none"
        if gold["section"] == BODY:  # real corpus: only boilerplate lines are labelled
            continue
        for acc in accs:
            acc.labels.append((gold["section"], pred or "none"))
    gold_label = {}
    for seg in doc.segments:
        for gold in ann.segments:
            if min(seg.end, gold["end"]) - max(seg.start, gold["start"]) > 0:
                gold_label[seg.index] = gold["section"]
                break
    # fields
    gold_by_name: dict[str, list[dict]] = defaultdict(list)
    for g in ann.fields:
        if g["name"] in EVAL_FIELDS:
            gold_by_name[g["name"]].append(g)
    predicted = {f.name: f for f in summary.fields if f.name in EVAL_FIELDS}
    for name in set(gold_by_name) | set(predicted):
        golds = set().union(*(gold_keys(name, g["value"], ann.text) for g in gold_by_name.get(name, ())))
        pred = predicted.get(name)
        ok = pred is not None and not golds.isdisjoint(field_keys(name, pred.value))
        for acc in accs:
            if ok:
                acc.field_tp[name] += 1
            else:
                if pred is not None:
                    acc.field_fp[name] += 1
                if golds:
                    acc.field_fn[name] += 1
        for g in gold_by_name.get(name, ()):
            cited = pred is not None and any(
                doc.segment(c).start <= start < doc.segment(c).end for c in pred.citations for start, _ in _gold_spans(g))
            for acc in accs:
                acc.gold_fields += 1
                acc.gold_cited += int(cited)
    # citations
    ok_cites = all_cites = 0
    for f in summary.fields:
        for c in f.citations:
            all_cites += 1
            seg = doc.segment(c)
            golds = gold_by_name.get(f.name)
            if golds:
                ok_cites += int(any(seg.start <= start < seg.end for g in golds for start, _ in _gold_spans(g)))
            else:
                ok_cites += int(f.value in seg.text or f.value in doc.search_text[seg.start : seg.end])
    specs = {s.key: s for s in doctype.sections}
    for path, item in summary.iter_items():
        if path == "core_viewpoint":
            allowed = None
        else:
            section = summary.sections[int(path.split("[")[1].split("]")[0])]
            allowed = set(specs[section.key].labels) if section.key in specs else None
        for c in item.citations:
            all_cites += 1
            label = gold_label.get(c, "boilerplate")
            ok_cites += int(label != "boilerplate" and (allowed is None or label in allowed or label == BODY
                                                         or item.origin == "template"))
    for acc in accs:
        acc.cite_ok += ok_cites
        acc.cite_all += all_cites
    _score_output(summary, gold_label, accs)
    _score_event(ann, summary, accs)
    # ROUGE
    for lang, reference in ann.summary.items():
        if lang not in ("en", "zh") or not reference:
            continue
        text = summary.to_text(lang)
        units = ("word",) if lang == "en" else ("char", "jieba")
        for unit in units:
            for metric, value in rouge(text, reference, unit=unit).items():
                for acc in accs:
                    acc.rouge[f"{lang}_{unit}_{metric}"].append(value)


def _gold_spans(g: dict) -> list[tuple[int, int]]:
    return [tuple(s) for s in g.get("spans") or [(g["start"], g["end"])]]


def _score_output(summary, gold_label: dict[int, str], accs: list[_Acc]) -> None:
    """What a reader sees: the core viewpoint in each language, fields shown in one language but not
    the other, Chinese characters in English output, items drawn only from boilerplate (junk)."""
    core = summary.core_viewpoint
    en_names = {f.name for f in summary.fields if f.value_en}
    zh_names = {f.name for f in summary.fields if f.value_zh}
    junk = sum(1 for path, item in summary.iter_items() if item.citations
               and all(gold_label.get(c) == "boilerplate" for c in item.citations))
    cjk_en = int(has_cjk(summary.to_text("en")))
    other = "en" if summary.lang == "zh" else "zh"
    core_full = int(bool(core.text(other)) and not core.gist)
    indications = [f for f in summary.fields if f.name == "indication" and f.display(other)]
    ind_full = sum(1 for f in indications if f.translated_by not in ("romanised", "as_written") or other == "zh")
    items = [item for path, item in summary.iter_items() if path != "core_viewpoint"]
    items_full = sum(1 for item in items if item.text(other) and not item.gist)
    items_shown = sum(1 for item in items if item.text(other))
    # each number of an item's source text (a date's parts, an amount, a percentage, a count) that its
    # other-language text states too, by value (2,352万 = 23.52 million; 12月 = December)
    figures = carried = 0
    for item in items:
        tokens = number_tokens(item.text(summary.lang) or "")
        if tokens:
            there = numbers_in(item.text(other) or "") | month_numbers(item.text(other) or "")
            figures += len(tokens)
            carried += sum(1 for _, readings in tokens if readings & there)
    too_long = int(len(core.text(summary.lang) or "") > CORE_MAX_CHARS)
    for acc in accs:
        acc.core_full_other += core_full
        acc.indications["shown"] += len(indications)
        acc.indications["full"] += ind_full
        acc.items["all"] += len(items)
        acc.items["full"] += items_full
        acc.items["shown"] += items_shown
        acc.items["figures"] += figures
        acc.items["figures_carried"] += carried
        acc.core_too_long += too_long
        acc.core["en"] += int(bool(core.en))
        acc.core["zh"] += int(bool(core.zh))
        acc.shown["en"] += len(en_names)
        acc.shown["zh"] += len(zh_names)
        acc.shown["both"] += len(en_names & zh_names)
        acc.junk_items += junk
        acc.cjk_in_english += cjk_en


def event_claim_false(ann: Annotation, summary) -> bool | None:
    """Whether the summary's core viewpoint states an event the annotation contradicts; None where it
    states no templated event or the annotation records none. False when it is a claim that holds."""
    event = ann.meta.get("event") or {}
    if not event or not summary.core_viewpoint.event:
        return None
    return (event.get("filer_event") is False  # the filer's own news, not a third party's
            or (ann.type is not None and summary.doc_type != ann.type)  # the kind of event
            or (event.get("polarity") == "negative") != (summary.doc_type == "setback"))  # bad news stays bad


def _squash(text: str | None) -> str:
    return "".join((text or "").split()).lower()


def core_names_event(ann: Annotation, summary) -> bool:
    """A proxy for "the core viewpoint states the true event", scored without reading: the core (in
    the source's language) names the annotated event's drug, or where none is annotated its actor or
    the filer, and makes no event claim the annotation contradicts."""
    event = ann.meta.get("event") or {}
    if event_claim_false(ann, summary):
        return False
    core = _squash(summary.core_viewpoint.text(summary.lang))
    if event.get("drug"):
        names = [event["drug"]]
    else:
        names = [event.get("actor")] + [f["value"] for f in ann.fields if f["name"] == "company"]
    return any(n and _squash(n) in core for n in names)


def _score_event(ann: Annotation, summary, accs: list[_Acc]) -> None:
    event = ann.meta.get("event") or {}
    if not event:
        return
    false = event_claim_false(ann, summary)
    names = core_names_event(ann, summary)
    negative = event.get("polarity") == "negative"
    for acc in accs:
        acc.event_claims["annotated"] += 1
        acc.event_claims["claims"] += int(false is not None)
        acc.event_claims["false"] += int(bool(false))
        acc.event_claims["core_names_event"] += int(names)
        acc.event_claims["setbacks"] += int(negative)
        acc.event_claims["setback_ok"] += int(negative and summary.doc_type == "setback")


def evaluate(annotations: Iterable[Annotation] | str | Path, summarizer: Summarizer | None = None) -> dict[str, Any]:
    """Score ``summarizer`` (default: the offline engine) on annotated filings."""
    if isinstance(annotations, (str, Path)):
        annotations = load_annotations(annotations)
    summarizer = summarizer or Summarizer()
    overall = _Acc()
    by_type: dict[str, _Acc] = defaultdict(_Acc)
    by_lang: dict[str, _Acc] = defaultdict(_Acc)
    for ann in annotations:
        try:
            _score_one(ann, summarizer, [overall, by_type[ann.type or "unknown"], by_lang[ann.lang]])
        except Exception as exc:  # one broken record must not hide the others' figures
            overall.errors.append(f"{ann.id}: {type(exc).__name__}: {exc}")
    return {
        "overall": overall.report(),
        "by_type": {k: v.report() for k, v in sorted(by_type.items())},
        "by_lang": {k: v.report() for k, v in sorted(by_lang.items())},
    }


def evaluate_corpus(folder: str | Path, summarizer: Summarizer | None = None, *,
                    splits: tuple[str, ...] = ("test", "train")) -> dict[str, Any]:
    """Score a real corpus folder (``seeds/real``) split by split, test first; filings whose text is
    not in the cache are listed, not scored."""
    from .real import corpus_annotations

    summarizer = summarizer or Summarizer()
    out: dict[str, Any] = {"corpus": str(folder), "splits": {}, "missing_from_cache": []}
    for split in splits:
        missing: list[str] = []
        report = evaluate(list(corpus_annotations(folder, split=split, missing=missing)), summarizer)
        out["splits"][split] = report
        out["missing_from_cache"] += missing
    return out


def format_corpus_report(report: dict[str, Any]) -> str:
    lines = [f"corpus {report['corpus']}"]
    if report["missing_from_cache"]:
        lines.append(f"NOT SCORED, missing from the cache ({len(report['missing_from_cache'])}): "
                     + ", ".join(report["missing_from_cache"]) + "  (see seeds/real/README.md: refilling the cache)")
    for split, r in report["splits"].items():
        lines += ["", f"## split: {split}" + ("  (frozen, never tuned on)" if split == "test" else "  (rules are tuned on it: in-sample)"),
                  "", format_report(r), "", _format_output_table(r)]
    return "\n".join(lines)


def _format_output_table(report: dict[str, Any]) -> str:
    def fmt(x: Any) -> str:
        return "-" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)

    lines = ["| group | core viewpoint en | core viewpoint zh | core in other language, not a gist | "
             "zh fields also in en | en fields also in zh | indications fully translated | "
             "items fully translated | items in other language | item figures carried | junk items | "
             "English with CJK | core over length limit |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, r in [("overall", report["overall"])] + [(f"lang:{k}", v) for k, v in report["by_lang"].items()]:
        lines.append(f"| {name} | {fmt(r['core_viewpoint_en'])} | {fmt(r['core_viewpoint_zh'])} | "
                     f"{fmt(r['core_viewpoint_other_full'])} | "
                     f"{fmt(r['fields_zh_also_en'])} | {fmt(r['fields_en_also_zh'])} | "
                     f"{fmt(r['indications_fully_translated'])} | {fmt(r['items_fully_translated'])} | "
                     f"{fmt(r.get('items_shown_other'))} | {fmt(r.get('item_figures_carried'))} | "
                     f"{r['junk_items']} | {r['english_with_cjk']} | {r['core_viewpoint_too_long']} |")
    lines += ["", "| group | filings with an annotated event | templated event claims | false event claims | "
              "false claim rate | setbacks stated as setbacks | core names the event's drug, no false claim |",
              "| --- | --- | --- | --- | --- | --- | --- |"]
    for name, r in [("overall", report["overall"])] + [(f"lang:{k}", v) for k, v in report["by_lang"].items()]:
        lines.append(f"| {name} | {r['events_annotated']} | {r['event_claims']} | {r['event_claims_false']} | "
                     f"{fmt(r['event_claims_false_rate'])} | {fmt(r['setbacks_stated_as_setbacks'])} | "
                     f"{fmt(r['core_names_event'])} |")
    for lang, r in report["by_lang"].items():
        fields = ", ".join(f"{n} {s['f1']:.2f} ({s['tp']}/{s['tp'] + s['fn']})" for n, s in sorted(r["per_field"].items()))
        lines.append(f"\nper-field F1 ({lang}; tp/gold): {fields}")
        shown = ", ".join(f"{n} {s['precision']:.2f} ({s['tp']}/{s['tp'] + s['fp']})"
                          for n, s in sorted(r["per_field"].items()) if s["tp"] + s["fp"])
        lines.append(f"per-field precision ({lang}; right/shown): {shown}")
    return "\n".join(lines)


def format_report(report: dict[str, Any]) -> str:
    def fmt(x: Any) -> str:
        return "-" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)

    rows = [("overall", report["overall"])] + [(f"lang:{k}", v) for k, v in report["by_lang"].items()] + \
        list(report["by_type"].items())
    lines = ["| group | docs | type acc | section macro-F1 | field P | field R | field F1 | cite P | cite R | violations "
             "| withheld |", "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for name, r in rows:
        f = r["fields"]
        lines.append(f"| {name} | {r['documents']} | {fmt(r['type_accuracy'])} | {fmt(r['section_macro_f1'])} | "
                     f"{fmt(f['precision'])} | {fmt(f['recall'])} | {fmt(f['f1'])} | {fmt(r['citation_precision'])} | "
                     f"{fmt(r['citation_recall'])} | {r['faithfulness_violations']} | {r.get('withheld_unsupported', 0)} |")
    if report["overall"]["rouge"]:
        lines.append("")
        lines.append("ROUGE F1 (documents with a reference summary): " + ", ".join(
            f"{k} {v:.3f}" for k, v in report["overall"]["rouge"].items()))
    worst = sorted(((n, s) for n, s in report["overall"]["per_field"].items()), key=lambda x: x[1]["f1"])[:6]
    lines.append("")
    lines.append("lowest field F1: " + ", ".join(f"{n} {s['f1']:.2f} (fp {s['fp']}, fn {s['fn']})" for n, s in worst))
    if report["overall"]["errors"]:
        lines.append("errors: " + "; ".join(report["overall"]["errors"]))
    return "\n".join(lines)
