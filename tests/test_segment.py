from __future__ import annotations

import pytest

from summarizer.stages.read import read
from summarizer.stages.segment import RuleSegmenter, split_sentences, tokenize


def test_split_sentences_chinese_quotes_and_book_titles():
    text = "公司收到《药物临床试验批准通知书。附件》。董事会表示：“本品获批！”随后公告。"
    assert [s.text for s in split_sentences(text)] == [
        "公司收到《药物临床试验批准通知书。附件》。",
        "董事会表示：“本品获批！”",
        "随后公告。",
    ]


def test_split_sentences_english_abbreviations_and_decimals():
    text = "Acme Inc. said the U.S. FDA cleared AB-1.5 mg doses. Dr. Smith agreed. Enrollment starts soon!"
    assert [s.text for s in split_sentences(text)] == [
        "Acme Inc. said the U.S. FDA cleared AB-1.5 mg doses.",
        "Dr. Smith agreed.",
        "Enrollment starts soon!",
    ]


def test_sentence_spans_index_the_text():
    text = "第一句。  第二句！"
    for s in split_sentences(text, offset=10):
        assert text[s.start - 10 : s.end - 10] == s.text


def test_paragraph_numbering_and_kinds(vum02_doc):
    segs = vum02_doc.segments
    assert [s.index for s in segs] == list(range(1, len(segs) + 1))
    by_text = {s.text: s for s in segs}
    assert by_text["一、药品基本情况"].kind == "heading"
    assert by_text["受理号：CXSL2500651"].kind == "list_item"
    assert by_text["受理号：CXSL2500651"].heading == by_text["一、药品基本情况"].index
    for s in segs:
        assert vum02_doc.text[s.start : s.end].strip() == s.text


def test_enumerations_are_list_items_or_headings():
    doc = RuleSegmenter()(read("（一）基本情况\n1、药品名称：X注射液\n2. 剂型：注射剂\n（二）其他说明，具体如下。"))
    assert [s.kind for s in doc.segments] == ["heading", "list_item", "list_item", "list_item"]


def test_wrapped_pdf_lines_are_joined_into_one_paragraph():
    text = (
        "The Company announced today that the FDA has cleared its investigational new\n"
        "drug application for AB-101 in adults.\n\nSecond paragraph here."
    )
    doc = RuleSegmenter()(read(text))
    assert len(doc.segments) == 2
    assert doc.segments[0].text.endswith("AB-101 in adults.")


def test_jieba_domain_dictionary_keeps_terms_whole():
    words = tokenize("VUM02注射液获得国家药品监督管理局药物临床试验批准通知书，用于间充质干细胞治疗")
    for term in ("VUM02", "注射液", "国家药品监督管理局", "药物临床试验批准通知书", "间充质干细胞"):
        assert term in words
    assert "，" not in words


def test_english_words_are_lowercased_tokens():
    assert tokenize("FDA cleared NLT-217, a Phase 1b/2a drug.", "en")[:3] == ["fda", "cleared", "nlt-217"]


def test_a_wrapped_line_with_an_open_bracket_before_its_colon_continues_the_sentence():
    # a PDF line cut inside a drug's name: the next line opens "普利单抗(商品名:…", which is the rest of the
    # sentence, not a "key: value" line
    text = ("近日,东岭生物医药科技股份有限公司(以下简称“公司”)产品东瑞\n"
            "普利单抗(商品名:东益®,产品代号:DL001)联合化疗一线治疗广泛期小细胞肺癌的III期临床研究达到主要研究终点。\n"
            "剂型:注射剂\n")
    doc = RuleSegmenter()(read(text))
    assert len(doc.segments) == 2
    assert "东瑞\n普利单抗" in doc.text[doc.segments[0].start : doc.segments[0].end]
    assert doc.text[doc.segments[1].start : doc.segments[1].end] == "剂型:注射剂"


def test_a_line_cut_inside_a_bracket_is_continued_even_by_a_key_like_line():
    text = ("近日,东岭医药控股子公司收到国家药品监督管理局颁发的关于东妥昔单抗注射液(即重组抗 CD20 单克隆抗体注射液,商\n"
            "品名称:东利康;以下简称“该新药”)的《药品补充申请批准通知书》。\n")
    doc = RuleSegmenter()(read(text))
    assert len(doc.segments) == 1


@pytest.mark.parametrize("text, sentences", [
    # a lost ® or ™ written "?" after a brand is no sentence end
    ("百时美施贵宝公司的Opdivo?(通用名:Nivolumab)和默沙东公司的Keytruda?(通用名:Pembrolizumab),这两个产品获批。下一句。", 2),
    ("于中国境内已上市的格列美脲片包括德国某公司的亚莫利?、某集团的格列美脲分散片等。", 1),
    # a reprint's half-width question mark after a question, and an exclamation, still end sentences
    ("公司有哪些应对措施?另外,公司进展如何?公司表示,将加快。", 3),
    ("大丰收!恒瑞等49款1类新药获批上市。", 2),
    ("Is it approved? Yes it is.", 2),
])
def test_a_lost_symbol_written_as_a_question_mark_ends_no_sentence(text, sentences):
    from summarizer.stages.segment import split_sentences
    assert len(split_sentences(text)) == sentences


def test_a_pdf_page_with_a_blank_line_after_every_line_keeps_its_paragraphs_whole():
    # paragraphs open indented four spaces or more, wrapped lines one; every line is followed by a blank line
    text = ("     一、岭南替尼片主要情况简介\n\n"
            "     岭南替尼片(以下简称“岭南替尼”)是公司开发的全新的\n\n"
            " 具有自主知识产权的小分子靶向药物,拟用于晚期非小细胞肺癌\n\n"
            " 等适应症及其他实体瘤。按我国新化学药品注册分类规定,\n\n"
            " 其药品注册分类为化药 1 类。\n\n"
            "     岭南替尼于 2020 年获得临床试验批准。\n")
    doc = RuleSegmenter()(read(text, doc_id="wrapped"))
    texts = [s.text for s in doc.segments]
    assert any(t.startswith("岭南替尼片(以下简称") and t.endswith("化药 1 类。") for t in texts)
    assert any(t.startswith("岭南替尼于") for t in texts)  # the next indented paragraph stands on its own
    assert not any(t.startswith("具有自主知识产权") for t in texts)
