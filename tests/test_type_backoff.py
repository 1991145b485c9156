"""The type back-off: a small linear model asked only where the type patterns are silent (Chinese)."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from summarizer import Summarizer
from summarizer.backends.typemodel import TypeModel, type_features
from summarizer.errors import ConfigError

# no type pattern matches this notice: the patterns fall back to "other" for want of evidence
SILENT = "南岭药业关于药品注册进展的公告\n南岭药业股份有限公司全资子公司的南岭胶囊近日获得国家药品监督管理局核准签发的证书。"


def _model_file(tmp_path, label="drug_registration", weight=9.0):
    """A tiny model that reads 核准签发 as ``label`` (the bigrams of the lead)."""
    labels = ["drug_registration", "other", "setback"]
    data = {"labels": labels, "bias": [0.0, 0.0, 0.0],
            "weights": {"b核准": [[labels.index(label), weight]], "b签发": [[labels.index(label), weight]]}}
    path = tmp_path / "types.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_patterns_alone_leave_a_silent_notice_other():
    doc = Summarizer(type_model="").analyse(SILENT)
    assert doc.doc_type == "other"


def test_a_sure_model_types_a_silent_notice_but_states_no_event(tmp_path):
    s = Summarizer(type_model=str(_model_file(tmp_path)))
    doc = s.analyse(SILENT)
    assert doc.doc_type == "drug_registration" and doc.doc_type_runner_up == 1.0
    core = s(doc).core_viewpoint
    assert not core.event  # the model's reading never carries an event template
    assert "received approval" not in (core.en or "")


def test_an_unsure_model_leaves_the_patterns_reading(tmp_path):
    s = Summarizer(type_model=str(_model_file(tmp_path, weight=0.01)))  # p ≈ 1/3 < 0.5
    assert s.analyse(SILENT).doc_type == "other"


def test_the_model_is_not_asked_where_a_pattern_decides(tmp_path):
    s = Summarizer(type_model=str(_model_file(tmp_path, label="setback")))
    text = "东川医药关于获得药物临床试验批准通知书的公告\n东川医药近日收到国家药品监督管理局核准签发的《药物临床试验批准通知书》，同意开展临床试验。"
    assert s.analyse(text).doc_type == "drug_trial_approval"


def test_english_is_left_to_the_patterns(tmp_path):
    s = Summarizer(type_model=str(_model_file(tmp_path)))
    assert s.analyse("Eastpeak Bio said its board met on Tuesday to discuss its plans.").doc_type == "other"


def test_a_missing_or_broken_model_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError):
        Summarizer(type_model=str(tmp_path / "nope.json")).analyse(SILENT)
    bad = tmp_path / "bad.json"
    bad.write_text('{"labels": ["x"]}', encoding="utf-8")
    with pytest.raises(ConfigError):
        TypeModel.load(bad)


def test_training_learns_the_types_it_is_shown():
    from summarizer.training.typemodel import train_type_model

    texts = {
        "drug_trial_approval": "收到国家药品监督管理局核准签发的药物临床试验批准通知书，同意开展临床试验。",
        "licensing_deal": "签署独家许可协议，获得首付款及里程碑付款，许可区域为大中华区。",
        "setback": "决定终止该药物的临床试验，并撤回上市申请，计提资产减值。",
    }
    anns = [SimpleNamespace(id=f"{t}-{i}", text=f"公告{i}\n{body}", lang="zh", type=t)
            for t, body in texts.items() for i in range(4)]
    result = train_type_model(anns, epochs=200, min_count=2, keep_above=0.0)
    model = TypeModel(result["model"])
    assert result["report"]["filings"] == 12
    for t, body in texts.items():
        probs = model.scores(type_features(f"公告\n{body}", "zh"))
        assert max(probs, key=probs.__getitem__) == t


def test_the_shipped_model_loads_and_covers_the_types():
    s = Summarizer()
    model = s._type_model()
    assert model is not None and set(model.labels) <= set(s.types.types)


def test_a_type_model_of_ones_own_travels_with_save_pretrained(tmp_path):
    s = Summarizer(type_model=str(_model_file(tmp_path)))
    folder = s.save_pretrained(tmp_path / "saved")
    (tmp_path / "types.json").unlink()  # the original is gone: the saved copy must serve
    loaded = Summarizer.from_pretrained(folder)
    assert loaded.analyse(SILENT).doc_type == "drug_registration"
