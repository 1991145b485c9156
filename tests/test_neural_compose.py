"""Generative composers: bullets written by a model, verified, with the extractive bullet as fallback."""

from __future__ import annotations

import json
import re

import pytest

from summarizer import Summarizer
from summarizer.stages.translate import has_cjk

from .conftest import NORTHLAKE, VUM02, ChatHandler, local_server


class _Writer(ChatHandler):
    """A chat endpoint that 'summarises' by naming the codes in the paragraph; or invents a figure."""

    invent = False
    calls = 0

    def do_POST(self):  # noqa: N802
        body = self.request_body()
        type(self).calls += 1
        user = json.loads(body["messages"][-1]["content"])
        codes = sorted(set(re.findall(r"[A-Z]+[A-Z0-9-]*\d[A-Z0-9-]*", user["PARAGRAPH"])))
        bullet = f"The paragraph concerns {', '.join(codes) or 'the company'}."
        if type(self).invent:
            bullet += " Revenue grew 42 percent."
        self.reply({"bullet": bullet})


@pytest.fixture()
def writer():
    _Writer.invent = False
    _Writer.calls = 0
    with local_server(_Writer) as url:
        yield url


def test_llm_composer_writes_verified_bullets(writer):
    s = Summarizer(composer="llm", composer_options={"base_url": writer, "model": "fake", "timeout": 5})
    summary = s(VUM02)
    generated = [i for sec in summary.sections for i in sec.items if i.origin == "generated"]
    assert generated and _Writer.calls >= len(generated)
    assert any("VUM02" in i.en for i in generated)
    assert all(i.zh for i in generated)  # the source sentence stays beside the generated bullet
    assert summary.violations == () and not has_cjk(summary.to_text("en"))


def test_llm_composer_rejects_invented_figures(writer):
    _Writer.invent = True
    s = Summarizer(composer="llm", composer_options={"base_url": writer, "model": "fake", "timeout": 5})
    summary = s(NORTHLAKE)
    assert "42 percent" not in summary.to_text("en")
    assert not [i for sec in summary.sections for i in sec.items if i.origin == "generated"]
    assert summary.violations == ()


def _tiny_llama(folder):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from summarizer.training.tiny import tiny_llama

    return tiny_llama(folder, [p.read_text(encoding="utf-8") for p in (VUM02, NORTHLAKE)])


@pytest.mark.slow
def test_hf_composer_tiny_llama_falls_back_and_round_trips(tmp_path):
    model = _tiny_llama(tmp_path)
    s = Summarizer(composer="hf", composer_model=str(model), composer_options={"max_new_tokens": 8})
    summary = s(NORTHLAKE)
    # random weights write nonsense; verification keeps the extractive bullets and the summary clean
    assert summary.violations == ()
    assert "NLT-217" in summary.to_text("en")
    raw = s.composer._generate([("NLT-217 is a drug.", "NLT-217 is a drug.")])
    assert len(raw) == 1
    saved = s.save_pretrained(tmp_path / "saved")
    assert (saved / "composer" / "model" / "model.safetensors").is_file()
    assert Summarizer.from_pretrained(saved)(NORTHLAKE).to_dict() == summary.to_dict()
