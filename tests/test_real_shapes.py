"""Regression fixtures for failures found on the real corpus's training split. Each text is written
here, in the shape of a real reprint or release (same layout, invented company, drug and codes), so
CI keeps the fix without the corpus cache."""

from __future__ import annotations

import pytest

from summarizer import Summarizer

# A finance-site reprint: navigation and a share-price widget above the real headline, which the
# reader takes as the title (the headline was missed and the type fell to "other").
NAV_REPRINT = """首页 > 公告 > 正文
读取中，请稍候
00-00 00:00:00 --.-- 0.00 (0.000%)
明川药业：关于子公司获得药物临床试验批件的公告
公告日期：2019-03-02
明川药业股份有限公司全资子公司明川制药有限公司于近日收到国家药品监督管理局核准签发的关于MC-207胶囊的《药物临床试验批件》，同意本品进行临床试验。"""

# Pre-2019 wording: 临床试验批件 instead of 临床试验批准通知书.
OLD_TRIAL_APPROVAL = """青禾医药：青禾颗粒获得药物临床试验批件
青禾医药公告，公司于近日收到国家食品药品监督管理总局签发的关于青禾颗粒的《药物临床试验批件》，批准该药物进行临床试验。"""

# An ethics committee's approval to start a trial (not a regulator's).
ETHICS_APPROVAL = """远山药业（300999.SZ）：控股子公司获得一类创新药YS-55片II期临床试验伦理批件
远山药业公告，控股子公司近日获得YS-55片II期临床试验的伦理审查批件，同意开展该项临床研究。"""

SUPPLEMENT = """江北医药股份有限公司关于获得药品补充申请批准通知书的公告
本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。
近日，江北医药股份有限公司收到国家药品监督管理局核准签发的关于JB-11注射液的《药品补充申请批准通知书》，同意本品增加新适应症。"""

CONSISTENCY = """南岭药业股份有限公司关于公司药品通过仿制药一致性评价的公告
近日，南岭药业股份有限公司收到国家药品监督管理局核准签发的盐酸南岭片《药品补充申请批准通知书》，该药品通过仿制药质量和疗效一致性评价。"""

CRL = """东湖生物：关于子公司收到美国FDA完全回复函的公告
东湖生物公告，子公司于近日收到美国食品药品监督管理局（FDA）就DH-3注射液生物制品许可申请出具的完全回复函，FDA需要补充资料后方能继续审评。"""

REJECTION = """西岸药业公告，其全资子公司收到国家药品监督管理局关于西岸片的《药品上市申请不予批准通知书》。"""

TERMINATION = """北城生物制品股份有限公司关于所属企业药品终止临床试验的公告
经审慎评估，北城生物决定终止BC-9注射液的临床试验。"""

RESULTS = """中原医药股份有限公司关于ZY-88片III期临床研究达到主要研究终点的公告
近日，ZY-88片治疗慢性心力衰竭的III期临床研究达到预设的主要研究终点，研究结果显示统计学显著。"""

PROGRESS = """中原医药股份有限公司关于ZY-90注射液I期临床试验完成首例受试者入组的公告
近日，ZY-90注射液I期临床试验完成首例受试者入组。"""

LICENCE = """北京松林药业股份有限公司关于下属公司签署缓释片项目技术转让（专利申请权）合同的公告
松林药业下属公司与受让方签署技术转让合同，转让价款为人民币3,000万元。"""

FAST_TRACK_ZH = """海岭药业在研品种HL-518片获美国FDA“快速通道认定”
海岭药业宣布，美国FDA已授予HL-518片用于治疗特发性肺纤维化的快速通道认定。"""

ANALYST_NOTE = """券商：升青山医药评级至“买入” 上调目标价至45元
某券商发表研究报告，将青山医药评级由“持有”上调至“买入”，目标价上调至45元，看好其生物药管线。"""

SPONSORED = """New Data Lights a Path for Harbor Lane Bio's HLB-12 in Migraine
Harbor Lane Bio (NASDAQ: HLBX) shared data from a Phase 2 study of HLB-12 in chronic migraine.
The company plans to meet the FDA later this year.
""" + "Further background on migraine and the market for preventive therapies.\n" * 30 + """
This article is sponsored content and is for informational purposes only. It is not investment advice."""


@pytest.mark.parametrize("text, expected", [
    (NAV_REPRINT, "drug_trial_approval"),
    (OLD_TRIAL_APPROVAL, "drug_trial_approval"),
    (ETHICS_APPROVAL, "drug_trial_approval"),
    (SUPPLEMENT, "supplementary_application"),
    (CONSISTENCY, "consistency_evaluation"),
    (CRL, "setback"),
    (REJECTION, "setback"),
    (TERMINATION, "setback"),
    (RESULTS, "trial_results"),
    (PROGRESS, "trial_progress"),
    (LICENCE, "licensing_deal"),
    (FAST_TRACK_ZH, "regulatory_designation"),
    (ANALYST_NOTE, "news_feature"),
    (SPONSORED, "news_feature"),
])
def test_real_shapes_get_their_type(text, expected):
    assert Summarizer().analyse(text).doc_type == expected


def test_a_sponsor_disclosure_at_the_foot_counts_only_when_present():
    without = SPONSORED.rsplit("\n", 1)[0]
    assert Summarizer().analyse(without).doc_type != "news_feature"


def test_setbacks_are_never_summarised_as_approvals():
    for text in (CRL, REJECTION, TERMINATION):
        summary = Summarizer()(text)
        for lang in ("en", "zh"):
            out = summary.to_text(lang).lower()
            assert "received approval" not in out and "获得批准" not in out and "获批" not in out, out


@pytest.mark.parametrize("text, english", [
    (CRL, "complete response letter"), (REJECTION, "rejection"), (TERMINATION, "clinical trial terminated")])
def test_the_setback_is_shown_in_english_too(text, english):
    field = Summarizer()(text).get_field("setback")
    assert field is not None and field.value_en == english
    assert english in Summarizer()(text).to_text("en")
