"""The short phrase table that stands in for pypinyin's full phrase dictionary (loading that took most of
a cold start): it must give every phrase pypinyin knows the same toneless reading as the full one."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.lexicon.romanize import PHRASE_TABLE, build_phrase_table, load_name_tables
from summarizer.resources import models_dir

_READ = """
import json, sys
from summarizer.lexicon.romanize import _lazy_pinyin
phrases = json.loads(sys.stdin.read())
convert = _lazy_pinyin()
print(json.dumps([" ".join(convert(p)) for p in phrases]))
"""


def _readings(phrases: list[str], mode: str | None) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SUMMARIZER_PINYIN_PHRASES", "PYPINYIN_NO_PHRASES")}
    if mode:
        env["SUMMARIZER_PINYIN_PHRASES"] = mode
    out = subprocess.run([sys.executable, "-c", _READ], input=json.dumps(phrases), capture_output=True,
                         text=True, env=env, check=True)
    return json.loads(out.stdout)


def test_the_short_table_reads_every_phrase_as_the_full_dictionary_does():
    from pypinyin.phrases_dict import phrases_dict  # the full dictionary, in this test process only

    phrases = sorted(phrases_dict)
    # whole phrases, and the shapes of company names: every place before every trade word of names.toml
    tables = load_name_tables()
    names = [f"{place}{zh}{legal}" for place in tables.places for zh, _ in tables.trade[:40]
             for legal in ("", tables.legal[0][0])]
    texts = phrases + names
    full, short = _readings(texts, "full"), _readings(texts, None)
    differ = [(t, f, s) for t, f, s in zip(texts, full, short) if f != s]
    assert not differ, differ[:10]


def test_names_that_need_a_phrase_reading_come_out_right_without_the_full_dictionary():
    assert _readings(["重庆", "长春", "银行", "西藏"], None) == ["chong qing", "chang chun", "yin hang", "xi zang"]


def test_loading_pypinyin_this_way_leaves_the_environment_as_it_was():
    probe = ("import os; from summarizer.lexicon.romanize import pinyin_word; pinyin_word('重庆'); "
             "print(os.environ.get('PYPINYIN_NO_PHRASES'))")
    env = {k: v for k, v in os.environ.items() if k != "PYPINYIN_NO_PHRASES"}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "None"


def test_the_shipped_table_is_what_the_installed_pypinyin_builds(tmp_path):
    import pypinyin

    shipped = (models_dir() / "lexicon" / PHRASE_TABLE).read_text(encoding="utf-8")
    if f"pypinyin {pypinyin.__version__} " not in shipped.splitlines()[0]:
        pytest.skip("built from another pypinyin version; the reading test above still holds it")
    from pypinyin.constants import PHRASES_DICT

    if not PHRASES_DICT:
        pytest.skip("pypinyin was imported without its phrase dictionary in this process")
    build_phrase_table(str(tmp_path / "t.tsv"))
    assert Path(tmp_path / "t.tsv").read_text(encoding="utf-8") == shipped


@pytest.mark.parametrize("herb, reading", [("川芎", "Chuanxiong"), ("莪术", "Ezhu"), ("荜茇", "Bibo")])
def test_a_herb_reads_as_the_pharmacopoeia_writes_it(herb, reading):
    from summarizer.lexicon.romanize import pinyin_word

    assert pinyin_word(herb) == reading
    assert pinyin_word(herb + "清脑颗粒").startswith(reading)
