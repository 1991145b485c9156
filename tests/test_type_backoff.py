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


def _model_file(tmp_path, label="drug_registration", weight=9.0, labels=("drug_registration", "other", "setback"),
                keys=("b核准", "b签发")):
    """A tiny model that reads 核准签发 (or ``keys``, bigrams of the body) as ``label``."""
    labels = list(labels)
    data = {"labels": labels, "bias": [0.0] * len(labels),
            "weights": {key: [[labels.index(label), weight]] for key in keys}}
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


FIVE = ("drug_registration", "other", "setback", "licensing_deal", "trial_results")


def test_an_unsure_model_leaves_the_patterns_reading(tmp_path):
    s = Summarizer(type_model=str(_model_file(tmp_path, weight=0.01, labels=FIVE)))  # p ≈ 1/5 < 0.3
    assert s.analyse(SILENT).doc_type == "other"


def test_a_reading_at_p_0_3_or_more_is_taken_where_the_patterns_are_silent(tmp_path):
    # three labels, a nearly flat model: p ≈ 1/3, over the bar chosen on first contact (pipeline.BACKOFF_SURE)
    model = _model_file(tmp_path, weight=0.01)
    assert TypeModel.load(model).predict(Summarizer(type_model="").analyse(SILENT))[1] < 0.4
    assert Summarizer(type_model=str(model)).analyse(SILENT).doc_type == "drug_registration"


TRIAL = ("东川医药关于获得药物临床试验批准通知书的公告\n东川医药股份有限公司近日收到国家药品监督管理局核准签发的东川片"
         "《药物临床试验批准通知书》，同意本品开展用于治疗原发性高血压的临床试验。")
TRIAL_LABELS = ("drug_trial_approval", "other", "setback")


def test_the_model_never_overrules_a_type_the_patterns_decide(tmp_path):
    s = Summarizer(type_model=str(_model_file(tmp_path, label="setback")))
    assert s.analyse(TRIAL).doc_type == "drug_trial_approval"


def test_a_type_the_model_all_but_rules_out_keeps_its_layout_but_states_no_event(tmp_path):
    # the model reads the notice as a setback and gives the trial approval p < 0.2 (pipeline.CONTESTED)
    s = Summarizer(type_model=str(_model_file(tmp_path, label="setback", weight=20.0, labels=TRIAL_LABELS)))
    doc = s.analyse(TRIAL)
    assert doc.doc_type == "drug_trial_approval" and s.contested(doc) == "setback"
    summary = s(doc)
    assert not summary.core_viewpoint.event and "received approval" not in summary.core_viewpoint.en
    assert "东川医药" in summary.core_viewpoint.zh  # the lead says what the filing says
    assert summary.get_field("regulator") is not None  # the type's fields are read all the same


def test_a_model_that_agrees_or_never_learnt_the_type_lets_the_template_stand(tmp_path):
    agrees = Summarizer(type_model=str(_model_file(tmp_path, label="drug_trial_approval", labels=TRIAL_LABELS)))
    doc = agrees.analyse(TRIAL)
    assert agrees.contested(doc) is None and agrees(doc).core_viewpoint.event
    # a model whose labels lack the type has no say on it (a type a user added after training)
    unaware = Summarizer(type_model=str(_model_file(tmp_path, label="setback")))
    doc = unaware.analyse(TRIAL)
    assert unaware.contested(doc) is None and unaware(doc).core_viewpoint.event
    # nor is a type the caller gives
    doubting = Summarizer(type_model=str(_model_file(tmp_path, label="setback", weight=20.0, labels=TRIAL_LABELS)))
    forced = doubting.analyse(TRIAL, doc_type="drug_trial_approval")
    assert doubting.contested(forced) is None and doubting(forced).core_viewpoint.event


def test_a_setback_the_filing_names_is_stated_even_where_the_model_doubts_it(tmp_path):
    text = ("东川医药关于收到完全回应函的公告\n东川医药近日收到美国FDA就东川单抗注射液上市申请发出的完全回应函（CRL），"
            "该申请暂未获得批准。")
    labels = ("setback", "other", "drug_registration")
    s = Summarizer(type_model=str(_model_file(tmp_path, label="drug_registration", weight=20.0, labels=labels,
                                              keys=("b回应", "b应函"))))
    doc = s.analyse(text)
    assert doc.doc_type == "setback" and s.contested(doc) == "drug_registration"
    assert s(doc).core_viewpoint.event  # bad news stays stated as bad news


BOARD = "Eastpeak Bio said its board met on Tuesday to discuss its plans."


def test_a_one_model_file_serves_chinese_only(tmp_path):
    s = Summarizer(type_model=str(_model_file(tmp_path)))
    assert s.analyse(BOARD).doc_type == "other"


def _languages_file(tmp_path, en_label, en_keys, weight=20.0):
    """A two-language file: the Chinese tiny model, and an English one that reads ``en_keys`` as ``en_label``."""
    labels = ["drug_trial_approval", "other", "setback"]
    en = {"labels": labels, "bias": [0.0] * 3, "weights": {k: [[labels.index(en_label), weight]] for k in en_keys}}
    zh = json.loads(_model_file(tmp_path).read_text(encoding="utf-8"))
    path = tmp_path / "types2.json"
    path.write_text(json.dumps({"languages": {"zh": zh, "en": en}}), encoding="utf-8")
    return path


def test_english_has_its_own_model_in_a_two_language_file_but_no_back_off(tmp_path):
    s = Summarizer(type_model=str(_languages_file(tmp_path, "setback", ["wboard"])))
    assert s.analyse(SILENT).doc_type == "drug_registration"  # the Chinese model as before
    assert set(s._types_model) == {"zh", "en"}
    # silent patterns and a sure English reading: English is not typed by the model (pipeline.BACKOFF_LANGS)
    assert s._type_model("en").predict(s.analyse(BOARD))[0] == "setback"
    assert s.analyse(BOARD).doc_type == "other"


def test_an_english_template_the_model_all_but_rules_out_is_not_stated(tmp_path):
    text = ("Eastpeak Bio Receives FDA Clearance of IND Application for EPB-101\n\nEastpeak Bio today announced "
            "that the U.S. Food and Drug Administration has cleared its Investigational New Drug application for "
            "EPB-101 in adults with moderate asthma.\n")
    plain = Summarizer(type_model="")
    assert plain(text).doc_type == "drug_trial_approval" and plain(text).core_viewpoint.event
    doubting = Summarizer(type_model=str(_languages_file(tmp_path, "setback", ["wcleared", "wclearance"])))
    doc = doubting.analyse(text)
    assert doc.doc_type == "drug_trial_approval" and doubting.contested(doc) == "setback"
    assert not doubting(doc).core_viewpoint.event


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
    for lang in ("zh", "en"):  # one model per language
        model = s._type_model(lang)
        assert model is not None and set(model.labels) <= set(s.types.types)


def test_a_type_model_of_ones_own_travels_with_save_pretrained(tmp_path):
    s = Summarizer(type_model=str(_model_file(tmp_path)))
    folder = s.save_pretrained(tmp_path / "saved")
    (tmp_path / "types.json").unlink()  # the original is gone: the saved copy must serve
    loaded = Summarizer.from_pretrained(folder)
    assert loaded.analyse(SILENT).doc_type == "drug_registration"
