"""Training the linear section classifier (``summarizer train classifier``, the default ``--kind linear``):
full-batch gradient descent on a class-weighted cross-entropy, with cross-validation by filing.
The model it writes is run by :class:`summarizer.backends.linear.LinearClassifier`."""

from __future__ import annotations

from typing import Any, Iterable

from ..backends.linear import LinearClassifier, features
from ..errors import ConfigError, MissingDependencyError
from ..pipeline import Summarizer
from ..stages.classify import LABELS
from .annotations import aligned_labels
from .metrics import macro_f1

__all__ = ["train_classifier", "fit_softmax"]


def _examples(annotations: Iterable, summarizer, ngrams: bool) -> list[tuple[dict[str, float], str, str]]:
    clf = LinearClassifier(model={})  # rules only, to compute the rule features
    rows = []
    for ann in annotations:
        if not ann.segments:
            continue
        doc = summarizer.segmenter(summarizer.reader.read(ann.text, doc_id=ann.id))
        labelled, rule_labels, heads = clf._context(doc)
        for i, ((seg, forced, scores), gold) in enumerate(zip(labelled, aligned_labels(doc, ann.segments))):
            if gold is None or forced:
                continue
            rows.append((features(doc, seg, scores, rule_labels, i, heads[i], ngrams), gold, ann.id))
    return rows


def fit_softmax(rows: list[tuple[dict[str, float], str]], labels: list[str], *, epochs: int, l2: float, lr: float,
                min_count: int, dtype: str = "float64", balanced: bool = False):
    """Multinomial logistic regression by full-batch gradient descent on the (class-weighted, with
    ``balanced``) cross-entropy, L2-penalised: ``rows`` are (sparse features, gold label); features seen
    in fewer than ``min_count`` rows are left out. Returns (vocabulary, weights [feature × label], bias)
    as numpy arrays of ``dtype``. Shared by the section classifier and the type back-off."""
    try:
        import numpy as np
    except ImportError as exc:  # pragma: no cover - numpy is a core dependency
        raise MissingDependencyError("training needs numpy", hint="pip install numpy") from exc
    counts: dict[str, int] = {}
    for feats, _ in rows:
        for f in feats:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= min_count and f != "bias")
    index = {f: i for i, f in enumerate(vocab)}
    X = np.zeros((len(rows), len(vocab)), dtype=np.float32)
    y = np.zeros(len(rows), dtype=np.int64)
    for r, (feats, gold) in enumerate(rows):
        for f, v in feats.items():
            j = index.get(f)
            if j is not None:
                X[r, j] = v
        y[r] = labels.index(gold)
    W = np.zeros((len(vocab), len(labels)), dtype=dtype)
    b = np.zeros(len(labels), dtype=dtype)
    Y = np.eye(len(labels), dtype=dtype)[y]
    # class weights: rare labels count as much as common ones
    cw = (len(rows) / (len(labels) * (Y.sum(0) + 1)))[y][:, None] if balanced else None
    for _ in range(epochs):  # full-batch gradient descent on the weighted cross-entropy
        Z = X @ W + b
        Z -= Z.max(1, keepdims=True)
        P = np.exp(Z)
        P /= P.sum(1, keepdims=True)
        G = ((P - Y) * cw if cw is not None else P - Y) / len(rows)
        W -= lr * (X.T @ G + l2 * W)
        b -= lr * G.sum(0)
    return vocab, W, b


def _fit(rows, *, epochs: int, l2: float, lr: float, min_count: int, ngrams: bool = True,
         balanced: bool = False) -> dict[str, Any]:
    import numpy as np

    labels = list(LABELS)
    vocab, W, b = fit_softmax([(feats, gold) for feats, gold, _ in rows], labels, epochs=epochs, l2=l2, lr=lr,
                              min_count=min_count, balanced=balanced)
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
        report["cv_folds"] = folds
        report["cv_macro_f1_model"] = macro_f1(pairs_model)
        report["cv_macro_f1_rules"] = macro_f1(pairs_rules)
        report["note"] = "cross-validated over filings, on paragraphs no structural rule decides"
    return {"model": model, "report": report}
