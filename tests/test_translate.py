from __future__ import annotations

import pytest

from summarizer.stages.translate import Glossary, GlossaryTranslator, has_cjk, load_glossary


@pytest.fixture(scope="module")
def tr():
    return GlossaryTranslator()


@pytest.mark.parametrize(
    "zh, en",
    [
        ("国家药品监督管理局", "National Medical Products Administration (NMPA)"),
        ("注射剂", "Injection"),
        ("境内生产药品注册临床试验", "Domestic production drug registration clinical trial"),
        ("肺炎后进展性肺纤维化", "post-pneumonia progressive pulmonary fibrosis"),
        ("不同病因所致肺纤维化", "pulmonary fibrosis caused by various etiologies"),
        ("复发或难治性多发性骨髓瘤", "relapsed or refractory multiple myeloma"),
        (
            "既往接受过至少一种系统治疗的晚期非小细胞肺癌成人患者",
            "adult patients with advanced non-small cell lung cancer previously treated with at least one systemic therapy",
        ),
    ],
)
def test_terms_and_composition(tr, zh, en):
    assert tr.term(zh) == en


@pytest.mark.parametrize(
    "zh, en",
    [
        ("VUM02注射液", "VUM02 Injection"),
        ("5E7个细胞（10mL）/袋", "5E7 cells (10 mL) per bag"),
        ("SL-301片", "SL-301 Tablets"),
        ("50mg", "50 mg"),
    ],
)
def test_mixed_values_keep_codes_and_numbers(tr, zh, en):
    assert tr.value(zh) == en


def test_untranslatable_returns_none_never_chinese(tr):
    assert tr.value("某某罕见综合征") is None
    assert tr.term("中源协和细胞基因工程股份有限公司") is None
    assert tr.sentences(["这是一句话。"], src="zh", tgt="en") == [None]


def test_english_to_chinese_by_reverse_lookup(tr):
    assert tr.term("idiopathic pulmonary fibrosis", src="en", tgt="zh") == "特发性肺纤维化"
    assert tr.value("NLT-217", src="en", tgt="zh") == "NLT-217"


def test_glossary_roundtrips_through_tsv(tmp_path):
    g = load_glossary()
    g.to_tsv(tmp_path / "g.tsv")
    again = Glossary.from_tsv(tmp_path / "g.tsv")
    assert [(e.zh, e.en, e.kind) for e in again.entries] == [(e.zh, e.en, e.kind) for e in g.entries]


def test_has_cjk():
    assert has_cjk("VUM02注射液") and has_cjk("（") and not has_cjk("VUM02 Injection (10 mL)")


@pytest.mark.parametrize("zh, en", [
    ("XY-12注射液是公司自主研发的一种靶向GPC3的抗体偶联药物。",
     "XY-12 Injection is an antibody-drug conjugate targeting GPC3, independently developed by the company."),
    ("截至本公告披露日，公司已累计投入研发费用约人民币1.23亿元。",
     "As of the date of this announcement, the company had invested approximately RMB 123 million in research and development."),
    ("非小细胞肺癌是最常见的肺癌类型，约占全部肺癌的85%。", None),  # free prose: not translated
])
def test_formulaic_sentences_by_clause_rewrites(tr, zh, en):
    assert tr.sentences([zh]) == [en]


def test_trial_approval_detected_for_us_ind_of_chinese_issuer(tmp_path):
    from summarizer import Summarizer

    text = ("新元药业股份有限公司关于XY-12注射液获得美国FDA临床试验许可的公告\n\n"
            "公司于近日收到美国食品药品监督管理局（FDA）的通知，公司申报的XY-12注射液的新药临床试验申请（IND）"
            "已获得FDA许可，可以在美国开展用于治疗晚期肝细胞癌的I期临床试验。")
    summary = Summarizer()(text)
    assert summary.doc_type == "drug_trial_approval"
    assert summary.get_field("indication").value_en == "advanced hepatocellular carcinoma"


@pytest.mark.parametrize("zh, en", [
    ("由于药品销售受国家政策、市场环境等不确定性因素的影响，该药品未来生产及销售具有不确定性，敬请广大投资者谨慎决策，注意防范投资风险。",
     "As drug sales may be affected by factors such as national policy and market environment, future production and "
     "sales of the product are subject to uncertainty; investors are advised to make decisions prudently, and to be "
     "aware of investment risks."),
    ("公司将对该产品的后续进展情况及时履行信息披露义务。",
     "The company will fulfil its disclosure obligations on further progress in a timely manner."),
    ("预计不会对公司近期业绩产生较大影响。", "No material effect on the company's near-term results is expected."),
], ids=["risk-warning", "disclosure-undertaking", "no-material-effect"])
def test_formulaic_closing_sentences_are_translated_by_clause_rules(zh, en):
    from summarizer.stages.translate import GlossaryTranslator

    assert GlossaryTranslator().sentences([zh], src="zh", tgt="en") == [en]


def test_a_risk_sentence_with_an_uncovered_clause_stays_untranslated():
    from summarizer.stages.translate import GlossaryTranslator

    # the first clause names a product no rule or glossary covers in full: no half translation
    text = "鉴于某某某某研究周期长，该药品未来生产及销售具有不确定性。"
    assert GlossaryTranslator().sentences([text], src="zh", tgt="en") == [None]


# Indications from the training split's second batch: a disease word split wrongly once gave "arterial
# sexually transmitted disease" (动脉性疾病); "X所引起的Y" reads "Y caused by X".
@pytest.mark.parametrize("zh, en", [
    ("近期心肌梗死、缺血性卒中或外周动脉性疾病", "recent myocardial infarction, ischemic stroke or peripheral arterial disease"),
    ("敏感致病菌株所引起的社区获得性肺炎", "community-acquired pneumonia caused by susceptible pathogenic strains"),
    ("中、高危骨髓纤维化", "intermediate- and high-risk myelofibrosis"),
    ("罕见疾病腺样囊性癌", "rare disease adenoid cystic carcinoma"),
])
def test_indications_of_real_filings(tr, zh, en):
    assert tr.value(zh) == en
    assert "sexually" not in tr.value(zh)


def test_corner_quotes_never_leave_a_value_untranslated():
    from summarizer.stages.translate import render_value

    tr = GlossaryTranslator()
    en, how = render_value(tr, "「急性辐射伤害保护」和「癌症」", "term")
    assert en and not has_cjk(en) and how


def test_key_terms_skip_glue_words_and_read_a_readouts_response_as_a_response():
    from summarizer.lexicon.glossary import load_glossary
    from summarizer.stages.translate import key_terms

    terms = key_terms(load_glossary(), "本品联合化疗用于晚期肺癌的研究中，客观缓解率为53.3%，其中完全缓解率为2.8%。")
    assert "for" not in terms and "in combination with" not in terms and "of which" not in terms
    assert "objective response rate" in terms and "relief" not in terms


def test_a_term_never_starts_inside_a_code():
    from summarizer.lexicon.glossary import load_glossary
    from summarizer.stages.translate import key_terms

    terms = key_terms(load_glossary(), "GR9999能阻断IL-4与IL-13的结合，从而抑制由IL-13介导的Th2型炎症反应。")
    assert not any(t.startswith("type 2") for t in terms), terms
    assert "Th2" in terms
    assert any("type 2 diabetes" in t for t in key_terms(load_glossary(), "用于治疗2型糖尿病。"))


@pytest.mark.parametrize("zh, en, how", [
    # the disease as one glossary term, its abbreviation carried as written (not split word by word)
    ("复发/难治性外周T细胞淋巴瘤(PTCL)", "relapsed/refractory peripheral T-cell lymphoma (PTCL)", "glossary"),
    ("转移性小细胞肺癌(“SCLC”)", "metastatic small cell lung cancer (SCLC)", "glossary"),
    # no glossary reading of the disease: the filing's own English name in brackets, not a romanisation
    ("青梧氏综合病(Qingwu Syndrome)", "Qingwu Syndrome", "as_written"),
])
def test_a_disease_with_its_latin_name_in_brackets(zh, en, how):
    from summarizer.stages.translate import render_value

    assert render_value(GlossaryTranslator(), zh, "term", src="zh", tgt="en") == (en, how)


@pytest.mark.parametrize("zh, en", [
    # what the disease comes with goes after it, as English writes it
    ("伴有脑转移的晚期非小细胞肺癌", "advanced non-small cell lung cancer with brain metastases"),
    ("伴有贫血的骨髓纤维化", "myelofibrosis with anemia"),
    # a prior-therapy qualifier follows the disease
    ("既往接受过至少两线治疗的复发或难治性多发性骨髓瘤",
     "relapsed or refractory multiple myeloma previously treated with at least two lines of therapy"),
])
def test_an_indications_qualifiers_follow_the_disease(zh, en):
    from summarizer.stages.translate import render_value

    assert render_value(GlossaryTranslator(), zh, "term", src="zh", tgt="en") == (en, "glossary")


@pytest.mark.parametrize("zh, en", [
    # a name with a letter after it, an ophthalmic gel as reprints shorten it
    ("环孢素A眼凝胶", "cyclosporine A Ophthalmic Gel"),
    # a biological named by what it is, its modality and form after it
    ("重组人源抗狂犬病毒单抗注射液", "recombinant human anti-rabies virus monoclonal antibody Injection"),
    ("人干扰素α1b吸入溶液", "human interferon α1b Inhalation Solution"),
    # an INN the glossary knows
    ("伊曲莫德", "etrasimod"),
])
def test_a_drug_name_is_rendered_from_its_known_words_not_romanised(zh, en):
    from summarizer.stages.translate import GlossaryTranslator, render_value
    assert render_value(GlossaryTranslator(), zh, "drug", src="zh", tgt="en") == (en, "glossary")


# Formulaic clauses of the training split's untranslated bullets (ninth session): the investor warning's variants,
# the disclosure promise, time adverbials and attributions, a clause that is one glossary entry; a clause no rule
# covers still leaves the sentence untranslated (a gist), never word salad.
@pytest.mark.parametrize("zh, en", [
    ("敬请广大投资者注意潜在的投资风险。", "Investors are advised to be aware of the potential investment risks."),
    ("公司将按有关规定及时对后续进展情况履行信息披露义务。", "The company will disclose further progress in a timely manner as required."),
    ("截至目前,该项目尚存在不确定性。", "So far, this remains subject to uncertainty."),
    ("结果显示,达到主要终点。", "According to the results, primary endpoint met."),
    ("该药品获批后方可上市。", "It may be marketed only after approval."),
    ("公司决定终止该项目。", None),
])
def test_formulaic_clauses_translate_and_free_prose_does_not(zh, en):
    from summarizer.stages.translate import GlossaryTranslator

    assert GlossaryTranslator().sentences([zh]) == [en]
