"""The transformers section classifier: a tiny BERT built from a config, trained, saved and reloaded."""

from __future__ import annotations

import sys

import pytest

from summarizer import Summarizer
from summarizer.errors import ConfigError, MissingDependencyError
from summarizer.training.annotations import load_annotations

from .conftest import ROOT, VUM02

DEVSET = ROOT / "seeds" / "devset.jsonl"


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("accelerate")
    from summarizer.training.train import TrainArgs, train_classifier_hf

    out = tmp_path_factory.mktemp("tiny-bert")
    result = train_classifier_hf(list(load_annotations(DEVSET)), out, TrainArgs(epochs=6, hidden=32, eval_fraction=0))
    return out, result.to_dict() | result.extra


@pytest.mark.slow
def test_tiny_bert_loss_goes_down_and_saves_safetensors(tiny_model):
    out, stats = tiny_model
    assert stats["loss_last_epoch"] < stats["loss_first_epoch"] < stats["chance_loss"] + 0.5
    assert (out / "model.safetensors").is_file() and (out / "tokenizer.json").is_file()
    assert not list(out.glob("*.bin")) and not list(out.glob("*.pkl"))


@pytest.mark.slow
def test_hf_classifier_in_pipeline_and_save_load_identical(tiny_model, tmp_path):
    out, _ = tiny_model
    s = Summarizer(classifier="hf", classifier_model=str(out))
    summary = s(VUM02)
    assert summary.get_field("acceptance_number").value == "CXSL2500651"
    saved = s.save_pretrained(tmp_path / "saved")
    assert (saved / "classifier" / "model.safetensors").is_file()
    again = Summarizer.from_pretrained(saved)
    assert again(VUM02).to_dict() == summary.to_dict()
    doc = s.segmenter(s.reader.read(VUM02))
    assert [x.section for x in s.classifier(doc).segments] == [x.section for x in again.classifier(doc).segments]


def test_hf_needs_a_model_and_fails_clearly_offline(monkeypatch):
    with pytest.raises(ConfigError, match="needs classifier_model"):
        Summarizer(classifier="hf")
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ConfigError, match="not a local folder and HF_HUB_OFFLINE"):
        Summarizer(classifier="hf", classifier_model="some-org/some-model")


def test_missing_transformers_gives_install_hint(monkeypatch):
    monkeypatch.setitem(sys.modules, "transformers", None)
    from summarizer.backends.hf import require_hf

    with pytest.raises(MissingDependencyError, match=r"summarizer\[hf\]"):
        require_hf()
