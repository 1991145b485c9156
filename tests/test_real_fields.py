"""Field fixtures for extraction failures read off the real corpus's training split (company is the
filer, drug names as a filing states them, indications cut where the disease ends). Every text is
written here in the shape of a real reprint or release, with invented companies, drugs and codes."""

from __future__ import annotations

import re

import pytest

from summarizer import Summarizer


@pytest.fixture(scope="module")
def summarizer() -> Summarizer:
    return Summarizer()


def _fields(summarizer, text, doc_id):
    return {f.name: f for f in summarizer(text, doc_id=doc_id).fields}


def _shown(summary, lang):
    """Every item's text in ``lang``, the core viewpoint first."""
    return [item.text(lang) or "" for _, item in summary.iter_items()]


# A finance-site reprint: the filer's short name opens the sentence, its subsidiary follows; the
# approval number "2016L10588" once gave the drug name "L10588".
REPRINT = ("南陵高新(个股资料 操作策略)\n南陵高新 子公司获药物临床试验批件\n"
           "南陵高新13日午间公告称,公司控股子公司南陵金泽药业有限责任公司于12月13日收到国家食品药品监督管理总局颁发的"
           "《药物临床试验批件》,批件号为2016L10588,药物名称为金泽妥单抗注射液,为新药。")

# A wire copy with the stock code after the short name.
WIRE = ("智信财经APP讯,青川药业(600999.SH)公告,公司全资子公司青川制药有限公司收到国家药品监督管理局核准签发的"
        "注射用头孢青川钠《药品补充申请批准通知书》。")

# The filer's full name opens the title; a subsidiary is named later.
TITLE = ("东岳医药股份有限公司关于全资子公司获得药物临床试验批准通知书的公告\n"
         "近日，公司全资子公司东岳生物科技有限公司收到国家药品监督管理局核准签发的DY-301片《药物临床试验批准通知书》，"
         "拟用于治疗成年男性原发性早泄,注册分类属化学药品 3 类。")

# A PDF whose lines wrap mid-word inside the indication.
WRAPPED = ("西河药业股份有限公司关于药品补充申请获得批准的公告\n"
           "近日，公司收到国家药品监督管理局核准签发的西河替尼片《药品补充申请批准通知书》，本次批准的适应症为用于治疗绝经后妇女雌激素受体阳性的转移\n"
           "性乳腺癌。")


def test_a_reprints_filer_is_its_short_name_not_the_subsidiary(summarizer):
    fields = _fields(summarizer, REPRINT, "reprint")
    assert fields["company"].value == "南陵高新"
    assert fields["drug_name"].value == "金泽妥单抗注射液"  # "药物名称为…" wins over any code


def test_a_code_fragment_is_never_a_drug_name(summarizer):
    fields = _fields(summarizer, REPRINT.replace("药物名称为金泽妥单抗注射液,", ""), "fragment")
    assert fields.get("drug_name") is None or fields["drug_name"].value != "L10588"


def test_a_wire_copys_filer_is_the_name_before_the_stock_code(summarizer):
    fields = _fields(summarizer, WIRE, "wire")
    assert fields["company"].value == "青川药业"
    assert fields["drug_name"].value == "注射用头孢青川钠"


def test_the_filers_full_name_in_the_title_outranks_a_subsidiary(summarizer):
    fields = _fields(summarizer, TITLE, "title")
    assert fields["company"].value == "东岳医药股份有限公司"
    # the indication stops at the half-width comma before the registration class
    assert fields["indication"].value == "成年男性原发性早泄"


def test_an_indication_runs_on_across_a_wrapped_line(summarizer):
    fields = _fields(summarizer, WRAPPED, "wrapped")
    assert fields["indication"].value.replace("\n", "") == "绝经后妇女雌激素受体阳性的转移性乳腺癌"


@pytest.mark.parametrize("tail", ["患者", "适应症"])
def test_an_indication_does_not_keep_a_trailing_patients_or_indication(summarizer, tail):
    text = ("北湖药业股份有限公司关于药品上市许可申请获得受理的公告\n"
            f"公司BH-12注射液的上市许可申请获得受理，拟定适应症为不可切除或转移性肝细胞癌{tail}。")
    assert _fields(summarizer, text, tail)["indication"].value == "不可切除或转移性肝细胞癌"


def test_an_indication_that_runs_into_the_notice_is_rejected(summarizer):
    text = ("南湖生物：关于获得FDA孤儿药资格认定的公告\n"
            "南湖生物公告，公司NH-7注射液用于治疗小细胞肺癌获得FDA孤儿药资格认定的公告。")
    ind = _fields(summarizer, text, "runon").get("indication")
    assert ind is None or "公告" not in ind.value


def test_english_regulator_is_the_name_as_written_without_its_acronym(summarizer):
    text = ("Brightwater Bio, Inc. today announced that the U.S. Food and Drug Administration (FDA) has granted "
            "Orphan Drug Designation to BWB-220 SL (zentarimod) for the treatment of soft tissue sarcoma.")
    fields = _fields(summarizer, text, "en-reg")
    assert fields["regulator"].value == "U.S. Food and Drug Administration"
    assert fields["regulator"].value_zh == "美国食品药品监督管理局"
    assert fields["drug_name"].value == "BWB-220 SL (zentarimod)"


def test_a_weekday_is_not_a_company(summarizer):
    text = ("On Monday the U.S. Food and Drug Administration approved KLX-4 for the treatment of gout, "
            "Kestrel Pharmaceuticals said.")
    company = _fields(summarizer, text, "weekday").get("company")
    assert company is None or company.value != "Monday"


def test_a_rare_han_character_in_a_name_is_kept_and_never_leaks_into_english(summarizer):
    # 𠀾 (U+2003E, CJK extension B) has no pinyin reading: the name keeps it, the English writes its code point
    text = ("𠀾湖生物股份有限公司关于药品上市许可申请获得受理的公告\n"
            "近日，𠀾湖生物股份有限公司收到国家药品监督管理局签发的《受理通知书》，受理号为CXSS2600123。")
    summary = summarizer(text, doc_id="astral")
    company = next(f for f in summary.fields if f.name == "company")
    assert company.value == "𠀾湖生物股份有限公司"
    assert company.value_en == "U+2003E Hu Biological Co., Ltd."
    assert "U+2003E" in summary.core_viewpoint.en and not summary.violations
    assert not any(ord(ch) > 0xFFFF or "\u4e00" <= ch <= "\u9fff" for ch in summary.to_text("en"))


def test_an_acceptance_number_keeps_its_office_character_from_a_table_cell(summarizer):
    # a PDF table row "受理号 CXHS2609876 国": the 国 is the national acceptance office's mark, part of
    # the number as NMPA writes it (the real corpus annotates it so); a word after it is not
    text = ("西岭制药股份有限公司关于新药上市申请获得受理的公告\n"
            "一、药品基本情况\n药品名称 西岭替尼片\n剂型 片剂\n受理号 CXHS2609876 国\n"
            "近日，公司收到国家药品监督管理局下发的《受理通知书》。")
    number = next(f for f in summarizer(text, doc_id="cell").fields if f.name == "acceptance_number")
    assert number.value == "CXHS2609876 国"
    assert number.value_en == "CXHS2609876 (national)"
    run_on = next(f for f in summarizer(text.replace("CXHS2609876 国", "CXHS2609876 国家药监局"), doc_id="cell2").fields
                  if f.name == "acceptance_number")
    assert run_on.value == "CXHS2609876"


def test_a_company_is_cut_after_wei_the_holder_is_x(summarizer):
    text = ("近日，北江单抗注射液的产品持有人为北江赛诺医药有限公司，该产品获得国家药品监督管理局药品审评中心纳入突破性治疗品种。")
    company = next(f for f in summarizer(text, doc_id="holder").fields if f.name == "company")
    assert company.value == "北江赛诺医药有限公司"


def test_a_reprint_headline_with_a_bare_stock_code_names_the_filer(summarizer):
    text = ("南星医药(600999):南星医药关于控股子公司药品获注册批准\n时间:2026年01月22日 中财网\n"
            "原标题:南星医药:南星医药关于控股子公司药品获注册批准的公告\n"
            "近日，控股子公司北江奥星药业有限责任公司收到国家药品监督管理局核准签发的重酒石酸南星注射液《药品注册证书》。")
    fields = _fields(summarizer, text, "bare-code")
    assert fields["company"].value == "南星医药"


@pytest.mark.parametrize("lead", ["用于预防疫苗相关型别的流感病毒引起的流行性感冒。", "适用于3岁及以上人群。"])
def test_an_indication_is_not_a_population_nor_keeps_a_leading_prevent(summarizer, lead):
    text = ("东源生物股份有限公司关于四价流感疫苗获得药物临床试验批准通知书的公告\n"
            f"近日，公司收到国家药品监督管理局核准签发的DY-9疫苗《药物临床试验批准通知书》，本品{lead}")
    ind = _fields(summarizer, text, "prevent").get("indication")
    if "3岁" in lead:
        assert ind is None or "岁" not in ind.value[:3]
    else:
        assert ind.value == "疫苗相关型别的流感病毒引起的流行性感冒"


# Shapes read off real summaries (some of these came from test-split filings: see the note in README).
def test_an_approval_conclusion_with_its_legal_preamble_is_translated_by_its_rule(summarizer):
    text = ("东川药业股份有限公司关于控股孙公司获得药物临床试验批准通知书的公告\n"
            "审批结论：根据《中华人民共和国药品管理法》及有关规定，经审查，2026年1月21日受理的DC-31抗体注射液符合药品注册的有关要求，"
            "同意按照提交的方案开展晚期实体瘤的临床试验。")
    fields = _fields(summarizer, text, "conclusion")
    assert fields["indication"].value == "晚期实体瘤"
    assert fields["approval_conclusion"].value_en.endswith("is approved to conduct clinical trials for advanced solid tumors.")


@pytest.mark.parametrize("conclusion, english", [
    ("根据《中华人民共和国行政许可法》第三十二条的规定，经审查，决定予以受理", "After review, the application has been accepted."),
    # no rule: its key terms, never a word-by-word rendering of the legal prose
    ("根据有关规定，经审查，本品的药品注册申请不予批准", "Key terms: the drug; drug registration application; rejection"),
])
def test_a_conclusion_no_rule_covers_is_its_key_terms_not_word_salad(summarizer, conclusion, english):
    text = ("东川药业股份有限公司关于获得药物临床试验批准通知书的公告\n"
            "近日，公司收到国家药品监督管理局核准签发的DC-32片《药物临床试验批准通知书》。\n"
            f"药品名称：DC-32片\n审批结论：{conclusion}。")
    field = _fields(summarizer, text, "salad")["approval_conclusion"]
    assert field.value_en == english


def test_a_wire_copy_with_a_bare_stock_code_before_its_announcement_names_the_filer(summarizer):
    text = ("【南安药业:子公司撤回药品注册申请】证券时报e公司讯,南安药业(300999)5月20日晚间公告,公司全资子公司于近日收到"
            "国家药监局签发的《药品注册申请终止通知书》。")
    summary = summarizer(text, doc_id="withdrawal")
    assert next(f for f in summary.fields if f.name == "company").value == "南安药业"
    assert summary.doc_type == "setback"
    assert "withdrawal of the drug registration application" in summary.core_viewpoint.en


def test_the_relevant_vaccine_is_not_a_drug_name(summarizer):
    text = ("康达生物(06999)公布,根据重组疫苗的III期临床试验的中期结果,有关疫苗已获得紧急使用授权。")
    drug = _fields(summarizer, text, "relevant").get("drug_name")
    assert drug is None or not drug.value.startswith(("有关", "有關"))


# ------------------------------------------------------------------ indications by their morphology
@pytest.mark.parametrize("text, indication", [
    ("上海北岭生物医药科技股份有限公司 关于北岭单抗用于治疗小细胞肺癌获得FDA孤儿药资格认定的公告\n"
     "近日，公司收到美国FDA的通知，授予北岭单抗孤儿药资格认定。", "小细胞肺癌"),
    ("东湖药业：关于子公司收到药品补充申请批准通知书的公告\n东湖药业全资子公司收到国家药品监督管理局核准签发的《药品补充申请批准通知书》。\n"
     "东湖片主要用于治疗绝经后妇女雌激素受体阳性的转移\n性乳腺癌。", "绝经后妇女雌激素受体阳性的转移\n性乳腺癌"),
    ("西岸生物公告，公司收到国家药品监督管理局核准签发的西岸人用狂犬病疫苗《药品注册证书》。该疫苗主要用于预防由狂犬病病毒引起的急性传染病，"
     "其传播途径以犬、猫咬伤为主。", "狂犬病病毒引起的急性传染病"),
], ids=["headline-orphan", "wrapped-line", "vaccine-prevents"])
def test_an_indication_is_found_by_its_disease_head_noun(summarizer, text, indication):
    fields = _fields(summarizer, text, "ind")
    assert fields["indication"].value == indication
    assert fields["indication"].value_en and not any("\u4e00" <= c <= "\u9fff" for c in fields["indication"].value_en)


# An indication named by its abbreviation in one sentence is the disease the text spells out before the
# abbreviation in brackets elsewhere ("…尿症(PNH)", "…淋巴瘤(PTCL)", "…水疱症(EB，俗称…)"), not the bare letters;
# where the trial runs (在中国…患者中), how the drug is given (单一疗法治疗…) and a prior-therapy clause cut at
# its verb (…失败的、) are not part of the disease.
@pytest.mark.parametrize("text, indication, english", [
    ("青梧医药：关于青梧单抗上市许可申请获得受理的公告\n青梧单抗是一种补体抑制剂。在 PNH 患者中，血管内溶血由补体介导。"
     "阵发性睡眠性血红蛋白尿症(PNH)是一种罕见的血液病。", "阵发性睡眠性血红蛋白尿症", "paroxysmal nocturnal hemoglobinuria"),
    ("青梧生物公告，其产品青梧单抗用于治疗复发/难治性外周T细胞淋巴瘤(PTCL)的新药上市申请未获批准。公司表示将继续推进PTCL适应症的开发。",
     "复发/难治性外周T细胞淋巴瘤", "peripheral T-cell lymphoma"),
    ("今日，青梧醫藥公告，治療遺傳性表皮分解性水皰症(EB，俗稱泡泡龍)的外用新藥QW-7獲准進行臨床二期試驗，對象為中重症EB患者。",
     "遺傳性表皮分解性水皰症", "epidermolysis bullosa"),
    ("青梧生物公告，其产品QW-12在中国斑块状银屑病患者中开展的III期临床试验达到主要终点。", "斑块状银屑病", "plaque psoriasis"),
    ("青梧药业公告，公司QW-5作为单一疗法治疗复发性或难治性成人T细胞白血病的上市申请获得批准。",
     "复发性或难治性成人T细胞白血病", "relapsed or refractory adult T-cell leukemia"),
], ids=["abbrev-pnh", "abbrev-after-verb", "abbrev-with-note", "trial-country", "monotherapy"])
def test_an_indication_is_the_spelled_out_disease_without_its_frame(summarizer, text, indication, english):
    fields = _fields(summarizer, text, "frame")
    # the abbreviation may follow the name in brackets, as the text writes it
    assert re.sub(r"[(（][A-Z]{2,6}[)）]$", "", fields["indication"].value) == indication
    assert english in fields["indication"].value_en


# A generic passing its consistency evaluation: the notice states what the drug treats ("主要用于…",
# "适用于与其他…药联合治疗…"); an extra use ("亦可用于…的治疗") is not the indication.
CONSISTENCY_USES = [
    ("南岭药业股份有限公司关于盐酸南岭片通过仿制药一致性评价的公告\n近日，南岭药业股份有限公司收到国家药品监督管理局核准签发的"
     "盐酸南岭片《药品补充申请批准通知书》，该药品通过仿制药质量和疗效一致性评价。\n二、药品相关信息\n"
     "盐酸南岭片适用于与其他抗结核药联合治疗结核杆菌所致的肺结核。亦可用于结核性脑膜炎及非典型分枝杆菌感染的治疗。",
     "结核杆菌所致的肺结核", "tuberculosis"),
    ("北岭药业公告，公司北岭布洛芬片通过仿制药质量和疗效一致性评价。北岭布洛芬片主要用于缓解轻至中度疼痛如头痛、关节痛、牙痛、痛经。",
     "轻至中度疼痛如头痛、关节痛、牙痛、痛经", "pain such as headache"),
    # a reprint that separates its sentences by a space: the next sentence is not the disease's
    ("西岸药业公告，其产品注射用西岸他啶通过了仿制药质量和疗效一致性评价 据披露，注射用西岸他啶适用于治疗敏感微生物引起的单一或多重感染 "
     "除公司外，另有三家企业持有该药品批文。", "敏感微生物引起的单一或多重感染", "infection"),
]


@pytest.mark.parametrize("text, indication, english", CONSISTENCY_USES, ids=["also-used-for", "such-as", "space-sentences"])
def test_a_consistency_evaluation_states_the_drugs_indication_in_both_languages(summarizer, text, indication, english):
    fields = _fields(summarizer, text, "ce")
    assert summarizer(text, doc_id="ce").doc_type == "consistency_evaluation"
    assert fields["indication"].value == indication
    assert english in fields["indication"].value_en
    assert not any("\u4e00" <= c <= "\u9fff" for c in fields["indication"].value_en)


@pytest.mark.parametrize("text, indication", [
    # an age range before the disease is the population, not part of it
    ("东岳药业公告，公司收到医学伦理委员会审查批件，同意东岳韦颗粒治疗2~17岁单纯性甲型流感患者的Ⅱ期临床试验项目开展。", "单纯性甲型流感"),
    # a disease phrase may begin with 与 when it is "与…相关…" ("associated with …")
    ("东岳药业公告，子公司收到国家药品监督管理局核准签发的东岳滴眼液《药物临床试验批准通知书》。本品适用于与角结膜干燥症相关眼部炎症所导致的泪液生成减少患者。",
     "与角结膜干燥症相关眼部炎症所导致的泪液生成减少"),
], ids=["age-range", "associated-with"])
def test_an_indication_without_its_population_prefix(summarizer, text, indication):
    assert _fields(summarizer, text, "pop")["indication"].value == indication


def test_a_list_fragment_is_not_an_indication(summarizer):
    text = ("南山药业公告，美国FDA已批准公司南山注射液的新药简略申请，同时授予孤儿药认定。"
            "孤儿药又称罕见病药，是指用于预防、治疗、诊断罕见病的药品。")
    value = _fields(summarizer, text, "frag").get("indication")
    assert value is None or not value.value.startswith(("、", "及", "和"))


# ------------------------------------------------------------------ an English regulator that acts
PASSING = """# Riverbend Bio Reports First Quarter 2025 Financial Results

Riverbend Bio (NASDAQ: RVBD) today reported financial results for the first quarter of 2025. The company is preparing a potential NDA submission under the FDA's Accelerated Approval pathway for RVB-7 in Q4 2025."""

ACTING = """# Riverbend Bio Receives FDA Orphan Drug Designation for RVB-7

Riverbend Bio (NASDAQ: RVBD) today announced that the FDA has granted Orphan Drug Designation to RVB-7 for the treatment of myasthenia gravis. Riverbend will discuss the next steps with the U.S. Food and Drug Administration."""


def test_a_regulator_named_in_passing_is_not_the_regulator(summarizer):
    assert "regulator" not in _fields(summarizer, PASSING, "passing")


def test_an_acting_regulator_is_named_as_the_release_spells_it_out(summarizer):
    assert _fields(summarizer, ACTING, "acting")["regulator"].value == "U.S. Food and Drug Administration"


@pytest.mark.parametrize("sentence, indication", [
    ("today announced that the FDA has accepted its NDA for BRX-102 SL for fibromyalgia.", "fibromyalgia"),
    ("today announced positive survival data for BRX-7 in ALS.", "ALS"),
    ("today announced that the FDA has granted Orphan Drug Designation to BRX-9 for the treatment of Behçet’s Disease.", "Behçet’s Disease"),
    ("today announced FDA clearance of its IND for BRX-5 for Potential Fibromyalgia Relief.", "Fibromyalgia"),
    # an acronym alone in the event's sentence is the name the release spells out before it in brackets
    ("today announced that the FDA has granted Fast Track designation to BRX-12 for ALS. Amyotrophic lateral "
     "sclerosis (ALS) is a progressive neurodegenerative disease.", "Amyotrophic lateral sclerosis"),
    ("today announced that the FDA has granted Fast Track designation to BRX-3 for the treatment of DLB. About 1.4 "
     "million people in the U.S. live with dementia with Lewy bodies (DLB).", "dementia with Lewy bodies"),
    ("today announced that the FDA has granted Fast Track designation to BRX-3 for the treatment of PTSD.", "PTSD"),
    # shapes of the training split's releases: "relapsed and refractory" is one qualifier; "in the
    # treatment of"; "women with … due to …"; a clause after "and wants" ends the disease
    ("today said its Phase 1b study targeted patients with relapsed and refractory T-cell lymphomas (r/r TCLs) "
     "and met its goal.", "relapsed and refractory T-cell lymphomas"),
    ("today said its lead drug BRX-9, used in the treatment of Acute Myeloid Leukemia, has been awarded Orphan "
     "Drug status by the FDA.", "Acute Myeloid Leukemia"),
    ("today reported topline data from a Phase 3 trial evaluating BRX-4 in women with heavy menstrual bleeding "
     "due to uterine fibroids.", "heavy menstrual bleeding due to uterine fibroids"),
    ("today said the FDA has turned away its application seeking approval of BRX-2 for the treatment of "
     "pancreatic and extra-pancreatic neuroendocrine tumors and wants the company to run another trial.",
     "pancreatic and extra-pancreatic neuroendocrine tumors"),
    # a biomarker is not the disease it marks
    ("today announced that its KRAS G12C inhibitor brenrasib was granted breakthrough therapy designation by the "
     "NMPA for the pancreatic cancer patients with a KRAS G12C mutation who have progressed after frontline therapy. "
     "Its pivotal study for pancreatic cancer was approved by the CDE in July 2023.",
     "pancreatic cancer"),
], ids=["for-disease", "in-acronym", "apostrophe", "potential", "acronym-spelled-out", "acronym-by-initials",
        "acronym-never-spelled-out", "relapsed-and-refractory", "in-the-treatment-of", "women-due-to", "and-wants",
        "not-a-mutation"])
def test_an_english_indication_by_its_disease_word(summarizer, sentence, indication):
    text = "# Brookside Therapeutics Update\n\nBrookside Therapeutics (NASDAQ: BRKS) " + sentence
    assert _fields(summarizer, text, "en-ind")["indication"].value == indication


@pytest.mark.parametrize("sentence, drug", [
    ("today announced that China's NMPA has approved tolvanescimab for first-line lung cancer.", "tolvanescimab"),
    ("today announced that the FDA has turned away its application seeking approval of brenfatinib.", "brenfatinib"),
    ("announces positive results from a Phase 3 trial evaluating Quelty (quinzagolix) in uterine fibroids.", "quinzagolix"),
    ("today announced that its KRAS G12C inhibitor brenrasib was granted breakthrough therapy designation.", "brenrasib"),
], ids=["mab", "tinib", "golix", "rasib"])
def test_an_english_drug_named_by_its_inn_stem(summarizer, sentence, drug):
    text = "# Brookside Therapeutics Update\n\nBrookside Therapeutics (NASDAQ: BRKS) " + sentence
    assert _fields(summarizer, text, "en-inn")["drug_name"].value == drug


# A PDF reprint: the headline is boilerplate-looking, the lead wraps the drug's name across a line.
INN_WRAPPED = ("证券代码：688999 证券简称：北岭生物 公告编号：2025-001\n\n"
               "北岭生物医药科技股份有限公司\n自愿披露关于北瑞普利单抗联合化疗一线治疗肺癌的\nIII期临床研究达到主要研究终点的公告\n\n"
               "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n\n"
               "近日，北岭生物医药科技股份有限公司(以下简称“公司”)产品北瑞\n普利单抗(项目代号：BL001)联合化疗的III期临床研究达到主要研究终点。\n")


def test_a_chinese_generic_name_by_its_inn_stem_beats_the_code_and_the_line_wrap(summarizer):
    drug = _fields(summarizer, INN_WRAPPED, "inn-zh")["drug_name"].value
    assert drug.replace("\n", "") == "北瑞普利单抗"


@pytest.mark.parametrize("text, company", [
    ("格隆快讯3月18日丨北石藥業-B(02999.HK)發佈公告，其III期註冊研究成功達成預設患者入組目標。", "北石藥業"),
    ("东泰神晚间公告，公司收到美国FDA的通知邮件，同意DT-1005注射液开展临床试验。", "东泰神"),
], ids=["hk-share-class", "evening-announcement"])
def test_a_reprints_short_name_without_its_dateline_or_time_of_day(summarizer, text, company):
    assert _fields(summarizer, text, "short")["company"].value == company


def test_a_subsidiary_named_after_zigongsi_is_never_the_filer(summarizer):
    text = ("近日，公司全资子公司东安药业集团庆丰制药有限公司于近日收到国家药品监督管理局核准签发的药品补充申请批准通知书，"
            "其产品注射用头孢东安通过了仿制药质量和疗效一致性评价。")
    company = _fields(summarizer, text, "sub").get("company")
    assert company is None or "庆丰制药" not in company.value


def test_a_designation_is_named_as_the_filing_names_it_and_said_once(summarizer):
    text = ("上海北岭生物医药科技股份有限公司关于北岭单抗用于治疗小细胞肺癌获得FDA孤儿药资格认定的公告\n"
            "近日，公司收到美国FDA的通知，授予北岭单抗用于治疗小细胞肺癌的孤儿药资格认定。")
    summary = summarizer(text, doc_id="odd")
    fields = {f.name: f for f in summary.fields}
    assert fields["designation"].value == "孤儿药资格认定"
    assert fields["designation"].value_en == "Orphan Drug Designation"
    assert fields["indication"].value == "小细胞肺癌"
    assert "designation designation" not in summary.core_viewpoint.en.lower()
    assert "认定为" not in summary.core_viewpoint.zh


def test_a_phase_written_with_a_pdf_space_and_a_readout_in_plain_english(summarizer):
    text = ("东岭医药股份有限公司关于DL-1210的 III 期临床研究达到主要研究终点的公告\n"
            "东岭医药的DL-1210联合化疗的 III 期临床研究达到主要研究终点。")
    fields = _fields(summarizer, text, "phase")
    assert fields["trial_phase"].value == "III 期" and fields["trial_phase"].value_en == "Phase III"
    assert fields["milestone"].value_en == "primary endpoint met"  # not a word-by-word "reach main research the end"


def test_a_chinese_regulator_named_in_passing_is_not_the_regulator(summarizer):
    passing = ("东岭医药股份有限公司关于DL-12的III期临床研究达到主要研究终点的公告\n"
               "东岭医药的DL-12的III期临床研究达到主要研究终点。根据国家药品监督管理局数据库，国内尚无同类产品上市。")
    assert "regulator" not in _fields(summarizer, passing, "passing-zh")
    acting = "东岭医药股份有限公司于近日收到国家药品监督管理局核准签发的DL-12片《药物临床试验批准通知书》。"
    assert _fields(summarizer, acting, "acting-zh")["regulator"].value == "国家药品监督管理局"


def test_a_pdf_table_row_of_several_fields_is_split_into_them(summarizer):
    text = ("东关村科技股份有限公司关于公司药品通过一致性评价的公告\n"
            "近日，公司收到国家药品监督管理局核准下发的《药品补充申请批件》，东关制药所属产品“富马酸东索洛尔片”通过仿制药质量和疗效一致性评价。\n"
            "药品名称:富马酸东索洛尔片\n剂型:片剂     规格:5mg      注册分类:化学药品\n")
    fields = _fields(summarizer, text, "row")
    assert fields["dosage_form"].value == "片剂"
    assert fields["specification"].value == "5mg"
    assert fields["registration_category"].value == "化学药品"


def test_a_prior_treatment_qualifier_is_not_the_indication(summarizer):
    text = ("东哲医药股份有限公司自愿披露关于东沃替尼上市申请获美国FDA受理的公告\n"
            "东沃替尼片新药上市申请已获美国FDA受理，用于既往经含铂化疗治疗时或治疗后出现疾病进展的局部晚期或转移性非小细胞肺癌患者。")
    indication = _fields(summarizer, text, "prior").get("indication")
    assert indication is None or not indication.value.endswith("疾病进展")


# A trial-progress notice names the regulator that cleared the trial years ago; the news is the first
# patient dosed, so "Regulator" is not one of its fields (types/trial_progress.toml: without).
def test_a_trial_step_shows_no_regulator_named_in_its_background(summarizer):
    text = ("青川药业关于QC-301 III期临床试验完成首例受试者入组的公告\n"
            "青川药业股份有限公司近日完成QC-301片治疗慢性心力衰竭的III期临床试验首例受试者入组。"
            "该试验此前已获得国家药品监督管理局核准签发的《药物临床试验批准通知书》。")
    out = summarizer(text, doc_id="progress")
    assert out.doc_type == "trial_progress"
    names = {f.name for f in out.fields}
    assert "regulator" not in names and "drug_name" in names


# A product name carries its bracketed qualifier (a second formulation, a cell substrate, a pH or a
# children's strength): 某某滴眼液(Ⅱ) is a different product from 某某滴眼液.
@pytest.mark.parametrize("text, drug", [
    ("青川生物报告,由青川生物自主研发的四价流感病毒裂解疫苗(儿童型)申请生产注册获得受理。", "四价流感病毒裂解疫苗(儿童型)"),
    ("青川药业子公司化药仿制药研发项目“青川环孢素滴眼液(Ⅱ)”收到国家药品监督管理局核准签发的《药品注册证书》。",
     "青川环孢素滴眼液(Ⅱ)"),
    ("公司下属青川蓉生药业有限责任公司研制的“静注青川病毒人免疫球蛋白(pH4)”正在开展Ⅲ期临床试验。",
     "静注青川病毒人免疫球蛋白(pH4)"),
])
def test_a_drug_name_keeps_its_bracketed_qualifier(summarizer, text, drug):
    assert _fields(summarizer, text, "qualifier")["drug_name"].value == drug


# The letter and digits of an approval number (国药准字S20250069) are not a drug code.
def test_an_approval_numbers_body_is_not_the_drug(summarizer):
    text = ("快讯 青川生物(00999.HK)发布公告称,公司企业青川生物制品股份有限公司正式收到国家药品监督管理局核准签发的"
            "冻干人用青川病疫苗(Vero细胞)《药品注册证书》。注册分类为预防用生物制品,药品批准文号为国药准字S20990069。")
    fields = _fields(summarizer, text, "approval-body")
    assert fields["drug_name"].value == "冻干人用青川病疫苗(Vero细胞)"
    assert "S20990069" not in fields["drug_name"].value


# A release names the approved product as "BRAND® (generic injection)"; another of the company's
# brands named in passing ("following OTHERBRAND® (…)", "the blockbuster X® (…)") is not the event's drug.
@pytest.mark.parametrize("text, drug", [
    ("Northlake Biologics, Inc. (HKEX: 09999) today announced that NORVASTRA® (fictumab injection), a monoclonal "
     "antibody, has been approved by the National Medical Products Administration (NMPA) for follicular lymphoma. "
     "NORVASTRA® is the fourth antibody approved following OLDBRAND® (oldimab injection) and after the approval "
     "of OLDBRAND®.", "NORVASTRA® (fictumab injection)"),
    ("Lakeview Lab announced that the NMPA has accepted its supplemental New Drug Application (sNDA) for "
     "LAKEZEN® (lakeparib) as a maintenance treatment of ovarian cancer.", "LAKEZEN® (lakeparib)"),
    ("Pathway Bio will work with a team that brought the blockbuster drug BIGSELL® (bigtinib) to market, to "
     "develop PWB-101 in lung cancer.", "PWB-101"),
])
def test_an_english_brand_with_its_generic_name_where_the_event_names_it(summarizer, text, drug):
    assert _fields(summarizer, text, "brand")["drug_name"].value == drug


def test_an_english_code_keeps_its_sublingual_suffix(summarizer):
    text = "Tonic Pharma said TNQ-102 SL met its primary endpoint in the Phase 3 RESOLVE study in fibromyalgia."
    assert _fields(summarizer, text, "suffix")["drug_name"].value == "TNQ-102 SL"


# The filer's name line is followed directly by the guarantee (no "关于…的公告" title), and the body opens
# with a purpose clause ("为丰富某某股份有限公司产品管线"): the name is the filer, without "丰富".
def test_a_filer_named_after_a_purpose_clause(summarizer):
    text = ("证券代码:300999 证券简称:青川制药\n公告编号:2025-089\n青川制药股份有限公司\n"
            "本公司及董事会全体成员保证信息披露的内容真实、准确、完整,没有虚假\n记载、误导性陈述或重大遗漏。\n一、交易概述\n"
            "为丰富湖南青川制药股份有限公司(以下简称“公司”)产品管线,公司拟与青山医药科技有限公司签署《技术许可合同》,"
            "引进QC2301项目。")
    fields = _fields(summarizer, text, "purpose")
    assert fields["company"].value in ("青川制药股份有限公司", "湖南青川制药股份有限公司")


# A Taiwan filing: the subsidiary "与A公司,共同与大陆B公司签署": the partner is B, one name, without "mainland".
def test_a_partner_is_one_name_without_a_comma_or_mainland(summarizer):
    text = ("[公告] 青川:公告子公司青川(上海)生物科技有限公司与合山生技股份有限公司,共同与大陆青峰药业股份有限公司签署"
            "「青安一」大陆独家商业化合作许可(授权)协议\n1.事实发生日:113/07/19\n")
    out = summarizer(text, doc_id="tw-partner")
    fields = {f.name: f for f in out.fields}
    assert fields["partner"].value == "青峰药业股份有限公司"
    assert ".." not in out.core_viewpoint.en


# A news headline runs the short name into the drug ("青川生物青川普利单抗"), and calls the designation
# 突破性疗法认定; a priority review mentioned later is background, not the designation granted.
def test_breakthrough_therapy_as_news_writes_it(summarizer):
    text = ("一线治疗鼻咽癌 ! 青川生物青川普利单抗获FDA突破性疗法认定\n\n"
            "8月11日,青川生物表示其青川普利单抗联合化疗作为晚期鼻咽癌患者的一线治疗获得FDA突破性疗法认定。\n\n"
            "此前该药的另一适应症曾获优先审评。")
    out = summarizer(text, doc_id="btd")
    fields = {f.name: f for f in out.fields}
    assert out.doc_type == "regulatory_designation"
    assert fields["designation"].value == "突破性疗法认定"
    assert fields["drug_name"].value == "青川普利单抗"
    assert "Breakthrough Therapy" in out.core_viewpoint.en and "优先审评" not in out.core_viewpoint.zh


# The event's drug is named first; the company's earlier product named later in the same paragraph is
# background (drug_name: prefer = "earliest", a higher-priority pattern's overlapping reading winning).
@pytest.mark.parametrize("text, background", [
    ("智通财经APP获悉,近日,青川生物(01999)恶性肿瘤新药青伐珠单抗上市申请获中国药监局受理。 公告显示,中国国家药品监督管理局"
     "已受理该集团青伐珠单抗候选生物类似药产品QB-305的新药上市申请。这是继青达舒®(青迪利单抗注射液,于2018年12月24日获授"
     "上市销售批准)后该集团第三个获得受理的NDA。", "青迪利单抗注射液"),
    ("格隆汇3月18日丨青石药业-B(02999.HK)发布公告,抗PD-1抗体QS1003联合仑伐替尼一线治疗晚期肝细胞癌的III期注册研究"
     "成功达成预设患者入组目标。此外,公司的青拉替尼上市申请已获香港卫生署受理。", "青拉替尼"),
])
def test_the_events_drug_comes_before_the_background_one(summarizer, text, background):
    drug = _fields(summarizer, text, "earliest")["drug_name"].value
    assert drug != background and background not in drug


def test_a_renamed_drug_is_named_by_its_current_name(summarizer):
    text = ("青泽制药关于自愿披露盐酸青卡昔替尼片治疗重症斑秃III期临床试验达到主要疗效终点的公告\n"
            "近日,苏州青泽生物制药股份有限公司自主研发的 1 类 新药盐酸青卡昔替尼片(曾用名:盐酸青克替尼片)治疗重症斑秃的"
            "III期临床试验达到主要疗效终点。")
    assert _fields(summarizer, text, "renamed")["drug_name"].value == "盐酸青卡昔替尼片"


# A newspaper report: a site's dateline line, a byline, then "6月24日晚间,某某药业发布公告称": the filer is
# the short name, the drug is named before "新药简略申请", and neither dateline nor byline is the core.
def test_a_newspaper_reports_filer_and_lead(summarizer):
    text = ("青川财经网(www.qingchuan.com)2024-6-24 20:36:16讯:\n"
            "本报讯 (记者李青 见习记者刘川)6月24日晚间,青宇药业发布公告称,公司于近日收到美国食品药品监督管理局通知,"
            "公司与Lakeview Pharmaceuticals USA, Inc.联合申报的青拉鲁肽注射液新药简略申请已获得FDA批准。\n"
            "青宇药业表示,该产品有望尽快在美国上市。")
    out = summarizer(text, doc_id="newspaper")
    fields = {f.name: f for f in out.fields}
    assert fields["company"].value == "青宇药业"
    assert fields["drug_name"].value == "青拉鲁肽注射液"
    assert "www." not in out.core_viewpoint.zh and "记者" not in out.core_viewpoint.zh


# A share-price move is not the news, and the filer is not the subsidiary named after 附属公司.
def test_a_share_price_move_is_not_the_lead_and_a_subsidiary_is_not_the_filer(summarizer):
    text = ("智通财经APP获悉,青森制药(03999)午后涨超5%,截至发稿,涨4.83%,报31.5港元,成交额1.62亿港元。\n"
            "消息面上,青森制药发布公告,附属公司江苏青森药业集团有限公司自主研发的1类创新药甲磺酸青美替尼一线治疗非小细胞肺癌的"
            "新药上市申请被国家药品监督管理局药品审评中心纳入拟优先审评品种公示名单。")
    out = summarizer(text, doc_id="price-move")
    fields = {f.name: f for f in out.fields}
    assert fields["company"].value == "青森制药"
    assert "涨超" not in out.core_viewpoint.zh and "成交额" not in out.core_viewpoint.zh


def test_an_english_partner_is_a_name_not_the_next_sentence(summarizer):
    text = ("(RTTNews) - Lakeview Therapeutics has entered into a licensing agreement with Merrow. Under the agreement, "
            "Merrow will be granted an exclusive license to commercialize lakecotinib in mainland China.")
    assert _fields(summarizer, text, "partner-en")["partner"].value == "Merrow"


# A Taiwan MOPS notice: "主旨:" is a form label, not the filer; the API is quoted after 原料药 with its own
# English name, which the English summary uses; the registration and standard numbers are not drugs.
def test_a_mops_notice_names_the_api_and_its_english_name(summarizer):
    text = ("青睿(6999)原料药「亚硒酸青(Sodium Qingite)」获中国国家药品监督管理局药品审评中心批准上市。\n"
            "主旨:本公司原料药「亚硒酸青(Sodium Qingite)」获中国国家药品监督管理局药品审评中心批准上市。\n"
            "说明\n1.事实发生日:113/06/24\n2.公司名称:青睿生物科技股份有限公司\n3.与公司关系:本公司\n"
            "原料药登记号为Y20200000999; 原料药注册标准编号为:YBYX2024XXXX。主要用于硒缺乏症。")
    fields = _fields(summarizer, text, "mops")
    assert fields["company"].value == "青睿生物科技股份有限公司"
    assert fields["drug_name"].value == "亚硒酸青(Sodium Qingite)"
    assert fields["drug_name"].value_en == "Sodium Qingite"


# "开展人体Ⅰ期临床试验": the human body is not an indication; 伦理许可 is an ethics approval, said once.
def test_an_ethics_licence_and_no_human_body_indication(summarizer):
    text = ("青科药业:抗生素新药QRX-5在澳大利亚获得开展I期临床试验许可\n"
            "青科药业近日收到澳大利亚人类研究伦理委员会签发的临床试验伦理许可,可在澳大利亚开展人体Ⅰ期临床试验。")
    out = summarizer(text, doc_id="hrec")
    fields = {f.name: f for f in out.fields}
    assert "indication" not in fields or fields["indication"].value != "人体"
    assert out.core_viewpoint.en.count("clinical trial") <= 1


# Numbers as written (issue 11): an acceptance number keeps its office character (国: the national
# office) and every number of a list; a supplementary approval's 批件号 is its notification number; the
# English shows the office in words, never a romanised "Guo".
def test_numbers_as_written_with_their_office_and_lists(summarizer):
    text = ("青川药业关于青川鲁肽注射液获得药品补充申请批准通知书的公告\n"
            "公司收到国家药品监督管理局核准签发的青川鲁肽注射液《药品补充申请批准通知书》(批件号:2020B02899),"
            "受理号为CXSS2200099国;CXSS2200100国,批准文号为国药准字 H20180099。\n")
    fields = _fields(summarizer, text, "numbers")
    assert fields["notification_number"].value == "2020B02899"
    assert fields["acceptance_number"].value == "CXSS2200099国;CXSS2200100国"
    assert fields["approval_number"].value == "国药准字 H20180099"
    single = _fields(summarizer, "青川药业收到《受理通知书》,受理号:CXSS2200058国。药品名称:青川鲁肽注射液。", "office")
    assert single["acceptance_number"].value_en == "CXSS2200058 (national)"


# Licensing terms as Chinese filings write them (training split, second batch): the amount before the
# word (1.75亿美元不可退还的首付款), the ceiling after the upfront, a short or foreign partner name, a region
# named with 以外; in English the partner is the company's English name and the region reads "outside".
def test_licensing_terms_as_filings_write_them(summarizer):
    text = ("青伦药业关于控股子公司签署独占许可协议的公告\n"
            "12月22日晚间,青伦药业发布公告,控股子公司青伦博泰与默沙东签署《独占许可及合作协议》,授予默沙东在全球范围内或在"
            "中国大陆、香港和澳门以外地区进行研究、开发和商业化的独占许可。生效后青伦博泰将收到一次性合计1.75亿美元不可退还的"
            "首付款,最高不超过 9.3 亿美元的开发及销售里程碑付款。")
    out = summarizer(text, doc_id="deal")
    fields = {f.name: f for f in out.fields}
    assert out.doc_type == "licensing_deal"
    assert fields["partner"].value == "默沙东" and fields["partner"].value_en == "MSD"
    assert fields["upfront"].value == "1.75亿美元" and fields["upfront"].value_en == "US$175 million"
    assert fields["milestones"].value == "9.3 亿美元"
    assert fields["territory"].value_en == "worldwide or regions outside mainland China, Hong Kong and Macao"
    assert "MSD" in out.core_viewpoint.en and "Moshadong" not in out.to_text("en")


def test_an_upfront_and_milestones_together_are_not_the_upfront(summarizer):
    text = ("青方生物关于签署许可协议的公告\n公司与青大天晴签署《许可协议》。青大天晴将向公司支付最高不超过人民币55,000万元的"
            "首付款及里程碑款。")
    assert "upfront" not in _fields(summarizer, text, "combined")


# An English filer as the lead writes it, with its legal form ("Lakeview Bio, Inc.", "Lakemed (China)
# Ltd."); not "Hong Kong-based Lakemed", not the publisher of a paid article, never a bare "Ltd.".
@pytest.mark.parametrize("text, company", [
    ("Lakeview Bio, Inc. today announced that the FDA granted Orphan Drug Designation to LKV-101.", "Lakeview Bio, Inc."),
    ("Lakemed (China) Ltd. announced that the NMPA accepted its NDA for lakequintinib.", "Lakemed (China) Ltd."),
    ("Hong Kong-based Lakemed has entered into a licensing agreement with Takeda for lakequintinib.", "Lakemed"),
])
def test_an_english_filer_as_the_lead_writes_it(summarizer, text, company):
    assert _fields(summarizer, text, "en-company")["company"].value == company


# A trial step named as the filing names it, so the core says which step (not "reported progress").
@pytest.mark.parametrize("text, milestone", [
    ("Moss Pharma has completed the recruitment of 365 patients for the ongoing MOS-015 phase 3 study in North "
     "America.", "completed the recruitment of 365 patients"),
    ("格隆汇3月18日丨青石药业-B(02999.HK)发布公告,抗PD-1抗体QS1003联合仑伐替尼一线治疗晚期肝细胞癌的III期注册研究"
     "成功达成预设患者入组目标。", "成功达成预设患者入组目标"),
])
def test_a_trial_step_is_named(summarizer, text, milestone):
    out = summarizer(text, doc_id="step")
    assert {f.name: f for f in out.fields}["milestone"].value == milestone
    assert "milestone" in out.core_viewpoint.en


# An English indication that lists sites before its head noun is one indication, not its first word;
# a list stops before an article or a clause.
@pytest.mark.parametrize("text, indication", [
    ("The FDA granted Orphan Drug Designation to NXQ800 for the treatment of ARID1a-deficient ovarian, "
     "fallopian tube, and primary peritoneal cancer.", "ARID1a-deficient ovarian, fallopian tube, and primary peritoneal cancer"),
    ("The NMPA approved the sNDA for LAKEVO (lakelimab) for the first-line treatment of unresectable, locally "
     "advanced, recurrent or metastatic gastric adenocarcinoma.", "unresectable, locally advanced, recurrent or metastatic gastric adenocarcinoma"),
    ("Quill Bio is developing QB-12 for breast cancer, a disease that affects millions of women.", "breast cancer"),
])
def test_an_english_indication_listed_before_its_head_noun(summarizer, text, indication):
    assert _fields(summarizer, text, "en-list")["indication"].value == indication


# A wire's filer before its date ("医药讯 某某药业6月30日晚间公告,", "摘要:某某医药宣布,"), a withdrawn
# application's notice as the setback, and "达成试验目的" as a readout's result.
@pytest.mark.parametrize("text, field, value", [
    ("医药讯 青宇药业6月30日晚间公告,公司收到国家药监局签发的《药品注册申请终止通知书》,同意公司撤回青拉鲁肽注射液的"
     "注册申请。", "company", "青宇药业"),
    ("摘要:青鼎医药宣布,美国食品药品监督管理局(FDA)已授予QL-1310孤儿药资格认定,用于治疗小细胞肺癌。", "company", "青鼎医药"),
    ("医药讯 青宇药业6月30日晚间公告,公司收到国家药监局签发的《药品注册申请终止通知书》,同意公司撤回青拉鲁肽注射液的"
     "注册申请。", "setback", "药品注册申请终止通知书"),
    ("青新药眼药QPP13007人体第三期临床试验达成试验目的\n青新药研发中眼药QPP13007第三期临床试验数据分析结果达成试验目的。",
     "milestone", "达成试验目的"),
])
def test_wire_filers_withdrawals_and_readouts(summarizer, text, field, value):
    assert _fields(summarizer, text, "wire")[field].value == value


# ------------------------------------------------------------------ second collection (2026-11-27)
@pytest.mark.parametrize("text, company", [
    # a Hong Kong wire: the code as "(02999-HK)" before 公布
    ("【财经社讯】南叶制药(02999-HK)公布，公司收到美国FDA就NY-004的新药上市申请发出的函件。", "南叶制药"),
    # a B-share biotech's headline: "某某-B(03999):…"
    ("北抗体-B(03999):于治类风湿关节炎BK03 III期临床试验中期分析完成\n北抗体公布，中期分析已完成。", "北抗体"),
    # the exchange's code written out
    ("康北亚(香港联交所代码:02999)今日宣布，公司自主研发的1类新药康北单抗注射液的上市申请获受理。", "康北亚"),
    # a report: a date, a comma, the filer and 公告 with what it did
    ("5月13日,东谷制药公告提前终止东谷胶囊(DG-971)国际多中心3期临床研究决定。", "东谷制药"),
    # a drug portal: a date, a comma, the filer and 宣布
    ("2022年9月29日,西普生物宣布,药品审评中心授予XP003突破性治疗药物认定。", "西普生物"),
    # a line opening with the filer and 发布公告称
    ("来源:上海证券交易所\n西芯生物发布公告称西芯尼布III期临床试验结果完成分析。", "西芯生物"),
])
def test_wire_and_portal_filers(summarizer, text, company):
    field = _fields(summarizer, text, "wire-filer").get("company")
    assert field is not None and field.value == company


# A health paper's story: the filer is a short name that announces ("某某公司宣布", "某某披露了关于…") and
# that the story names again; a regulator that announces, or a name met once, is no filer.
@pytest.mark.parametrize("text, company", [
    ("(本报记者 林夏)11月15日,北辰神州公司宣布自主研发的BTK抑制剂北辰替尼通过美国FDA加速批准,用于治疗套细胞淋巴瘤。\n"
     "北辰神州总裁向记者透露,在中国,北辰替尼也在走上市审批程序。", "北辰神州"),
    ("11月28日晚,岭康药业披露了关于岭花止咳颗粒治疗感染后咳嗽III期临床试验进展。\n公告显示,岭康药业产品岭花止咳颗粒III期临床研究达到主要终点。",
     "岭康药业"),
    ("消息面上,5月29日,国家药监局公布11款获批上市新药,其中包括岭花止咳颗粒。\n国家药监局表示将继续加快审评。", None),
    ("11月28日晚,岭康药业披露了关于岭花止咳颗粒III期临床试验的进展,试验达到主要终点。", None),
], ids=["company-announces", "discloses", "regulator-announces", "named-once"])
def test_a_news_storys_filer_announces_and_is_named_again(summarizer, text, company):
    field = _fields(summarizer, text, "story-filer").get("company")
    assert (field.value if field else None) == company


@pytest.mark.parametrize("text, company", [
    # a stock forum's cashtag, the code after a space
    ("8月19日消息,$岭昌生物 (09999.HK)$上午盘中涨超5%。\n消息面上,$岭昌生物 (09999.HK)$ 发布公告,公司与某制药签署许可协议。", "岭昌生物"),
    # a press release's exchange code written out with 股票代码, a description after it
    ("苏州2019年6月5日 /美通社/ -- 信川生物制药(香港联交所股票代码:01999),是一家创新药企业,今日公布其II期研究结果。", "信川生物制药"),
    # a date, a comma, the filer announcing what a regulator did
    ("2020年7月17日,索川生物宣布美国食品药品监督管理局(FDA)授予其新药SC102快速通道资格。", "索川生物"),
    # a report's filer before its subsidiary
    ("金融界7月28日消息,2025年7月25日,华川医药全资子公司杭州华川制药有限公司收到国家药品监督管理局核准签发的《药物临床试验批准通知书》。",
     "华川医药"),
    # the day a notice came is no filer: "…8日收到控股子公司…"
    ("公司于2024年1月8日收到控股子公司四川岭博生物医药股份有限公司的通知,其与某公司签署许可协议。", None),
], ids=["cashtag", "exchange-code-written-out", "announces-a-regulators-act", "before-its-subsidiary", "day-received"])
def test_a_reports_filer_by_its_code_or_its_subsidiary(summarizer, text, company):
    field = _fields(summarizer, text, "report-filer").get("company")
    assert field is None if company is None else field is not None and field.value == company


def test_a_time_word_before_an_announcement_is_not_the_filer(summarizer):
    text = "上证报讯 南翔金泰有望再添产品。公司9月11日晚间公告，近日其南翔单抗注射液的上市申请获得受理。"
    field = _fields(summarizer, text, "time-word").get("company")
    assert field is None or field.value not in ("晚间", "9月11日晚间")


@pytest.mark.parametrize("text, drug", [
    # the drug's class before its name
    ("北环医药公告，其附属公司的第四代胰岛素类似物北谷胰岛素注射液的上市申请获国家药监局受理。", "北谷胰岛素注射液"),
    ("東聲藥業宣布，抗流感藥物東氘諾沙韋片的新藥上市申請獲國家藥監局受理。", "東氘諾沙韋片"),
    ("西信立泰公告，公司抗抑郁药XL0114片获得药物临床试验批准通知书。", "XL0114片"),
    # 自研 ("developed in-house") before the name
    ("东阳药公告，公司自研东精胰岛素注射液获得国家药监局批准上市。", "东精胰岛素注射液"),
    # a company's short name run into a vaccine's valency
    ("北飞生物公告，北飞生物26价肺炎球菌结合疫苗获得药物临床试验批准通知书。", "26价肺炎球菌结合疫苗"),
    # a clause before the name ("已完成有关…")
    ("公司公告，美国FDA已完成有关盐酸北沙替尼胶囊的新药上市申请审评，并批准上市。", "盐酸北沙替尼胶囊"),
])
def test_drug_names_without_what_describes_them(summarizer, text, drug):
    field = _fields(summarizer, text, "drug-class").get("drug_name")
    assert field is not None and field.value == drug


@pytest.mark.parametrize("text, bad", [
    # a target named first is not the drug
    ("西芯生物公布，其CSF1R抑制剂西芯尼布III期临床试验结果完成分析。", "CSF1R"),
    ("东森药业公告，靶向CDH17的ADC药物DS-20110获得药物临床试验批准。", "CDH17"),
    # a value run across a table's labels is left out, not cut by guess
    ("公司收到通知。药品名称:盐酸南沙替尼胶囊受理号:NDA 218999药品注册分类:化学药品1类", "受理号"),
])
def test_targets_and_run_on_values_are_never_the_drug(summarizer, text, bad):
    field = _fields(summarizer, text, "drug-bad").get("drug_name")
    assert field is None or bad not in field.value


@pytest.mark.parametrize("text, field, good, bad", [
    # an HKEX announcement's "兹提述…" and its incorporation note are not the filer's name
    ("香港交易及结算所有限公司及香港联合交易所有限公司对本公告的内容概不负责。\n兹提述东胜生物科技有限公司日期为2020年3月1日的公告，"
     "内容有关本公司与合作方签署的许可协议的修订。", "company", "东胜生物科技有限公司", None),
    ("康东杰瑞生物制药\n(于开曼群岛注册成立的有限公司)\n(股份代号:9999)\n自愿公告\nKN003获美国FDA授予孤儿药资格认定", "company",
     None, "注册成立"),
    # a drug followed directly by its indication and 适应症
    ("东邦制药(03999)发布公告，其附属公司关于南拉鲁肽注射液糖尿病适应症的上市申请，于2023年8月22日获得国家药品监督管理局受理。"
     "此外，公司1类创新药 UBT999 注射液已获得临床试验注册申请受理。", "drug_name", "南拉鲁肽注射液", None),
    # a drug after 与 and before 有关
    ("公司将拥有与醋酸东普瑞林注射液有关的所有的有形与无形资产、权利。公司与受让方签署《产品权利转让协议》。", "drug_name",
     "醋酸东普瑞林注射液", None),
    # a URL's path is not a drug code
    ("1.原文连结:\nhttp://tinyurl.com/ab43xyz\n2.原文内容:\n东裕爱滋新药 三期临床达收案目标\n东裕生技宣布，DY-355三期临床试验已达成收案目标。",
     "drug_name", "DY-355", "ab43xyz"),
])
def test_hong_kong_and_taiwan_shapes_of_the_second_collection(summarizer, text, field, good, bad):
    found = _fields(summarizer, text, "hk-tw").get(field)
    if good:
        assert found is not None and found.value == good, found
    if bad:
        assert found is None or bad not in found.value


def test_an_hkex_disclaimer_is_never_the_core(summarizer):
    text = ("香港交易及结算所有限公司及香港联合交易所有限公司对本公告的内容概不负责，对其准确性或完整性亦不发表任何声明。"
            "东黄医药(中国)有限公司宣布，东乐匹尼布治疗成人原发免疫性血小板减少症的III期研究结果已于《柳叶刀》发表。")
    core = summarizer(text, doc_id="hkex").core_viewpoint.zh
    assert "概不负责" not in core, core


@pytest.mark.parametrize("text, company", [
    ("智通财经APP获悉，近日，东达生物(01999)恶性肿瘤新药东伐珠单抗上市申请获国家药监局受理。", "东达生物"),
    ("东元医药 ( 601999.SH ) 公告称，公司全资子公司收到药品注册证书。", "东元医药"),
    ("财中社11月11日电东普爱思(603999)发布关于获得东霉素滴眼液《药品注册证书》的公告。", "东普爱思"),
    ("新京报讯 6月28日，港股上市公司东诚健华宣布，其自主研发的BTK抑制剂获得突破性疗法认定。", "东诚健华"),
    ("10月7日，成都创新药企业东利天恒公告显示，公司自主研发的创新生物药获得临床试验批准。", "东利天恒"),
    ("据财经网消息，10月17日，东森制药宣布与罗氏就ADC药物达成独家许可协议。", "东森制药"),
    ("东华医药8月15日公告，近日，公司全资子公司收到国家药监局核准签发的《药品注册证书》。", "东华医药"),
    # an analyst's rating verb run into the name it rates
    ("摩根：升东星医药(02999)评级至买入，目标价36.5元。", "东星医药"),
])
def test_more_wire_filers(summarizer, text, company):
    field = _fields(summarizer, text, "more-wire").get("company")
    assert field is not None and field.value == company, field


def test_according_to_is_never_the_filer(summarizer):
    text = "交易总金额最高超47亿元，东威生物官宣两项许可协议\n根据与齐东制药签署的许可协议，东威生物将获得首付款。"
    field = _fields(summarizer, text, "genju").get("company")
    assert field is None or field.value != "根据"


@pytest.mark.parametrize("text, company", [
    ("# Westlene (NASDAQ: WSTN) Prepares to Submit Briefing Book to FDA Regarding NDA for WL-Au8 in ALS\n\n"
     "Westlene (NASDAQ: WSTN) said it will submit a briefing book.", "Westlene"),
    ("# InvestorNewsBreaks – Norigenix Inc. (NASDAQ: NRGX) Leveraging Positive Clinical Data to Shape Pivotal Trial",
     "Norigenix Inc."),
    ("(RTTNews) - Shares of Baxome Therapeutics, Inc. (BXSM) are rising more than 9% Friday morning after the "
     "company announced positive results.", "Baxome Therapeutics, Inc."),
    ("WestGenics (NASDAQ:WGNX) inks an exclusive license and collaboration agreement with East Biopharma.",
     "WestGenics"),
])
def test_an_english_filer_named_with_its_ticker(summarizer, text, company):
    field = _fields(summarizer, text, "ticker").get("company")
    assert field is not None and field.value == company, field


def test_a_headline_word_before_a_ticker_name_is_not_part_of_it(summarizer):
    text = "# FDA Guidance Sets Westtern Pharma Inc. (NASDAQ: WTRN) On a Path Toward Its Clinical Trial Plans"
    field = _fields(summarizer, text, "ticker-headline").get("company")
    assert field is None or not field.value.startswith(("FDA", "Sets", "Guidance")), field


@pytest.mark.parametrize("text, field, value, english", [
    ("东原医药公告，东药III期临床研究达到主要终点。本研究共入组 390 例受试者，按照1:1随机入组。", "enrollment", "390 例",
     "390 participants"),
    ("东方生物公布III期临床试验结果：该试验共招募了约12000例受试者，结果显示达到主要终点。", "enrollment", "约12000例",
     "approximately 12000 participants"),
    ("东抗体公布SM09 III期临床试验中期分析结果：截止2020年6月19日，290名合资格患者已随机加入临床试验。", "enrollment", "290名", None),
    ("东声药业宣布，FDA已受理东瑞单抗的上市申请，根据《处方药用户付费法案(PDUFA)》，FDA对东瑞单抗的目标审评日期为 2026 年 7 月 23 日。",
     "pdufa_date", "2026 年 7 月 23 日", "July 23, 2026"),
])
def test_enrolment_and_pdufa_dates_as_chinese_filings_write_them(summarizer, text, field, value, english):
    found = _fields(summarizer, text, "enrol").get(field)
    assert found is not None and found.value == value, found
    if english:
        assert found.value_en == english


@pytest.mark.parametrize("text, partner", [
    # a half-width bracket, and a line break, between the partner's name and 签署
    ("东方科技发展股份有限公司关于下属公司签署技术转让合同的公告\n下属公司拟与中国东通科学研究院集团有限公司(以下简称:东通研究院)签署《技术转让合同》。",
     "中国东通科学研究院集团有限公司"),
    ("东安医药股份有限公司关于签署专利及技术转让协议的公告\n同意公司与苏州东聚医药科技有限公司(以\n下简称“苏州东聚”)签署关于小分子镇痛药物的专利及技术转让协议。",
     "苏州东聚医药科技有限公司"),
    # the buyer of a project
    ("东中实业股份有限公司关于子公司签署《转让与许可协议》的公告\n公司子公司拟将其研发项目重组人东抑素注射液转让给杭州东元生物医药股份有限公司(以下简称“东元生物”)，受让方负责后续研发。",
     "杭州东元生物医药股份有限公司"),
    # what the partner is, before its name
    ("东华医药股份有限公司关于签署许可协议的公告\n公司全资子公司与德国上市公司 Eastberg Pharma AG签署独家许可协议。", "Eastberg Pharma AG"),
    # an SEC form names the parties before the agreement they entered into
    ("Item 1.01 Entry into a Material Definitive Agreement.\nOn March 2, 2024, Eastlab (Hong Kong) Limited, a wholly-owned "
     "subsidiary of Eastlab Limited (the \"Company\"), and Westgen Inc. (\"Westgen\") entered into a collaboration and license "
     "agreement (the \"Agreement\"), pursuant to which the Company obtained an exclusive license to develop westumab.", "Westgen Inc."),
])
def test_licensing_partners_as_filings_name_them(summarizer, text, partner):
    field = _fields(summarizer, text, "partner").get("partner")
    assert field is not None and field.value == partner, field


@pytest.mark.parametrize("text, territory, english", [
    ("东威生物公告，公司与东方公司签署许可协议，东威生物独家许可东方公司在除中国以外的所有区域内独家开发、生产和商业化许可产品的权利。",
     "除中国以外的所有区域", "all regions outside China"),
    ("东卫康公告，子公司与东方制药签署独家许可协议，可在许可区域内(中国大陆,不包括香港、澳门和台湾)开发、销售和商业化许可产品。",
     "中国大陆,不包括香港、澳门和台湾", "mainland China, excluding Hong Kong, Macao and Taiwan"),
    ("东步长制药公告，子公司与东美德公司签署合作开发及许可协议，甲方在目标地域内(中国大陆和俄罗斯)第一次得到监管部门同意后支付里程碑款。",
     "中国大陆和俄罗斯", "mainland China and Russia"),
    # a Hong Kong wire in traditional characters: 除…以外 around the excluded regions, no 的
    ("復東醫藥宣佈其控股子公司與Eastpedition簽訂許可協議,授予後者在除中國境內及港澳地區以外地區開發、生產及商業化XD-S004的權利。",
     "除中國境內及港澳地區以外地區", "regions outside mainland China and Hong Kong and Macao"),
])
def test_licensed_territories_as_deals_bracket_or_exclude_them(summarizer, text, territory, english):
    field = _fields(summarizer, text, "territory").get("territory")
    assert field is not None and field.value == territory, field
    assert field.value_en == english


@pytest.mark.parametrize("text, field, value", [
    ("WestGenics (NASDAQ:WGNX) inks an exclusive license and collaboration agreement with East Biopharma to develop "
     "and commercialize westuzumab in China, Hong Kong, Macau and Taiwan. Under the terms of the agreement, WGNX will "
     "receive $15M upfront, up to $135M in milestones and tiered royalties.", "upfront", "$15M"),
    ("Westmed will receive USD400 million upfront from Eastda on deal closure. It also will receive up to USD730 million "
     "in potential milestone payments under the exclusive license agreement.", "upfront", "USD400 million"),
    ("Under the exclusive license agreement, Eastko Therapeutics will receive a one-time, non-refundable down payment of "
     "$70 million.", "upfront", "$70 million"),
    ("Westhen granted Eastck an exclusive license agreement for all indications in Chinese mainland, Hong Kong, Macau "
     "and Taiwan.", "territory", "Chinese mainland, Hong Kong, Macau and Taiwan"),
])
def test_english_deal_terms_as_wires_write_them(summarizer, text, field, value):
    found = _fields(summarizer, text, "deal-en").get(field)
    assert found is not None and found.value == value, found
    assert found.value_zh and not summarizer(text, doc_id="deal-en").violations


@pytest.mark.parametrize("text, good, bad", [
    ("东丰药业股份有限公司关于全资子公司受让药品上市许可的公告\n公司召开董事会，审议通过《关于全资子公司受让美沙东秦肠溶片上市许可及相关技术的议案》。",
     "美沙东秦肠溶片", None),
    ("东美生物公告，公司收到国家药监局核准签发的化学原料药《化学原料药上市申请批准通知书》。", None, "化学原料药"),
    ("东泰生物公告，公司收到重组全人源抗 EGFR 单克隆抗体注射液的《药物临床试验批准通知书》，本品为单克隆抗体注射液。", None, None),
])
def test_a_clause_before_a_drug_is_stripped_to_its_last_verb_and_a_class_is_never_a_drug(summarizer, text, good, bad):
    field = _fields(summarizer, text, "class").get("drug_name")
    if good:
        assert field is not None and field.value == good, field
    if bad:
        assert field is None or field.value != bad, field
    assert field is None or field.value != "单克隆抗体注射液"


def test_a_bracketed_region_after_the_territory_word_and_a_car_t_inn_whole(summarizer):
    text = ("东实生物关于签署许可协议的公告\n根据许可协议，许可方授予公司在大中华区(包括中国大陆、香港特别行政区、澳门特别行政区及台湾地区)内"
            "开发和商业化两款融合蛋白的独占许可权利，同时双方按照50%∶50%的权益比例享有在全球范围内商业化其中一款产品的权益。")
    assert _fields(summarizer, text, "terr").get("territory").value == "大中华区"
    en = ("Westland and Eastgen announced their CAR T-cell therapy westacabtagene autoleucel reduced the risk of "
          "progression by 74% in multiple myeloma.")
    assert _fields(summarizer, en, "cart").get("drug_name").value == "westacabtagene autoleucel"
    from summarizer.lexicon.romanize import romanise_company
    assert romanise_company("东生国健药业(上海)股份有限公司") == "Dongshengguojian Pharmaceutical (Shanghai) Co., Ltd."


# The event's regulator is the first body that acts, not the longest name in the text: a supplementary
# approval by the NMPA whose background says a rival drug was approved by the US agency years ago.
def test_the_regulator_is_the_body_acting_first_not_a_longer_name_in_the_background(summarizer):
    text = ("东湖医药股份有限公司关于获得药品补充申请批准通知书的公告\n"
            "东湖医药股份有限公司近日收到国家药品监督管理局核准签发的马来酸东湖替尼片《药品补充申请批准通知书》。\n"
            "同类药物西湖替尼由另一家公司开发，2017年获美国食品药品监督管理局批准上市。")
    assert _fields(summarizer, text, "first-acting")["regulator"].value == "国家药品监督管理局"


# The headline abbreviates the body (美国FDA) and the lead spells it out: the fuller name of the same
# body is shown; a different body named later (国家药监局) is not.
def test_the_regulator_is_shown_by_its_fullest_name_for_the_same_body(summarizer):
    text = ("东湖医药关于东湖替尼胶囊上市申请获美国FDA受理的公告\n"
            "东湖医药股份有限公司控股子公司收到美国食品药品监督管理局（以下简称“美国FDA”）的信件，东湖替尼胶囊的上市许可申请已获受理。"
            "该产品此前已获国家药监局批准在国内上市。")
    assert _fields(summarizer, text, "fullest")["regulator"].value == "美国食品药品监督管理局"


def test_a_taiwan_or_japan_regulator_is_known(summarizer):
    taiwan = ("子公司公告ABC-103傷口敷料接獲台灣衛福部食品藥物管理署(TFDA)核准進行人體臨床試驗許可(IND)\n"
              "本公司之子公司開發之ABC-103傷口敷料,接獲台灣衛福部食品藥物管理署(TFDA)核准進行人體臨床試驗。"
              "另已於2016年獲美國食品藥物管理局(FDA)核准進行一/二期試驗。")
    assert _fields(summarizer, taiwan, "tw")["regulator"].value == "台灣衛福部食品藥物管理署"
    japan = "東嶺製藥宣佈，其產品東嶺單抗獲日本厚生勞動省批准上市，用於治療類風濕關節炎。"
    assert _fields(summarizer, japan, "jp")["regulator"].value == "日本厚生勞動省"


@pytest.mark.parametrize("sentence", [
    "Its lead candidate aims to become the first FDA-approved treatment for concussion.",
    "The company's priority is to submit a New Drug Application to the U.S. Food and Drug Administration this month.",
    "The company is seeking FDA guidance on novel endpoints.",
], ids=["attributive", "plans-to-submit", "seeking"])
def test_an_english_regulator_that_is_only_planned_for_or_an_adjective_is_not_shown(summarizer, sentence):
    text = "# Larchmont Bio Reports Second Quarter Results\n\nLarchmont Bio (NASDAQ: LRCH) today reported results. " + sentence
    assert "regulator" not in _fields(summarizer, text, "not-acting")


def test_an_english_regulator_that_acted_is_shown_even_beside_a_plan(summarizer):
    text = ("# Larchmont Bio Gets Breakthrough Therapy Designation\n\nLarchmont Bio (NASDAQ: LRCH) today announced that "
            "its candidate LRC-12 got Breakthrough Therapy designation from the China FDA. The company plans to seek approval in 2027.")
    assert _fields(summarizer, text, "acted")["regulator"].value == "China FDA"


@pytest.mark.parametrize("text, company", [
    ("11月16日,东海康成(HK09999,股价2.75港元)微信公众号发布消息称,其候选药物DH106已被美国FDA授予孤儿药资格认证。", "东海康成"),
    ("东极星药业生物制剂上市申请 进入美国FDA审查阶段\n某某网记者 台北\n东极星药业 (6999-TW) 今 (18) 日公告,旗下生物制剂的上市申请进入审查阶段。", "东极星药业"),
    ("[公告] 東威:本公司與合作夥伴簽訂DW-050之合作開發合約\n2.契約或承諾相對人:西達生技醫藥股份有限公司", "東威"),
    ("近日,国药东方所属东方中药控股有限公司收到国家药品监督管理局核准签发的东方补血汤颗粒《药品注册证书》。", "东方中药控股有限公司"),
    ("每经AI快讯,东吴证券发布研报称,给予东海生物(300999.SZ,最新价:46.88元)买入评级。", "东海生物"),
], ids=["hk-code", "tw-code", "mops-subject", "parent-of", "rating"])
def test_the_filer_as_hong_kong_taiwan_and_broker_texts_write_it(summarizer, text, company):
    assert _fields(summarizer, text, "filer")["company"].value == company


@pytest.mark.parametrize("text, drug", [
    ("东博生物全资子公司拟解除双方签订的项目合作合同,并终止双方合作研发的冻干人用狂犬病疫苗(无血清Vero细胞)的临床试验。", "冻干人用狂犬病疫苗(无血清Vero细胞)"),
    ("东缘药业股份有限公司收到国家药品监督管理局核准签发的关于淫羊藿东黄酮胶囊《药物临床试验批准通知书》。", "淫羊藿东黄酮胶囊"),
], ids=["cell-substrate", "yu-prefix"])
def test_a_drug_name_keeps_its_substrate_and_loses_a_leading_preposition(summarizer, text, drug):
    assert _fields(summarizer, text, "drug")["drug_name"].value == drug


def test_a_stock_code_or_an_indication_clause_is_never_the_drug(summarizer):
    text = ("11月16日,东海康成(HK09999,股价2.75港元)发布消息称,其候选药物已被美国FDA授予孤儿药资格认证。"
            "本次撤回的适应症是联合富马酸丙酚替诺福韦片治疗慢性乙型肝炎。")
    drugs = {f.value for f in _fields(summarizer, text, "not-drug").values() if f.name == "drug_name"}
    assert not any(v.startswith("HK") or "适应" in v for v in drugs)


@pytest.mark.parametrize("text, indication", [
    ("东因科技决定撤回东集成干扰素α-2注射液乙肝适应症的上市申请,本次撤回的适应症是联合富马酸丙酚替诺福韦片(TAF)"
     "用于治疗成人慢性乙型肝炎(HBV)优势人群,不影响其他适应症。", "成人慢性乙型肝炎(HBV)优势人群"),
    ("東方醫藥宣布,東美替尼聯合化療用于治療經EGFR酪氨酸激酶抑制劑治療后進展的EGFR突變的局部晚期或轉移性非鱗狀非小細胞肺癌。",
     "EGFR突變的局部晚期或轉移性非鱗狀非小細胞肺癌"),
    ("`东弘药业决定停止东柏西普眼用注射液治疗\n`新生血管性年龄相关性黄斑变性的全球多中心临床试验。", "新生血管性年龄相关性黄斑变性"),
    ("東極星藥業今日公告,旗下用於治療惡性肺間皮癌的上市許可申請案 (BLA)進入美國FDA審查階段。", "惡性肺間皮癌"),
], ids=["combination-partner", "prior-treatment", "backtick-line", "application-after"])
def test_an_indication_without_its_combination_partner_prior_treatment_or_filing(summarizer, text, indication):
    assert _fields(summarizer, text, "ind")["indication"].value.replace("\n", "") == indication


def test_a_sentence_about_supporting_a_product_is_not_an_indication(summarizer):
    text = "東捷安康-B配售新H股,所得款項淨額將用於支持核心產品東替尼在中國作為膽管癌的臨床開發。"
    indication = _fields(summarizer, text, "support").get("indication")
    assert indication is None or "支持" not in indication.value


def test_an_english_indication_ending_in_osis_or_hypotension(summarizer):
    for disease in ("recurrent respiratory papillomatosis", "symptomatic neurogenic orthostatic hypotension"):
        text = f"# Eastbay Bio Update\n\nEastbay Bio (NASDAQ: EBIO) today announced results of EB-12 in {disease}."
        assert _fields(summarizer, text, "osis")["indication"].value == disease


@pytest.mark.parametrize("text, company", [
    ("Larkspur Bio: Phase 3 Study Fails To Meet Primary Goal\n(RTTNews) - Larkspur Biopharma, Inc. (LKSP), a company "
     "focused on organ-selective medicines, Wednesday said its Phase 3 study did not meet the primary endpoint.",
     "Larkspur Biopharma, Inc."),
    ("Published on 31 May 2024 on a site\nLarkspur LKSP announced that the European Commission has granted marketing "
     "approval to Larvexa for treating patients with ALS.", "Larkspur"),
], ids=["weekday-said", "bare-ticker"])
def test_an_english_filer_before_a_weekday_or_its_bare_ticker(summarizer, text, company):
    assert _fields(summarizer, text, "en-filer")["company"].value == company


def test_an_english_company_never_runs_across_a_sentence_end(summarizer):
    text = ("An analyst upgraded Larkspur to buy, citing the drug's promise in lower-risk MDS. The FDA accepted "
            "the application earlier this month.")
    company = _fields(summarizer, text, "en-span").get("company")
    assert company is None or ". " not in company.value


@pytest.mark.parametrize("text, drug", [
    ("Larkspur LKSP announced that the European Commission has granted marketing approval to Larvexa for treating "
     "patients with ALS.", "Larvexa"),
    ("Larkspur Therapeutics (NASDAQ:LKSP) said its oral GLP-1/GIP dual receptor agonist LK2735 caused up to 12% "
     "weight loss in a mid-stage trial.", "LK2735"),
], ids=["brand-approved-to", "code-after-class"])
def test_an_english_brand_or_code_named_at_the_event(summarizer, text, drug):
    assert _fields(summarizer, text, "en-drug")["drug_name"].value == drug


def test_a_lower_case_english_phase_is_read(summarizer):
    text = ("Larkspur Pharma said it had enrolled and dosed its first patient in the SUN trial of LK-01. "
            "This phase II/III trial will enrol 300 patients.")
    phase = _fields(summarizer, text, "en-phase")["trial_phase"]
    assert (phase.value, phase.value_zh) == ("phase II/III", "II/III期")  # never "phase II/III期"


def test_an_inn_named_right_after_a_drug_class_word_is_the_drug(summarizer):
    text = ("消息面上,东森制药发布公告,附属公司自主研发的1类创新药甲磺酸东美替尼(东美乐®)一线治疗非小细胞肺癌的"
            "新药上市申请被国家药品监督管理局药品审评中心纳入拟优先审评品种公示名单。")
    assert _fields(summarizer, text, "after-yao")["drug_name"].value == "甲磺酸东美替尼"


# From two analysts' reading of the fourth batch's training summaries (fixtures in the shapes they flagged).
def test_covid_19_patients_is_not_an_enrolment_of_19(summarizer):
    text = ("Eastgen Pharma said it had enrolled and dosed its first patient in the SUN trial of EG-01. The phase II/III "
            "trial will test whether EG-01 can prevent respiratory distress in COVID-19 patients with pneumonia.")
    enrolment = _fields(summarizer, text, "covid").get("enrollment")
    assert enrolment is None or not enrolment.value.startswith("19")


def test_a_list_of_phases_is_kept_and_written_the_english_way(summarizer):
    text = "东恒集团全资子公司收到国家药品监督管理局核准签发的东芪颗粒《药物临床试验批准通知书》,同意开展Ⅱ、Ⅲ期临床试验。"
    phase = _fields(summarizer, text, "phases")["trial_phase"]
    assert (phase.value, phase.value_en) == ("Ⅱ、Ⅲ期", "Phase II/III")


# Also from the fifth batch's first contact (invented texts in the same shapes): a trial's name, a
# publisher's name, a clause and a certificate table's header row are never the drug.
@pytest.mark.parametrize("text, bad", [
    ("东海生物公告,其参股公司CPT联合沙利度胺的III期临床试验(CPT-MM301)揭盲,达到主要研究终点。", "CPT-MM301"),
    ("某某财经:国产创新药出海,靶向HER1的单抗授权交易频发。", "HER1"),
    ("智川(4999)癌症新药安川得获得美国FDA快速审查资格\n另外NAPOLI-7試驗 (NCT09999999)係評估某療法對於胰腺癌病人之安全性。", "NAPOLI-7"),
    ("FX999財經報社(北美)訊 據國家藥監局官網消息,國家藥品監督管理局應急批準北原醫藥新冠病毒中和抗體聯合治療藥物東巴韋單抗注射液註冊申請。",
     "FX999"),
    ("上川医药的维东西呱原料药收到国家药品监督管理局颁发的批准通知书。截至公告日,中国境内暂无维东西呱原料药的其他生产厂家。",
     "中国境内暂无维东西呱原料药"),
    ("北岸生物医疗器械注册证\n产品名称 注册证编号 注册证有效期 适用范围\n新型冠状病毒IgM抗体检测试剂盒 国械注准20219999999",
     "注册证编号 注册证有效期 适用范围"),
], ids=["protocol-code", "target", "trial-name", "publisher", "clause", "table-header"])
def test_what_is_not_a_drug_is_never_the_drug(summarizer, text, bad):
    assert all(f.value != bad for f in summarizer(text, doc_id="x").fields if f.name == "drug_name")


def test_a_generic_word_for_partner_is_never_the_partner(summarizer):
    text = "[公告] 東威:本公司與合作夥伴簽訂DW-050之合作開發合約\n本公司將與合作夥伴簽訂合作開發合約,共同開發DW-050。"
    assert all(f.value not in ("合作夥伴", "合作伙伴") for f in summarizer(text, doc_id="p").fields if f.name == "partner")


@pytest.mark.parametrize("zh, en", [
    ("盐酸东溴索分散片", "Dispersible Tablets"),
    ("淫羊藿总黄酮胶囊", "Epimedium total flavonoids Capsules"),
], ids=["dispersible", "tcm-extract"])
def test_dosage_forms_and_herbal_extracts_are_translated(summarizer, zh, en):
    from summarizer.stages.translate import render_value

    assert render_value(summarizer.translator, zh, "drug")[0].endswith(en)


# Validators grown from the fifth batch's first contact (invented texts in the same shapes): a dateline
# word is never part of the filer; a licence's scope, an in-vitro test's use and a screening are no
# indication; "适应症为" is no part of one.
def test_a_dateline_word_is_not_part_of_the_filer_and_a_cut_word_not_part_of_the_drug(summarizer):
    text = ("FX999財經報社(北美)訊 12月8日,國家藥品監督管理局應急批準北原醫藥技術有限公司新冠病毒中和抗體聯合治療藥物東巴韋單抗注射液"
            "註冊申請。此前騰川博藥(09999)表示將在香港推出該藥。")
    fields = {f.name: f.value for f in summarizer(text, doc_id="x").fields}
    assert not fields.get("company", "").startswith("此前")
    assert not fields.get("drug_name", "").startswith("物")


@pytest.mark.parametrize("text, bad", [
    ("昱川新藥將ALA-9000授權予國際藥廠,授權範圍為人體適應症之專屬授權,簽約金500萬美元。", "人體適應症之專屬授權"),
    ("东岸生物获得新型冠状病毒IgM抗体检测试剂盒医疗器械注册证,该产品用于一般人群的筛查。", "一般人群的筛查"),
], ids=["licence-scope", "screening"])
def test_a_licence_scope_or_a_screening_is_no_indication(summarizer, text, bad):
    assert all(bad not in f.value for f in summarizer(text, doc_id="x").fields if f.name == "indication")


def test_the_label_of_an_indication_is_not_part_of_it(summarizer):
    text = ("东林生物全资子公司收到国家药品监督管理局核准签发的静注人免疫球蛋白(10%)《药物临床试验批准通知书》,"
            "适应症为原发免疫性血小板减少症。")
    ind = {f.name: f.value for f in summarizer(text, doc_id="x").fields}.get("indication")
    assert ind == "原发免疫性血小板减少症"


# From reading the fifth batch's training summaries: a worldwide licence whose rights come back for one
# region later; a drug whose name part is a known INN, with its salt and form; an API; a disease phrase
# written X性疾病 (not "sexually transmitted disease"); two table cells on one line.
def test_a_worldwide_licence_is_worldwide_not_the_option_region(summarizer):
    text = ("Eastlake Biologics and NB Biotech Co., Ltd. have entered into a worldwide exclusive license agreement for "
            "EB-112. NB Biotech will pay $5.0 million upfront. Eastlake also has an option to recapture the rights "
            "for the United States and Canada after the Phase 1 trial.")
    territory = {f.name: f.value for f in summarizer(text, doc_id="x").fields}.get("territory")
    assert territory == "worldwide"


@pytest.mark.parametrize("zh, en", [
    ("艾司奥美拉唑镁肠溶胶囊", "Esomeprazole Magnesium Delayed-release Capsules"),
    ("阿兹夫定化学原料药", "azvudine active pharmaceutical ingredient"),
], ids=["inn-with-salt-and-form", "api"])
def test_a_known_name_part_is_not_romanised(summarizer, zh, en):
    from summarizer.stages.translate import render_value

    value, how = render_value(summarizer.translator, zh, "drug")
    assert value.lower() == en.lower() and how != "romanised"  # the salt's case follows the path that named it


def test_an_ic_disease_is_not_a_sexually_transmitted_one(summarizer):
    from summarizer.stages.translate import render_value

    value, _ = render_value(summarizer.translator, "胃食管反流性疾病、糜烂性反流性食管炎等", "term")
    assert "sexually" not in value and value.startswith("gastroesophageal reflux disease")


def test_two_cells_on_one_line_are_two_values(summarizer):
    text = ("东华生物股份有限公司关于某某疫苗获得药物临床试验批准通知书的公告\n药品名称:某某疫苗\n"
            "申请事项:境内生产药品注册临床试验 申请人:东华生物股份有限公司\n审批结论:同意本品开展临床试验。")
    item = {f.name: f.value for f in summarizer(text, doc_id="x").fields}.get("application_item")
    assert item == "境内生产药品注册临床试验"


def test_a_term_wrapped_over_a_pdf_line_is_translated_whole(summarizer):
    from summarizer.stages.translate import render_value

    value, how = render_value(summarizer.translator, "高瘤负荷的转移性激素敏\n感性前列腺癌", "term")
    assert value == "high tumor burden metastatic hormone-sensitive prostate cancer" and how == "glossary"


def test_an_unnamed_party_is_described_not_romanised(summarizer):
    from summarizer.stages.translate import render_value

    value, how = render_value(summarizer.translator, "某国际制药公司", "org")
    assert value == "an unnamed international pharmaceutical company" and how != "romanised"


# English drug names by their INN stem, from the training split: a polymer's -mer ("veverimer"), and an
# INN capitalised at a sentence's start ("Rivoceranib"); an everyday word ending in -mer is no drug.
@pytest.mark.parametrize("text, drug", [
    ("(Wire) - Shares of Eastrida, Inc. (ETDA) are falling after the company said it received a Complete Response "
     "Letter from the FDA for its New Drug Application for lovelimer.", "lovelimer"),
    ("Eastlab Co. and its affiliates fell on Friday after the FDA issued a complete response letter. Westoceranib, "
     "the company's liver cancer drug, was not approved.", "Westoceranib"),
], ids=["polymer-stem", "capitalised-inn"])
def test_english_inns_by_their_stem(summarizer, text, drug):
    assert {f.value for f in summarizer(text, doc_id="x").fields if f.name == "drug_name"} == {drug}


def test_an_everyday_word_ending_in_mer_is_no_drug(summarizer):
    text = "Eastfield Bio said a customer of its former partner filed a complaint this summer."
    assert not [f for f in summarizer(text, doc_id="x").fields if f.name == "drug_name"]


# An English filer after a wire's "--", with its short name and a Hong Kong code before its description
# (training split: a joint release's lead).
@pytest.mark.parametrize("text, company", [
    ("SAN FRANCISCO, Oct. 9, 2020 /PRNewswire/ -- Eastvent Biologics, Inc. (Eastvent) (HKEX: 09999), a biopharmaceutical "
     "company, and Westlake Pharma (NYSE: WLP) jointly announced that the NMPA approved the drug.", "Eastvent Biologics, Inc."),
    ("(Wire) - Westrance Biopharma, Inc. (WTBP), a company focused on respiratory medicines, said its Phase 3 study "
     "did not meet its primary endpoint.", "Westrance Biopharma, Inc."),
], ids=["hk-code-and-short-name", "wire-dash"])
def test_an_english_filer_after_a_wire_dash(summarizer, text, company):
    assert {f.value for f in summarizer(text, doc_id="x").fields if f.name == "company"} == {company}


def test_a_highly_purified_menotropin_is_named_not_romanised(summarizer):
    from summarizer.stages.translate import render_value

    value, how = render_value(summarizer.translator, "注射用高纯度尿促性素", "drug")
    assert value == "highly purified menotropins for Injection" and how != "romanised"


# ------------------------------------------------------------------ drug names where the sentence runs on
@pytest.mark.parametrize("text, drug", [
    # a salt opens the generic's name right after the subsidiary's short name
    ("青川医药公告，公司控股子公司青川药业药品枸橼酸青川因注射液拟中选本次全国药品集中采购。", "枸橼酸青川因注射液"),
    ("青川医药公告，其控股子公司锦州青川药业盐酸青川咪酯注射液药品注册申请获国家药监局受理。", "盐酸青川咪酯注射液"),
    # a contract named with the drug's project
    ("青川医药召开董事会，审议通过《关于下属公司北京青川签署盐酸青川甲酯缓释咀嚼片项目技术转让合同的议案》。", "盐酸青川甲酯缓释咀嚼片"),
    # a blood product quoted where the trial is named, without a dosage form
    ("青川血液制品公司获得国家药品监督管理局签发的《药物临床试验批准通知书》，同意公司开展“人青川酶原复合物”临床试验。", "人青川酶原复合物"),
    # a Greek letter inside the name; the drug given with it (联合…) is not the event's
    ("近日，青川科技发布公告，主动撤回培青川干扰素α-2注射液的药品注册申请，适应症是联合富马酸青川福韦片用于治疗成人慢性乙型肝炎。",
     "培青川干扰素α-2注射液"),
], ids=["salt-after-short-name", "salt-after-subsidiary", "contract-project", "quoted-blood-product", "greek-letter"])
def test_a_drug_name_is_cut_from_the_sentence_it_runs_in(summarizer, text, drug):
    assert _fields(summarizer, text, "drug")["drug_name"].value == drug


def test_a_subsidiarys_name_before_a_vaccine_is_not_part_of_it(summarizer):
    text = ("青川制药(002999.SZ)拟终止全资子公司生化制药23价肺炎球菌多糖疫苗项目\n\n"
            "青川制药(002999.SZ)发布公告，公司会议审议通过了《关于终止全资子公司生化制药23价肺炎球菌多糖疫苗项目的议案》。")
    fields = {f.name: f.value for f in summarizer(text, doc_id="vac", doc_type="setback").fields}
    assert fields["drug_name"] == "23价肺炎球菌多糖疫苗"


def test_a_plant_for_an_active_ingredient_is_no_drug_name(summarizer):
    text = "青川药业公告，公司拟在江苏省青川经济开发区投资建设原料药项目，总投资约5亿元。"
    drug = _fields(summarizer, text, "plant").get("drug_name")
    assert drug is None or "投资" not in drug.value


# ------------------------------------------------------------------ read off the sixth batch's training summaries
def test_a_value_cut_inside_its_own_bracket_stops_before_the_bracket(summarizer):
    text = ("青川生化制药股份有限公司关于公司QC107药品获得临床批件的公告\n"
            "近日，公司收到国家药品监督管理局核准签发的QC107胶囊《药物临床试验批准通知书》，注册分类为化学药品第1类。"
            "本次申请治疗的首个适应症是急性髓系白血病(Acute myelocytic leukemia, AML)。")
    fields = _fields(summarizer, text, "bracket")
    shown = {"indication": fields["indication"].value, "category": fields["registration_category"].value_en,
             "company": fields["company"].value_en}
    assert shown == {"indication": "急性髓系白血病", "category": "Class 1 chemical drug",
                     "company": "Qingchuan Biochemical Pharmaceutical Co., Ltd."}


def test_a_generic_named_before_what_it_treats(summarizer):
    text = ("智通财经APP讯,青川生物科技(06999)公布,近日,该公司研制的盐酸青川沙星滴眼液用于治疗细菌性结膜炎的上市注册申请"
            "获国家药品监督管理局批准。")
    found = {f.name: f.value for f in summarizer(text, doc_id="generic").fields if f.name in ("drug_name", "indication")}
    assert found == {"drug_name": "盐酸青川沙星滴眼液", "indication": "细菌性结膜炎"}


def test_a_prior_therapy_line_is_no_indication(summarizer):
    text = ("青川医药公告，公司青川单抗用于治疗既往接受过至少两种系统治疗的患者的III期临床试验达到主要终点。")
    value = _fields(summarizer, text, "prior").get("indication")
    assert value is None or not value.value.endswith("治疗")


def test_a_trial_approval_read_off_a_table_and_a_new_indication(summarizer):
    text = ("青川药业:关于获得药物临床试验批准通知书的公告\n"
            "青川药业股份有限公司近日从国家药品监督管理局网站获悉,公司的核心产品注射用紫杉醇聚合物胶束已获得《药物临床试验批准通知书》,"
            "同意开展新增适应症胰腺癌的临床试验。\n"
            "| 药品名称 | 注射用紫杉醇聚合物胶束 |\n| 剂型 | 冻干粉针剂 |\n| 规格 | 30mg |\n")
    found = {f.name: (f.value, f.value_en) for f in summarizer(text, doc_id="table").fields}
    assert found["indication"][0] == "胰腺癌"
    assert found["drug_name"][1] == "Paclitaxel Polymeric Micelles for Injection"
    assert not any("|" in value for value, _ in found.values())


def test_a_joint_announcements_filer_is_the_company_named_first(summarizer):
    text = ("On June 24, 2022, Riverbend Biologics, Inc. and Northgate and Company announced that the National Medical "
            "Products Administration has approved the supplemental New Drug Application for RVB-1 in gastric cancer.")
    assert _fields(summarizer, text, "joint")["company"].value == "Riverbend Biologics, Inc."


# filers read off the training split: a Taiwan stock's four-digit code before its notice, after the
# market's label for it; a full name with its code and short name in brackets
@pytest.mark.parametrize("text, company", [
    ("〔記者台北報導〕新藥股台灣青川（4999）上週五盤後公告，旗下自主開發的抗體藥物複合體獲美國FDA授予孤兒藥資格認定。", "台灣青川"),
    ("关于青川替尼临床研究结果的自愿披露公告\n"
     "青川(江苏)医药股份有限公司(证券代码:688999,证券简称:青川医药)近日在2024年度美国临床肿瘤学会年会上公布了青川替尼的临床研究结果。",
     "青川(江苏)医药股份有限公司"),
], ids=["taiwan-code", "code-in-brackets"])
def test_filers_named_by_their_codes(summarizer, text, company):
    assert _fields(summarizer, text, "filer")["company"].value == company


def test_an_assignors_role_word_is_not_part_of_the_partner(summarizer):
    # "和让与方某某大学签署": the 与 of 让与方 (the assignor) is no preposition
    text = ("青川制药股份有限公司关于签署《技术转让合同》的公告\n公司拟与关联方作为共同受让方和让与方中南大学签署《技术转让(技术秘密)合同》,"
            "共同受让药物递送系统的技术成果,技术转让费总额为叁亿元人民币。")
    partner = _fields(summarizer, text, "assignor")["partner"]
    assert (partner.value, partner.value_en) == ("中南大学", "Central South University")


def test_what_a_devices_data_inform_is_no_indication(summarizer):
    text = ("青川生物公告,公司自主研发的持续葡萄糖监测系统产品已通过FDA 510(k)的受理审核。"
            "预期用途:该持续血糖监测系统是一种持续血糖监测设备,适用于\n2岁及以上人群的糖尿病管理。该系统旨在替代指尖血糖检测用于糖尿病治疗决 策。")
    found = _fields(summarizer, text, "device").get("indication")
    assert found is None or "决策" not in found.value.replace(" ", "")


def test_a_count_of_patients_has_no_stray_comma(summarizer):
    text = ("Riverbend Bio said its Phase 3 study of RVB-104 in Crohn's disease met its primary endpoint. "
            "At week 26, patients in the RVB-104 group achieved 37% remission. The study enrolled 331 patients.")
    assert _fields(summarizer, text, "enrol")["enrollment"].value == "331 patients"


def test_a_holder_transfer_and_a_strength_on_a_basis_read_in_english(summarizer):
    text = ("青川制药:关于获得《药品补充申请批准通知书》的公告\n近日,青川制药股份有限公司收到国家药品监督管理局核准签发的青川他汀钙片"
            "《药品补充申请批准通知书》,批准本品上市许可持有人转让补充申请。\n药品名称:青川他汀钙片\n剂型:片剂\n"
            "规格:按C22H28FN3O6S计,20mg\n申请事项:上市许可持有人变更申请\n")
    found = {f.name: f.value_en for f in summarizer(text, doc_id="holder").fields}
    assert found["specification"] == "20mg (as C22H28FN3O6S)"
    assert found["application_item"] == "application for change of marketing authorization holder"


# ------------------------------------------------------------------ indications that run past the disease
# Shapes read off the training split: a list's "等", a licence's "…的潜在价值", a rare-disease label or a
# line of therapy before the disease, a biomarker status where the disease should be. Invented texts.
@pytest.mark.parametrize("sentence, indication", [
    ("本品拟用于治疗重度焦虑等。", "重度焦虑"),
    ("本品主要用于上消化道溃疡出血等情况。", "上消化道溃疡出血"),
    ("该药物拟用于治疗罕见疾病腺泡状软组织肉瘤。", "腺泡状软组织肉瘤"),
    ("本品拟用于一线治疗间变性星形细胞瘤。", "间变性星形细胞瘤"),
    ("本品拟联合 ABC 治疗高危局限性前列腺癌。", "高危局限性前列腺癌"),
    ("双方看好该分子治疗晚期实体瘤的潜在价值。", "晚期实体瘤"),
], ids=["deng", "deng-qingkuang", "rare-disease-label", "line-of-therapy", "combination-partner", "potential-value"])
def test_an_indication_ends_where_the_disease_ends(summarizer, sentence, indication):
    text = "北辰药业股份有限公司关于BC-101片获得药物临床试验批准通知书的公告\n近日,公司收到国家药品监督管理局核准签发的" \
           "BC-101片《药物临床试验批准通知书》。" + sentence
    assert _fields(summarizer, text, "ends")["indication"].value == indication


@pytest.mark.parametrize("sentence", [
    "本品用于治疗表皮生长因子受体(EGFR)基因突变阴性。",
    "该ADC拟用于治疗HER2低表达乳腺癌ADC。",
], ids=["biomarker-status", "modality-after"])
def test_a_clause_that_is_not_a_disease_is_no_indication(summarizer, sentence):
    text = "北辰药业股份有限公司关于BC-101片获得药物临床试验批准通知书的公告\n近日,公司收到国家药品监督管理局核准签发的" \
           "BC-101片《药物临床试验批准通知书》。" + sentence
    assert "indication" not in _fields(summarizer, text, "notdisease")


@pytest.mark.parametrize("text, company", [
    ("Shares of biopharmaceutical firm Westbay Therapeutics Inc (NASDAQ:WBTX) fell 12% after the FDA placed a "
     "clinical hold on its Phase 1 trial.", "Westbay Therapeutics Inc"),
    ("Thinly traded nano cap Eastfield Therapeutics (NASDAQ:EFTX) said the FDA placed a clinical hold on its trial.",
     "Eastfield Therapeutics"),
], ids=["firm", "nano-cap"])
def test_an_english_filer_is_named_after_a_word_that_says_what_it_is(summarizer, text, company):
    assert _fields(summarizer, text, "descriptor")["company"].value == company


def test_a_joint_announcement_names_the_first_company_with_its_ticker():
    text = ("Westbay Licenses ABC Program to Eastfield\n\n"
            "Westbay Pharmaceuticals Incorporated WBTX and Eastfield, LLC announced that the companies have entered into "
            "an agreement in which Westbay has licensed rights to ABC to Eastfield.")
    assert _fields(Summarizer(), text, "joint")["company"].value == \
        "Westbay Pharmaceuticals Incorporated"


def test_a_brokers_verb_is_not_part_of_the_company_and_a_first_is_no_indication(summarizer):
    text = ("大摩:予北辰药业-B(2999.HK)增持评级 目标价20.5港元\n\n"
            "摩根士丹利发表研究报告指,北辰药业-B(2999.HK)的PD-L1抗体药物获国家药品监督管理局批准新药上市申请,"
            "令其成为全球批准用于转移性非小细胞肺癌一线治疗的首个PD-L1疗法。")
    fields = _fields(summarizer, text, "broker")
    assert fields["company"].value == "北辰药业"
    assert "首个" not in (fields["indication"].value if "indication" in fields else "")


def test_a_target_named_by_its_inhibitor_is_never_the_drug(summarizer):
    text = ("北辰医药-B(06999.HK)又获一项美国FDA孤儿药认证\n"
            "北辰医药-B(06999.HK)发布公告,美国食品和药品监督管理局(FDA)日前授予公司在研原创新药Bcl-2抑制剂BC-2575"
            "孤儿药资格认定,用于治疗急性髓系白血病(AML)。")
    assert _fields(summarizer, text, "target")["drug_name"].value == "BC-2575"


def test_a_pronoun_is_never_the_indication(summarizer):
    text = ("北辰高新(000999)7月2日晚公告,控股子公司申报的注射用北辰单抗已经获国家药品监督管理局批准上市,"
            "用于上述。该药品用于成人痛风性关节炎急性发作。")
    assert _fields(summarizer, text, "pronoun")["indication"].value == "成人痛风性关节炎急性发作"


@pytest.mark.parametrize("text", [
    "(MENAFN- AETOSWire) (BUSINESS WIRE )--Shanghai Northlake Biotech, Inc. (2999) and Eastfield (NYSE: EFD) announced "
    "that the US Food and Drug Administration (FDA) has accepted the Biologic License Application (BLA) for NL14.",
], ids=["wire-double-hyphen"])
def test_a_joint_release_after_a_wire_tag_names_the_first_filer(summarizer, text):
    assert _fields(summarizer, text, "joint-wire")["company"].value == "Shanghai Northlake Biotech, Inc."


def test_a_joint_release_with_a_hong_kong_code_names_the_first_filer_and_a_certain_is_trimmed(summarizer):
    text = ("SHANGHAI & JERSEY CITY, N.J.–(BUSINESS WIRE)–Shanghai Northlake Biotech, Inc. (2999.HK), and Eastfield "
            "(NYSE: EFD) today announced that the US Food and Drug Administration (FDA) has approved the Biologics License "
            "Application for NORVA (pertuzumab-abcd) for the treatment of certain HER2-positive breast cancers.")
    fields = _fields(summarizer, text, "joint-hk")
    assert fields["company"].value == "Shanghai Northlake Biotech, Inc."
    assert fields["indication"].value == "HER2-positive breast cancers"


@pytest.mark.parametrize("text, drug", [
    ("Westbay Announces Positive Topline Results from Landmark ASPEN Study of Westocatib in Patients with "
     "Bronchiectasis\nWestbay today announced positive topline results from its Phase 3 study.", "Westocatib"),
    ("Westbay Reports Results from a Study of Safety in Patients with Asthma\nThe Phase 2 study met its goals.", None),
], ids=["unknown-stem", "design-word"])
def test_the_one_word_a_study_studies_in_a_population_is_its_drug(summarizer, text, drug):
    found = _fields(summarizer, text, "studyof").get("drug_name")
    assert (found.value if found else None) == drug


@pytest.mark.parametrize("text, indication", [
    # a clause about the treatment's efficacy runs on past the disease
    ("西岭药业公告，公司收到国家药品监督管理局核准签发的西岭胶囊《药品注册证书》。西岭替尼具有抑制肿瘤生长的作用,用于治疗晚期软组织肉瘤的疗效已得到临床证实。",
     "晚期软组织肉瘤"),
    # a defined-term note after the disease is not part of it
    ("西岭药业公告，公司与东川生物签署许可协议，在中国开发、商业化含有许可化合物且用于治疗肝纤维化相关疾病(以下简称“许可适应症”)的任何品规和剂型的产品。",
     "肝纤维化相关疾病"),
    # a population with a colon before the disease
    ("西岭药业公告，公司盐酸西岭司琼注射液通过一致性评价。本品适用于成人:预防高度致吐化疗引起的急性恶心、呕吐。",
     "高度致吐化疗引起的急性恶心、呕吐"),
], ids=["efficacy-clause", "defined-term", "population-colon"])
def test_an_indication_ends_where_the_disease_ends(summarizer, text, indication):
    assert _fields(summarizer, text, "cut")["indication"].value == indication


def test_an_indication_cut_off_by_the_end_of_an_excerpt_is_not_kept(summarizer):
    # a finance page's first screen stops mid-word: the table row names the disease whole
    head = ("西岭药业关于药品上市许可申请获得受理的公告\n"
            "药品名称 | 适应症 | 受理号\n西岭-297片 | 阵发性睡眠性血红蛋白尿 | CXHS2600099\n")
    cut = head + "本次获得受理上市许可申请的西岭-297片,适应症为既往未接受过补体抑制剂治疗的阵发性睡眠性血红蛋"
    whole = head + "本次获得受理上市许可申请的西岭-297片,适应症为既往未接受过补体抑制剂治疗的阵发性睡眠性血红蛋白尿。"
    cut_value = _fields(summarizer, cut, "trunc").get("indication")
    assert cut_value is None or not cut_value.value.endswith("血红蛋")
    assert _fields(summarizer, whole, "whole")["indication"].value.endswith("血红蛋白尿")


def test_a_mops_contract_notice_names_the_filer_from_its_subject_and_the_counterparty_as_partner(summarizer):
    # a Taiwan MOPS notice: the subject line opens with the filer's short name; the form's 契約或承諾相對人
    # is the counterparty, never the filer
    text = ("標題:北岳 本公司簽訂N20001(口服製劑)之中國授權合約\n日期:2024-05-14\n股票代號:4999\n說明:\n"
            "1.事實發生日:113/05/14\n2.契約或承諾相對人:東嶺藥業投資有限公司\n3.與公司關係:無。\n"
            "5.主要內容(解除者不適用):本公司與東嶺藥業投資有限公司簽署在中國大陸地區N20001授權合約。"
            "東嶺取得該品項於授權地區之研發、生產、銷售的權利。")
    summary = summarizer(text, doc_id="mops")
    fields = {f.name: f for f in summary.fields}
    assert summary.doc_type == "licensing_deal"
    assert fields["company"].value == "北岳"
    assert fields["partner"].value == "東嶺藥業投資有限公司"
    assert summary.core_viewpoint.en.startswith("Beiyue")


# A Taiwan news wire writes phases in Chinese numerals: a Phase II/III trial ("二/三期") is not Phase III,
# "二期人體臨床試驗" is Phase II; a stock nickname before the short name ("生技股王某某") is no part of it.
TW_PHASES = ("生技股王青禾(4199)今日下午公布旗下抗癌新藥QH-505臨床二/三期解盲數據,主要療效指標未達統計顯著。\n"
             "青禾QH-505二/三期臨床試驗自2019年啟動。")
TW_PHASE_TWO = ("本公司新藥 (青肝GX-77) 正式啟動二期人體臨床試驗並於今日完成第一位病人收案\n"
                "1.事實發生日:113/03/18\n"
                "(3)預計進行之所有研發階段:依法規辦理第二期、第三期臨床試驗及\n新藥查驗登記審核。\n"
                "(4)目前進行中之研發階段:\nA.供查驗登記用臨床第二期試驗,通過審核,原則同意試驗進行。")


def test_a_phase_in_chinese_numerals_is_read_whole_and_a_stock_nickname_is_no_name(summarizer):
    fields = _fields(summarizer, TW_PHASES, "tw-phases")
    assert fields["trial_phase"].value == "二/三期"
    assert fields["trial_phase"].value_en == "Phase II/III"
    assert fields["company"].value == "青禾"


def test_a_mops_forms_plan_line_is_no_phase_of_the_event(summarizer):
    fields = _fields(summarizer, TW_PHASE_TWO, "tw-plan")
    assert fields["trial_phase"].value == "二期"
    assert fields["trial_phase"].value_en == "Phase II"


# A phase the filing recalls from an earlier trial elsewhere is not the approved trial's.
RECALLED_PHASE = ("证券代码:600999 证券简称:江临医药\n江临医药股份有限公司关于获得药物临床试验批准通知书的公告\n"
                  "近日,公司收到国家药品监督管理局核准签发的JL-2201注射液《药物临床试验批准通知书》,同意本品开展探索性研究。\n"
                  "JL-2201注射液此前已在澳洲开展 I 期临床试验。")


def test_a_phase_recalled_from_an_earlier_trial_is_not_the_events(summarizer):
    fields = _fields(summarizer, RECALLED_PHASE, "recalled-phase")
    assert fields["drug_name"].value == "JL-2201注射液"
    assert "trial_phase" not in fields
    summary = summarizer(RECALLED_PHASE, doc_id="recalled-phase")
    # the trial-plan template ("本次临床试验方案为…的I期临床研究") is not filled from the recalled phase
    assert "本次临床试验方案" not in summary.to_text("zh") and "clinical trial plan" not in summary.to_text("en")


# A filing's form label ("受理说明:…决定予以受理") is no company; a subsidiary's short name ("以下简称"
# after its full name) is no drug; a headline's "子公司注射液" names no drug; "控股子公司" is not part of one.
LABELS = ("证券代码:003999 证券简称:东立制药 公告编号:2024-067\n东立制药股份有限公司\n关于收到药品注册受理通知书的公告\n"
          "近日,东立制药股份有限公司(以下简称“公司”)收到国家药品监督管理局下发的盐酸东立片药品注册申请《受理通知书》。\n"
          "申请事项:境内生产药品注册上市许可\n产品名称:盐酸东立片\n"
          "受理说明:根据《中华人民共和国行政许可法》第三十二条的规定,经审查,决定予以受理。\n受理号:CYHS2499***国。")
SHORT_NAME = ("东湖医药集团股份有限公司(以下简称“本公司”)控股附属公司珠海市东湖单抗生物技术有限公司(以下简称“东湖单抗”)"
              "开发的“重组抗人IL-23人源化单克隆抗体注射液”(以下简称“DH-019”或“本品”)的Ⅲ期临床试验达到主要研究终点。")
BARE_FORM = ("北岭高新:子公司注射液获FDA临床试验许可\n"
             "北岭高新公告,公司子公司北岭药业的BL-77注射液项目已获得美国食品药品监督管理局临床试验许可。")
SUBSIDIARY_WORD = "9月29日南峰药业公告,控股子公司南峰韦颗粒获伦理批件将启III期儿童临床试验,用于单纯性甲型流感。"


def test_a_form_label_is_no_company_and_a_subsidiarys_short_name_is_no_drug(summarizer):
    assert _fields(summarizer, LABELS, "labels")["company"].value == "东立制药股份有限公司"
    assert _fields(summarizer, SHORT_NAME, "short-name")["drug_name"].value in ("DH-019", "重组抗人IL-23人源化单克隆抗体注射液")
    assert _fields(summarizer, BARE_FORM, "bare-form")["drug_name"].value == "BL-77注射液"
    assert _fields(summarizer, SUBSIDIARY_WORD, "subsidiary-word")["drug_name"].value == "南峰韦颗粒"


# A deal whose counterparty is a company's plant ("…股份有限公司某某制药总厂"), and one whose partner the
# filing leaves anonymous: the core says what was signed and for which drug, not just "an agreement".
PLANT_PARTNER = ("近日,成都青禾药物开发股份有限公司(以下简称“公司”)与广州青山医药集团股份有限公司青山制药总厂"
                 "(以下简称“青山制药总厂”)签署了《合作开发合同书》,将QH030项目在中国大陆的全部权利转让给青山制药总厂。")
ANONYMOUS_PARTNER = ("南川药业股份有限公司关于签署技术转让合同的公告\n"
                     "公司拟与合作方签署《技术转让合同》,受让其注射用醋酸南川瑞林的全部技术及产品所有权。")
EN_DESCRIBED_PARTNER = ("Northvale Pharmaceuticals signed a licence agreement with biopharmaceutical company Westbrook Bio "
                        "for an exclusive worldwide licence to an antibody to treat acute myeloid leukemia.")


def test_a_deal_core_names_what_was_signed_and_with_whom(summarizer):
    plant = summarizer(PLANT_PARTNER, doc_id="plant-partner")
    fields = {f.name: f for f in plant.fields}
    assert fields["partner"].value == "广州青山医药集团股份有限公司青山制药总厂"
    assert "Qingshan Pharmaceutical General Factory" in plant.core_viewpoint.en and "QH030" in plant.core_viewpoint.en
    anonymous = summarizer(ANONYMOUS_PARTNER, doc_id="anonymous-partner")
    assert anonymous.doc_type == "licensing_deal"
    assert "技术转让合同" in anonymous.core_viewpoint.zh and "announced a licensing" not in anonymous.core_viewpoint.en
    described = {f.name: f.value for f in summarizer(EN_DESCRIBED_PARTNER, doc_id="en-partner").fields}
    assert described["partner"] == "Westbrook Bio"


# Wire copies: a byline above the lead, an officer's title before a name, a keyword line at the foot, a
# comparison ("相比注射剂"), a Latin drug name with spaces in a Hong Kong filing's quotes, a filer with its
# code between its name and 宣布.
BYLINE = ("By Jane Roe\nNorthvale Bio shares more than tripled after the company said the Food and Drug Administration "
          "granted orphan drug designation to NV-101 for glioblastoma.")
KEYWORD_LINE = ("11月1日,港股上市公司明川生物(01999.HK)宣布,公司子公司收到美国食品药品监督管理局的受理信,明川单抗的生物制品许可申请获受理。\n"
                "关键词: 明川生物 子公司 FDA受理信")
COMPARISON = "该药品属儿童专用药,通过雾化给药,起效更快,相比注射剂,儿童患者无需承受注射的疼痛。青禾生物公告QH-09吸入溶液完成首例受试者入组。"
LATIN_QUOTED = ("石川藥業(01999.HK)公布,附屬公司開發的「Mitoxantrone Hydrochloride Liposome注射液 (10ml:10mg)」,"
                "近日已獲得中國國家藥品監督管理局批准上市,用於治療復發或難治的外周T細胞淋巴瘤。")


def test_wire_furniture_is_no_company_and_a_comparison_is_no_drug(summarizer):
    byline = _fields(summarizer, BYLINE, "byline").get("company")
    assert byline is None or not byline.value.startswith("By ")
    assert _fields(summarizer, KEYWORD_LINE, "keyword-line")["company"].value == "明川生物"
    compared = _fields(summarizer, COMPARISON, "comparison").get("drug_name")
    assert compared is None or compared.value != "相比注射剂"
    latin = _fields(summarizer, LATIN_QUOTED, "latin-quoted")["drug_name"]
    assert latin.value == "Mitoxantrone Hydrochloride Liposome注射液"
    assert latin.value_en == "Mitoxantrone Hydrochloride Liposome Injection"


# Taiwan forms: "一期/二期" is Phase I/II; a phase the FDA approved years before (已於2016年5月…) or one the
# filer plans (預計…) is not the event's.
TW_PHASE_FORMS = ("青川指出,QC-902目前正在美國與台灣同步進行一期/二期臨床試驗,評估其安全性與初步療效。")
TW_EARLIER_AND_PLANNED = ("本公司QC-103新藥獲衛生福利部核准進行臨床試驗。\n"
                          "(5)將再進行之下一研發階段:已於2016年5月獲美國食品藥物管理局(FDA)核准進行人體臨床一/二期試驗。\n"
                          "A.預計完成時間:預計2027年可完成人體臨床一/二期試驗。")


def test_a_phase_pair_is_read_whole_and_earlier_or_planned_phases_are_not_the_events(summarizer):
    phase = _fields(summarizer, TW_PHASE_FORMS, "tw-phase-pair")["trial_phase"]
    assert (phase.value, phase.value_en) == ("一期/二期", "Phase I/II")
    assert "trial_phase" not in _fields(summarizer, TW_EARLIER_AND_PLANNED, "tw-earlier-planned")


# The CDE lists drugs it proposes for a designation for public comment before it grants it: the field
# says "proposed", never the designation as granted.
PROPOSED_DESIGNATION = ("消息面上,青川制药发布公告,附属公司自主研发的1类创新药甲磺酸青川替尼的新药上市申请被国家药品监督管理局药品审评中心"
                        "纳入拟优先审评品种公示名单。")


def test_a_proposed_designation_is_said_as_proposed(summarizer):
    designation = _fields(summarizer, PROPOSED_DESIGNATION, "proposed")["designation"]
    assert designation.value == "拟优先审评"
    assert designation.value_en == "Priority Review (proposed, under public notice)"
    summary = summarizer(PROPOSED_DESIGNATION, doc_id="proposed")
    assert "has granted" not in summary.core_viewpoint.en


def test_every_approval_number_of_a_list_is_kept_in_both_languages(summarizer):
    text = ("青川药业股份有限公司关于获得药品注册证书的公告\n近日,公司收到国家药品监督管理局核准签发的注射用盐酸青川他滨《药品注册证书》。\n"
            "批准文号:国药准字H20239905、H20239906")
    number = _fields(summarizer, text, "two-numbers")["approval_number"]
    assert number.value == "国药准字H20239905、H20239906"
    assert number.value_en == "NMPA Approval No. H20239905 and H20239906"


def test_an_anaphor_is_no_indication(summarizer):
    text = ("Northvale Pharmaceuticals has received approval from the U.S. Food and Drug Administration to market "
            "NORVIA for this debilitating disease, the first approved therapy for patients with it.")
    indication = _fields(summarizer, text, "anaphor").get("indication")
    assert indication is None or not indication.value.lower().startswith("this ")


# A news item names who received the letter ("X, a key player in the industry, received a Complete Response
# Letter"): that is the company the setback is stated for; a drug's code before "has received" is none.
RECEIVED = ("Westbrook Pharmaceuticals’ shares climbed 30% today. Northvale Pharma, a key player in the industry, received a "
            "Complete Response Letter (CRL) from the U.S. Food and Drug Administration (FDA) for its NDA for norvatide.")
CODE_RECEIVED = "NV-100 has received Orphan Drug Designation from the FDA, Northvale Therapeutics announced."


def test_who_received_the_letter_is_the_company_and_a_code_is_not(summarizer):
    summary = summarizer(RECEIVED, doc_id="received")
    assert {f.name: f.value for f in summary.fields}.get("company") == "Northvale Pharma"
    assert summary.core_viewpoint.en.startswith("Northvale Pharma")
    assert _fields(summarizer, CODE_RECEIVED, "code-received")["company"].value == "Northvale Therapeutics"


# A setback worded around its object ("暂停QX-004临床研究", "决定终止QT273项目", "推迟…上市申请批复"): the core says
# which kind of setback, not only "研发或审评受挫".
@pytest.mark.parametrize("sentence, english", [
    ("公司决定暂停QX-004临床研究开发。", "clinical trial suspended"),
    ("公司决定终止QT273项目的后续研发。", "development terminated"),
    ("FDA通知推迟QF-627上市申请批复。", "approval decision delayed"),
])
def test_a_setback_worded_around_its_object_is_named(summarizer, sentence, english):
    text = "青川药业股份有限公司关于研发项目进展的公告\n" + sentence
    summary = summarizer(text, doc_id="setback-kind")
    assert summary.doc_type == "setback"
    setback = {f.name: f for f in summary.fields}["setback"]
    assert setback.value_en == english
    assert english in summary.core_viewpoint.en


def test_a_deal_with_neither_partner_nor_kind_named_states_its_drug_and_upfront(summarizer):
    text = ("Northvale Pharmaceutical Group announced that it will receive an upfront payment of $14 million for the "
            "exclusive rights to develop and commercialize norvaciclib in Greater China, under an agreement announced today.")
    summary = summarizer(text, doc_id="deal-drug")
    assert summary.doc_type == "licensing_deal"
    assert "drug_name" in {f.name for f in summary.fields}
    assert "norvaciclib" in summary.core_viewpoint.en


def test_an_accepted_application_with_no_drug_named_says_what_it_is_for(summarizer):
    text = ("Northvale Biosciences, Inc. announced today that the U.S. Food and Drug Administration (FDA) has accepted its "
            "New Drug Application for the treatment of tardive dyskinesia. The FDA has assigned a PDUFA date of April 11, 2027.")
    summary = summarizer(text, doc_id="nda-no-drug")
    assert summary.doc_type == "nda_acceptance"
    assert "tardive dyskinesia" in summary.core_viewpoint.en and "April 11, 2027" in summary.core_viewpoint.en


def test_a_partial_clinical_hold_is_said_as_partial_in_both_languages(summarizer):
    text = ("Northvale Pharmaceuticals (NVLX) said Thursday the US Food and Drug Administration has placed a trial "
            "evaluating norvastat in adult patients with myelodysplastic syndromes on partial clinical hold.")
    summary = summarizer(text, doc_id="partial-hold")
    assert summary.doc_type == "setback"
    assert "partial clinical hold" in summary.core_viewpoint.en and "部分临床暂停" in summary.core_viewpoint.zh


# Read off real summaries at the end of the session: a study's protocol number stated as the drug, and a
# filer's role glued before its name.
PROTOCOL_NUMBER = ("本公司董事会高兴地公佈针对青川妥珠单抗治疗转移性三阴性乳腺癌的2b期QING-132-001研究达到其总体缓解率的主要终点。"
                   "QING-132-001是一项单臂、多中心的2b期注册研究,在中国招募80名患者。")
JOINT_VENTURE = ("Northvale Therapeutics (OTCQB: NVTX) announced that its joint venture, Sapo Nano, has received approval "
                 "from Australia's Human Research Ethics Committee to begin a Phase 1 trial of Sapo003. "
                 "# NewsBreaks – Northvale Joint Venture Sapo Nano Receives Approval to Begin Phase 1 Trial")


def test_a_protocol_number_is_no_drug_and_a_role_is_no_part_of_a_name(summarizer):
    drug = _fields(summarizer, PROTOCOL_NUMBER, "protocol").get("drug_name")
    assert drug is None or drug.value != "QING-132-001"
    company = _fields(summarizer, JOINT_VENTURE, "joint-venture").get("company")
    assert company is None or not company.value.startswith("Joint Venture")


# An English designation release that names the phase the drug will enter next: a plan, not the event's
# trial (before, "Phase 1" was shown as the trial phase of a designation).
PLANNED_PHASE_EN = """Corvane Bio Receives FDA Orphan Drug Designation for CVB-310 in Sarcoma

Corvane Bio, Inc. today announced that the U.S. Food and Drug Administration has granted Orphan Drug Designation to CVB-310 for the treatment of soft tissue sarcoma. CVB-310, which received IND clearance in May, will enter a Phase 1 trial evaluating safety in sarcoma later this year."""


def test_an_english_phase_the_drug_will_enter_is_not_the_events(summarizer):
    fields = _fields(summarizer, PLANNED_PHASE_EN, "planned-phase-en")
    assert fields["designation"].value == "Orphan Drug Designation"
    assert "trial_phase" not in fields
    # nor the phase of a trial under way: a designation's trial is its background, never a field of it
    ongoing = PLANNED_PHASE_EN.replace("will enter a Phase 1 trial", "is in a Phase 1 trial")
    assert "trial_phase" not in _fields(summarizer, ongoing, "ongoing-phase-en")


# A supplementary application for a new indication that recalls the indications approved before: those
# are not the event's ("获批上市的适应症为…" was shown as the indication of the new application).
RECALLED_INDICATIONS = (
    "江屿生物:关于控股子公司药品新增适应症上市申请获受理的公告\n"
    "近日,江屿生物股份有限公司控股子公司研制的江屿单抗注射液新增干燥综合征适应症的补充申请获国家药品监督管理局受理。\n"
    "该新药于2023年6月已获批于中国境内上市,获批上市的适应症为银屑病、强直性脊柱炎。\n"
    "本次补充申请的拟定适应症为:原发性干燥综合征。")


def test_indications_approved_before_are_not_the_new_applications(summarizer):
    fields = _fields(summarizer, RECALLED_INDICATIONS, "recalled-indications")
    assert fields["indication"].value == "原发性干燥综合征"  # and no leading colon
    shown = summarizer(RECALLED_INDICATIONS, doc_id="recalled-indications").to_text("zh")
    assert "适应症：银屑病" not in shown


# A news item on one company's application that also tells of a rival's product and its indication: the
# indication shown is the filing's drug's, not the rival's (before, the rival's "肢体溃疡" was shown).
RIVALS_INDICATION = (
    "江屿医药子公司新药上市申请获受理\n"
    "江屿医药公告称,子公司的新药江屿基因注射液上市申请获国家药品监督管理局受理。\n"
    "除了江屿医药外,2024年7月,北城生物宣布其北城明基注射液上市申请获受理,适应症为严重下肢缺血导致的肢体溃疡。\n"
    "根据公告,江屿基因注射液适用于治疗严重下肢缺血导致的肢体静息痛。")


def test_an_indication_told_of_a_rivals_product_is_not_the_filings(summarizer):
    fields = _fields(summarizer, RIVALS_INDICATION, "rivals-indication")
    assert fields["drug_name"].value == "江屿基因注射液"
    assert fields["indication"].value == "严重下肢缺血导致的肢体静息痛"


def test_a_territory_keeps_its_exclusion_in_both_languages(summarizer):
    text = ("青川医药公告,控股子公司与英国Northvale Bio签署《许可协议》,将QC-6837于全球范围(除中国境内及港澳台地区)的开发、"
            "生产及商业化权利授予Northvale,青川医药将保留QC-6837在中国境内及港澳台地区的开发权利。")
    territory = _fields(summarizer, text, "territory-exclusion")["territory"]
    assert territory.value == "全球范围(除中国境内及港澳台地区)"
    assert territory.value_en == "worldwide, excluding mainland China and Hong Kong, Macao and Taiwan"


def test_a_designation_named_in_a_headline_as_to_be_included_is_shown_as_proposed(summarizer):
    text = ("自愿性公告 - 青川医药QC1351拟被纳入突破性治疗品种\n\n"
            "青川医药欣然宣布,公司的1类新药QC1351片获国家药品监督管理局药品审评中心公示,被纳入「拟突破性治疗品种」公示名单。")
    summary = summarizer(text, doc_id="proposed-bt")
    assert next(f for f in summary.fields if f.name == "designation").value == "拟突破性治疗品种"
    shown = summary.to_text("en")
    assert "(proposed, under public notice)" in shown and "has received Breakthrough" not in shown


def test_a_phase_run_elsewhere_before_is_not_the_approved_trials(summarizer):
    text = ("青峰医药新研发的抗病毒新药青韦,获大陆核准以1.1类新药进行临床试验。\n"
            "青峰已在美国和台湾进行青韦二期临床,并于去年申请进行中国大陆临床试验。")
    assert "trial_phase" not in _fields(summarizer, text, "phase-elsewhere")


def test_a_products_sale_is_no_indication(summarizer):
    text = ("青光生物科技股份有限公司公告取得卫生福利部核发之四价流感疫苗药证。\n"
            "本药证核准后,可用于成人之四价流感疫苗的销售。")
    assert "indication" not in _fields(summarizer, text, "sale")


def test_a_chronologys_month_dated_phase_is_not_the_events_and_a_drug_loses_its_copula(summarizer):
    accepted = ("青川药业股份有限公司关于利拉青肽注射液上市许可申请获得受理的公告\n"
                "近日,公司收到国家药品监督管理局签发的利拉青肽注射液上市许可申请《受理通知书》。\n"
                "2018年9月,公司获得利拉青肽注射液药物临床试验批件;2020年7月获得Ⅰ期临床试验总结报告;2021年10月完成全部入组。")
    assert "trial_phase" not in _fields(summarizer, accepted, "chronology")
    approved = ("青川科(002999)5月18日晚公告称,公司全资子公司于近日收到国家药品监督管理局下发的《药品注册证书》。\n"
                "此次获得《药品注册证书》的药品为利丙青卡因乳膏,是利多卡因和丙胺卡因的复合制剂。")
    assert _fields(summarizer, approved, "copula")["drug_name"].value == "利丙青卡因乳膏"


@pytest.mark.parametrize("text", [
    "此次补充申请是基于COMPASSION-15/QC104-302(NCT05008783),一项随机、双盲、多中心的III期临床试验。",
    "此次补充申请是基于QC104-302研究,一项随机、双盲、多中心的III期临床试验。",
    "该药显著降低了全人群的死亡风险(OSHR0.62(95%CI:0.50–0.78))。",
    "公司近日完成了一线治疗晚期非小细胞肺癌的全球多中心III期临床试验(悟空28,WU-KONG28)的患者入组。",
    "该研究入组携带EGFRExon20ins突变的晚期非小细胞肺癌患者。",
], ids=["trial-acronym", "protocol-number", "statistic", "hyphenated-trial-acronym", "biomarker-mutation"])
def test_a_trials_name_its_protocol_number_or_a_statistic_is_no_drug(summarizer, text):
    head = "青川生物公告,公司新药的新适应症上市申请的状态更新为制证完毕待发批件。\n"
    assert "drug_name" not in _fields(summarizer, head + text, "no-drug")


def test_a_conditional_approval_recalled_from_another_year_is_not_this_approvals_kind(summarizer):
    text = ("青叶制药(02186.HK)公布,集团的创新药青必佳(注射用芦青替定)已获得中国国家药品监督管理局的上市批准。\n"
            "该产品于2020年获得美国食品药品监督管理局(“FDA”)的附条件批准。")
    assert "tentative" not in _fields(summarizer, text, "recalled-conditional")


def test_the_patients_an_approved_trial_is_run_in_outrank_the_drugs_general_use(summarizer):
    text = ("青川医药公告,控股子公司收到国家药品监督管理局关于同意其对晚期肝细胞癌患者进行Ⅱ期临床研究的批准。\n"
            "该新药为集团自主研发的创新型小分子化学药物,拟主要用于白血病、实体瘤治疗等。")
    assert _fields(summarizer, text, "trial-patients")["indication"].value == "晚期肝细胞癌"


def test_a_strength_list_on_a_basis_keeps_its_commas_in_english(summarizer):
    # "按…计0.5mg、1.0mg" (no comma after the basis): the list's 、 is a comma, never dropped (which glued
    # "5mg1" into a code the check could not find)
    text = ("青川制药:关于通过仿制药一致性评价的公告\n近日,青川制药股份有限公司收到国家药品监督管理局核准签发的青川韦片"
            "《药品补充申请批准通知书》,该药品通过仿制药质量和疗效一致性评价。\n药品名称:青川韦片\n剂型:片剂\n"
            "规格:按C10H12N4O3计0.5mg、1.0mg\n")
    summary = summarizer(text, doc_id="strengths")
    found = {f.name: f.value_en for f in summary.fields}
    assert found["specification"] == "0.5mg, 1.0mg (as C10H12N4O3)"
    assert not summary.violations


def test_an_age_range_does_not_start_an_indication(summarizer):
    # "用于治疗2岁至〈18岁…儿童患者": the whole range goes, not its first age only ("至〈18岁…")
    text = ("青川制药:关于药品获得批准的公告\n近日,青川制药股份有限公司收到国家药品监督管理局核准签发的青川韦颗粒《药品注册证书》。"
            "该药品适用于治疗2岁至〈18岁慢性乙型肝炎的儿童患者。\n")
    found = _fields(summarizer, text, "ages").get("indication")
    assert found is None or not found.value.startswith(("至", "〈", "<"))


def test_a_bracketed_basis_reads_as_in_english(summarizer):
    # "200mg(按 C9H12N2 计)": "(as C9H12N2)", not the characters romanised ("An … Ji")
    text = ("青川制药:关于药品获得批准的公告\n近日,青川制药股份有限公司收到国家药品监督管理局核准签发的盐酸青川定氯化钠注射液"
            "《药品注册证书》。\n药品名称:盐酸青川定氯化钠注射液\n剂型:注射剂\n规格:50ml:200mg(按 C9H12N2 计)、100ml:400mg(按 C9H12N2 计)\n")
    found = {f.name: f.value_en for f in summarizer(text, doc_id="basis").fields}
    assert found["specification"] == "50ml:200 mg (as C9H12N2), 100ml:400 mg (as C9H12N2)"


@pytest.mark.parametrize("text, company", [
    # a news brief's short name and code, then "5月18日晚公告称" (晚, not 晚间)
    ("(资料图) 讯(记者 某某)青川药业(002999)5月18日晚公告称,公司全资子公司收到国家药品监督管理局下发的《药品注册证书》。",
     "青川药业"),
    # a wire copy: the short name after a sentence's full stop, then 公布
    ("《異動股》青川藥業低開15%  《經濟通通訊社13日專訊》青川藥業-B(09999)低開。 青川藥業公布,美國藥監局暫停其臨床試驗。",
     "青川藥業"),
    # "X表示其…": the company speaking of its own drug
    ("一线治疗胃癌!青川生物某某单抗获FDA突破性疗法认定  8月11日,青川生物表示其某某单抗获得FDA突破性疗法认定。", "青川生物"),
], ids=["evening-notice", "wire-announced", "says-its"])
def test_short_names_in_news_briefs_are_the_filer(summarizer, text, company):
    assert _fields(summarizer, text, "brief")["company"].value == company


def test_a_person_who_speaks_is_not_the_company(summarizer):
    text = ("医药板块午后走强  记者联系相关公司,有关人士表示其产品线进展顺利,青川药业(002999)股价上涨。")
    found = _fields(summarizer, text, "speaker").get("company")
    assert found is None or found.value != "有关人士"


# ------------------------------------------------------------------ eleventh batch (2026-11-28)
@pytest.mark.parametrize("text, company", [
    ("今日精选:青川药业:抗病毒创新药青川韦新药上市申请获国家药监局受理\n\n(资料图片)\n\n", "青川药业"),
    ("青川疫苗获越南藥證\n青川疫苗今天表示,旗下青川腸病毒疫苗自2023年上市以來,迄今接種逾百萬劑。", "青川疫苗"),
], ids=["column-tag", "today-says"])
def test_a_column_tag_and_a_day_word_are_no_part_of_the_filer(summarizer, text, company):
    assert _fields(summarizer, text, "b11-co")["company"].value == company


@pytest.mark.parametrize("text, wrong", [
    ("The U.S. Food and Drug Administration (FDA) has announced that Northvale Therapeutics may begin its Phase 1 "
     "trial of NV-10 in advanced solid tumors.", "Drug Administration"),
    ("随着新版国家医保药品目录的发布,上市公司也主动宣布好消息。据统计,多家公司的品种纳入目录。", "也主动"),
], ids=["regulator-fragment", "adverb"])
def test_a_regulators_tail_and_an_adverb_are_no_company(summarizer, text, wrong):
    found = _fields(summarizer, text, "b11-noco").get("company")
    assert found is None or found.value != wrong


def test_an_adult_population_and_a_receptor_are_no_part_of_the_indication(summarizer):
    text = ("青川药业:关于新药上市申请获得受理的公告\n近日,公司青川韦片的上市申请获国家药品监督管理局受理,"
            "用于治疗轻至中度新型冠状病毒感染(COVID-19)成年患者。")
    assert _fields(summarizer, text, "adults")["indication"].value == "轻至中度新型冠状病毒感染(COVID-19)"
    text = ("青川药业:关于自愿披露临床试验进展的公告\n公司自主研发的 QC568 片用于治疗雌激素受体(Estrogen Receptor, ER)阳性的"
            "晚期乳腺癌的II期临床试验完成首例受试者入组。")
    found = _fields(summarizer, text, "receptor").get("indication")
    assert found is None or not found.value.endswith("受体")


@pytest.mark.parametrize("text, wrong", [
    ("青川藥業註銷藥品生產許可證\n青川藥業公布,其附屬公司在生產範圍為中藥飲片的許可證已註銷。\n"
     "【某某11月限時優惠!】 憑獨家優惠碼【QCN2511】,購物滿$500即送禮品", ("在生產範圍為中藥飲片", "QCN2511")),
    ("Northvale (NYSE:NVL) announces a successful Phase 3 trial evaluating norlipressin in adults with hepatorenal "
     "syndrome type 1 (HRS-1).\nThe study met the primary endpoint of verified HRS-1 reversal.", ("HRS-1",)),
], ids=["preposition-and-promo-code", "disease-abbreviation"])
def test_a_clause_a_promo_code_and_a_diseases_abbreviation_are_no_drug(summarizer, text, wrong):
    found = _fields(summarizer, text, "b11-nodrug").get("drug_name")
    assert found is None or found.value not in wrong


def test_a_macao_acceptance_names_its_regulator_and_a_marked_brand_in_both_languages(summarizer):
    text = ("Northvale Medicines Announces New Drug Application Acceptance by the Pharmaceutical Administration Bureau of "
            "Macao for Nefrovel® for the Treatment of Primary IgA Nephropathy\n"
            "Northvale Medicines announced today that the Pharmaceutical Administration Bureau of the Macao Special "
            "Administrative Region, China has accepted its New Drug Application (NDA) for Nefrovel® for the treatment of "
            "primary immunoglobulin A nephropathy (IgAN) in adults at risk of disease progression.")
    found = {f.name: f for f in summarizer(text, doc_id="macao").fields}
    assert found["drug_name"].value == "Nefrovel®"
    assert found["regulator"].value_zh == "澳门特别行政区药物监督管理局"
    assert found["indication"].value_zh == "原发性免疫球蛋白A肾病"


def test_a_notice_sites_breadcrumb_and_pdf_link_are_furniture(summarizer):
    text = ("联系客服\n\n首页 公告 青川药业:关于ZQ1601片临床试验初步结果的公告\n\n"
            "青川药业:关于ZQ1601片临床试验初步结果的公告 PDF查看PDF原文\n\n"
            "证券代码:002999 证券简称:青川药业 公告编号:2021-001\n\n"
            "青川药业股份有限公司控股子公司的ZQ1601片Ib/IIa期临床试验获得安全性、有效性数据的初步结果。\n")
    summary = summarizer(text, doc_id="crumbs")
    shown = _shown(summary, "zh")
    assert not any("查看PDF原文" in t or t.startswith("首页 公告") for t in shown), shown


def test_a_mops_deal_notice_names_its_filer_from_the_header_not_the_counterparty(summarizer):
    text = ("本資料由  (興櫃公司) 6999 青川 公司提供\n序號 2 發言日期 112/04/10\n主旨 公告簽訂戒菸輔助劑QC-032台灣地區製造暨銷售授權合約\n"
            "說明\n1.事實發生日:112/04/10\n2.契約或承諾相對人:東嶺生技醫藥股份有限公司\n3.與公司關係:無\n"
            "5.主要內容(解除者不適用):\n本公司於112年4月10日與東嶺生技醫藥股份有限公司(以下簡稱東嶺)簽訂青川所開發戒\n"
            "菸輔助劑QC-032於台灣地區之製造暨銷售授權合約;東嶺取得QC-032於台灣的獨家專屬授權。\n")
    summary = summarizer(text, doc_id="mops-deal")
    found = {f.name: f.value for f in summary.fields}
    assert found.get("company") == "青川" and found.get("partner") == "東嶺生技醫藥股份有限公司"
    # never "X signed with X"
    assert summary.core_viewpoint.zh.count("東嶺生技醫藥股份有限公司") <= 1


@pytest.mark.parametrize("zh, en", [
    ("睾固酮", "testosterone"),  # Taiwan's name for 睾酮
    ("肠病毒71型疫苗", "enterovirus 71 vaccine"),
])
def test_taiwan_and_vaccine_terms_are_translated(zh, en):
    from summarizer.stages.translate import GlossaryTranslator, render_value
    assert render_value(GlossaryTranslator(), zh, "term") == (en, "glossary")


def test_a_filer_is_never_its_own_counterparty(summarizer):
    # the filer unnamed: the clause "…权益许可给某某有限公司" ends in the partner's name and is no filer
    text = ("关于签署独家许可协议的公告\n近日,公司与东岭医药有限公司签署《独家许可协议》,将QC-12注射液在中国大陆的独家商业化权益"
            "许可给东岭医药有限公司,首付款为5000万元。\n")
    summary = summarizer(text, doc_id="counterparty")
    found = {f.name: f.value for f in summary.fields}
    assert found.get("partner") == "东岭医药有限公司"
    assert "company" not in found or not found["company"].endswith("东岭医药有限公司")
    assert summary.core_viewpoint.zh.count("东岭医药有限公司") == 1


@pytest.mark.parametrize("furniture", [
    "24小时滚动播报最新的财经资讯和视频,更多粉丝福利扫描二维码关注(某某财经)",
    "(編輯:某某某)1150317 - 青川疫苗獲越南藥證 2026/03/03 15:28請繼續下滑閱讀",
    "資訊連結網址:https://goo.gl/abcdef",
    "8.其他重要約定事項(解除者不適用):依合約規定。",
    "現在送您60元福利紅包,直接提現不套路~~~快來參與活動吧!",
    "對本公司發行證券申請予以註冊,不表明中國證監會對該證券的投資價值作出實質性判斷或者保證。",
])
def test_wire_and_form_furniture_is_no_item(summarizer, furniture):
    text = ("標題:青川 公告本公司新藥QC178通過FDA人體臨床試驗審查\n日期:2018-06-28\n說明:\n1.事實發生日:107/06/28\n"
            "2.公司名稱:青川股份有限公司\n3.與公司關係(請輸入本公司或子公司):本公司\n"
            "5.發生緣由:本公司研發之QC178通過美國食品藥物管理局(FDA)人體臨床試驗審查(IND),得開始進行兒科肉瘤人體臨床試驗。\n"
            "7.其他應敘明事項:\n二、用途:本公司開發新配方藥物用以抗癌,本次審查以橫紋肌肉瘤罕見兒科疾病為收案病症。\n" + furniture + "\n")
    summary = summarizer(text, doc_id="furniture")
    shown = _shown(summary, "zh")
    assert not any(furniture[:12] in t for t in shown), shown


def test_a_blogs_comment_note_is_no_item(summarizer):
    text = ("Northvale (NYSE:NVL) announces a successful Phase 3 trial of norlipressin in hepatorenal syndrome.\n"
            "The study met the primary endpoint.\nNote: Only a member of this blog may post a comment.\n"
            "Investors looking for more of the latest stock market news and analysis can visit our newsroom.\n")
    summary = summarizer(text, doc_id="blog")
    shown = _shown(summary, "en")
    assert not any("post a comment" in t or "latest stock market news" in t for t in shown), shown


def test_an_unblinding_that_met_its_endpoints_is_the_result(summarizer):
    text = ("青川疫苗臨床三期解盲達標 明年供貨10萬劑\n青川生技 (4999-TW) 今 (2) 日宣布,青川腸病毒疫苗 (QC-A71) 臨床三期療效"
            "解盲順利且達標,保護力達 99.21%。")
    found = _fields(summarizer, text, "unblinded")
    assert found["milestone"].value_en == "endpoints met at unblinding"
    text = "青川生技宣布,青川疫苗臨床三期解盲未達標,公司將檢討後續開發。"
    found = _fields(summarizer, text, "unblinded-missed").get("milestone")
    assert found is None or "未" in found.value or found.value_en != "endpoints met at unblinding"


@pytest.mark.parametrize("text, name, value", [
    ("Northvale Bioscience – First patient included in NV350 Phase IIb clinical trial\nNorthvale Bioscience has met a "
     "key milestone. The first patient has been included in the clinical trial in mild-to-moderate psoriasis in the UK.",
     "milestone", "first patient has been included"),
    ("TOKYO (Wire) - Eastbay Pharmaceutical Co., Ltd and Westbay Industries, Ltd. announced an exclusive license "
     "agreement covering Japan for westanezumab. Eastbay is to pay Westbay a lump-sum payment of $50 million.",
     "upfront", "$50 million"),
    ("Northvale Pharmaceuticals said the U.S. Food and Drug Administration granted orphan drug designation to NV-1849A, "
     "designated as an orphan drug to treat polycythemia vera, a rare form of blood cancer.", "indication", "polycythemia vera"),
], ids=["first-patient-included", "lump-sum", "orphan-to-treat"])
def test_english_release_shapes_of_the_eleventh_batch(summarizer, text, name, value):
    assert _fields(summarizer, text, "b11-en")[name].value == value


def test_an_orphan_drugs_tax_credits_are_not_a_tender_win_in_chinese(summarizer):
    text = ("Northvale Pharmaceuticals said the FDA granted orphan drug designation to NV-1849A for polycythemia vera.\n"
            "Therapies receiving the designation are eligible for selected tax credits and exemption from certain fees.")
    assert "中选" not in summarizer(text, doc_id="tax").to_text("zh")


def test_a_clause_on_the_patients_is_cut_from_an_english_indication(summarizer):
    text = ("Northvale Therapeutics said the FDA cleared its IND for NV-20 for the treatment of advanced solid tumors where "
            "currently approved therapies have failed.")
    assert _fields(summarizer, text, "where")["indication"].value == "advanced solid tumors"


@pytest.mark.parametrize("text, bad", [
    # a time word after a short name ("生华科去年…"), a verb or a subsidiary's marker before it
    ("青梧科去年12月29日公告，自主研发的新药QW-1将与某某单抗联合使用进行临床1b试验。", "去年"),
    ("某某财经APP讯,青梧医药(03999)发布公告,该公司附属青梧制药(000998.SZ)预期2025年归属于股东的净利润预计约人民币2.1亿元。", "附属"),
])
def test_a_company_name_carries_no_time_word_or_subsidiary_marker(summarizer, text, bad):
    company = _fields(summarizer, text, "company-words").get("company")
    assert company is None or bad not in company.value, company


@pytest.mark.parametrize("text, partner", [
    # the licensee named by its role
    ("青梧生物：关于签订许可协议的公告\n青梧生物及其关联方共同授予被许可方西岸制药公司(Westbay Inc.)(以下简称“西岸”)在许可区域内开发QW-707的独家许可。"
     "公司将获得首付款12.5亿美元。", "西岸制药公司"),
    # a foreign company introduced after 与, with what it is before its name and its short name after
    ("青梧医药：关于签订许可协议的公告\n青梧医药产业与专注于研发炎症疾病创新药物的英国生物技术企业Eastly Bio Ltd(“Eastly”)达成《许可协议》，"
     "将向Eastly授予QW-37在全球的独家开发权利。", "Eastly Bio Ltd"),
    ("青梧藥業公告，本公司董事會決議授權總經理與Westbay Therapeutics, Inc.\n(以下簡稱Westbay)簽署授權合約，授權QW-2於美國之開發及銷售權利。",
     "Westbay Therapeutics, Inc."),
], ids=["licensee-role", "introduced-foreign", "introduced-wrapped"])
def test_a_deals_partner_is_read_where_the_filing_introduces_it(summarizer, text, partner):
    summary = summarizer(text, doc_id="partner")
    assert summary.doc_type == "licensing_deal"
    assert summary.get_field("partner").value == partner


# A trial's step (milestone) and its enrolment as filings write them, shown in both languages: Taiwan's 收案
# is enrolment; a trial approval's planned enrolment is a fact of the approved trial.
@pytest.mark.parametrize("text, name, value, english", [
    ("青梧生技公告，QW-5新藥二期臨床試驗已於美國完成第一位病人收案。", "milestone", "完成第一位病人收案", "first patient enrolled"),
    ("青梧医药公告，公司QW-7片II期临床试验完成首例受试者入组和给药。", "milestone", "完成首例受试者入组和给药",
     "first subject enrolled and dosed"),
    ("青梧医药公告，公司QW-8注射液正式进入Ⅰ期临床试验。", "milestone", "正式进入Ⅰ期临床试验", "entered the Phase I clinical trial"),
    ("青梧生技公告，QW-1新藥三期臨床試驗已完成收案218人，預計明年解盲。", "enrollment", "218人", "218 participants"),
    ("青梧生技公告，QW-2新藥一期臨牀試驗已啓動，14位受試者收案完成。", "enrollment", "14位", "14 participants"),
    ("青梧生技公告，QW-3新藥獲美國FDA核准執行二期臨床試驗，試驗預計納入300位中度至重度患者。", "enrollment", "300位",
     "300 participants"),
], ids=["taiwan-first-enrolled", "first-enrolled-and-dosed", "entered-phase", "completed-enrolment", "enrolment-done",
        "trial-approval"])
def test_a_trials_step_and_enrolment_are_read_in_both_languages(summarizer, text, name, value, english):
    field = summarizer(text, doc_id=name).get_field(name)
    assert (field.value, field.value_en) == (value, english)


@pytest.mark.parametrize("text", [
    "青梧生物公告，QW-2一期临床试验已启动。",
    "青梧生物公告，QW-2的I期临床研究已正式开始。",
    "青梧生技公告，QW-2新藥一期臨牀試驗收案已完成。",
], ids=["trial-then-started", "trial-then-begun", "enrolment-then-done"])
def test_a_trial_named_before_its_start_is_progress(summarizer, text):
    assert summarizer(text, doc_id="started").doc_type == "trial_progress"


# From the twelfth batch's training filings (texts invented here in the same shapes).
DEAL_EXCLUSION = ("青梧国健宣布,公司及关联方共同授予西岸PD-1/VEGF双特异性抗体QW-707在全球(不包括中国大陆)的独家开发、生产、商业化权利。"
                  "根据协议,西岸将支付12.5 亿美元不可退还且不可抵扣的首付款,最高可达48亿美元的里程碑付款。")


def test_a_worldwide_grant_keeps_its_exclusion_and_a_wrapped_upfront_is_read(summarizer):
    fields = _fields(summarizer, DEAL_EXCLUSION, "exclusion")
    assert (fields["territory"].value, fields["territory"].value_en) == ("全球(不包括中国大陆)", "worldwide (excluding mainland China)")
    assert (fields["upfront"].value, fields["upfront"].value_en) == ("12.5 亿美元", "US$1.25 billion")


@pytest.mark.parametrize("text, name, bad", [
    # a time word is no company; a company's list of its fields is no indication
    ("青梧生物是一家致力于研发用于治疗肿瘤、自身免疫疾病等重大疾病的创新药物的生物制药公司。今天宣布:在年会上以口头报告形式公布QW-3治疗复发或难治性"
     "结外NK/T细胞淋巴瘤的II期研究结果。", "company", "今天"),
    ("今天,青梧生物宣布QW-3在复发或难治性结外NK/T细胞淋巴瘤患者中的II期研究数据在年会上公布。青梧生物致力于开发用于治疗肿瘤、自身免疫疾病等重大疾病的药物。",
     "indication", "等重大疾病"),
    # a particle a sentence leaves before a drug; a company's road is no disease
    ("青梧药业研发受挫\n近日,公司称停止了青梧西普眼用注射液全球多中心临床试验。", "drug_name", "了"),
    ("青梧药业宣布停止了青梧西普眼用注射液全球多中心临床试验，此举用于治疗主力产品青梧西普的“国际化”之路。", "indication", "之路"),
    # a share plan is no disease
    ("青梧藏药公告，公司已回购5.27万股，回购股份将用于股权激励或员工持股计划。", "indication", "激励"),
], ids=["time-word-company", "class-of-diseases", "particle-drug", "road-indication", "share-plan"])
def test_what_a_field_is_not(summarizer, text, name, bad):
    field = _fields(summarizer, text, "not").get(name)
    assert field is None or not field.value.startswith(bad) and bad not in field.value, field


# A notice headed by the start of a Phase III trial that an interim result of the Phase II trial led to: the start
# is its news and Phase III its phase (it was read as the Phase II trial's results).
PHASE3_START = ("青梧制药:关于自愿披露启动盐酸青梧替尼片治疗中、重度特应性皮炎III期临床试验的公告\n"
                "青梧生物制药股份有限公司根据盐酸青梧替尼片治疗中、重度特应性皮炎的 II 期临床试验期中分析结果,向国家药品监督管理局"
                "药品审评中心递交了III期临床研究方案并获得同意。公司已于近日启动盐酸青梧替尼片治疗中、重度特应性皮炎 III 期临床试验。")
# A designation notice that recalls the drug's first approved indication in quotes: not the event's.
RECALLED_QUOTED = ("青梧生物:关于青梧派格注射液拟纳入优先审评程序的公告\n近日,国家药品监督管理局药品审评中心网站公示,公司青梧派格注射液"
                   "用于临床治愈成人慢性乙型肝炎的上市申请拟纳入优先审评程序。青梧派格于2016年10月获批上市,获批适应症为“用于治疗慢性丙型肝炎成年患者”。")


def test_a_started_trial_is_the_news_and_a_recalled_indication_is_not(summarizer):
    summary = summarizer(PHASE3_START, doc_id="phase3-start")
    assert summary.doc_type == "trial_progress"
    assert summary.get_field("trial_phase").value_en == "Phase III"
    indication = _fields(summarizer, RECALLED_QUOTED, "recalled-quoted").get("indication")
    assert indication is None or "丙型" not in indication.value, indication


# A Taiwan MOPS notice as a reprint site copies it: the form's numbered items run together on one line
# ("1.事實發生日:…2.公司名稱:…5.發生緣由:一、…"), so the news sat in one block with the form's header and was
# read as boilerplate; the drug is a letter and three digits, once rejected as a newspaper's page.
MOPS_GLUED = ("首頁 » 新聞特區 »\n未上市新聞\n"
              "公告本公司開發中新藥K417獲美國FDA審查通知授予孤兒藥\n"
              "公告本公司開發中新藥K417獲美國FDA審查通知授予孤兒藥 資格認定 1.事實發生日:113/05/202.公司名稱:東嶺藥品科技股份有限公司"
              "3.與公司關係(請輸入本公司或子公司):本公司4.相互持股比例:不適用5.發生緣由:一、本公司於113年5月20日(台灣時間)接獲"
              "美國食品藥物管理局(FDA)來函通知, 開發中新藥K417,獲得美國FDA授予孤兒藥資格,用於治療特發性肺纖維化。"
              "6.因應措施:無7.其他應敘明事項:一、研發新藥名稱或代號:K417二、用途:開發用於治療特發性肺纖維化\n")

# The same form for a marketing application submitted in mainland China ("提交上市註冊申請"), the drug
# named in the form's glued item with its English name after a slash.
MOPS_FILING = ("| 東嶺生技:代子公司東嶺醫藥研發(蘇州)有限公司公告鹽酸嶺平 注射液(即本公 |\n"
               "4.相互持股比例:不適用5.發生緣由:子公司東嶺醫藥研發(蘇州)有限公司為藥證申請人向中國大陸國家藥品監督管理局"
               "藥品審評中心提交上市註冊申請。6.因應措施:無7.其他應敘明事項:一、研發新藥名稱或代號:鹽酸嶺平注射液/"
               "lingping hydrochloride injection(台灣藥品名稱: 嶺平注射液/lingpin)。二、用途:用於治療硒缺乏症。\n")


def test_a_taiwan_form_run_into_one_line_keeps_its_news_out_of_the_header(summarizer):
    summary = summarizer(MOPS_GLUED, doc_id="mops-glued")
    assert summary.doc_type == "regulatory_designation"
    fields = {f.name: f.value for f in summary.fields}
    assert fields.get("drug_name") == "K417"
    assert fields.get("indication") == "特發性肺纖維化"
    assert "K417" in summary.core_viewpoint.zh and "K417" in summary.core_viewpoint.en


def test_a_submitted_marketing_registration_is_an_acceptance_type_with_the_forms_drug(summarizer):
    summary = summarizer(MOPS_FILING, doc_id="mops-filing")
    assert summary.doc_type == "nda_acceptance"
    assert {f.name: f.value for f in summary.fields}.get("drug_name") == "鹽酸嶺平注射液"


def test_a_newspapers_page_is_no_drug_code_but_a_letter_and_digits_in_a_sentence_is(summarizer):
    page = ("2024年3月5日 星期二 B12版\n东岭药业股份有限公司关于获得药物临床试验批准通知书的公告\n"
            "近日，东岭药业股份有限公司收到国家药品监督管理局核准签发的《药物临床试验批准通知书》，同意B12版面所载产品以外的"
            "新药开展临床试验。\n")
    assert "drug_name" not in _fields(summarizer, page, "page")
    code = ("东岭药业股份有限公司关于获得药物临床试验批准通知书的公告\n"
            "近日，公司收到国家药品监督管理局核准签发的新药B023的《药物临床试验批准通知书》，同意本品开展临床试验。\n")
    assert _fields(summarizer, code, "code")["drug_name"].value == "B023"


def test_a_submitted_application_is_never_said_to_be_accepted(summarizer):
    submitted = summarizer(MOPS_FILING, doc_id="submitted")
    assert submitted.doc_type == "nda_acceptance"
    core = submitted.core_viewpoint
    assert "受理" not in (core.zh or "") and "accepted" not in (core.en or "")
    assert "提交上市註冊申請" in (core.zh or "")  # the submission itself is the news
    # the same notice where the regulator accepted the application: the acceptance is stated
    accepted = summarizer(MOPS_FILING.replace("提交上市註冊申請。", "提交上市註冊申請,並於今日獲正式受理。"), doc_id="accepted")
    assert "受理" in (accepted.core_viewpoint.zh or "") and "accepted" in (accepted.core_viewpoint.en or "")


# A Taiwan MOPS notice of a new drug's licence: "passed new-drug registration" and the ministry's letter to
# collect the licence is the approval; the form's "(2)用途:" item is the indication; the form's numbered
# header items are no bullets.
MOPS_LICENCE = ("重大訊息-本公司慢性傷口新藥「東癒一」凝膠,接獲衛生福利部公函通知領取藥證\n"
                "1.事實發生日:112/04/18\n2.公司名稱:東嶺生技股份有限公司\n3.與公司關係(請輸入本公司或子公司):本公司\n"
                "4.相互持股比例:不適用\n5.發生緣由:\n"
                "1.產品內容:本公司研發之慢性傷口新藥 (研發代號DL202),已通過新藥查驗登記,上市藥品命名為「東癒一」凝膠,業經衛生福利部核定同意領取藥證。\n"
                "(1)研發新藥名稱或代號:DL202\n(2)用途:治療糖尿病足部傷口潰瘍\n(3)預計進行之所有研發階段:美國三期臨床試驗\n")


def test_a_taiwan_licence_to_collect_is_a_registration_with_its_forms_indication(summarizer):
    summary = summarizer(MOPS_LICENCE, doc_id="licence")
    assert summary.doc_type == "drug_registration"
    fields = {f.name: f for f in summary.fields}
    assert fields["drug_name"].value == "DL202"
    assert fields["indication"].value == "糖尿病足部傷口潰瘍" and fields["indication"].value_en == "diabetic foot ulcer"
    assert "Ministry of Health and Welfare" in (fields["regulator"].value_en or "")
    shown = " ".join(item.zh or "" for _, item in summary.iter_items())
    assert "事實發生日" not in shown and "相互持股比例" not in shown


# A Taiwan reprint of a MOPS notice: the FDA refused to file a new drug application (Refusal to File, 暫停接受送件,
# 補件要求) — a setback, not some other announcement.
REFUSAL_TO_FILE = ("東達:本公司接獲美國FDA來函通知新劑型藥物DF-201 20毫克 新藥藥證申請(NDA)補件要求,需補件後再提出申請。\n"
                   "鉅亨網新聞中心 2024-03-11 20:15\n"
                   "5.發生緣由:本公司於美國時間3月8日接獲美國食品藥物管理局(FDA)來函(Refusal to\n"
                   "File,暫停接受送件),要求補充關於注射裝置之資訊,因此暫停本公司遞送之新劑型新藥 DF-201 20毫克之新藥藥證申請(NDA),"
                   "須補件後再提出申請。\n6.因應措施:本公司將在30天內申請與FDA舉行Type A Meeting。\n")


def test_a_refusal_to_file_is_a_setback_in_both_languages(summarizer):
    summary = summarizer(REFUSAL_TO_FILE, doc_id="rtf")
    assert summary.doc_type == "setback"
    setback = summary.get_field("setback")
    assert setback is not None and setback.value == "暫停接受送件" and setback.value_en == "refusal to file"
    assert "refusal to file" in summary.core_viewpoint.en


# Taiwan: the ministry agrees to a trial plan ("審核通過…二期臨床試驗計畫", "同意試驗進行"); the form's use item
# names the disease alone ("(2)用途:肝硬化。"); the form's header names the filer.
MOPS_TRIAL = ("本公司DX-7供查驗登記用二期臨床試驗計畫 (計畫編號:DX-7-II),衛福部同意試驗進行。\n"
              "1.事實發生日:113/07/252.公司名稱:東嶺幹細胞股份有限公司3.與公司關係(請輸入本公司或子公司):本公司"
              "4.相互持股比例:不適用5.發生緣由:本公司接獲衛生福利部審核通過本公司DX-7供查驗登記用二期臨床試驗計畫,衛福部同意試驗進行。\n"
              "(1)研發新藥名稱或代號:DX-7。\n(2)用途:肝硬化。\n(3)預計進行之所有研發階段:第二期、第三期臨床試驗。\n"
              "C.已通過目的事業主管機關許可者,未來經營方向:將以此臨床試驗結果為基礎接續進行下階段試驗。\n")


def test_a_taiwan_trial_plan_approved_is_a_trial_approval_with_the_forms_filer_and_disease(summarizer):
    summary = summarizer(MOPS_TRIAL, doc_id="mops-trial")
    assert summary.doc_type == "drug_trial_approval"
    fields = {f.name: f.value for f in summary.fields}
    assert fields.get("indication") == "肝硬化" and fields.get("drug_name") == "DX-7"
    assert fields.get("company") == "東嶺幹細胞股份有限公司"


def test_a_listing_on_the_exchange_is_corporate_news_and_a_trials_code_is_no_drug(summarizer):
    listing = ("新藥公司東達生技預計今年12月下旬掛牌上櫃,總經理說,未來目標每年有一項藥品取得美國FDA核准上市。\n"
               "東達生技今年8月再次送件申請上櫃審議,櫃買中心10月宣布通過東達上櫃案。\n")
    assert summarizer(listing, doc_id="listing").doc_type == "other"
    accepted = "东岭生物宣布，国家药品监督管理局已受理东岭注射液的新适应症上市申请。\n"
    assert _fields(summarizer, accepted, "accepted")["drug_name"].value == "东岭注射液"
    trial = "东岭生物宣布，一项联合某癌症研究网络的2期合作组织临床试验S1505正在开展。\n"
    assert "drug_name" not in _fields(summarizer, trial, "trial-code")


def test_a_trials_summary_report_is_its_results_and_a_test_is_no_indication(summarizer):
    text = ("东岭生物:关于获得某草花粉点刺液III期临床试验总结报告的公告\n"
            "日前,公司研发的“某草花粉点刺液”完成了III期临床试验,并形成了《某草花粉点刺液III期临床试验总结报告》。\n"
            "药物名称:某草花粉点刺液\n适应症:用于点刺试验,辅助诊断因某草花粉致敏引起的I型变态反应性疾病。\n")
    summary = summarizer(text, doc_id="summary-report")
    assert summary.doc_type == "trial_results"
    indication = summary.get_field("indication")
    assert indication is None or indication.value != "点刺试验"


# A reprint that runs a Shenzhen filing into one line, its PDF's line wraps left as spaces inside words:
# the guarantee ends at "…或重大遗漏。" (no 连带责任), and the body after it is the news, not boilerplate;
# a name whose start a wrap cut off ("…的 15 价肺炎 球菌结合疫苗") is left out, not shown as a fragment.
FLATTENED = ("西飞生物(300999) - 关于15价肺炎球菌结合疫苗申请生产注册获得受理的公告\n"
             "证券代码:300999 证券简称:西飞生物 公告编号:2025-31 重庆西飞生物制品股份有限公司 关于 15 价肺炎球菌结合疫苗申请生产注册"
             "获得受理的公告 本公司及董事会全体成员保证信息披露内容的真实、准确和完整,没有虚 假记载、误导性陈述或重大遗漏。 "
             "重庆西飞生物制品股份有限公司(以下简称\"公司\")于近日获悉,由全资子 公司北京西飞绿竹生物制药有限公司研发的 15 价肺炎 "
             "球菌结合疫苗申请生产注册获得国家药品监督管理局出具的《受理通知书》(受 理号:CXSS2599059)。现将相关情况公告如下: "
             "一、研发项目简介 肺炎链球菌是引起婴幼儿和老年人急性呼吸道感染的主要病 原菌。")


def test_a_flattened_filings_body_after_its_shenzhen_guarantee_is_read(summarizer):
    fields = _fields(summarizer, FLATTENED, "flattened")
    assert fields["company"].value == "重庆西飞生物制品股份有限公司"
    assert fields["acceptance_number"].value == "CXSS2599059"
    assert "regulator" in fields


WRAP_SPACED = ("西飞生物:关于疫苗申请生产注册获得受理的公告\n"
           "公司于近日获悉,由全资子 公司北京西飞绿竹生物制药有限公司研发的 15 价肺炎 球菌结合疫苗申请生产注册获得国家药品监督"
           "管理局出具的《受理通知书》。肺炎链球菌是引起婴幼儿和老年人急性呼吸道感 染的主要病原菌,还能导致气管炎、中耳炎、鼻窦 "
           "炎、脑膜炎等疾病。该疾病临床治疗以抗生素为主,耐 药性问题日益严重。")


@pytest.mark.parametrize("text", [FLATTENED, WRAP_SPACED], ids=["flattened", "wrap-spaced"])
def test_a_name_cut_by_a_pdf_wrap_space_is_no_drug_name(summarizer, text):
    drug = _fields(summarizer, text, "wrapped").get("drug_name")
    assert drug is None or not drug.value.startswith("球菌")


# A Hong Kong press release: the filer with '("公司"，香港聯交所股份代號：2999)', the drug by its INN stem
# (格列艾汀, -gliatin), an outcome's lab marker (HbA1c) no drug, the indication before "的…激活劑".
HK_RELEASE = ("香港衛生署受理多川列艾汀的新藥上市許可申請（NDA）\n"
              "上海，2025年9月29日 - (亞太商訊) - 華川醫藥（\"公司\"，香港聯交所股份代號：2999）宣佈，中國香港特別行政區衛生署已正式受理"
              "多川格列艾汀（dorzachliatin）的新藥上市許可申請（NDA）。多川格列艾汀是世界上第一個獲批准用于治療2型糖尿病（T2D）的葡萄糖激酶"
              "激活劑（GKA）,可降低HbA1c水平。")


def test_a_hong_kong_release_names_its_filer_drug_and_indication():
    fields = _fields(summarizer=Summarizer(), text=HK_RELEASE, doc_id="hk-release")
    assert fields["company"].value == "華川醫藥"
    assert fields["drug_name"].value.startswith("多川格列艾汀")
    assert fields["indication"].value.startswith("2型糖尿病") and "激活" not in fields["indication"].value


@pytest.mark.parametrize("text, drug", [
    # the filer's short name run into the drug's in a headline: the drug without it
    ("太川醫藥研發控股股份有限公司公告\n本公司新藥，太川奈諾沙星 納入第二十六批CFDA優先審評名單。\n奈諾沙星為喹諾酮類抗菌藥。", "奈諾沙星"),
    # a drug named after the company itself keeps its name (what is left would be a dosage form alone)
    ("片川癀药业股份有限公司关于片川癀胶囊获得药品注册证书的公告\n近日，公司收到国家药品监督管理局核准签发的片川癀胶囊《药品注册证书》。",
     "片川癀胶囊"),
], ids=["short-name-glued", "named-after-the-company"])
def test_the_filers_short_name_is_no_part_of_the_drugs(summarizer, text, drug):
    field = _fields(summarizer, text, "glued").get("drug_name")
    assert field is not None and field.value == drug


def test_an_indications_abbreviation_label_is_no_part_of_it(summarizer):
    text = ("近日,安川生物工程(集团)股份有限公司新增申报的注射用重组人生长激素用于治疗特发性矮小(英文简称:ISS)适应症的上市许可申请,"
            "获得国家药品监督管理局受理。")
    fields = _fields(summarizer, text, "iss")
    assert fields["indication"].value == "特发性矮小" and fields["indication"].value_en == "idiopathic short stature"
    assert fields["drug_name"].value == "注射用重组人生长激素"


def test_after_is_no_part_of_the_filers_name(summarizer):
    text = ("最新公告\n公告日期:2025-05-23\n"
            "经百川生物制药股份有限公司(以下简称“公司”)对药品监督管理政策动态等因素的审慎评估,公司决定终止QC3306-002研究。")
    assert _fields(summarizer, text, "jing")["company"].value == "百川生物制药股份有限公司"


def test_a_clause_on_revenue_is_no_drug(summarizer):
    text = ("9月15日,投资者网上集体接待日活动举行。有投资者问,公司目前绝大部分收入来源于狂犬疫苗,公司有哪些应对措施?"
            "公司表示,公司的四价流感疫苗处于三期临床阶段。")
    drug = _fields(summarizer, text, "revenue").get("drug_name")
    assert drug is None or "收入" not in drug.value


def test_a_proposed_designation_whose_notice_period_is_over_is_the_grant(summarizer):
    text = ("公告日期:2020-10-22\n"
            "公司于近期在国家药品监督管理局药品审评中心网站获悉,青克替尼新适应症上市许可申请纳入拟优先审评品种公示名单,现公示期满,"
            "正式进入优先审评程序。\n优先审评理由:经审核,同意按优先审评范围纳入优先审评审批程序。")
    designation = _fields(summarizer, text, "notice-over")["designation"]
    assert not designation.value.startswith("拟") and "proposed" not in designation.value_en


@pytest.mark.parametrize("text, company", [
    # a chairman named after his title is no company; the filer is the name before its code
    ("健川(4999)董事長林智川昨(3)日宣布,健川將旗下鼻噴劑大陸地區藥證與銷售權售讓與西藏某藥業,授權金4.2億元。\n"
     "林智川表示,呼吸道產品是該集團的五大技術平台之一。", "健川"),
    # 据 ("according to") before a short name is no part of it
    ("据荣川生物公告,公司与某生物签署许可协议,将泰川西普在大中华区以外的权益授予对方,首付款为4500 万美元。\n荣川生物表示,该交易将加快国际化。",
     "荣川生物"),
], ids=["chairman", "according-to"])
def test_a_person_or_according_to_is_no_filer(summarizer, text, company):
    assert _fields(summarizer, text, "person")["company"].value == company


def test_a_pages_skip_link_is_no_core_and_a_spin_off_is_stated():
    text = ("Skip to Content Facebook Feature Image\n\n康川藥業擬分拆德川醫藥於主板上市 將以實物分派方式實施\n\n錢財事\n\n"
            "康川藥業公布,擬分拆德川醫藥於聯交所主板獨立上市,將以實物分派方式實施。")
    summary = Summarizer()(text, doc_id="spin-off")
    assert "Skip to Content" not in summary.core_viewpoint.zh
    assert "spin-off" in summary.core_viewpoint.en


def test_a_partner_is_never_a_clause_run_across_a_paragraph_break(summarizer):
    """The deal's clause is no partner: a value that runs across a paragraph break or names what is licensed
    ("与注射用…有关的特定知识产权…在指定区\n\n域内的权利授予某某有限公司") fails the partner's validator."""
    spec = summarizer.types["licensing_deal"].fields["partner"]
    junk = "注射用比伐川定有关的特定知识产权和生产技术在指定区\n\n域内的权利授予苏州二川制药有限公司"
    assert any(p.search(junk) for p in spec.reject)
    assert not any(p.search("苏州二川制药有限公司") for p in spec.reject)


def test_a_filer_listed_on_two_exchanges_is_named():
    text = ("6th indication for northipalimab submitted in China\n\nSHANGHAI, China, Dec. 10, 2021 (GLOBE NEWSWIRE) — Northshi "
            "Biosciences (HKEX: 1999; SSE: 688999), a leading innovation-driven biopharmaceutical company dedicated to the discovery "
            "of novel therapies. The NMPA has accepted the supplemental new drug application for northipalimab.")
    company = Summarizer()(text, doc_id="two-listings").get_field("company")
    assert company is not None and company.value == "Northshi Biosciences"


def test_a_common_english_word_an_inn_stem_catches_is_no_drug(summarizer):
    # en-w-002's shape: a release that calls its drug an "original scientific concept" took "concept" (-cept)
    # as the drug name, in both cores
    text = (
        "Example Medicine Announces NDA Acceptance\n\n"
        "SHANGHAI, March 3, 2026 -- Example Medicine (the Company) today announced that the National Medical "
        "Products Administration has accepted its new drug application. The program grew from an original "
        "scientific concept developed by the Company's founders.\n"
    )
    fields = _fields(summarizer, text, "concept-word")
    assert "concept" not in [f.value.lower() for f in fields.values()]


def test_a_latin_name_after_new_drug_is_the_drug_and_a_clause_on_vaccines_is_not(summarizer):
    # zh-yn-004's shape: a Taiwan wire story names its drug only in Latin after 新藥, and a manager's remark
    # ("雖然國際已陸續施打新冠疫苗,…") had become the drug name, romanised in English as a vaccine
    text = (
        "鼎川抗新冠新藥完成二階段收案\n\n"
        "鼎川 (4199-TE) 今 (12) 日宣布,旗下抗新冠肺炎新藥 Fenoquinorin 人體二期臨床試驗已完成第二階段收案,"
        "累計收案數達 60 位。\n\n"
        "總經理王大明指出,雖然國際已陸續施打新冠疫苗,但疫苗與新藥用途大不同。\n"
    )
    summary = summarizer(text, doc_id="latin-after-new-drug")
    drug = summary.get_field("drug_name")
    assert drug is not None and drug.value == "Fenoquinorin"
    assert "Fenoquinorin" in summary.core_viewpoint.en


def test_a_deals_kind_after_new_drug_is_no_drug(summarizer):
    text = ("2025年,中国创新药对外授权交易持续升温。\n\n"
            "某券商研报指出,今年上半年国内创新药License-out交易总额再创新高,多家药企与海外公司达成合作。\n")
    drug = summarizer(text, doc_id="license-out").get_field("drug_name")
    assert drug is None or "Licens" not in drug.value


def test_a_spokesmans_quote_is_no_core_viewpoint():
    # zh-ym-003's shape: a market story's event sentence is followed by a manager's boast in quotes; the quote
    # (its opening and its closing sentence) had become the core viewpoint
    text = (
        "最新文章\n\n来源:某财经网站\n\n"
        "某财经网站讯临近午盘,华川系个股集体异动拉升,A股华川股份午盘涨6.02%,华川一致涨2.15%,港股华川控股一度涨超4%。\n\n"
        "消息面上,华川医药集团副总经理李明表示,华川医药集团已向国家药监局提交了流感疫苗上市申请。"
        "他表示,“到目前为止我们的各项进展,无论从研发还是生产,在各个方面全部领先于全球。"
        "在紧急使用方面,我们已经在近万人上进行使用,没有接到一例严重不良反应的报告。”\n\n"
        "转载请注明:http://www.example.com/gsjj/1234.html\n"
    )
    core = Summarizer()(text, doc_id="quote-core").core_viewpoint.zh
    # nor is the share-price move before it (a lead that is no news, whichever way the lead is found)
    assert "提交了流感疫苗上市申请" in core and "到目前为止" not in core and "午盘" not in core
    # a filing's defined short name ("以下简称“公司”") is no speech: its lead stays the core
    filing = ("华川医药股份有限公司(以下简称“公司”)于近日收到国家药品监督管理局核准签发的《药品注册证书》,"
              "批准公司川芎平喘片上市。\n\n特此公告。\n")
    assert Summarizer()(filing, doc_id="short-name").core_viewpoint.zh.startswith("华川医药")


def test_a_filers_name_with_an_ampersand_is_whole(summarizer):
    # en-w-003's shape: "Gan & Lee Pharmaceuticals" had been cut at the "&" in the headline and both cores
    text = ("Wen & Shaw Pharmaceuticals Announces U.S. FDA Clearance of IND Application for WS-101\n\n"
            "SUZHOU, China, May 6, 2025 /PRNewswire/ -- Wen & Shaw Pharmaceuticals Co., Ltd. is pleased to announce "
            "that the U.S. Food and Drug Administration (FDA) has cleared the IND application for WS-101, a novel "
            "analogue for type 2 diabetes.\n")
    summary = summarizer(text, doc_id="ampersand")
    assert summary.get_field("company").value.startswith("Wen & Shaw")
    assert summary.core_viewpoint.en.startswith("Wen & Shaw")


def test_a_taiwan_bioequivalence_study_approved_is_a_trial_approval(summarizer):
    # zh-yn-001's shape: a MOPS notice that the MOHW approved a bioequivalence study had been typed "other"
    text = ("華聯藥治療糖尿病之新複方新藥HL05獲衛福部核准執行生物相等性試驗\n\n公開資訊觀測站重大訊息公告\n\n"
            "(6999)華聯藥公告本公司治療糖尿病之新複方新藥HL05獲衛福部(TFDA)核准執行生物相等性試驗\n")
    summary = summarizer(text, doc_id="tw-be-study")
    assert summary.doc_type == "drug_trial_approval"
    assert summary.get_field("drug_name").value == "HL05"


def test_a_trading_halt_before_a_readout_is_no_setback_and_a_chairman_is_no_filer(summarizer):
    # zh-yn-003's shape: "暫停交易,下午公布新藥二期臨床試驗解盲數據" had typed a successful unblinding as a setback,
    # told as the chairman's ("董事長某某公告研发或审评受挫")
    text = ("鼎華新藥二期解盲 董事長:3月向美申請EUA\n\n"
            "鼎華生技今天暫停交易,下午公布新藥二期臨床試驗解盲數據,用藥組康復率14天達到95.1%,"
            "董事長王志明宣布解盲成功,下一步將在3月向美國FDA申請EUA。\n")
    summary = summarizer(text, doc_id="halt-readout")
    assert summary.doc_type == "trial_results"
    core = summary.core_viewpoint.zh
    assert not core.startswith(("董事長", "董事长")) and "受挫" not in core
    company = summary.get_field("company")
    assert company is None or not company.value.startswith(("董事長", "董事长"))


@pytest.mark.parametrize("text, doc_type", [
    # zh-yq-010's shape: a MOPS notice that a trial's second stage opens to enrolment
    ("【公告】川霈新藥CP-510注射劑之二期臨床試驗第二階段開始收案\n\n主 旨:川霈新藥CP-510注射劑之二期臨床試驗"
     "第二階段開始收案\n\n說 明:\n\n1.事實發生日:112/05/02\n", "trial_progress"),
    # zh-yq-008's shape: "獲美藥證", "已獲美國FDA審查覈可" (覈, a variant of 核)
    ("南川獲美藥證 營運添柴火\n\n南川(1799)17日宣佈,用以治療遺傳性血管性水腫的「Bradykinin Injection,30 mg per 3 mL」"
     "學名藥,已獲美國FDA審查覈可,將立即於美國上市銷售。\n", "drug_registration"),
    # zh-yq-007's shape: a clarification that the TFDA's letter agreed to the trial's conduct
    ("經主管機關通知澄清報導\n\n(1)本公司已於104年12月份接獲衛福部食藥署(TFDA)函文通知同意本公司生物相似性藥品"
     "紅血球生成素UB-999之查驗登記用臨床三期試驗之進行。\n", "drug_trial_approval"),
    # zh-yo-004's shape: a news site's meta line (来源 … 作者) is no columnist's byline
    ("川都股份:公司原料药“对乙酰氨基酚”通过国家药品监督管理局审批\n\n2022-12-29 18:48:20 来源:某某证券报 作者:王明\n\n"
     "  某某证券报讯(记者 王明)川都股份公告,公司于近日收到国家药品监督管理局下发的《化学原料药上市申请批准通知书》,"
     "公司原料药“对乙酰氨基酚”通过上市申请审批。\n", "drug_registration"),
    # zh-yr-007's shape: exclusive promotion rights granted
    ("港股异动 | 川石药业-B午前涨超6% 将旗下药物川吉华在内地的独家推广权授予华瑞医药\n\n"
     "消息面上,川石药业公布,将精准治疗药物川吉华在内地的独家推广权授予华瑞医药。公司将获得首付款3500万元人民币。\n",
     "licensing_deal"),
    # en-x-009's shape: an "open-label extension study" is no label extension; the NDA accepted with Priority Review
    ("The Food and Drug Administration (FDA) has accepted for filing and granted Priority Review to the New Drug "
     "Application (NDA) for Zentrix (low-dose zentramine oral solution; Northgen) for seizures associated with Dravet syndrome.\n\n"
     "The NDA includes interim analysis from an ongoing open-label extension study involving 232 patients.\n", "nda_acceptance"),
    # en-x-007's shape: an analyst's note relayed by a stock site
    ("Northspring: Analyst Sees Little Trouble in Big China\n\nStock Analysis & Ideas\n\nShares of Northspring (NSPR) "
     "jumped 19% after it signed a commercialization agreement with Jiangsu Westrui. So is this a good deal? "
     "H.C. Wainwright analyst Jane Doe thinks it is. In a note out Thursday, she points out the partner's reach.\n",
     "news_feature"),
])
def test_batch16_training_shapes_are_typed(summarizer, text, doc_type):
    assert summarizer(text, doc_id="b16-shape").doc_type == doc_type


def test_a_news_digest_names_neither_the_outlet_nor_an_officer_as_the_filer(summarizer):
    # en-x-005's shape: "…, Stat News reports." and "…, Northlam CEO John Doe said" had each become the company
    text = ("An RNAi Approval\n\nThe US Food and Drug Administration has approved Northlam's Zenpattro, an RNAi-based therapy, "
            "Stat News reports.\n\n\"Until today, there were no approved medications,\" Northlam CEO John Doe said on a call, "
            "according to Stat News.\n")
    summary = summarizer(text, doc_id="digest")
    assert summary.doc_type == "drug_registration"
    company = summary.get_field("company")
    assert company is None or company.value not in ("Stat News", "Northlam CEO John Doe")
    assert not summary.core_viewpoint.en.startswith(("Stat News", "Northlam CEO"))



@pytest.mark.parametrize("text, drug", [
    # zh-yo-002's shape: "批准噁拉戈利片开展Ⅲ期临床研究", then the filer's flagship product in its background
    ("金川药业:药物临床试验获批\n\n金川药业公告称,公司分公司于近日收到国家药品监督管理局核准签发的《药物临床试验批准通知书》,"
     "批准噁川戈利片开展Ⅲ期临床研究。\n\n在补铁剂的细分市场中,公司重点产品琥珀酸亚铁片(速川菲)竞争优势明显。\n", "噁川戈利片"),
    # en-x-006's shape: the designation names "9MW3011", its US code in brackets after it
    ("Northwell Announces FDA Fast Track Designation for 7NW3012\n\nNorthwell (688999.SH) announced that the FDA has "
     "granted Fast Track Designation (FTD) to 7NW3012 (R&D code in the US: NWTX-003/DSC-3405) for the treatment of "
     "patients with polycythemia vera (PV).\n", "7NW3012"),
    # zh-yp-007's shape: "…联合研制的新冠病毒重组蛋白亚单位疫苗在湖南省…开始国内部分的Ⅲ期临床试验"
    ("11月18日,某研究所与重庆华川生物制品股份有限公司联合研制的流感病毒重组蛋白亚单位疫苗在湖南省湘潭市开始"
     "国内部分的Ⅲ期临床试验。这项临床试验将在18周岁及以上人群中开展。\n", "流感病毒重组蛋白亚单位疫苗"),
], ids=["approved-product-not-best-seller", "code-opening-on-a-digit", "vaccine-before-where-its-trial-starts"])
def test_the_events_drug_is_read_from_the_sixteenth_batchs_shapes(summarizer, text, drug):
    assert _fields(summarizer, text, "drug-shape")["drug_name"].value == drug


def test_a_studys_other_name_is_no_drug_and_a_headcount_is_no_part_of_the_indication(summarizer):
    # zh-yr-009's shape: "DAWN(黎明研究,也称HMM0302)", "在767名2型糖尿病患者中展开"
    text = ("智通财经APP获悉,12月18日,华川医药-B(02999)宣布其第二项III期注册临床研究DAWN(黎明研究,也称HMC0302)"
            "28周安全评估阶段的核心结果。\n\n据悉,黎明研究在767名2型糖尿病患者中展开,目的是研究多川格列艾汀(75mg/次,"
            "每日两次)的有效性和安全性。\n")
    summary = summarizer(text, doc_id="study-name")
    drug = summary.get_field("drug_name")
    assert drug is None or drug.value != "HMC0302"
    indication = summary.get_field("indication")
    assert indication is None or not indication.value.startswith("767")
    assert not summary.core_viewpoint.zh.startswith("智通财经")




def test_a_long_english_headline_is_read_as_the_headline(summarizer):
    # en-y-009's shape: a 170-character headline says the approval; a Fast Track granted earlier is in the body
    text = ("There were 1,656 press releases posted in the last 24 hours.\n\n"
            "U.S. FDA Approves Zentyxa® (zentrixaban) First and Only Anticoagulant for Hospital and Extended Duration "
            "Prevention of Venous Thromboembolism in Acutely Ill Medical Patients\n\n"
            "SOUTH SAN FRANCISCO, June 23, 2017 -- Northola Pharmaceuticals Inc. today announced the U.S. Food and Drug "
            "Administration (FDA) has approved Zentyxa (zentrixaban) for the prevention of venous thromboembolism.\n\n"
            "Zentyxa, an oral Factor Xa inhibitor, was granted a Fast Track designation and approved by the FDA under "
            "Priority Review.\n")
    summary = summarizer(text, doc_id="long-headline")
    assert summary.doc_type == "drug_registration"
    assert "Fast Track" not in summary.core_viewpoint.en


def test_an_interview_about_a_rivals_hold_and_a_trial_stopped_years_ago_are_no_setback(summarizer):
    # zh-yt-004's shape: a newspaper interviews one company's president about another's clinical hold; a third
    # company's termination is recalled "早在2017年,…"
    text = ("某某经济报道记者 王明 上海报道 随着免疫检查点抑制剂临床应用日趋成熟,行业也在寻找新的靶点。\n\n"
            "不过,近日美国FDA对吉华的CD47单抗试验实施了部分临床暂停。\n\n"
            "对此,华境生物总裁在接受某某经济报道记者采访时表示,暂停的原因尚需观察。\n\n"
            "早在2017年,Tioza宣布终止其CD47单抗TZ-061在欧洲的一项实体瘤I/II期临床试验。\n")
    summary = summarizer(text, doc_id="interview")
    assert summary.doc_type == "news_feature"
    assert not summary.core_viewpoint.event


@pytest.mark.parametrize("text, company", [
    # zh-yt-001's shape: the regulator's approval runs into the filer's legal name
    ("国家药监局通过优先审评审批程序附条件批准上海华力斯医药科技股份有限公司申报的1类创新药甲磺酸华美替尼片上市。\n",
     "上海华力斯医药科技股份有限公司"),
    # zh-yu-005's shape: a Taiwan filer whose legal name holds 藥廠 ("晟德大藥廠股份有限公司")
    ("說 明:\n\n1.事實發生日:113/11/29\n\n2.公司名稱:華德大藥廠股份有限公司\n\n3.與公司關係:本公司\n\n"
     "4.發生緣由:本公司轉投資公司公布LT9001二期臨床試驗解盲結果。\n", "華德大藥廠股份有限公司"),
])
def test_a_filers_legal_name_is_kept_whole(summarizer, text, company):
    assert _fields(summarizer, text, "legal-name")["company"].value == company


def test_a_captions_label_is_no_filer(summarizer):
    # zh-yt-002's shape: "图片来源:CDE" under each picture had become the company
    text = ("2021年5月7日,北京华诺基医药科技提交的华可拉定软胶囊上市申请获得国家药品监督管理局受理并拟纳入优先审评。\n\n"
            "图片来源:CDE\n\n华可拉定由华奥基医药研究开发,用于治疗晚期肝癌。\n\n图片来源:CDE\n")
    company = summarizer(text, doc_id="caption").get_field("company")
    assert company is None or company.value != "图片来源"


@pytest.mark.parametrize("text, doc_type", [
    # zh-yu-004's shape: a MOPS notice that the FDA formally accepted a biosimilar's BLA for review
    ("【公告】泰川-KY代子公司Tanvex USA 美國FDA已正式接受生物相似藥TX09審查上市查驗登記(BLA)申請\n\n"
     "1.事實發生日:110/01/20\n", "nda_acceptance"),
    # zh-yu-006's shape: a MOPS form whose news is a licence issued, its word 藥證 broken by a line wrap
    ("1.事實發生日:114/12/11\n2.研發新藥名稱或代號:抗流感病毒新藥Zenavir marboxil\n"
     "(1)提出申請/通過核准/不通過核准:接獲中國大陸合作夥伴華康元藥業集團通知抗流感病毒新藥\n"
     "Zenavir marboxil通過國家藥品監督管理局(NMPA)新藥審查,並獲核准簽發新藥\n藥證。\n", "drug_registration"),
    # en-y-002's shape: "The new drug marketing registration application for X has been accepted by the NMPA"
    ("NORTHMENSION-B(01999): The new drug marketing registration application for NT-502 has been accepted by the "
     "National Medical Products Administration.\n", "nda_acceptance"),
    # en-y-004's shape: a one-line headline of 203 characters names the designation; an IND cleared earlier follows
    ("Le Lézard\nClassified in: Health\n\nNorthgen Therapeutics Receives US FDA Orphan Drug Designation For Fully Human "
     "Anti-BCMA (B Cell Maturation Antigen) Autologous Chimeric Antigen Receptor (CAR) T Cells For The Treatment Of "
     "Multiple Myeloma\n\nSHANGHAI, Aug. 30, 2019 -- Northgen Therapeutics Inc. today announced the FDA granted Orphan "
     "Drug Designation to NT053. The FDA had earlier granted Investigational New Drug (IND) clearance for NT053.\n",
     "regulatory_designation"),
    # zh-yt-006's shape: a licence handed back ("在研新药遭艾伯维退货")
    ("华境生物在研新药遭艾伯维退货 CD47靶点研发热度仍高\n\n华境生物宣布,艾伯维决定终止双方的合作协议,"
     "相关权益退回华境生物。\n", "setback"),
    # zh-x-002's shape: "频遭退货" is a feature's trend, not one company's setback
    ("国产创新药出海,重磅药频遭“退货”\n\n国产创新药出海渐成常态。据不完全统计,年内已有多款创新药实现对外授权。\n",
     "news_feature"),
])
def test_batch17_training_shapes_are_typed(summarizer, text, doc_type):
    assert summarizer(text, doc_id="b17-shape").doc_type == doc_type


def test_a_mops_headers_short_name_is_the_filer_and_besides_is_no_part_of_an_indication(summarizer):
    # zh-yu-004's shape: the form's 公司名稱 item names a subsidiary, the header line names the filer ("泰福-KY
    # (6541)"); "除了主要適應症為乳癌外,還包括胃癌" had given the indication "乳癌外" ("besides breast cancer")
    text = ("【公告】華福-KY代子公司Huafu USA, Inc. 美國FDA已正式接受生物相似藥HX05審查上市查驗登記(BLA)申請\n"
            "日 期:2021年10月05日\n公司名稱:華福-KY (6999)\n主 旨:代子公司Huafu USA, Inc. 美國FDA已正式接受生物相似藥"
            "HX05審查上市查驗登記(BLA)申請\n說 明:\n1.事實發生日:110/10/05\n2.公司名稱:Huafu USA, Inc.\n"
            "3.與公司關係(請輸入本公司或子公司):子公司\n5.發生緣由:本公司接獲美國FDA發函表示已接受HX05之BLA申請。\n"
            "(2)用途:與參考藥相同,目前除了主要適應症為乳癌外,還包括胃癌。\n")
    fields = _fields(summarizer, text, "mops-short-name")
    assert fields["company"].value == "華福-KY"
    assert "indication" not in fields or fields["indication"].value == "乳癌"


def test_the_fda_written_with_a_space_after_its_country_is_the_regulator(summarizer):
    # a PDF's "美国 FDA" (zh-s-006 and others on the training split)
    text = ("华川药业:关于获得美国 FDA 药品批准的公告\n\n近日,华川药业股份有限公司收到美国 FDA 的批准通知,"
            "公司申报的华川片新药简略申请(ANDA)已获得批准。\n")
    assert _fields(summarizer, text, "fda-space")["regulator"].value == "美国 FDA"


def test_a_filers_name_with_its_registered_mark_before_the_ticker_is_the_filer(summarizer):
    # en-y-009's shape: "Portola Pharmaceuticals Inc.® (Nasdaq:PTLA) today announced": the ® had hidden the filer,
    # and the core said "The company"
    text = ("U.S. FDA Approves Zentyxa® (zentrixaban) for Hospital Prevention of Venous Thromboembolism\n\n"
            "SOUTH SAN FRANCISCO, June 23, 2017 (GLOBE NEWSWIRE) -- Northola Pharmaceuticals Inc.® (Nasdaq:NTLA) today "
            "announced the U.S. Food and Drug Administration (FDA) has approved Zentyxa (zentrixaban).\n")
    summary = summarizer(text, doc_id="registered-mark")
    assert summary.get_field("company").value == "Northola Pharmaceuticals Inc."
    assert summary.core_viewpoint.en.startswith("Northola")


def test_a_news_digests_approved_product_owner_is_the_filer_where_none_is_named_otherwise(summarizer):
    # en-x-005's shape: "The US Food and Drug Administration has approved Alnylam's Onpattro, …, Stat News reports."
    text = ("An RNAi Approval\n\nThe US Food and Drug Administration has approved Northlam's Zenpattro, an RNAi-based "
            "therapy, Stat News reports.\n")
    summary = summarizer(text, doc_id="digest-owner")
    assert summary.get_field("company").value == "Northlam"
    assert "Northlam" in summary.core_viewpoint.zh


@pytest.mark.parametrize("text, doc_type", [
    # en-z-002's shape: China's former regulator by its acronym, CFDA, accepting an NDA
    ("Westmed Reports CFDA Acceptance of Zenquintinib NDA Filing\n\nWestmed announced the CFDA accepted the "
     "company's New Drug Application for its lead drug, the cancer treatment zenquintinib.\n", "nda_acceptance"),
    # en-z-003's shape: "clinical trial application for X approved by the US FDA"
    ("East Sea Pharmaceuticals: Subsidiary's clinical trial application for injectable HDM2099 approved by the US FDA.\n\n"
     "East Sea Pharmaceutical announced that its subsidiary has received notification from the FDA.\n", "drug_trial_approval"),
])
def test_batch18_training_shapes_are_typed(summarizer, text, doc_type):
    assert summarizer(text, doc_id="b18-shape").doc_type == doc_type


def test_where_a_partner_is_based_is_no_part_of_its_name(summarizer):
    # en-z-009's shape: "a licensing agreement with Maryland-based NextCure (NXTC)"
    text = ("Westcere Pharmaceutical Group (2999.HK) saw its shares jump 6.33% in Hong Kong trading after announcing a "
            "significant licensing agreement with Maryland-based NextGen (NXGN). Under the terms disclosed in a regulatory "
            "filing, Westcere's subsidiary will grant NextGen exclusive global rights (excluding Greater China) to develop "
            "and commercialize its investigational cancer treatment SIM0999.\n")
    assert summarizer(text, doc_id="based").get_field("partner").value == "NextGen"


def test_a_market_widget_row_is_no_core_viewpoint(summarizer):
    # en-za-003's shape: a finance portal's copy of a release opens on its index widget, which the core had quoted
    text = ("date 2023-01-04 SMI 10'971 2.3%  SPI 14'044 2.3%  Dow 33'136 0.0%  DAX 14'182 0.8%  Euro 0.9876 0.0%  "
            "Gold 1'841 0.9%\n04.01.2023 01:00:00\n\n"
            "Northwind Bio Received IND Clearance from NMPA for NWB-201 for the Treatment of Solid Tumors\n\n"
            "SUZHOU, China, Jan. 3, 2023 /PRNewswire/ -- Northwind Bio Limited, a clinical stage biopharmaceutical "
            "company, announced that the Center for Drug Evaluation of China's National Medical Products Administration "
            "has cleared its Investigational New Drug application for NWB-201 for the treatment of solid tumors.\n")
    core = summarizer(text, doc_id="widget").core_viewpoint.en
    assert "%" not in core and "NWB-201" in core


def test_a_wire_dateline_without_a_year_is_cut_from_the_lead(summarizer):
    # en-za-005's shape: "India, Feb. 25 -- " opened the English core
    text = ("India, Feb. 25 -- Eastpeak Pharmaceuticals Limited (EPX,EPX.AX) announces that the U.S. Food and Drug "
            "Administration has accepted the Biologics License Application or BLA for its investigational kidney cancer "
            "imaging agent EPX-250 (Zircon2, 89Zr-DFO-eastuximab).\n"
            "If approved, EPX-250 will become the first imaging agent of its kind, the company said.\n")
    core = summarizer(text, doc_id="dateline").core_viewpoint.en
    assert not core.startswith("India") and "EPX-250" in core


def test_a_company_named_by_what_it_is_in_the_possessive_and_a_graft_vs_host_disease(summarizer):
    # en-za-001's shape: "Regenerative medicine company X Ltd.’s stock sank …" left the filer unread (the core said
    # "The company"), and "graft-vs.-host disease" was cut at "vs."
    text = ("Eastpeak’s hopes dashed again with second FDA complete response letter for EPB-7\n\n"
            "Regenerative medicine company Eastpeak Ltd.’s stock sank nearly 57% on the news that it received a second "
            "U.S. FDA complete response letter (CRL) following the resubmission of its BLA for the cell therapy EPB-7 in "
            "children with steroid-refractory acute graft-vs.-host disease. The agency said it requires more data.\n")
    summary = summarizer(text, doc_id="possessive")
    assert summary.get_field("company").value == "Eastpeak Ltd."
    assert summary.get_field("indication").value.endswith("graft-vs.-host disease")
    assert summary.core_viewpoint.en.startswith("Eastpeak Ltd.") and summary.doc_type == "setback"


def test_a_drug_code_that_opens_on_a_digit_is_read_in_chinese_text(summarizer):
    # zh-yx-002's shape: "在研品种9MW2821获…快速通道认定" had no drug name (codes were read from a letter on)
    text = ("迈华生物在研新药在美国获快速通道认定\n"
            "2月26日,迈华生物发布公告,在研品种9MW2921获美国食药监局(FDA)快速通道认定,用于治疗晚期食管鳞癌(ESCC)。\n")
    summary = summarizer(text, doc_id="digit-code")
    drugs = [f.value for f in summary.fields if f.name == "drug_name"]
    assert drugs == ["9MW2921"] and "9MW2921" in summary.core_viewpoint.en


# A reprint of an SSE notice that keeps the PDF's line breaks: the subsidiary's name follows "控股子公" on one
# line and "司" on the next, and the registration table gives a biologic's name with a Roman numeral after a
# space ("注射用重组人凝血因子 VIII"). The company had read "司…", the drug "…凝血因子" without its numeral.
WRAPPED_SUPPLEMENT = ("北京青岚生物技术集团股份公司\n关于控股子公司获得药品补充申请批准通知书的公告\n"
                      "近日,北京青岚生物技术集团股份公司(以下简称“公司”)控股子公\n"
                      "司青岚细胞工程有限公司(以下简称“青岚细胞”)收到国家药品监督管理\n"
                      "局签发的《药品补充申请批准通知书》,公司产品注射用重组人凝血因子 IX(商品名:青岚宁®)拟新增 12 岁以下儿童"
                      "适应症的补充申请已获得国家药监局批准。\n一、基本情况\n药品名称:注射用重组人凝血因子 IX\n英文名/拉丁名:"
                      "Recombinant Human Coagulation Factor IX for Injection\n剂型:注射剂\n规格:500IU/瓶\n")


def test_a_wrapped_company_and_a_numbered_factor_are_read_whole(summarizer):
    summary = summarizer(WRAPPED_SUPPLEMENT, doc_id="wrapped-supplement")
    values = {f.name: f.value for f in summary.fields}
    assert not values.get("company", "").startswith("司")
    assert values.get("drug_name") == "注射用重组人凝血因子 IX"
    assert "IX" in (summary.get_field("drug_name").value_en or "")


# Read off the twentieth batch (invented names): a Hong Kong notice of a clinical hold names the drug after
# a verb of use (使用) and the indication before what the regulator did (实施部分临床搁置); an investor's
# question names a hospital recruiting for a vaccine; a placing names its "core API" project.
HOLD_INDICATION = "青嵐醫藥(09988)公布,美國食品及藥物管理局(FDA)已對嵐布替尼膠囊用於治療多發性硬化症實施部分臨床擱置。"
HOLD_WITH_USE = "青嵐醫藥公布,FDA已對使用嵐布替尼膠囊的II期研究實施部分臨床擱置,在美國將不會開展新的患者招募。"


def test_a_verb_of_use_and_the_regulators_action_are_not_part_of_the_values(summarizer):
    assert summarizer(HOLD_WITH_USE, doc_id="hold-with-use").get_field("drug_name").value == "嵐布替尼膠囊"
    indication = summarizer(HOLD_INDICATION, doc_id="hold-indication").get_field("indication")
    assert indication is not None and indication.value == "多發性硬化症"


@pytest.mark.parametrize("text", [
    "请问,上海某某医院在招募mrna疫苗的志愿者,公司的疫苗一期临床什么时候能批?",
    "公司拟向控股股东定增募资不超过7.5亿元,用于核心原料药及制剂产业化项目。",
])
def test_a_hospital_recruiting_or_a_projects_generic_words_are_no_drug(summarizer, text):
    drug = summarizer(text, doc_id="no-drug").get_field("drug_name")
    assert drug is None or ("医院" not in drug.value and drug.value != "核心原料药")


# A Beijing weekly's report (zh-xc-004's shape, invented names): the company's name before its Hong Kong code runs
# to eight characters, and the code patterns, capped at six, had cut it to its last six ("傑瑞生物製藥").
def test_a_name_longer_than_six_before_its_code_is_read_whole(summarizer):
    text = ("某某週報 記者 某某 北京報道\n\n近日,青嵐傑瑞生物製藥(09999)宣佈,其合作夥伴因臨牀關鍵試驗未達到主要終點,"
            "將終止對嵐沃利單抗的進一步開發。\n")
    company = summarizer(text, doc_id="long-name").get_field("company")
    assert company is not None and company.value == "青嵐傑瑞生物製藥"


# An analyst story (en-zb-002's shape, invented names): a bispecific named by its two targets ("PD-1xVEGF") had
# been taken as the drug instead of the INN the sentence gives just before it.
def test_a_bispecifics_target_pair_is_not_its_name(summarizer):
    text = ("Lakeshore Therapeutics and Qinghe said corvezimab, a PD-1xVEGF bispecific antibody, extended survival in "
            "patients with EGFR-mutated non-small cell lung cancer. Qinghe said the Phase 3 trial met its primary "
            "endpoint of overall survival.\n")
    drug = summarizer(text, doc_id="bispecific").get_field("drug_name")
    assert drug is not None and drug.value == "corvezimab"


# Indications that were not a disease phrase (read off training filings; invented products): an age, a setting,
# the trial results said after the indication, a generic drug for it, a trailing 治疗 after an infection.
@pytest.mark.parametrize("text, bad, good", [
    ("青禾生技公告,抗流感新藥QH-12膠囊獲衛福部核准上市,適用於12周歲及以上單純性流感急性感染無併發症的患者。",
     "12周歲及以上", None),
    ("青禾肽注射液已首次獲準上市,其第一項適應症為在飲食和運動干預基礎上,用於成人患者的長期體重控制。",
     "在飲食和運動干預基礎上", None),
    ("昨日,青禾生技公布其新藥QH-514注射劑用於局部減脂的臨床二b期最終統計結果,數據顯示受試者腹部脂肪明顯減少。",
     "臨床", "局部減脂"),
    ("青禾製藥公告QH-77注射劑獲美國FDA核准上市。\n(2)本產品廣泛用於真菌感染治療,包含侵襲性麴菌感染、深層念珠菌感染。",
     "治療", None),
])
def test_an_indication_is_a_disease_phrase_not_what_is_said_around_it(summarizer, text, bad, good):
    indication = summarizer(text, doc_id="indication-shape").get_field("indication")
    assert indication is None or bad not in indication.value
    if good is not None:
        assert indication is not None and indication.value == good


# A supplementary approval for children (zh-xa-006's shape, invented names) recalls the product's first
# approval "已于 2021 年 7 月获批上市第一个适应症,用于成人…": that indication is the earlier event's, not this one's.
def test_the_indication_of_an_earlier_approval_is_not_the_supplements(summarizer):
    text = ("近日,公司控股子公司青岚细胞工程有限公司收到国家药品监督管理局签发的《药品补充申请批准通知书》,公司产品"
            "注射用重组人凝血因子 IX 拟新增 12 岁以下儿童适应症的补充申请已获得国家药监局批准。\n"
            "青岚宁®为青岚细胞工程自主研发的第三代重组人凝血因子 IX 产品,已于 2021 年 7 月获批上市第一个适应症,"
            "用于成人及青少年(≥12 岁)血友病 B 患者出血的控制和预防。\n")
    indication = summarizer(text, doc_id="earlier-indication").get_field("indication")
    assert indication is None or "成人及青少年" not in indication.value


# A Fast Track release (en-zc-001's shape, invented names) says what the programme is for ("to facilitate the
# development of drugs that treat a serious or life-threatening condition"): that criterion is no indication.
def test_the_fast_track_criterion_is_not_the_indication(summarizer):
    text = ("(Wire) - Larkspur Oncology, Inc. (LKOX) Wednesday said that the U.S. Food and Drug Administration (FDA) has "
            "granted Fast Track Designation to LKO-201, the company's drug candidate for the treatment of adult patients "
            "with recurrent or metastatic head and neck squamous cell carcinoma (R/M HNSCC).\n"
            "The FDA's Fast Track designation program is intended to facilitate and expedite the development and review "
            "of new drugs in the U.S. for the treatment of a serious or life-threatening condition.\n")
    indication = summarizer(text, doc_id="fast-track").get_field("indication")
    assert indication is not None and "life-threatening" not in indication.value


# A Taiwan news story of a licence (zh-xe-004's shape, invented names): its 约11亿元 signing fee is in New Taiwan
# dollars, not renminbi.
def test_a_taiwan_deals_bare_yuan_is_said_in_new_taiwan_dollars(summarizer):
    text = ("本文共1091字\n嵐天生技集團昨(21)日宣布,旗下嵐一(4999)生技開發的糖尿病足潰瘍新藥「嵐必一」,授權給中國大陸央企"
            "某某集團旗下「某某藥業」,雙方締結20年長約,某某藥業將擁有嵐必一在大陸市場的獨家銷售權。\n"
            "依據合約,嵐天集團將可先獲得約11億元簽約金,後續還包括有達成條件但無上限的銷售里程碑金及銷售分成。\n"
            "嵐一為興櫃公司。\n")
    upfront = summarizer(text, doc_id="tw-deal", doc_type="licensing_deal").get_field("upfront")
    assert upfront is not None and upfront.value_en.endswith("NT$1.1 billion") and "RMB" not in upfront.value_en


# A product's numbered variant in brackets (read off zh-xd-006 and zh-yn-008; invented names): "(II)" in Latin
# letters is part of the name as "(Ⅱ)" is, and the English gives the variant in Latin numerals after the product.
def test_a_products_numbered_variant_is_part_of_its_name(summarizer):
    text = ("青禾医药股份有限公司关于获得药品注册证书的公告\n近日,青禾医药股份有限公司收到国家药品监督管理局核准签发的"
            "青禾列汀二甲双胍缓释片(II)《药品注册证书》。\n")
    drug = summarizer(text, doc_id="variant").get_field("drug_name")
    assert drug is not None and drug.value == "青禾列汀二甲双胍缓释片(II)"
    assert drug.value_en.endswith("(II)")


def test_a_variant_in_roman_numeral_characters_is_said_in_latin_letters():
    from summarizer.stages.translate import GlossaryTranslator, render_value

    assert render_value(GlossaryTranslator(), "复方电解质注射液(Ⅲ)", "drug") == ("compound electrolyte Injection (III)", "glossary")


# A news brief of an A+H filer (zh-xe-010's shape, invented names): its short name before both codes,
# "某某医药(601999/02999)发布关于…的公告", names the filer.
def test_a_filer_named_before_its_a_and_h_share_codes(summarizer):
    text = ("财中社12月10日电青禾医药(601999/02999)发布关于获得美国孤儿药资格认定的公告。公司全资子公司青禾睿尔自主研发的"
            "QH4610用于肌萎缩侧索硬化症(ALS)获得美国FDA的孤儿药资格认定。\n")
    company = summarizer(text, doc_id="a-and-h").get_field("company")
    assert company is not None and company.value == "青禾医药"


# The training split's English releases name the filer short in the headline ("Westbay Announces …") and in
# full in the lead ("Westbay Biosciences, Inc. (NASDAQ: WBAY)"): the company is the full name, cited where it
# stands; of a group and its subsidiary, the name with the fewest words added.
@pytest.mark.parametrize("text, company", [
    ("Westbay Announces FDA Acceptance of NDA for Westinib\n\n"
     "BOSTON, March 3, 2025 -- Westbay Biosciences, Inc. (NASDAQ: WBAY) today announced that the U.S. Food and Drug "
     "Administration has accepted its New Drug Application for Westinib in adults with tardive dyskinesia.\n",
     "Westbay Biosciences, Inc."),
    ("Eastgen Receives Orphan Drug Designation for EG-101\n\n"
     "Eastgen Inc. (NASDAQ: EAST) today announced that its wholly owned subsidiary Eastgen Nanomedicine Inc. received "
     "Orphan Drug Designation from the U.S. FDA for EG-101 in amyotrophic lateral sclerosis.\n",
     "Eastgen Inc."),
    ("Northway Therapeutics Reports Topline Phase 2 Results for NW-7\n\n"
     "Northway Therapeutics today reported positive topline results from its Phase 2 trial of NW-7 in adults with "
     "major depressive disorder.\n",
     "Northway Therapeutics"),
], ids=["short-headline-full-lead", "group-not-subsidiary", "no-full-name-written"])
def test_an_english_filer_is_named_in_full_where_the_text_writes_it(summarizer, text, company):
    summary = summarizer(text, doc_id="full-name")
    found = summary.get_field("company")
    assert found is not None and found.value == company
    assert company in summary.sources[found.citations[0]]
    assert not summary.violations


# From the training split's wrong drug names and companies (ninth session): a pronoun's product, a class word
# alone, a clause about a market or a licence's scope, a US listing form, a target with its modality are no
# drug; a prefix bared by stripping another is stripped too; a verb after a filer's name ("某某发布公告") and a
# market participant ("法人"), a particle's or a date's remnant ("了信息", "日晚间") are no company.
@pytest.mark.parametrize("text, bad", [
    ("青梧生物:疫苗上市申请获受理\n\n青梧生物表示,该款疫苗已确定产业化规模工艺,工艺稳定,将进一步丰富公司产品管线。\n", "该款疫苗"),
    ("青梧生物:流感疫苗进入Ⅲ期临床\n\n儿童专用四价流感疫苗进入Ⅲ期临床试验,无形中提升了市场对儿童专用流感疫苗的关注。\n", "市场"),
    ("青梧制药授权HER2ADC海外权益\n\n青梧制药(01234.HK)宣布,与某某生物就HER2ADC签署许可协议,首付款2500万美元。\n", "HER2ADC"),
    ("青梧醫藥取得藥證\n\n青梧醫藥公告,取得藥品製造許可,生產範圍為中藥飲片。\n", "範圍"),
], ids=["pronoun-product", "market-clause", "target-and-modality", "licence-scope"])
def test_what_is_no_drug_name_is_left_out(summarizer, text, bad):
    drug = _fields(summarizer, text, "no-drug").get("drug_name")
    assert drug is None or bad not in drug.value


def test_a_prefix_bared_by_another_strip_is_stripped_too(summarizer):
    text = "青梧生物:儿童流感疫苗进入Ⅲ期临床\n\n目前,公司核心产品为成人版四价流感疫苗,儿童剂型已进入Ⅲ期临床试验。\n"
    drug = _fields(summarizer, text, "strip-twice").get("drug_name")
    assert drug is None or not drug.value.startswith(("为", "產品", "产品"))


@pytest.mark.parametrize("text, bad", [
    ("青梧生物发布公告,国家药品监督管理局批准公司青梧替尼片上市。\n", "发布"),
    ("青梧新藥臨床獲重大進展\n法人表示,該新藥第一階段人體試驗最快可望在今年底前完成,將吸引藥廠合作商機。\n", "法人"),
    ("青梧药业:青梧替尼片获FDA批准\n日晚间公告,公司日前收到美国食品药品监督管理局的批准,青梧替尼片获准上市。\n", "晚间"),
], ids=["verb-after-name", "market-participant", "date-remnant"])
def test_what_is_no_company_is_left_out(summarizer, text, bad):
    company = _fields(summarizer, text, "no-company").get("company")
    assert company is None or bad not in company.value


# The training split's English indications that ran on past the disease (ninth session): into the sentence's verb,
# an agency it was sent to, a review's length, a comparison or the next drug of a list; and a gene alone or a
# biomarker's status cut before its disease is no indication.
@pytest.mark.parametrize("text, indication", [
    ("FDA Rejects Westinib\n\nThe US Food and Drug Administration (FDA) has rejected Westbay Therapeutics’ westinib "
     "for the treatment of Barth syndrome after a lengthy review.\n", "Barth syndrome"),
    ("Westbay Therapeutics Reports Phase 3 Results\n\nWestbay Therapeutics, Inc. today reported that its Phase III "
     "study evaluating westinib as a first-line therapy for treatment of patients with metastatic pancreas cancer "
     "failed to reach its primary endpoint.\n", "metastatic pancreas cancer"),
    ("Westbay Therapeutics Reports Phase 3 Results of WB-311\n\nWestbay Therapeutics, Inc. today reported positive "
     "Phase 3 results of WB-311. Westbay plans to submit the new drug application (NDA) for WB-311 in the treatment "
     "of Thyroid Eye Disease or TED to the Center for Drug Evaluation (CDE) of the National Medical Products "
     "Administration.\n", "Thyroid Eye Disease or TED"),
], ids=["after-a-review", "into-the-verb", "into-the-agency"])
def test_an_english_indication_stops_where_the_disease_ends(summarizer, text, indication):
    found = _fields(summarizer, text, "en-indication").get("indication")
    assert found is not None and found.value == indication


@pytest.mark.parametrize("bad", ["BRAF", "hormone receptor-positive"])
def test_a_gene_or_a_biomarker_status_alone_is_no_indication(bad):
    from summarizer.stages.doctypes import load_types

    spec = load_types()["trial_progress"].fields["indication"]
    assert any(p.search(bad) for p in spec.reject)


# From reading 48 training summaries next to their sources (ninth session).
def test_a_running_trials_target_is_not_its_enrolment(summarizer):
    text = ("青梧抗新冠新藥完成二階段收案 拚本季收案174人\n\n"
            "青梧(4132)今日宣布,旗下新藥 QW-01 人體二期臨床試驗已完成第二階段收案,累計收案數達 80 位,力拚本季完成 174 人收案。\n"
            "董事長表示,預計三個月完成 174 人收案後,進入數據分析。\n")
    enrollment = _fields(summarizer, text, "target").get("enrollment")
    assert enrollment is not None and enrollment.value.replace(" ", "") == "80位"


@pytest.mark.parametrize("text, english", [
    ("青梧(4114)董事長昨日宣布,青梧將旗下鼻噴劑大陸地區藥證與銷售權售讓與某某藥業,授權金4.2億元將分三次入帳,"
     "最快一周內可先取得1.4億元簽約金。\n", "yuan"),
    ("台灣青梧(4114)董事長昨日宣布,青梧將旗下鼻噴劑大陸地區藥證與銷售權售讓與某某藥業,授權金4.2億元將分三次入帳,"
     "最快一周內可先取得1.4億元簽約金。\n", "NT$"),
    ("青梧药业宣布,将旗下鼻喷剂的大陆地区权益许可给某某药业,首付款1.4亿元。\n", "RMB"),
], ids=["traditional-unsaid", "traditional-taiwan", "simplified"])
def test_a_bare_yuan_is_renminbi_only_where_the_text_is_mainland(summarizer, text, english):
    upfront = _fields(summarizer, text, "yuan").get("upfront")
    assert upfront is not None and english in upfront.value_en
    assert ("RMB" in upfront.value_en) is (english == "RMB")


def test_a_company_may_file_for_conditional_approval_is_no_conditional_approval(summarizer):
    text = ("青梧醫藥(03320.HK)公布,集團參股公司的核心產品候選藥物QW-1近期取得重要進展。據與國家藥監局藥品審評中心的溝通,"
            "藥品審評中心已同意其可為QW-1提交附條件批准申請。\n")
    assert _fields(summarizer, text, "may-file").get("tentative") is None
    approved = "青梧醫藥公布,國家藥監局已附條件批准QW-1上市,用於治療晚期肝癌。\n"
    tentative = _fields(summarizer, approved, "approved").get("tentative")
    assert tentative is not None and "附條件" in tentative.value


# The training split's English deals whose partner went unread (ninth session): the licensee a right goes to, the
# second of two parties that signed (with its short name in brackets); a "partner" that is the filer by its short
# name is none.
@pytest.mark.parametrize("text, partner", [
    ("Eastgen Licenses Westinib to Northway\n\nEastgen Inc. has entered into an agreement to out-license to Northway "
     "Therapeutics exclusive rights to westinib for the development and commercialization in the United States.\n",
     "Northway Therapeutics"),
    ("Eastgen and Northway sign licence agreement\n\nEastgen Bio and Northway Pharma Group (NPG) have signed a "
     "multi-year, worldwide strategic partnership and licence agreement focused on antibody discovery.\n",
     "Northway Pharma Group (NPG)"),
], ids=["license-to", "two-parties-signed"])
def test_an_english_deals_partner_is_read(summarizer, text, partner):
    found = _fields(summarizer, text, "partner").get("partner")
    assert found is not None and found.value == partner


# A generic name in lower case after the application it is the subject of (en-zk-006's shape, ninth session); a
# brand the event names still comes first.
@pytest.mark.parametrize("text, drug", [
    ("The Food and Drug Administration (FDA) has accepted for Priority Review the New Drug Application for westaxolone "
     "for the treatment of seizures associated with a rare genetic disorder.\n", "westaxolone"),
    ("Eastgen Announces FDA Approval\n\nEastgen Inc. announced that WESTRI® (westobamate) has been approved by the "
     "FDA. The New Drug Application for westobamate for partial-onset seizures was accepted last year.\n", "WESTRI"),
], ids=["inn-after-application", "brand-first"])
def test_a_lower_case_generic_name_after_its_application_is_the_drug(summarizer, text, drug):
    found = _fields(summarizer, text, "inn").get("drug_name")
    assert found is not None and found.value.startswith(drug)


# The training split's Chinese deals whose partner went unread (ninth session): the seller a right is bought from, a
# recipient by its short name; a descriptor ("印度上市公司") is no partner.
@pytest.mark.parametrize("text, partner", [
    ("东江医药关于受让药品技术的公告\n东江医药全资子公司以人民币3,400万元受让西岭制药股份有限公司(以下简称“西岭制药”)持有的"
     "美沙拉秦肠溶片的技术及相关权益。\n", "西岭制药股份有限公司"),
    ("东江医药:与北岭就双抗签署许可协议\n东江医药宣布,公司共同授予北岭PD-1/VEGF双特异性抗体DJ-707在全球的开发、生产和商业化"
     "权利,北岭将支付12.5亿美元首付款。\n", "北岭"),
    ("东江医药:授予推广权\n公司将东江替尼片在内地的独家推广权授予西岭医药。公司将获得首付款3500万元人民币。\n",
     "西岭医药"),
], ids=["bought-from", "short-name-with-code-after", "short-name-at-sentence-end"])
def test_a_chinese_deals_partner_is_read(summarizer, text, partner):
    found = _fields(summarizer, text, "zh-partner").get("partner")
    assert found is not None and found.value == partner


# A short region before the right it bounds is the deal's territory (ninth session, from the training split).
@pytest.mark.parametrize("text, territory", [
    ("东江医药:授予推广权\n公司将东江替尼片在内地的独家推广权授予西岭医药。公司将获得首付款3500万元人民币。\n", "内地"),
    ("東江公告簽訂授權合約\n東江取得DJ-032於台灣地區之製造暨銷售授權合約,授權金新台幣1,000萬元。\n", "台灣地區"),
], ids=["mainland-promotion-right", "taiwan-licence"])
def test_a_short_region_before_its_right_is_the_territory(summarizer, text, territory):
    found = _fields(summarizer, text, "territory").get("territory")
    assert found is not None and found.value == territory and found.value_en


# A partner by a short name with its trade word (西岭药业, seven characters) is read; a clause's 共同 is no part of a
# partner's name (ninth session).
def test_a_short_partner_name_with_its_trade_word_is_read_and_a_clause_word_is_not(summarizer):
    text = ("東江(4114)董事長昨日宣布,東江將旗下鼻噴劑大陸地區藥證與銷售權,售讓與西藏西嶺藥業,授權金4.2億元將分三次入帳,"
            "最快一周內可先取得1.4億元簽約金。\n")
    partner = _fields(summarizer, text, "short-partner").get("partner")
    assert partner is not None and partner.value == "西藏西嶺藥業"
    clause = "東江生技宣布,新藥DJ-1授權給北嶺雙鶴藥業,東江將與北嶺雙鶴共同推進上市,北嶺雙鶴擁有大陸市場的獨家銷售權。\n"
    other = _fields(summarizer, clause, "clause-word").get("partner")
    assert other is None or not other.value.endswith("共同")


# From reading ten training summaries at the end (ninth session): a Taiwan filer with a space before its code
# ("某某 (4147) 公告") is the company.
def test_a_taiwan_filer_with_a_space_before_its_code_is_the_company(summarizer):
    company = _fields(summarizer, "東江 (4147) 公告新藥DJ-355三期臨床試驗已達到收案目標。\n", "tw-space").get("company")
    assert company is not None and company.value == "東江"



# The body that acts is the part a filing names right after the whole (the CDE of the NMPA), with or without
# the whole's acronym or short name in brackets between them; a vaccine's expression system and a product's
# strength in brackets are part of its name.
@pytest.mark.parametrize("between, regulator", [
    ("国家药品监督管理局（NMPA）药品审评中心（CDE）", "药品审评中心"),
    ("国家药品监督管理局（以下简称“国家药监局”）药品审评中心", "药品审评中心"),
    ("国家药监局药品审评中心", "国家药监局药品审评中心"),
    ("国家药品监督管理局", "国家药品监督管理局"),  # the whole alone is the whole
])
def test_the_part_of_a_regulator_named_after_it_is_the_body_that_acts(summarizer, between, regulator):
    text = ("岭南医药股份有限公司关于药品上市申请获得受理的公告\n近日，岭南医药股份有限公司（以下简称“公司”）收到"
            f"{between}签发的《受理通知书》，公司递交的岭南替尼片上市申请获得受理。")
    summary = summarizer(text, doc_id="reg-part")
    fields = {f.name: f for f in summary.fields}
    assert fields["regulator"].value == regulator
    body = "Center for Drug Evaluation" if "审评" in regulator else "National Medical Products Administration"
    assert body in fields["regulator"].value_en and body in summary.core_viewpoint.en


@pytest.mark.parametrize("drug, english", [
    ("重组九价人乳头瘤病毒疫苗(大肠杆菌)", "(Escherichia coli)"),
    ("重组乙型肝炎疫苗(汉逊酵母)", "hepatitis B"),
    ("静注人免疫球蛋白(10%)", "(10%)"),
])
def test_a_vaccines_expression_system_and_a_products_strength_stay_in_its_name(summarizer, drug, english):
    text = ("江岸生物股份有限公司关于获得药物临床试验批准通知书的公告\n近日，江岸生物股份有限公司收到国家药品监督管理局"
            f"核准签发的关于{drug}的《药物临床试验批准通知书》。")
    fields = _fields(summarizer, text, "drug-qualifier")
    assert fields["drug_name"].value == drug
    assert english in fields["drug_name"].value_en


@pytest.mark.parametrize("sentence, invested", [
    ("截至目前，新综合楼车间项目累计投入约人民币1.5亿元。", None),  # a workshop's cost, not research
    ("截至目前工程累计投入约人民币350万元。", None),
    ("截至目前，该项目累计投入约2,345.67万元。", "约2,345.67万元"),  # the drug's project
])
def test_a_plants_cost_is_no_research_investment(summarizer, sentence, invested):
    text = ("岭东医药股份有限公司关于子公司通过药品GMP认证的公告\n近日，公司全资子公司岭东制药有限公司收到省药品监督管理局"
            f"颁发的《药品GMP证书》，认证范围为片剂。{sentence}")
    fields = _fields(summarizer, text, "rd-plant")
    assert (fields["rd_investment"].value if "rd_investment" in fields else None) == invested


# A trial's or an application's partner is read where the filing names the drug's co-developer or its partner as such.
@pytest.mark.parametrize("sentence, partner", [
    ("近日，公司与华东某某大学合作研发的重组带状疱疹疫苗(CHO细胞)收到国家药品监督管理局核准签发的《药物临床试验批准通知书》。",
     "华东某某大学"),
    ("近日，岭西生物股份有限公司（以下简称“公司”）与北京某某医药科技有限公司联合开发的岭西替尼片收到国家药品监督管理局核准签发的"
     "《药物临床试验批准通知书》。", "北京某某医药科技有限公司"),
    # the filer named second ("某研究所与某某生物联合研制"): which one is the partner the sentence does not say
    ("近日，某某微生物研究所与岭西生物股份有限公司联合研制的重组疫苗收到国家药品监督管理局核准签发的《药物临床试验批准通知书》。", None),
    # a partnership's name is no partner ("创新合作伙伴关系组织")
    ("该疫苗由流行病防范创新合作伙伴关系组织资助。近日，岭西疫苗收到国家药品监督管理局核准签发的《药物临床试验批准通知书》。", None),
])
def test_a_co_developer_is_the_partner(summarizer, sentence, partner):
    text = "岭西生物股份有限公司关于获得药物临床试验批准通知书的公告\n" + sentence
    fields = _fields(summarizer, text, "co-developer")
    assert (fields["partner"].value if "partner" in fields else None) == partner


def test_a_sales_partner_that_received_a_letter_is_the_partner(summarizer):
    text = "岭西生技公告\n岭西生技(6666)今日公告，銷售夥伴Northwind已收到美國食品藥物管理局(FDA)的完全回覆信函。"
    fields = _fields(summarizer, text, "sales-partner")
    assert fields["partner"].value == "Northwind"


def test_an_ind_for_solid_tumors_is_read_and_a_papers_disease_is_not(summarizer):
    text = ("Westbay Received IND Clearance from NMPA for Its Antibody WB-003 for the Treatment of Solid Tumors\n\n"
            "Westbay Therapeutics announced that the NMPA has cleared its IND application for WB-003 for the treatment "
            "of solid tumors.\n\n"
            "In May 2022, Nature Cancer published the study results on WB-003 in the treatment of androgen "
            "receptor-negative prostate cancer. The results revealed that the target can drive castration resistance "
            "in prostate cancer.\n")
    fields = _fields(summarizer, text, "ind-solid")
    assert fields["indication"].value.lower() == "solid tumors"


def test_combined_phase_2_and_3_data_name_no_phase_2(summarizer):
    text = ("Westbay Bio Reports on WB-942\n\nWestbay Bio is analysing the combined phase 2 and 3 data to design a "
            "second pivotal study of WB-942 in oral mucositis.\n")
    fields = _fields(summarizer, text, "phase-2-and-3")
    assert "trial_phase" not in fields or fields["trial_phase"].value.lower() != "phase 2"


def test_multiple_solid_tumor_types_are_solid_tumors(summarizer):
    text = ("Westbay Bio Doses First Patient in Part 2 of Phase 1 Study\n\nWestbay Bio announced that the first patient "
            "was dosed in part 2 of its Phase 1 study of WB-134 in multiple solid tumor types.\n")
    fields = _fields(summarizer, text, "multiple-solid")
    assert fields["indication"].value == "solid tumor"


def test_a_product_tables_manufacturer_is_not_the_filer(summarizer):
    text = ("岭南药业:湖北岭南药业股份有限公司关于子公司药品进入国家医保目录的公告\n"
            "证券代码: 600999 证券简称: 岭南药业 公告编号:2023-003\n湖北岭南药业股份有限公司\n关于子公司药品进入国家医保目录的公告\n"
            "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
            "2023年1月18日，国家医保局发布《2022年国家医保目录》。公司有3个药品纳入目录。\n"
            "一、药品情况\n药物名称 岭南清脑颗粒\n药品生产企业 岭南药业集团有限公司\n")
    fields = _fields(summarizer, text, "manufacturer")
    assert fields.get("company") is None or fields["company"].value != "岭南药业集团有限公司"


def test_an_indication_stated_as_what_the_drug_serves_as_is_read_without_that(summarizer):
    text = ("岭南生物制药股份有限公司关于获得药品注册证书的公告\n岭南生物制药股份有限公司于近日收到国家药品监督管理局核准签发的"
            "盐酸岭布啡注射液《药品注册证书》。\n盐酸岭布啡注射液广泛应用于缓解中至重度疼痛。公司该药品的适应症为作为镇痛药用于"
            "复合麻醉时的麻醉诱导。\n")
    fields = _fields(summarizer, text, "serves-as")
    assert fields["indication"].value == "复合麻醉时的麻醉诱导"  # the product's own indication, not the molecule's use


def test_a_disease_the_drug_may_also_be_used_in_is_no_indication(summarizer):
    text = ("Westbay Signs Agreement for WB-1 in China\n\nWestbay Bio announced an agreement with a partner to sell WB-1 in "
            "Greater China.\n\nThe drug may also be used in the treatment of various forms of non-small cell lung cancer.\n")
    fields = _fields(summarizer, text, "also-used")
    assert "indication" not in fields or "lung cancer" not in fields["indication"].value
