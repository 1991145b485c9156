"""Token-classification field extractor (``extractor="hf"``): BIO tags over characters, merged with patterns.

The pattern extractor runs first and its fields win; the model fills the fields the type wants and the
patterns did not find, reading the body paragraphs (not the header or boilerplate). Each model span
becomes a :class:`~summarizer.types.Field` with its evidence span and paragraph, translated like any other.
:func:`train_hf_extractor` trains on the ``fields`` spans of annotated filings: a given checkpoint
(``base=``) or a tiny BERT built from a config with a vocabulary trained on the filings (Chinese one
character a token), so the training, saving and loading code runs on a CPU without downloads.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any, Iterable

from .doctypes import DocType
from .errors import ConfigError
from .extract import PatternExtractor, translate_field
from .hf import _tiny_tokenizer, load_pretrained, require_hf, train_loop
from .translate import GlossaryTranslator
from .types import Document, Field

__all__ = ["HFFieldExtractor", "train_hf_extractor"]


class HFFieldExtractor(PatternExtractor):
    name = "hf"

    def __init__(self, model: str | Path, translator: GlossaryTranslator | None = None, *, device: str | None = None,
                 max_length: int = 256, batch_size: int = 16) -> None:
        super().__init__(translator)
        self.torch, self.tokenizer, self.model, self.device = load_pretrained(
            model, "AutoModelForTokenClassification", device=device)
        self.id2label = {int(k): v for k, v in self.model.config.id2label.items()}
        limit = getattr(self.model.config, "max_position_embeddings", max_length)
        self.max_length = min(max_length, limit)
        self.batch_size = batch_size

    def spans(self, texts: list[str]) -> list[list[tuple[str, int, int]]]:
        """(field, start, end) character spans the model tags in each text."""
        out: list[list[tuple[str, int, int]]] = []
        for i in range(0, len(texts), self.batch_size):
            chunk = texts[i : i + self.batch_size]
            enc = self.tokenizer(chunk, padding=True, truncation=True, max_length=self.max_length,
                                 return_offsets_mapping=True, return_tensors="pt")
            offsets = enc.pop("offset_mapping")
            with self.torch.inference_mode():
                tags = self.model(**enc.to(self.device)).logits.argmax(-1).cpu()
            for row, offs in zip(tags, offsets):
                found: list[tuple[str, int, int]] = []
                current: list | None = None
                for tag_id, (a, b) in zip(row.tolist(), offs.tolist()):
                    if a == b:
                        continue  # special and padding tokens
                    tag = self.id2label.get(tag_id, "O")
                    if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[0] != tag[2:])):
                        if current:
                            found.append(tuple(current))
                        current = [tag[2:], a, b]
                    elif tag.startswith("I-") and current is not None:
                        current[2] = b
                    else:
                        if current:
                            found.append(tuple(current))
                        current = None
                if current:
                    found.append(tuple(current))
                out.append(found)
        return out

    def __call__(self, doc: Document, doctype: DocType) -> tuple[Field, ...]:
        fields = list(super().__call__(doc, doctype))
        missing = {n for n in doctype.field_names() if n not in {f.name for f in fields}}
        body = [s for s in doc.segments if s.section != "boilerplate" and s.kind != "heading"]
        if not missing or not body:
            return tuple(fields)
        for seg, spans in zip(body, self.spans([doc.search_text[s.start : s.end] for s in body])):
            for name, a, b in spans:
                if name not in missing or b <= a:
                    continue
                value = doc.text[seg.start + a : seg.start + b].strip()
                if not value:
                    continue
                spec = doctype.fields[name]
                field = Field(name=name, value=value, start=seg.start + a, end=seg.start + b, citations=(seg.index,),
                              label_en=spec.label_en, label_zh=spec.label_zh)
                fields.append(translate_field(field, spec, doc.lang, self.translator))
                missing.discard(name)
        return tuple(fields)


def train_hf_extractor(annotations: Iterable, output_dir: str | Path, *, base: str | Path | None = None,
                       epochs: int = 10, lr: float = 3e-3, batch_size: int = 16, hidden: int = 64,
                       vocab_size: int = 1500, max_length: int = 128, seed: int = 0) -> dict[str, Any]:
    """Train BIO tagging of field spans on annotated paragraphs; save the model and tokenizer."""
    torch, transformers = require_hf()
    rows: list[tuple[str, list[tuple[str, int, int]]]] = []
    names: set[str] = set()
    for ann in annotations:
        for seg in ann.segments:
            spans = [(f["name"], f["start"] - seg["start"], f["end"] - seg["start"]) for f in ann.fields
                     if seg["start"] <= f["start"] and f["end"] <= seg["end"]]
            if seg["section"] != "boilerplate" or spans:
                rows.append((ann.text[seg["start"] : seg["end"]], spans))
                names.update(n for n, _, _ in spans)
    if not names:
        raise ConfigError("no annotated field spans to train on")
    labels = ["O"] + [f"{p}-{n}" for n in sorted(names) for p in ("B", "I")]
    label2id = {l: i for i, l in enumerate(labels)}
    random.Random(seed).shuffle(rows)
    torch.manual_seed(seed)
    if base is not None:
        tokenizer = transformers.AutoTokenizer.from_pretrained(str(base), trust_remote_code=False)
        model = transformers.AutoModelForTokenClassification.from_pretrained(
            str(base), num_labels=len(labels), id2label=dict(enumerate(labels)), label2id=label2id,
            trust_remote_code=False, ignore_mismatched_sizes=True)
    else:
        tokenizer = _tiny_tokenizer([t for t, _ in rows], vocab_size)
        config = transformers.BertConfig(vocab_size=len(tokenizer), hidden_size=hidden, num_hidden_layers=2,
                                         num_attention_heads=2, intermediate_size=2 * hidden,
                                         max_position_embeddings=max(128, max_length), num_labels=len(labels),
                                         id2label=dict(enumerate(labels)), label2id=label2id,
                                         pad_token_id=tokenizer.pad_token_id)
        model = transformers.BertForTokenClassification(config)

    def tag(spans: list[tuple[str, int, int]], offsets: list[tuple[int, int]]) -> list[int]:
        out = []
        for a, b in offsets:
            if a == b:
                out.append(-100)  # special tokens do not count
                continue
            label = "O"
            for name, s, e in spans:
                if s <= a < e:
                    label = ("B-" if a == s or not out or out[-1] in (-100, 0) else "I-") + name
                    break
            out.append(label2id[label])
        return out

    def batches():
        for i in range(0, len(rows), batch_size):
            chunk = rows[i : i + batch_size]
            enc = tokenizer([t for t, _ in chunk], padding=True, truncation=True, max_length=max_length,
                            return_offsets_mapping=True, return_tensors="pt")
            offsets = enc.pop("offset_mapping").tolist()
            target = torch.tensor([tag(spans, [tuple(o) for o in offs]) for (_, spans), offs in zip(chunk, offsets)])
            yield enc, target, len(chunk)

    losses = train_loop(model, batches, epochs=epochs, lr=lr)
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out, safe_serialization=True)
    tokenizer.save_pretrained(out)
    return {"examples": len(rows), "labels": len(labels), "loss_first_epoch": round(losses[0], 4),
            "loss_last_epoch": round(losses[-1], 4), "epochs": epochs, "output_dir": str(out)}
