from __future__ import annotations

from decimal import Decimal

import pytest

from summarizer.lexicon.normalize import (
    amount_to_en,
    amount_to_zh,
    amount_value,
    date_to_en,
    date_to_zh,
    join_pdf_wraps,
    number_tokens,
)


@pytest.mark.parametrize(
    "zh, en",
    [
        ("约人民币2,352万元", "approximately RMB 23.52 million"),
        ("38,600万元", "RMB 386 million"),
        ("1.2亿元", "RMB 120 million"),
        ("15亿美元", "US$1.5 billion"),
        ("5,000元", "RMB 5,000"),
    ],
)
def test_amounts_zh_to_en_exact(zh, en):
    assert amount_to_en(zh) == en


def test_amounts_en_to_zh_and_values():
    assert amount_to_zh("approximately $18.5 million") == "约1,850万美元"
    assert amount_value("US$1.5 billion") == (Decimal("1500000000"), "USD")
    assert amount_value("no money here") is None


def test_dates_both_ways():
    assert date_to_en("截至2025年9月") == "September 2025"
    assert date_to_en("2026年3月10日") == "March 10, 2026"
    assert date_to_en("2025年13月") is None
    assert date_to_zh("through December 31, 2025") == "2025年12月31日"


def test_number_tokens_carry_scaled_readings():
    tokens = dict(number_tokens("RMB 23.52 million, 10mL and 2,352万元"))
    assert Decimal("23520000") in tokens["23.52 million"]
    assert Decimal("23520000") in tokens["2,352万"]
    assert tokens["10"] == {Decimal("10")}


def test_abbreviated_english_months():
    assert date_to_zh("Jan. 5, 2026") == "2026年1月5日"
    assert date_to_zh("Sept. 30, 2025") == "2025年9月30日"


def test_wire_short_amounts_and_glued_currency_codes():
    from summarizer.lexicon.normalize import amount_to_zh, number_tokens

    assert amount_to_zh("$15M") == "1,500万美元"
    assert amount_to_zh("USD400 million") == "4亿美元"
    assert amount_to_zh("$1.2B") == "12亿美元"
    readings = dict(number_tokens("will receive USD400 million upfront, $15M on signing, and 2.5 mg doses"))
    assert any(10**8 * 4 in r for r in readings.values())
    assert any(15 * 10**6 in r for r in readings.values())


@pytest.mark.parametrize("wrapped, joined", [
    ("公司研发的 SHR0000 联\n合雄激素剥夺疗法", "公司研发的 SHR0000 联合雄激素剥夺疗法"),
    ("研究结果表明,\nSHR0000 可显著降低风险", "研究结果表明,SHR0000 可显著降低风险"),
    ("评价注射用\n  HY0000a 的安全性", "评价注射用HY0000a 的安全性"),
    ("the Example\nCorporation", "the Example\nCorporation"),  # Latin text on both sides: not a Chinese wrap
])
def test_a_line_wrap_inside_a_chinese_sentence_joins_the_lines(wrapped, joined):
    assert join_pdf_wraps(wrapped) == joined


@pytest.mark.parametrize("zh, en", [
    ("218人", "218 participants"), ("约500名患者", "approximately 500 patients"), ("不超過 50 位", "up to 50 participants"),
    ("378位受試者", "378 subjects"), ("QW-1", None),
])
def test_a_chinese_head_count_in_english(zh, en):
    from summarizer.lexicon.normalize import count_to_en

    assert count_to_en(zh) == en


@pytest.mark.parametrize("en, zh", [
    ("approximately 60 adult patients", "约60例成人患者"), ("up to 80 subjects", "最多80例受试者"),
    ("447-subject", "447例受试者"), ("400 patients", "400例患者"), ("Phase 2", None),
])
def test_an_english_head_count_in_chinese(en, zh):
    from summarizer.lexicon.normalize import count_to_zh

    assert count_to_zh(en) == zh


def test_a_bare_yuan_is_the_currency_of_the_place_it_is_written():
    # a mainland filing's 元 is the renminbi; a Taiwan text's is the New Taiwan dollar (zh-xe-004 had read a
    # Taiwan licence's 约11亿元 signing fee as "RMB 1.1 billion"); a currency written out is that currency
    assert amount_to_en("1亿元") == "RMB 100 million"
    assert amount_to_en("约11亿元", "TWD") == "approximately NT$1.1 billion"
    assert amount_to_en("3000万美元", "TWD") == "US$30 million"
    assert amount_to_en("新台币5亿元") == "NT$500 million"
    assert amount_to_en("人民币2亿元", "TWD") == "RMB 200 million"
