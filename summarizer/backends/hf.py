"""``transformers`` section classifier: any ``AutoModelForSequenceClassification`` behind the
:class:`~summarizer.stages.classify.SectionClassifier` protocol, and the loader every backend uses.

Install with ``pip install 'summarizer[hf]'`` (and a torch build for your machine). Models load from a
local folder or a hub id with ``from_pretrained`` (safetensors, never ``trust_remote_code``); nothing
is downloaded unless you name a hub id. Structural rules (header zone, "About X") still decide the
paragraphs they cover, as with the linear model.

Training lives in :mod:`summarizer.training.train` (``summarizer train classifier --kind hf``); this module
keeps what the backends share: the loader and its dependency check.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import ConfigError, MissingDependencyError
from ..stages.classify import LABELS, KeywordClassifier
from ..types import Document, evolve

__all__ = ["HFSectionClassifier", "require_hf", "load_pretrained"]

_HINT = "pip install 'summarizer[hf]' torch"


def require_hf():
    """Import torch and transformers, or fail with the install command."""
    try:
        import torch
        import transformers
    except ImportError as exc:
        raise MissingDependencyError(f"the transformers backend needs torch and transformers ({exc.name} is missing)",
                                     hint=_HINT) from exc
    return torch, transformers


@contextmanager
def quiet_progress(*libraries, quiet: bool = True):
    """Silence the progress bars of ``transformers`` / ``datasets`` (the modules given) in the block and
    restore each one's setting after: loading a model should not draw a bar per call."""
    logs = [lib.utils.logging for lib in libraries]
    before = [log.is_progress_bar_enabled() for log in logs]
    if quiet:
        for log in logs:
            log.disable_progress_bar()
    try:
        yield
    finally:
        for log, enabled in zip(logs, before):
            log.enable_progress_bar() if enabled else log.disable_progress_bar()


def generation_class(model: str | Path) -> tuple[str, bool]:
    """The auto class a text-generating checkpoint loads with, from its config: ``AutoModelForSeq2SeqLM``
    for an encoder-decoder (T5, mT5, BART, Marian), else ``AutoModelForCausalLM``; and whether it is seq2seq."""
    _, transformers = require_hf()
    seq2seq = bool(transformers.AutoConfig.from_pretrained(str(model), trust_remote_code=False).is_encoder_decoder)
    return ("AutoModelForSeq2SeqLM" if seq2seq else "AutoModelForCausalLM"), seq2seq


def load_pretrained(model: str | Path, auto_class: str, *, device: str | None = None, bf16_on_gpu: bool = False):
    """Tokenizer and model from a local folder or a hub id, the way every backend loads them:
    safetensors only, never remote code, a clear error for a hub id under ``HF_HUB_OFFLINE``.

    Returns ``(torch, tokenizer, model, device)`` with the model on ``device`` in eval mode.
    """
    torch, transformers = require_hf()
    if not Path(model).is_dir() and os.environ.get("HF_HUB_OFFLINE"):
        raise ConfigError(f"{model} is not a local folder and HF_HUB_OFFLINE is set",
                          hint="download the model first, or pass the folder it was saved to")
    device = device or ("cuda" if torch.cuda.is_available() else "cpu")
    kwargs: dict[str, Any] = {"trust_remote_code": False}
    tokenizer = transformers.AutoTokenizer.from_pretrained(str(model), **kwargs)
    if bf16_on_gpu and device.startswith("cuda"):
        kwargs["dtype"] = torch.bfloat16
    with quiet_progress(transformers):
        net = getattr(transformers, auto_class).from_pretrained(str(model), use_safetensors=True, **kwargs)
    return torch, tokenizer, net.to(device).eval(), device


class HFSectionClassifier:
    """Paragraph labels from a sequence-classification model; rules for structure and as labels' source."""

    name = "hf"

    def __init__(self, model: str | Path, *, device: str | None = None, batch_size: int = 32, max_length: int = 128):
        self.torch, self.tokenizer, self.model, self.device = load_pretrained(
            model, "AutoModelForSequenceClassification", device=device)
        self.batch_size = batch_size
        self.max_length = min(max_length, getattr(self.model.config, "max_position_embeddings", max_length))
        self.rules = KeywordClassifier()
        self.id2label = {int(k): v for k, v in self.model.config.id2label.items()}

    def predict(self, texts: list[str]) -> list[tuple[str, float]]:
        out: list[tuple[str, float]] = []
        for i in range(0, len(texts), self.batch_size):
            batch = self.tokenizer(texts[i : i + self.batch_size], padding=True, truncation=True,
                                   max_length=self.max_length, return_tensors="pt").to(self.device)
            with self.torch.inference_mode():
                probs = self.model(**batch).logits.float().softmax(-1).cpu()
            for row in probs:
                k = int(row.argmax())
                out.append((self.id2label[k], float(row[k])))
        return out

    def __call__(self, doc: Document) -> Document:
        labelled = self.rules.label(doc)
        todo = [i for i, (_, forced, _) in enumerate(labelled) if not forced]
        preds = self.predict([doc.search_text[labelled[i][0].start : labelled[i][0].end] for i in todo]) if todo else []
        segments = [seg for seg, _, _ in labelled]
        for i, (label, p) in zip(todo, preds):
            if label in LABELS:
                segments[i] = evolve(segments[i], section=label, score=round(p, 4))
        return replace(doc, segments=tuple(segments))
