"""A statistical back-off for the announcement type: multinomial logistic regression over the
headline's and lead's character bigrams (Chinese, on the simplified view) or words and word pairs
(English).

The type patterns decide; the model is asked only where they are silent (no type reached the
threshold: the rules' "other" for want of evidence), and its reading is taken only where it is sure of
it (p >= 0.5). A type the model chose never carries an event template (the document is marked
uncertain), so a wrong guess changes the summary's layout and fields, never the claim it makes. Why so
narrow, with the first-contact checks behind it: ``models/classifier/README.md``.

The artifact is one JSON file (labels, features, sparse weights): small, diffable, no pickle.
``summarizer train types seeds/real`` retrains it on the real corpus's training split
(:mod:`summarizer.training.typemodel`).
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..resources import models_dir
from ..types import Document

__all__ = ["TypeModel", "type_features", "default_type_model_path", "HEAD_CHARS", "BODY_CHARS"]

HEAD_CHARS = 200  # the first lines (headline, dateline, lead's start), weighted twice
BODY_CHARS = 1200  # the lead the bigrams are read from
_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[a-z][a-z\-]+")


def default_type_model_path() -> Path:
    return models_dir() / "classifier" / "types.json"


def type_features(text: str, lang: str) -> dict[str, float]:
    """Sparse, L2-normalised features of a filing's opening (``text``: the simplified view for Chinese)."""
    f: dict[str, float] = {}
    get = f.get
    if lang == "zh":
        lines = [line.strip() for line in text[: BODY_CHARS * 2].split("\n") if line.strip()]
        head = _SPACE_RE.sub("", "".join(lines[:3]))[:HEAD_CHARS]
        body = _SPACE_RE.sub("", text[: BODY_CHARS * 2])[:BODY_CHARS]
        for part, weight, prefix in ((head, 2.0, "h"), (body, 1.0, "b")):
            for i in range(len(part) - 1):
                key = prefix + part[i : i + 2]
                f[key] = get(key, 0.0) + weight
    else:
        words = _WORD_RE.findall(text[:1500].lower())
        for key in [*("b" + a + " " + b for a, b in zip(words, words[1:])), *("w" + w for w in words)]:
            f[key] = get(key, 0.0) + 1.0
    norm = math.sqrt(sum(v * v for v in f.values())) or 1.0
    return {k: v / norm for k, v in f.items()}


class TypeModel:
    """Load with :meth:`load`; :meth:`predict` gives (type, probability)."""

    def __init__(self, data: dict[str, Any]) -> None:
        try:
            self.labels: list[str] = list(data["labels"])
            self.bias: list[float] = [float(v) for v in data["bias"]]
            # feature → [[label index, weight], …]: only the weights the model uses, as parsed (no copy:
            # loading is part of a cold run)
            self.weights: dict[str, list[list[float]]] = data["weights"]
            if not isinstance(self.weights, dict) or len(self.bias) != len(self.labels):
                raise ValueError("weights must map features to [label, weight] pairs, one bias per label")
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"not a type model: {exc}") from exc

    @classmethod
    def load(cls, path: str | Path) -> "TypeModel":
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot read the type model {path}: {exc}") from exc
        return cls(data)

    def scores(self, feats: dict[str, float]) -> dict[str, float]:
        z = list(self.bias)
        weights = self.weights
        for name, value in feats.items():
            pairs = weights.get(name)
            if pairs:
                for i, w in pairs:
                    z[i] += value * w
        top = max(z)
        exp = [math.exp(v - top) for v in z]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.labels, exp)}

    def predict(self, doc: Document) -> tuple[str, float]:
        probs = self.scores(type_features(doc.search_text, doc.lang))
        best = max(probs, key=probs.__getitem__)
        return best, probs[best]
