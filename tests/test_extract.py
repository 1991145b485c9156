from __future__ import annotations

import pytest

from summarizer.stages.doctypes import load_types
from summarizer.stages.extract import PatternExtractor

SEED_FIELDS = {
    "drug_name": ("VUM02注射液", "VUM02 Injection"),
    "dosage_form": ("注射剂", "Injection"),
    "specification": ("5E7个细胞（10mL）/袋", "5E7 cells (10 mL) per bag"),
    "registration_category": ("治疗用生物制品1类", "Class 1 therapeutic biological product"),
    "application_item": ("境内生产药品注册临床试验", "Domestic production drug registration clinical trial"),
    "acceptance_number": ("CXSL2500651", "CXSL2500651"),
    "notification_number": ("2025LP02853", "2025LP02853"),
    "trial_phase": ("IIa期", "Phase IIa"),
    "indication": ("肺炎后进展性肺纤维化", "post-pneumonia progressive pulmonary fibrosis"),
    "regulator": ("国家药品监督管理局", "National Medical Products Administration (NMPA)"),
    "rd_investment": ("约人民币2,352万元", "approximately RMB 23.52 million"),
    "investment_date": ("2025年9月", "September 2025"),
}


@pytest.fixture(scope="module")
def seed_fields(vum02_doc):
    return {f.name: f for f in PatternExtractor()(vum02_doc, load_types()["drug_trial_approval"])}


@pytest.mark.parametrize("name", sorted(SEED_FIELDS))
def test_seed_field_values_and_translations(seed_fields, name):
    value, en = SEED_FIELDS[name]
    f = seed_fields[name]
    assert f.value == value
    assert f.value_en == en
    assert f.value_zh == value


def test_every_field_span_and_citation_point_at_its_evidence(seed_fields, vum02_doc):
    for f in seed_fields.values():
        assert vum02_doc.text[f.start : f.end] == f.value
        (para,) = f.citations
        seg = vum02_doc.segment(para)
        assert seg.start <= f.start and f.end <= seg.end


def test_approval_conclusion_is_rewritten_in_english(seed_fields):
    assert seed_fields["approval_conclusion"].value_en == (
        "VUM02 Injection meets the requirements for drug registration and is approved to conduct "
        "clinical trials for post-pneumonia progressive pulmonary fibrosis."
    )


def test_fields_in_boilerplate_are_ignored(summarizer):
    doc = summarizer.analyse("证券代码：600000 证券简称：示例 公告编号：2026-001\n\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n\n近日，公司收到国家药品监督管理局核准签发的通知。")
    fields = {f.name: f for f in PatternExtractor()(doc, load_types()["other"])}
    assert fields["regulator"].citations == (3,)


def test_pdf_table_rows_with_space_separated_fields(summarizer):
    text = ("近日，公司收到国家药品监督管理局核准签发的《药物临床试验批准通知书》。\n"
            "药品名称 AB-101注射液\n剂型  注射剂\n受理号 CXSL2600001\n通知书编号 2026LP00001\n"
            "审批结论 同意本品开展晚期实体瘤的临床试验。")
    summary = summarizer(text)
    assert summary.get_field("drug_name").value == "AB-101注射液"
    assert summary.get_field("dosage_form").value == "注射剂"
    assert summary.get_field("acceptance_number").value == "CXSL2600001"
    assert summary.get_field("notification_number").value == "2026LP00001"
    assert summary.get_field("indication").value == "晚期实体瘤"


def test_pdf_table_cells_on_separate_lines(summarizer):
    text = ("近日，公司收到国家药品监督管理局核准签发的《药物临床试验批准通知书》。\n"
            "药品名称\nAB-101注射液\n剂型\n注射剂\n受理号\nCXSL2600001")
    summary = summarizer(text)
    assert summary.get_field("drug_name").value == "AB-101注射液"
    assert summary.get_field("dosage_form").value == "注射剂"
    assert summary.get_field("acceptance_number").value == "CXSL2600001"


def test_wire_dateline_with_abbreviated_month(summarizer):
    text = ("Acme Bio Receives FDA Clearance of IND for AB-7\n\n"
            "SAN DIEGO, Jan. 5, 2026 /PRNewswire/ -- Acme Bio (Nasdaq: ACMB) today announced that the U.S. Food "
            "and Drug Administration (FDA) has cleared its IND application for AB-7 for the treatment of "
            "idiopathic pulmonary fibrosis.")
    summary = summarizer(text)
    assert summary.get_field("announcement_date").value == "Jan. 5, 2026"
    assert summary.get_field("announcement_date").value_zh == "2026年1月5日"
    assert summary.get_field("company").value == "Acme Bio"
    assert summary.get_field("drug_name").value == "AB-7"


def test_disease_and_virus_codes_are_not_drug_names(summarizer):
    text = ("Acme Diagnostics Receives TGA Approval for Its Saliva Test\n\n"
            "Acme Diagnostics today announced that Australia's Therapeutic Goods Administration (TGA) approved its "
            "saliva test. Demand for testing grew during COVID-19, and the company also studies HIV-1 kits.")
    summary = summarizer(text)
    drug = summary.get_field("drug_name")
    assert drug is None or drug.value not in ("COVID-19", "OVID-19", "HIV-1")
    assert summary.get_field("regulator").value == "Therapeutic Goods Administration"
