"""Generative composers: each bullet rewritten by a model from the paragraph it cites, then checked.

The extractive composer chooses the sentences and their citations; a generator then writes each
bullet in the output language (English by default) from the chosen sentence and its cited
paragraph. A generated bullet is kept only if it passes the same tests as a translation (no number or
code the paragraph lacks, no Chinese in English) and every capitalised name in it occurs in the
paragraph or in the glossary's rendering of it; otherwise the extractive bullet (with its gist)
stays. Citations are never generated: a bullet keeps the paragraph it was written from.

* :class:`LLMComposer`: an OpenAI-compatible chat endpoint (vLLM, llama.cpp server, Ollama).
* :class:`HFComposer`: a ``transformers`` seq2seq model (T5/mT5/BART, e.g. one trained with
  ``summarizer train generator``) or causal LM (an instruct model with a chat template, or any causal
  LM with a plain prompt), batched, on CPU or GPU.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from ..stages.compose import ExtractiveComposer
from ..stages.doctypes import DocType
from ..stages.translate import GlossaryTranslator
from ..types import Document, Field, Summary
from .translate import ChatClient, verify

__all__ = ["GenerativeComposer", "LLMComposer", "HFComposer", "bullet_prompt"]

_INSTRUCTION = ("Rewrite the SENTENCE from a corporate announcement as one concise {lang} summary bullet. "
                "Use only facts stated in the PARAGRAPH; copy every number, code and name exactly; "
                "do not add anything.")
_LANG = {"en": "English", "zh": "Chinese"}


def bullet_prompt(sentence: str, paragraph: str, lang: str = "en", chat_tokenizer=None, *,
                  max_paragraph: int = 800) -> str:
    """The prompt a model writes a bullet from, at run time and in ``summarizer train generator`` alike;
    wrapped in the tokenizer's chat template when ``chat_tokenizer`` is given (instruct causal LMs).
    A paragraph longer than ``max_paragraph`` characters is cut there, so the sentence is never cut."""
    if len(paragraph) > max_paragraph:
        paragraph = paragraph[:max_paragraph] + "…"
    user = f"{_INSTRUCTION.format(lang=_LANG[lang])}\nPARAGRAPH: {paragraph}\nSENTENCE: {sentence}\nBULLET:"
    if chat_tokenizer is not None:
        return chat_tokenizer.apply_chat_template([{"role": "user", "content": user}], tokenize=False,
                                                  add_generation_prompt=True)
    return user


class GenerativeComposer(ExtractiveComposer):
    """Extractive selection, generated wording, verified bullet by bullet."""

    def __init__(self, translator: GlossaryTranslator | None = None, *, lang: str = "en") -> None:
        super().__init__(translator)
        self.lang = lang

    def _generate(self, requests: list[tuple[str, str]]) -> list[str | None]:  # pragma: no cover - abstract
        """(sentence, paragraph) pairs → a bullet each (None where the model gave nothing)."""
        raise NotImplementedError

    def accept(self, bullet: str | None, paragraph: str) -> bool:
        return bool(bullet) and verify(paragraph, bullet, tgt=self.lang, glossary=self.translator.glossary)

    def __call__(self, doc: Document, doctype: DocType, fields: tuple[Field, ...]) -> Summary:
        summary = super().__call__(doc, doctype, fields)
        slots = [(i, j, item) for i, section in enumerate(summary.sections) for j, item in enumerate(section.items)
                 if item.origin == "extractive" and len(item.citations) == 1]
        if not slots:
            return summary
        requests = [((item.text(summary.lang) or ""), doc.segment(item.citations[0]).text) for _, _, item in slots]
        bullets = self._generate(requests)
        sections = [list(section.items) for section in summary.sections]
        for (i, j, item), (_, paragraph), bullet in zip(slots, requests, bullets):
            if bullet is not None:
                bullet = " ".join(bullet.split()).strip(" -•*")
            if self.accept(bullet, paragraph):
                sections[i][j] = replace(item, **{self.lang: bullet}, origin="generated", gist=False)
        return replace(summary, sections=tuple(replace(s, items=tuple(items))
                                               for s, items in zip(summary.sections, sections)))


class LLMComposer(GenerativeComposer):
    name = "llm"

    def __init__(self, base_url: str, model: str, translator: GlossaryTranslator | None = None, *, lang: str = "en",
                 api_key: str | None = None, timeout: float = 60.0, retries: int = 2, concurrency: int = 4) -> None:
        super().__init__(translator, lang=lang)
        self.client = ChatClient(base_url, model, api_key=api_key, timeout=timeout, retries=retries,
                                 concurrency=concurrency)

    def _generate(self, requests: list[tuple[str, str]]) -> list[str | None]:
        system = _INSTRUCTION.format(lang=_LANG[self.lang]) + \
            ' Answer with JSON only: {"bullet": "..."}.'

        def one(request: tuple[str, str]) -> str | None:
            reply = self.client.json_reply(system, {"SENTENCE": request[0], "PARAGRAPH": request[1]})
            bullet = reply.get("bullet") if reply else None
            return bullet if isinstance(bullet, str) else None

        return self.client.map(one, requests)


class HFComposer(GenerativeComposer):
    name = "hf"

    def __init__(self, model: str | Path, translator: GlossaryTranslator | None = None, *, lang: str = "en",
                 device: str | None = None, batch_size: int = 8, max_new_tokens: int = 96,
                 max_length: int = 1024) -> None:
        super().__init__(translator, lang=lang)
        from .hf import generation_class, load_pretrained

        auto_class, self.seq2seq = generation_class(model)
        self.torch, self.tokenizer, self.model, self.device = load_pretrained(
            model, auto_class, device=device, bf16_on_gpu=True)
        if not self.seq2seq:
            self.tokenizer.padding_side = "left"  # decoder-only models generate after the prompt
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token
        self.batch_size = batch_size
        self.max_new_tokens = max_new_tokens
        self.max_length = max_length

    def _prompt(self, sentence: str, paragraph: str) -> str:
        chat = None if self.seq2seq or not getattr(self.tokenizer, "chat_template", None) else self.tokenizer
        return bullet_prompt(sentence, paragraph, self.lang, chat)

    def _generate(self, requests: list[tuple[str, str]]) -> list[str | None]:
        out: list[str | None] = []
        prompts = [self._prompt(s, p) for s, p in requests]
        for i in range(0, len(prompts), self.batch_size):
            batch = self.tokenizer(prompts[i : i + self.batch_size], return_tensors="pt", padding=True,
                                   truncation=True, max_length=self.max_length).to(self.device)
            with self.torch.inference_mode():
                ids = self.model.generate(**batch, max_new_tokens=self.max_new_tokens, do_sample=False,
                                          pad_token_id=self.tokenizer.pad_token_id)
            new = ids if self.seq2seq else ids[:, batch["input_ids"].shape[1]:]  # a decoder-only model echoes the prompt
            for text in self.tokenizer.batch_decode(new, skip_special_tokens=True):
                line = text.strip().split("\n")[0].strip()
                out.append(re.sub(r"^(?:BULLET:|-|\*)\s*", "", line) or None)
        return out
