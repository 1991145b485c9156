"""Token-classification field extractor (``extractor="hf"``): BIO tags over characters, merged with patterns.

The pattern extractor runs first and its fields win; the model fills the fields the type wants and the
patterns did not find, reading the body paragraphs (not the header or boilerplate). Each model span
becomes a :class:`~summarizer.types.Field` with its evidence span and paragraph, translated like any other.
Train one with ``summarizer train extractor`` (:func:`summarizer.training.train.train_extractor_hf`).
"""

from __future__ import annotations

from pathlib import Path

from ..stages.doctypes import DocType
from ..stages.extract import PatternExtractor, translate_field
from ..stages.translate import GlossaryTranslator
from ..types import Document, Field
from .hf import load_pretrained

__all__ = ["HFFieldExtractor"]


class HFFieldExtractor(PatternExtractor):
    name = "hf"

    def __init__(self, model: str | Path, translator: GlossaryTranslator | None = None, *, device: str | None = None,
                 max_length: int = 256, batch_size: int = 16, min_score: float = 0.6) -> None:
        super().__init__(translator)
        self.torch, self.tokenizer, self.model, self.device = load_pretrained(
            model, "AutoModelForTokenClassification", device=device)
        self.id2label = {int(k): v for k, v in self.model.config.id2label.items()}
        limit = getattr(self.model.config, "max_position_embeddings", max_length)
        self.max_length = min(max_length, limit)
        self.batch_size = batch_size
        self.min_score = min_score  # a span's mean tag probability must reach this to become a field

    def spans(self, texts: list[str]) -> list[list[tuple[str, int, int]]]:
        """(field, start, end) character spans the model tags in each text with a mean tag probability
        of at least ``min_score``."""
        out: list[list[tuple[str, int, int]]] = []
        for i in range(0, len(texts), self.batch_size):
            chunk = texts[i : i + self.batch_size]
            enc = self.tokenizer(chunk, padding=True, truncation=True, max_length=self.max_length,
                                 return_offsets_mapping=True, return_tensors="pt")
            offsets = enc.pop("offset_mapping")
            with self.torch.inference_mode():
                probs, tags = self.model(**enc.to(self.device)).logits.float().softmax(-1).max(-1)
            for row, scores, offs in zip(tags.cpu().tolist(), probs.cpu().tolist(), offsets.tolist()):
                found: list[tuple[str, int, int]] = []
                current: list | None = None  # [field, start, end, probabilities]

                def close() -> None:
                    if current and sum(current[3]) / len(current[3]) >= self.min_score:
                        found.append((current[0], current[1], current[2]))

                for tag_id, p, (a, b) in zip(row, scores, offs):
                    if a == b:
                        continue  # special and padding tokens
                    tag = self.id2label.get(tag_id, "O")
                    if tag.startswith("B-") or (tag.startswith("I-") and (current is None or current[0] != tag[2:])):
                        close()
                        current = [tag[2:], a, b, [p]]
                    elif tag.startswith("I-") and current is not None:
                        current[2] = b
                        current[3].append(p)
                    else:
                        close()
                        current = None
                close()
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
