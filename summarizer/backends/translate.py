"""Neural translators for free text, behind the :class:`~summarizer.stages.translate.Translator` protocol.

Both backends keep the glossary engine for the controlled vocabulary (terms, values, formulaic
clauses) and translate only the sentences it leaves untranslated. Before translation every code,
number and glossary term is replaced by a placeholder (``ZX0Q``, ``ZX1Q`` ...); after translation the
placeholders are restored with the exact source code or the glossary's rendering. A translation is
kept only if every placeholder came back, it has no Chinese character (for English), and it carries
no number or code that the source does not; otherwise the sentence falls back to the offline
behaviour (a key-terms gist). So a neural model can add fluency, never a figure.

* :class:`HFTranslator`: any ``AutoModelForSeq2SeqLM`` (MarianMT ``opus-mt-zh-en``, NLLB, M2M100)
  from a local folder or a hub id; batched; ``torch.inference_mode``; fp16/bf16 on GPU.
* :class:`LLMTranslator`: an OpenAI-compatible chat endpoint (vLLM, llama.cpp server, Ollama):
  JSON-shaped output, retries with backoff, timeouts, a concurrency limit.
"""

from __future__ import annotations

import json
import os
import re
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError
from ..lexicon.glossary import Glossary, has_cjk
from ..lexicon.normalize import number_tokens
from ..stages.translate import GlossaryTranslator

__all__ = ["Protected", "protect", "verify", "names_supported", "NeuralTranslator", "HFTranslator", "LLMTranslator"]

_CODE_RE = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9\-]*[A-Za-z])(?=[A-Za-z0-9\-]*\d)[A-Za-z0-9][A-Za-z0-9\-]*")
_NUM_RE = re.compile(r"(?<![A-Za-z0-9.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
_ACRONYM_RE = re.compile(r"(?<![A-Za-z])[A-Z]{2,}[A-Za-z\-]*")
_ZH_AMOUNT_RE = re.compile(r"(?:约)?(?:人民币)?\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:万|亿)?(?:美元|港元|欧元|元)(?:人民币)?")
_ZH_DATE_RE = re.compile(r"\d{4}年\d{1,2}月(?:\d{1,2}日)?")
_PLACEHOLDER = "ZX{}Q"
_FOUND_RE = re.compile(r"Z\s*X\s*(\d+)\s*Q", re.I)


@dataclass
class Protected:
    text: str
    values: list[str]  # placeholder i -> what it stands for in the target language

    def restore(self, translated: str) -> str | None:
        seen: set[int] = set()

        def put(m: re.Match) -> str:
            i = int(m.group(1))
            if i >= len(self.values):
                return m.group(0)
            seen.add(i)
            return self.values[i]

        out = _FOUND_RE.sub(put, translated)
        return out if seen == set(range(len(self.values))) else None


def protect(text: str, glossary: Glossary, *, src: str, tgt: str) -> Protected:
    """Replace codes, numbers and glossary terms in ``text`` with placeholders."""
    from ..lexicon.normalize import amount_to_en, date_to_en

    values: list[str] = []
    spans: list[tuple[int, int, str]] = []

    def add(start: int, end: int, value: str | None) -> None:
        if value and not any(a < end and start < b for a, b, _ in spans):
            spans.append((start, end, value))

    if src == "zh" and tgt == "en":
        # amounts and dates whole, rendered exactly (a model must never scale 2,352万 itself)
        for m in _ZH_AMOUNT_RE.finditer(text):
            add(m.start(), m.end(), amount_to_en(m.group()))
        for m in _ZH_DATE_RE.finditer(text):
            add(m.start(), m.end(), date_to_en(m.group()))
        for start, end, entry in glossary.term_spans(text):
            if not has_cjk(entry.en):
                add(start, end, entry.en)
    for regex in (_CODE_RE, _NUM_RE, _ACRONYM_RE):
        for m in regex.finditer(text):
            add(m.start(), m.end(), m.group())
    spans.sort()
    out, pos = [], 0
    for start, end, value in spans:
        out.append(text[pos:start])
        out.append(f" {_PLACEHOLDER.format(len(values))} ")
        values.append(value)
        pos = end
    out.append(text[pos:])
    return Protected(re.sub(r"\s+", " ", "".join(out)).strip(), values)


def verify(source: str, translation: str, *, tgt: str, glossary: Glossary | None = None) -> bool:
    """A translation may rephrase, but not add a figure or code, nor keep Chinese in English. With a
    ``glossary``, every capitalised name in it must also occur in the source or in the glossary's
    rendering of the source's terms (a model must not bring in a name, nor emit a garbled one)."""
    if not translation.strip() or (tgt == "en" and has_cjk(translation)):
        return False
    src_numbers = {r for _, readings in number_tokens(source) for r in readings}
    for _, readings in number_tokens(translation):
        if not readings & src_numbers:
            return False
    src_codes = {c.lower() for c in _CODE_RE.findall(source)}
    if not all(c.lower() in src_codes for c in _CODE_RE.findall(translation)):
        return False
    return glossary is None or names_supported(translation, source, glossary)


def names_supported(text: str, source: str, glossary: Glossary) -> bool:
    """Every capitalised name in ``text`` occurs in ``source`` or in the glossary's words for it."""
    from ..stages.check import latin_tokens

    names = [token.lower() for kind, token in latin_tokens(text) if kind == "name"]
    if not names:
        return True
    lower, allowed = source.lower(), glossary.vocabulary_in(source)
    return all(name in lower or name in allowed for name in names)


class NeuralTranslator(GlossaryTranslator):
    """Glossary engine first; the backend's :meth:`_translate` for what it leaves untranslated."""

    def _translate(self, texts: list[str], *, src: str, tgt: str) -> list[str | None]:  # pragma: no cover
        raise NotImplementedError

    def sentences(self, texts: list[str], *, src: str = "zh", tgt: str = "en") -> list[str | None]:
        out = super().sentences(texts, src=src, tgt=tgt)
        todo = [i for i, t in enumerate(out) if t is None]
        if not todo:
            return out
        protected = [protect(texts[i], self.glossary, src=src, tgt=tgt) for i in todo]
        translated = self._translate([p.text for p in protected], src=src, tgt=tgt)
        for i, p, raw in zip(todo, protected, translated):
            restored = p.restore(raw) if raw else None
            if restored is not None:
                restored = re.sub(r"\s+([,.;:!?)])", r"\1", re.sub(r"\s+", " ", restored)).strip()
            if restored and verify(texts[i], restored, tgt=tgt, glossary=self.glossary):
                out[i] = restored
        return out


_NLLB = {"zh": "zho_Hans", "en": "eng_Latn"}


class HFTranslator(NeuralTranslator):
    """A ``transformers`` seq2seq model: MarianMT (one direction per model), NLLB or M2M100."""

    name = "hf"

    def __init__(self, model: str | Path, glossary: Glossary | None = None, *, device: str | None = None,
                 batch_size: int = 16, max_new_tokens: int = 256, num_beams: int = 1) -> None:
        super().__init__(glossary)
        from .hf import load_pretrained

        self.torch, self.tokenizer, self.model, self.device = load_pretrained(
            model, "AutoModelForSeq2SeqLM", device=device, bf16_on_gpu=True)
        self.batch_size = batch_size
        self.max_new_tokens = max_new_tokens
        self.num_beams = num_beams

    def _translate(self, texts: list[str], *, src: str, tgt: str) -> list[str | None]:
        out: list[str | None] = []
        kwargs = {}
        if hasattr(self.tokenizer, "src_lang") and src in _NLLB:  # NLLB / M2M100 need language codes
            self.tokenizer.src_lang = _NLLB[src]
            lang_id = self.tokenizer.convert_tokens_to_ids(_NLLB[tgt])
            if isinstance(lang_id, int) and lang_id != self.tokenizer.unk_token_id:
                kwargs["forced_bos_token_id"] = lang_id
        for i in range(0, len(texts), self.batch_size):
            batch = self.tokenizer(texts[i : i + self.batch_size], return_tensors="pt", padding=True,
                                   truncation=True, max_length=512).to(self.device)
            with self.torch.inference_mode():
                ids = self.model.generate(**batch, max_new_tokens=self.max_new_tokens, num_beams=self.num_beams, **kwargs)
            out.extend(self.tokenizer.batch_decode(ids, skip_special_tokens=True))
        return out


class ChatClient:
    """A small client for an OpenAI-compatible ``/chat/completions`` endpoint that answers in JSON."""

    def __init__(self, base_url: str, model: str, *, api_key: str | None = None, timeout: float = 60.0,
                 retries: int = 2, concurrency: int = 4) -> None:
        self.url = base_url.rstrip("/") + "/chat/completions"
        self.model = model
        self.api_key = api_key if api_key is not None else os.environ.get("OPENAI_API_KEY")
        self.timeout = timeout
        self.retries = retries
        self.concurrency = concurrency

    def _post(self, payload: dict) -> dict:
        data = json.dumps(payload).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        last: Exception | None = None
        for attempt in range(self.retries + 1):
            try:
                request = urllib.request.Request(self.url, data=data, headers=headers, method="POST")
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    return json.loads(response.read().decode("utf-8"))
            except (urllib.error.URLError, TimeoutError, ValueError) as exc:
                last = exc
                if attempt < self.retries:
                    time.sleep(min(2.0, 0.2 * 2**attempt))
        raise ConfigError(f"the endpoint {self.url} failed after {self.retries + 1} tries: {last}")

    def json_reply(self, system: str, user: dict) -> dict | None:
        """The endpoint's JSON answer to one request, or None when it fails or is not JSON."""
        payload = {"model": self.model, "temperature": 0, "response_format": {"type": "json_object"},
                   "messages": [{"role": "system", "content": system},
                                {"role": "user", "content": json.dumps(user, ensure_ascii=False)}]}
        try:
            reply = self._post(payload)
            content = json.loads(reply["choices"][0]["message"]["content"])
        except (ConfigError, KeyError, IndexError, TypeError, ValueError):
            return None
        return content if isinstance(content, dict) else None

    def map(self, fn, items: list) -> list:
        """``fn`` over ``items`` with at most ``concurrency`` requests in flight."""
        with ThreadPoolExecutor(max_workers=self.concurrency) as pool:
            return list(pool.map(fn, items))


class LLMTranslator(NeuralTranslator):
    """An OpenAI-compatible ``/chat/completions`` endpoint asked for JSON translations."""

    name = "llm"

    def __init__(self, base_url: str, model: str, glossary: Glossary | None = None, *, api_key: str | None = None,
                 timeout: float = 60.0, retries: int = 2, concurrency: int = 4, batch_size: int = 8) -> None:
        super().__init__(glossary)
        self.client = ChatClient(base_url, model, api_key=api_key, timeout=timeout, retries=retries,
                                 concurrency=concurrency)
        self.batch_size = batch_size

    def _batch(self, texts: list[str], src: str, tgt: str) -> list[str | None]:
        names = {"zh": "Chinese", "en": "English"}
        system = (f"You translate sentences from corporate announcements from {names[src]} to {names[tgt]}. "
                  "Keep every placeholder like ZX0Q exactly as written. Do not add facts or numbers. "
                  'Answer with JSON only: {"translations": ["...", ...]}, one per input sentence, in order.')
        reply = self.client.json_reply(system, {"sentences": texts})
        translations = reply.get("translations") if reply else None
        if not isinstance(translations, list) or len(translations) != len(texts):
            return [None] * len(texts)  # the offline fallback takes over for this batch
        return [t if isinstance(t, str) else None for t in translations]

    def _translate(self, texts: list[str], *, src: str, tgt: str) -> list[str | None]:
        batches = [texts[i : i + self.batch_size] for i in range(0, len(texts), self.batch_size)]
        return [t for batch in self.client.map(lambda b: self._batch(b, src, tgt), batches) for t in batch]
