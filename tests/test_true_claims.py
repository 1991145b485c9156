"""True, not just supported: an event template is used only where a cited sentence states the event
as the filer's own and done; otherwise the core viewpoint says less. Contrasting pairs written here
(invented companies and drugs) that differ only in who acts or in tense."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from summarizer import Summarizer
from summarizer.stages.check import check_summary, event_support
from summarizer.stages.compose import CORE_MAX_CHARS


@pytest.fixture(scope="module")
def summarizer():
    return Summarizer()


APPROVED = """Northlake Therapeutics Receives FDA Approval for NLX-12

BOSTON, March 3, 2026 -- Northlake Therapeutics, Inc. today announced that the U.S. Food and Drug Administration (FDA) has approved NLX-12 for the treatment of idiopathic pulmonary fibrosis."""

PLANNED = """Northlake Therapeutics Outlines Regulatory Path for NLX-12

BOSTON, March 3, 2026 -- Northlake Therapeutics, Inc. today said it plans to seek FDA approval of NLX-12 for the treatment of idiopathic pulmonary fibrosis next year."""

COMMENT = """Northlake Therapeutics Comments on FDA Approval of Rivalcorp's PD-L1 Therapy

BOSTON, March 3, 2026 -- Northlake Therapeutics, Inc. today commented on the FDA approval of Rivalcorp's PD-L1 antibody RVC-7, which it views as validating the field."""


def test_a_done_event_by_the_filer_gets_the_event_template(summarizer):
    summary = summarizer(APPROVED, doc_id="approved")
    assert summary.doc_type == "drug_registration"
    assert summary.core_viewpoint.event
    assert "received approval" in summary.core_viewpoint.en
    assert not summary.violations


@pytest.mark.parametrize("text", [PLANNED, COMMENT], ids=["plans-to-seek", "comments-on-rival"])
def test_a_plan_or_a_rivals_event_is_never_stated_as_received(summarizer, text):
    summary = summarizer(text, doc_id="x")
    core = summary.core_viewpoint
    assert not core.event
    for lang in ("en", "zh"):
        assert "received approval" not in (core.text(lang) or "")
        assert "获得" not in (core.text(lang) or "") or core.gist
    assert not [v for v in summary.violations if v.kind == "event"]


ZH_DONE = """青禾医药：关于获得药品注册证书的公告
青禾医药股份有限公司于近日收到国家药品监督管理局核准签发的青禾清肺胶囊《药品注册证书》。"""

ZH_PLANNED = """青禾医药：关于拟申报药品上市许可的公告
青禾医药股份有限公司拟向国家药品监督管理局提交青禾清肺胶囊的上市许可申请，能否获得批准上市尚存在不确定性。"""


def test_chinese_pair_done_versus_planned(summarizer):
    done = summarizer(ZH_DONE, doc_id="done")
    assert done.core_viewpoint.event and not done.violations
    doc = summarizer.analyse(ZH_PLANNED)
    doctype = summarizer.types["drug_registration"]
    assert event_support(doc, doctype, [s.index for s in doc.segments]) is None
    planned = summarizer(ZH_PLANNED, doc_id="planned")
    assert not planned.core_viewpoint.event


def test_the_check_flags_an_event_template_no_sentence_supports(summarizer):
    good = summarizer(APPROVED, doc_id="approved")
    planned_doc = summarizer.analyse(PLANNED)
    # the same templated claim, now citing a paragraph that only states a plan
    claim = replace(good.core_viewpoint, citations=(planned_doc.segments[-1].index,))
    bad = replace(good, core_viewpoint=claim, sources={})
    kinds = {v.kind for v in check_summary(bad, planned_doc, summarizer.types["drug_registration"], summarizer.glossary)}
    assert "event" in kinds


def test_core_viewpoint_is_bounded_whatever_the_input(summarizer):
    sentence = "远山药业股份有限公司近日参加了一项持续多年的行业交流活动并介绍了公司的发展情况"
    text = "远山药业：关于参加行业交流活动的公告\n" + "，".join([sentence] * 40) + "。"
    summary = summarizer(text, doc_id="long")
    for lang in ("zh", "en"):
        assert len(summary.core_viewpoint.text(lang) or "") <= CORE_MAX_CHARS
    # a research note's bullet line with no clause mark to cut at: the ellipsis counts in the limit
    unbroken = "公司业务与战略 - " + " - ".join(["公司以特色中成药为基础高端仿制药为依托创新药为引领具备多层次研发体系"] * 12)
    summary = summarizer(unbroken, doc_id="unbroken")
    assert 0 < len(summary.core_viewpoint.zh) <= CORE_MAX_CHARS
    from summarizer.stages.compose import _trim

    assert len(_trim("药" * 400, "zh")) == CORE_MAX_CHARS and _trim("药" * 400, "zh").endswith("…")


def test_page_furniture_is_not_the_core_viewpoint(summarizer):
    text = ("您需要登录才可以下载或查看，没有账号？\n"
            "远山药业股份有限公司近日收到国家药品监督管理局核准签发的YS-55片《药物临床试验批准通知书》，同意开展临床试验。")
    summary = summarizer(text, doc_id="nav")
    assert "登录" not in (summary.core_viewpoint.zh or "")


def test_buying_an_approved_drug_is_not_an_approval(summarizer):
    # shape of a real release: a company acquires a product that the FDA approved years ago
    text = ("Westbay Pharma Announces That It Has Acquired WB-20, an FDA-Approved Migraine Medication, From Eastline\n\n"
            "IRVINE, CA - May 2, 2026 - Westbay Pharma Inc. today announced that it has acquired WB-20, "
            "an FDA-approved treatment for migraine, from Eastline LLC.")
    core = summarizer(text, doc_id="acquired").core_viewpoint
    assert not core.event
    assert "approval" not in (core.en or "").lower() or core.gist


def test_indication_run_on_into_the_next_clause_is_left_out(summarizer):
    # a reprint whose indication sentence runs on into a market remark (",原研未进口,…")
    text = ("远山药业公告，公司近日收到国家药品监督管理局核准签发的关于远山气雾剂的《药物临床试验批准通知书》。"
            "该药品用于治疗成年男性的原发性某某症,原研未进口,国内尚未有仿制药上市。")
    summary = summarizer(text, doc_id="runon")
    indication = [f for f in summary.fields if f.name == "indication"]
    assert all("原研" not in f.value for f in indication)
    drug = next(f for f in summary.fields if f.name == "drug_name")
    assert drug.value_en == "Yuanshan Aerosol"


def test_evaluate_counts_event_claims_that_contradict_the_annotation():
    from summarizer.training.annotations import Annotation
    from summarizer.training.evaluate import event_claim_false

    s = Summarizer()
    text = ("东桥药业股份有限公司关于获得药物临床试验批准通知书的公告\n"
            "近日，东桥药业股份有限公司收到国家药品监督管理局核准签发的DQ-7片《药物临床试验批准通知书》，同意本品开展晚期实体瘤的临床试验。")
    summary = s(text, doc_id="claim")
    assert summary.doc_type == "drug_trial_approval" and summary.core_viewpoint.event

    def ann(**event):
        return Annotation(id="claim", lang="zh", text=text, type=event.pop("type", "drug_trial_approval"),
                          meta={"event": {"filer_event": True, "polarity": "positive", **event}})

    assert event_claim_false(ann(), summary) is False  # the claim holds
    assert event_claim_false(ann(filer_event=False), summary) is True  # another company's news
    assert event_claim_false(ann(type="trial_results"), summary) is True  # the wrong kind of event
    assert event_claim_false(ann(polarity="negative"), summary) is True  # a setback told as progress
    assert event_claim_false(Annotation(id="x", lang="zh", text=text), summary) is None  # nothing annotated


def test_a_first_patient_dosed_is_progress_not_results_in_both_languages():
    # a wire story headline in the present tense ("Doses First Patient"); it was summarised as having
    # "reported results" (from a test-split filing: see README)
    text = ("# NewsBreaks – Harrow Bio (NASDAQ: HRWB) Doses First Patient in Phase 2 KESTREL Trial\n\n"
            "Harrow Bio (NASDAQ: HRWB) announced the first patient has been dosed in the Phase 2 KESTREL trial "
            "evaluating HB-210 for reducing acute stress reaction symptoms.")
    summary = Summarizer()(text, doc_id="dosed")
    assert summary.doc_type == "trial_progress"
    assert "results" not in summary.core_viewpoint.en
    assert "首例患者给药" in summary.core_viewpoint.zh and "dosed" not in summary.core_viewpoint.zh


def test_an_hkex_english_disclaimer_is_never_the_core_viewpoint():
    text = ("Hong Kong Exchanges and Clearing Limited and The Stock Exchange of Hong Kong Limited take no responsibility "
            "for the contents of this announcement, make no representation as to its accuracy or completeness and "
            "expressly disclaim any liability whatsoever for any loss howsoever arising from the whole or any part of "
            "the contents of this announcement.\n\n(Incorporated in the Cayman Islands with limited liability)\n\n"
            "The board of directors of the Company is pleased to announce that the National Medical Products "
            "Administration has approved QL-77 for the treatment of classical Hodgkin's lymphoma.")
    summary = Summarizer()(text, doc_id="hkex-en")
    core = summary.core_viewpoint.en
    assert "take no responsibility" not in core and "Cayman" not in core
    assert all("take no responsibility" not in (item.en or "") for _, item in summary.iter_items())


# ------------------------------------------------------------------ saying less when unsure (train split)
TRIAL_OK = """北岭生物公告，公司于近日收到国家药品监督管理局核准签发的北岭单抗注射液《药物临床试验批准通知书》，同意开展临床试验。"""


def test_two_events_of_near_equal_weight_are_not_stated_as_the_news(summarizer):
    doc = summarizer.analyse(TRIAL_OK, doc_id="clear")
    assert doc.doc_type == "drug_trial_approval" and doc.doc_type_runner_up < 0.8
    assert summarizer(doc).core_viewpoint.event  # one clear event: the template states it
    # the same text, had another type scored nearly as high (0.75: within the margin chosen on first
    # contact with two training batches, where templates at 0.7-0.8 were false claims)
    for ratio in (0.9, 0.75):
        core = summarizer(replace(doc, doc_type_runner_up=ratio)).core_viewpoint
        assert not core.event and core.origin == "template"
        assert "received approval" not in (core.en or "")


SPLIT_REGULATORS = """北岭生物公告，北岭单抗注射液获得美国FDA快速通道认定。同日，公司收到国家药品监督管理局核准签发的北岭单抗注射液《药物临床试验批准通知书》。"""
ONE_REGULATOR = """北岭生物公告，北岭单抗注射液获得美国FDA快速通道认定。"""


def test_the_regulator_a_template_names_is_the_one_in_the_event_sentence(summarizer):
    # the patterns' reading (the shipped type model reads the trial approval as the news and would
    # withhold the template: tests/test_type_backoff.py); this test is about the regulator it names
    patterns_only = Summarizer(type_model="")
    split = patterns_only(SPLIT_REGULATORS, doc_id="split").core_viewpoint
    assert split.event and "Fast Track" in split.en
    # the NMPA approved a trial in the next sentence; it granted no Fast Track designation
    assert "National Medical Products" not in split.en and "药品监督管理局" not in split.zh
    one = summarizer(ONE_REGULATOR, doc_id="one").core_viewpoint
    assert one.event and "FDA" in one.en


WEB_FURNITURE = """第B099版:信息披露 上一版 下一版
东岭药业股份有限公司关于获得药物临床试验批准通知书的公告
近日，东岭药业股份有限公司收到国家药品监督管理局核准签发的DL-7注射液《药物临床试验批准通知书》，同意本品开展晚期实体瘤的临床试验。
该药品的临床试验及审批结果存在不确定性，敬请广大投资者注意投资风险。
重要提示文章部分内容及图片来源于网络，我们尊重作者版权，若有疑问可与我们联系。
(文章来源:某某财经社)
下一篇:本周医药板块回顾
Copyright © 2012-2024. 版权所有 备案号:京ICP备00000000号"""


def test_web_page_furniture_is_never_a_summary_item(summarizer):
    summary = summarizer(WEB_FURNITURE, doc_id="furniture")
    shown = summary.to_text("zh") + summary.to_text("en")
    for junk in ("上一版", "来源于网络", "文章来源", "下一篇", "备案号"):
        assert junk not in shown
    assert "DL-7" in summary.core_viewpoint.zh


def test_a_page_that_prints_its_lead_twice_gets_no_bullet_repeating_the_core(summarizer):
    lead = ("智信财经APP讯,东岭高新(000999.SZ)发布公告,近日,公司控股子公司东岭金赛药业有限责任公司收到国家药品监督管理局核准签发的"
            "《药品补充申请批准通知书》,经审查,新增原液生产场地的补充申请获得批准。")
    text = f"{lead}\n该批件系国家药监局同意东岭金赛药业相关补充申请的批准通知书。\n{lead}\n"
    summary = summarizer(text, doc_id="twice")
    core = " ".join((summary.core_viewpoint.zh or "").split())
    bullets = [" ".join((item.zh or "").split()) for path, item in summary.iter_items() if path != "core_viewpoint"]
    assert core not in bullets
    assert len(bullets) == len(set(bullets))


def test_an_indication_never_runs_into_the_drug_it_treats(summarizer):
    text = ("港股异动|兆东眼科升近8% NVK099新药上市申请获受理\n兆东眼科昨日晚间公告，中国国家药品监督管理局最近受理公司核心产品之一、用於治療兒童近視加深的NVK099(硫酸阿托品滴眼液0.02%)的新藥上市申請。")
    summary = summarizer(text, doc_id="run-on")
    indication = next((f for f in summary.fields if f.name == "indication"), None)
    assert indication is None or "NVK099" not in indication.value
    assert "Zhaodong Ophthalmology" in summary.core_viewpoint.en or "Ophthalmology" in (
        next(f for f in summary.fields if f.name == "company").value_en)


def test_evaluate_scores_whether_the_core_names_the_annotated_event():
    from summarizer.training.annotations import Annotation
    from summarizer.training.evaluate import core_names_event

    text = ("东桥药业股份有限公司关于获得药物临床试验批准通知书的公告\n"
            "近日，东桥药业股份有限公司收到国家药品监督管理局核准签发的DQ-7片《药物临床试验批准通知书》，同意本品开展晚期实体瘤的临床试验。")
    summary = Summarizer()(text, doc_id="names")

    def ann(drug, **extra):
        event = {"filer_event": True, "polarity": "positive", "drug": drug, "actor": "东桥药业股份有限公司", **extra}
        return Annotation(id="names", lang="zh", text=text, type="drug_trial_approval", meta={"event": event})

    assert core_names_event(ann("DQ-7片"), summary)  # the drug, named, and the claim holds
    assert not core_names_event(ann("DQ-9片"), summary)  # another drug
    assert not core_names_event(ann("DQ-7片", filer_event=False), summary)  # a false claim never counts
    assert core_names_event(ann(None), summary)  # no drug annotated: the actor


@pytest.mark.parametrize("furniture", ["2020年12月19日 星期六 上一期 下一期", "全球股市", "● 本次事项尚处于公示期，存在不确定性。"])
def test_page_furniture_or_a_risk_bullet_is_not_the_lead(summarizer, furniture):
    text = (furniture + "\n东岭制药股份有限公司控股子公司收到美国FDA关于东妥利珠单抗注射液的临床许可函。\n"
            "东妥利珠单抗注射液拟用于治疗急性髓系白血病。")
    doc = summarizer.analyse(text, doc_id="furn")
    core = summarizer(replace(doc, doc_type="other")).core_viewpoint  # the lead-sentence path
    assert furniture.strip("● ") not in (core.zh or "")


def test_a_sponsored_article_says_so_in_both_languages_and_a_filing_does_not(summarizer):
    from summarizer.types import Summary

    from .test_real_shapes import SPONSORED

    summary = summarizer(SPONSORED, doc_id="paid")
    assert summary.sponsored and all(i in summary.sources for i in summary.sponsored)
    assert "sponsored or paid content" in summary.to_text("en")
    assert "赞助或付费内容" in summary.to_text("zh")
    assert Summary.from_dict(summary.to_dict()).sponsored == summary.sponsored
    unpaid = summarizer(SPONSORED.replace("This article is sponsored content and is for informational purposes only.",
                                          "This article is for informational purposes only."), doc_id="unpaid")
    assert not unpaid.sponsored and "Disclosure" not in unpaid.to_text("en")


def test_a_company_description_is_not_the_lead(summarizer):
    text = ("# Eastbay Bio Update\n\n"
            "Eastbay Bio (NASDAQ: EBIO) is a clinical-stage biotechnology company developing oncolytic viruses for solid tumors.\n\n"
            "Eastbay Bio said the FDA placed no restrictions on the next cohort of its Phase 2 study of EB-01 in pancreatic cancer.")
    doc = summarizer.analyse(text, doc_id="desc")
    core = summarizer(replace(doc, doc_type="other")).core_viewpoint  # the lead-sentence path
    assert "is a clinical-stage biotechnology company" not in (core.en or "")


def test_a_chinese_bullet_wrapped_over_pdf_lines_is_shown_as_one_line(summarizer):
    text = ("东生药业股份有限公司关于DS1225注射液II期临床试验获得顶线数据的公告\n"
            "东生药业股份有限公司控股子公司自主研发的DS1225注射液用于超重/肥胖患者的Ⅱ期临床试验，于近日获得顶线\n"
            "分析数据，初步结果表明该药品表现出积极的疗效和良好的安全性。\n"
            "DS1225注射液用于2型糖尿病患者的Ⅱ期临床研究仍在进行中，公司将根据研究进展及时履行信息披露\n"
            "义务，敬请广大投资者注意投资风险。\n")
    summary = summarizer(text, doc_id="wrap")
    bullets = [item.zh for path, item in summary.iter_items() if path != "core_viewpoint" and item.origin == "extractive"]
    assert bullets and not any("\n" in b for b in bullets)
    assert not summary.violations


# A wire dateline is where and when, not the news: the lead shown is the sentence after it; a date in
# the middle of a sentence is kept.
@pytest.mark.parametrize("lead, shown", [
    ("LOS ANGELES, CA - September 24, 2025 (NEWMEDIAWIRE) - Quill Pharmaceuticals (NASDAQ: QUIL) announced "
     "that it has signed a manufacturing agreement for its nasal spray.",
     "Quill Pharmaceuticals (NASDAQ: QUIL) announced that it has signed a manufacturing agreement"),
    ("BOSTON and SUZHOU, China, Oct. 9, 2020 /PRNewswire/ -- Quill Biologics, Inc. today announced the opening "
     "of its new research centre in Suzhou.", "Quill Biologics, Inc. today announced the opening"),
    ("Quill Labs reported revenue for the quarter ended May 5, 2025 - a record for the company's device unit.",
     "Quill Labs reported revenue for the quarter ended May 5, 2025 - a record"),
])
def test_a_wire_dateline_is_not_part_of_the_core_viewpoint(summarizer, lead, shown):
    core = summarizer(lead + "\n\nThe company will host a call next week.", doc_id="dateline").core_viewpoint.en
    assert core.startswith(shown)


# A tentative approval does not allow marketing: it is said as a tentative approval in both languages.
@pytest.mark.parametrize("text", [
    "6月24日晚间,青宇药业发布公告称,公司于近日收到美国食品药品监督管理局通知,公司联合申报的青拉鲁肽注射液新药简略申请"
    "(ANDA)已获得FDA暂定批准。",
    "Lakeview Pharma announced that the FDA has granted tentative approval to its ANDA for LKV-201 Injection. "
    "Final approval awaits the expiry of the reference product's patents.",
])
def test_a_tentative_approval_is_never_an_approval_to_market(summarizer, text):
    out = summarizer(text, doc_id="tentative")
    assert out.doc_type == "drug_registration"
    assert "tentative approval" in out.core_viewpoint.en and "to market" not in out.core_viewpoint.en
    assert "暂定批准" in out.core_viewpoint.zh and "上市" not in out.core_viewpoint.zh


# A deal's counterparty is the one its sentence names: a partner of another deal the article cites later
# ("三生制药与辉瑞达成…") is never said to be this deal's.
def test_a_partner_named_for_another_deal_is_not_this_deals(summarizer):
    text = ("“青瑞们”找到了赚钱新出路\n"
            "7月28日早间,青瑞医药发布公告称,公司与GlaxoSmithKlineIP(No.3)Limited公司(统称“GSK”)达成协议,将QRS-9821项目"
            "的全球独家权利许可给GSK,首付款5亿美元。\n"
            "此前,三青制药与辉瑞达成协议,将其双抗的全球权益授予辉瑞。")
    out = summarizer(text, doc_id="other-deal")
    assert "Pfizer" not in out.core_viewpoint.en and "辉瑞" not in out.core_viewpoint.zh


# A blog repost: the first line under the headline is the blog's "No comments:" furniture, and the Chinese
# lead has nothing the offline translator covers; the English core is never left empty.
def test_the_core_is_never_in_one_language_only(summarizer):
    text = ("青永生技MCS-9新药查验登记申请已送件\nNo comments:\n"
            "青永生技今日宣布,已向主管机关递交MCS-9的新药查验登记申请,收件编号为1066099419。")
    out = summarizer(text, doc_id="blog")
    core = out.core_viewpoint
    assert core.zh and core.en
    assert "No comments" not in core.zh
    assert not out.violations  # what the English takes from the title cites the title


# An active ingredient's registration is said as the API's approval, never as a medicine approved to
# market for a disease.
@pytest.mark.parametrize("text", [
    ("青睿(6999)原料药「亚硒酸青(Sodium Qingite)」获中国国家药品监督管理局药品审评中心批准上市。\n"
     "主旨:本公司原料药「亚硒酸青(Sodium Qingite)」获中国国家药品监督管理局药品审评中心批准上市。\n"
     "该原料药主要用于生产亚硒酸青注射液,用于硒缺乏症。"),
    # an SSE notice: the API named before its notice (某某原料药获得化学原料药上市申请批准通知书)
    ("青鹤药业:关于控股子公司阿齐青坦原料药获得化学原料药上市申请批准通知书的公告\n近日,青鹤药业股份有限公司控股子公司"
     "浙江青赛科药业有限公司阿齐青坦原料药(以下简称“该原料药”)收到了国家药品监督管理局下发的《化学原料药上市申请批准通知书》。"
     "阿齐青坦用于治疗高血压。"),
], ids=["taiwan-api", "sse-api-notice"])
def test_an_api_registration_is_not_a_marketing_approval(summarizer, text):
    core = summarizer(text, doc_id="api").core_viewpoint
    assert "active pharmaceutical ingredient" in core.en and "to market" not in core.en
    assert "原料药" in core.zh and "上市批准" not in core.zh


# The drug of an earlier deal the filing recalls ("今年5月,公司还曾将X许可…") is not this deal's drug.
def test_an_earlier_deals_drug_is_not_this_deals(summarizer):
    text = ("青伦药业关于控股子公司签署独占许可协议的公告\n"
            "12月22日晚间,青伦药业发布公告,控股子公司青伦博泰与默沙东签署《独占许可及合作协议》,将7项临床前ADC项目"
            "许可默沙东。青伦博泰将收到1.75亿美元不可退还的首付款。\n"
            "这并不是双方的首次合作。今年5月16日,青伦博泰还曾将ADC药物QKB264有偿许可默沙东在中国以外区域开发。")
    core = summarizer(text, doc_id="earlier-deal").core_viewpoint
    assert "QKB264" not in core.en and "QKB264" not in core.zh
    assert "MSD" in core.en and "US$175 million" in core.en


# ------------------------------------------------------------------ second collection (2026-11-27)
def test_an_sec_forms_item_heading_is_never_the_core():
    text = ("Item 1.01 Entry into a Material Definitive Agreement.\n"
            "On May 2, 2019, Westbay Taihao Pharmaceutical Co., Ltd., a subsidiary of Westbay Inc., entered into an "
            "exclusive license agreement with Donglin Pharmaceutical Co., Ltd. for the commercialization of WB-01 "
            "in mainland China, for an upfront payment of US$14.5 million.")
    core = Summarizer()(text).core_viewpoint.en
    assert not core.startswith("Item 1.01"), core


def test_an_english_setback_is_stated_as_a_setback_in_chinese_too():
    text = ("Westbay Pharmaceuticals Reports Topline Results from Phase 3 Trial of WB-1125\n"
            "Westbay Pharmaceuticals, Inc. today announced that its Phase 3 trial of WB-1125 in interstitial cystitis "
            "failed to meet its primary endpoint. The company will halt development of WB-1125.")
    summary = Summarizer()(text)
    field = summary.get_field("setback")
    assert field is not None and field.value_zh == "未达到主要终点"
    assert "failed to meet" not in summary.core_viewpoint.zh


@pytest.mark.parametrize("text, drug", [
    ("Westbay Bio today announced that the FDA approved ravolukast tablets for the treatment of asthma.", "ravolukast"),
    ("Westbay Bio today announced positive results from its Phase 2 trial of tevaprazole in erosive esophagitis.",
     "tevaprazole"),
])
def test_an_inn_is_read_by_its_stem(text, drug):
    field = Summarizer()(text).get_field("drug_name")
    assert field is not None and field.value == drug


JUNK_ZH = """东岭药业：关于获得药物临床试验批准通知书的公告
巨东网新闻中心 2024-03-20 15:10
财经东网 2024/03/26
东岭药业公告，公司于近日收到国家药品监督管理局核准签发的DL-01片《药物临床试验批准通知书》，同意开展晚期实体瘤的临床试验。
DL-01片是公司自主研发的小分子抑制剂，临床前研究显示其具有良好的抗肿瘤活性和安全性。
的开发、注册及销售里程碑付款，以及从个位数到低两位数的分级的净销售额提成费。
恒生医药ETF持仓东岭药业，聚焦创新药产业链，在新技术浪潮下有望迎来更多市场关注。
由于药物研发周期长、环节多，临床试验的进度及结果存在不确定性，敬请投资者注意投资风险。
Post Comments (Atom)
Subscribe to:"""

JUNK_EN = """Westbay Reports Positive Topline Results from Phase 3 Trial of WB-22
Westbay Therapeutics, Inc. today announced positive topline results from its Phase 3 trial of WB-22 in social anxiety disorder.
The trial met its primary endpoint with a statistically significant reduction in symptoms compared with placebo.
Item 9.01 Financial Statements and Exhibits.
Published first on TheWire – the ultimate source for real-time, market-moving breaking financial news.
Trade confidently with insights and alerts from analyst ratings, free reports and breaking news that affects the stocks you care about."""


# a market alert that lists the company's earlier headlines under "Recent … News Highlights:"
HEADLINES_EN = """Market Alert: Westbay's Anxiety Drug Shows Strong Phase 3 Results (NASDAQ: WBTX)

Westbay Therapeutics has reported topline results from its Phase 3 trial showing that WB-22 reduced symptoms of social anxiety disorder compared with placebo.

Recent Westbay Therapeutics News Highlights:

* Westbay Announces Completion of Enrollment in Phase 2 Study of WB-31 in Insomnia
* Westbay Secures $12 Million Registered Direct Offering

Recent News Highlights from WestbayWestbay Announces Positive Data from Phase 1 Study of WB-40

Westbay Announces Listing Transfer to the Nasdaq Capital Market"""


# a news brief's line on the stock's move before the bell
JUNK_MOVE_EN = """Westbay Therapeutics Announces FDA Clearance of IND for WB-77

Westbay Therapeutics, Inc. today announced that the U.S. Food and Drug Administration has cleared its Investigational New Drug application for WB-77 in advanced solid tumors.

Westbay plans to begin a Phase 1 trial of WB-77 in the second half of the year.

Westbay is trading higher 14 percent at $2.35 in the pre-market session.

Shares up 3% premarket on modest volume."""


@pytest.mark.parametrize("text, junk", [
    (JUNK_ZH, ["2024-03-20", "2024/03/26", "的开发", "ETF持仓", "Post Comments", "Subscribe"]),
    (JUNK_EN, ["Item 9.01", "Published first", "Trade confidently"]),
    (HEADLINES_EN, ["WB-31", "Registered Direct", "WB-40", "Listing Transfer", "News Highlights"]),
    (JUNK_MOVE_EN, ["pre-market", "premarket"]),
], ids=["zh-furniture", "en-furniture", "en-headline-list", "en-premarket-move"])
def test_publisher_furniture_is_never_a_summary_item(text, junk):
    summary = Summarizer()(text)
    shown = _shown(summary)
    assert shown
    for bad in junk:
        assert not any(bad in t for t in shown), (bad, shown)


def test_commentary_names_no_regulator_for_the_filer():
    text = ("Analyst Initiates Coverage of Westbay Therapeutics With Buy Rating\n"
            "H.C. Eastbrook initiated coverage of Westbay Therapeutics (NASDAQ: WBTX) with a Buy rating and a $4 price "
            "target. The analyst says the company's pipeline offers multiple shots on goal, and notes that a rival's "
            "drug was approved by the FDA last year.")
    summary = Summarizer()(text)
    assert summary.doc_type == "news_feature"
    assert summary.get_field("regulator") is None


def test_the_core_is_the_news_sentence_not_the_drug_description_before_it():
    text = ("东哲医药：东沃哲亮相国际会议\n"
            "东沃哲是一款高选择性靶向药物，是肺癌领域首个获中美双“突破性疗法认定”的国创新药。"
            "东哲医药宣布，东沃哲全球多中心关键性研究达到主要研究终点，客观缓解率为53.3%。")
    core = Summarizer()(text).core_viewpoint.zh
    assert "主要研究终点" in core or "主要终点" in core, core
    assert "突破性疗法认定" not in core


NOT_YET_SIGNED = """北京东关村科技股份有限公司关于下属公司签署东哌甲酯缓释片项目技术转让合同的公告
证券代码:000999 证券简称:东关村 公告编号:2024-016
北京东关村科技股份有限公司于2024年2月28日召开董事会临时会议，审议通过《关于下属公司签署东哌甲酯缓释片项目技术转让合同的议案》。
下属公司拟与东方研究院签署《技术转让合同》，拟以人民币500万元受让取得东哌甲酯缓释片项目相关的专利申请权及技术资料。
有关《技术转让合同》尚未签署。"""


def test_a_deal_the_filing_says_is_not_yet_signed_is_never_stated_as_signed():
    summary = Summarizer()(NOT_YET_SIGNED)
    assert not summary.core_viewpoint.event
    assert "签署许可" not in summary.core_viewpoint.zh and "entered into" not in (summary.core_viewpoint.en or "")
    # the same filing, signed: the event is stated
    signed = NOT_YET_SIGNED.replace("有关《技术转让合同》尚未签署。", "").replace("审议通过《关于下属公司签署东哌甲酯缓释片项目技术转让合同的议案》",
                                                                       "下属公司已与东方研究院签署《技术转让合同》")
    assert Summarizer()(signed).core_viewpoint.event


def test_a_company_named_in_its_own_english_is_supported_by_its_chinese_name():
    from summarizer.stages.check import _known_name
    from summarizer import Summarizer as S

    doc = S().analyse("消息面上，翰森制药发布公告，附属公司的1类创新药获批上市。")
    assert _known_name("Pharma", [1], doc) and _known_name("Hansoh", [1], doc)
    assert not _known_name("BeiGene", [1], doc)  # another company's English name is not supported here


def test_a_code_joined_to_a_glossary_word_is_supported_but_an_invented_code_is_not():
    from summarizer.stages.check import _code_with_words

    cited = "本品用于治疗her2突变的非小细胞肺癌"
    known = {"mutant", "positive"}.__contains__
    assert _code_with_words("HER2-mutant", cited, known)
    assert not _code_with_words("HER3-mutant", cited, known)  # the code is not in the source
    assert not _code_with_words("HER2-resistant", cited, known)  # the word is not fixed wording


@pytest.mark.parametrize("text, bad", [
    ("Westgen Receives FDA Orphan Drug Designation for WG-01\nWestgen, Inc. today announced that the FDA granted Orphan "
     "Drug Designation to WG-01 for the treatment of advanced tumors.", "advanced tumors"),
    ("Westbay Bio and Eastly Announce Approval of WB-5 in China\nWestbay Bio develops medicines for patients with "
     "cancer, metabolic, autoimmune and other major diseases.", "other major diseases"),
    ("Westgen Receives Rare Pediatric Disease Designation for WG-02\nWestgen, Inc. today announced that the FDA "
     "granted Rare Pediatric Disease Designation to WG-02 for the treatment of aggressive cancers.", "aggressive cancers"),
    ("Westgen Doses First Patient with WG-03\nWestgen, Inc. today dosed the first patient in its trial of WG-03 in "
     "patients with relapsed or refractory disease.", "relapsed or refractory disease"),
])
def test_a_generic_phrase_is_never_the_indication(text, bad):
    field = Summarizer()(text).get_field("indication")
    assert field is None or bad not in field.value, field


def test_the_disease_named_is_the_indication_not_the_class_it_belongs_to():
    text = ("Westgen and Eastly Enter License Agreement for WG-04\nWestgen, Inc. today announced an exclusive license "
            "agreement with Eastly Bio for WG-04 for the treatment of acute myeloid leukemia and other blood cancers.")
    assert Summarizer()(text).get_field("indication").value == "acute myeloid leukemia"
    # a company description's list of areas cut before "and other" is no disease either
    described = ("Westbay Bio Receives Approval of WB-5\nWestbay Bio today announced approval of WB-5.\nWestbay Bio "
                 "develops medicines for patients with cancer, metabolic, autoimmune and other major diseases.")
    field = Summarizer()(described).get_field("indication")
    assert field is None or "metabolic" not in field.value, field


def test_a_url_line_and_a_sites_contact_line_are_never_items():
    text = ("东宝药业：关于暂停DB-004临床研究开发的公告\n"
            "东宝药业1月2日公告，公司DB-004胶囊研发项目目前处于II期临床研究结束阶段。\n"
            "近日，经公司审慎考量，决定暂停DB-004的临床研究开发工作，并全额计提资产减值准备。\n"
            "http://www.example-stock.cn  2024-01-02  东宝药业内幕信息\n"
            "有问题请联系 12345678@qq.com 商务合作广告联系 QQ:12345678\n"
            "由于药物研发周期长、环节多，未来研发进展存在重大不确定性，敬请投资者注意投资风险。")
    shown = _shown(Summarizer()(text))
    assert not any("http://" in t or "商务合作" in t for t in shown), shown


# The headline says a congress accepted the trial's results as a late-breaking abstract; a breakthrough
# designation dated months earlier sits in the background. The news is the readout, never "granted".
def test_results_accepted_by_a_congress_outrank_a_designation_in_the_background(summarizer):
    text = ("东溪药业:关于一类创新药DX-131研究成果被美国肝病研究协会接受为年会最新突破摘要报告的公告\n"
            "东溪药业股份有限公司控股子公司于近日收到美国肝病研究协会的通知，DX-131的临床II期研究完整结果已被2025年年会正式接受为最新突破摘要口头报告。\n"
            "2025年7月，DX-131因现有数据提示具有明显临床优势，被国家药监局审评中心纳入突破性治疗品种。")
    out = summarizer(text, doc_id="late-breaking")
    assert out.doc_type == "trial_results"
    assert "granted" not in (out.core_viewpoint.en or "")


# An interim analysis of safety, reviewed by an independent monitoring committee that lets the trial
# go on, is a step of the trial; an interim analysis that meets its endpoint is a readout.
def test_an_interim_safety_review_is_progress_and_an_interim_efficacy_readout_is_results(summarizer):
    head = "东川抗体-B(09999):于治类风湿关节炎DC-03 III期临床试验中期分析完成\n"
    safety = (head + "东川抗体-B发布公告,DC-03的III期临床试验中期分析已完成。本次中期分析目的在于评价已入组患者的安全性和耐受性,"
              "由独立数据监测委员会(iDMC)进行评价。iDMC未发现新的安全性信号,建议继续进行该研究。")
    efficacy = (head + "东川抗体-B发布公告,DC-03的III期临床试验中期分析已完成。中期分析显示,DC-03组达到主要疗效终点,"
                "ACR20应答率显著优于安慰剂组。")
    out = summarizer(safety, doc_id="safety")
    assert out.doc_type == "trial_progress"
    assert "results" not in (out.core_viewpoint.en or "").lower()
    assert summarizer(efficacy, doc_id="efficacy").doc_type == "trial_results"


# A portal's round-up opens with one company's licence and counts it among several; a filing that says
# the filer is "the second company approved" is still the filer's own approval.
def test_a_round_up_of_several_deals_is_a_feature_and_an_own_approval_stays_an_approval(summarizer):
    roundup = ("据某财经网消息,10月17日,东江制药宣布与西海制药就靶向抗体药物偶联物DJ-110签署许可协议,获得8000万美元首付款。"
               "这已是近两日内第五家宣布达成对外授权交易的中国药企。此前,北山生物、南湖医药相继公布了与跨国药企的合作。")
    out = summarizer(roundup, doc_id="roundup")
    assert out.doc_type == "news_feature"
    headline = ("云端财经\n\n“东江们”找到了赚钱新出路\n\n7月28日早间,东江医药发布公告称,公司与西海制药达成协议,"
                "将DJ-21项目的全球独家权利有偿许可给西海制药。")
    assert summarizer(headline, doc_id="kind").doc_type == "news_feature"
    own = ("东江医药股份有限公司关于获得药品注册证书的公告\n东江医药股份有限公司近日收到国家药品监督管理局核准签发的"
           "东江替尼片《药品注册证书》,公司成为国内第二家获批该品种的企业。")
    assert summarizer(own, doc_id="own").doc_type == "drug_registration"


@pytest.mark.parametrize("line", [
    "在线客服:1290940359",
    "• 成交金额94.20百万元<",
    "每经头条(nbdtoutiao)——某地气象局发出“高温红色预警”:时间跨度“至少未来十年”",
    "公司名称 东江医药股份有限公司",
    "注册地址                东江市滨海新城致远大道 168 号",
    "On Penny Stocks and Low-Volume Stocks: With only the rarest exceptions, this site does not publish commentary about them.",
    "That’s because these “penny stocks” are frequently the playground for scam artists and market manipulators.",
    "At 9:47am: [LON:EGP] Eastgen Pharma Plc share price was 0p at 8.3p Story provided by SomeWire.com",
    # a reprint site's timestamp with its name, its notices to picture owners and copiers, its readers' line,
    # a shop's discount code, a wire's credit alone, a filing's cover line (names in both languages, address)
    "时间:2025年03月11日 09:15:02 某某财经网",
    "特别提醒:如果我们使用了您的图片,请作者与本站联系索取稿酬。",
    "未经本报授权,严禁转载。",
    "如需转载请与《某某日报》联系。",
    "读者热线:4000000000",
    "【春季限时优惠】凭优惠码【QW2025】购物即送礼品",
    "《某某通讯社11日专讯》",
    "青梧药业股份有限公司 Qingwu Pharmaceutical Co., Ltd. (某某省某某市开发区青梧路 9号)",
    # a Hong Kong wire's quote lead (ninth session)
    "《某某通訊社17日專訊》青梧醫藥-B(06855)競價上限開盤,現價升15%,報26﹒5元,以現價計,該股暫連升3日。",
], ids=["service-line", "quote-widget", "teaser", "label-company", "label-address", "disclaimer", "disclaimer-2", "price-credit",
        "timestamp-site", "picture-notice", "no-copying", "copy-contact", "readers-line", "discount-code", "wire-credit", "cover-line",
        "hk-quote-lead"])
def test_site_furniture_is_never_an_item_or_the_core(line):
    from summarizer.stages.compose import _junk_lead

    assert _junk_lead(line)


# A conditional approval is said as one, never as a plain approval to market.
@pytest.mark.parametrize("text", [
    "东兴控股宣布,国家药品监督管理局附条件批准东兴公司的新冠病毒灭活疫苗注册申请。",
    "东兴控股宣布,其子公司研制的新型冠状病毒灭活疫苗东尔来福在国内附条件上市。",
], ids=["conditionally-approved", "conditional-marketing"])
def test_a_conditional_approval_is_stated_as_conditional(summarizer, text):
    out = summarizer(text, doc_id="conditional")
    assert out.doc_type == "drug_registration"
    assert "conditional" in out.core_viewpoint.en


# A readout's result as Chinese filings also write it: endpoints "达标", better than placebo; a result
# the filing negates is not read as one.
@pytest.mark.parametrize("sentence, result", [
    ("研究结果显示,本次临床试验各剂量组的主要终点完全达标。", "primary endpoint fully met"),
    ("试验初步结果显示,东博注射液各剂量组HbA1c较基线有显著改善,明显优于安慰剂组。", "significantly better than placebo"),
], ids=["endpoint-met", "better-than-placebo"])
def test_a_readouts_result_is_in_its_core(summarizer, sentence, result):
    text = "东博生物医药股份有限公司关于东博注射液II期临床试验结果的公告\n东博生物医药股份有限公司公布东博注射液治疗2型糖尿病的II期临床试验结果。" + sentence
    assert result in summarizer(text, doc_id="readout").core_viewpoint.en


def test_a_result_not_better_than_placebo_is_not_stated_as_better(summarizer):
    text = ("东博生物医药股份有限公司关于东博注射液II期临床试验结果的公告\n东博生物医药股份有限公司公布东博注射液的II期临床试验结果,"
            "东博注射液组未显著优于安慰剂组。")
    assert "better than placebo" not in (summarizer(text, doc_id="not-better").core_viewpoint.en or "")


# A setback's event is itself a negation ("did not meet the primary endpoint", 未能达到主要终点): the
# negation after the match no longer hides it (training split: a wire's failed Phase 3 readout); a plan
# before the match still does.
def test_a_failed_endpoint_is_stated_as_the_setback_and_a_plan_is_not(summarizer):
    failed = ("Eastravance Bio: Eastoxetine Phase 3 Study Fails To Meet Primary Goal\n"
              "(Wire) - Eastravance Bio, Inc. (ETBP), a company focused on organ-selective medicines, Wednesday said "
              "its Phase 3 study of eastoxetine for the treatment of neurogenic orthostatic hypotension did not meet "
              "the primary endpoint.\nShares were losing around 38 percent.")
    core = summarizer(failed, doc_id="failed").core_viewpoint
    assert core.event and "setback" in core.en and "did not meet the primary endpoint" in core.en
    planned = ("Eastravance Bio said it plans to report whether its Phase 3 study of eastoxetine did not meet the "
               "primary endpoint once the data are unblinded.")
    core = summarizer(planned, doc_id="planned").core_viewpoint
    assert not core.event


# A co-development contract is no licence: the core names the deal the filing signed (training split: a
# framework contract to co-develop, with the date and the subject between the partner and 签订).
@pytest.mark.parametrize("deal, en", [
    ("项目合作开发框架合同", "co-development agreement"),
    ("独家许可协议", "licensing agreement"),
    ("专利及技术转让协议", "transfer agreement"),
], ids=["co-development", "licence", "transfer"])
def test_the_core_names_the_kind_of_deal(summarizer, deal, en):
    text = (f"东迪药业股份有限公司关于签订{deal}的公告\n东迪药业股份有限公司与南京某石科技股份有限公司于 2022 年 8 月 19 日"
            f"就抗病毒新药项目签订了《{deal}》,首付款为500万元。")
    core = summarizer(text, doc_id="deal").core_viewpoint
    assert en in core.en and deal.replace("项目", "") in core.zh
    assert ("licensing" in core.en) == (en == "licensing agreement")


# A vaccine's trial is for the prevention of its disease, not its treatment (training split: a conjugate
# vaccine's trial approval, "同意开展预防…的临床试验"); a therapy's stays "for the treatment of".
@pytest.mark.parametrize("purpose, drug, en", [
    ("预防", "冻干东型结合疫苗", "for the prevention of"),
    ("", "东芪颗粒", "for the treatment of"),
], ids=["vaccine", "therapy"])
def test_a_vaccine_trial_is_for_prevention(summarizer, purpose, drug, en):
    text = (f"东华疫苗股份有限公司关于{drug}获得药物临床试验批准通知书的公告\n近日,东华疫苗股份有限公司收到国家药品监督管理局核准签发的"
            f"关于{drug}的《药物临床试验批准通知书》。审批结论:经审查,{drug}符合药品注册的有关要求,同意开展{purpose}侵袭性感染的临床试验。")
    core = summarizer(text, doc_id="purpose").core_viewpoint
    assert core.event and en in core.en


# A filer whose own English name holds a digit (三生制药 → "3SBio", a public name): the name derives from
# the cited Chinese name, so its "3" is no unsupported number; the same English name with nothing in
# the cited paragraph to derive it from still is.
def test_a_companys_own_english_name_with_a_digit_is_supported_by_its_chinese_name(summarizer):
    text = "三生制药公告，公司与青川生物签署许可协议，获得青川单抗在中国的独家开发和商业化权利，首付款为1亿元。"
    summary = summarizer(text, doc_id="3s")
    assert summary.fields[0].value_en == "3SBio"
    assert summary.violations == ()
    other = "青川制药公告，公司与青川生物签署许可协议，获得青川单抗在中国的独家开发和商业化权利，首付款为1亿元。"
    doc = summarizer.analyse(other, doc_id="q")
    moved = replace(summary, core_viewpoint=replace(summary.core_viewpoint, en="3SBio entered into a licensing agreement."))
    found = check_summary(moved, doc, summarizer.types[doc.doc_type], summarizer.glossary)
    assert any(v.token == "3SBio" for v in found)


def test_a_stock_sites_tag_line_is_cut_from_the_core_viewpoint(summarizer):
    # a one-line page: the site's tag line, then the headline and the story run together
    text = ("成分股: | 关键词:药品, 所属企业, 仿制药一致性评价, 青川股份 | 信息来源:上交所 青川股份子公司注射用药品通过国家仿制药评价,"
            "预期提升市场竞争力 青川集团股份有限公司(证券代码:600999)近日宣布,旗下青川生物旗下药品注射用盐酸青川替丁成功通过仿制药一致性评价。")
    core = summarizer(text, doc_id="tags").core_viewpoint.zh
    assert core and "成分股" not in core and "关键词" not in core and "信息来源" not in core


def test_a_breadcrumb_and_a_sites_data_credit_are_never_the_core_or_items():
    zh = ("首頁 » 新聞特區 »\n未上市新聞\n"
          "公告本公司開發中新藥BC608獲美國FDA審查通知授予孤兒藥資格認定\n"
          "二、本公司開發中新藥BC608獲得美國FDA認定「孤兒藥」的資格,未來將可獲得美國主管機關給予更多的行政協助。")
    summary = Summarizer()(zh)
    assert "»" not in summary.core_viewpoint.zh and "首頁" not in summary.core_viewpoint.zh
    en = ("Westbay Licenses ABC Program to Eastfield\n\n"
          "Westbay Pharmaceuticals Incorporated WBTX and Eastfield, LLC announced that the companies have entered into an "
          "agreement in which Westbay has licensed rights to ABC.\n\n"
          "Market News and Data brought to you by Benzinga APIs\nComments\nLoading...\n\n"
          "Posted In: NewsContractsBiotechnologyHealth Care")
    shown = _shown(Summarizer()(en))
    assert not any("Benzinga" in t or "Posted In" in t for t in shown), shown


def _shown(summary) -> list[str]:
    """Every item's text, in both languages."""
    return [t for _, item in summary.iter_items() for t in (item.zh, item.en) if t]


def test_a_wrapped_disclaimer_line_and_a_wires_editor_credit_are_never_items():
    text = ("北辰醫藥(000999.SZ):控股子公司獲藥物臨床試驗批准\n\n"
            "* 北辰醫藥稱,控股子公司收到國家藥監局核准簽發的BC-7注射液《藥物臨床試驗批准通知書》,同意開展臨床試驗。\n"
            "* 北辰醫藥產品包括中成藥、免疫制劑藥物等;該股今年迄今累跌約4.2%。(完)\n"
            "(發稿 某某某;審校 某某某)\n\n"
            "      整性亦不發表任何聲明,並明確表示概不就因本公告全部或任何部分內容而產生或因依賴該等內容")
    shown = _shown(Summarizer()(text))
    assert not any("聲明" in t or "審校" in t for t in shown), shown


# A drug company's corporate events (type "other") in contrasting pairs: the event stated done gets its
# templated English core; the event negated or only planned does not.
DEVICE = ("东湖生物关于取得医疗器械注册证的公告\n"
          "近日,东湖生物医学工程股份有限公司(以下简称“公司”)收到了国家药品监督管理局颁发的 1 项《医疗器械注册证》。")
NRDL_IN = ("东湖药业关于产品纳入国家医保目录的公告\n"
           "东湖药业股份有限公司(以下简称“公司”)产品东湖清脑颗粒纳入《国家医保目录》。")
NRDL_OUT = ("东湖药业关于国家医保目录调整的公告\n"
            "东湖药业股份有限公司(以下简称“公司”)产品东湖清脑颗粒未纳入《国家医保目录》。")
INCENTIVE = ("[临时公告]东湖医药:2026年股权激励计划(草案)\n"
             "东湖医药股份有限公司(以下简称“公司”)拟实施2026年股权激励计划,本激励计划拟向激励对象授予限制性股票。")


@pytest.mark.parametrize("text, claim", [
    (DEVICE, "has received a medical device registration certificate from the National Medical Products Administration"),
    (NRDL_IN, "in the National Reimbursement Drug List"),
    (INCENTIVE, "announced a draft share incentive plan"),
], ids=["device-certificate", "nrdl", "incentive-plan"])
def test_a_corporate_event_stated_done_is_stated_in_english(summarizer, text, claim):
    summary = summarizer(text, doc_id="corp")
    assert summary.doc_type == "other"
    assert claim in summary.core_viewpoint.en and not summary.core_viewpoint.gist


def test_a_product_left_out_of_the_reimbursement_list_is_never_said_included(summarizer):
    summary = summarizer(NRDL_OUT, doc_id="nrdl-out")
    assert "included" not in (summary.core_viewpoint.en or "")


@pytest.mark.parametrize("text", [
    "南岭生物公告,公司九价人乳头瘤病毒疫苗的III期临床试验完成入组。",
    "南岭生物公告,公司抗PD-1单克隆抗体注射液获得国家药品监督管理局药物临床试验批准。",
], ids=["han-numeral", "anti-code"])
def test_a_translation_that_writes_the_sources_numeral_or_code_in_english_is_supported(summarizer, text):
    # "九价" is 9-valent, "抗PD-1" anti-PD-1: the English states what the source does
    assert summarizer(text, doc_id="num").violations == ()


def test_a_number_the_source_only_has_inside_a_word_is_still_checked():
    from summarizer.stages.check import _han_numbers
    assert _han_numbers("九价疫苗第三批两项") == {Decimal(9), Decimal(3), Decimal(2)}
    assert _han_numbers("一致性评价进一步推进") == set()


@pytest.mark.parametrize("text", ["###\nAbout Examplecel autole", "***\n", "证券代码:000000\n"], ids=["rule-then-about", "rule", "code-line"])
def test_a_page_of_furniture_still_gets_a_core_viewpoint_in_both_languages(summarizer, text):
    core = summarizer(text, doc_id="furniture").core_viewpoint
    assert core.en and core.zh


def test_a_chinese_article_in_an_english_pages_furniture_is_read_as_chinese_and_english_output_has_no_hanzi(summarizer):
    # a reprint site's English page: a Chinese story first, then a long English disclaimer and links
    story = ("南岭医药(02999.HK)公布,控股子公司收到美国食品药品监督管理局批准,旗下用于治疗新型冠状病毒肺炎的单克隆中和抗体"
             "NL-70可于美国开展一期临床试验。该新药基于合作开发协议进行研发。")
    furniture = "\n".join(["Home", "Markets", "News", "Login"] + [
        "The information on this page is provided for reference only and does not constitute investment advice; "
        "readers should make their own decisions and bear their own risks. " * 6])
    summary = summarizer(story + "\n" + furniture, doc_id="mixed")
    assert summary.lang == "zh"
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in summary.to_text("en"))
    # and an English release that quotes a Chinese line never shows it as English
    release = ("Northlake Therapeutics Announces FDA Clearance\n"
               "BOSTON, March 3, 2026 -- Northlake Therapeutics, Inc. today announced that the U.S. Food and Drug "
               "Administration cleared its IND for NLX-12 in idiopathic pulmonary fibrosis, a serious lung disease.\n"
               "公司表示将尽快启动临床试验。\n"
               "The Phase 1 study will enroll healthy volunteers and patients across sites in the United States and Europe.")
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in summarizer(release, doc_id="en-cjk").to_text("en"))


def test_a_blog_column_on_a_rivals_approval_is_commentary_but_a_reprint_sites_author_line_is_not(summarizer):
    blog = ("文章预览\n这次生在了困难模式 作者:东山客 昨天医药圈都在说,南岭生物的新药上了个寂寞。"
            "上午南岭生物刚发布IL-17A单抗南岭奇单抗获批上市的喜讯,下午北川医药就拿到同靶点的批文。")
    reprint = ("时间: 2021年05月15日 11:55 | 作者:南岭制药 | 来源: 医药资讯| 阅读: 116次\n"
               "南岭生物股份有限公司关于获得药品注册证书的公告\n"
               "南岭生物股份有限公司近日收到国家药品监督管理局核准签发的南岭奇单抗注射液《药品注册证书》。")
    assert summarizer(blog, doc_id="blog").doc_type == "news_feature"
    assert summarizer(reprint, doc_id="reprint").doc_type == "drug_registration"


@pytest.mark.parametrize("text, doc_type, claim", [
    ("南岭生物关于南岭宾增加适应症上市许可申请获得批准的公告\n"
     "近日,南岭生物股份有限公司收到国家药品监督管理局核准签发的《药品注册证书》,公司产品南岭宾用于成人慢性乙型肝炎的增加适应症上市许可申请获得批准。",
     "supplementary_application", "supplementary application has been approved"),
    ("南岭药业关于控股子公司药品增加适应症获得临床试验批准的公告\n"
     "南岭药业股份有限公司控股子公司收到国家药品监督管理局核准签发的关于南岭总黄酮胶囊新增血管性痴呆适应症的《药物临床试验批准通知书》。",
     "drug_trial_approval", "clinical trial"),
], ids=["new-indication-approved", "new-indication-trial"])
def test_a_new_indications_approval_is_a_supplementary_application_its_trial_a_trial_approval(summarizer, text, doc_type, claim):
    summary = summarizer(text, doc_id="supp")
    assert summary.doc_type == doc_type
    assert claim in summary.core_viewpoint.en


def test_a_supplementary_application_accepted_is_never_said_approved(summarizer):
    text = ("南岭药业关于药品补充申请获得受理的公告\n"
            "南岭药业股份有限公司收到国家药品监督管理局核准签发的南岭滴眼液补充申请《受理通知书》,新增适应症申请已获受理。")
    core = summarizer(text, doc_id="supp-acc").core_viewpoint.en
    assert "approved" not in core


def test_a_registration_deemed_to_pass_consistency_evaluation_is_stated_as_the_registration(summarizer):
    text = ("4月6日,南岭双鹤发布公告,公司全资子公司南岭赛科收到了国家药监局于3月30日颁发的非那雄胺片(1mg)《药品注册证书》,"
            "批准该药品生产。根据国家相关政策规定,本次获得批准上市视同通过一致性评价。")
    summary = summarizer(text, doc_id="deemed")
    assert summary.doc_type == "drug_registration"
    assert "approval" in summary.core_viewpoint.en and not summary.core_viewpoint.gist


def test_a_code_the_glossary_or_dictionary_gives_for_the_source_is_supported_an_invented_one_is_not(summarizer):
    text = ("南岭生物公告,公司新冠肺炎疫苗获得卫生福利部专案制造许可。"
            "公司产品聚乙二醇干扰素α-2b注射液增加适应症上市许可申请获得批准。")
    summary = summarizer(text, doc_id="codes")
    assert summary.violations == ()
    doc = summarizer.analyse(text)
    core = replace(summary.core_viewpoint, en="Nanling reported COVID-19 data and XQ-19 results.")
    kinds = {(v.kind, v.token) for v in check_summary(replace(summary, core_viewpoint=core), doc,
                                                        summarizer.types[summary.doc_type], summarizer.glossary)}
    assert ("code", "XQ-19") in kinds and ("code", "COVID-19") not in kinds


def test_a_possessive_name_the_glossary_writes_is_supported(summarizer):
    text = "南岭药业公告,公司乳酸钠林格注射液通过仿制药质量和疗效一致性评价。"
    assert summarizer(text, doc_id="ringer").violations == ()


@pytest.mark.parametrize("text, doc_type, claim", [
    ("Northlake Bio's Unit Gets US FDA's Nod for NLB-143 Clinical Trial\n\nMT Newswires\n\n"
     "The U.S. Food and Drug Administration approved the clinical trial application of Northlake Bio's unit for "
     "NLB-143 for injection, according to a Shenzhen bourse filing on Friday.", "drug_trial_approval", "clinical trial"),
    ("Northlake Bio has announced that its New Drug Application (NDA) for examstat, intended for adult patients "
     "with relapsed follicular lymphoma, has been accepted for review by the China National Medical Products "
     "Administration (NMPA).\n\nThe NDA has also been granted Priority Review status.", "nda_acceptance", "accepted"),
], ids=["wire-trial-nod", "acceptance-with-priority-review"])
def test_english_wire_wordings_of_a_trial_approval_and_an_acceptance(summarizer, text, doc_type, claim):
    summary = summarizer(text, doc_id="wire")
    assert summary.doc_type == doc_type and claim in summary.core_viewpoint.en


def test_an_emergency_use_authorisation_is_never_said_to_be_a_marketing_approval(summarizer):
    text = ("今天的中央流行疫情指揮中心召開記者會,公告「衛福部核准南嶺NL-1901新冠肺炎疫苗專案製造」。"
            "這意味著國產疫苗終於可以進入量產階段。")
    core = summarizer(text, doc_id="eua").core_viewpoint.en
    assert "emergency use authorization" in core and "marketing approval" not in core


# A reprint page opens with an unrelated headline of the site's ("全球热点:钢材…"); the filing's news is a
# procurement bid. The core states the bid from the fields, and the stray headline is no bullet either.
STRAY_HEADLINE = ("全球热点:钢材供不应求价格创新高 下游企业直呼“\n2023-01-05\n(资料图)\n"
                  "东岭集团(600999)发布公告,7月12日,公司控股子公司东岭药业参加了联合采购办公室组织的第七批全国药品集中带量采购,"
                  "东岭药业的枸橼酸东岭因注射液拟中选。\n标签:")


def test_a_pages_unrelated_headline_is_neither_the_core_nor_a_bullet():
    summary = Summarizer()(STRAY_HEADLINE, doc_id="stray-headline")
    zh = summary.to_text("zh")
    assert summary.core_viewpoint.zh.startswith("东岭集团的枸橼酸东岭因注射液") and "拟中选" in summary.core_viewpoint.zh
    assert "钢材" not in zh
    assert "钢材" not in summary.to_text("en") and "provisionally selected" in summary.core_viewpoint.en


# A Taiwan wire: the drug is approved in Macau; its earlier FDA approval is recalled further down. The
# core says the approval without naming the FDA as the body that acted.
MACAU_APPROVAL = ("《生醫股》青禾愛滋病新藥Qingzo生物製劑獲澳門核准上市\n"
                  "【時報-台北電】青禾(4199)公告愛滋病新藥Qingzo生物製劑獲得澳門主管機關核准上市。\n"
                  "新藥名稱QH-355,商品名稱Qingzo,用於治療愛滋病之單株抗體蛋白質藥物。\n"
                  "生物製劑新藥查驗登記已獲得美國FDA核准,現正進行其他國家地區申請。")


def test_an_approval_in_one_place_is_not_said_to_be_another_regulators():
    summary = Summarizer()(MACAU_APPROVAL, doc_id="macau")
    assert summary.doc_type == "drug_registration"
    assert "FDA" not in summary.core_viewpoint.en and "FDA" not in summary.core_viewpoint.zh
    assert "approval" in summary.core_viewpoint.en


# Taiwan: the TFDA agrees to a Phase II trial; the FDA's earlier consent in the US is recalled. The core
# says a trial approval without naming the FDA ("FDA" is not in "TFDA"), and the drug is the code, not
# the cream it is made as.
TFDA_CONSENT = ("青安泡泡龍新藥臨床二期獲TFDA同意 台美多中心同步收案\n"
                "今(11)日,青安醫學(6699)公告,治療遺傳性表皮分解性水皰症的外用乳膏新藥Q703EB,已於2月10日接獲衛福部食藥署(TFDA)"
                "函文同意執行臨床二期試驗。該案先前亦已獲美國食品藥物管理局(FDA)同意在美國進行臨床二期,並獲FDA授予孤兒藥資格。")


def test_a_tfda_consent_is_a_trial_approval_not_the_fdas():
    summary = Summarizer()(TFDA_CONSENT, doc_id="tfda")
    assert summary.doc_type == "drug_trial_approval"
    assert "Q703EB" in summary.core_viewpoint.en
    # (the TFDA's English name has the words "Food and Drug Administration" too: the US body is what must not be named)
    assert "U.S. Food and Drug Administration" not in summary.core_viewpoint.en and "(FDA)" not in summary.core_viewpoint.en
    assert summary.get_field("regulator").value_en == "Taiwan Food and Drug Administration (TFDA)"


def test_a_proposed_deal_is_not_stated_as_signed_by_its_terms_line():
    text = ("四川青川制药股份有限公司关于拟签署全国总代理协议暨关联交易的公告\n\n"
            "重要内容提示:\n● 关联交易内容:公司全资子公司拟与浙江青源医药股份有限公司签署《关于QY-9591的全国总代理协议》。\n"
            "● 交易金额:里程碑首付款为15,000万元人民币。\n● 本次交易尚需提交公司股东大会审议。")
    summary = Summarizer()(text, doc_id="proposed-deal")
    assert summary.doc_type == "licensing_deal"
    assert "has entered into" not in summary.core_viewpoint.en and "签署总代理协议。" not in summary.core_viewpoint.zh


def test_a_chinese_core_names_the_news_not_only_whose_news_it_is():
    # with the filer known, "青川生物公布临床试验结果" says less than the lead's own sentence of the readout
    text = ("青川生物:关于自愿披露临床研究结果的公告\n"
            "近日,青川生物科技股份有限公司(以下简称“公司”)宣布,其自主研发的青川替尼片在II期临床研究中达到主要终点,"
            "客观缓解率为41.2%。\n本次研究共入组88例患者。")
    core = Summarizer()(text).core_viewpoint.zh
    assert "主要终点" in core and "青川替尼" in core, core


def test_a_clause_on_payment_terms_is_no_core():
    text = ("青川制药:关于签署独家许可协议的公告\n"
            "对于被许可方支付给许可方的所有款项将在遵守独家许可协议约定的前提下于各方之间分配,具体分配比例为:"
            "青川制药股份有限公司40%,青川生物60%。\n青川制药股份有限公司与某某公司签署《许可协议》。")
    core = Summarizer()(text).core_viewpoint.zh
    assert not core.startswith("对于"), core


def test_a_wire_tag_in_brackets_does_not_open_the_core():
    # the drug unnamed, the template would say only whose news it is ("…公告获得监管认定"): the lead
    # states it, without the wire's tag
    text = ("青川生命科技获快速通道资格\n<某某通訊> 青川生命科技(00999)宣布,美國食品及藥物管理局(FDA)已向公司全資附屬公司"
            "就其鎮痛藥物授予快速通道資格認定。\n")
    core = Summarizer()(text).core_viewpoint.zh
    assert core.startswith("青川生命科技") and "快速通道" in core, core


def test_a_wires_name_and_date_before_a_bar_does_not_open_the_core():
    text = ("(原标题:青川药业(301999.SZ):青川滴眼液获得药品补充申请批准通知书)\n"
            "格隆汇2月24日丨青川药业(301999.SZ)公布,公司于近日收到国家药品监督管理局签发的青川滴眼液《药品补充申请批准通知书》。\n")
    core = Summarizer()(text).core_viewpoint.zh
    assert not core.startswith("格隆汇"), core


@pytest.mark.parametrize("text, bad", [
    # a provincial GMP certificate's number (province, year, serial) is no drug code
    ("某某药业公告，公司收到上海市药品监督管理局颁发的《药品GMP证书》，证书编号SH20190031，认证范围为片剂。", "SH20190031"),
    # a bispecific's targets in brackets after its number are no drug
    ("某某生物公告，其双抗产品808(B7H3/IL15)获准开展临床试验。", "B7H3"),
    # a clause about an industry is no drug name
    ("某某医药评论：多年来中国一直是原料药和仿制药大国，创新药的格局正在变化。", "多年来"),
])
def test_a_certificate_number_a_target_or_a_clause_is_never_the_drug(summarizer, text, bad):
    drug = summarizer(text, doc_id="notdrug").get_field("drug_name")
    assert drug is None or bad not in drug.value, drug


def test_a_designation_or_an_acceptance_names_no_trial_phase_of_its_background():
    designation = ("Westgen Receives FDA Fast Track Designation for WG-08\nWestgen, Inc. today announced that the U.S. Food "
                   "and Drug Administration has granted Fast Track designation to WG-08 for the treatment of IgA nephropathy. "
                   "WG-08 is being studied in a Phase 2 trial.")
    acceptance = ("青梧生物：关于QW-3注射液上市申请获得受理的公告\n近日，公司收到国家药品监督管理局核准签发的QW-3注射液《受理通知书》。"
                  "本次申请基于一项III期临床试验的结果。")
    trial = ("青梧生物：关于QW-5片获得药物临床试验批准通知书的公告\n近日，公司收到国家药品监督管理局核准签发的QW-5片《药物临床试验批准通知书》，"
             "同意开展II期临床试验。")
    s = Summarizer()
    for text, kind in ((designation, "regulatory_designation"), (acceptance, "nda_acceptance")):
        summary = s(text)
        assert summary.doc_type == kind
        assert summary.get_field("trial_phase") is None
    assert s(trial).get_field("trial_phase") is not None


def test_an_accepted_applications_priority_review_is_shown_and_an_earlier_designation_is_not():
    granted = ("Westgen Announces FDA Acceptance of NDA for WG-09\nWestgen, Inc. today announced that the U.S. Food and Drug "
               "Administration has accepted its New Drug Application for WG-09 for the treatment of IgA nephropathy and "
               "granted it Priority Review.")
    earlier = ("Westgen Announces FDA Acceptance of NDA for WG-09\nWestgen, Inc. today announced that the U.S. Food and Drug "
               "Administration has accepted its New Drug Application for WG-09 for the treatment of IgA nephropathy.\n"
               "WG-09 was previously granted Breakthrough Therapy designation.")
    s = Summarizer()
    summary = s(granted)
    assert summary.doc_type == "nda_acceptance"
    assert summary.get_field("designation").value == "Priority Review"
    assert s(earlier).get_field("designation") is None


@pytest.mark.parametrize("text", [
    # a market column's heading over one company's news
    "Home Money SMALL CAPS ON THE MOVE: Westgen gets green light from US regulator\nWestgen Therapeutics said the FDA "
    "agreed to a streamlined design for the Phase 3 trial of WG-12.",
    # a trade site's sector feature with its author's byline and date after a bar
    "Biotech industry downturn: cuts continue as money runs short\n\nBy Jane Westfield | March 29, 2023\n\nThe once-busy biotech "
    "industry, known for advances in cell therapy, is now shedding staff; Westgen cut its WG-3 program last week.",
    # a wire network's brief summing up its own article on one company's trial
    "# Westgen Inc. (NASDAQ: WGEN) Leverages Positive Data to Shape Pivotal WG-942 Trial\n"
    "Westgen (NASDAQ: WGEN) is a late-stage biopharmaceutical company. The company's WG-942 met its endpoints in a Phase 2 study.\n"
    " To view the full article, visit https://example.com/wgen\n",
], ids=["market-column", "bylined-feature", "full-article-brief"])
def test_a_market_column_or_a_bylined_feature_is_a_feature(text):
    assert Summarizer()(text).doc_type == "news_feature"


@pytest.mark.parametrize("text, drug", [
    ("Westmarin Receives Complete Response Letter for Hemophilia Gene Therapy\nWestmarin Pharmaceutical Inc. today announced "
     "that the FDA issued a Complete Response Letter for its BLA for valoctocogene roxaparvovec for severe hemophilia A.",
     "valoctocogene roxaparvovec"),
    ("Eastly and Westgen Enter License Agreement\nEastly Lab today announced a license agreement with Westgen for tisotumab "
     "vedotin in Greater China.", "tisotumab vedotin"),
], ids=["gene-therapy", "antibody-drug-conjugate"])
def test_a_two_word_inn_is_never_cut_at_its_first_word(text, drug):
    assert Summarizer()(text).get_field("drug_name").value == drug


def test_a_sectors_rebound_is_a_market_report():
    text = ("9月11日|创新药板块持续反弹,青梧生物涨超6%,股价创年内新高,西岸药业、东岳生物涨超7%。消息面上,欧洲肿瘤内科学会年会将于9月13日召开。")
    assert Summarizer()(text).doc_type == "news_feature"


def test_a_news_brief_restating_an_acceptance_for_priority_review_is_an_acceptance():
    text = ("- Westgen Biotech Corporation (NASDAQ:WGEN) has announced that the FDA accepted for priority review the marketing "
            "application submitted by its partner Eastly Inc for WG-cel for relapsed/refractory multiple myeloma.\n"
            "- The agency's target action date has been set for November 29.\n- Price Action: WGEN stock closed at $37.54 on "
            "Wednesday.\n© 2025 Benzinga.com. Benzinga does not provide investment advice.")
    assert Summarizer()(text).doc_type == "nda_acceptance"


def test_the_party_a_form_defines_as_the_company_is_the_filer():
    text = ("Item 1.01 Entry into a Material Definitive Agreement.\n\nOn May 3, 2024, Eastly Lab (Hong Kong) Limited, a "
            "wholly-owned subsidiary of Eastly Lab Limited (the \"Company\"), and Westgen Inc. (\"Westgen\") entered into a "
            "license agreement, pursuant to which the Company obtained an exclusive license to WG-5 in Greater China. "
            "The Company will pay Westgen an upfront payment of $20.0 million.")
    assert Summarizer()(text).get_field("company").value == "Eastly Lab Limited"


def test_a_sites_timestamp_and_byline_between_headline_and_lead_are_not_in_the_core():
    text = ("Broker initiates Chinese biopharma Westgen with a buy; sees 20% upside Aug. 03, 2021 12:32 PM ETWGNBy: Jane Doe, "
            "News Editor - Broker has initiated shares of Westgen Ltd. (WGN +0.8%) with a buy and a $50 price target.")
    core = Summarizer()(text).core_viewpoint.en
    assert "12:32" not in core and "By:" not in core and "Jane Doe" not in core
    assert core.startswith("Broker initiates Chinese biopharma Westgen")


# A release whose partner (a licensee) received the approval: the filer announces it, the partner is the actor.
PARTNER_APPROVAL = ("Lakeview Pharma Announces that Norden Receives U.S. FDA Approval of BRIVOTA™ (solmatinib) for Advanced Gastric Cancer\n\n"
                    "SHANGHAI, China, March 3, 2025 (GLOBE NEWSWIRE) -- Lakeview Pharma Limited (“Lakeview”) today announced that "
                    "its partner Norden received approval from the U.S. Food and Drug Administration (“FDA”) for BRIVOTA™ (solmatinib), "
                    "an oral kinase inhibitor, for adult patients with advanced gastric cancer.\n")


def test_a_partners_approval_is_stated_as_the_partners_never_the_filers(summarizer):
    core = summarizer(PARTNER_APPROVAL, doc_id="partner").core_viewpoint
    assert core.event and "its partner Norden has received" in core.en
    assert "Lakeview Pharma has received" not in core.en and "Lakeview Pharma Limited has received" not in core.en
    assert "Norden" in core.zh
    # the same release where the filer itself received it: the filer is the one approved
    own = PARTNER_APPROVAL.replace("Announces that Norden Receives", "Receives").replace(
        "announced that its partner Norden received", "announced that it received")
    own_core = summarizer(own, doc_id="own").core_viewpoint
    assert own_core.event and "Norden" not in own_core.en and "has received" in own_core.en


def test_an_excerpts_last_cut_sentence_a_forms_name_item_and_a_page_date_are_not_shown(summarizer):
    text = (" date 2025-11-20 新藥公司東達生技預計今年12月下旬掛牌上櫃,總經理說,營運雙引擎為改良型新藥以及學名藥。\n"
            "2.公司名稱:東達生技股份有限公司\n"
            "東達生技今天舉辦媒體交流會,說明今年前三季營收為新台幣14.3億元,年增57.4%。\n"
            "財務表現方面,東達生技說成長動能來自東達")
    summary = summarizer(text, doc_id="cut")
    assert summary.core_viewpoint.zh.startswith("新藥公司東達生技")
    shown = [item.zh or "" for _, item in summary.iter_items()]
    assert not any(s.endswith("來自東達") for s in shown)
    assert not any("公司名稱" in s for s in shown)
    assert any("14.3億元" in s for s in shown)  # a whole sentence stays


def test_a_taiwan_forms_standing_items_are_not_bullets(summarizer):
    text = ("本公司DX-9供查驗登記用二期臨床試驗計畫,衛福部同意試驗進行。\n"
            "B.未通過目的事業主管機關許可者,公司所面臨之風險:不適用。\n"
            "D.已投入之累積研發費用:為保護商業競爭機密及保障投資人權益,故不予揭露。\n"
            "A.預計完成時間:第二期臨床試驗完成及後續相關核備時程,屬權責機關之職權。\n"
            "B.預計應負擔之義務:依法規辦理第二期臨床試驗相關研發費用及行政規費等。\n"
            "(6)新藥開發時程長、投入經費高且並未保證一定能成功,此等可能使投資面臨風險。\n"
            "本試驗預計收錄60名受試者,評估DX-9於肝硬化病人之安全性及療效。\n")
    summary = summarizer(text, doc_id="standing")
    shown = " ".join(item.zh or "" for _, item in summary.iter_items())
    for junk in ("所面臨之風險", "累積研發費用", "預計完成時間", "預計應負擔之義務", "新藥開發時程長"):
        assert junk not in shown
    assert "60名受試者" in shown


def test_mixed_results_from_a_phase_2_trial_are_a_readout_of_the_code_evaluated(summarizer):
    text = (" date 2021-03-02 Westlo Therapeutics (WLO -4.4% ) announces positive, though mixed, results from a 300-subject "
            "Phase 2 clinical trial, Study WX-40, evaluating WCD205 (2% minocycline/0.1% adapalene foam) for the treatment of "
            "moderate-to-severe acne vulgaris.\nThe study met two primary endpoints but failed to achieve the third.\n")
    summary = summarizer(text, doc_id="mixed")
    assert summary.doc_type == "trial_results"
    assert summary.get_field("drug_name").value == "WCD205"


@pytest.mark.parametrize("text, english", [
    ("东华药业(600999.SH)子公司东华科技通过美国FDA现场检查\n智通财经APP讯,东华药业公告,公司子公司东华科技近日通过美国FDA现场检查。\n",
     "the successful completion of an FDA inspection"),
    ("东翔药业(002999)7月17日晚公告,公司外沙厂区于近期收到了FDA签发的警告信关闭函。\n", "the close-out of an FDA warning letter"),
    ("东正药业公告,2016年9月20日,欧盟药品管理局(EMA)网站发布了关于公司台州工厂的《GMP不符合声明》。\n",
     "a GMP non-compliance statement"),
    ("东奇藏药:已回购5.27万股\n东奇藏药公告,截至5月31日,公司已回购5.27万股。\n", "a share repurchase"),
], ids=["fda-inspection", "warning-letter-closed", "gmp-non-compliance", "repurchase"])
def test_a_corporate_event_of_no_drug_type_is_stated_in_english(summarizer, text, english):
    summary = summarizer(text, doc_id="corporate")
    assert summary.doc_type == "other"
    assert english in summary.core_viewpoint.en and not summary.core_viewpoint.en.startswith("Key terms")


def test_shares_an_incentive_plan_takes_from_a_repurchase_are_no_repurchase(summarizer):
    text = ("东浙医药股份有限公司2024年限制性股票激励计划\n股份来源:公司已从二级市场回购的本公司A股普通股股票。"
            "本激励计划拟向激励对象授予合计不超过682.75万股公司限制性股票。\n")
    assert "repurchase" not in (summarizer(text, doc_id="incentive").core_viewpoint.en or "")


@pytest.mark.parametrize("text, english", [
    # a terminated deal: the deal's words make licensing a near-tie, the setback is the news
    ("东海医药(601999)公告,全资子公司东药信谊与贵州东诺签署的X942项目合作协议已终止。\n"
     "根据《终止协议》,东药信谊已收到东诺生物返还的1.1亿元首付款及开发注册里程碑费用,合作协议自2025年12月5日起终止。\n",
     "setback for X942: agreement terminated"),
    # a clinical hold: the trial's words make a trial approval a near-tie
    ("FDA要求子公司暂停两款CAR-T的临床试验\n12月12日,东济药业公告称,东济药业在美国的子公司收到FDA通知,要求暂停DJ053和DJ041的临床试验,"
     "等待生产基地进行检查后得出的结论。\n", "setback for DJ053"),
], ids=["deal-terminated", "clinical-hold"])
def test_a_setback_named_with_what_it_sets_back_is_still_stated(summarizer, text, english):
    summary = summarizer(text, doc_id="setback-near-tie")
    assert summary.doc_type == "setback"
    assert english in summary.core_viewpoint.en


def test_a_designation_for_a_drug_named_only_by_what_it_is_is_stated_for_its_indication(summarizer):
    text = ("東捷幹細胞開發中用於預防小兒支氣管肺發育不全症(BPD)新藥,獲美國FDA審查通知授與「孤兒藥資格認定」,"
            "若未來上市可享美國市場七年專賣獨占權。\n")
    core = summarizer(text, doc_id="unnamed-drug").core_viewpoint
    assert core.event
    assert "Orphan Drug Designation" in core.en and "bronchopulmonary dysplasia" in core.en
    assert not core.en.startswith("Key terms")


def test_a_designation_with_no_drug_named_states_no_indication_from_another_sentence(summarizer):
    text = ("東擎授權夥伴法國Westsen公司於2020年11月30日取得美國食品藥物管理局對於安東得(WESTYDE)治療小細胞肺癌病人之新藥快速審查資格。\n"
            "安東得目前用於胰臟癌的治療已在多國上市。\n")
    core = summarizer(text, doc_id="other-indication").core_viewpoint
    assert "pancrea" not in core.en and "胰臟癌" not in (core.zh or "")


def test_a_near_tie_the_leads_event_sentence_settles_is_stated():
    """An approval whose report also quotes the mainland application's acceptance: the two types nearly
    tie, but the lead's sentence states the approval and says nothing of an acceptance, so the approval
    is stated; an exact tie, or a rival reading as commentary or a setback, still is not."""
    from summarizer import Summarizer
    from summarizer.stages.compose import _rival_in
    from tests.test_real_shapes import HK_APPROVAL
    summary = Summarizer()(HK_APPROVAL, doc_id="near-tie")
    assert summary.doc_type == "drug_registration" and summary.core_viewpoint.event
    assert "批准" in summary.core_viewpoint.zh and "approval" in summary.core_viewpoint.en
    doc = Summarizer().analyse(HK_APPROVAL)
    found = (1, 0, len(doc.text.split("\n")[0]))
    assert not _rival_in(doc, found)
    assert _rival_in(replace(doc, doc_type_rival="news_feature"), found)
    assert _rival_in(replace(doc, doc_type_runner_up=1.0), found)


def test_buying_a_products_trial_approvals_and_rights_is_a_deal_not_a_trial_approval(summarizer):
    # zh-yo-003's shape: a subsidiary buys a tracer's trial approval documents, data and exclusive rights; the
    # filing had been typed a trial approval and stated as "获得药物临床试验批准"
    text = ("华川药业:关于全资子公司引进示踪剂产品暨关联交易的公告\n\n"
            "1、本次关联交易:华川药业集团股份有限公司全资子公司华川医药科技有限公司拟以现金500万美元及100万美元的里程碑款"
            "购买Northwind Therapeutics Inc.持有的示踪剂产品的临床批件和研发资料,并获得该产品在中国大陆地区的临床开发、"
            "生产和市场销售的独家权利。\n")
    summary = summarizer(text, doc_id="asset-deal")
    assert summary.doc_type == "licensing_deal"
    assert "临床试验批准" not in summary.core_viewpoint.zh


@pytest.mark.parametrize("text, doc_type", [
    # zh-yp-006's shape: a filing made, an approval hoped for ("有望…获得批准(附条件)上市"): no approval
    ("港股异动︱华川博药涨幅扩大 中和抗体疗法有望年底前获批上市\n\n"
     "消息面上,华川博药联合研发的中和抗体联合疗法已于10月9日向国家药监局滚动提交附条件上市申报材料,"
     "有望12月底前获得批准(附条件)上市。\n", "nda_acceptance"),
    ("华川博药中和抗体疗法获附条件批准上市\n\n"
     "华川博药宣布,其中和抗体联合疗法已获国家药监局附条件批准上市。\n", "drug_registration"),
])
def test_an_approval_hoped_for_after_a_filing_is_no_approval(summarizer, text, doc_type):
    summary = summarizer(text, doc_id="hoped-approval")
    assert summary.doc_type == doc_type
    if doc_type == "nda_acceptance":
        assert "获得附条件" not in summary.core_viewpoint.zh and "received" not in summary.core_viewpoint.en


def test_a_tally_of_companies_with_a_designation_is_no_filers_designation(summarizer):
    # zh-yq-005's shape: a feature counts the firms holding orphan designations and opens with one firm's deal;
    # "J201获得孤兒藥資格" had been stated
    text = ("罕病新藥缺口大 台廠搶卡位\n\n"
            "罕病新藥卡位投資熱潮,在川安生技治療罕見神經病小分子新藥CA101,以1.5億美元授權美國Westbrook,引為話題,"
            "而國內至少9家廠商開發的罕病新藥已取得孤兒藥資格下,能否再接棒授權,也成市場關注。\n")
    summary = summarizer(text, doc_id="tally")
    assert not summary.core_viewpoint.event
    assert "CA101获得" not in summary.core_viewpoint.zh
    assert summary.doc_type == "news_feature"


def test_another_companys_announced_deal_in_a_feature_is_not_the_filers():
    # zh-x-002's shape: a feature on out-licensing lists several firms, then tells one firm's latest deal
    # ("10月8日,某某医药发布公告称,将…许可给…"); the deal had been stated as the first-listed firm's
    text = ("国产创新药出海,重磅药频遭退货\n\n"
            "国产创新药出海渐成常态。涉及华川医药(600999.SH)、和川医药(02999.HK)等。\n\n"
            "最新的一笔来自华川医药。10月8日,华川医药发布公告称,将公司自主研发的靶向药物马来酸川替尼片在印度范围内"
            "开发及商业化的独家权利有偿许可给印度上市公司Westbrook。\n\n"
            "协议条款显示,华川医药将收取300万美元的首付款。\n")
    summary = Summarizer()(text, doc_id="feature-deal")
    assert summary.get_field("company").value == "和川医药"  # the filer as read (the table's second name)
    assert not summary.core_viewpoint.event and "和川" not in summary.core_viewpoint.zh


def test_a_withdrawal_told_after_the_regulators_tally_is_the_filers_setback(summarizer):
    # zh-zj-001's shape: the regulator's notice of many firms' withdrawals, then the filer's subsidiary's own
    text = ("近日,国家药监局发布了《关于60家企业撤回95个药品注册申请的公告》,公司控股子公司华川延边药业股份有限公司"
            "2 个药品申请了注册撤回。现将有关情况公告如下:\n\n一、药品的基本信息\n\n1、药品名称:川贝止咳颗粒\n")
    summary = summarizer(text, doc_id="tally-withdrawal")
    assert summary.doc_type == "setback"
    assert summary.core_viewpoint.event


def test_a_readout_recalled_in_a_paragraph_of_earlier_news_is_not_the_news(summarizer):
    # zh-yt-002's shape: the news is an application accepted; a paragraph "根据早前消息,…" recalls a Phase III
    # readout, which had become the core viewpoint ("公司公布…III期临床试验结果：达到了预设的主要研究终点")
    text = ("2021年5月7日,北京华诺基医药科技提交的华可拉定软胶囊上市申请获得了国家药品监督管理局药品审评中心受理,"
            "并拟纳入优先审评,用于治疗晚期肝细胞癌。\n\n"
            "根据早前消息,应CDE要求,华诺基开展了一项华可拉定对比华蟾素一线治疗晚期肝细胞癌的III期临床试验。"
            "华诺基于2021年1月6日宣布,该III期临床试验期中分析达到了预设的主要研究终点。\n")
    summary = summarizer(text, doc_id="recalled-readout")
    assert "主要研究终点" not in summary.core_viewpoint.zh
    assert not (summary.doc_type == "trial_results" and summary.core_viewpoint.event)


def test_a_buyback_story_names_no_drug_from_the_companys_profile(summarizer):
    # zh-yp-004's shape: a buyback, then the company's profile (a subsidiary "专注于…开发,是行业领军企业,其HR001产品
    # 是…", a flagship "是我国首个用于急性心衰治疗的基因工程I类新药"): no drug and no indication from it
    text = ("12月18日,华藏药业(600999.SH)发布股份回购公告,公司计划以自有资金1.7亿—2亿元通过集中竞价方式回购股份。\n\n"
            "华藏药业是我国藏药产业的经济龙头,公司产品重组人脑利钠肽“新华素”是我国首个用于急性心衰治疗的基因工程I类新药。"
            "锐华基因专注于LNP等非病毒载体的体内基因编辑药物开发,是行业领军企业,其HR001产品是国内首个获批进入IIT研究的"
            "非病毒载体体内基因编辑药物。\n")
    summary = summarizer(text, doc_id="buyback-profile")
    assert summary.doc_type == "other"
    assert summary.get_field("drug_name") is None and summary.get_field("indication") is None


def test_an_approval_abroad_with_no_regulator_read_is_told_with_its_place(summarizer):
    # zh-ys-003's shape: "艾可宁在马来西亚获得药品上市注册批准" with no regulator named: the template had said "…获批上市",
    # as if at home; the lead names the place
    text = ("华沿生物药业(南京)股份有限公司 自愿披露关于艾华宁在马来西亚获得药品上市注册批准的公告\n\n"
            "近日,华沿生物药业(南京)股份有限公司(以下简称“公司”)核心产品艾华宁在马来西亚获得药品上市注册批准,"
            "现将相关情况公告如下:\n\n药品名称:注射用艾华韦泰(商品名:艾华宁)\n")
    summary = summarizer(text, doc_id="abroad")
    assert summary.doc_type == "drug_registration"
    assert "马来西亚" in summary.core_viewpoint.zh


def test_a_news_pages_dateline_with_its_source_is_no_item_and_a_lost_bullet_opens_no_core(summarizer):
    # zh-yv-006's shape: "2020-03-05 18:37:36 来源:上海证券报·中国证券网 作者:骆民" had been a trial-details bullet;
    # zh-yv-003's: the core opened on "? ", a bullet a copy wrote as "?"
    news = ("华特生物:新药揭盲结果不会对公司近期业绩产生重大影响\n\n2020-03-05 18:37:36 来源:某某证券报·某某网 作者:王明\n\n"
            "  某某网讯(记者 王明)华特生物披露风险提示公告称,针对参股子公司完成重组蛋白III期临床试验揭盲的相关事项,"
            "公司已披露了相关公告。\n")
    shown = Summarizer()(news, doc_id="dateline").to_text("both")
    assert "来源:某某证券报" not in shown and "18:37:36" not in shown
    notice = ("华药控股(北京)股份有限公司股票交易异常波动公告\n\n重要内容提示:\n\n"
              "?   华药控股(北京)股份有限公司(以下简称“公司”)股票于2024年3月13日、3月14日连续2个交易日收盘价格涨幅"
              "偏离值累计超过30%。\n")
    assert not summarizer(notice, doc_id="lost-bullet").core_viewpoint.zh.startswith("?")


# A weekly's report of a company's own licensing deal, under a byline (zh-xc-010's shape, invented names): read as
# a news report, the core had said it was "not the company's own announcement", which the report contradicts
# (it relays the company's announcement). The template now says whose text it is: a report, not the filing.
def test_a_news_report_is_not_said_to_deny_the_companys_announcement():
    text = ("本文某某周報 作者:某某\n"
            "KRAS被業界視為PD-1之後最大的癌症靶點之一,這一賽道研發難度較高。\n"
            "12月21日,嵐岳醫藥(01999.HK)發布公告稱,已就其自主研發的泛KRAS抑制劑LY-7與某跨國藥企達成授權合作協議,"
            "可獲得1億美元首付款,總金額超過20億美元。\n")
    summary = Summarizer()(text)
    core = summary.core_viewpoint
    assert "own announcement" not in (core.en or "") and "自身公告" not in (core.zh or "")
    if summary.doc_type == "news_feature":
        assert "not a filing" in core.en


# The twenty-second batch's training half (shapes of en-zd-001/004/007/010, zh-xf-005, zh-xh-003/006; invented names).
def test_a_drug_code_or_a_headlines_application_is_no_company(summarizer):
    story = ("date 2022-06-21 Corvane gains after FDA clearance to start trials for cancer candidate\n"
             "- Developmental stage biotech Corvane Pharma (NASDAQ:CRVN) added more than 10% after the company announced "
             "that the FDA cleared its Investigational New Drug Application for ABX310, a candidate against several cancers.\n"
             "- The IND included a Phase 1 clinical trial protocol for ABX310 Corvane (CRVN) said, disclosing plans for a "
             "two-part early-stage trial.\n")
    company = summarizer(story, doc_id="code-company").get_field("company")
    assert company is None or not company.value.startswith("ABX310")
    crl = ("Velmora's Zentapir Application For Chronic Kidney Disease Receives FDA Response Letter\n\n"
           "The FDA has issued a Complete Response Letter for Velmora Inc's (NASDAQ: VLMA) new drug application for "
           "zentapir for the control of serum phosphorus in adults with chronic kidney disease on dialysis.\n")
    summary = summarizer(crl, doc_id="headline-application")
    assert "Application For" not in summary.core_viewpoint.en
    assert summary.doc_type == "setback"


def test_a_technology_transfer_agreement_is_a_licence(summarizer):
    text = ("Hanbit Bio transfers pain candidate to joint venture\n"
            "Hanbit Bio said Thursday it has signed a technology transfer agreement with a joint venture company, Orrin "
            "Therapeutics, for the global rights to HB-22544, a non-narcotic pain candidate. Hanbit will receive $3 million "
            "upfront and up to $55 million in development milestones.\n")
    assert summarizer(text, doc_id="tech-transfer").doc_type == "licensing_deal"


def test_a_registration_inspection_notice_is_no_approval(summarizer):
    text = ("某某血液公告,全资子公司某某生物制药有限公司于近日收到国家药品监督管理局药品审评中心出具的"
            "《关于启动人凝血酶原复合物药品注册核查(临床)的通知》。根据《药品注册管理办法》相关规定,药审中心需对"
            "申报的人凝血酶原复合物启动药品注册核查。\n")
    summary = summarizer(text, doc_id="inspection")
    assert summary.doc_type == "other" and not summary.core_viewpoint.event


def test_an_earlier_failed_readout_set_against_new_data_is_no_setback(summarizer):
    text = ("Shares of microcap Lumenar Inc LMNR gap-opened sharply higher following a corporate update from the company.\n"
            "Following the completion of data analysis for a confirmatory Phase 2 study of its Alzheimer's disease candidate "
            "LMR-1, Lumenar said the data showed improvement in cognitive function of pre-specified patients at week 13, "
            "which is the primary endpoint.\n"
            "This is as opposed to the top-line results released last September, which showed the study did not meet its "
            "primary endpoint, sending the stock down by 70% in a single session.\n")
    summary = summarizer(text, doc_id="recalled-miss")
    assert summary.doc_type != "setback"
    assert "did not meet" not in summary.core_viewpoint.en


def test_a_wire_dateline_and_a_no_copying_notice_are_no_core(summarizer):
    wire = ("來源 某某製藥有限公司\ndate 2020-08 Thursday, 27 August 2020, 20:41 HKT/SGT Share:\n"
            "某某製藥與某某醫藥合作在香港和澳門供應潛在500萬劑某某在研疫苗\n"
            "香港, 2020年8月27日 - 某某製藥有限公司宣佈與某某醫藥簽署意向書,在香港及澳門分銷某某在研疫苗。\n")
    assert "HKT/SGT" not in summarizer(wire, doc_id="acn-dateline").to_text("both")
    notice = ("※ 歡迎用「轉貼」或「分享」的方式轉傳文章連結;未經授權,請勿複製轉貼文章內容\n\n"
              "某某藥日前公布腦中風新藥某某二b期試驗結果,股價連續跌停,投資人對新藥公司的耐心正在減少。\n")
    assert "請勿複製" not in summarizer(notice, doc_id="no-copying").core_viewpoint.zh


# The twenty-third batch's training half (shapes of zh-xi-002/005/008, zh-xj-007/009, en-ze-003/006; invented names).
def test_a_drug_name_that_opens_with_bu_after_an_enumeration_is_read_whole(summarizer):
    # 布 had stood for 发布/公布 before a name: "(一)布洛芬颗粒" gave "洛芬颗粒"
    text = ("湖南某某制药股份有限公司关于获得药物临床试验批件的公告\n\n近日,公司收到国家食品药品监督管理总局核准签发的"
            "药物临床试验批件,现将相关情况公告如下:\n\n (一)布洛芬颗粒\n\n1、批件号:2016L00001\n")
    assert summarizer(text, doc_id="bu").get_field("drug_name").value == "布洛芬颗粒"


def test_an_acceptance_with_priority_review_is_an_acceptance_and_a_wire_tag_ends_a_sentence(summarizer):
    text = ("《某某通訊社7日專訊》某某醫藥(02999)(滬:600999)公布,控股子公\n"
            "司自主研發的某某替尼片用於治療兒童1型神經纖維瘤病相關叢狀神經纖\n"
            "維瘤的藥品註冊申請,於近日獲國家藥品監督管理局受理,並已被納入優先審評程序。\n"
            "截至4月,該集團針對該新藥累計研發投入約5億元人民幣。根據某某市場\n最新數據,去年同類抑制劑於全球銷售額約18﹒1億美元。(wh)\n")
    summary = summarizer(text, doc_id="accept-priority")
    assert summary.doc_type == "nda_acceptance"


def test_a_hong_kong_quotes_bare_yuan_is_the_hong_kong_dollar(summarizer):
    # (the wire's quote line is no bullet; the price a sentence of the news states is in Hong Kong dollars)
    text = ("《某某通訊社17日專訊》某某醫藥-B(06999)競價上限開盤,現價升15%,報26﹒5元,以現價計,該股暫連升3日,累計升幅37%。\n\n"
            "某某醫藥宣布與某跨國藥企就其在研藥物訂立選擇權及許可協議，並以每股26﹒5元配售新股。\n")
    shown = summarizer(text, doc_id="hk-quote").to_text("en")
    assert "HK$26.5" in shown and "RMB 26.5" not in shown
    assert "15%" not in shown  # the quote line


def test_a_status_board_approval_and_a_trial_report_meeting_its_targets(summarizer):
    board = ("近日经查询,某某医药股份有限公司下属子公司某某药业有限公司向国家食品药品监督管理总局提交的注射用头孢某某"
             "药品注册申请已处于“审批完毕-待制证”状态。\n")
    summary = summarizer(board, doc_id="status-board")
    assert summary.doc_type == "drug_registration"
    assert summary.get_field("drug_name").value == "注射用头孢某某"
    report = ("某某生物今日午间公告,公司和全资子公司共同申报注册的“23价肺炎球菌多糖疫苗”,现已完成临床试验并于近日获得"
              "临床研究负责机构出具的《23价肺炎球菌多糖疫苗临床试验报告》,报告明确显示试验疫苗的临床试验评价结果达到了"
              "试验预设目标。\n")
    assert summarizer(report, doc_id="trial-report").doc_type == "trial_results"


def test_a_first_human_trial_begun_and_an_fda_acceptance_for_filing(summarizer):
    story = ("Triangle drugmaker begins human trials for cancer treatment\n"
             "Date Published: A drugmaker working to advance a portfolio of cancer treatments, PTX-99 among them.\n")
    assert summarizer(story, doc_id="begins-human").doc_type == "trial_progress"
    purpose = ("Larkfield Receives Approval\nRegulatory review is a lengthy process with standards that must be met to "
               "start human clinical trials. The FDA has cleared the IND for LFT-9, allowing the company to begin a Phase 1 trial.\n")
    assert summarizer(purpose, doc_id="to-start").doc_type != "trial_progress"
    filing = ("Pellam Therapeutics Announces FDA Acceptance of NDA\nPellam Therapeutics announced that it has received "
              "notification of acceptance for filing from the FDA for its 505(b)(2) new drug application for PLM-4.\n")
    assert summarizer(filing, doc_id="acceptance-for-filing").doc_type == "nda_acceptance"


def test_a_stock_code_a_project_or_working_capital_is_no_indication(summarizer):
    # zh-xe-008's and zh-xg-001's shapes (invented names): a headline run of news, a placement's uses of funds
    headline = ("肺炎 某某药业(00999)子公司恢复生产 早盘高开3%\n\n某某药业公告,其子公司用于治疗肺炎的某某颗粒"
                "生产线已恢复生产。\n")
    indication = summarizer(headline, doc_id="headline-run").get_field("indication")
    assert indication is None or "(00999)" not in indication.value
    placement = ("某某生物发布公告称,拟向特定对象发行股份不超过3200万股,募集资金不超过3亿元,用于药物研发项目、"
                 "生物工程新药产业化项目和补充流动资金。\n")
    indication = summarizer(placement, doc_id="uses-of-funds").get_field("indication")
    assert indication is None or not any(w in indication.value for w in ("项目", "流动资金"))


def test_a_picture_credit_is_no_drug(summarizer):
    # zh-xf-002's shape (invented names): a Q&A report whose page ends with its picture credit
    text = ("某某药业:公司与上海某某保持业务合作\n\n有投资者在互动平台提问,公司客户是否获得某口服新冠药物的生产授权。"
            "某某药业回复称,公司与该客户保持业务合作。\n\n图片\n\n图片来源:某某图库\n")
    drug = summarizer(text, doc_id="picture").get_field("drug_name")
    assert drug is None or drug.value not in ("图片", "图片来源")


def test_a_portals_view_more_pictures_link_is_no_drug(summarizer):
    # zh-xk-005's shape (invented names): a portal's "open the app, view more pictures" line above the story
    text = ("打开某某新闻 查看更多图片\n\n1月17日,据某某生物微信公众号消息,近日某某生物研究所研发的四价流感病毒裂解疫苗"
            "(MDCK细胞)获得国家药监局临床试验批准。\n")
    summary = summarizer(text, doc_id="more-pictures")
    drug = summary.get_field("drug_name")
    assert drug is None or "图片" not in drug.value
    assert "图片" not in summary.core_viewpoint.zh


def test_a_story_names_its_filer_by_its_source_and_a_lower_case_generic_before_its_application(summarizer):
    # en-zf-001's shape (invented names): a trade story's lead ends on the release it relays
    text = ("\nThe FDA issued a complete response letter for the resubmission of the somexalap new drug application "
            "for the treatment of dry eye disease, according to a press release from Velmora Therapeutics.\n"
            "The FDA cited a lack of efficacy in the studies as the reason for its decision.\n")
    summary = summarizer(text, doc_id="press-release-from")
    assert summary.get_field("company").value == "Velmora Therapeutics"
    assert summary.get_field("drug_name").value == "somexalap"
    assert summary.doc_type == "setback" and "Velmora Therapeutics" in summary.core_viewpoint.en


def test_a_wire_portals_navigation_and_subscriber_notice_are_page_furniture(summarizer):
    # en-ze-004's and en-ze-008's shapes (invented names): a news portal's navigation run together above a brief,
    # a streaming notice to subscribers, and the brief's "Source text for Eikon" line had been bullets
    brief = ("date 2016-08-04 FinancialGovernment SolutionsLegalNews AgencyRisk ManagementContact Us\n\n"
             "BRIEF-Lumenar discontinues further accrual of Phase 2 trial of LMR-3 in pancreatic cancer\n\n"
             "* Lumenar discontinues further accrual of Phase 2 trial of LMR-3 following a planned interim futility analysis\n\n"
             "Source text for Eikon: Further company coverage:\n")
    shown = summarizer(brief, doc_id="portal-brief").to_text("both")
    assert "Government Solutions" not in shown and "Eikon" not in shown
    notice = ("|\n\nPlease Note - Streaming News is only available to subscribers to the Active Level and above |\n\n"
              "Velmora plc has entered into a licensing agreement with Orrin Medicine for VLM-2 in Greater China, "
              "with an upfront payment of $0.5 million and up to $12.75 million in milestones.\n")
    assert "subscribers" not in summarizer(notice, doc_id="subscriber-notice").to_text("both")


# From reading ten summaries of real training filings at the end (shapes of zh-xk-004, zh-xg-004, zh-xj-002;
# invented names).
def test_an_originators_priority_review_is_not_the_biosimilars(summarizer):
    text = ("5月7日,国家药监局药品审评中心(CDE)官网显示,某某医药旗下某某生物的某某双胰岛素注射液上市申请获受理,"
            "成为国内首个申报上市的该品种生物类似药。\n\n"
            "原研药2012年12月首次获批上市,2018年9月被纳入我国优先审评审批程序,2019年5在中国正式获批上市,"
            "商品名“某某佳”,用于治疗成人2型糖尿病。\n")
    summary = summarizer(text, doc_id="originator-priority")
    assert summary.doc_type == "nda_acceptance"
    assert summary.get_field("designation") is None


def test_an_ingredient_phrase_is_no_part_of_the_drugs_name(summarizer):
    text = ("某某医药连收两涨停!公司公告:未与某跨国药企签订购销合同\n\n市场上有声音称,某某医药是某新冠口服药的"
            "成分之一利托那韦原料药的主要生产商。公司于30日晚间发布公告,公司未与该药企签订相关购销合同。\n")
    drug = summarizer(text, doc_id="ingredient").get_field("drug_name")
    assert drug is None or not drug.value.startswith("成分")


def test_a_mops_forms_closing_items_are_no_bullets(summarizer):
    text = ("某某(6999)口服癌症新藥XYZ-920晚期腫瘤第一期臨床試驗首位受試者收案\n\n"
            "說明\n1.事實發生日:112/11/27\n2.公司名稱:某某生物科技股份有限公司\n"
            "5.發生緣由:本公司研發之口服癌症新藥XYZ-920獲美國及台灣FDA核可進行晚期腫瘤第一期劑量漸增試驗,並於本日納入"
            "台灣第一位癌症受試者。\n6.因應措施:於公開資訊觀測站發布重大訊息。\n"
            "7.其他應敘明事項(若事件發生或決議之主體係屬公開發行以上公司,本則重大訊息同時符合證券交易法施行細則第7條第9款"
            "所定對股東權益或證券價格有重大影響之事項):無。\n")
    shown = summarizer(text, doc_id="mops-items").to_text("zh")
    assert "其他應敘明事項" not in shown and "因應措施" not in shown



# Junk a reader of the training split's summaries counted: a report's "About X" paragraph (公开资料显示,X是一家…;
# its chairman, staff and founding; "X is a subsidiary of …") became bullets of the news. Invented texts.
PROFILE_REPORT = ("青禾医药获得QH-12片药品注册证书\n\n"
                  "青禾医药近日收到国家药品监督管理局核准签发的QH-12片《药品注册证书》,用于治疗成人2型糖尿病。\n\n"
                  "QH-12片为公司自主研发的1类创新药,III期临床试验达到主要终点。\n\n"
                  "公开资料显示,青禾医药股份有限公司是一家专注于代谢疾病药物研发的企业,于2005年在苏州成立。"
                  "公司连续5年位居国内某某细分市场份额第一,产品销往30多个国家和地区。\n\n"
                  "目前,公司董事长为某某,董秘为某某,员工人数为 1200 人。\n")


def test_a_companys_profile_paragraph_gives_no_bullet():
    summary = Summarizer()(PROFILE_REPORT, doc_id="profile")
    items = _shown(summary)
    assert not any("公开资料显示" in t or "市场份额第一" in t or "董事长为" in t for t in items)
    assert any("III期" in t for t in items)  # the news's own facts stay


def test_a_sentence_that_states_an_event_is_no_profile():
    from summarizer.stages.compose import _profile
    assert _profile("Larkspur Bio is a clinical-stage biotechnology company focused on rare diseases.")
    assert not _profile("Larkspur Bio, a clinical-stage company, announced that the FDA approved Larvalisib.")
    assert not _profile("青禾医药是一家创新药企业,近日收到国家药品监督管理局核准签发的药品注册证书。")


# A news page's "相关阅读" list (other stories' headlines, each with its date and editor) had become bullets of the
# news (a reviewer counted three false statements in one summary). Invented text in the page's shape.
RELATED_READING = ("远帆医药(09997)承研的某某项目通过验收\n\n12月7日\n\n"
                   "某某财经APP讯,远帆医药(09997)发布公告,近日,验收专家组对该公司承研的某某科研项目进行了验收,一致同意通过验收。\n\n"
                   "相关阅读\n\n远帆医药(09997)拟3亿元出售某某所100%股权予某某健康\n\n11月23日 | 某某\n\n"
                   "远帆医药(09997)选举某某为职工代表监事\n\n11月10日 | 某某\n")


def test_a_pages_related_reading_list_gives_no_bullet():
    summary = Summarizer()(RELATED_READING, doc_id="related")
    items = _shown(summary)
    assert items and not any("出售" in t or "监事" in t for t in items)


# A notice that denies a market rumour: the drug the rumour tied the company to, and what its intermediate is made
# into, had become "Drug Name" and "Indication" (a reviewer's false statement). Invented text.
RUMOUR_DENIED = ("青岭医药连收两涨停!公司公告:未与某某公司签订购销合同\n\n"
                 "某某网 12月30日消息,青岭医药(830999)连收两个涨停板。市场上有声音称,青岭医药是某某新冠口服药的原料药供应商。\n\n"
                 "公司就投资者关心的情况作出说明:\n\n"
                 "(1) 目前,公司生产、销售奥卡那韦系列医药中间体,尚未开展奥卡那韦原料药的生产、销售业务;\n\n"
                 "(2) 公司已销售的奥卡那韦系列中间体主要应用于抗艾滋病原料药奥卡那韦的合成。\n")


def test_a_rumour_the_notice_denies_gives_no_drug_and_a_use_is_no_indication():
    summary = Summarizer()(RUMOUR_DENIED, doc_id="rumour")
    drug = summary.get_field("drug_name")
    assert drug is None or not any(w in drug.value for w in ("原料药", "尚未", "新冠"))
    assert summary.get_field("indication") is None


# Read off a reviewer's notes on twenty training summaries (invented texts in the same shapes): an officer quoted
# after a lowercase title was taken for the company; a listicle's company named after "is"; a biosimilar's filing
# shown with the originator's indication, told in a sentence about the originator.
LISTICLE_WITH_OFFICER = (
    "3 ASX biotech shares climbing 8% to 20% on news\n\nInvestors are buying these stocks on Thursday.\n\n"
    "The first ASX biotech share higher today is Wattle Oncology Ltd (ASX: WOL), which is focused on cancer care. "
    "The company said it had lodged the ethics application for its Phase 1 trial of WO-12.\n\n"
    "\"This is a critical milestone for the team,\" Wattle chief medical officer Jane Corrigan said.\n")
ORIGINATOR_INDICATION = (
    "青松生物德谷胰岛素生物类似药上市申请获受理\n\n"
    "5月7日,国家药监局药品审评中心官网显示,青松生物的德谷门冬双胰岛素注射液上市许可申请获得受理,为国内首家申报的该品种生物类似药。\n\n"
    "原研药2012年12月首次获批上市,2019年5月在中国正式获批上市,商品名“某某佳”,用于治疗成人2型糖尿病。\n")


def test_an_officer_quoted_after_a_lowercase_title_is_not_the_company():
    company = Summarizer()(LISTICLE_WITH_OFFICER, doc_id="officer").get_field("company")
    assert company is not None and company.value == "Wattle Oncology Ltd"


def test_the_originators_indication_is_not_the_biosimilars():
    summary = Summarizer()(ORIGINATOR_INDICATION, doc_id="originator")
    assert summary.get_field("indication") is None
    assert "2型糖尿病" not in (summary.core_viewpoint.zh or "")


# A market story that turns to another company in its last paragraphs ("On Wednesday, shares of Acme ... ended
# up ...", then "The company announced ..."): a reviewer found the other company's results read as the filer's.
# Invented text in the story's shape.
STORY_TURNS_TO_ANOTHER = (
    "Wattle Bio reports positive breast cancer survival data\n\n"
    "Shares of biotech company Wattle Bio (WTLB) nearly doubled Thursday after the company announced positive overall "
    "survival results from its Phase 2b trial of wattlimod in metastatic breast cancer.\n\n"
    "The company says its drug offered a 6.2 month survival benefit over placebo in the trial's patients.\n\n"
    "Wattle Bio plans on presenting the data at a breast cancer symposium next week in Texas.\n\n"
    "On Wednesday, shares of Northgate Sciences NGSX ended up almost 900% after the clinical-stage company announced "
    "positive news from the Phase 2b trial of its breast cancer vaccine candidate NG-4.\n\n"
    "The company announced the results of the final five-year follow-up on disease-free survival in the women treated.\n\n"
    "Northgate shares jumped another 40% Thursday afternoon.\n")


def test_a_story_that_turns_to_another_company_gives_it_no_bullet_of_the_filers():
    summary = Summarizer()(STORY_TURNS_TO_ANOTHER, doc_id="turns")
    items = _shown(summary)
    assert any("6.2 month" in t for t in items)
    assert not any("five-year" in t or "Northgate" in t or "900%" in t for t in items)
    drug = summary.get_field("drug_name")
    assert drug is None or drug.value != "NG-4"  # the other company's drug is not the filer's


# A reprint whose lines are hard-wrapped with blank lines between them cut a drug's name ("…产品注射用瑞康曲" /
# "妥珠单抗联合…"): the part on the second line had become the drug's name. Invented text in that shape.
WRAPPED_NAME = ("青松医药股份有限公司\n\n关于产品获得孤儿药资格认定的公告\n\n"
                "近日,青松医药股份有限公司(以下简称“公司”)产品注射用青康曲\n\n"
                "松珠单抗联合某某单抗注射液和化疗用于胃癌适应症获得美国食品药品监督管理局孤儿药资格认定。\n")


def test_a_name_cut_by_a_wrapped_line_is_left_out_not_shown_cut():
    drug = Summarizer()(WRAPPED_NAME, doc_id="wrapped").get_field("drug_name")
    assert drug is None or drug.value != "松珠单抗"


# A round-up of several companies' news: a drug named in one item and a disease of the next item's drug had been
# shown as one drug's indication (a reviewer's false statement, twice). Invented text in that shape.
ROUNDUP_TWO_ITEMS = (
    "Shares soar as 'breakthrough' news in biotech runs hot this week\n\n"
    "The FDA has been handing out breakthrough therapy designations this week, and investors are still ready to "
    "cheer each announcement with a big spike in stock prices.\n\n"
    "This morning it was Alder Biologics' turn. The FDA handed it a BTD for AB-004, designed to protect the gut "
    "microbiome from some antibiotics, after a Phase IIb trial came up with positive data. Their stock $ALDB jumped "
    "40% in pre-market trading.\n\n"
    "Boston-based Birchwood landed a second BTD for its MC4R agonist. The expanded BTD is for the treatment of "
    "obesity associated with genetic defects upstream of the MC4 receptor.\n")


def test_a_roundups_drug_is_not_given_the_next_items_indication():
    summary = Summarizer()(ROUNDUP_TWO_ITEMS, doc_id="roundup")
    assert summary.doc_type == "news_feature"
    drug, indication = summary.get_field("drug_name"), summary.get_field("indication")
    assert drug is None or indication is None or set(drug.citations) & set(indication.citations)


# From reading ten training summaries next to their sources at the end (invented texts in the same shapes): a
# feature's "it may one day be used for …" had become the approved drug's indication; an English indication had
# stopped before its gene's abbreviation, cutting "… (CDKL5) deficiency disorder".
FUTURE_USE = ("近日,青松医药自主研发的一类新药青捷迈(盐酸青米替尼胶囊)获国家药品监督管理局批准上市,填补了国内腱鞘巨细胞瘤系统疗法的临床空白。\n\n"
              "团队最终实现了关键突破——能够穿透血脑屏障。“这意味着它不仅能治疗TGCT,未来还可能应用于脑胶质细胞相关疾病、"
              "渐冻症等多个适应症。”\n")
CUT_BEFORE_ABBREVIATION = ("The Food and Drug Administration (FDA) has accepted for Priority Review the New Drug Application "
                           "for lindaxolone for the treatment of seizures associated with cyclin-dependent kinase-like 5 "
                           "(CDKL5) deficiency disorder.\n")


def test_a_use_the_text_only_hopes_for_is_no_indication():
    indication = Summarizer()(FUTURE_USE, doc_id="future").get_field("indication")
    assert indication is None or "渐冻症" not in indication.value


def test_an_indication_runs_on_past_its_genes_abbreviation():
    indication = Summarizer()(CUT_BEFORE_ABBREVIATION, doc_id="cdkl5").get_field("indication")
    assert indication is not None and indication.value.endswith("(CDKL5) deficiency disorder")



# From the training split's junk items (ninth session): a reprint's copyright notice, a site's comment policy,
# the day's index quotes, a page's "Skip to main content" and a column's standing line are page furniture.
FURNITURE_PAGE_ZH = """青梧药业(01234.HK)宣布青梧替尼片获批上市

青梧药业(01234.HK)公布,国家药品监督管理局批准公司青梧替尼片的上市申请,用于治疗晚期非小细胞肺癌。

该股现价升5%,报12﹒3元。现时,恒生指数报17848,跌92点或跌0﹒5%,主板成交逾26亿元。

郑重声明:本文版权归原作者所有,转载文章仅为传播信息之目的,不构成任何投资建议,如有侵权行为,请联络我们修改或删除。

违反上述规定者,某某新闻网有权删除留言,或者直接封锁帐号!

重要提示:本文著作权归某某社所有。未经允许,任何单位或个人不得在任何公开传播平台上使用本文内容。"""

FURNITURE_PAGE_EN = """Skip to main content

Westbay Therapeutics Receives FDA Approval for Westinib

Although we don't believe in timing the market or panicking over market movements, we do like to keep an eye on big moves.

BOSTON, March 3, 2025 -- Westbay Therapeutics, Inc. (NASDAQ: WBAY) today announced that the U.S. Food and Drug Administration has approved Westinib tablets for adults with advanced non-small cell lung cancer.

See the top stocks recommended by analysts >>"""


@pytest.mark.parametrize("text, junk", [
    (FURNITURE_PAGE_ZH, ["恒生指数", "版权", "删除留言", "著作权"]),
    (FURNITURE_PAGE_EN, ["Skip to main content", "timing the market", "top stocks"]),
], ids=["zh-notices", "en-furniture"])
def test_copyright_notices_index_quotes_and_site_lines_are_never_items_or_the_core(summarizer, text, junk):
    summary = summarizer(text, doc_id="furniture")
    shown = _shown(summary)
    assert summary.core_viewpoint.zh and summary.core_viewpoint.en
    for bad in junk:
        assert not any(bad in t for t in shown), (bad, shown)


@pytest.mark.parametrize("line", [
    "2024-03-30 来源:某某证券报",
    "2025-11-24| Some Bio Weekly |",
    "超20家上市公司宣布药品进医保目录 有企业入选品种超百个\n2024年12月01日 10:37 某某报",
], ids=["date-and-source", "newsletter-date-bar", "headline-with-timestamp"])
def test_a_pages_date_lines_are_never_items(line):
    from summarizer.stages.compose import _JUNK_ITEM, _junk_lead

    assert _JUNK_ITEM.search(line) and _junk_lead(line)


def test_a_commentators_clause_before_a_stock_code_is_no_company(summarizer):
    text = ("某某用户:低浓度阿托品的下一站\n\n"
            "某公司的低浓度阿托品滴眼液未获美国FDA批准。就同一赛道发力的眼药公司,下一个焦点落在欧青(01234.HK)QG-101上,"
            "目前已完成所有受试者两年期给药。")
    summary = summarizer(text, doc_id="commentary")
    company = summary.get_field("company")
    assert company is None or "焦点" not in company.value
    assert "焦点" not in (summary.core_viewpoint.zh or "")


# What the check cannot verify is not said (ninth session): a bullet or a field with a figure or a name no cited
# paragraph has is left out and listed in Summary.withheld; with withhold_unsupported=False it is shown and listed in
# Summary.violations. The pair differs only in the invented figure.
WITHHOLD = ("东江医药股份有限公司关于获得药品注册证书的公告\n东江医药股份有限公司近日收到国家药品监督管理局核准签发的"
            "东江替尼片《药品注册证书》,用于治疗晚期非小细胞肺癌。\n该药品的临床试验共入组320例患者。")


def _with_invented_bullet(summarizer_, figure: str):
    from summarizer.types import Item

    compose = summarizer_.composer

    def composer(doc, doctype, fields):
        summary = compose(doc, doctype, fields)
        last = doc.segments[-1].index
        bullet = Item(zh=f"该药品的临床试验共入组{figure}例患者。", en=f"The trial enrolled {figure} patients.",
                      citations=(last,), origin="generated")
        first = replace(summary.sections[0], items=summary.sections[0].items + (bullet,))
        return replace(summary, sections=(first,) + summary.sections[1:])

    summarizer_.composer = composer
    return summarizer_


@pytest.mark.parametrize("figure, withheld", [("320", False), ("480", True)], ids=["supported", "invented"])
def test_a_bullet_the_check_cannot_verify_is_withheld(figure, withheld):
    from summarizer.pipeline import SummarizerConfig

    summary = _with_invented_bullet(Summarizer(), figure)(WITHHOLD, doc_id="withhold")
    shown = _shown(summary)
    assert not summary.violations
    assert any(figure in t for t in shown) is not withheld
    assert bool(summary.withheld) is withheld
    assert all(v.token == figure for v in summary.withheld)
    assert summary.core_viewpoint.zh and summary.core_viewpoint.en
    kept = _with_invented_bullet(Summarizer(SummarizerConfig(withhold_unsupported=False)), figure)(WITHHOLD, doc_id="keep")
    assert any(figure in t for t in _shown(kept))
    assert bool(kept.violations) is withheld and not kept.withheld


def test_a_field_the_check_cannot_verify_is_withheld_and_the_rest_stays(summarizer):
    from summarizer.stages.check import without_unsupported

    good = summarizer(WITHHOLD, doc_id="field")
    doc = summarizer.analyse(WITHHOLD)
    doctype = summarizer.types[good.doc_type]
    drug = good.get_field("drug_name")
    assert drug is not None
    bad_drug = replace(drug, value_en="Westinib 480 mg")
    bad = replace(good, fields=tuple(bad_drug if f is drug else f for f in good.fields),
                  sections=tuple(replace(s, fields=tuple(bad_drug if f == drug else f for f in s.fields)) for s in good.sections))
    violations = check_summary(bad, doc, doctype, summarizer.glossary)
    assert violations and all(v.where.startswith("fields[") for v in violations)
    reduced = without_unsupported(bad, violations)
    assert reduced.get_field("drug_name") is None
    assert {f.name for f in reduced.fields} == {f.name for f in good.fields} - {"drug_name"}
    assert not check_summary(reduced, doc, doctype, summarizer.glossary)
    assert reduced.core_viewpoint == bad.core_viewpoint


def test_what_was_withheld_is_listed_in_markdown_and_json():
    summary = _with_invented_bullet(Summarizer(), "480")(WITHHOLD, doc_id="withhold-render")
    assert "480" in summary.to_markdown("en").split("**Withheld")[1]
    assert "480" not in summary.to_markdown("en").split("**Withheld")[0]
    data = summary.to_dict()
    assert data["withheld"] and type(summary).from_dict(data).withheld == summary.withheld


# A bank's rating change is an analyst's note, whatever event it reacts to (en-za-010's shape, ninth session): not
# the filer's setback; the filer's own release of the same letter stays a setback.
def test_a_rating_change_after_a_crl_is_a_note_and_the_filers_own_crl_a_setback(summarizer):
    note = ("Markets steady ahead of rate decision\n"
            "SomeWire - Northbank downgraded Westbay Therapeutics (NASDAQ:WBAY) from Overweight to Equalweight and cut "
            "its price target to $3.00 from $17.00.\n"
            "The rating change follows a Complete Response Letter (CRL) issued by the Food and Drug Administration for "
            "Westbay's westinib combination.\n")
    out = summarizer(note, doc_id="note")
    assert out.doc_type == "news_feature" and not out.core_viewpoint.event
    own = ("Westbay Therapeutics Receives Complete Response Letter for Westinib\n"
           "BOSTON, March 3, 2025 -- Westbay Therapeutics, Inc. (NASDAQ: WBAY) today announced that the U.S. Food and Drug "
           "Administration has issued a Complete Response Letter for its Biologics License Application for westinib.\n")
    assert summarizer(own, doc_id="own").doc_type == "setback"


# A quote site's price move after a stock code and a page's "date 2025-07" field are not part of the lead; a
# company's 进展 is progress, not a disease's progression (ninth session).
def test_a_quote_widget_and_a_date_field_are_cut_from_the_core_and_progress_is_progress(summarizer):
    text = ("date 2025-07 青梧醫藥(03320.HK) -0.030 (-0.566%) 沽空 $6.92百萬; 比率 15.150% 公布,集團參股公司的核心產品"
            "候選藥物QW-1近期取得重要進展。\n")
    core = summarizer(text, doc_id="widget").core_viewpoint
    assert "沽空" not in core.zh and "0.566" not in core.zh and not core.zh.startswith("date")
    assert "0.566" not in core.en and "15.150" not in core.en
    assert "progress" in core.en and "progression" not in core.en


# A deal's progress notice recites the signing with its date: that is background, not the news; a new agreement
# a progress notice reports is still stated (zh-q-012 and zh-yc-010's shapes, ninth session).
def test_a_deals_progress_notice_does_not_restate_the_old_signing_as_news(summarizer):
    recital = ("东江医药股份有限公司关于公司签署《产品权利转让协议》的进展公告\n"
               "一、交易概述\n东江医药股份有限公司(以下简称“公司”)于2022年8月1日召开董事会,审议通过了《关于公司签署<产品权利"
               "转让协议>的议案》,同意公司与西岭药业股份有限公司签署《产品权利转让协议》,合同金额人民币3,200万元。\n"
               "二、进展情况\n近日,公司收到西岭药业支付的第二笔款项人民币800万元。\n")
    out = summarizer(recital, doc_id="recital")
    assert not out.core_viewpoint.event
    new = ("东江医药股份有限公司关于控股子公司签署独家许可协议的进展公告\n"
           "公司控股子公司东江爱尔兰同意将在研产品DJ-627在瑞士的独家经销权许可给北岭公司,北岭公司需要向东江爱尔兰支付"
           "首付款50万美元。\n")
    assert summarizer(new, doc_id="new-deal").core_viewpoint.event


def test_a_word_of_a_company_or_paper_name_is_no_key_term():
    from summarizer.lexicon.glossary import load_glossary
    from summarizer.stages.translate import key_terms

    glossary = load_glossary()
    assert "healthy" not in key_terms(glossary, "公司与杭州博盈健康科技有限公司签署协议,据健康时报报道。")
    assert "healthy" in key_terms(glossary, "公司致力于人类健康,产品覆盖多个领域。")


@pytest.mark.parametrize("zh, en", [("阳性药", "active comparator"), ("主要目的", "primary objective"),
                                    ("设施相关缺失", "facility-related deficiencies")])
def test_a_comparator_an_objective_and_deficiencies_are_not_their_medical_homonyms(zh, en):
    from summarizer.lexicon.glossary import load_glossary

    assert load_glossary().get(zh).en == en


# From the helpers' reading (ninth session): a stock's market value or trading volume, a reading-summary box, a
# lead-in that ends on its colon, a MOPS form's plan item, a quote widget's labels, a forum's header and a page's
# login prompt are never bullets nor the core; an announcement's title may be the core, never a bullet.
@pytest.mark.parametrize("line", [
    "Westbay Pharma has a market cap of Rs 2,297 crore.",
    "Today, shares of the company saw a spurt in volume by more than 6 times on BSE.",
    "Shares up nearly 2% premarket.",
    "阅读提要:青梧医药总裁表示,公司将加快国际化步伐。",
    "近期,其多个适应症开发取得重大进展:",
    "(5)將再進行之下一研發階段:依法規辦理下階段臨床試驗申請",
    "市盈率:0.000收益率:0.00052周最高:0.00052周最低:0.000",
    "user01 发表于 2023-1-18 00:00:00 浏览:  619 回复:  0 [显示全部楼层] 复制链接",
    "您需要 登录 才可以下载或查看,没有账号?立即注册",
    # a MOPS form's item label with its instruction to the filer, and the form's list of the kinds of event it asks for
    "4.目前進行中之研發階段(請說明目前之研發階段係屬提出申請/通過核准/不通過核准,若未通過者,請說明公司所面臨之風險及因應措施):",
    "(1)提出申請/通過核准/不通過核准/各期人體試驗(含期中分析)結果/發生其他影響新",
    # a Hong Kong wire's quote lines
    "該股成交約12萬股,涉資315萬元。",
    "《某某通訊社17日專訊》某某醫藥-B(06666)競價上限開盤,現價升12%,報21﹒5元。",
    # a breadcrumb's link, a title's "关于X" alone
    "» 公告本公司開發中新藥L999獲美國FDA審查通知授予孤兒藥",
    "关于某某舒®(某某单抗注射液)",
    # an English list's lead-in with its heading run into it
    "Market Reaction and Analyst Commentary The stock's strong showing reflects:",
], ids=["market-cap", "volume", "premarket-move", "reading-box", "colon-lead-in", "mops-plan", "quote-labels", "forum-header", "login",
        "mops-instruction", "mops-options", "hk-volume", "hk-quote", "breadcrumb", "about-title",
        "en-lead-in"])
def test_more_page_furniture_is_never_a_bullet(line):
    from summarizer.stages.compose import _JUNK_ITEM

    assert _JUNK_ITEM.search(line)


def test_an_announcements_title_is_no_bullet_but_may_be_the_core(summarizer):
    text = ("读取中,请稍候\n市盈率:0.000收益率:0.00052周最高:0.00052周最低:0.000\n"
            "青梧生物:关于注射用青梧单抗新增适应症申请获得受理的公告\n公告日期:2021-01-12\n"
            "青梧生物股份有限公司关于注射用青梧单抗新增适应症申请获得受理的公告\n"
            "青梧单抗是公司自主研发的创新药。儿童矮身材给患儿带来严重负担。\n")
    out = summarizer(text, doc_id="title")
    assert "受理" in out.core_viewpoint.zh and "市盈率" not in out.core_viewpoint.zh
    assert not any(t.endswith("的公告") for _, item in out.iter_items() if _ != "core_viewpoint" for t in [item.zh or ""])


# A supplementary application whose approval document (《药品补充申请批件》) the filer received is approved, in both
# languages, not merely "announced" (zh-yw-003's shape, ninth session).
def test_a_received_supplementary_approval_is_stated_as_approved(summarizer):
    text = ("东江医药股份有限公司关于药品补充申请获得批准的公告\n"
            "近日,东江医药股份有限公司全资子公司收到国家药品监督管理局核准签发的《药品补充申请批件》。\n"
            "该补充申请为东江胶囊的药品技术转让。\n")
    out = summarizer(text, doc_id="supp-approved")
    assert out.doc_type == "supplementary_application"
    outcome = out.get_field("outcome")
    assert outcome is not None and outcome.value_en == "approved"
    assert "approved" in out.core_viewpoint.en


# An investee's event (参股公司: a company the filer holds a stake in, not a subsidiary) is stated as the investee's,
# never as the filer's: the template names the investee where the lead gives its name, else no template is stated.
INVESTEE = ("远山药业股份有限公司关于创新药YS-301获得美国FDA快速通道资格认定的公告\n"
            "1、公司参股公司Northpeak收到美国食品药品监督管理局（以下简称“FDA”）的认证函，创新药YS-301获得美国FDA授予的"
            "快速通道资格认定，用于治疗痛风石。\n"
            "2、YS-301尚需开展一系列临床研究，敬请广大投资者谨慎决策。")


def test_an_investees_designation_is_stated_as_the_investees(summarizer):
    summary = summarizer(INVESTEE, doc_id="investee")
    core = summary.core_viewpoint
    assert "Northpeak" in core.en and "Northpeak" in core.zh
    assert "远山" not in core.zh and "Yuanshan" not in core.en


def test_an_unnamed_investees_event_is_no_filers_template(summarizer):
    text = INVESTEE.replace("参股公司Northpeak收到", "参股公司收到")
    core = summarizer(text, doc_id="investee-unnamed").core_viewpoint
    assert "远山药业股份有限公司的YS-301获" not in core.zh
    assert "Yuanshan" not in core.en
    assert not core.zh.startswith("1、")  # the lead quoted without its list number


def test_a_result_disclosed_before_is_not_restated_as_the_news(summarizer):
    text = ("青岚医药：自愿披露关于在国际泌尿外科学会年会上发布QL-17用于膀胱癌诊断的Ⅲ期临床试验数据的公告\n"
            "青岚医药科技股份有限公司（以下简称“公司”）QL-17用于膀胱癌诊断的多中心Ⅲ期临床试验结果入选国际泌尿外科学会年会，"
            "并将以口头报告的形式首次发布。\n"
            "本研究是一项多中心III期临床试验。公司已于2023年8月披露本研究达到主要研究终点。")
    summary = summarizer(text, doc_id="recalled-result")
    assert "达到主要研究终点" not in summary.core_viewpoint.zh
    assert "endpoint" not in summary.core_viewpoint.en


def test_an_investee_named_over_a_line_wrap_with_no_drug_read_is_the_actor(summarizer):
    text = ("远山生物制药股份有限公司关于参股子公司临床研究结果的公告\n\n"
            "远山生物制药股份有限公司(以下简称“公司”)参股子公司北京北\n"
            " 峰生物技术有限公司(以下简称“北峰”)自主研发的重组蛋白临床研究的Ⅲ期临床试验结果显示，主要终点达到预设标准。\n")
    core = summarizer(text, doc_id="investee-wrapped").core_viewpoint
    assert "Beijing Beifeng" in core.en  # the wrapped name joined, romanised; the headline's 参股子公司… is no name
    assert "Yuanshan" not in core.en and "远山生物制药股份有限公司公布" not in core.zh


# A story is said to be about a company only where its headline names it: a company a trend story cites as one
# example is not its subject.
TREND = ("Three small biotech shares that soared this week on big news\n\n"
         "Small biotech stocks had a strong week as several companies reported trial data.\n\n"
         "Westbay Therapeutics (NASDAQ: WBTX) said on Tuesday that its drug WB-101 met the primary endpoint of a "
         "Phase 2 study in asthma, and its shares rose 20%.\n\n"
         "Eastfield Bio and Northcape Pharma also gained after updates on their pipelines.\n")


def test_a_trend_storys_core_is_not_about_the_first_company_it_cites(summarizer):
    summary = summarizer(TREND, doc_id="trend")
    assert summary.doc_type == "news_feature"
    assert "Westbay" not in (summary.core_viewpoint.zh or "")


def test_a_company_is_in_the_headline_when_a_headline_line_names_it(summarizer):
    from summarizer.types import Field

    def named(text, value):
        doc = summarizer.analyse(text, doc_id="headline")
        at = doc.text.index(value, doc.text.index("\n"))  # where the body names it
        field = Field("company", value, at, at + len(value), ())
        return summarizer.composer._in_headline(doc, field)

    assert not named(TREND, "Westbay Therapeutics")  # named only in the body's sentences
    assert named(TREND.replace("Three small biotech shares", "Westbay Therapeutics and two other biotech shares"),
                 "Westbay Therapeutics")
    # a site's name above the headline; a Chinese company by its short name
    assert named("每日财经新闻\n\n岭西药业:公司与某某医药保持业务合作\n\n岭西药业股份有限公司表示，双方合作正常。\n",
                 "岭西药业股份有限公司")


@pytest.mark.parametrize("sentence", [
    "公开资料显示,岭西藏药股份有限公司(简称岭西藏药)是国内藏药龙头企业,主要从事新型藏药的研发、生产和销售,拥有12个药品批准文号。",
    "岭西药业是我国藏药产业的经济龙头,公司产品某某肽是我国首个用于急性心衰治疗的基因工程新药。",
    "Northwind SE是全球其中一間以信使核糖核酸為研發基礎的領先生物技術公司,並已於美國納斯達克上市。",
])
def test_a_company_profile_is_read_as_one(sentence):
    from summarizer.stages.compose import _profile

    assert _profile(sentence)


def test_a_sentence_that_states_an_event_is_no_profile():
    from summarizer.stages.compose import _profile

    assert not _profile("岭西药业是一家创新药企业，近日收到药物临床试验批准通知书。")


def test_a_deal_that_took_effect_is_not_restated_as_its_signing(summarizer):
    text = ("格隆汇11月20日丨岭石药业-B(06666.HK)发布公告,岭石药业于2020年10月27日刊发公告,内容涉及与Northpeak Inc.签订的"
            "岭石单抗独家许可协议。岭石药业宣布此前与Northpeak达成的全球战略合作协议已提前得到美国联邦贸易委员会许可,通过"
            "HSR反托拉斯法的等待期。至此,该合作协议的全部条件已具备,交易正式生效。\n"
            "根据协议条款,岭石药业将获得1.5亿美元的首付款。\n")
    summary = summarizer(text, doc_id="deal-effective")
    assert summary.doc_type == "licensing_deal"
    assert "签署" not in summary.core_viewpoint.zh and "entered into" not in summary.core_viewpoint.en


def test_a_deal_to_take_effect_later_is_still_a_signing(summarizer):
    text = ("岭石药业关于签署许可协议的公告\n近日,岭石药业与Northpeak Inc.签署独家许可协议,将岭石单抗在大中华区以外的权益"
            "授予Northpeak。公司将于许可协议生效后收到1.5亿美元的首付款。\n")
    summary = summarizer(text, doc_id="deal-signed")
    assert "签署" in summary.core_viewpoint.zh


def test_a_disease_phrases_modifier_alone_is_no_key_term():
    from summarizer.lexicon.glossary import load_glossary
    from summarizer.stages.translate import key_terms

    terms = key_terms(load_glossary(), "公司拟将该产品的生产转移至子公司，产品用于治疗转移性结直肠癌。")
    assert "metastasis" not in terms and "metastatic colorectal cancer" in terms


def test_an_english_word_a_disease_phrase_modifier_uses_is_no_chinese_key_term_alone(summarizer):
    text = ("Analyst initiates Westbay Therapeutics at Buy\n\nH.C. Eastbrook initiated coverage of Westbay Therapeutics "
            "(NASDAQ: WBTX) with a Buy rating, citing multiple shots on goal and negative sentiment already priced in.\n")
    shown = summarizer(text, doc_id="modifier").to_text("zh")
    assert "多发性" not in shown and "阴性" not in shown


def test_a_quoted_lead_drops_the_short_names_it_defines(summarizer):
    text = ("岭南医药股份有限公司关于控股子公司通过GMP认证的公告\n\n近日,岭南医药股份有限公司(以下简称“本公司”)控股子公司岭南万邦医药有限公司"
            "(以下简称“岭南万邦”)收到广东省药品监督管理局(以下简称“省药监局”)颁发的《药品GMP证书》,认证范围为片剂。\n")
    core = summarizer(text, doc_id="defined-names").core_viewpoint
    assert "岭南万邦医药有限公司" in core.zh, core.zh  # the lead is quoted
    assert "以下简称" not in core.zh


def test_an_english_lead_drops_its_defined_short_names():
    from summarizer.stages.compose import _trim

    lead = 'Westbay Therapeutics, Inc. (the "Company" or "Westbay") today announced that the FDA approved WB-1.'
    assert _trim(lead, "en") == "Westbay Therapeutics, Inc. today announced that the FDA approved WB-1."
    assert _trim("The drug (WB-1) met its endpoint.", "en") == "The drug (WB-1) met its endpoint."  # a code stays


def test_a_bullets_unverifiable_rendering_goes_and_its_source_text_stays(summarizer):
    from summarizer.stages.check import without_unsupported
    from summarizer.types import Item, SummarySection

    good = summarizer(WITHHOLD, doc_id="rendering")
    doc = summarizer.analyse(WITHHOLD)
    doctype = summarizer.types[good.doc_type]
    cite = good.core_viewpoint.citations[:1]
    bullet = Item(zh="东江医药股份有限公司近日收到国家药品监督管理局核准签发的东江替尼片《药品注册证书》。",
                  en="Dongjiang Pharmaceutical Co., Ltd. received the certificate issued by the Westland Agency.",
                  citations=cite)
    bad = replace(good, sections=(SummarySection("details", "详情", "Details", items=(bullet,)), *good.sections))
    violations = check_summary(bad, doc, doctype, summarizer.glossary)
    assert violations and all(v.lang == "en" for v in violations)  # "Westland" is in no cited paragraph
    reduced = without_unsupported(bad, violations)
    kept = reduced.sections[0].items
    assert len(kept) == 1 and kept[0].zh == bullet.zh and kept[0].en is None
    assert not check_summary(reduced, doc, doctype, summarizer.glossary)


def test_a_risk_warning_bullet_states_a_risk_not_a_gain(summarizer):
    def risks(tail):
        text = ("岭南医药股份有限公司关于控股子公司药品获注册批准的公告\n近日，岭南医药股份有限公司控股子公司岭南药业有限公司的"
                "岭南替尼片获国家药品监督管理局批准上市。\n四、对上市公司的影响及风险提示\n" + tail + "\n")
        summary = summarizer(text, doc_id="risk-gain")
        return [item.zh for section in summary.sections if section.key == "risk_warning" for item in section.items]

    assert risks("该药品本次获批上市，将进一步丰富本集团产品线。") == []
    assert risks("该药品上市后的销售情况可能受到市场竞争等因素影响，存在不确定性。")
