from __future__ import annotations

import pytest

from summarizer import Summarizer, SummarizerConfig
from summarizer.errors import TypeSpecError
from summarizer.stages.doctypes import TypeDetector, load_types
from summarizer.stages.read import read

from .conftest import NORTHLAKE, REGISTRATION, VUM02


def test_shipped_types_load_with_base_fields():
    types = load_types()
    assert {"drug_trial_approval", "other"} <= set(types.types)
    dta = types["drug_trial_approval"]
    assert [s.key for s in dta.sections] == [
        "drug_information", "clinical_trial_details", "drug_development_background",
        "disease_context", "research_landscape",
    ]
    assert dta.fields["acceptance_number"].label_en == "Acceptance Number"
    assert dta.sections[0].title_en == "Drug Information"


@pytest.mark.parametrize("path, expected", [(VUM02, "drug_trial_approval"), (NORTHLAKE, "drug_trial_approval")])
def test_detector_recognises_trial_approvals(path, expected):
    name, score = TypeDetector(load_types())(read(path))
    assert name == expected and 0.5 < score <= 1


def test_detector_falls_back_to_other():
    name, _ = TypeDetector(load_types())(read("公司第三届董事会第五次会议审议通过了年度报告。"))
    assert name == "other"


USER_TYPE = '''
extends = "_base"
name = "board_meeting"
title_zh = "董事会决议"
title_en = "Board resolution"

[detect]
patterns = [{ pattern = '董事会.{0,10}会议决议', weight = 5.0 }]

[fields.meeting]
label_zh = "会议"
label_en = "Meeting"
patterns = ['(?P<value>第[一二三四五六七八九十]+届董事会第[一二三四五六七八九十]+次会议)']
translate = "code"

[[sections]]
key = "resolutions"
title_zh = "决议事项"
title_en = "Resolutions"
labels = ["core_event", "financials", "research_landscape", "development_background"]
fields = ["meeting"]
max_items = 2

[core]
zh = ["{company}召开{meeting}。"]
en = ["{company} held a board meeting."]
'''


def test_user_adds_a_type_with_one_file_and_no_code(tmp_path):
    (tmp_path / "board_meeting.toml").write_text(USER_TYPE, encoding="utf-8")
    s = Summarizer(SummarizerConfig(types_dirs=[str(tmp_path)]))
    text = "示例股份有限公司第三届董事会第五次会议决议公告\n\n示例股份有限公司第三届董事会第五次会议于近日召开，审议通过了关于投资建设新工厂的议案。"
    summary = s(text)
    assert summary.doc_type == "board_meeting"
    assert summary.core_viewpoint.zh == "示例股份有限公司召开第三届董事会第五次会议。"
    assert summary.get_field("meeting").value == "第三届董事会第五次会议"
    assert summary.sections[0].title_en == "Resolutions"


def test_bad_type_file_gives_coded_error(tmp_path):
    (tmp_path / "broken.toml").write_text('name = "broken"\n[fields.x]\npatterns = ["no group"]\n', encoding="utf-8")
    with pytest.raises(TypeSpecError, match="has no \\(\\?P<value>"):
        Summarizer(SummarizerConfig(types_dirs=[str(tmp_path)]))


def test_registration_filing_is_not_mistaken_for_trial_approval():
    name, _ = TypeDetector(load_types())(read(REGISTRATION))
    assert name != "drug_trial_approval"


def test_a_type_leaves_out_a_base_field_and_names_only_fields_its_base_declares(tmp_path):
    (tmp_path / "board.toml").write_text(
        'extends = "_base"\nname = "board_meeting"\nwithout = ["regulator"]\n'
        '[detect]\npatterns = [{ pattern = "董事会决议", weight = 5.0 }]\n', encoding="utf-8")
    registry = load_types((str(tmp_path),))
    assert "regulator" not in registry["board_meeting"].fields
    assert "regulator" in registry["other"].fields
    (tmp_path / "board.toml").write_text('extends = "_base"\nname = "b"\nwithout = ["no_such_field"]\n',
                                         encoding="utf-8")
    with pytest.raises(TypeSpecError, match="no_such_field"):
        load_types((str(tmp_path),))


def test_every_shipped_pattern_compiles():
    # shipped field patterns compile on first use (start-up compiles only what a filing needs): this
    # compiles them all, so a bad one fails here and not on a user's filing
    from summarizer.stages.doctypes import compile_field

    registry = load_types()
    for doctype in registry:
        for spec in doctype.fields.values():
            compile_field(spec)
            assert all(hasattr(p, "search") for p in spec.patterns)


# A pattern is skipped when none of the strings any of its matches must contain is in the text: the
# strings are read off the pattern, and skipping never changes what a search finds.
@pytest.mark.parametrize("pattern, text", [
    (r"独立数据(?:监测|监查)委员会|i?DMC[)）]", "由独立数据监测委员会评价"),
    (r"(?:[ⅠⅡⅢ]+|[1-4])\s*期(?:临床)?(?:研究|试验)(?:的)?(?:结果|数据)", "Ⅲ期研究结果于某刊发表"),
    (r"[\u4e00-\u9fff]{2,6}回应[:：]", "东典制药回应:市场有反馈"),
    (r"完[全整]回(?:复|覆|应)函", "发出完整回覆函"),
])
def test_required_literals_are_in_every_match(pattern, text):
    import re

    from summarizer.stages.doctypes import required_literals

    compiled = re.compile(pattern)
    needs = required_literals(compiled)
    m = compiled.search(text)
    assert needs and m and any(n in m.group() for n in needs)
    assert not any(n in "公司收到药品注册证书" for n in needs)  # so a search there is skipped


def test_a_class_led_pattern_names_no_literal_and_a_case_insensitive_one_names_folded_ones():
    import re

    from summarizer.stages.doctypes import required_literals

    assert required_literals(re.compile(r"(?i)\bapproved\b")) == ("approved",)
    assert required_literals(re.compile(r"Phase (?i:IND) filed")) == ("phase ",)  # folded: the pattern ignores case in part
    assert required_literals(re.compile(r"[A-Z]{2,5}\d+")) is None
    assert required_literals(re.compile(r"[A-Z]{2,5}-\d+")) == ("-",)


# Letters the regex engine takes as equal under IGNORECASE though their lowercases differ: a prefilter
# that compared plain lowercases would skip a search that matches.
@pytest.mark.parametrize("pattern, text", [
    (r"(?i)\bclearance\b", "FDA CLEARANCE granted"),
    (r"(?i)approval of (?:the )?NDA", "Approval Of The nda for X"),
    (r"(?i)\bsuspension\b", "trial \u017fuspension noted"),  # long s
    (r"(?i)\bIND\b", "the \u0130ND was cleared"),  # capital I with a dot
    (r"(?i)kinase", "a \u212aINASE inhibitor"),  # Kelvin sign
    (r"(?i)\u03c3\u03c4", "\u03a3\u03a4 and \u03c2\u03c4"),  # sigma, final sigma
    (r"licen(?i:SED) to", "was licensed to a partner"),
])
def test_a_case_insensitive_pattern_is_never_skipped_where_it_matches(pattern, text):
    import re

    from summarizer.stages.doctypes import cannot_match

    compiled = re.compile(pattern)
    assert compiled.search(text)
    assert not cannot_match(compiled, text)
    assert cannot_match(compiled, "公司收到药品注册证书, nothing else here")


def test_skipping_a_shipped_case_insensitive_pattern_never_loses_a_match():
    # every shipped pattern that ignores case, on the English dev filings as written, in capitals, with
    # cases swapped and with the letters whose case folds are odd (long s, dotted capital I, Kelvin sign)
    from summarizer.stages.doctypes import cannot_match

    from .conftest import ROOT

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds" / "devset").glob("en-*.txt"))]
    texts.append((ROOT / "seeds" / "northlake-ind-clearance.en.txt").read_text(encoding="utf-8"))
    variants = [v for t in texts for v in (t, t.upper(), t.swapcase(), t.replace("s", "\u017f").replace("I", "\u0130").replace("k", "\u212a"))]
    matched = 0
    for pattern in _case_insensitive_shipped_patterns():
        for text in variants:
            if pattern.search(text):
                matched += 1
                assert not cannot_match(pattern, text), pattern.pattern
    assert matched > 100  # the check saw real matches


def _case_insensitive_shipped_patterns():
    import re

    from summarizer.stages.doctypes import compile_field

    out = []
    for doctype in load_types():
        out.extend(p for p, _, _ in doctype.detect if "(?i" in p.pattern or p.flags & re.IGNORECASE)
        for spec in doctype.fields.values():
            compile_field(spec)
            out.extend(p for p in (*spec.patterns, *spec.patterns_en) if "(?i" in p.pattern or p.flags & re.IGNORECASE)
    assert len(out) > 50
    return out


def test_the_pattern_index_never_drops_a_pattern_that_matches():
    # every shipped field and detect pattern, on the dev filings (both languages) as written and, for the
    # patterns that ignore case, with cases swapped and odd case folds: where it matches, the index keeps it
    import re

    from summarizer.stages.doctypes import PatternIndex, load_types

    from .conftest import ROOT

    patterns = []
    for doctype in load_types():
        patterns += [p for p, _, _ in doctype.detect]
        for spec in doctype.fields.values():
            patterns += [*spec.in_header, *spec.patterns, *spec.patterns_en]
    index = PatternIndex(patterns)
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds" / "devset").glob("*.txt"))]
    texts += [t.swapcase().replace("s", "\u017f").replace("k", "\u212a") for t in texts if t.isascii()]
    matched = 0
    for text in texts:
        possible = index.possible(text)
        for pattern in patterns:
            if pattern.search(text):
                matched += 1
                assert pattern in possible, pattern.pattern
    assert matched > 500  # the check saw real matches
    assert len(index.possible("nothing to see here")) < len(set(patterns)) / 4  # and it does prune
    assert re.compile("x") in PatternIndex([re.compile("x")]).possible("x")
