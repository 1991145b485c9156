"""A sentence no rule translates keeps its figures in the other language: its gist carries the
dates, amounts, percentages and head or share counts it states, each written the other language's
way, and the faithfulness check reads them back against the source. Also the exchange header and
title lines that a reprint runs on without blank lines. Invented companies and drugs throughout."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from summarizer import Summarizer
from summarizer.lexicon.normalize import figures_en, figures_zh, number_tokens
from summarizer.stages.check import latin_tokens
from summarizer.training.evaluate import evaluate_corpus
from summarizer.training.real import merge_incoming


@pytest.mark.parametrize("zh, en", [
    ("截至2026年6月30日，累计研发投入约人民币3,256.5万元。", ["June 30, 2026", "approximately RMB 32.565 million"]),
    ("截至11月20日收盘，公司股价上涨2.35%，报18.6港元，成交额6.31亿港元。",
     ["November 20", "2.35%", "HK$18.6", "HK$631 million"]),
    ("本公司將取得簽約金美金150萬。", ["US$1.5 million"]),  # traditional script, currency first
    ("拟授予的限制性股票数量为 1,414.6409 万股，约占股本总额的 3.5%。", ["14,146,409 shares", "3.5%"]),
    ("本试验共入组120例患者。", ["120 patients"]),
])
def test_figures_of_a_chinese_sentence_in_english(zh, en):
    assert figures_en(zh) == en


def test_figures_that_cannot_be_read_whole_are_left_out():
    # an amount written in parts is no amount of its first part (258萬8478元 is not 2.58 million)
    assert figures_en("審查費用美金258萬8478元。") == []
    assert figures_en("獲得新台幣1億5千萬元補助。") == []
    # a number glued to a name is part of the name, as the check reads it
    assert figures_en("始支付Zenith1.75%之權利金。") == []
    # nor is a board's count of members a head count (the meeting's year is a figure)
    assert figures_en("2名董事出席了2026年第一次临时股东大会。") == ["2026"]


def test_a_figures_bound_stays_with_it():
    # "over", "up to", "at least" change what the figure says (a judge of these gists found them dropped)
    assert figures_en("超过80%的患者改善,交易总额最多48亿美元,于 2018 年启动。") == ["over 80%", "up to US$4.8 billion", "2018"]
    assert figures_zh("Shares fell more than 15% on January 12th 2023; up to $55 million in milestones.") == [
        "超过15%", "2023年1月12日", "最多5,500万美元"]


def test_a_bare_yuan_is_the_currency_the_caller_names():
    assert figures_en("簽約金為新台幣5,000萬元，另付100萬元。", "TWD") == ["NT$50 million", "NT$1 million"]
    assert figures_en("首付款为3,400万元。") == ["RMB 34 million"]


def test_figures_of_an_english_sentence_in_chinese():
    text = ("As of December 31, 2025, the company held $84.2 million in cash; its shares rose 12.5%, and the "
            "trial will enroll approximately 48 healthy volunteers from June 2026.")
    assert figures_zh(text) == ["2025年12月31日", "8,420万美元", "12.5%", "约48例健康志愿者", "2026年6月"]


def test_the_check_reads_taiwan_scales_and_currency_symbols():
    readings = dict(number_tokens("里程金共計美金1,050萬元，補助1億元"))
    assert Decimal(10_500_000) in readings["1,050萬"] and Decimal(100_000_000) in readings["1億"]
    # "HK$", "NT$", "US$" are units, not names the source must contain
    assert latin_tokens("Key terms: HK$18.6; NT$50 million; US$1.5 million") == []
    assert ("name", "ZNX") in latin_tokens("Key terms: NMPA; ZNX; HK$18.6")


ZH_FILING = """证券代码：688999 证券简称：青禾医药 公告编号：2026-031
青禾医药股份有限公司关于QH-217注射液获得药物临床试验批准通知书的公告
近日，青禾医药股份有限公司（以下简称“公司”）收到国家药品监督管理局核准签发的关于QH-217注射液的《药物临床试验批准通知书》，同意本品开展用于治疗晚期实体瘤的临床试验。
截至2026年6月30日，公司在该项目上累计研发投入约人民币3,256.5万元。
截至11月20日收盘，公司股价上涨2.35%，报18.6港元。
特此公告。"""

EN_FILING = """Larkfield Therapeutics Announces FDA Clearance of IND for LFT-402

BOSTON, March 3, 2026 (GLOBE NEWSWIRE) -- Larkfield Therapeutics, Inc. (Nasdaq: LRKF) today announced that the U.S. Food and Drug Administration (FDA) has cleared its Investigational New Drug application for LFT-402 for the treatment of plaque psoriasis.

The Phase 1 trial will enroll approximately 48 healthy volunteers at two sites, with first dosing expected in June 2026.

As of December 31, 2025, Larkfield held cash of $84.2 million, and its shares rose 12.5% in premarket trading."""


@pytest.fixture(scope="module")
def summarizer():
    return Summarizer()


def _item(summary, needle: str, lang: str):
    return next(item for _, item in summary.iter_items() if needle in (item.text(lang) or ""))


def test_header_and_title_lines_run_on_without_blank_lines_are_not_the_body(summarizer):
    """A reprint with single line breaks: the header line and the title no full stop ends are their own
    paragraphs, so the body is read (before, all three were one boilerplate block and the filing had no
    drug, no regulator and an R&D-spending sentence as its core)."""
    summary = summarizer(ZH_FILING)
    assert summary.doc_type == "drug_trial_approval"
    assert summary.get_field("drug_name").value == "QH-217注射液"
    assert "QH-217" in summary.core_viewpoint.en and not summary.violations


def test_chinese_items_keep_their_figures_in_english(summarizer):
    summary = summarizer(ZH_FILING)
    spend = _item(summary, "累计研发投入", "zh")
    assert spend.gist and "June 30, 2026" in spend.en and "approximately RMB 32.565 million" in spend.en
    price = _item(summary, "股价上涨", "zh")
    assert all(f in price.en for f in ("November 20", "2.35%", "HK$18.6"))
    assert not summary.violations  # every figure is read back from the paragraph it cites


def test_english_items_keep_their_figures_in_chinese(summarizer):
    summary = summarizer(EN_FILING)
    cash = _item(summary, "held cash", "en")
    assert cash.gist and all(f in cash.zh for f in ("2025年12月31日", "8,420万美元", "12.5%"))
    assert "of December" not in cash.zh  # "As of December" is no name
    assert not summary.violations


def test_evaluation_reports_items_shown_and_figures_carried(tmp_path):
    folder = tmp_path / "real"
    (folder / "cache").mkdir(parents=True)
    (folder / "incoming").mkdir()
    (folder / "cache" / "zh-g-001.txt").write_text(ZH_FILING, encoding="utf-8")
    record = {"id": "zh-g-001", "lang": "zh", "script": "simplified", "url": "http://example.com/g", "query": "q",
              "corpus": "pages", "retrieved": "2026-11-29", "exchange": "SSE", "source_kind": "reprint",
              "type": "drug_trial_approval", "fields": [{"name": "drug_name", "value": "QH-217注射液"}],
              "boilerplate_lines": [1, 6], "core_event": {"zh": "…", "en": "…"}, "event": {}, "notes": ""}
    (folder / "incoming" / "g.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert merge_incoming(folder) == 1
    report = evaluate_corpus(folder)
    overall = next(r["overall"] for r in report["splits"].values() if r["overall"]["documents"])
    # the two figure sentences are items; every number they state is in their English gists
    assert overall["items_shown_other"] == 1.0
    assert overall["item_figures_carried"] == 1.0


def test_a_quote_widgets_line_is_no_item(summarizer):
    # zh-zc-003's shape (invented names): a filing page whose top carries the quote widget's "688xxx 科创 某某药业";
    # once the header line stood apart from the title, the widget's line had become a bullet
    text = ("联系客服\n\n688777 科创 青禾医药\n\n首页 公告 688777:青禾医药关于签订项目合作开发框架合同的自愿性披露公告\n\n"
            "公告日期:2026-08-23\n\n证券代码:688777        证券简称:青禾医药        公告编号:2026-056\n"
            "          青禾医药股份有限公司\n\n      关于与某某科技股份有限公司签订项目合作开发框架合同的自愿性披露公告\n\n"
            "一、合同签订的基本情况\n青禾医药股份有限公司(以下简称“公司”)于2026年8月22日与某某科技股份有限公司签订了"
            "《项目合作开发框架合同》,双方就QH-3的工艺开发开展合作,合同金额为人民币1,200万元。\n")
    summary = summarizer(text, doc_id="widget")
    assert all("688777 科创" not in (item.zh or "") for _, item in summary.iter_items())


def test_the_same_filing_gives_the_same_summary_under_any_hash_seed(tmp_path):
    # zh-xg-007's shape (invented names): a news page's related links, sentences whose words weigh the same;
    # their scores had been summed over a set, whose order (and a float sum's last bits) follows the hash seed,
    # so which link became an item changed from run to run
    links = "".join(f"某某同辐(01999)选举{name}为职工代表{role}\n\n" for name, role in
                    [("王甲", "董事"), ("李乙", "监事"), ("张丙", "董事"), ("赵丁", "监事"), ("钱戊", "董事"), ("孙己", "监事")])
    text = ("某某同辐(01999)承研的核能开发项目通过验收获评“优秀”\n\n某某同辐发布公告,公司承研的某同位素研究项目近日通过"
            "国家验收,综合评价为优秀。\n\n相关新闻\n\n" + links)
    path = tmp_path / "links.txt"
    path.write_text(text, encoding="utf-8")
    import os
    import subprocess
    import sys

    outputs = set()
    for seed in ("1", "2", "3", "4"):
        run = subprocess.run([sys.executable, "-m", "summarizer", "summarize", str(path), "--format", "json"],
                             capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": seed}, check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1


def test_pounds_and_a_lowercase_million_and_a_bare_yuan_beside_dollars():
    # en-ze-009's shape: "£1.5m ($1.9m)" had become "1.9美元"; zh-xj-001's: a bare 元 after a dollar figure in a
    # Taiwan text is not said to be NT$ (the sentence does not say which it is)
    assert figures_zh("It has invested over £1.5m ($1.9m) during the last year.") == ["超过150万英镑", "190万美元"]
    assert dict(number_tokens("$1.9m and 5m patients"))["1.9m"] >= {Decimal(1_900_000)}
    assert Decimal(5_000_000) not in dict(number_tokens("$1.9m and 5m patients"))["5m"]
    assert figures_en("市场规模为215.8億美元,预估至2027年将超过511億元。", "TWD") == ["US$21.58 billion", "2027"]


def test_a_wire_dateline_gives_its_date_not_its_place_as_key_terms(summarizer):
    # en-o-010's shape (invented names): a reviewer found "CORAL；GABLES；Fla；Feb；GLOBE" as the key terms
    text = ("Velmora Announces Positive Data\n\nCORAL GABLES, Fla., Feb. 03, 2022 (GLOBE NEWSWIRE) -- Velmora "
            "Therapeutics, Inc. (Nasdaq: VLMA) today announced that its Phase 2 trial of VLM-7 in 120 patients met its "
            "primary endpoint, with a 45% response rate.\n\nThe company plans to meet the FDA in 2022.\n")
    summary = summarizer(text, doc_id="dateline-gist")
    gist = next(item.zh for _, item in summary.iter_items() if item.gist and "关键词" in (item.zh or ""))
    assert "2022年2月3日" in gist and not any(w in gist for w in ("GABLES", "Fla", "GLOBE"))
    assert not summary.violations


def test_a_contracts_defined_terms_are_no_key_terms(summarizer):
    # en-t-003's shape (an 8-K's defined terms, invented names): "Company；Agreement；Company and Seagen" had been key terms
    text = ("Item 1.01 Entry into a Material Definitive Agreement.\n\n"
            "On September 23, 2026, Larkfield Limited (the \\u201cCompany\\u201d) entered into a license agreement with Orrin Inc.\n\n"
            "Under the Agreement, the Company and Orrin will share costs, and the Company will pay Orrin an upfront payment "
            "of $30 million and up to $78 million in milestone payments.\n").encode().decode("unicode_escape")
    summary = summarizer(text, doc_id="defined-terms")
    gists = [item.zh for _, item in summary.iter_items() if item.gist and item.zh]
    assert gists and not any(term in g.split("：", 1)[1].split("；") for g in gists for term in ("Company", "Agreement"))


def test_a_wire_datelines_sept_is_september_to_the_check():
    # a gist had carried "Sept. 25, 2013" as 2013年9月25日 and the check had not read "Sept." as the ninth month
    from decimal import Decimal
    from summarizer.stages.check import month_numbers
    assert Decimal(9) in month_numbers("SOUTH SAN FRANCISCO, Calif., Sept. 25, 2013 (GLOBE NEWSWIRE) --")
    text = ("SOUTH SAN FRANCISCO, Calif., Sept. 25, 2013 (GLOBE NEWSWIRE) -- Larkspur Bio, Inc. (Nasdaq:LRKB) today "
            "announced that enrollment in the company's pivotal Phase 3 trial of larvosin in acute myeloid leukemia is "
            "now complete. Enrollment of 700 patients was achieved on schedule.\n")
    assert not Summarizer()(text, doc_id="sept").violations
