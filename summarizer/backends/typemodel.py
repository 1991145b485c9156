"""A statistical back-off for the announcement type: multinomial logistic regression over the
headline's and lead's character bigrams (Chinese, on the simplified view) or words and word pairs
(English).

The type patterns decide. The model types a filing only where they are silent (no type reached the
threshold: the rules' "other" for want of evidence), and only where it gives its reading p >= 0.3; a type
it chose never carries an event template (the document is marked uncertain), so a wrong guess changes the
summary's layout and fields, never the claim it makes. Where the patterns chose an event type, the model
is a second opinion: where it all but rules that type out, the event is not stated as fact
(``Summarizer.contested``). The bars and the first-contact checks behind them:
``models/classifier/README.md``.

The artifact is one JSON file (labels, features, sparse weights): small, diffable, no pickle.
``summarizer train types seeds/real`` retrains it on the real corpus's training split
(:mod:`summarizer.training.typemodel`).
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from operator import add, mul
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..resources import models_dir
from ..types import Document

__all__ = ["TypeModel", "load_type_models", "type_features", "default_type_model_path", "HEAD_CHARS", "BODY_CHARS"]

HEAD_CHARS = 200  # the first lines (headline, dateline, lead's start), weighted twice
BODY_CHARS = 600  # the lead the bigrams are read from (1,200 before: no better on first contact, twice the cost)
EN_CHARS = 1500  # an English filing's opening the words are read from
_SPACE_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"[a-z][a-z\-]+")


def default_type_model_path() -> Path:
    return models_dir() / "classifier" / "types.json"


def _zh_parts(text: str) -> tuple[str, str]:
    """A Chinese filing's first lines (up to HEAD_CHARS) and lead (up to BODY_CHARS), spaces removed."""
    lines = [line.strip() for line in text[: BODY_CHARS * 2].split("\n") if line.strip()]
    return _SPACE_RE.sub("", "".join(lines[:3]))[:HEAD_CHARS], _SPACE_RE.sub("", text[: BODY_CHARS * 2])[:BODY_CHARS]


def _counted(text: str, lang: str) -> tuple[tuple[str, str], tuple[float, float], tuple[Counter, Counter]]:
    """A filing's opening in two parts, counted: (feature prefixes, weights, counts). Chinese: the first
    lines' bigrams ("h", weighted twice) and the lead's ("b"); English: words ("w") and word pairs ("b").
    The bigrams and words are counted in C (this runs for most filings that state an event)."""
    if lang == "zh":
        head, body = _zh_parts(text)
        # the head is the body's start (both are the text with its whitespace removed): its bigrams are
        # the body's first ones, made once
        bigrams = list(map(add, body, body[1:]))
        first = (Counter(bigrams[: max(len(head) - 1, 0)]) if body.startswith(head)
                 else Counter(map(add, head, head[1:])))
        return ("h", "b"), (2.0, 1.0), (first, Counter(bigrams))
    words = _WORD_RE.findall(text[:EN_CHARS].lower())
    return ("w", "b"), (1.0, 1.0), (Counter(words), Counter(map(" ".join, zip(words, words[1:]))))


def _norm(weights: tuple[float, float], counts: tuple[Counter, Counter]) -> float:
    """The L2 norm of the weighted counts."""
    return math.sqrt(sum(w * w * sum(map(mul, c.values(), c.values())) for w, c in zip(weights, counts))) or 1.0


def type_features(text: str, lang: str) -> dict[str, float]:
    """Sparse, L2-normalised features of a filing's opening (``text``: the simplified view for Chinese)."""
    prefixes, weights, counts = _counted(text, lang)
    norm = _norm(weights, counts)
    return {prefix + key: n * weight / norm
            for prefix, weight, seen in zip(prefixes, weights, counts) for key, n in seen.items()}


def _read(path: str | Path) -> Any:
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read the type model {path}: {exc}") from exc


def load_type_models(path: str | Path) -> dict[str, TypeModel]:
    """A type-model file's models by language: ``{"languages": {"zh": model, "en": model}}`` (what
    ``summarizer train types`` writes), or one model (labels, bias, weights), which serves Chinese."""
    data = _read(path)
    if isinstance(data, dict) and isinstance(data.get("languages"), dict):
        return {lang: TypeModel(model) for lang, model in data["languages"].items()}
    return {"zh": TypeModel(data)}


class TypeModel:
    """One language's model. Load with :meth:`load` (a one-model file) or :func:`load_type_models`;
    :meth:`predict` gives (type, probability)."""

    def __init__(self, data: dict[str, Any]) -> None:
        try:
            self.labels: list[str] = list(data["labels"])
            self.bias: list[float] = [float(v) for v in data["bias"]]
            # feature → [[label index, weight], …]: only the weights the model uses, as parsed (no copy:
            # loading is part of a cold run)
            self.weights: dict[str, list[list[float]]] = data["weights"]
            self._by_part: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}  # by language (probabilities)
            if not isinstance(self.weights, dict) or len(self.bias) != len(self.labels):
                raise ValueError("weights must map features to [label, weight] pairs, one bias per label")
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"not a type model: {exc}") from exc

    @classmethod
    def load(cls, path: str | Path) -> "TypeModel":
        return cls(_read(path))

    def scores(self, feats: dict[str, float]) -> dict[str, float]:
        z = list(self.bias)
        weights = self.weights
        for name, value in feats.items():
            pairs = weights.get(name)
            if pairs:
                for i, w in pairs:
                    z[i] += value * w
        return self._softmax(z)

    def _softmax(self, z: list[float]) -> dict[str, float]:
        top = max(z)
        exp = [math.exp(v - top) for v in z]
        total = sum(exp)
        return {label: e / total for label, e in zip(self.labels, exp)}

    def probabilities(self, doc: Document) -> dict[str, float]:
        """Each type's probability for ``doc``: :meth:`scores` of :func:`type_features`, computed without
        building the feature dict: only the counted bigrams or words the model knows are looked at."""
        prefixes, weights, counts = _counted(doc.search_text, doc.lang)
        parts = self._by_part.get(doc.lang)
        if parts is None:  # the model's weights by part (feature prefix), keys without it
            parts = self._by_part[doc.lang] = tuple(
                {k[1:]: v for k, v in self.weights.items() if k[0] == prefix} for prefix in prefixes)
        norm = _norm(weights, counts)
        z = list(self.bias)
        for known, seen, weight in zip(parts, counts, weights):
            weight /= norm
            for key in seen.keys() & known.keys():
                value = seen[key] * weight
                for i, w in known[key]:
                    z[i] += value * w
        return self._softmax(z)

    def predict(self, doc: Document) -> tuple[str, float]:
        probs = self.probabilities(doc)
        best = max(probs, key=probs.__getitem__)
        return best, probs[best]
