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


# ------------------------------------------------------------------ two events in one filing (train split)
# A wire copy whose one sentence names an approval and, with it, a designation: the approval is the news.
ANDA_WITH_ORPHAN = """财经快讯APP讯，东岭药业(600999.SH)发布公告，公司收到美国食品药品监督管理局(简称“美国FDA”)的通知，公司向美国FDA申报的东岭注射液的新药简略申请(ANDA)已获得批准且获得孤儿药认定。孤儿药是指用于罕见病的药品。"""

# The headline names an accepted application first and a priority review second.
NDA_WITH_PRIORITY = """证券代码：688999          证券简称：南海医药                公告编号：2025-003
               南海(江苏)医药股份有限公司
      自愿披露关于南海替尼上市申请获美国 FDA 受理
                 并取得优先审评资格的公告
近日，南海(江苏)医药股份有限公司的南海替尼片新药上市申请获美国食品药品监督管理局受理，并被授予优先审评资格。"""

# A supplementary approval whose conclusion is the consistency evaluation; a table cut the phrase apart.
SUPPLEMENT_CONCLUDES_CONSISTENCY = """西岭药业:关于子公司收到药品补充申请批准通知书的公告
西岭药业(集团)股份有限公司全资子公司于近日收到国家药品监督管理局签发的药品补充申请批准通知书，现将具体情况公告如下:
药品名称 注册分类 规格 审批结论
西岭片 化学药品 40mg 经审查，本品通过仿制药质量和
疗效一致性评价
截止目前，该药品有3家企业通过一致性评价或视同通过一致性评价。"""

# An enrolment target reached in an international study, with an old designation in the background.
ENROLMENT_TARGET = """格隆快讯3月18日丨北石药业-B(02999.HK)發佈公告，抗PD-1抗體BS1003聯合侖伐替尼一線治療晚期肝細胞癌患者的國際多中心III期註冊研究BS1003-305成功達成預設患者入組目標。
BS1003此前已獲美國FDA授予孤兒藥資格認定。"""

# Traditional script: the regulator approved the new-drug marketing application, named far from 批准.
TRAD_APPROVAL = """近日，港股上市公司北方生物(09999.HK)宣布，國家藥品監督管理局已批準公司自主研發的雙特異性抗體新藥北方西單抗注射液的新藥上市申請，適應癥為非小細胞肺癌。
北方西單抗此前曾被納入突破性治療品種。"""

# Volume-based procurement: a bid won by a generic that "passed consistency evaluation".
PROCUREMENT = """证券代码：600999 证券简称：东湖通 公告编号：临2020-083
联合采购办公室开展了第三批国家组织药品集中采购工作。东湖通医药集团股份有限公司子公司参加了投标，其已通过仿制药质量和疗效一致性评价的东湖片拟中标本次集中采购，现将相关拟中标情况公告如下:
一、拟中标产品的基本情况"""

# A diagnostic kit's registration certificate is a medical device's, not a drug's.
DEVICE = """深圳东海生物医学工程股份有限公司关于取得医疗器械注册证的公告
近日，公司取得国家药品监督管理局颁发的东海抗体检测试剂盒（化学发光法）的《中华人民共和国医疗器械注册证》。"""

QUARTER = """# Bayview Bio (NASDAQ: BVBI) Highlights Q2 2025 Progress and Prepares for Phase 2 Trial

Bayview Bio (NASDAQ: BVBI), a biotechnology company, reported strategic and financial milestones for Q2 2025, including ethics approval in Australia for a Phase 2 trial of BVB-002."""

HENGRUI_STYLE_RESULTS = """西江医药:关于药品临床试验进展的公告
西江医药股份有限公司的XJ-1210联合化疗一线治疗晚期鳞状非小细胞肺癌的III期临床研究的主要研究终点结果达到方案预设的优效标准。"""


@pytest.mark.parametrize("text, expected", [
    (ANDA_WITH_ORPHAN, "drug_registration"),
    (NDA_WITH_PRIORITY, "nda_acceptance"),
    (SUPPLEMENT_CONCLUDES_CONSISTENCY, "consistency_evaluation"),
    (ENROLMENT_TARGET, "trial_progress"),
    (TRAD_APPROVAL, "drug_registration"),
    (PROCUREMENT, "other"),
    (DEVICE, "other"),
    (QUARTER, "other"),
], ids=["anda+orphan", "nda+priority", "supplement=consistency", "enrolment-target", "trad-approval",
        "procurement", "device", "quarter"])
def test_the_main_event_decides_the_type(text, expected):
    assert Summarizer().analyse(text).doc_type == expected


def test_a_designation_alone_in_the_headline_stays_a_designation():
    # an approval named only in the background does not take a designation headline over
    text = FAST_TRACK_ZH + "\nHL-518片此前已获批准上市的同类药物较少。"
    assert Summarizer().analyse(text).doc_type == "regulatory_designation"


def test_a_rejected_application_is_not_an_approval():
    doc = Summarizer().analyse(REJECTION + "该药品上市申请未获批准。")
    assert doc.doc_type == "setback"


# The regulator defers its decision until an inspection it cannot make: bad news, never an approval.
DEFERRED = """东帆药业股份有限公司关于子公司收到美国FDA关于DF-627上市申请函件的公告
东帆药业全资子公司收到美国FDA的函件：FDA在批准该申请前需对生产场地进行现场检查，由于旅行限制无法在当前审查周期内完成，因此FDA将延期DF-627上市申请的批复，直至完成现场检查。"""


def test_a_deferred_decision_is_a_setback():
    summary = Summarizer()(DEFERRED, doc_id="deferred")
    assert summary.doc_type == "setback"
    assert "received approval" not in (summary.core_viewpoint.en or "")


# A studio interview ahead of a conference: commentary on results, not the filer's release of them.
STUDIO_INTERVIEW = """# Westcove Therapeutics WCT-100 shows promising results in Phase 1b study

Westcove Therapeutics Ltd (ASX:WCT) CEO Jane Doe sits down with John Roe in the Proactive studio ahead of a presentation of the results of its WCT-100 Phase 1b study at a lymphoma forum. The Phase 1b study met its primary objectives and showed positive results."""

# A granted suitability petition lets the company file an application; no drug is approved.
PETITION = """# Eastvale Pharmaceuticals Receives FDA Approval of Suitability Petition for Preservative-Free EVX-1

NEW YORK, NY - September 24, 2025 - Eastvale Pharmaceuticals (NASDAQ: EVXP) announced that the U.S. Food and Drug Administration has granted its Suitability Petition for EVX-1, a planned preservative-free product. The approval enables the re-filing of the Company's Abbreviated New Drug Application."""


@pytest.mark.parametrize("text", [STUDIO_INTERVIEW, PETITION], ids=["studio-interview", "suitability-petition"])
def test_no_event_template_for_commentary_or_a_petition(text):
    summary = Summarizer()(text, doc_id="x")
    assert summary.doc_type in ("news_feature", "other")
    assert not summary.core_viewpoint.event
    assert "received approval" not in (summary.core_viewpoint.en or "")


# ------------------------------------------------------------------ more shapes from the train split
TECH_TRANSFER_PAREN = """北京东关村科技发展(控股)股份有限公司
关于下属公司签署盐酸东甲酯缓释咀嚼片项目技术转让(专利申请权) 合同的公告
公司下属公司与转让方签署技术转让合同，转让价款为人民币500万元。"""

TW_EXCLUSIVE_SALES = """東裕 (4999) 愛滋病新藥TMB-999與加拿大East Therapeutics簽訂12年期獨家銷售行銷契約，除了200萬美元簽約金外，未來可取得相關哩程金。"""

TW_LICENCE_PAREN = """[公告] 東天:公告子公司與合二生技共同與大陸華東藥業簽署「東必一」大陸獨家「商業化合作許可(授權)協議」"""

BLA_WRAPPED = """江苏东瑞医药股份有限公司
关于重新提交注射用东瑞利珠单抗的生物制品
许可申请获 FDA 受理的提示性公告
近日，公司收到美国FDA的通知，重新提交的生物制品许可申请已获受理。"""

KEY_DATA = """东泰生物:东泰生物关于鼻喷新冠肺炎疫苗Ⅲ期临床试验获得关键性数据的提示性公告
东泰生物近日完成III期临床试验的中期主要分析，获得关键性数据。"""

TW_UNBLINDING = """[公告] 東天:公告子公司共同召開國際記者會，對外說明研發中新冠新藥SNS999二期臨床結果與後續規劃
子公司合作研發的新冠新藥SNS999，完成二期臨床試驗解盲，達成主要目標。"""

JAPAN_APPROVAL = """和東醫藥(00099.HK)宣佈武東獲得東喹替尼在日本的上市批准
和東醫藥今日宣佈其合作夥伴取得日本厚生勞動省(MHLW)批准生產及銷售東喹替尼。"""

TW_LICENCE_CERT = """(1799)東隆-本公司取得衛福部食品藥物管理署核發藥證
1.產品內容:本公司取得衛福部食品藥物管理署(TFDA)核發的多發性骨髓瘤治療藥物Bortezomib台灣藥證"""

COMMERCIAL_APPROVAL = """# Eastgate Biologics Copenhagen Site Marks FDA Approval Milestone

Eastgate Biologics, a contract manufacturer, today announced the newest milestone at its Copenhagen campus, a U.S. Food and Drug Administration (FDA) commercial approval for a biosimilar made at the site."""


@pytest.mark.parametrize("text, expected", [
    (TECH_TRANSFER_PAREN, "licensing_deal"),
    (TW_EXCLUSIVE_SALES, "licensing_deal"),
    (TW_LICENCE_PAREN, "licensing_deal"),
    (BLA_WRAPPED, "nda_acceptance"),
    (KEY_DATA, "trial_results"),
    (TW_UNBLINDING, "trial_results"),
    (JAPAN_APPROVAL, "drug_registration"),
    (TW_LICENCE_CERT, "drug_registration"),
    (COMMERCIAL_APPROVAL, "drug_registration"),
], ids=["tech-transfer-paren", "tw-exclusive-sales", "tw-licence-paren", "bla-wrapped", "key-data",
        "tw-unblinding", "japan-approval", "tw-licence-cert", "commercial-approval"])
def test_more_real_shapes_get_their_type(text, expected):
    assert Summarizer().analyse(text).doc_type == expected


TW_FIRST_SUBJECT = """東華生技:本公司新藥CX-9945治療社區型肺炎二期臨床試驗已正式啟動並完成第一位受試者收案"""


def test_a_first_subject_in_taiwan_wording_is_progress():
    assert Summarizer().analyse(TW_FIRST_SUBJECT).doc_type == "trial_progress"


def test_an_ethics_committee_approval_is_said_as_such_not_as_a_regulators():
    summary = Summarizer()(ETHICS_APPROVAL, doc_id="ethics")
    assert summary.doc_type == "drug_trial_approval"
    assert "ethics committee approval" in summary.core_viewpoint.en
    assert "伦理" in summary.core_viewpoint.zh


def test_a_response_index_is_not_the_drug():
    text = ("东岭健华:自愿披露关于东布替尼治疗系统性红斑狼疮IIb期研究达到主要终点的公告\n"
            "东布替尼50mg组在第48周的SRI-4应答率显著高于安慰剂组。")
    drug = next((f for f in Summarizer()(text, doc_id="sri").fields if f.name == "drug_name"), None)
    assert drug is None or drug.value != "SRI-4"


FINANCING = """# Northgate Pharmaceuticals (NASDAQ: NGTX) Announces $10.3 Million Financing to Expand Clinic Network, Advances FDA Drug Approval

Northgate Pharmaceuticals today announced that its subsidiary signed term sheets for $10.3 million of financing to acquire clinics, as it advances its drug NGX-100 toward FDA approval."""


def test_a_financing_is_other_not_the_approval_it_funds():
    summary = Summarizer()(FINANCING, doc_id="financing")
    assert summary.doc_type == "other"
    assert "received" not in (summary.core_viewpoint.en or "")


GUIDANCE = """# Westcliff (NASDAQ: WCLF) Advances WC-8 in ALS with FDA Guidance on Accelerated Approval Path

Westcliff today announced that it received FDA guidance at a Type C meeting on using biomarker data from its ongoing expanded access programs to support an accelerated approval application for WC-8."""


def test_a_regulators_guidance_is_other_not_a_trial_step_or_an_approval():
    summary = Summarizer()(GUIDANCE, doc_id="guidance")
    assert summary.doc_type == "other"
    assert not summary.core_viewpoint.event


# A finance-site reprint that runs the header codes, the board's guarantee and the whole body into one
# line, under a market-index menu: the body is not boilerplate with the header, so the summary states the
# event and names the filer (the menu word "全球股市" was the core viewpoint).
def test_a_one_line_filing_body_after_the_guarantee_is_summarised():
    text = ("全球股市\n您的当前位置:股票首页 > 沪市A股 > 正文\n\n"
            "600999:青川医药关于控股子公司药物临床试验批件的提示性公告\n\n"
            "2017-10-17 16:13:13 发布机构:青川医药 我要纠错\n"
            "证券代码: 600999 证券简称:青川医药 编号:临2017-125号 青川医药集团股份公司关于 控股子公司药物临床试验批件的"
            "提示性公告 特别提示 本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏,并对其内容的"
            "真实性、准确性和完整性承担个别及连带责任。 青川医药集团股份公司(以下简称“公司”或“青川医药”)于近日知悉,"
            "公司控股子公司宜昌青川药业有限责任公司收到国家食品药品监督管理总局核准签发的吗啡-6-葡萄糖苷酸注射液"
            "《药物临床试验批件》。\n")
    out = Summarizer()(text, doc_id="one-line")
    fields = {f.name: f for f in out.fields}
    assert out.doc_type == "drug_trial_approval"
    assert fields["company"].value == "青川医药集团股份公司"
    assert "吗啡-6-葡萄糖苷酸注射液" in out.core_viewpoint.zh and "全球股市" not in out.core_viewpoint.zh
    assert "morphine-6-glucuronide" in out.core_viewpoint.en
    assert not out.violations  # the translated chemical name's locant is a number the source has


# Shapes from the corpus's second batch (training split), each written here with invented names.
@pytest.mark.parametrize("text, expected", [
    # an acceptance notice of a registration application, whose headline also says 上市许可
    ("青川药业:青川药业关于青川鲁肽注射液获得境内生产药品注册上市许可《受理通知书》的公告2022-06-09\n"
     "青川药业股份有限公司(以下简称“公司”)于近日收到国家药品监督管理局下发的关于青川鲁肽注射液上市许可注册申请的受理通知书。",
     "nda_acceptance"),
    # a Hong Kong wire: the regulator "agrees" to Phase I and II studies; an old orphan designation is background
    ("【财华社讯】青川医药(02999-HK)公布,控股子公司收到国家药监局关于同意注射用QC-1501对晚期恶性实体瘤患者进行剂量探索"
     "Ⅰ期临床研究及对晚期肝细胞癌患者进行Ⅱ期临床研究的批准。\n该新药此前已于美国获得孤儿药认定。", "drug_trial_approval"),
    ("自愿公告最新业务情况有关在中国对转移性三阴性乳腺癌患者进行的青川珠单抗2b期研究达到总体缓解率的主要终点\n"
     "青川新耀宣布,该研究达到总体缓解率的主要终点。此前国家药监局已受理该药上市许可申请并纳入优先审评。", "trial_results"),
    ("青川疫苗(06999.HK)发布公告,集团研发的13价青川结合疫苗均已完成III期临床试验的现场工作,正在开展申报上市前的准备工作。",
     "trial_progress"),
    ("青川药业(002999):全资子公司受让青川沙秦肠溶片上市许可及相关生产技术\n公司全资子公司拟以3400万元受让该产品的上市许可及生产技术。",
     "licensing_deal"),
    ("青川生物已向港交所提交上市申请书。申请文件指出,集团上半年收益7亿元,上市所得款项将用作研发。", "other"),
    ("青杏接获美FDA通知 停止胰脏癌新药临床试验\n青杏公司表示,FDA要求停止该三期临床试验,待修正计划书后再补件。", "setback"),
    ("在政策驱动下,创新药上市加速。据不完全统计,2025年至今已有49款国产1类新药获批上市,青川、青山等收获颇丰。", "news_feature"),
    ("Lakeview USA gets FDA nod for Lakezen\nLakeview USA has received the Food and Drug Administration’s clearance for "
     "Lakezen (lakebrutinib) capsules for the treatment of adults with mantle cell lymphoma.", "drug_registration"),
    ("Sep 4 2009 Northpeak Company (NYSE:NPK) announced today that the U.S. Food and Drug Administration (FDA) has "
     "accepted, for filing and review, the company’s submission of a biologic license application for northacept.",
     "nda_acceptance"),
    ("Moss Pharma has completed the recruitment of 365 patients for the ongoing MOS-015 phase 3 study in North America. "
     "Topline results are expected in the fourth quarter.", "trial_progress"),
    ("Orphan Drug Status and Investor Confidence Boost Stock Prices of Quill Biotech and Lark Holdings\n"
     "Quill Biotech shares rose almost 25% after the FDA granted orphan drug status to its lead drug.", "news_feature"),
])
def test_second_batch_shapes_get_their_type(text, expected):
    assert Summarizer().analyse(text).doc_type == expected


# Page and form furniture of real reprints is never a bullet: a Taiwan MOPS form's spokesperson and
# relationship lines, a quote site's chart-image link, a wire's "views are the author's own" notice.
def test_form_lines_image_links_and_wire_notices_are_not_bullets():
    text = ("青华(6999)公告本公司研发中新药获得美国FDA核准孤儿药资格\n"
            "序号 2 发言日期 111/08/10 发言时间 17:30:34 发言人 潘青明 发言人职称 财务长\n"
            "3.与公司关系(请输入本公司或子公司):本公司\n"
            "[](/web/img.php?http://quote.example.com/GetPic.aspx?nid=0.8335&imageType=k)\n"
            "青华生技今日宣布,其新药QH-101获美国FDA授予孤儿药资格认定,用于治疗肝细胞癌。\n"
            "智通声明:本内容为作者独立观点,不代表智通财经立场。未经允许不得转载,文中内容仅供参考,不作为实际操作建议。\n")
    out = Summarizer()(text, doc_id="furniture")
    shown = " ".join(item.zh or "" for _, item in out.iter_items())
    for junk in ("发言人", "与公司关系", "img.php", "不代表"):
        assert junk not in shown


# ------------------------------------------------------------------ filings added to the corpus on 2026-11-27
# (each failed on first contact, before any rule was grown from it; invented names, the real shapes)
# A Hong Kong wire copy: 回覆函 is the Hong Kong spelling, and the text says what approval would need
# three times over ("才能批准此新药上市申请", "NDA的批准"), which outweighed the letter.
CRL_HK = """【财经社讯】南港制药(09998-HK)公布，公司收到美国食品药品监督管理局(FDA)就公司的缓释微球注射制剂NG-004的新药上市申请(NDA)发出的完整回覆函，要求提供更多的信息并解决原料药生产场地的检查问题后才能批准此新药上市申请。公司将与美国FDA密切沟通以解决完整回覆函中提到的问题，并推进这个NDA的批准流程。"""

# A trial ended early, the drug and its code between 终止 and 临床研究.
EARLY_STOP = """5月13日，青谷制药公告提前终止青谷特钠胶囊(QG-971)国际多中心3期临床研究决定。青谷制药表示，公司融资计划未能即刻到位，而研究受试者入组加速，短期内产生大量资金需求。"""

# A rejection written 不批准本次注册申请 / 未予批准, with an earlier trial approval in the background.
REJECTED_PLAIN = """东屿眼药公告，公司于近日收到国家药监局下发的《审批意见通知件》，根据审批意见，东屿滴眼液不符合药品注册的有关要求，不批准本次注册申请。公司本次申报的东屿滴眼液未予批准，不会对公司当期业绩产生重大影响。另外，公司前期申报的另一规格已经获得临床试验通知书，国家药监局同意开展相关临床试验。"""

# A primary endpoint without a significant difference, and the company gives up filing.
NOT_FILING = """西川微芯公告，西川尼布单药治疗小细胞肺癌III期临床试验中，与安慰剂组相比中位无进展生存期显著延长。在另一主要终点中位总生存期上，两组相比不具显著差异。经与药品审评中心预沟通，公司基于上述临床试验结果，决定不再递交该适应症的上市申请。"""

# Taiwan MOPS wording: the regulator did not pass the trial's approval.
TW_REFUSAL = """东泰：公告本公司研发中新药「DT-700C」今日获中国国家食品药品监督管理总局通知，第三期人体临床试验不予以通过核准。"""

# An acceptance notice whose application is a supplementary one.
SUPPLEMENT_ACCEPTED = """沈北眼药股份有限公司关于收到药品注册受理通知书的公告
证券代码：300999 证券简称：沈北眼药 公告编号：2021-057
沈北眼药股份有限公司于近日收到国家药品监督管理局核准签发的《受理通知书》，公司递交的盐酸沈北滴眼液境内生产药品补充申请获得受理。"""

# An exclusive national agency agreement with a related party, named in the headline.
AGENCY = """四川川宇制药股份有限公司关于拟签署全国总代理协议暨关联交易的公告
证券代码：688999 证券简称：川宇制药 公告编号：2025-063
公司子公司拟与关联方签署全国总代理协议，首付款为人民币15,000万元。"""

# A progress notice on a product-rights transfer agreement.
RIGHTS_TRANSFER = """海东双药业股份有限公司关于公司签署《产品权利转让协议》的进展公告
证券代码：002999 证券简称：海东双药业 公告编号：2023-007
公司已收到受让方支付的第二期转让款。该产品已于2019年获得国家药品监督管理局注册批件。"""

# A Taiwan wire: a Phase III trial reached its enrolment target (收案).
TW_ENROLMENT = """东裕爱滋新药 三期临床达收案目标
2016/04/28 08:45 中央社
东裕生技今日宣布，抗体新药DY-355三期临床试验已达成收案目标，共收治40名患者。"""

# An acceptance with the date and the regulator between 申请 and 受理; a trial approval in the background.
NDA_DATED = """(资料图片仅供参考)
南邦制药(09993)发布公告，该公司全资附属公司关于南邦鲁肽注射液糖尿病适应症的上市申请，于2023年8月22日获得中国国家药品监督管理局受理，受理号为 CXSS2300999。
此前该产品已获得体重管理适应症的药物临床试验批准，并开展糖尿病适应症临床试验。"""

# A bid won in volume-based procurement; the drug's registration certificate in the background.
PROCUREMENT_WIRE = """全球观热点：硅料供不应求价格创新高
西南东药业药品东南因注射液拟中选第七批国家组织药品集中采购，公司参与了集中采购的投标工作。该产品于2021年获得国家药品监督管理局签发的《药品注册证书》，视同通过一致性评价。"""


@pytest.mark.parametrize("text, expected", [
    (CRL_HK, "setback"),
    (EARLY_STOP, "setback"),
    (REJECTED_PLAIN, "setback"),
    (NOT_FILING, "setback"),
    (TW_REFUSAL, "setback"),
    (SUPPLEMENT_ACCEPTED, "supplementary_application"),
    (AGENCY, "licensing_deal"),
    (RIGHTS_TRANSFER, "licensing_deal"),
    (TW_ENROLMENT, "trial_progress"),
    (NDA_DATED, "nda_acceptance"),
    (PROCUREMENT_WIRE, "other"),
])
def test_shapes_of_the_second_collection_get_their_type(text, expected):
    assert Summarizer().analyse(text).doc_type == expected


@pytest.mark.parametrize("text", [CRL_HK, EARLY_STOP, REJECTED_PLAIN, NOT_FILING, TW_REFUSAL])
def test_new_setback_wordings_are_stated_as_setbacks(text):
    summary = Summarizer()(text)
    assert summary.get_field("setback") is not None
    out = summary.to_text("en").lower()
    assert "received approval" not in out and "marketing approval" not in out, out


# Shapes of the fourth collection, each a one-line assertion of the type:
# - an HKEX voluntary notice: its results appeared in a journal; the marketing application they support
#   "was accepted in January" (a month, no day: background). The news is the publication;
# - an acceptance received on a named day is the news, not background;
# - Taiwan's MOPS notices put their subject on a 主旨 line that ends with a full stop; an unblinding
#   (解盲) with what it found is a readout;
# - a progress notice whose primary endpoint met the protocol's superiority margin is a readout;
# - a Taiwan co-development contract (合作開發合約) is a deal;
# - a trial stopped, named at length on a mirror's backtick-prefixed lines, is a setback;
# - the clause names the earlier step (此前…提交的) and says the approval is now (近日获得批准): the news is
#   the approval, not background, and not the submission.
FOURTH_COLLECTION = [
    ("东港医药(中国)有限公司\n自愿性公告\n东港医药宣布 EAST-01 III 期研究的结果于《某某医学·血液病学》发表"
     "——数据支持了向中国监管机构提交的上市申请,并已于2024年1月获受理——\n"
     "东港医药今日宣布,东港替尼治疗成人原发免疫性血小板减少症的III期研究结果于《某某医学·血液病学》发表。",
     "trial_results"),
    ("东港医药股份有限公司关于东港替尼片上市申请获得受理的公告\n"
     "东港医药股份有限公司已于2024年1月5日收到国家药品监督管理局签发的《受理通知书》,东港替尼片的上市申请获得受理。",
     "nda_acceptance"),
    ("本資料由 (興櫃公司) 6999 東岳 公司提供\n序號 1 發言日期 111/08/02\n"
     "主旨 補充公告本公司研發中新藥DY-01之二期人體臨床試驗解盲發現。\n說明\n1.事實發生日:111/08/02\n"
     "2.公司名稱:東岳生醫股份有限公司\n5.發生緣由:本公司研發中之新藥DY-01之二期臨床試驗,經CRO機構統計分析後,取得分析結果。",
     "trial_results"),
    ("东岭医药股份有限公司关于药品临床试验进展的公告\n一、概况\n近日,东岭医药股份有限公司注射用东岭单抗联合化疗用于"
     "晚期鳞状非小细胞肺癌患者一线治疗的III期临床研究的主要研究终点结果达到方案预设的优效标准。研究结果表明,"
     "联合治疗可显著延长患者的无进展生存期。本研究共入组390例受试者。",
     "trial_results"),
    ("[公告] 東威:本公司及子公司共同與合作夥伴簽訂DW-050神經系統用藥之合作開發合約\n第10款\n1.事實發生日:113/12/17\n"
     "2.契約或承諾相對人:西達生技醫藥股份有限公司\n5.主要內容:本公司將與西達生技共同開發DW-050治療神經系統用藥。",
     "licensing_deal"),
    ("`证券日报网-东弘药业集团股份有限公司 关于停止东柏西普眼用注射液 全球多中心临床试验的公告\n"
     "` 证券代码:009999 证券简称:东弘药业 公告编号:2021-023\n"
     "` 东弘药业集团股份有限公司全资子公司于2018年5月启动东柏西普眼用注射液全球多中心临床试验,经审慎评估,决定停止该试验。",
     "setback"),
    ("东湖医药股份有限公司公告\n公司此前向国家药品监督管理局提交的东湖替尼片上市申请近日获得批准。", "drug_registration"),
]


@pytest.mark.parametrize("text, expected", FOURTH_COLLECTION,
                         ids=["journal", "named-day", "mops-subject", "superiority", "tw-co-development",
                              "stopped-at-length", "earlier-submission-approved-now"])
def test_shapes_of_the_fourth_collection_get_their_type(text, expected):
    assert Summarizer()(text, doc_id="shape").doc_type == expected


# A Hong Kong wire headline says the application "不获批"; a later sentence "但依然对X…充满信心" once
# gave the drug name "但依然对X".
def test_an_application_not_approved_is_a_setback_and_its_drug_is_not_a_clause():
    text = ("东港医药(00099.HK)收到FDA回覆 新药上市申请不获批\n东港医药(00099.HK)公布,FDA已就东凡替尼用於治疗神经内分泌瘤的"
            "新药上市申请发出完整回覆函。FDA认为,当前数据包尚不足以支持药品现时於美国获批。\n"
            "东港医药首席执行官表示,尽管此次决定令人失望,但依然对东凡替尼的临床价值充满信心。")
    out = Summarizer()(text, doc_id="not-approved")
    assert out.doc_type == "setback"
    assert {f.value for f in out.fields if f.name == "drug_name"} == {"东凡替尼"}
    assert "approv" not in (out.core_viewpoint.en or "").lower().replace("not approved", "")


# A reporter rings the company about a share-price drop; the company comments on a rival's
# acceptance. A feature, not the filer's acceptance; a report that restates the filer's own notice
# ("消息面上,…发布公告") keeps the notice's type.
def test_a_company_answering_a_reporter_about_a_rivals_filing_is_a_feature():
    comment = ("股价大跌逾17%,东典制药回应:市场有反馈西高药业某某凝胶贴膏获上市申请受理,可能引起了波动\n"
               "某某财经12月30日电,东典制药早盘大跌超17%。记者以投资人身份联系了东典制药投资者关系部门,有关人士表示,"
               "公司经营一切正常。市场有反馈西高药业某某凝胶贴膏上市申请获受理,东典制药预计2026年将获批外用制剂某某贴剂。")
    out = Summarizer()(comment, doc_id="comment")
    assert out.doc_type == "news_feature"
    assert not any("预计" in f.value or "获批" in f.value for f in out.fields if f.name == "drug_name")
    restated = ("某某财经APP获悉,东森制药(03999)午后涨超5%。\n消息面上,东森制药发布公告,附属公司自主研发的1类创新药"
                "甲磺酸东美替尼的新药上市申请被国家药品监督管理局药品审评中心纳入拟优先审评品种公示名单。")
    assert Summarizer()(restated, doc_id="restated").doc_type == "regulatory_designation"


@pytest.mark.parametrize("text, kind", [
    ("date 2020-11-23 Wire.com - Drug development company Eastgen Pharma said it had enrolled and dosed its first "
     "patient in the SUN trial evaluating EG-01 as a treatment for acute respiratory infections.", "trial_progress"),
    ("After sobering down in the past three sessions, shares of Eastzyme ESZ have taken off yet again. Retail traders "
     "pushed the stock to an all-time high with no catalyst, ahead of the FDA decision on its drug.", "news_feature"),
], ids=["dosed-its-first", "retail-rally"])
def test_english_trial_steps_and_trading_stories(text, kind):
    assert Summarizer()(text, doc_id="en-shape").doc_type == kind


# First contact with a fifth collected batch (English wires and market columns), each shape written here:
# an IND cleared in words ("cleared the company's Investigational New Drug application") once read as
# trial progress from the plan that followed; a European authorisation granted with words between
# ("has granted its heart drug X a marketing authorization") under a page whose first line is layout
# class names, which became the title and the core; a stock that moved on a rival's complete response
# letter once read as the filer's setback.
@pytest.mark.parametrize("text, kind", [
    ("Northgate Cell Inc. (NGCL) announced the FDA has cleared the company's Investigational New Drug application and "
     "the company can proceed to initiate a Phase 1b/2 clinical trial in the U.S. of NG-44 for the treatment of "
     "relapsed multiple myeloma. The company plans to initiate the trial in the second quarter.", "drug_trial_approval"),
    ("for-phone-onlyfor-tablet-portrait-upfor-tablet-landscape-upfor-desktop-upfor-wide-desktop-up\n\n"
     "UPDATE 1-European Commission clears Westmarch's heart drug Cardiva\n\n"
     "March 2 (Wire) - Westmarch Plc said on Tuesday that the European Commission has granted its heart drug Cardiva "
     "a marketing authorization in the European Union.", "drug_registration"),
    ("Wire.com – Shares of biopharmaceutical firm Eastmere Therapeutics Inc (NASDAQ:EMTX) surged 12.5% to $31 on "
     "Tuesday after the FDA delayed the approval of a drug from rival Southfield Pharma.\n\nThe FDA issued a Complete "
     "Response Letter for Southfield's Ocuvane, which is intended to treat geographic atrophy.", "news_feature"),
], ids=["ind-cleared-in-words", "ec-grants-authorisation", "rivals-crl-moves-stock"])
def test_first_contact_english_shapes(text, kind):
    out = Summarizer()(text, doc_id="en-shape")
    assert out.doc_type == kind
    core = (out.core_viewpoint.en or "") + (out.core_viewpoint.zh or "")
    assert "for-phone" not in core and "tablet-portrait" not in core


# A market column ("What happened / So what / Now what", tickers with their day's move in brackets)
# about a licensing deal: commentary, and "He said…" in a quote is not the filer.
def test_a_market_column_on_a_deal_is_a_feature_and_he_is_not_a_company():
    text = ("What happened\n\nShares of Lakeview Oncology (LKVO) were down by 9.2% on Thursday. The decline came after the "
            "company announced a deal with Grandpharm (GRP -0.39%) to license its preclinical program LKV-813 for $60 "
            "million up front.\n\nSo what\n\nSome investors may think Lakeview received too little. Lakeview's chief "
            "executive called the deal a plus. He said that \"the economics of the transaction position us well.\"\n\n"
            "Image source: Getty Images.\n\nNow what\n\nThe upfront payment should extend the cash runway.")
    out = Summarizer()(text, doc_id="column")
    assert out.doc_type == "news_feature"
    assert not any(f.name == "company" and f.value == "He" for f in out.fields)
    items = [i.en or "" for s in out.sections for i in s.items]
    assert not any(i.startswith("Image source") for i in items)


# First contact with the fifth batch's Chinese training filings (mainland reprints, Taiwan and Hong Kong
# notices): each shape that was typed wrong, written here with invented names.
@pytest.mark.parametrize("text, kind", [
    # a vaccine's production registration application accepted (not an approval; "获批上市" is a rival's)
    ("青川生物:四价流感疫苗(儿童型)生产注册申请获受理\n\n青川生物公告:公司全资子公司自主研发的四价流感疫苗(儿童型)申请生产"
     "注册已获得国家药品监督管理局受理,受理号为CXSS2599001。当前国内已有2款同类疫苗获批上市。", "nda_acceptance"),
    # a rejection notice by name; the filing's earlier acceptance is history
    ("东川现代子公司某某颗粒上市申请\n某某商报讯 1月2日晚间,东川现代发布公告称,控股子公司收到国家药品监督管理局签发的《药品上市申请"
     "不予批准通知书》,经审查,该产品上市申请不符合药品注册的有关要求,不予批准。\n\n东川现代表示,子公司此前向国家药品监督管理局递交"
     "该产品的上市申请并予以受理。本次不予批准的原因是本品剂型与参比制剂不一致。", "setback"),
    # a decision to end several projects; one of them "had obtained" a trial approval
    ("北江医药:关于药品临床试验进展的公告\n为合理配置研发资源,北江医药股份有限公司基于对研发项目的综合评估,决定终止BJ01、BJ01-A、"
     "BJ22(联合用药、乳腺癌一线治疗)以及BJ22-K四个研发项目的临床试验及后续开发。其中,BJ01处于I期临床试验结束阶段,BJ01-A项目"
     "获得了临床试验批准通知书,之后未开展临床。", "setback"),
    # an interim analysis met its preset superiority bar, the endpoint named in between
    ("南江医药股份有限公司关于药品临床试验进展的公告\n近日,NJ3680片III期临床研究由独立数据监察委员会(IDMC)判定主要研究终点无影像学"
     "\n进展生存期(rPFS)的期中分析结果达到方案预设的优效标准。公司将于近期递交上市前的沟通交流申请。", "trial_results"),
    # a trial begun with its investigators' meetings
    ("西岭药业股份有限公司\n关于抗PD-1抗体XL-010注射液研究项目的进展公告\n2018年6月15日,西岭药业股份有限公司在北京组织召开了"
     "“XL-010 II期霍奇金淋巴瘤方案讨论会”,近三十位研究者参会。", "trial_progress"),
    ("东岳药业股份有限公司关于 东岳软肝颗粒启动临床三期试验的公告\n2025年9月25日,东岳药业股份有限公司组织召开了关于开展“评价东岳软肝"
     "颗粒治疗慢性乙型病毒性肝炎肝纤维化的随机、双盲、多中心Ⅲ期临床试验”的项目启动会。\n该药品此前Ⅱ期临床试验结果良好。", "trial_progress"),
    # a co-development framework contract
    ("688999:北岸药业关于与南京某某科技股份有限公司签订项目合作开发框架合同的自愿性披露公告\n北岸药业与南京某某科技签订项目合作开发"
     "框架合同,共同开发抗病毒候选药物,首付款为500万元。", "licensing_deal"),
    # a consistency-evaluation application only accepted: a supplementary application, not a pass
    ("浙江东亚药业股份有限公司\n关于获得某某胶囊一致性评价受理通知书的公告\n浙江东亚药业股份有限公司于近日收到国家药品监督管理局签发的"
     "某某胶囊仿制药质量和疗效一致性评价《受理通知书》。截至目前,国内已有多家企业的该品种通过一致性评价。", "supplementary_application"),
    # no headline: a first paragraph whose aside ("…加速药物的批准和上市") explains the designation
    ("2020年7月17日,远元生物宣布美国食品药品监督管理局(FDA)授予其新药YB102(Exampline)用于一线治疗脑胶质母细胞瘤(GBM)的快速"
     "审评通道(Fast Track)资格认定。能够进入快速审评通道的条件是:目前无有效药物。药企可分阶段递交申报资料,从而加速药物的批准和上市"
     "销售。\n\n2020-7-17 9:51:34", "regulatory_designation"),
    # Taiwan and Hong Kong wording
    ("智泉(4999)癌症新药 安泉得(ANQUANDE)作为第二线单一药物治疗小细胞肺癌获得美国FDA新药快速审查资格\n智泉今天公告,合作伙伴"
     "取得美国FDA快速审查资格,未来可望加速核发药证。", "regulatory_designation"),
    ("某某财经报社讯 据中国国家药监局官网消息,12月8日,国家药品监督管理局应急批准北原医药技术有限公司新冠病毒中和抗体联合治疗药物"
     "注册申请。\n该药物在期中分析中显示统计学显著的疗效。", "drug_registration"),
    ("【公告】康泉新药KQ-514注射剂用于减少皮下脂肪之三期临床试验(KQ-0301 Phase 3)申请已获澳洲主管机关HREC核准执行\n"
     "1.事实发生日:113/03/20\n2.公司名称:康泉新药股份有限公司", "drug_trial_approval"),
    ("【公告】醣泉抗癌新药 TQ102 取得台湾TFDA核准函,将进入一期人体临床试验\n1.事实发生日:109/08/11\n2.公司名称:醣泉生技股份有限公司",
     "drug_trial_approval"),
    ("【公告】友泉合作开发伙伴 NanoExample Co., Ltd 董事会决议拟暂停 Nanoexplatin 药品之相关临床试验。\n日 期:2022年04月22日\n"
     "公司名称:友泉 (4999)", "setback"),
], ids=["production-registration-accepted", "rejection-notice", "decided-to-end-projects", "interim-superiority",
        "protocol-meeting", "kick-off-meeting", "framework-contract", "consistency-accepted", "first-paragraph-aside",
        "tw-fast-track", "emergency-approval", "hrec-approved", "tfda-letter", "partner-suspends"])
def test_first_contact_chinese_shapes(text, kind):
    assert Summarizer()(text, doc_id="zh-shape").doc_type == kind


# A Taiwan MOPS notice's empty form items and bare headings are no summary items.
def test_empty_form_items_of_a_mops_notice_are_not_items():
    text = ("【公告】東聯抗癌新藥 DL102 取得台灣TFDA核准函,將進入一期人體臨床試驗\n日 期:2020年08月31日\n公司名稱:東聯 (4999)\n"
            "1.事實發生日:109/08/31\n2.研發新藥名稱或代號:DL102\n四、目前進行中之研發階段:\n"
            "(一)提出申請/通過核准/不通過核准:通過台灣TFDA新藥申請(IND)核准。\n(二)預計應負擔之義務:無。\n"
            "(四)已投入之累積研發費用:暫不揭露\n(五)將再進行之下一研發階段:一期臨床試驗。")
    out = Summarizer()(text, doc_id="mops")
    items = [i.zh or "" for s in out.sections for i in s.items]
    assert not any(i.endswith(("無。", "暫不揭露", "之研發階段:")) for i in items)


# Publisher furniture from the training split: a MOPS notice's header fields, a photo caption, a
# stock site's insider-news menu and a source line with a space before its colon are no items or core.
@pytest.mark.parametrize("text, junk", [
    ("【公告】友東合作開發夥伴董事會決議暫停東鉑藥品之相關臨床試驗。\n\n日 期:2022年04月22日\n\n公司名稱:友東 (4999)\n\n"
     "主 旨:友東合作開發夥伴董事會決議暫停東鉑藥品之相關臨床試驗\n\n發言人:王大明\n\n說明:合作夥伴董事會決議暫停東鉑之臨床試驗,"
     "本公司將持續評估後續開發策略。", ("日 期", "公司名稱", "發言人")),
    ("(资料图片仅供参考)\n智通财经讯,东邦制药(09999)发布公告,该公司附属公司关于东鲁肽注射液的上市申请获得国家药品监督管理局受理,"
     "受理号为 CXSS2399999。", ("资料图片仅供参考",)),
    ("东宝药业(600999)内幕信息消息披露\n个股最新内幕信息查询:\n来源 :某某新闻2024-01-02\n东宝药业公告,公司收到美国FDA就"
     "DB-004片临床试验申请的完全回复函,FDA要求补充资料。", ("内幕信息", "来源 :")),
], ids=["mops-header", "photo-caption", "insider-menu"])
def test_publisher_furniture_is_never_an_item(text, junk):
    out = Summarizer()(text, doc_id="furniture")
    texts = [out.core_viewpoint.zh or ""] + [i.zh or "" for s in out.sections for i in s.items]
    assert not any(j in t for t in texts for j in junk)


# A blog's dateline in words above a Taiwan MOPS reprint is not the core viewpoint (training split).
def test_a_dateline_in_words_is_not_the_core():
    text = ("Monday, February 5, 2018\n\n太東奈東沙星 納入第二十六批CFDA優先審評名單\n\n太東*-KY 發言日期107/02/05 主旨 "
            "公告本公司奈東沙星注射型已納入中國CFDA優先審評程序藥品註冊申請名單。")
    core = Summarizer()(text, doc_id="dateline").core_viewpoint
    assert "2018" not in (core.zh or "") and "Monday" not in (core.en or "")


# ------------------------------------------------------------------ the sixth batch's training filings
# A collaboration ended and its upfront payment refunded: the agreement's signing is background.
ENDED_DEAL = ("青川医药(601999)公告,全资子公司青川信谊与贵州远山及其子公司江苏远山签署的Y842项目合作协议已终止。"
              "根据《终止协议》,青川信谊已收到远山生物返还的1.1亿元首付款及开发注册里程碑费用。")
# A partner's regulator that cannot approve on the data it has.
CANNOT_APPROVE = ("青川医药公告,合作方的母公司收到美国FDA审评意见,FDA称仅一个注册临床研究的数据不足以充分证实青川布林的临床价值;"
                  "FDA无法基于目前的数据批准该项NDA。")
# A Taiwan wire: the FDA accepted a resubmission; "toward a licence" is not a licence.
RESUBMISSION_TW = ("【時報記者台北報導】青川-KY(6999)向美FDA遞送生物相似藥產品QC05藥證申覆資料,於台灣時間8月2日收到FDA回覆,"
                   "接受申覆資料並將開始審核。這代表著青川朝向取得FDA核發QC05藥證又邁進一步。\n"
                   "青川的第一個生物相似藥已在6月底取得美國FDA所核發之上市許可。")
# A trial approved by an eye research centre abroad; orphan designations are the drug's background.
TRIAL_ABROAD_TW = ("青川新藥三期臨床 通過澳洲核准執行\n"
                   "青川 (6999-TW) 今日公告,子公司 Qingchuan Bio 開發的 QC-008,通過澳洲眼科研究中心 (CERA) 核准進行青少年病患的第三期臨床試驗。\n"
                   "青川補充,QC-008 已取得美國 FDA 孤兒藥認證 (ODD),也在歐洲 EMA 取得孤兒藥認證。")
# An exclusive agency contract (Taiwan wording).
AGENCY_TW = ("(中央社記者台北24日電)青川宣布與合作夥伴日本DAITO公司簽訂獨家代理血脂調節學名藥在台的藥品查驗登記合約,"
             "預計2年內完成藥品查驗登記申請與領證上市。")
# A wire headline: "gets U.S. FDA approval".
FDA_NOD = ("Riverbend schizophrenia drug gets U.S. FDA approval\n\n"
           "Riverbend said on Friday the U.S. Food and Drug Administration approved its drug for schizophrenia.")


# (typed in test_later_batch_shapes_get_their_type, below)


def test_an_ended_deal_is_never_said_to_be_signed():
    summary = Summarizer()(ENDED_DEAL)
    assert "签署许可或合作协议" not in summary.core_viewpoint.zh
    assert "entered into" not in summary.core_viewpoint.en and "announced a licensing" not in summary.core_viewpoint.en


def test_toward_a_licence_is_not_a_licence():
    # the same wire, typed as a registration by hand: no cited sentence states the approval as done
    summary = Summarizer()(RESUBMISSION_TW, doc_type="drug_registration")
    assert not summary.core_viewpoint.event
    assert "获批上市" not in summary.core_viewpoint.zh


def test_an_agency_partner_is_named_without_what_it_is_or_its_country():
    fields = {f.name: f for f in Summarizer()(AGENCY_TW).fields}
    assert fields["partner"].value == "DAITO公司"
    assert "DAITO" in fields["partner"].value_en and "Hezuo" not in fields["partner"].value_en


def test_a_superlative_headline_is_not_another_products_event():
    # "China's first …" is no other product: the filer's drug approved in the lead keeps its template
    text = ("中国首个自主研发抗癌新药获FDA批准\n"
            "青川医药公告，公司的青川替尼胶囊获得美国食品药品监督管理局批准上市，用于治疗套细胞淋巴瘤。")
    summary = Summarizer()(text)
    assert summary.doc_type == "drug_registration"
    assert summary.core_viewpoint.event and "青川替尼胶囊" in summary.core_viewpoint.zh


# ------------------------------------------------------------------ seventh collection (training split)
# A report on a second complete response letter whose resubmission had been accepted months before.
CRL_LETTER = ("青川医药“双药”组合进军FDA再度延迟\n"
              "近日,青川医药(600999)发布公告,该公司收到美国食品药品监督管理局(FDA)关于青川单抗联合青川替尼用于肝细胞癌"
              "一线治疗的生物制品许可申请(BLA)的完整回复信(Complete Response Letter)。\n"
              "2024年5月,青川医药第一次收到该申请的完整回复信。同年10月,公司表示已重新向FDA提交上市申请并获受理。")
# An overall-survival endpoint missed, however the report qualifies it.
OS_MISSED = ("远山生物股价大跌:核心双抗临床试验未达预期\n"
             "5月28日,远山生物发布公告,其双抗YS-046治疗晚期胰腺癌的III期临床试验已达到预设的死亡事件数。"
             "经数据分析显示,总生存期(OS)结果未达到预设的统计学终点。")
# Taiwan: an unblinded readout whose primary efficacy measure showed no significant difference.
UNBLINDED_TW = ("生技股北辰(4999)今日下午公布旗下新藥BC-822臨床二/三期解盲數據,初步結果顯示,"
                "用藥組和對照組相比,主要療效指標未呈現統計學上顯著意義。")
# A registration certificate for a new indication of a drug approved the year before.
NEW_INDICATION = ("北辰生物(01999)附属研发的抗肿瘤药获药品注册批件\n"
                  "北辰生物(01999)发布公告,由该公司附属公司研发的北辰替尼胶囊,继去年获批上市后,刚获国家药品监督管理局颁发"
                  "药品注册批件,批准新增适应症“软组织肉瘤”。")
# A regulator's system shows a new indication's application approved (an sNDA).
SNDA_APPROVED = ("(原标题:北辰生物(09999.HK):国家药品监督管理局批准北辰单抗联合化疗用于一线治疗胃癌的新适应症上市申请)\n"
                 "北辰生物公告,国家药品监督管理局官网系统显示,公司北辰单抗的一项新适应症上市申请(\"sNDA\")的状态更新为"
                 "\"制证完毕待发批件\"。")
LICENSED_OUT = ("消息面上,北辰生物(09999.HK)发布公告,公司与某某制药全资子公司达成协议,将公司的BC-28注射液有偿许可给对方,"
                "对方将获得BC-28在大中华区的独家开发、生产和商业化权利。")
ENTERS_PHASE_1 = ("北辰生物:自愿披露关于水痘减毒活疫苗进入Ⅰ期临床试验的公告\n"
                  "近日,北辰生物股份有限公司自主研发的水痘减毒活疫苗已完成Ⅰ期临床试验准备工作,正式进入Ⅰ期临床试验。")
ABSTRACT_ACCEPTED = ("北辰生物-B:自願公告 - 就BC-1單抗聯合北辰替尼一線治療晚期肝細胞癌臨床試驗資料摘要已獲2020年ASCO年會接受\n"
                     "董事會欣然宣佈,本公司BC-1單抗聯合北辰替尼一線治療晚期肝細胞癌的臨床試驗資料摘要已獲2020年美國臨床腫瘤學會年會接受以海報形式呈列。")
SUBSTANTIVE_REVIEW_TW = ("《生醫股》北辰前列腺癌新藥美國申請進入實質審查\n"
                         "北辰於美國時間10月29日完成向美國食品藥物管理局(FDA)遞交新劑型新藥BC-3的新藥查驗登記(NDA)申請;"
                         "截至12月27日止,公司未收到申請資料不完全通知,本案進入實質審查。")


@pytest.mark.parametrize("text, expected", [
    (CRL_LETTER, "setback"), (OS_MISSED, "setback"), (UNBLINDED_TW, "setback"), (NEW_INDICATION, "supplementary_application"),
    (SNDA_APPROVED, "supplementary_application"), (LICENSED_OUT, "licensing_deal"), (ENTERS_PHASE_1, "trial_progress"),
    (ABSTRACT_ACCEPTED, "trial_results"), (SUBSTANTIVE_REVIEW_TW, "nda_acceptance"),
], ids=["crl-letter", "os-missed", "unblinded-tw", "new-indication", "snda-approved", "licensed-out", "enters-phase-1",
        "abstract-accepted", "substantive-review"])
def test_seventh_batch_shapes_get_their_type(text, expected):
    assert Summarizer().analyse(text).doc_type == expected


def test_pinyin_glosses_copied_inline_are_dropped():
    text = "國產創(chuàng)新藥出海,重磅藥頻遭“退貨”\n據(jù)北辰財經不完全統(tǒng)計,今年已有三款授權藥物被退回。"
    doc = Summarizer().analyse(text)
    assert "(chuàng)" not in doc.text and "創新藥" in doc.text and "統計" in doc.text


# A drug company's corporate filing: an investment by capital increase, with the filing's own summary of
# its news as the first point under 重要内容提示.
INVESTMENT = ("北辰医药:关于与关联方共同对外投资暨关联交易的公告\n"
              "证券代码:300999 证券简称:北辰医药 公告编号:2023-041\n"
              "本公司及董事会全体成员保证公告内容的真实、准确、完整,没有虚假记载、误导性陈述或重大遗漏。\n"
              "一、对外投资概述\n"
              "北辰医药股份有限公司于近日与某某医药科技有限公司签署了《关于某某医药技术开发有限公司的增资协议》,"
              "公司拟以现金出资方式向其增资。")
FORECAST = ("本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏。\n"
            "重要内容提示:\n"
            "1.北辰药业股份有限公司预计2023年第一季度实现归属于上市公司股东的净利润约24,000万元,同比增长约31%。\n"
            "2.公司预计2023年第一季度实现扣除非经常性损益的净利润约22,400万元。\n"
            "一、本期业绩预告情况\n"
            "(一)业绩预告期间\n"
            "2023年1月1日至2023年3月31日。\n"
            "(二)业绩预告情况\n"
            "3.本次业绩预告未经注册会计师审计。")


def test_an_investment_by_a_drug_company_is_other_not_a_deal():
    from summarizer.stages.doctypes import TypeDetector

    summarizer = Summarizer()
    doc = summarizer.analyse(INVESTMENT)
    assert doc.doc_type == "other"
    # said by the rules, not left to the statistical back-off
    detector = TypeDetector(summarizer.types)
    assert detector.scores(doc)["other"] >= detector.threshold


def test_the_first_key_point_is_the_core_of_a_filing_without_an_event_template():
    summary = Summarizer()(FORECAST)
    assert summary.doc_type == "other"
    assert "净利润约24,000万元" in summary.core_viewpoint.zh


# A reprint cut off after its first point: the point under 重要内容提示 is the lead however much it
# reads like the header (company, abbreviations, the regulator), and its drug and indication are the event's.
KEY_POINT_LEAD = ("北辰药业:自愿披露关于北辰扎鲁胺软胶囊新药上市申请获得受理的公告\n\n"
                  "查股网  2023-11-30  北辰药业(688999)公司公告\n\n"
                  "北辰药业股份有限公司自愿披露关于北辰扎鲁胺软胶囊新药上市申请\n\n获得受理的公告\n\n"
                  "本公司董事会及全体董事保证本公告内容不存在任何虚假记载、误导性陈述或者重大遗漏,并对其内容的真实性、"
                  "准确性和完整性依法承担法律责任。\n\n重要内容提示:\n\n"
                  "近日,北辰药业股份有限公司(以下简称“公司”)收到国家药品监督管理局(NMPA)药品审评中心(CDE)核准签发的针对"
                  "北辰扎鲁胺软胶囊(曾用名:BC-1119软胶囊)的受理通知书。该品种是拟用于经治疗失败的转移性去势抵抗性前列腺癌。\n\n现将相关情")


def test_the_first_key_point_is_the_lead_of_a_cut_off_reprint():
    summary = Summarizer()(KEY_POINT_LEAD)
    fields = {f.name: f.value for f in summary.fields}
    assert summary.doc_type == "nda_acceptance"
    assert fields.get("drug_name") == "北辰扎鲁胺软胶囊"
    assert "北辰扎鲁胺软胶囊" in summary.core_viewpoint.zh and summary.core_viewpoint.event


# Taiwan's MOPS form for a new drug's milestone: a date line first, the drug under its own key.
MOPS_FORM = ("第10款\n1.事實發生日:113/09/16\n2.研發新藥名稱或代號:異體自然殺手細胞BC-NK\n3.用途:\n"
             "本公司自主研發的異體自然殺手細胞BC-NK,已向衛生福利部食品藥物管理署(TFDA)申請應用於胰管腺癌患者之術後輔助療法"
             "的第一/二期人體臨床試驗,本公司於今日接獲TFDA核准進行本臨床試驗之通知。")


def test_a_forms_date_line_is_never_the_core_and_its_drug_key_is_read():
    summary = Summarizer()(MOPS_FORM)
    fields = {f.name: f.value for f in summary.fields}
    assert "事實發生日" not in summary.core_viewpoint.zh
    assert fields.get("drug_name") == "異體自然殺手細胞BC-NK"


# An SEC exhibit of a wire release: the headline wraps over three lines right above the dateline, and the
# release recalls a breakthrough designation and an accelerated pathway beside the complete response letter.
CRL_EXHIBIT = """Exhibit 99.1
Northlake Receives Complete Response Letter
from FDA for NL1 Biologics License Application
for the Treatment of Advanced Melanoma
WOBURN, Mass., July 22, 2025 (GLOBE NEWSWIRE) -- Northlake Group, Inc. (NASDAQ: NLKE), a clinical stage biotechnology company, today announced that the U.S. Food and Drug Administration (FDA) has issued a Complete Response Letter for the Biologics License Application for NL1 for the treatment of advanced melanoma.
The CRL indicates that the FDA is unable to approve the application in its present form.
“We are disappointed for patients, as highlighted by the granting of breakthrough status,” said the Chief Executive Officer. The Company will seek a path to accelerated approval."""


def test_a_crl_exhibit_is_a_setback_stated_as_one_and_its_headline_stops_at_the_dateline():
    summary = Summarizer()(CRL_EXHIBIT)
    assert summary.doc_type == "setback"
    assert summary.core_viewpoint.event
    assert "complete response letter" in summary.core_viewpoint.en.lower()
    assert "完全回复函" in summary.core_viewpoint.zh
    from summarizer.stages.segment import segment
    from summarizer.types import Document

    heads = [s.text for s in segment(Document(id="t", text=CRL_EXHIBIT, lang="en")).segments]
    assert any(h.endswith("Advanced Melanoma") for h in heads)


# A trial registration posted on the regulator's platform, with the platform's form lines below.
TRIAL_POSTED = ("北辰医药集团股份有限公司关于子公司药物进入 II 期临床试验的公告\n"
                "北辰医药集团股份有限公司(“公司”)子公司研发的儿童北辰颗粒于近日在国家药品监督管理局药物临床试验登记与信息公示平台"
                "公示了II期临床试验登记信息,现将相关情况公告如下:\n"
                "登记号:CTR20259999\n"
                "试验通俗题目:儿童北辰颗粒治疗小儿感冒的II期临床试验")


def test_a_posted_trial_registration_is_a_trial_step_and_a_form_label_is_no_company():
    summary = Summarizer()(TRIAL_POSTED)
    fields = {f.name: f.value for f in summary.fields}
    assert summary.doc_type == "trial_progress"
    assert fields.get("company") == "北辰医药集团股份有限公司"
    assert "题目" not in summary.core_viewpoint.zh


# ------------------------------------------------------------------ from the last reading (training split)
def test_a_reporters_complete_response_letter_is_named_in_the_core():
    summary = Summarizer()(CRL_LETTER)
    assert "完整回复信" in summary.core_viewpoint.zh
    assert "complete response letter" in summary.core_viewpoint.en


def test_a_headlines_indication_before_its_designation_is_the_events_not_a_trials():
    text = ("[HK]北辰汉霖(02999):自愿公告 - 注射用BC43(靶向PD-L1抗体偶联药物)用于胸腺上皮肿瘤(TETs)治疗获美国食品药品管理局(FDA)"
            "授予孤儿药资格认定\n\n本公司正在开展注射用BC43用于晚期/转移性实体瘤的1期临床研究。")
    fields = {f.name: f.value for f in Summarizer()(text).fields}
    assert fields.get("indication") == "胸腺上皮肿瘤"


def test_a_mission_statement_is_not_the_core_and_a_two_city_dateline_ends_the_headline():
    text = ("Westbay Announces Acceptance of sNDA Submission of WESTRA® (westaparib) for Ovarian Cancer in China by the NMPA\n"
            "SHANGHAI, China, and SAN FRANCISCO, March 16, 2020 -- Westbay Limited (NASDAQ: WSTB) today announced that the "
            "NMPA has accepted the sNDA for WESTRA.")
    segs = Summarizer().analyse(text).segments
    assert segs[0].text.endswith("by the NMPA")
    feature = ("# Westbay Receives Fast Track Designation For WB-01\n\nBy A Writer, Benzinga\n\n"
               "As a company engaged in developing differentiated therapeutics, Westbay's mission is to change patient "
               "outcomes.\n\nThe company recently achieved a milestone as the U.S. FDA granted Fast Track Designation to WB-01.")
    assert not Summarizer()(feature).core_viewpoint.en.startswith("As a company")


# Taiwan MOPS new-drug notices are forms whose labels list every outcome a notice may report; the
# type is what the subject and the filled-in answer say, never the labels
_MOPS_LABELS = ("4.目前進行中之研發階段:\n(1)提出申請/通過核准/不通過核准/各期人體臨床試驗(含期中分析)結果/發生其他影響新\n"
                "藥研發之重大事件:{answer}\n(2)未通過目的事業主管機關許可、各期人體臨床試驗(含期中分析)結果未達統計上顯\n"
                "著意義或發生其他影響新藥研發之重大事件者,公司所面臨之風險及因應措施:不適用。\n"
                "5.將再進行之下一階段研發:依專屬授權契約書約定支付授權金。")


@pytest.mark.parametrize("subject, answer, doc_type", [
    ("本公司新藥NL-001獲衛生福利部食品藥物管理署(TFDA)准予執行Phase Ⅰ/Ⅱa臨床試驗",
     "通過TFDA准予執行治療晚期實體腫瘤Phase Ⅰ/Ⅱa臨床試驗。", "drug_trial_approval"),
    ("公告本公司新藥NL-002獲新加坡衛生科學局(HSA)正式受理註冊申請(NDA)",
     "本公司今日接獲通知,新加坡衛生科學局(HSA)正式受理NL-002新藥註冊申請(NDA)。", "nda_acceptance"),
], ids=["tfda-trial", "hsa-acceptance"])
def test_a_mops_new_drug_form_is_typed_by_its_answer_not_its_labels(subject, answer, doc_type):
    text = f"[公告] 南嶺:{subject}\n\n1.事實發生日:113/07/10\n2.研發新藥名稱或代號:NL-001\n" + _MOPS_LABELS.format(answer=answer)
    assert Summarizer()(text, doc_id="mops").doc_type == doc_type


def test_a_protocol_number_is_not_the_drug():
    text = ("南嶺生技公告,本公司新藥NL-003獲美國FDA核准人體臨床試驗申請(IND)。"
            "預計進行之研發階段:美國第二項三期臨床試驗(計畫編號: NL003CLCT04)。")
    drugs = [f.value for f in Summarizer()(text, doc_id="proto").fields if f.name == "drug_name"]
    assert "NL003CLCT04" not in drugs


# A PDF's readout notice: another company's approval recalled with a spaced date ("已于 2020 年 3 月 … 获批上
# 市") is background, and the congress named with its meeting ("年会(ASCO)") makes it a readout.
SPACED_BACKGROUND = """福建青禾药业股份有限公司
   关于 c-Met 靶向新药 QH-161 临床研究进展的公告
    QH-161 Ⅰ期临床试验显示受试者的耐受性和安全性良好,目前已有 7 例受试者进行疗效评估,其中 4 例获得疾病稳定(SD)
及以上疗效。同为 c-Met 抑制剂的某某替尼已于 2020 年 3 月在日本获批上市,
成为首款获批的 c-Met 抑制剂。
    公司已就 QH-161 临床研究进展摘要投稿参会 2020 年美国临床肿瘤学
会年会(ASCO),具体研究进展公告如下:"""

# A wire: the FDA's acceptance letter for a BLA, with the priority review it grants.
ACCEPTANCE_LETTER = """明川生物子公司收FDA受理信 涉生物制品许可申请
11月1日,港股上市公司明川生物(01999.HK)宣布,公司子公司收到美国食品药品监督管理局(「FDA」)的受理信,明川单抗联合化疗一线治疗复发或转移性鼻咽癌的生物制品许可申请(BLA)获受理。
根据受理信,FDA就该BLA授予优先审评认定。"""

# A weekly digest of the sector's deals and approvals: a news feature, whatever single event it names.
WEEKLY_DIGEST = """《某某日报》讯,本周(10月25日至10月31日),医药行业投融重要事件包括:第三批临床急需境外新药出台;青禾科技完成超10亿元E轮融资。
10月29日,某企业新药上市申请获受理,可按照规定提交相关资料,直接提出上市申请。"""


@pytest.mark.parametrize("text, expected", [
    (SPACED_BACKGROUND, "trial_results"),
    (ACCEPTANCE_LETTER, "nda_acceptance"),
    (WEEKLY_DIGEST, "news_feature"),
])
def test_ninth_batch_shapes_are_typed(text, expected):
    assert Summarizer()(text, doc_id="b9-shape").doc_type == expected


IND_APPROVAL = ("Northvale Ltd (ASX:NVL) has received US Food and Drug Administration (FDA) Investigational New Drug (IND) "
                "approval to initiate a phase-1 clinical trial of its checkpoint vaccine NV-Vaxx in non-small cell lung cancer.")


def test_an_ind_approval_worded_as_approval_is_a_trial_approval():
    assert Summarizer()(IND_APPROVAL, doc_id="ind-approval").doc_type == "drug_trial_approval"


# Taiwan: an unblinded Phase 3 that missed ("解盲未達標") is a setback; a plan to file for accelerated
# approval ("提出申請加速核准上市") is no approval.
UNBLINDED_MISS = ("青禾敗血症新藥三期解盲未達標 股價重挫\n"
                  "新藥開發公司青禾(6599)宣布敗血症新藥QX-01三期臨床解盲數據結果未達顯著意義。")
PLANNED_FILING = ("青川糖尿病足潰瘍新藥 第3期臨牀達標\n青川(4199)公布ON-77第3期臨床試驗期中分析結果,呈現顯著差異。"
                  "公司表示,將送請食品藥物管理署審查後,提出申請加速核准上市。")


@pytest.mark.parametrize("text, expected", [(UNBLINDED_MISS, "setback"), (PLANNED_FILING, "trial_results")])
def test_taiwan_readouts_are_typed_by_what_they_found(text, expected):
    assert Summarizer()(text, doc_id="tw-readout").doc_type == expected


def test_what_a_filer_is_before_its_short_name_is_no_part_of_it():
    fields = {f.name: f.value for f in Summarizer()(UNBLINDED_MISS, doc_id="tw-miss").fields}
    assert fields["company"] == "青禾"


# A withdrawal that recalls, in the same long sentence, the month the application was filed and accepted
# ("公司于2024年1月向…递交…注册申请并获得受理"): the acceptance is background, the withdrawal the news.
WITHDRAWAL = ("格隆汇7月18日丨青川(600999.SH)公布,公司于2024年1月向国家药品监督管理局(简称“国家药监局”)药品审评中心递交青川清肺颗粒"
              "药品注册申请并获得受理。现因该药品需进一步完善申报资料,公司向国家药监局提交了撤回药品注册申请。"
              "公司于近日收到国家药监局同意撤回注册申请的《药品注册申请终止通知书》。")


def test_an_acceptance_recalled_by_its_month_is_background_to_a_withdrawal():
    assert Summarizer()(WITHDRAWAL, doc_id="withdrawal").doc_type == "setback"


def test_a_pages_date_field_and_a_wires_site_name_are_not_part_of_the_lead():
    text = (" date 2020-11-23 StockMarketWire.com - Drug development company Northvale Pharma said it had enrolled and "
            "dosed its first patient in the STAR trial evaluating NV-01 as a treatment for community-acquired pneumonia.")
    summary = Summarizer()(text, doc_id="page-date")
    shown = summary.to_text("en")
    assert "date 2020-11-23" not in shown and "StockMarketWire.com -" not in shown
    assert "Northvale Pharma" in shown


def test_a_breadcrumb_and_a_paywall_are_page_furniture():
    zh = ("当前位置: 某某文明网 > 金融 > 理财 >\n医药股午后拉升 青川药业涨停\n"
          "青川药业(600999)午后直线拉升封涨停,消息面上,公司近日公告其青川替尼片获得国家药品监督管理局批准上市。")
    summary = Summarizer()(zh, doc_id="breadcrumb")
    assert "当前位置" not in summary.to_text("zh")
    en = ("Northvale Pharma's NV-77 approved by the FDA for a rare liver disease.\n"
          "A free trial will give you access to exclusive features, interviews and commentary. Become a subscriber today.")
    assert "free trial" not in Summarizer()(en, doc_id="paywall").to_text("en")


# Shapes from the tenth batch's training filings (2026-11-28), each typed wrong on arrival.
# A Hong Kong voluntary announcement whose new indication's application was accepted, with an interim
# analysis named as the reason for filing (it read as a trial readout).
NEW_INDICATION_ACCEPTED = (
    "自愿公告 - 国家药品监督管理局受理青屿单抗注射液联合化疗用于一线治疗晚期胃癌患者的新适应症上市申请\n"
    "本公司董事会欣然宣布,本集团的青屿单抗注射液联合化疗用于一线晚期胃癌的新适应症申请(「sNDA」)已经正式获国家药品监督管理局受理。\n"
    "基于独立数据监察委员会进行的期中分析,该研究达到预设的优效性标准。")
# A Taiwan monthly-revenue item that mentions a licence obtained abroad in passing.
MONTHLY_REVENUE = ("《生医股》外销成长 青峰8月营收年增15%\n"
                   "青峰制药8月合并营收年增15%,主要受外销市场推动。青峰今年8月与合作伙伴共同开发的抗凝血药于月中取得日本药证。")
# Early positive data of a dose-escalation study, with the next committee meeting ahead.
POSITIVE_EARLY_DATA = ("青岚生技湿疹试验数据正向 年底将进入下一剂量组\n"
                       "青岚生技今日宣布,QL-04针对中度至重度湿疹的多剂量递增试验中最低剂量组的初步正向数据,"
                       "期待年底临床试验数据监查委员会会议后,开始下一剂量组试验。")
# A medical feature on a late-breaking oral report at a congress.
LBA_FEATURE = ("*仅供医学专业人士阅读参考\nQL-BREAST 02研究亮相ESMO,疗效与安全性双重突破\n"
               "在2025年欧洲肿瘤内科学会年会上,新型ADC药物青岚妥单抗的III期临床研究QL-BREAST 02以LBA口头报告形式重磅亮相。"
               "研究显示,与二线标准治疗相比,该药显著延长无进展生存期。")
# A Taiwan news item: approved in mainland China to run trials as a class 1.1 new drug, after an earlier licence.
TRIAL_AS_CLASS = ("青峰医药继5月以抗感染新药青峰口服胶囊取得中国大陆1.1类新药药证后,新研发的抗病毒新药青韦,"
                  "获大陆核准以1.1类新药进行临床试验。")
# A MOPS notice: the ministry asks for more data within four months instead of approving the trial.
MORE_DATA_REQUESTED = ("1.事实发生日:106/03/21 2.公司名称:青峰医药科技股份有限公司 3.与公司关系:本公司之子公司 "
                       "5.发生缘由:本公司之子公司提出的QF-100临床试验计画,接获卫生福利部来函,应以文到后4个月内提出相关资料申复。"
                       "6.因应措施:本公司拟于期限内补齐资料。")
# A page of an investor's question and the board secretary's answer.
INVESTOR_QA = ("问董秘\n投资者提问:\n近期有媒体报道公司主力产品进入重点监控目录,请问对公司业绩有何影响?\n"
               "董秘回答:\n您好,公司主力产品销售正常,感谢您的关注。")
# A market report: the day's index and the biotech sector's movers.
MARKET_REPORT = ("经济日报/记者青青/台北即时报导\n台股23日开盘后一度冲上新高,但随后急杀翻黑。"
                 "生技族群23日表现亮眼,上市生技指数盘中涨幅约1.7%,青峰(6999)涨幅逾8%。")


# A magazine's cover story on a sector, which names one approval in passing.
SECTOR_FEATURE = ("Cover Story\n\nDrug Hunters Abroad\n\nBy Lin Qing, Zhao Wen Updated Dec.1\n\n"
                  "Chinese drugmakers are adapting fast. Over the first half of the year, out-licensing deals by Chinese "
                  "biotech firms reached US$40 billion. In March the NMPA approved one of the licensed drugs for lung cancer.")

# the sixth batch's shapes, then the tenth's
@pytest.mark.parametrize("text, expected", [
    (ENDED_DEAL, "setback"), (CANNOT_APPROVE, "setback"), (RESUBMISSION_TW, "nda_acceptance"),
    (TRIAL_ABROAD_TW, "drug_trial_approval"), (AGENCY_TW, "licensing_deal"), (FDA_NOD, "drug_registration"),
    (NEW_INDICATION_ACCEPTED, "supplementary_application"), (MONTHLY_REVENUE, "other"),
    (POSITIVE_EARLY_DATA, "trial_results"), (LBA_FEATURE, "trial_results"), (TRIAL_AS_CLASS, "drug_trial_approval"),
    (MORE_DATA_REQUESTED, "setback"), (INVESTOR_QA, "news_feature"), (MARKET_REPORT, "news_feature"),
    (SECTOR_FEATURE, "news_feature"),
], ids=["ended-deal", "cannot-approve", "resubmission-accepted", "trial-abroad", "agency-contract", "fda-nod",
        "new-indication-accepted", "monthly-revenue", "positive-early-data", "lba-feature", "trial-as-class",
        "more-data-requested", "investor-qa", "market-report", "sector-feature"])
def test_later_batch_shapes_get_their_type(text, expected):
    assert Summarizer().analyse(text).doc_type == expected


def test_a_wire_story_on_a_crl_names_no_regulator_as_the_filer_and_a_glued_menu_is_no_core():
    crl = ("Shares in Northvale Pharmaceuticals (NSDQ:NVPH) fell more than 50% this morning after the company announced "
           "that it received a complete response letter from the FDA for its NV-12 sublingual tablet.\n"
           "The FDA told the company that it can't approve the new drug application in its present form.\n"
           "These changes need to be validated through a human factors study, the FDA said.")
    summary = Summarizer()(crl, doc_id="crl-wire")
    assert not any(f.name == "company" and f.value == "FDA" for f in summary.fields)
    assert not summary.core_viewpoint.en.startswith("FDA")
    menu = (" date 2018-07-20 FinancialGovernment SolutionsLegalNews AgencyRisk SolutionsTax & AccountingBlog: Answers On\n"
            "July 20, 2018 / 3:02 PM / Updated 29 minutes ago\n\nFDA approves Northvale leukemia drug\n\nStaff\n\n"
            "(Wire) - Northvale Pharmaceuticals Inc said on Friday its oral drug to treat a type of leukemia was approved "
            "by the U.S. health regulator.")
    assert "SolutionsLegal" not in Summarizer()(menu, doc_id="menu").core_viewpoint.en


def test_an_english_indication_of_an_earlier_ind_is_not_the_new_trials():
    text = ("Northvale receives FDA IND clearance for NV-001 in small cell lung cancer\n\n"
            "Northvale Development Inc has received FDA clearance of its IND for NV-001.\n"
            "Northvale previously secured IND approval for NV-001 in the treatment of T-cell non-Hodgkin lymphoma.")
    summary = Summarizer()(text, doc_id="earlier-ind")
    assert "non-Hodgkin" not in summary.core_viewpoint.en


@pytest.mark.parametrize("text, drug", [
    ("(Wire) - Northvale Pharmaceuticals Inc said on Friday its oral drug to treat a type of leukemia was approved by the "
     "U.S. health regulator.\n\nThe drug, Norvexa, was approved on the basis of an early-stage trial.", "Norvexa"),
    ("Northvale Biotech announced that the FDA has granted Fast Track Designation to NVX42 for injection for the "
     "treatment of advanced lung cancer.", "NVX42"),
], ids=["apposition", "code-for-injection"])
def test_a_wire_storys_drug_in_apposition_and_a_code_for_injection_are_read(text, drug):
    summary = Summarizer()(text, doc_id="drug-en")
    assert next(f for f in summary.fields if f.name == "drug_name").value == drug


def test_a_filings_closing_formulas_are_quoted_only_as_risks():
    text = ("青川药业股份有限公司关于获得药物临床试验批准通知书的公告\n\n"
            "近日,公司收到国家药品监督管理局核准签发的QC-31片《药物临床试验批准通知书》,同意本品开展临床试验。\n\n"
            "本次获批开展的是QC-31片用于治疗中重度斑块状银屑病的II期临床试验,主要评价其有效性和安全性。"
            "鉴于药物临床试验研究具有周期长、投入大的特点,该药品临床试验的完成时间、进度及结果均具有一定的不确定性。"
            "公司将对该产品的后续进展情况及时履行信息披露义务。\n\n敬请广大投资者谨慎决策,注意防范投资风险。")
    summary = Summarizer()(text, doc_id="formulas")
    for section in summary.sections:
        if section.key != "risk_warning":
            for item in section.items:
                assert "不确定性" not in (item.zh or "") and "履行信息披露义务" not in (item.zh or ""), section.key


def test_a_trials_phase_alone_is_no_indication():
    text = "近日,青川药业收到国家药品监督管理局核准签发的QC-31片《药物临床试验批准通知书》,同意开展II期临床试验。"
    assert Summarizer()(text, doc_id="phase-only").get_field("indication") is None


# ------------------------------------------------------------------ eleventh batch (2026-11-28)
@pytest.mark.parametrize("text, expected", [
    # a MOPS notice: an IND review passed, "得開始進行…臨床試驗" is what it allows, not a trial step
    ("標題:青川微體 公告本公司 QC178 通過FDA人體臨床試驗審查\n日期:2018-06-28\n說明:\n2.公司名稱:青川微體股份有限公司\n"
     "5.發生緣由:本公司研發之QC178通過美國食品藥物管理局(FDA)人體\n臨床試驗審查(IND),得開始進行兒科肉瘤人體臨床試驗。\n"
     "7.其他應敘明事項:\n二、預計完成時間:預計收案於2020年完成。", "drug_trial_approval"),
    # Taiwan's generic acceptance: "…上市審查申請並獲US FDA通知同意受理審查"
    ("青川藥業:本公司已向美國食品藥物管理局(US FDA)提出學名藥代號 QC-014上市審查申請並獲US FDA通知同意受理審查。\n"
     "1.事實發生日:105/12/30\n2.公司名稱:青川國際藥業股份有限公司", "nda_acceptance"),
    # a trial put on hold by the FDA: "要求该公司暂停…一期临床研究"
    ("青川博药(02999.HK)公布,该公司已收到美国食品及药物管理局(FDA)的通知,要求该公司暂停在健康受试者中评估QC-732安全性的"
     "一期临床研究。\n由于FDA决定暂停相关的临床研究,QC-732的一期临床研究将暂停。", "setback"),
    ("Northvale Bioscience – First patient included in NV350 Phase IIb clinical trial in the UK\n"
     "Northvale Bioscience has met a key milestone in the drug development program for NV350. The first patient has been "
     "included in the clinical trial in patients with mild-to-moderate psoriasis in the UK.", "trial_progress"),
    ("TOKYO (Wire) - Eastbay Pharmaceutical Co., Ltd and Westbay Pharmaceutical Industries, Ltd. announced an agreement "
     "covering Japan for Eastbay to develop and commercialize Westbay's investigational drug candidate westanezumab for "
     "the prevention of migraine. Through the agreement, Eastbay secures exclusive rights in Japan to westanezumab.",
     "licensing_deal"),
], ids=["ind-review-passed", "tw-acceptance", "fda-hold-zh", "first-patient-included", "secures-rights"])
def test_eleventh_batch_shapes_get_their_type(text, expected):
    assert Summarizer()(text, doc_id="b11").doc_type == expected


# ------------------------------------------------------------------ thirteenth batch (2026-11-29)
@pytest.mark.parametrize("text, expected", [
    # an acceptance with a priority review: the headline names only the review, the lead the acceptance
    ("Northvale Pharma's Northoclax Gets Priority Review by China's NMPA\n3 December 2024\n"
     "SUZHOU, China, Nov. 17, 2024 -- Northvale Pharma (6999.HK), a global biopharmaceutical enterprise, has announced that "
     "its investigational inhibitor, northoclax (NV-2575), has received acceptance for a New Drug Application (NDA) with a "
     "Priority Review designation by China's National Medical Products Administration (NMPA).", "nda_acceptance"),
    # a withdrawn application whose drug is named with its strength, "并获得批准" the withdrawal's
    ("青川制药:关于撤回重组人源抗青川病毒单抗注射液(500 IU/2.5ml)注册申请并获得批准的公告\n"
     "新药公司主动撤回了重组人源抗青川病毒单抗注射液 500 IU/2.5ml(受理号:CXSS2099040)规格的注册申请,"
     "并取得国家药监局《药品注册申请终止通知书》。", "setback"),
    # a study named by its code, ended
    ("青川生物关于调整QC3306开发策略的公告\n经公司审慎评估,公司决定调整QC3306的开发策略,终止QC3306正在开展的QC3306-002研究。",
     "setback"),
    # a reprint's broken lines inside what is ended ("終止ON101\n三\n床試驗")
    ("2.原文內容:\n本公司依據衛福部函意見,今日函覆衛福部終止QC101\n三\n床試驗(計畫編號QC101CLCT02),並進行第二次期間分析。",
     "setback"),
], ids=["acceptance-with-priority-review", "withdrawal-with-strength", "study-by-code-ended", "broken-lines-ended"])
def test_thirteenth_batch_shapes_get_their_type(text, expected):
    assert Summarizer()(text, doc_id="b13").doc_type == expected


def test_a_study_ended_by_its_code_is_stated_as_a_study_terminated():
    text = ("青川生物关于调整QC3306开发策略的公告\n经公司审慎评估,公司决定调整QC3306的开发策略,终止QC3306正在开展的QC3306-002研究。")
    setback = Summarizer()(text, doc_id="b13-setback").get_field("setback")
    assert setback is not None and setback.value_en == "study terminated"


# A health paper's report of a Hong Kong approval, a CEO's quoted line on the mainland application after it:
# the quote is no headline, the approval is the news; the drug is named by its INN stem (-imod, 莫德), a
# plant's yearly capacity is no drug, and "港股创新药企" is what the filer is, not its name.
HK_APPROVAL = ("本報訊 (記者林夏)4月30日,港股創新藥企雲川新耀醫藥科技有限公司(下稱“雲川新耀”)宣佈,中國香港衛生署已正式批准伊川莫德"
               "(NORTHSIPITY®)用於治療中重度活動性潰瘍性結腸炎(UC)成人患者的新藥上市許可申請。\n"
               "雲川新耀預計伊川莫德將於2026年獲得國家藥品監督管理局的新藥上市批准。目前,雲川新耀已經啓動了伊川莫德生產建設項目,"
               "年產能可達5000萬片。\n"
               "雲川新耀首席執行官表示:“伊川莫德在內地的新藥上市申請也已獲受理。”")


def test_a_hong_kong_approval_with_a_quoted_acceptance_is_a_registration():
    summary = Summarizer()(HK_APPROVAL, doc_id="hk-approval")
    assert summary.doc_type == "drug_registration"
    fields = {f.name: f.value for f in summary.fields}
    assert fields.get("drug_name", "").startswith("伊川莫德")
    assert fields.get("company") == "雲川新耀醫藥科技有限公司"


@pytest.mark.parametrize("text, expected", [
    # an investing column's case for the stock, about a drug's approval and sales
    ("When a company's shares shoot up 82% in 12 months, investors think it's a good time to be a shareholder -- and that's "
     "what's happened to the stock of Northvale Pharmaceuticals (NASDAQ: NVLP). Earlier this year, the biotech received "
     "approval of a liver-disease treatment.\nIn fact, the bull thesis for buying it is still looking good. Here are three "
     "reasons why it's a canny move to buy the stock.\nIn the third quarter, more than 6,800 patients were taking Northdiffra.",
     "news_feature"),
    # a Taiwan report: a strategic partnership that brings a product in
    ("〔記者林夏／台北報導〕國內藥廠東川華製藥（8999）今（8）日宣布，正式與眼科製藥企業北科眼科展開策略合作，引進正在美國FDA審查中的"
     "老花眼創新藥品QC25。", "licensing_deal"),
], ids=["investing-column", "partnership-brings-in"])
def test_thirteenth_batch_features_and_deals(text, expected):
    assert Summarizer()(text, doc_id="b13-more").doc_type == expected


def test_a_pharma_plants_name_is_not_cut_into_the_filers():
    text = "〔記者林夏／台北報導〕國內藥廠東川華製藥（8999）今（8）日宣布，正式與眼科製藥企業北科眼科展開策略合作，引進老花眼新藥QC25。"
    company = Summarizer()(text, doc_id="b13-company").get_field("company")
    assert company is not None and company.value == "東川華製藥"


# A wire brief: a milestone payment due under a deal made long ago, once the partner launched the drug.
# The news is the payment, not a new agreement; the indication stops before "患者後".
MILESTONE = ("金吾財訊 | 青黃醫藥(00999)公告,繼QRUZAQLA(青喹替尼)膠囊在日本取得定價批准並由其合作伙伴北田推出商業上市用於治療"
             "經治的轉移性結直腸癌患者後,青黃醫藥將收到一項里程碑付款。")


def test_a_milestone_payment_due_is_not_a_new_deal():
    summary = Summarizer()(MILESTONE, doc_id="milestone")
    assert summary.doc_type == "other"
    assert "milestone payment" in summary.core_viewpoint.en and "agreement" not in summary.core_viewpoint.en
    indication = summary.get_field("indication")
    assert indication is None or not indication.value.endswith(("患者後", "後"))


# A wire brief: the FDA has cleared an IND, and the company plans to start the trial. The clearance is
# the news, stated in Chinese by the template; an IND is never called a marketing application (新药上市申请).
IND_CLEARED = (" date 2023-03-09 \n"
               "CAMBRIDGE (MASSACHUSETTS) (dpa-AFX) - Northvale Therapeutics Incorporated (NVTX) announced the FDA has cleared the "
               "Investigational New Drug Application for NV-264, a stem cell-derived islet cell therapy.\n"
               "The company plans to initiate a Phase 1/2 clinical trial in the first half of 2023 to study the safety of NV-264 "
               "in patients with type 1 diabetes.")


def test_an_ind_cleared_is_a_trial_approval_stated_in_chinese():
    summary = Summarizer()(IND_CLEARED, doc_id="ind-cleared")
    assert summary.doc_type == "drug_trial_approval"
    core = summary.core_viewpoint
    assert not core.gist and "NV-264" in core.zh and "临床试验" in core.zh
    assert "上市申请" not in "".join(item.zh or "" for _, item in summary.iter_items())


# A trade-press story: a marketed gene therapy's shipments paused at the FDA's request. A setback, stated
# in both languages; the drug keeps its second word and its four-letter suffix; a CEO's degree is no company.
SHIPMENTS = ("The company stated that it has informed the FDA about its decision.\n"
             "Northvale Therapeutics stated that it has voluntarily paused all shipments of northistrogene moxeparvovec-qxzl "
             "(Northvys), its marketed gene therapy for Duchenne muscular dystrophy (DMD), in the United States.\n"
             "\u201cThe decision to pause shipments was a painful one,\u201d Jane Smith, JD, the president of Northvale, said.")


def test_paused_shipments_are_a_setback_in_both_languages():
    summary = Summarizer()(SHIPMENTS, doc_id="shipments")
    assert summary.doc_type == "setback"
    fields = {f.name: f for f in summary.fields}
    assert fields["setback"].value_zh == "暂停全部发货"
    assert fields["drug_name"].value == "northistrogene moxeparvovec-qxzl"
    assert fields.get("company") is None or fields["company"].value != "JD"


def test_an_investor_day_report_is_a_feature():
    text = ("(资料图片)\n9月15日下午,2022年度某辖区上市公司投资者网上集体接待日活动成功举行。在此次活动上,青大生物表示,公司的四价流感疫苗处于"
            "三期临床阶段。\n有投资者问,公司目前绝大部分收入来源于狂犬疫苗,公司有哪些应对措施?公司表示,公司将加快研发进度。\n"
            "(文章来源:某某证券报)")
    assert Summarizer()(text, doc_id="investor-day").doc_type == "news_feature"


# A wire story: recruitment completed in a trial of a cell therapy named by a code of letters. The drug
# is found, and the milestone is stated in Chinese, not carried in English.
RECRUITMENT = ("Northvale Completes Phase II Stroke Therapy Trial Patient Recruitment\n13th Jun 2016 07:58\n"
               "LONDON (Alliance News) - Northvale Group PLC on Monday said it has completed patient recruitment in the Phase II "
               "clinical trial for patients with motor disability resulting from an ischaemic stroke.\n"
               "The cell-based therapeutics developer said the Phase II clinical trial will test its NVX cell therapy on the stroke patients.")


def test_a_recruitment_completed_is_stated_with_its_drug_in_both_languages():
    summary = Summarizer()(RECRUITMENT, doc_id="recruitment")
    assert summary.doc_type == "trial_progress"
    assert summary.get_field("drug_name").value == "NVX cell therapy"
    assert "完成患者招募" in summary.core_viewpoint.zh and "completed patient recruitment" not in summary.core_viewpoint.zh


def test_a_milestone_without_a_named_drug_is_stated_by_its_phase():
    text = ("近日,青兴生物制药股份有限公司(以下简称“公司”)全资子公司深圳青兴药业有限公司研发的人干扰素吸入溶液I期临床研究成功完成首例受试者入组给药。")
    core = Summarizer()(text, doc_id="milestone-no-drug").core_viewpoint
    assert "I期" in core.zh and "首例受试者" in core.zh and "Phase I" in core.en


# A trade paper's brief: China's regulator has accepted a supplemental application. The outcome is stated
# in both languages (受理 in Chinese, not "accepted" carried in Latin), the indication runs to its head noun.
SBLA = ("sBLA for anti-PD-1 inhibitor northelizumab accepted by China's regulator\n\n22 June 2022\n\n"
        "Biotech firm Northvale (Nasdaq: NVLE) said today that the Center for Drug Evaluation (CDE) of the China National Medical "
        "Products Administration (NMPA) has accepted a supplemental biologics license application (sBLA) for the company's "
        "anti-PD-1 inhibitor, northelizumab, in combination with chemotherapy as a first-line treatment for patients with advanced "
        "or metastatic gastric or gastroesophageal junction adenocarcinoma whose tumors express PD-L1.\n\n"
        "The sBLA is supported by data from the global NORTH 305 trial in patients with locally advanced, unresectable or metastatic "
        "disease.")


def test_a_supplemental_application_accepted_is_stated_in_both_languages():
    summary = Summarizer()(SBLA, doc_id="sbla")
    assert summary.doc_type == "supplementary_application"
    assert "受理" in summary.core_viewpoint.zh and "accepted" not in summary.core_viewpoint.zh
    assert "accepted" in summary.core_viewpoint.en
    assert summary.get_field("indication").value == "advanced or metastatic gastric or gastroesophageal junction adenocarcinoma"


def test_a_worldwide_licence_with_an_exclusion_is_never_stated_as_worldwide():
    text = ("Northvale Collaborates with GSK on NV-20093 License Agreement\n\n"
            "Northvale Pharma said on Wednesday that it has entered into an exclusive license agreement with GSK plc for NV-20093. "
            "Under the agreement, GSK will obtain exclusive worldwide rights (excluding China's mainland, Hong Kong, Macau, and Taiwan) "
            "to develop and commercialize NV-20093. Northvale will receive an upfront payment of $185 million.")
    territory = Summarizer()(text, doc_id="worldwide-except").get_field("territory")
    assert territory is not None and "excluding" in territory.value
    assert territory.value_zh.startswith("独家全球（不包括") and "台湾" in territory.value_zh


def test_worldwide_rights_outside_greater_china_are_not_worldwide():
    text = ("Northvale Pharma entered into an exclusive license agreement with GSK plc. GSK will obtain worldwide rights outside of "
            "Greater China to develop and commercialize NV-20093. Northvale will receive an upfront payment of $85 million.")
    territory = Summarizer()(text, doc_id="worldwide-outside").get_field("territory")
    assert territory.value == "worldwide rights outside of Greater China" and territory.value_zh == "全球（不包括大中华区）"


# English corporate news of no drug type: the Chinese core states what it is (results, a financing, a
# listing regained, guidance received) instead of key terms; guidance sought is no guidance received.
@pytest.mark.parametrize("text, phrase", [
    ("Northvale Bio (NYSE: NVBO) provided a third-quarter update, announcing progress in developing its lead drug candidate "
     "northetap for Alzheimer's disease.", "季度业绩"),
    ("Subsidiary Northvale Therapeutics signed a $7.8 million debt financing term sheet with Universal Capital.", "780万美元债务融资"),
    ("Northgenics (NYSE American: NGEN), a clinical-stage biotechnology company, regained full NYSE American compliance and "
     "reported progress.", "重新符合交易所上市标准"),
    ("Northmir Pharmaceuticals (NASDAQ: NTLO) announced its participation in the BIO International Convention 2025. The company "
     "plans first-in-human dosing in 2026 and is seeking FDA guidance on novel clinical endpoints.", "参加行业会议"),
], ids=["quarter", "financing", "listing", "conference-not-guidance"])
def test_english_corporate_news_is_stated_in_chinese(text, phrase):
    summary = Summarizer()(text, doc_id="corporate-en")
    assert summary.doc_type == "other"
    assert phrase in summary.core_viewpoint.zh and not summary.core_viewpoint.zh.startswith("关键词")


# ------------------------------------------------------------------ fourteenth batch (2026-11-29)
@pytest.mark.parametrize("text, expected", [
    # a headline's priority review for an application the lead says was accepted
    ("FDA grants priority review for Northvale's new drug application for FLT3 inhibitor northizartinib\n"
     "Northvale announced that the U.S. FDA has accepted a new drug application and granted priority review for "
     "northizartinib for the treatment of adult patients with relapsed/refractory FLT3-ITD acute myeloid leukaemia.",
     "nda_acceptance"),
    # 受理 before what it accepts, a long bracket between; a goal of approval is no approval
    ("【财华社讯】青叶制药(02999-HK)公布,美国食品药品监督管理局(FDA)已经完成立卷审查并决定受理集团研发的 Qykindo ® (QY 03004)"
     "(为每两周注射一次的缓释微球肌肉注射制剂,乃根据联邦食品、药品和化妆品法案用于治疗精神分裂症及双相情感障碍一型)的新药申请。\n"
     "Qykindo®的NDA申请获得FDA受理是集团重要的里程碑,让集团在美国获批上市目标更近一步。", "nda_acceptance"),
    # a Taiwan notice: the licensee filed an sNDA (扩充适应症) for the filer's drug
    ("寶川富錦:本公司腎病新藥拿百川授權夥伴-Qeryx於美東時間1/8公告已向美國FDA申請sNDA(擴充適應症)\n"
     "1.事實發生日:106/01/09\n2.公司名稱:寶川富錦生技股份有限公司\n3.與公司關係(請輸入本公司或聯屬公司):本公司\n"
     "5.發生緣由:本公司授權夥伴已向美國FDA申請擴充適應症。", "supplementary_application"),
    # a Phase 3 readout whose primary endpoint was "not clearly better than control"
    ("基川:公告QI-88第三期臨床試驗結果\n1.事實發生日:106/02/28\n2.公司名稱:基川生物科技股份有限公司\n"
     "5.發生緣由:資料分析結果顯示,QI-88的藥物安全性良好。就整體療效而言,使用QI-88的治療組於主要療效指標(無疾病存活期)沒有明顯優於對照組,"
     "未達到臨床試驗方案所要求的統計顯著差異水準。", "setback"),
], ids=["priority-review-for-an-nda", "decided-to-accept", "licensee-snda", "not-better-than-control"])
def test_fourteenth_batch_shapes_get_their_type(text, expected):
    assert Summarizer()(text, doc_id="b14").doc_type == expected


def test_an_indication_stops_before_a_bracket_it_did_not_open():
    text = ("青叶制药公布,美国FDA已经决定受理集团研发的 Q-03004(为缓释微球注射制剂,乃用于治疗精神分裂症及双相情感障碍一型)的新药申请。")
    indication = Summarizer()(text, doc_id="unopened").get_field("indication")
    assert indication is None or not indication.value.endswith((")", "）"))


@pytest.mark.parametrize("text, expected", [
    ("(RTTNews) - Northvale Biologics Inc. said that the primary endpoint has been achieved in the Phase 3 registrational study "
     "(NORTH-1) of NV311, an anti-IGF-1R antibody in subjects with Thyroid Eye Disease.\nNorthvale plans to submit the new drug "
     "application for NV311 to the Center for Drug Evaluation.", "trial_results"),
    ("US biotech firm Northzyme Therapeutics (Nasdaq: NZME) today announced that the NORTH-301 Phase III clinical study of its "
     "investigational drug NV20 in metastatic pancreas cancer failed to reach the primary endpoint of overall survival.\n"
     "News of the flop sent Northzyme's shares tumbling 3.54% pre-market.", "setback"),
    ("青瑞肺癌创新药青可替尼片在国内首次实现全球同步获批\n上证报讯 5月17日,青瑞制药宣布其创新靶向药物青可替尼片已于5月15日获得中国国家药品监督管理局批准,"
     "可单药用于EGFR突变的非小细胞肺癌患者的一线治疗。", "drug_registration"),
    ("青特黃耆多糖注射劑 獲選全球矚目癌症醫學會(ASCO) 發表\n青特(4999)表示,旗下新藥「黃耆多糖注射劑」進行的一項大規模臨床研究,證實超過六成的"
     "癌症患者可緩解癌因性疲憊症。這項臨床研究結果將於六月的2018年美國臨床腫瘤醫學會(ASCO)年會上發表。\n副董事長說,該注射劑獲臺灣衛福部核准上市以來,臨床上已使用逾2000名癌症治療病患。", "trial_results"),
], ids=["endpoint-achieved", "failed-to-reach", "approved-for-use", "since-approval-is-background"])
def test_fourteenth_batch_readouts_and_approvals(text, expected):
    assert Summarizer()(text, doc_id="b14b").doc_type == expected


def test_a_trial_approved_to_begin_in_several_countries_is_a_trial_approval():
    text = ("F-青康:代子公司青康生技股份有限公司公告申請單株抗體生物相似藥QHL1101進入臨床試驗\n"
            "1.事實發生日:105/06/23\n2.公司名稱:青康生技股份有限公司\n5.發生緣由:青康生技向奧地利、保加利亞、台灣等11個國家遞件申請"
            "單株抗體生物相似藥QHL1101用於類風濕性關節炎病人之第一期臨床試驗,分別於2016年6月23日至2017年1月13日核准進入第一期臨床試驗。")
    assert Summarizer()(text, doc_id="approved-to-enter").doc_type == "drug_trial_approval"


# Shapes read off the twentieth batch's training filings (each written here with an invented company and
# drug): a Hong Kong notice of a partial clinical hold, a Taiwan-style wire copy of an FDA permission to
# start a trial with the acronym in corner brackets, a news copy of a new indication approved (no 新增/增加),
# and an English wire release whose interim analysis missed its statistical criteria.
CLINICAL_HOLD_HK = ("嵐峰醫藥(09988)公布,美國食品及藥物管理局(FDA)已對嵐峰替尼用於治療系統性紅斑狼瘡實施部分臨床擱置,"
                    "因此在美國進行的II期研究將不會開展新的患者招募。公司將與衞生當局合作,評估此次部分臨床擱置的影響。")
FDA_PERMISSION_TW = ("青峰製藥(02999.HK)公佈,集團自主開發的新一代抗抑鬱藥物QF-301已獲得美國食品藥品監督管理局(「FDA」)"
                     "許可開展臨床試驗,擬用於治療重度抑鬱症。")
NEW_INDICATION_NEWS = ("5月8日,中国国家药监局(NMPA)官网最新公示,远川制药提交的重组人白介素注射液(远川素)新适应症已获得批准。"
                       "根据远川制药早前发布的新闻稿,该产品此次获批适应症为:用于治疗儿童原发免疫性血小板减少症。"
                       "远川制药在中国8家儿童医院开展了该适应症的3期临床研究。")
INTERIM_MISSED_EN = ("Harbin Lake Pharma Provides Update on Its Phase III Trial of Lakovir\n\n"
                     "SUZHOU, China, March 3, 2023 -- Harbin Lake Pharma Limited (HKEX: 9999) today provided an update on "
                     "its Phase III study of lakovir. Statistical criteria were not met at an interim analysis of the "
                     "Phase III outpatient study, designed to test the efficacy and safety of lakovir in adults with "
                     "influenza. The company will review the full data set with regulators.\n")


# An exchange Q&A platform page: an investor's question that supposes a halted programme, the company's
# courtesy answer. Commentary, not the company's setback.
QA_PLATFORM = ("来源 :深交所互动易2023-04-11\n"
               "cninfo123456问青川生物(300999)董事长,听说公司的RSV疫苗要停止研发了?一期临床什么时候能批?请解释!\n"
               "2023-04-03 09:12:45\n青川生物答cninfo123456\n尊敬的投资者,您好!公司各项研发工作在正常开展中,谢谢!\n"
               "2023-04-11 17:20:01\n")


# A Taiwan MOPS notice of a press conference whose reason line announces a trial's analysed data ("…二期臨床試驗
# 分析數據結果", "…臨床試驗取得數據報告"): no pattern read it and the type fell to "other".
MOPS_DATA = ("嵐岳生醫 本公司今日召開重大訊息記者會之新聞稿內容\n公開資訊觀測站重大訊息公告\n"
             "(6999)嵐岳生醫-本公司今日召開重大訊息記者會之新聞稿內容\n"
             "1.事實發生日:114/05/12 2.公司名稱:嵐岳生醫股份有限公司 3.與公司關係(請輸入本公司或子公司):本公司 "
             "4.相互持股比例:不適用 5.發生緣由:本公司公布軟骨修復因子(LY-9)於退化性膝關節炎台美二期臨床試驗分析數據結果。 "
             "6.因應措施:本公司召開重大訊息說明記者會,新聞稿內容如下:\n"
             "嵐岳生醫針對退化性膝關節炎患者,於台灣及美國共同收案的第I/II期臨床試驗取得數據報告。本試驗共收納42位受試者。\n")


# An English release on a head-to-head trial: its headline names the drug first and the comparator after
# "versus"; the comparator, whose INN stem the drug pattern also knows, was taken as the drug.
HEAD_TO_HEAD_EN = ("Corvimab demonstrated non-inferiority for overall survival versus sorafenib in global Phase 3 trial\n\n"
                   "Lakeshore Bio (HKEX: 09999) today shared results from the Phase 3 LAKESIDE 301 trial of corvimab "
                   "compared with sorafenib as first-line treatment in patients with unresectable hepatocellular "
                   "carcinoma. The trial met its primary endpoint of overall survival.\n")


def test_a_trials_comparator_is_not_its_drug():
    summary = Summarizer()(HEAD_TO_HEAD_EN, doc_id="head-to-head")
    drug = summary.get_field("drug_name")
    assert drug is not None and drug.value.lower() == "corvimab"
    assert "sorafenib" not in (summary.core_viewpoint.en or "")


# Shapes read off the twenty-first batch's training filings (invented companies and drugs): an English story
# above a Chinese site's disclaimer (the page was read as Chinese), an IND's 30-day review passed, a first
# patient dosed in other words, a generic's final approval under a market-column headline, and a Taiwan report of
# an application filed with a foreign regulator.
ASX_STORY_WITH_ZH_DISCLAIMER = (
    "Lakeshore Biopharma (ASX:LKB) will proceed with a phase 3 knee osteoarthritis trial of Lakosul, following a "
    "30-day review by the US Food and Drug Administration of its clinical trial protocol, according to a filing "
    "with the Australian bourse.\nThe study's primary endpoint is a change from baseline in pain, with changes in "
    "global impression of pain, functional assessments at set time points and structural changes as secondary "
    "endpoints, the filing said.\nPatient enrollment will start next quarter at 12 Australian sites, followed by "
    "US sites. The company's shares fell almost 14% in recent trade.\n"
    "免責聲明:投資有風險,本文並非投資建議,以上內容不應被視為任何金融產品的購買或出售要約、建議或邀請,作者或其他用戶的任何"
    "相關討論、評論或帖子也不應被視為此類內容。本文僅供一般參考,不考慮您的個人投資目標、財務狀況或需求。某某對信息的準確性和"
    "完整性不承擔任何責任或保證,投資者應自行研究並在投資前尋求專業建議。\n")
DOSING_INITIATED = ("Corvane Therapeutics (ASX:CVT), a biotech firm focused on therapies for brain injury, has initiated dosing "
                    "for the first acute ischemic stroke patient in its Phase 2 clinical trial of CVT-007.\n"
                    "\u201cWe look forward to progressing this trial,\u201d Corvane Managing Director Dr Jane Doe said.\n")
GENERIC_FINAL_APPROVAL = ("This small-cap company receives US FDA approval for a drug with a large market!\n"
                          "On Tuesday, one of the top gainers, shares of Lakeview Pharma Ltd rose 15 per cent.\n"
                          "Lakeview Pharma received the U.S. Food and Drug Administration (US FDA) final approval for its "
                          "ANDA for Corvilast Tablets for the treatment of adult patients with psoriatic arthritis.\n")
FILED_ABROAD_TW = ("興櫃生技股嵐特(6999)昨(20)日公告,該公司自行發展的嵐拓疫苗(LT-71),已由合作方越南國營公司VABIO於7月18日,"
                   "正式向越南衛生部藥品管理局(Drug Administration of Vietnam, DAV)提出新藥查驗登記申請。\n")


# the shapes of the twentieth batch (above) and the twenty-first
@pytest.mark.parametrize("text, expected", [
    (MOPS_DATA, "trial_results"),
    (QA_PLATFORM, "news_feature"),
    (CLINICAL_HOLD_HK, "setback"),
    (FDA_PERMISSION_TW, "drug_trial_approval"),
    (NEW_INDICATION_NEWS, "supplementary_application"),
    (INTERIM_MISSED_EN, "setback"),
    (ASX_STORY_WITH_ZH_DISCLAIMER, "drug_trial_approval"),
    (DOSING_INITIATED, "trial_progress"),
    (GENERIC_FINAL_APPROVAL, "drug_registration"),
    (FILED_ABROAD_TW, "nda_acceptance"),
], ids=["mops-data", "qa-platform", "partial-clinical-hold", "fda-permission-corner-brackets", "new-indication-approved",
        "interim-missed-en", "zh-disclaimer-under-en-story", "dosing-initiated", "generic-final-approval",
        "filed-abroad-tw"])
def test_twentieth_and_twenty_first_batch_shapes_get_their_type(text, expected):
    summary = Summarizer()(text, doc_id="batch20-21")
    assert summary.doc_type == expected
    if expected == "setback":  # a setback is never stated as progress or approval
        core = (summary.core_viewpoint.en or "").lower()
        assert "approv" not in core and "started" not in core


def test_an_english_story_above_a_chinese_disclaimer_is_english_and_an_officer_is_no_company():
    assert Summarizer()(ASX_STORY_WITH_ZH_DISCLAIMER, doc_id="lang").lang == "en"
    company = Summarizer()(DOSING_INITIATED, doc_id="officer").get_field("company")
    assert company is not None and company.value == "Corvane Therapeutics"


# English wordings read off older training filings that the patterns missed (invented names): a trade paper's
# "Japan approves X's …", a first patient administered or "dosing its first patient", a recruiting target
# completed, a combination partner after "along with"; and a setback whose release recalls that enrolment had
# been completed stays a setback.
JAPAN_APPROVES = ("Company News\n\nJapan approves Qingshan's single-dose flu treatment\n\n"
                  "Japan's Ministry of Health approved Qingshan Pharma's Corvaflu (corvaxavir) to treat influenza A and B.\n")
FIRST_PATIENT_ADMINISTERED = (
    "Larkspur Bio administers 1st patient with Larvalisib for HNSCC\n\n"
    "Larkspur Bio, one of the leading biopharmaceutical companies of China, has recently announced dosing its first "
    "patient in the global phase 3 clinical trial at a Shanghai hospital.\n\nThe study evaluates the efficiency and "
    "safety of Larvalisib along with paclitaxel for the treatment of head and neck cancer.\n")
RECRUITING_TARGET = ("Qinghe Pharmaceuticals, a biotech company committed to endocrine diseases, announced on March 30 that it "
                     "had successfully completed its recruiting target of 150 subjects for the Phase-III registration "
                     "clinical trial in China of its long-acting growth hormone.\n")
SETBACK_RECALLING_ENROLMENT = (
    "SUZHOU, China, Dec. 27, 2021 /PRNewswire/ -- Qingyun Pharmaceutical Limited (HKEX: 9999) today provided an update "
    "on its multi-regional study of qingyutamide. Statistical criteria were not met at an interim analysis of the "
    "phase III outpatient study. As of December 23, 2021, Qingyun had completed the enrollment of this pivotal study.\n")


@pytest.mark.parametrize("text, expected, company", [
    (JAPAN_APPROVES, "drug_registration", "Qingshan"),
    (FIRST_PATIENT_ADMINISTERED, "trial_progress", "Larkspur Bio"),
    (RECRUITING_TARGET, "trial_progress", None),
    (SETBACK_RECALLING_ENROLMENT, "setback", None),
], ids=["japan-approves", "first-patient-administered", "recruiting-target", "setback-recalling-enrolment"])
def test_more_english_wordings_get_their_type(text, expected, company):
    summary = Summarizer()(text, doc_id="english-wording")
    assert summary.doc_type == expected
    if company:
        assert summary.get_field("company") is not None and summary.get_field("company").value == company
    if text is FIRST_PATIENT_ADMINISTERED:
        assert summary.get_field("drug_name").value == "Larvalisib"


# Read off the twenty-fifth batch's training half (invented companies, drugs and figures, the shapes as found).
# A stock-move column ("What happened / So what / Now what") about the company's own approval, in reported
# speech ("announced that the FDA had approved"): the approval, not commentary.
STOCK_MOVE_OWN_APPROVAL = (
    "What happened?\n\nOn Tuesday, Lindenfield Pharma (LNDF) -- a small-cap drugmaker -- announced that the U.S. Food "
    "and Drug Administration (FDA) had approved Lindora, an eye drop the company developed for dry eye disease. Its "
    "shares closed the day up by 18.2%.\n\nSo what\n\nDry eye disease affects many adults, and until now few "
    "treatments were approved for it. According to Lindenfield, the market for Lindora could be very large indeed.\n\n"
    "Image source: Getty Images.\n\nGiven the size of that market, it is not surprising to see investors bidding up "
    "the shares of Lindenfield following the approval of its first product.\n\nNow what\n\nInvestors will now watch "
    "how quickly the company can launch Lindora and whether doctors take it up.\n")
# a listicle of several stocks' moves, whatever item it opens with
STOCKS_LISTICLE = (
    "4 ASX healthcare shares racing 8% to 30% higher today\n\nInvestors are buying these four stocks on Wednesday.\n\n"
    "The first is Wattle Oncology Ltd (ASX: WOL), which said it had lodged the ethics application for its Phase 1 "
    "trial of WO-12.\n")
# a wire's midday digest of many listed companies' announcements, whatever item it opens with
MIDDAY_DIGEST = ("【午间公告】2023年3月8日\n\n青松汽车(09998-HK)行使购股权发行20万股\n"
                 "【某某社讯】青松汽车(09998-HK)公布,因合资格参与者行使购股权而发行20万股普通股。\n\n"
                 "远帆医药(09997-HK)II期临床试验完成首例患者给药\n【某某社讯】远帆医药(09997-HK)公布,其YF-3片II期临床试验已完成首例患者给药。\n")
# a Hong Kong biotech's half-year results moving its shares; a trial's top-line data named in passing
HALF_YEAR_RESULTS = ("(原标题:港股异动 | 青岚药业-B(09996)跌7% 中期亏损扩至3.1亿元、研发开支增40%)\n\n"
                     "青岚药业-B(09996)绩后走弱,午后跌幅扩大至7%。公司公布中期业绩,期内亏损约3.1亿元人民币,同比扩大。"
                     "公司表示,其QL-5片的III期临床试验顶线数据预计于下半年公布。\n")
# a technology-development contract with an institute for a candidate, whose risk note says a new-drug
# certificate is still far off (最终获得新药证书仍有较长时间): a deal, not a registration
TECH_DEVELOPMENT = ("江苏青湖药业股份有限公司关于公司与某某药物研究所签订《技术开发合同》的公告\n\n"
                    "风险提示:本公告所述项目为候选新药,从筛选的化合物到最终获得新药证书仍有较长时间。\n\n"
                    "公司与某某药物研究所签订《技术开发合同》,由公司承接QH-7项目的后续研究开发,按研发进度支付里程碑付款。\n")


def test_a_past_tense_without_a_verb_of_saying_stays_background():
    from summarizer.stages.doctypes import _background
    import re
    said = "Lindenfield announced that the FDA had approved Lindora."
    recalled = "In 2019 the FDA had approved Lindora; the company now reports sales."
    assert not _background(said, *re.search(r"FDA had approved", said).span())
    assert _background(recalled, *re.search(r"FDA had approved", recalled).span())


def test_an_earlier_announcement_pointed_to_is_background_but_not_the_same_days():
    from summarizer.stages.doctypes import _background
    import re
    earlier = "倍他宁为公司在研新药。(详见公司2015年4月9日披露的《关于获得药品注册申请受理通知书的公告》)"
    same_day = "公司签署许可协议(详见公司同日披露的《关于获得药品注册申请受理通知书的公告》)"
    assert _background(earlier, *re.search("受理通知书", earlier).span())
    assert not _background(same_day, *re.search("受理通知书", same_day).span())


# a licence the title says is ended: the deal's signing, told in the body, is its history, not the news
LICENCE_ENDED = ("远帆医药(09997)终止收购单克隆抗体商业化权利\n"
                 "远帆医药(09997)公布,于2021年5月10日,被许可方Yuanfan ...\n"
                 "某某财经APP讯,远帆医药(09997)公布,于2021年5月10日,被许可方Yuanfan Technology(HongKong) Company Limited"
                 "(公司全资附属公司)与许可方Larkspur LLC订立许可及合作协议,许可方有条件同意授予被许可方许可,即于中国内地、"
                 "中国香港及新加坡等地区将该技术商业化的独家权利。\n"
                 "由于被许可方与许可方无法就研发时间表的调整达成一致,被许可方与许可方同意终止收购事项。\n")


def test_a_licence_the_title_ends_is_not_stated_as_entered_into():
    summary = Summarizer()(LICENCE_ENDED, doc_id="ended")
    assert summary.doc_type == "licensing_deal"
    assert "entered into" not in summary.core_viewpoint.en and "签署" not in summary.core_viewpoint.zh
    assert "终止" in summary.core_viewpoint.zh


def test_a_partners_nationality_and_kind_are_not_its_name():
    text = ("Hanbit Biologics, a South Korean drug company, announced on Friday that the company signed a technology "
            "transfer agreement with US multinational biopharmaceutical company Northgate to transfer its ADC technology.\n")
    partner = Summarizer()(text, doc_id="partner").get_field("partner")
    assert partner is not None and partner.value == "Northgate"


# Read off the twenty-sixth batch's training half (invented companies and drugs, the shapes as found): a production
# application's acceptance in the older wording; a Taiwan story's first trial in people; a round-up that names
# several companies as examples; a newsletter's weekly issue; a trade paper's tech-transfer contract; a label widened.
PRODUCTION_ACCEPTED = ("青松药业股份有限公司关于QS-3及QS-3注射液获得报产受理通知的公告\n\n"
                       "青松药业股份有限公司于2016年5月10日获得某某省食品药品监督管理局关于QS-3、QS-3注射液申报生产的受理通知书,"
                       "受理号为CXSS1600011某。\n")
FIRST_HUMAN_TRIAL_TW = ("青峰(6999)研發出的癌症診斷新藥QF-7,臨床試驗進度獲得重大進展,目前在美國某某大學醫院展開第一階段人體試驗。\n\n"
                        "青峰表示,QF-7為其美國子公司開發。\n")
ROUNDUP_EXAMPLES = ("生技投資回溫,不少具有新進度的新藥公司也蠢蠢欲動,包括青峰、遠帆、北岸、南嶺等,業界認為產業前景看好。\n\n"
                    "近兩年因部分公司新藥解盲失利,連帶讓不少新藥股重挫,但近期投資人信心回升。\n")
WEEKLY_ISSUE = ("11/24 Harbor BIO Weekly\n\n2025-11-24| Harbor BIO Weekly |\n\n"
                "Lindenfield's LF-301 receives orphan drug designation in Japan\n\nLindenfield Bio announced that its "
                "LF-301 received orphan drug designation from Japan's health ministry.\n\nQinghe lists on the emerging board\n")
TECH_TRANSFER_CONTRACT = ("Hanbit Bio has signed a $2.1 billion tech transfer contract with a global pharmaceutical company.\n\n"
                          "Hanbit Bio said it will receive milestone payments as the partner develops products with its platform.\n")
LABEL_EXPANDED = ("Daeyang Pharmaceutical said it has expanded the indication of Daetox, its locally developed botulinum toxin, "
                  "to include crow's feet lines after approval by the Ministry of Food and Drug Safety.\n")


def test_a_newsletters_issue_line_is_not_the_core():
    core = Summarizer()(WEEKLY_ISSUE, doc_id="weekly").core_viewpoint.en
    assert "|" not in core and "2025-11-24" not in core


def test_a_production_applications_acceptance_is_read_by_the_patterns_not_left_to_the_model():
    summarizer = Summarizer()
    doc = summarizer.analyse(PRODUCTION_ACCEPTED, doc_id="production")
    assert summarizer.detector.scores(doc)["nda_acceptance"] >= summarizer.detector.threshold


# Read off the twenty-seventh batch's training half (invented companies and drugs, the shapes as found).
MAA_VALIDATED = ("• Monday, October 31, 2022 @ 12:00 am\n\n"
                 "Alpenrose Pharma announced that the European Medicines Agency (EMA) has validated its marketing "
                 "authorization application (MAA) for alpenolone for the treatment of Duchenne muscular dystrophy.\n\n"
                 "Alpenolone has been granted Orphan Drug status in the U.S. and in Europe for DMD, and has received Fast "
                 "Track and Rare Pediatric Disease designations in the U.S.\n")
DOSING_OF_FIRST_PATIENT = ("Cedarline Ltd. CDLN announced the dosing of the first patient in part 2 of the phase I/IIa study "
                           "on CL-134, a glycolipid in development for solid tumors.\n\nPart 2 will evaluate CL-134 in "
                           "combination with a checkpoint inhibitor in patients with advanced solid tumors.\n\n"
                           "Shares of the company have plunged 40% this year. The company has a collaboration agreement "
                           "with a large drugmaker.\n")
DEVELOPMENT_DISTRIBUTION = ("Olivewood Signs Multi-Million Dollar Development and Distribution Agreement for Olivadenoson in "
                            "China with Harbor Medical\n\nUpfront and milestone payments of up to $50 million, plus royalties "
                            "on net sales. Olivadenoson met its endpoints in a Phase 2 study.\n")
LABEL_UPDATE = ("The Australian TGA approves key label updates to Dunelle® for treatment of opioid dependence\n\n"
                "Dunemark announced that the Therapeutic Goods Administration approved a new monthly dose of Dunelle "
                "and direct initiation on the weekly product.\n")
HK_LISTING_FILED = ("打开APP\n×\n“零产品”青松生物通过港交所IPO备案 核心GLP-1周制剂有望明年商业化\n\n"
                    "青松生物所有产品均处于在研状态,QS-119是进度最靠前的一款在研产品,此前公司曾撤回了上市申请。\n")


# an application resubmitted after a withdrawal, its first acceptance recalled in a sentence dated by its month
RESUBMITTED = ("波折陡生!远帆生物重新提交YF-3上市申请\n\n"
               "某某社3月4日讯,今日,远帆生物对外公告称,重新提交了YF-3的上市申请,而此前公司曾撤回过YF-3的上市申请。\n\n"
               "撤回之后重新提交上市申请\n\n"
               "远帆生物公告,公司已于2024年9月收到国家药品监督管理局发出的《受理通知书》,内容有关YF-3的NDA已获受理,"
               "并已获CDE纳入优先审评。\n")


def test_an_acceptance_dated_in_the_past_is_not_stated_as_the_news():
    from summarizer.stages.check import event_support
    summary = Summarizer()(RESUBMITTED, doc_id="resubmitted")
    assert "受理" not in (summary.core_viewpoint.zh or "")
    assert "accepted" not in (summary.core_viewpoint.en or "")
    # the pair: the same sentence dated by its month recalls the step, dated today it states it
    summarizer = Summarizer()
    doctype = summarizer.types["nda_acceptance"]
    past = summarizer.analyse("远帆生物公告,公司已于2024年9月收到国家药品监督管理局发出的《受理通知书》,内容有关YF-3的NDA已获受理,并已获CDE纳入优先审评。")
    now = summarizer.analyse("远帆生物公告,公司近日收到国家药品监督管理局发出的《受理通知书》,内容有关YF-3的NDA已获受理,并已获CDE纳入优先审评。")
    assert event_support(past, doctype, [s.index for s in past.segments]) is None
    assert event_support(now, doctype, [s.index for s in now.segments]) is not None


# Read off the twenty-eighth batch's training half (invented companies and drugs, the shapes as found).
IND_APPROVAL_HEADLINE = ("Northgate Bio Announces FDA Approval of Investigational New Drug Application for Lead Candidate NG-143\n\n"
                         "Northgate Bio said the U.S. Food and Drug Administration has approved its IND, allowing it to "
                         "initiate a Phase I trial of NG-143 in patients with solid tumors by September.\n")
CONCERN_LETTER_REPLY = ("河北青松药业股份有限公司关于对深圳证券交易所关注函回复的公告\n\n"
                        "河北青松药业股份有限公司于2020年5月13日收到深圳证券交易所下发的《关注函》。公司于2016年取得QS-8的临床试验批件,"
                        "并已启动QS-8临床试验。现就关注函所涉问题回复如下。\n")
HEADED_ROUNDUP = ("Alder Holding\nAlder Holding Ltd. (ADR) ALDR's unit's product has a PDUFA date set for December 28.\n"
                  "The FDA has already granted it a priority review.\n"
                  "Birch Therapeutics\nBirch Therapeutics BRCH also has a PDUFA date of December 28 for its therapy.\n"
                  "The FDA has accepted the company's NDA and accorded it priority review.\n"
                  "Cedar Pharma\nCedar Pharma CDRP is expected to release top-line Phase 2 results by the end of the month.\n")


# Read off the twenty-ninth batch's training half (invented companies and drugs, the shapes as found).
BLA_APPROVED_MOVER = ("某某财经APP获悉,远帆药业(06999)盘中拉升逾11%,截至发稿,报8.9港元。\n\n"
                      "消息面上,远帆药业发布公告,国家药监局已批准远佑泽(那西妥单抗)的生物制品许可申请(“BLA”),用于治疗复发性或难治性高危神经母细胞瘤患者。\n\n"
                      "某某证券发布研究报告称,维持远帆药业“跑赢行业”评级,目标价11港元。\n")


def test_twenty_ninth_batch_an_approved_bla_outweighs_a_rating_told_after_it():
    assert Summarizer()(BLA_APPROVED_MOVER, doc_id="bla").doc_type == "drug_registration"


APPROVAL_WITH_COMPARATOR = (
    "Lindenfield Pharma Receives FDA Approval of Lindora\n\n"
    "The FDA approved Lindenfield Pharma’s Lindora (sodium lindosulfate injection) for reducing the risk of hearing "
    "loss associated with cisplatin in pediatric patients.\n\n"
    "In one study, the incidence of hearing loss was 39 percent in patients who received cisplatin-based chemotherapy "
    "with Lindora, compared with 68 percent in the arm that received cisplatin alone.\n")


def test_the_drug_a_harm_comes_from_or_a_comparator_arm_is_not_the_approved_drug():
    summary = Summarizer()(APPROVAL_WITH_COMPARATOR, doc_id="comparator")
    drug = summary.get_field("drug_name")
    assert drug is not None and drug.value == "Lindora"
    assert "cisplatin" not in summary.core_viewpoint.en


# Read off the thirtieth batch's training half (invented companies and drugs, the shapes as found): an Indian paper's
# wording of an FDA approval, a trial's "second phase" started, an analyst's view as the headline's source.
FINAL_APPROVAL_US_REGULATOR = ("Sitara Pharma was trading 3% higher at Rs 1,068 on BSE after the pharmaceutical company said it "
                               "has received final approval from the US health regulator to market generic Sitalol tablets, "
                               "used for treatment of hypertension.\n")
SECOND_PHASE_INITIATED = ("Ahmedabad-based drug major Kavya Healthcare on Wednesday announced that it had initiated its second "
                          "phase of trials to investigate KVN1, an oral molecule used to treat anaemia associated with "
                          "chronic kidney disease.\n")
SAYS_ANALYST = ("Sitaglin to boost Kavya in India's diabetes market but concerted efforts required, says analyst\n\n"
                "Generics\n28 April 2020\nIndia-based Kavya Pharma has launched Sitaglin, a generic of a blockbuster diabetes drug.\n")


# The shapes read off the 25th to 30th batches' training halves (above), each a filing of its type.
@pytest.mark.parametrize("text, expected", [
    (STOCK_MOVE_OWN_APPROVAL, "drug_registration"),
    (STOCKS_LISTICLE, "news_feature"),
    (MIDDAY_DIGEST, "news_feature"),
    (HALF_YEAR_RESULTS, "other"),
    (TECH_DEVELOPMENT, "licensing_deal"),
    (PRODUCTION_ACCEPTED, "nda_acceptance"),
    (FIRST_HUMAN_TRIAL_TW, "trial_progress"),
    (ROUNDUP_EXAMPLES, "news_feature"),
    (WEEKLY_ISSUE, "news_feature"),
    (TECH_TRANSFER_CONTRACT, "licensing_deal"),
    (LABEL_EXPANDED, "supplementary_application"),
    (MAA_VALIDATED, "nda_acceptance"),
    (DOSING_OF_FIRST_PATIENT, "trial_progress"),
    (DEVELOPMENT_DISTRIBUTION, "licensing_deal"),
    (LABEL_UPDATE, "supplementary_application"),
    (HK_LISTING_FILED, "other"),
    (IND_APPROVAL_HEADLINE, "drug_trial_approval"),
    (CONCERN_LETTER_REPLY, "other"),
    (HEADED_ROUNDUP, "news_feature"),
    (FINAL_APPROVAL_US_REGULATOR, "drug_registration"),
    (SECOND_PHASE_INITIATED, "trial_progress"),
    (SAYS_ANALYST, "news_feature"),
], ids=["stock-move-own-approval", "stocks-listicle", "midday-digest", "half-year-results", "tech-development",
        "production-accepted", "first-human-trial-tw", "roundup-examples", "weekly-issue", "tech-transfer", "label-expanded",
        "maa-validated", "dosing-of-first-patient", "development-distribution", "label-update", "hk-listing-filed",
        "ind-approval-headline", "concern-letter-reply", "headed-roundup",
        "final-approval-us-regulator", "second-phase-initiated", "says-analyst"])
def test_twenty_fifth_to_thirtieth_batch_shapes_get_their_type(text, expected):
    assert Summarizer()(text, doc_id="batch25-30").doc_type == expected


# A news page with a breadcrumb before its headline, the headline again without it, and a teaser that cuts the
# lead's first sentence before printing it whole.
BREADCRUMB = ("Home Markets SMALL CAPS WEEKLY: Northwind Bio gets a nod from US FDA\n\n"
              "SMALL CAPS WEEKLY: Northwind Bio gets a nod from US FDA\n\n"
              "The FDA has agreed a faster path for the Phase III trial of Northwind's lead drug, NW-201,\n\n"
              "Northwind Bio was one of the winners of the week, with its shares up 20 percent.\n\n"
              "The FDA has agreed a faster path for the Phase III trial of Northwind's lead drug, NW-201, which is designed "
              "to treat myelofibrosis.\n\n"
              "The agency proposed one trial in newly diagnosed patients instead of two separate studies.\n")


def test_a_breadcrumb_before_a_headline_and_a_teasers_cut_copy_are_no_summary_text(summarizer):
    summary = summarizer(BREADCRUMB, doc_id="breadcrumb")
    shown = [item.en or "" for _, item in summary.iter_items()]  # the core viewpoint first
    assert not any(s.startswith("Home Markets") for s in shown)
    assert not any(s.rstrip().endswith("NW-201,") for s in shown)  # the cut copy
    assert sum("SMALL CAPS WEEKLY" in s for s in shown) <= 1



def test_a_headline_with_a_sites_section_label_after_it_is_the_headline_alone(summarizer):
    text = ("tipsitetipsite\n\nWestbay: Analyst Sees Little Trouble in Big China\nStock Analysis & Ideas\n\n"
            "Westbay: Analyst Sees Little Trouble in Big China\n\n"
            "Shares of Westbay (WBAY) rose 19% after the company signed a co-development agreement with a partner in China.\n")
    summary = summarizer(text, doc_id="section-label")
    assert "Stock Analysis" not in summary.core_viewpoint.en
    assert not any("Stock Analysis" in (item.en or "") for _, item in summary.iter_items())
