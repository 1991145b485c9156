"""Structure fixtures read off the real corpus's training split: where a filing's front matter ends
and its body begins, and which PDF lines belong together. Every text is written here in the shape of
a real reprint (same layout; invented company, drug and codes)."""

from __future__ import annotations

import pytest

from summarizer import Summarizer
from summarizer.stages.segment import segment
from summarizer.types import Document


@pytest.fixture(scope="module")
def summarizer() -> Summarizer:
    return Summarizer()


def _segments(text: str) -> list[str]:
    return [s.text for s in segment(Document(id="t", text=text, lang="zh")).segments]


# An SSE reprint whose guarantee ("…完整性承担法律责任。") runs straight into the first body heading and
# the lead, followed by the registration details as "key:value" lines: the details were taken as the
# issuer's name lines of an HKEX header and the whole body became boilerplate.
GLUED = ("上海青禾医药(集团)股份有限公司\n关于控股子公司药品获注册批准的公告\n"
         "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述 或者重大遗漏,并对其内容的真实性、"
         "准确性和完整性承担法律责任。一、概况\n"
         "近日,上海青禾医药(集团)股份有限公司控股子公司青禾奥泽药业有限公司就青禾肾上腺素注射液的药品注册申请"
         "获国家药品监督管理局批准。本次获批适应症为用于急性低血压状态的血压恢复;也可用于心跳骤停的辅助治疗。\n\n"
         "二、该药品的注册信息\n药品通用名称:青禾肾上腺素注射液\n剂型:注射剂\n规格:2ml:4mg\n"
         "注册分类:化学药品3类\n药品批准文号:国药准字H20990001\n")


def test_the_body_after_an_sse_guarantee_is_not_front_matter(summarizer):
    doc = summarizer.analyse(GLUED, doc_id="glued")
    lead = next(s for s in doc.segments if "近日" in s.text)
    assert lead.section != "boilerplate"
    details = [s for s in doc.segments if s.text.startswith(("剂型", "注册分类", "药品批准文号"))]
    assert details and all(s.section != "boilerplate" for s in details)
    out = {f.name: f.value for f in summarizer(GLUED, doc_id="glued").fields}
    assert out["indication"] == "急性低血压状态的血压恢复"
    assert out["regulator"] == "国家药品监督管理局"
    assert out["approval_number"] == "国药准字H20990001"


def test_the_sse_guarantee_is_split_from_what_follows_it_on_its_line():
    parts = _segments("本公司董事会及全体董事保证本公告内容不存在任何虚假记载,并对其内容的真实性、准确性和完整性依法承担法律责任。"
                      "近日,本公司收到国家药品监督管理局核准签发的青禾片《药物临床试验批准通知书》。")
    assert parts[0].endswith("依法承担法律责任。")
    assert parts[1].startswith("近日")


# A guarantee wrapped over three lines with blank lines between them (a PDF copy): the middle line
# must not become the lead (a junk item) because it holds a comma.
WRAPPED_GUARANTEE = ("证券代码:830001 证券简称:青禾药业 公告编号:2022-001\n青禾药业股份有限公司\n"
                     "关于参与全国药品集中采购拟中选的公告\n\n"
                     "本公司及董事会全体成员保证公告内容的真实、准确和完整,没有虚假记载、\n\n"
                     "误导性陈述或者重大遗漏,并对其内容的真实性、准确性和完整性承担个别及连\n\n"
                     "带法律责任。\n\n"
                     "近日,青禾药业股份有限公司参加了全国药品集中采购,公司产品青禾格列酮片(30mg)拟中选。\n")


def test_every_wrapped_line_of_the_guarantee_is_boilerplate(summarizer):
    doc = summarizer.analyse(WRAPPED_GUARANTEE, doc_id="wrapped")
    for seg in doc.segments:
        if "遗漏" in seg.text or seg.text.startswith("带法律"):
            assert seg.section == "boilerplate", seg.text
    lead = next(s for s in doc.segments if s.text.startswith("近日"))
    assert lead.section == "core_event"


@pytest.mark.parametrize("first, second, joined", [
    # a page break inside a bracket: the short name's quote is still open
    ("2018 年 12 月 20 日,青禾药业集团股份有限公司(以下简称“青禾药", "业”或“公司”)披露了框架合作协议。", True),
    # a page break between a number and its date unit
    ("框架协议签署后,经过公司与对方的沟通协商达成协议,并于 2019 年 12", "月 27 日正式签订了许可协议。", True),
    # a heading and a paragraph after a blank line stay apart
    ("一、协议的主要内容", "青禾药业与对方签订了许可协议。", False),
    # a closed sentence, then a new paragraph
    ("青禾药业与对方签订了许可协议(以下简称“协议”)。", "协议约定的首付款为1000万元。", False),
])
def test_a_pdf_page_break_inside_a_sentence_does_not_split_it(first, second, joined):
    parts = _segments(first + "\n\n" + second)
    assert (len(parts) == 1) is joined, parts


# A reprint that runs the header codes and the whole body into one line, closing boilerplate included.
GLUED_HEADER = ("(原标题:关于控股子公司BC6040抗体偶联药物获得美国药物临床试验批准通知书的公告)\n"
                "证券代码:300999 证券简称:北辰新药 公告编号:2025-054 北辰新药股份有限公司的控股子公司北辰巨石生物制药有限公司"
                "近日收到美国食品药品监督管理局通知,其申报的注射用BC6040药品临床试验申请已获批准,可开展用于晚期实体瘤的临床试验。"
                "该药品为抗体偶联药物。公司将按国家有关规定积极推进上述研发项目,并及时对项目后续进展情况履行信息披露义务。"
                "敬请广大投资者谨慎决策,注意防范投资风险。特此公告。北辰新药股份有限公司董事会 2025年6月9日")


def test_a_body_glued_to_the_header_codes_is_the_lead_not_boilerplate():
    summary = Summarizer()(GLUED_HEADER)
    fields = {f.name: f.value for f in summary.fields}
    assert summary.doc_type == "drug_trial_approval"
    assert fields.get("company") == "北辰新药股份有限公司"
    assert fields.get("regulator") == "美国食品药品监督管理局"
    assert "美国食品药品监督管理局" in summary.core_viewpoint.zh


# Page furniture read off training filings that came out as summary items or as the core viewpoint: a
# newspaper page's PDF link, a portal's AI-generated-content notice, a portal's language and app banners
# above a Taiwan wire story, a live blog's "keep checking back", an 8-K's "the foregoing description
# does not purport to be complete", a stock widget's truncated close, and a story's slash-dated
# timestamp line. Each is written here in the shape of the real page (invented company and drug).
FURNITURE_ZH = (
    "12版 信息披露  查看版面PDF\n\n"
    "晨岚生物(688990)关于自愿披露LX-204片获得药物临床试验批准通知书的公告\n\n"
    "近日,晨岚生物科技股份有限公司收到国家药品监督管理局核准签发的LX-204片《药物临床试验批准通知书》,"
    "同意开展用于晚期实体瘤的I期临床试验。\n\n"
    "LX-204片是公司自主研发的小分子抑制剂,拟用于晚期实体瘤的治疗。\n\n"
    "以上内容为某某财经据公开信息整理,由AI算法生成(网信算备000000000000000000001号),不构成投资建议。\n")

FURNITURE_TW = (
    "Your browser does not appear to support Traditional Chinese. Would you like to go to the English website?\n"
    "こちらのページは繁体字版です。日本語版に移動しますか。\n"
    "某某社一手新聞APP Icon某某社一手新聞APP\n"
    "下載\n\n"
    "嵐光新藥三期期中分析 無需修改計畫書\n\n"
    "2021/3/9 10:15(3/9 11:02 更新)\n\n"
    "嵐光生技今天公布研發中新藥LG-77全球胰臟癌三期人體臨床試驗期中分析結果,獨立資料監察委員會建議無需修改計畫書,"
    "將繼續執行臨床試驗。\n\n"
    "嵐光生技表示,LG-77三期試驗預計收案300位病患。\n")

FURNITURE_EN = (
    "Larkfield Bio Announces Late-Breaking Phase 2 Data for LKF-12 at ASCO\n\n"
    "Larkfield Bio, Inc. (NASDAQ: LKFB) today announced data from its Phase 2 trial of LKF-12 in patients with "
    "metastatic colorectal cancer, showing an objective response rate of 31%.\n\n"
    "The trial enrolled 88 patients across 14 sites in the United States.\n\n"
    "LKFB closed Friday's regular trading at ...\n\n"
    "The foregoing description of the terms of the data-sharing agreement does not purport to be complete and is "
    "qualified in its entirety by reference to the full text of the agreement.\n\n"
    "Keep checking back for more ASCO highlights.\n")


@pytest.mark.parametrize("text, furniture", [
    (FURNITURE_ZH, ("查看版面", "AI算法生成")),
    (FURNITURE_TW, ("browser", "こちら", "APP Icon", "2021/3/9")),
    (FURNITURE_EN, ("regular trading", "does not purport", "Keep checking back")),
])
def test_page_furniture_is_neither_an_item_nor_the_core(summarizer, text, furniture):
    summary = summarizer(text, doc_id="furniture")
    shown = [item.text(summary.lang) or "" for _, item in summary.iter_items()]
    assert shown and not [s for s in shown if any(f in s for f in furniture)]
    # the news itself is still there
    assert any(name in " ".join(shown) for name in ("LX-204", "LG-77", "LKF-12"))
