from __future__ import annotations

from summarizer.stages.classify import KeywordClassifier, about_label
from summarizer.stages.read import read
from summarizer.stages.segment import RuleSegmenter

from .conftest import NORTHLAKE


def _label_of(doc, startswith: str) -> str:
    for seg in doc.segments:
        if seg.text.startswith(startswith):
            return seg.section
    raise AssertionError(f"no paragraph starts with {startswith!r}")


def test_seed_paragraphs_get_their_sections(vum02_doc):
    expected = {
        "证券代码": "boilerplate",
        "本公司董事会及全体董事保证": "boilerplate",
        "近日，": "core_event",
        "受理号：": "drug_information",
        "审批结论：": "drug_information",
        "本次提交的临床试验方案": "clinical_trial",
        "VUM02注射液是公司自主研发": "development_background",
        "进展性肺纤维化（PPF）": "disease_context",
        "目前全球范围内": "research_landscape",
        "根据国家药品注册相关的法规要求": "risk_warning",
        "特此公告": "boilerplate",
    }
    for start, label in expected.items():
        assert _label_of(vum02_doc, start) == label, start
    assert _label_of(vum02_doc, "MSC有望") in ("research_landscape", "financials")


def test_every_paragraph_is_labelled_with_a_confidence(vum02_doc):
    for seg in vum02_doc.segments:
        assert seg.section is not None
        assert 0 < seg.score <= 1


def test_english_about_sections_and_forward_looking_statements():
    doc = KeywordClassifier()(RuleSegmenter()(read(NORTHLAKE)))
    assert _label_of(doc, "NLT-217 is an inhaled") == "development_background"
    assert _label_of(doc, "Idiopathic pulmonary fibrosis is") == "disease_context"
    assert _label_of(doc, "Northlake Therapeutics is a clinical-stage") == "boilerplate"
    assert _label_of(doc, "This press release contains forward-looking") == "boilerplate"
    assert _label_of(doc, "The IND clearance allows") == "clinical_trial"


def test_about_label_rules():
    assert about_label("About MB-105 MB-105 is a potential first-in-class") == "development_background"
    assert about_label("About March Biosciences Houston-based") == "boilerplate"
    assert about_label("About the Phase 2 EMBRACE Trial") == "clinical_trial"
    assert about_label("About Knee Osteoarthritis") == "disease_context"
    assert about_label("The About page") is None
