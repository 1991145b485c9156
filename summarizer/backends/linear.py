"""A trained section classifier: multinomial logistic regression over sparse features.

Features of a paragraph: character 1-2-grams (Chinese, on the simplified view) or word 1-2-grams
(English) of its first 160 characters, the keyword classifier's scores, the label of its heading, its
kind, its relative position, and the rule labels of its neighbours. Structural rules (the header zone
before the board's guarantee, English "About X" sections, headings) still decide the paragraphs they
cover; the model labels the rest. Where no model file exists the keyword rules label everything.

The artifact is one JSON file (labels, feature vocabulary, weights): small, diffable, no pickle.
``summarizer train classifier ANNOTATIONS.jsonl`` retrains it (:mod:`summarizer.training.linear`).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..resources import models_dir
from ..stages.classify import KeywordClassifier
from ..types import Document, Segment, evolve

__all__ = ["LinearClassifier", "features", "default_model_path"]

_WORD_RE = re.compile(r"[a-z][a-z0-9\-']*|\d+")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def default_model_path() -> Path:
    return models_dir() / "classifier" / "sections.json"


def features(doc: Document, seg: Segment, rule: dict[str, float], rule_labels: list[str], i: int,
             heading_label: str | None, ngrams: bool = True) -> dict[str, float]:
    """Sparse features of segment ``i`` (``rule_labels`` are the keyword classifier's labels)."""
    text = doc.search_text[seg.start : seg.end][:160]
    out: dict[str, float] = {"bias": 1.0, f"kind={seg.kind}": 1.0, f"lang={doc.lang}": 1.0}
    if not ngrams:
        pass
    elif doc.lang == "en":
        words = _WORD_RE.findall(text.lower())
        for w in words:
            out[f"w={w}"] = 1.0
        for a, b in zip(words, words[1:]):
            out[f"w2={a}_{b}"] = 1.0
    else:
        chars = [c for c in text if not c.isspace()]
        for c in chars:
            if _CJK_RE.match(c):
                out[f"c={c}"] = 1.0
        for a, b in zip(chars, chars[1:]):
            out[f"c2={a}{b}"] = 1.0
    top = max(rule.values()) or 1.0
    for label, score in rule.items():
        if score > 0:
            out[f"rule={label}"] = score / top
    out[f"rulebest={rule_labels[i]}"] = 1.0
    if i > 0:
        out[f"prev={rule_labels[i - 1]}"] = 1.0
    if i + 1 < len(rule_labels):
        out[f"next={rule_labels[i + 1]}"] = 1.0
    if heading_label:
        out[f"head={heading_label}"] = 1.0
    n = len(doc.segments)
    out[f"pos={min(4, int(5 * (seg.index - 1) / max(n, 1)))}"] = 1.0
    out["short"] = 1.0 if len(text) < 40 else 0.0
    out["digits"] = min(1.0, len(re.findall(r"\d", text)) / 20)
    return out


class LinearClassifier:
    """Trained logistic regression with keyword rules as the fallback and for structural overrides."""

    name = "linear"

    def __init__(self, model: str | Path | dict[str, Any] | None = None) -> None:
        self.rules = KeywordClassifier()
        if isinstance(model, dict):
            data: dict[str, Any] | None = model
        else:
            path = Path(model) if model else default_model_path()
            data = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else None
            if model and data is None:
                raise ConfigError(f"classifier model {path} does not exist")
        self.data = data
        if data:
            self.labels: list[str] = data["labels"]
            self.vocab: dict[str, int] = {f: i for i, f in enumerate(data["features"])}
            self.weights: list[list[float]] = data["weights"]  # feature × label
            self.bias: list[float] = data["bias"]
            self.ngrams: bool = data.get("ngrams", True)

    def _context(self, doc: Document):
        labelled = self.rules.label(doc)
        rule_labels = [seg.section or "core_event" for seg, _, _ in labelled]
        by_index = {seg.index: seg for seg, _, _ in labelled}
        heads = [by_index[seg.heading].section if seg.heading in by_index else None for seg, _, _ in labelled]
        return labelled, rule_labels, heads

    def predict_proba(self, feats: dict[str, float]) -> list[float]:
        z = list(self.bias)
        for name, value in feats.items():
            j = self.vocab.get(name)
            if j is None or not value:
                continue
            row = self.weights[j]
            for k in range(len(z)):
                z[k] += row[k] * value
        top = max(z)
        exps = [math.exp(v - top) for v in z]
        total = sum(exps)
        return [e / total for e in exps]

    def __call__(self, doc: Document) -> Document:
        labelled, rule_labels, heads = self._context(doc)
        if not self.data:
            return replace(doc, segments=tuple(seg for seg, _, _ in labelled))
        out = []
        for i, (seg, forced, scores) in enumerate(labelled):
            if forced:
                out.append(seg)
                continue
            probs = self.predict_proba(features(doc, seg, scores, rule_labels, i, heads[i], self.ngrams))
            k = max(range(len(probs)), key=probs.__getitem__)
            out.append(evolve(seg, section=self.labels[k], score=round(probs[k], 4)))
        return replace(doc, segments=tuple(out))
