"""Neural translators: placeholders, verification, an LLM endpoint on a local server, a tiny MarianMT."""

from __future__ import annotations

import json
import re

import pytest

from summarizer import Summarizer, SummarizerConfig
from summarizer.backends.translate import LLMTranslator, protect, verify
from summarizer.stages.translate import has_cjk, load_glossary

from .conftest import REGISTRATION, ROOT, VUM02, ChatHandler, local_server


def test_protect_keeps_codes_amounts_dates_and_terms_exact():
    p = protect("VUM02注射液截至2025年9月累计投入约人民币2,352万元，MSC安全。", load_glossary(), src="zh", tgt="en")
    assert p.values == ["VUM02", "Injection", "September 2025", "approximately RMB 23.52 million", "MSC"]
    assert p.restore("ZX0Q ZX1Q: as of ZX2Q, ZX3Q invested; ZX4Q is safe") == (
        "VUM02 Injection: as of September 2025, approximately RMB 23.52 million invested; MSC is safe")
    assert p.restore("ZX0Q ZX1Q only") is None  # a lost placeholder rejects the translation
    assert p.restore("zx 0 q ZX1Q ZX2Q ZX3Q ZX4Q").startswith("VUM02 Injection")


@pytest.mark.parametrize("translation, ok", [
    ("invested approximately RMB 23.52 million", True),
    ("invested RMB 99 million", False),        # a figure the source does not hold
    ("see VUM03", False),                      # a code the source does not hold
    ("投入", False),                            # Chinese left in English
    ("", False),
])
def test_verify(translation, ok):
    assert verify("VUM02投入约人民币2,352万元", translation, tgt="en") is ok


@pytest.mark.parametrize("translation, ok", [
    ("The National Medical Products Administration approved the trial of VUM02", True),  # glossary's words
    ("The trial of VUM02 was approved by Contextedulmonary", False),  # a garbled name (a tiny model wrote it)
    ("The trial of VUM02 was approved by Pfizer", False),  # a name the source does not hold
])
def test_verify_with_a_glossary_checks_names(translation, ok):
    from summarizer.stages.translate import load_glossary

    source = "国家药品监督管理局同意VUM02开展临床试验"
    assert verify(source, translation, tgt="en", glossary=load_glossary()) is ok
    assert verify(source, translation, tgt="en")  # without a glossary only figures and codes are checked


class _FakeLLM(ChatHandler):
    """An OpenAI-compatible endpoint: 'translates' by keeping the placeholders and dropping Chinese."""

    requests: list[dict] = []
    fail_first = False
    invent = False

    def do_POST(self):  # noqa: N802 - http.server's naming
        body = self.request_body()
        type(self).requests.append(body)
        if type(self).fail_first:
            type(self).fail_first = False
            self.send_response(500)
            self.end_headers()
            return
        sentences = json.loads(body["messages"][-1]["content"])["sentences"]
        out = []
        for s in sentences:
            keep = " ".join(re.findall(r"ZX\d+Q", s))
            text = f"According to the filing, {keep} applies." if keep else "The filing describes the disease."
            out.append(text + (" Sales were 999 units." if type(self).invent else ""))
        self.reply({"translations": out})


@pytest.fixture()
def llm_server():
    _FakeLLM.requests = []
    _FakeLLM.fail_first = False
    _FakeLLM.invent = False
    with local_server(_FakeLLM) as url:
        yield url


def test_llm_translator_fills_untranslated_sentences(llm_server):
    _FakeLLM.fail_first = True  # the first request fails: the client retries
    s = Summarizer(SummarizerConfig(translator="llm", translator_options={
        "base_url": llm_server, "model": "fake", "timeout": 5, "retries": 2, "batch_size": 2}))
    summary = s(REGISTRATION)
    text = summary.to_text("en")
    assert "The filing describes the disease." in text or "According to the filing" in text
    assert "not translated" not in text
    assert not has_cjk(text) and summary.violations == ()
    assert len(_FakeLLM.requests) >= 2 and _FakeLLM.requests[0]["response_format"] == {"type": "json_object"}
    assert "ZX" in _FakeLLM.requests[-1]["messages"][-1]["content"] or "sentences" in _FakeLLM.requests[-1]["messages"][-1]["content"]


def test_llm_translation_with_invented_figure_falls_back(llm_server):
    _FakeLLM.invent = True
    s = Summarizer(translator="llm", translator_options={"base_url": llm_server, "model": "fake", "timeout": 5})
    summary = s(REGISTRATION)
    assert "999" not in summary.to_text("en")
    assert "not translated" in summary.to_text("en")  # rejected translations fall back, and say so
    assert summary.violations == ()


def test_llm_endpoint_down_falls_back_offline():
    t = LLMTranslator("http://127.0.0.1:9/v1", "none", timeout=0.5, retries=0)
    assert t.sentences(["非小细胞肺癌是最常见的肺癌类型。"]) == [None]


def _tiny_marian(folder):
    pytest.importorskip("sentencepiece")
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from summarizer.training.tiny import tiny_marian

    texts = [line for p in (VUM02, REGISTRATION, ROOT / "seeds" / "northlake-ind-clearance.en.txt")
             for line in p.read_text(encoding="utf-8").splitlines()]
    return tiny_marian(folder, texts)


@pytest.mark.slow
def test_tiny_marian_runs_in_the_pipeline_and_round_trips(tmp_path):
    model_dir = _tiny_marian(tmp_path)
    assert (model_dir / "model.safetensors").is_file()
    s = Summarizer(translator="hf", translator_model=str(model_dir), translator_options={"max_new_tokens": 16})
    summary = s(REGISTRATION)
    # a random model's output is rejected by verification: English stays clean and honest
    assert not has_cjk(summary.to_text("en")) and summary.violations == ()
    raw = s.translator._translate(["ZX0Q 是 ZX1Q"], src="zh", tgt="en")
    assert len(raw) == 1 and isinstance(raw[0], str)
    saved = s.save_pretrained(tmp_path / "saved")
    assert (saved / "translator" / "model" / "model.safetensors").is_file()
    again = Summarizer.from_pretrained(saved)
    assert again(REGISTRATION).to_dict() == summary.to_dict()
