"""A trained section classifier: multinomial logistic regression over sparse features.

Features of a paragraph: character 1-2-grams (Chinese, on the simplified view) or word 1-2-grams
(English) of its first 160 characters, the keyword classifier's scores, the label of its heading, its
kind, its relative position, and the rule labels of its neighbours. Structural rules (the header zone
before the board's guarantee, English "About X" sections, headings) still decide the paragraphs they
cover; the model labels the rest. Where no model file exists the keyword rules label everything.

The artifact is one JSON file (labels, feature vocabulary, weights): small, diffable, no pickle.
``summarizer train classifier ANNOTATIONS.jsonl`` retrains it; training needs numpy.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

from ..errors import ConfigError, MissingDependencyError
from ..resources import models_dir
from ..stages.classify import LABELS, KeywordClassifier
from ..types import Document, Segment, evolve

__all__ = ["LinearClassifier", "features", "train_classifier", "default_model_path"]

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


def _aligned(doc: Document, gold_segments: list[dict[str, Any]]) -> list[str | None]:
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


def _examples(annotations: Iterable, summarizer, ngrams: bool) -> list[tuple[dict[str, float], str, str]]:
    clf = LinearClassifier(model={})  # rules only, to compute the rule features
    rows = []
    for ann in annotations:
        if not ann.segments:
            continue
        doc = summarizer.segmenter(summarizer.reader.read(ann.text, doc_id=ann.id))
        labelled, rule_labels, heads = clf._context(doc)
        for i, ((seg, forced, scores), gold) in enumerate(zip(labelled, _aligned(doc, ann.segments))):
            if gold is None or forced:
                continue
            rows.append((features(doc, seg, scores, rule_labels, i, heads[i], ngrams), gold, ann.id))
    return rows


def _fit(rows, *, epochs: int, l2: float, lr: float, min_count: int, ngrams: bool = True,
         balanced: bool = False) -> dict[str, Any]:
    try:
        import numpy as np
    except ImportError as exc:  # pragma: no cover - numpy is a core dependency
        raise MissingDependencyError("training needs numpy", hint="pip install numpy") from exc
    counts: dict[str, int] = {}
    for feats, _, _ in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= min_count and f != "bias")
    index = {f: i for i, f in enumerate(vocab)}
    labels = list(LABELS)
    X = np.zeros((len(rows), len(vocab)), dtype=np.float32)
    y = np.zeros(len(rows), dtype=np.int64)
    for r, (feats, gold, _) in enumerate(rows):
        for f, v in feats.items():
            j = index.get(f)
            if j is not None:
                X[r, j] = v
        y[r] = labels.index(gold)
    W = np.zeros((len(vocab), len(labels)), dtype=np.float64)
    b = np.zeros(len(labels))
    Y = np.eye(len(labels))[y]
    # class weights: rare sections count as much as common ones
    freq = Y.sum(0) + 1
    cw = (len(rows) / (len(labels) * freq))[y][:, None] if balanced else np.ones((len(rows), 1))
    for _ in range(epochs):  # full-batch gradient descent on the weighted cross-entropy
        Z = X @ W + b
        Z -= Z.max(1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(1, keepdims=True)
        G = (P - Y) * cw / len(rows)
        W -= lr * (X.T @ G + l2 * W)
        b -= lr * G.sum(0)
    keep = np.abs(W).max(1) > 1e-3  # drop features the model does not use
    return {
        "ngrams": ngrams,
        "labels": labels,
        "features": [f for f, k in zip(vocab, keep) if k],
        "weights": [[round(float(v), 4) for v in row] for row in W[keep]],
        "bias": [round(float(v), 4) for v in b],
    }


def train_classifier(annotations: Iterable, *, summarizer=None, epochs: int = 300, l2: float = 1e-2,
                     lr: float = 2.0, min_count: int = 2, folds: int = 0, seed: int = 0,
                     ngrams: bool = False, balanced: bool = False) -> dict[str, Any]:
    """Train on annotated filings; with ``folds`` > 1 also report cross-validated macro-F1 by filing."""
    from ..pipeline import Summarizer

    summarizer = summarizer or Summarizer(classifier="keywords")
    annotations = list(annotations)
    rows = _examples(annotations, summarizer, ngrams)
    if not rows:
        raise ConfigError("no annotated paragraphs to train on (the annotations have no segments)")
    model = _fit(rows, epochs=epochs, l2=l2, lr=lr, min_count=min_count, ngrams=ngrams, balanced=balanced)
    report: dict[str, Any] = {"examples": len(rows), "filings": len(annotations), "features": len(model["features"])}
    if folds and folds > 1:
        import random

        ids = sorted({r[2] for r in rows})
        random.Random(seed).shuffle(ids)
        pairs_model, pairs_rules = [], []
        for k in range(folds):
            held = set(ids[k::folds])
            fold_model = LinearClassifier(_fit([r for r in rows if r[2] not in held], epochs=epochs, l2=l2, lr=lr,
                                               min_count=min_count, ngrams=ngrams, balanced=balanced))
            for feats, gold, doc_id in rows:
                if doc_id in held:
                    probs = fold_model.predict_proba(feats)
                    pairs_model.append((gold, fold_model.labels[max(range(len(probs)), key=probs.__getitem__)]))
                    rule = next(f[len("rulebest="):] for f in feats if f.startswith("rulebest="))
                    pairs_rules.append((gold, rule))
        from ..training.evaluate import _macro_f1

        report["cv_folds"] = folds
        report["cv_macro_f1_model"] = _macro_f1(pairs_model)
        report["cv_macro_f1_rules"] = _macro_f1(pairs_rules)
        report["note"] = "cross-validated over filings, on paragraphs no structural rule decides"
    return {"model": model, "report": report}
