"""Token-classification field extractor: trained tiny, merged under the patterns, saved and reloaded."""

from __future__ import annotations

import pytest

from summarizer import Summarizer
from summarizer.annotations import load_annotations

from .conftest import ROOT, VUM02

DEVSET = ROOT / "seeds" / "devset.jsonl"


@pytest.mark.slow
def test_token_extractor_trains_merges_and_round_trips(tmp_path):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    from summarizer.hf_extract import train_hf_extractor

    stats = train_hf_extractor(list(load_annotations(DEVSET)), tmp_path / "tagger", epochs=6, hidden=32)
    assert stats["loss_last_epoch"] < stats["loss_first_epoch"]
    assert (tmp_path / "tagger" / "model.safetensors").is_file()
    s = Summarizer(extractor="hf", extractor_model=str(tmp_path / "tagger"))
    patterns = Summarizer()(VUM02)
    summary = s(VUM02)
    for f in patterns.fields:  # the patterns' fields win; the model only adds what they missed
        assert summary.get_field(f.name).value == f.value
    for f in summary.fields:
        seg = s.analyse(VUM02).segment(f.citations[0])
        assert seg.start <= f.start < seg.end
    saved = s.save_pretrained(tmp_path / "saved")
    assert (saved / "extractor" / "model" / "model.safetensors").is_file()
    assert Summarizer.from_pretrained(saved)(VUM02).to_dict() == summary.to_dict()
    spans = s.extractor.spans(["受理号：CXSL2500651"])
    assert isinstance(spans, list) and len(spans) == 1
