"""Train the type back-off (:mod:`summarizer.backends.typemodel`) on annotated filings.

``summarizer train types seeds/real`` fits it on the real corpus's **training split** only (the test
split stays unseen) and writes ``models/classifier/types.json``. Full-batch gradient descent on the
cross-entropy with an L2 penalty, numpy only; deterministic.
"""

from __future__ import annotations

import random
from typing import Any, Iterable

from ..backends.typemodel import type_features
from .linear import fit_softmax

__all__ = ["train_type_model"]


def _fit(rows: list[tuple[dict[str, float], str]], labels: list[str], *, epochs: int, l2: float, lr: float,
         min_count: int, keep_above: float) -> dict[str, Any]:
    vocab, W, b = fit_softmax(rows, labels, epochs=epochs, l2=l2, lr=lr, min_count=min_count, dtype="float32")
    weights: dict[str, list[list[float]]] = {}
    for f, row in zip(vocab, W):
        pairs = [[i, round(float(w), 3)] for i, w in enumerate(row) if abs(w) >= keep_above]
        if pairs:
            weights[f] = pairs
    return {"labels": labels, "bias": [round(float(v), 4) for v in b], "weights": weights}


def train_type_model(annotations: Iterable, *, summarizer=None, epochs: int = 400, l2: float = 1e-4,
                     lr: float = 4.0, min_count: int = 4, keep_above: float = 0.2, folds: int = 0,
                     seed: int = 0) -> dict[str, Any]:
    """``annotations``: objects with ``text``, ``lang`` and ``type`` (the real corpus's training split,
    e.g. :func:`summarizer.training.real.corpus_annotations`); the defaults are the shipped model's
    (features seen in 4 filings, weights from 0.2). Returns ``{"model": …, "report": …}``;
    with ``folds`` the report has the cross-validated accuracy per language (the model alone)."""
    from ..pipeline import Summarizer
    from ..backends.typemodel import TypeModel

    summarizer = summarizer or Summarizer()
    rows: list[tuple[dict[str, float], str, str]] = []
    for ann in annotations:
        if not ann.type:
            continue
        doc = summarizer.reader.read(ann.text, doc_id=getattr(ann, "id", None))
        rows.append((type_features(doc.search_text, doc.lang), ann.type, doc.lang))
    labels = sorted({t for _, t, _ in rows})
    report: dict[str, Any] = {"filings": len(rows), "types": len(labels)}
    if folds > 1:
        order = list(range(len(rows)))
        random.Random(seed).shuffle(order)
        right: dict[str, list[int]] = {}
        for k in range(folds):
            held = set(order[k::folds])
            model = TypeModel(_fit([(f, t) for i, (f, t, _) in enumerate(rows) if i not in held], labels,
                                   epochs=epochs, l2=l2, lr=lr, min_count=min_count, keep_above=keep_above))
            for i in held:
                feats, gold, lang = rows[i]
                probs = model.scores(feats)
                right.setdefault(lang, []).append(int(max(probs, key=probs.__getitem__) == gold))
        for lang, hits in sorted(right.items()):
            report[f"cv_accuracy_{lang}"] = round(sum(hits) / len(hits), 3)
    model = _fit([(f, t) for f, t, _ in rows], labels, epochs=epochs, l2=l2, lr=lr, min_count=min_count,
                 keep_above=keep_above)
    report["features"] = len(model["weights"])
    return {"model": model, "report": report}
