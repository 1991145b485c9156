"""Issue 3: annotated filings, `summarizer evaluate`, the trained classifier, more announcement types."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from summarizer import Summarizer
from summarizer.backends.linear import LinearClassifier
from summarizer.training.linear import train_classifier
from summarizer.errors import ConfigError
from summarizer.training.annotations import build, build_dir, load_annotations, write_jsonl
from summarizer.training.evaluate import evaluate, normalize_value, rouge

from .conftest import ROOT

DEVSET = ROOT / "seeds" / "devset.jsonl"


def test_markup_builds_exact_spans():
    ann = build("#id: x\n#lang: zh\n#type: other\n@core_event 公司收到[[regulator:国家药监局]]的通知。\n\n@risk_warning 敬请注意风险。")
    assert ann.text == "公司收到国家药监局的通知。\n\n敬请注意风险。"
    (f,) = ann.fields
    assert ann.text[f["start"] : f["end"]] == "国家药监局"
    assert [ann.text[s["start"] : s["end"]] for s in ann.segments] == ["公司收到国家药监局的通知。", "敬请注意风险。"]


def test_markup_errors_are_clear():
    with pytest.raises(ConfigError, match="unknown label"):
        build("#id: x\n#lang: zh\n@nonsense 文本")
    with pytest.raises(ConfigError, match="must start with @label"):
        build("#id: x\n#lang: zh\n没有标签")


def test_shipped_devset_matches_its_markup_and_is_big_enough(tmp_path):
    built = build_dir(ROOT / "seeds" / "devset")
    write_jsonl(built, tmp_path / "d.jsonl")
    assert (tmp_path / "d.jsonl").read_text(encoding="utf-8") == DEVSET.read_text(encoding="utf-8")
    anns = list(load_annotations(DEVSET))
    assert len(anns) >= 40
    assert {a.lang for a in anns} == {"zh", "en"}
    assert {a.type for a in anns} >= {"drug_trial_approval", "drug_registration", "nda_acceptance", "trial_progress",
                                      "regulatory_designation", "licensing_deal", "other"}


def test_rouge_word_and_chinese_character_units():
    assert rouge("the cat sat", "the cat sat")["rougeL"] == 1.0
    assert rouge("a b", "c d")["rouge1"] == 0.0
    zh = rouge("公司获得临床试验批准", "公司获得药物临床试验批准", unit="char")
    assert 0.8 < zh["rouge1"] < 1.0 and zh["rouge2"] > 0.5
    assert rouge("公司获得临床试验批准 [3]", "公司获得临床试验批准", unit="jieba")["rouge1"] == 1.0


def test_normalize_value_width_case_script():
    assert normalize_value("ＣＸＳＬ２５００６５１") == normalize_value("cxsl2500651")
    assert normalize_value("美國") == normalize_value("美国")
    assert normalize_value("化学药品 1 类") == normalize_value("化学药品1类")


def test_issue3_devset_quality_thresholds():
    report = evaluate(DEVSET, Summarizer())
    overall = report["overall"]
    assert overall["errors"] == []
    assert overall["type_accuracy"] == 1.0
    assert overall["fields"]["f1"] >= 0.95
    assert overall["section_macro_f1"] >= 0.90
    assert overall["citation_precision"] >= 0.95
    assert overall["faithfulness_violations"] == 0
    assert overall["rouge"]["en_word_rouge1"] > 0.45  # nine reference summaries (the seed's and eight of ours)
    seed = [a for a in load_annotations(DEVSET) if a.id == "zh-dta-00-vum02"]
    assert evaluate(seed, Summarizer())["overall"]["rouge"]["en_word_rouge1"] > 0.6  # against the seed summary
    for name, r in report["by_type"].items():
        assert r["type_accuracy"] == 1.0, name


def test_trained_classifier_roundtrips_and_learns(tmp_path):
    anns = list(load_annotations(DEVSET))
    result = train_classifier(anns[:30], folds=3, epochs=200)
    model = result["model"]
    assert result["report"]["cv_folds"] == 3 and 0 <= result["report"]["cv_macro_f1_model"] <= 1
    path = tmp_path / "sections.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    loaded = LinearClassifier(path)
    direct = LinearClassifier(model)
    s = Summarizer()
    doc = s.segmenter(s.reader.read(anns[0].text))
    assert [x.section for x in loaded(doc).segments] == [x.section for x in direct(doc).segments]
    # in-sample it fits what it was trained on
    trained = Summarizer(classifier="linear", classifier_model=str(path))
    assert evaluate(anns[:30], trained)["overall"]["section_macro_f1"] >= 0.9


def test_shipped_classifier_artifact_is_json_and_loads():
    path = ROOT / "models" / "classifier" / "sections.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert set(data) >= {"labels", "features", "weights", "bias"}
    assert len(data["weights"]) == len(data["features"])
    summary = Summarizer(classifier="linear")(ROOT / "seeds" / "vum02-announcement.zh.txt")
    assert summary.get_field("acceptance_number").value == "CXSL2500651"


def test_cli_evaluate_and_train(tmp_path):
    done = subprocess.run([sys.executable, "-m", "summarizer.cli", "evaluate", str(DEVSET), "-o", str(tmp_path / "r.json")],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "| overall | 41 |" in done.stdout
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["overall"]["documents"] == 41
    done = subprocess.run([sys.executable, "-m", "summarizer.cli", "train", "classifier", str(ROOT / "seeds" / "devset"),
                           "-o", str(tmp_path / "m.json"), "--folds", "0", "--epochs", "50"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "m.json").read_text(encoding="utf-8"))["labels"][0] == "core_event"


@pytest.mark.parametrize("a, b, same", [
    ("Fast Track", "Fast Track Designation", True), ("孤儿药", "孤兒藥（ODD）資格認定", True),
    ("Orphan Drug Designation (ODD)", "orphan drug", True), ("快速通道", "快速审评通道(Fast Track)资格认定", True),
    ("新藥快速審查資格", "Fast Track Designation", True),  # Taiwan's wording
    # a proposal is not the granted designation; two kinds are two designations
    ("拟突破性治疗品种", "突破性治疗品种", False), ("Priority Review", "Breakthrough Therapy", False),
])
def test_a_designation_is_keyed_by_its_kind(a, b, same):
    from summarizer.training.metrics import field_key
    assert (field_key("designation", a) == field_key("designation", b)) is same


def test_field_key_ignores_legal_form_and_trailing_abbreviation_only():
    from summarizer.training.metrics import field_key
    assert field_key("company", "Clene Inc.") == field_key("company", "Clene")
    assert field_key("company", "BeiGene, Ltd.") == field_key("company", "BeiGene")
    assert field_key("company", "Nordwin Holding Corp.") == field_key("company", "Nordwin")
    assert field_key("company", "Theriva™ Biologics") == field_key("company", "Theriva Biologics")
    assert field_key("company", "江苏示例医药股份有限公司") == field_key("company", "江苏示例医药")
    # an exchange's listing marker after a short name is no part of it
    assert field_key("company", "示例抗体-B") == field_key("company", "示例抗体")
    assert field_key("company", "示例生技-KY") == field_key("company", "示例生技")
    assert field_key("company", "示例抗体-BX") != field_key("company", "示例抗体")
    # a different name stays different; a drug keeps its suffix-like words
    assert field_key("company", "Clene Nanomedicine") != field_key("company", "Clene")
    assert field_key("drug_name", "Examplimab Co") != field_key("drug_name", "Examplimab")
    assert field_key("indication", "复发/难治性套细胞淋巴瘤(R/R MCL)") == field_key("indication", "复发/难治性套细胞淋巴瘤")
    assert field_key("indication", "晚期非小细胞肺癌") != field_key("indication", "非小细胞肺癌")


@pytest.mark.parametrize("a, b, same", [
    ("预防水痘", "水痘", True), ("重症斑秃患者", "重症斑秃", True), ("用于治疗痛风", "痛风", True),
    ("复发性或转移性鼻咽癌(“R/M NPC”)", "复发性或转移性鼻咽癌", True),
    ("treatment of gout flares", "gout flares", True), ("pediatric patients with gout flares", "gout flares", True),
    ("gout flares in adults", "gout flares", False),
    ("晚期复发或转移性鼻咽癌", "复发或转移性鼻咽癌", False), ("治疗", "预防", False),
])
def test_an_indication_is_one_key_with_or_without_its_purpose_and_patients(a, b, same):
    from summarizer.training.metrics import field_key
    assert (field_key("indication", a) == field_key("indication", b)) is same


@pytest.mark.parametrize("a, b, same", [
    ("Ⅲ期", "III 期", True), ("三期", "第三期", True), ("臨床三期", "Phase 3", True), ("phase III", "III期", True),
    ("I/II期", "III期", False), ("Phase 1/2", "I/II期", True), ("IIb 期", "IIb期", True), ("II期", "III期", False),
])
def test_a_trial_phase_is_one_key_however_it_is_written(a, b, same):
    from summarizer.training.metrics import field_key

    assert (field_key("trial_phase", a) == field_key("trial_phase", b)) is same


@pytest.mark.parametrize("a, b, same", [
    ("美国FDA", "美国食品药品监督管理局", True), ("U.S. Food and Drug Administration (FDA)", "FDA", True),
    ("美國食品暨藥物管理局", "U.S. FDA", True), ("中国国家药品监督管理局", "国家药监局", True),
    ("China National Medical Products Administration", "国家药品监督管理局", True),
    # the CDE is part of the NMPA, not the NMPA; the CFDA came before it; Taiwan's FDA is not the US one
    ("国家药品监督管理局药品审评中心", "国家药品监督管理局", False), ("国家食品药品监督管理总局", "国家药品监督管理局", False),
    ("卫福部食品药物管理署", "美国FDA", False), ("澳大利亚人类研究伦理委员会", "澳大利亚药品管理局", False),
    ("台灣衛福部食藥署", "衛福部食藥署(TFDA)", True), ("衛福部食藥署", "美國食品藥物管理局", False),
    # the body's acronym in brackets after its name
    ("美國食品藥物管理局(US FDA)", "美國FDA", True), ("新加坡衛生科學局(HSA)", "新加坡衛生科學局", True),
    # the country spelt out, an article, the acronym after the English name or the Chinese name after the acronym
    ("United States Food and Drug Administration (USFDA)", "FDA", True),
    ("The Food and Drug Administration (FDA)", "U.S. Food and Drug Administration (US FDA)", True),
    ("美國FDA(食品藥物管理局)", "美国食品和药品监督管理局", True), ("United States FDA", "Taiwan FDA", False),
])
def test_a_regulator_is_one_key_however_the_text_names_the_body(a, b, same):
    from summarizer.training.metrics import field_key

    assert (field_key("regulator", a) == field_key("regulator", b)) is same


@pytest.mark.parametrize("gold, pred, same", [
    ("KORVAX (tenolimab, or KV-2306)", "KV-2306", True), ("KORVAX (tenolimab, or KV-2306)", "tenolimab", True),
    ("甘露特示钠胶囊(GX-971)", "甘露特示钠胶囊", True), ("examplimab injection", "examplimab", True),
    ("注射用 HX0001a", "HX0001a", True), ("HXP-101、HXP-103", "HXP-101", True),
    # a qualifier in brackets is part of the name; a fragment of a name is not the drug; another code is another drug
    ("重组示例疫苗(大肠杆菌)", "重组示例疫苗", False), ("重组三价示例病毒(16/18/58型)疫苗", "重组三价示例病毒", False),
    ("KORVAX (tenolimab, or KV-2306)", "KV-2307", False), ("盐酸示例汀胶囊", "SY-004", False),
])
def test_a_drug_matches_by_any_of_its_names_and_without_its_dosage_form(gold, pred, same):
    from summarizer.training.metrics import field_keys

    assert (not field_keys("drug_name", gold).isdisjoint(field_keys("drug_name", pred))) is same


@pytest.mark.parametrize("a, b, same", [
    ("TWB-103胎兒皮膚細胞傷口敷料", "TWB-103", True), ("高端MVC-COV1901新冠肺炎疫苗", "MVC-COV1901", True),
    ("FP-001 50毫克(六個月劑型)", "FP-001", True),
    # an adjuvant's code is not the vaccine's name; two codes in a name leave it whole
    ("流感病毒裂解疫苗(BK-01 佐剂)", "BK-01", False), ("AB-101联合CD-202", "AB-101", False),
])
def test_a_drug_named_by_a_code_inside_a_chinese_name_is_that_drug(a, b, same):
    from summarizer.training.metrics import field_keys
    assert (not field_keys("drug_name", a).isdisjoint(field_keys("drug_name", b))) is same


# A text that gives a drug another name in brackets names one drug by both: a prediction of either
# matches an annotation of the other; a name the brackets do not join stays another drug.
ALIASED = ("激动剂岭仕度肽(研发代号:LS362)在超重成人中的III期研究。另一款“重组抗人 IL-9 单克隆抗体注射液”(以下简称“QZ012”或"
           "“本品”)。岭康沙妥珠单抗(sac-QMT,亦称QKB264/MK-9870)获批。nofalimab (QS1003)联合治疗。同期的QX-77片另行开发。")


@pytest.mark.parametrize("gold, pred, same", [
    ("岭仕度肽", "LS362", True),
    ("LS362", "岭仕度肽", True),
    ("重组抗人 IL-9 单克隆抗体注射液", "QZ012", True),
    ("岭康沙妥珠单抗", "QKB264", True),
    ("QS1003", "nofalimab", True),
    ("岭仕度肽", "QX-77片", False),
    ("QS1003", "QKB264", False),
])
def test_a_drug_matches_by_the_other_name_its_text_gives_it_in_brackets(gold, pred, same):
    from summarizer.training.evaluate import gold_keys
    from summarizer.training.metrics import field_keys
    assert (not gold_keys("drug_name", gold, ALIASED).isdisjoint(field_keys("drug_name", pred))) is same


@pytest.mark.parametrize("a, b, same", [
    ("中國香港特別行政區衛生署", "香港衛生署", True), ("Department of Health of Hong Kong", "香港衛生署", True),
    ("香港衛生署", "國家藥品監督管理局", False),
])
def test_hong_kongs_department_of_health_is_one_body_however_named(a, b, same):
    from summarizer.training.metrics import field_key
    assert (field_key("regulator", a) == field_key("regulator", b)) is same


# A text that defines a company's short name names one company by both; "(以下简称“公司”)" defines none.
DEFINED = ("近日,北川医药股份有限公司(以下简称“北川医药”或“公司”)收到通知书。另有南山生物科技有限公司(下称\"南山生物\")。\n"
           "本資料由  (上櫃公司) 台川體 公司提供\n2.公司名稱:台灣川脂體股份有限公司\n3.與公司關係(請輸入本公司或子公司):本公司\n"
           "西岭药业股份有限公司(以下简称“公司”)")


@pytest.mark.parametrize("gold, pred, same", [
    ("北川医药股份有限公司", "北川医药", True), ("北川医药", "北川医药股份有限公司", True),
    ("南山生物", "南山生物科技有限公司", True), ("台川體", "台灣川脂體股份有限公司", True),
    ("北川医药", "南山生物", False), ("西岭药业股份有限公司", "公司", False),
])
def test_a_company_matches_by_the_short_name_its_text_defines(gold, pred, same):
    from summarizer.training.evaluate import gold_keys
    from summarizer.training.metrics import field_keys
    assert (not gold_keys("company", gold, DEFINED).isdisjoint(field_keys("company", pred))) is same


def test_a_mops_forms_full_name_is_the_filer_though_the_form_is_boilerplate():
    from summarizer import Summarizer
    text = ("本資料由  (興櫃公司) 6999 聯川藥 公司提供\n序號 1 發言日期 112/03/28\n主旨 本公司產品獲得美國ANDA藥證核准\n說明\n"
            "1.事實發生日:112/03/10\n2.公司名稱:聯川藥業股份有限公司\n3.與公司關係(請輸入本公司或子公司):本公司\n4.相互持股比例:不適用\n"
            "5.發生緣由:\n本公司開發治療真菌感染之藥品Northconazole for Injection, 200 mg/vial獲得美國FDA核准並取得藥證(ANDA)。\n"
            "(2)本產品廣泛用於真菌感染治療,並適用於相同病症。")
    summary = Summarizer()(text, doc_id="mops-anda")
    assert summary.get_field("company").value == "聯川藥業股份有限公司"
    assert summary.get_field("drug_name").value == "Northconazole for Injection"
    indication = summary.get_field("indication")
    assert indication is None or indication.value != "相同病症"
