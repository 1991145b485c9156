"""The real-corpus machinery on a corpus written here (invented companies and drugs): merging the
collectors' records, the cache check, the frozen split, and evaluation that names what is missing.
The real corpus itself (seeds/real) is scored by `summarizer evaluate seeds/real`, not in CI: its
texts are not in the repository."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.training.evaluate import evaluate_corpus, format_corpus_report
from summarizer.training.real import assign_split, corpus_annotations, corpus_status, load_corpus, merge_incoming

ROOT = Path(__file__).resolve().parents[1]

TEXT_A = """证券代码：600999 证券简称：示例药业 公告编号：2026-001
示例药业股份有限公司关于获得药物临床试验批准通知书的公告
近日，示例药业股份有限公司收到国家药品监督管理局核准签发的关于XY-101片的《药物临床试验批准通知书》。
受理号：CXHL2600123
特此公告。"""

TEXT_B = """Lakeside Bio Announces FDA Clearance of IND for LKB-7
Lakeside Bio today announced that the U.S. Food and Drug Administration (FDA) has cleared its IND for LKB-7 for the treatment of
plaque psoriasis.
About Lakeside Bio
Lakeside Bio is a biotechnology company."""


def _record(id_, lang, url, type_, fields, boiler):
    return {"id": id_, "lang": lang, "script": "simplified" if lang == "zh" else "latin", "url": url,
            "query": "q", "corpus": "pages", "retrieved": "2026-11-26", "exchange": "SSE", "source_kind": "reprint",
            "type": type_, "fields": [{"name": n, "value": v} for n, v in fields], "boilerplate_lines": boiler,
            "core_event": {"zh": "…", "en": "…"}, "event": {}, "notes": ""}


def _corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "real"
    (folder / "cache").mkdir(parents=True)
    (folder / "incoming").mkdir()
    (folder / "cache" / "zh-t-001.txt").write_text(TEXT_A, encoding="utf-8")
    (folder / "cache" / "en-t-001.txt").write_text(TEXT_B, encoding="utf-8")
    rows = [_record("zh-t-001", "zh", "http://example.com/a", "drug_trial_approval",
                    [("drug_name", "XY-101片"), ("acceptance_number", "CXHL2600123"), ("regulator", "国家药品监督管理局")],
                    [1, 5]),
            _record("en-t-001", "en", "http://example.com/b", "drug_trial_approval",
                    [("drug_name", "LKB-7"), ("indication", "treatment of plaque psoriasis")], [4, 5])]
    (folder / "incoming" / "t.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                                 encoding="utf-8")
    assert merge_incoming(folder) == 2
    return folder


def test_merge_writes_manifest_and_annotations_without_text(tmp_path):
    folder = _corpus(tmp_path)
    manifest = (folder / "manifest.jsonl").read_text(encoding="utf-8")
    notes = (folder / "annotations.jsonl").read_text(encoding="utf-8")
    assert "收到国家药品监督管理局" not in manifest + notes  # no third-party sentence leaves the cache
    entries = load_corpus(folder)
    assert [e.id for e in entries] == ["en-t-001", "zh-t-001"]
    assert all(len(e.manifest["sha256"]) == 64 and e.split in ("train", "test") for e in entries)
    assert merge_incoming(folder) == 0  # a second merge adds nothing and keeps the split
    assert [e.split for e in load_corpus(folder)] == [e.split for e in entries]


def test_cache_status_names_missing_and_changed_filings(tmp_path):
    folder = _corpus(tmp_path)
    assert corpus_status(folder) == {"ok": ["en-t-001", "zh-t-001"], "missing": [], "changed": []}
    (folder / "cache" / "en-t-001.txt").unlink()
    (folder / "cache" / "zh-t-001.txt").write_text(TEXT_A + "\n", encoding="utf-8")
    assert corpus_status(folder) == {"ok": [], "missing": ["en-t-001"], "changed": ["zh-t-001"]}


def test_annotations_find_values_across_line_breaks_and_mark_boilerplate(tmp_path):
    folder = _corpus(tmp_path)
    anns = {a.id: a for a in corpus_annotations(folder)}
    en = anns["en-t-001"]
    indication = next(f for f in en.fields if f["name"] == "indication")
    assert en.text[indication["start"]:indication["end"]] == "treatment of\nplaque psoriasis"
    zh = anns["zh-t-001"]
    labels = [s["section"] for s in zh.segments]
    assert labels == ["boilerplate", "body", "body", "body", "boilerplate"]
    assert zh.meta["split"] in ("train", "test")


def test_evaluation_reports_each_split_and_what_the_cache_lacks(tmp_path):
    folder = _corpus(tmp_path)
    (folder / "cache" / "en-t-001.txt").unlink()
    report = evaluate_corpus(folder)
    assert report["missing_from_cache"] == ["en-t-001"]
    scored = sum(r["overall"]["documents"] for r in report["splits"].values())
    assert scored == 1
    text = format_corpus_report(report)
    assert "missing from the cache" in text and "en-t-001" in text and "## split: test" in text


def test_split_is_stratified_seeded_and_keeps_groups_together():
    entries = [{"id": f"zh-{i}", "lang": "zh", "type": "a" if i < 10 else "b"} for i in range(20)]
    split = assign_split(entries, group={"zh-1": "zh-0"})
    assert split == assign_split(entries, group={"zh-1": "zh-0"})
    assert split["zh-0"] == split["zh-1"]
    for t in ("a", "b"):
        test = [e for e in entries if e["type"] == t and split[e["id"]] == "test"]
        assert 2 <= len(test) <= 5


def test_a_batch_of_one_filing_per_type_still_sends_its_share_to_test():
    # the twenty-third batch's English part: ten filings of ten types, each stratum rounded down to none
    entries = [{"id": f"en-{i}", "lang": "en", "type": f"t{i}"} for i in range(10)]
    entries += [{"id": f"zh-{i}", "lang": "zh", "type": "a"} for i in range(6)]
    split = assign_split(entries)
    assert sum(split[f"en-{i}"] == "test" for i in range(10)) == 4  # round(10 x 0.35)
    assert sum(split[f"zh-{i}"] == "test" for i in range(6)) == 2  # a stratum that rounds right is not topped up
    assert split == assign_split(entries)


def test_shipped_manifest_is_complete_and_frozen():
    """Every shipped filing has its provenance, an annotation and a split; the test share per language
    is at least 30%."""
    entries = load_corpus(ROOT / "seeds" / "real")
    assert len([e for e in entries if e.manifest["lang"] == "zh"]) >= 150
    assert len([e for e in entries if e.manifest["lang"] == "en"]) >= 60
    for e in entries:
        assert e.manifest["url"] and e.manifest["query"] and len(e.manifest["sha256"]) == 64, e.id
        assert e.annotation["type"], e.id
    for lang in ("zh", "en"):
        mine = [e for e in entries if e.manifest["lang"] == lang]
        assert sum(e.split == "test" for e in mine) / len(mine) >= 0.30


def test_cli_evaluates_a_corpus_folder(tmp_path):
    folder = _corpus(tmp_path)
    done = subprocess.run([sys.executable, "-m", "summarizer.cli", "evaluate", str(folder), "--split", "all"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "## split: test" in done.stdout and "## split: train" in done.stdout


def test_cli_trains_the_type_backoff_on_the_training_split_only(tmp_path):
    from summarizer.backends.typemodel import load_type_models

    folder = _corpus(tmp_path)
    rows = [json.loads(line) for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    for row in rows:  # the Chinese filing in train, the English one in test
        row["split"] = "train" if row["lang"] == "zh" else "test"
    (folder / "manifest.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "types.json"
    done = subprocess.run([sys.executable, "-m", "summarizer.cli", "train", "types", str(folder), "-o", str(out),
                           "--lang", "en", "--folds", "0"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode != 0  # no English filing in train: nothing to learn, and it says so
    done = subprocess.run([sys.executable, "-m", "summarizer.cli", "train", "types", str(folder), "-o", str(out),
                           "--folds", "0"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    models = load_type_models(out)  # one model per language that has training filings: Chinese only here
    assert list(models) == ["zh"] and models["zh"].labels == ["drug_trial_approval"]


def test_a_filing_is_put_into_the_cache_only_with_its_manifests_sha256(tmp_path):
    from summarizer.training.real import put_cached

    folder = _corpus(tmp_path)
    (folder / "cache" / "zh-t-001.txt").unlink()
    assert not put_cached(folder, "zh-t-001", TEXT_A + "一字之差")  # not the text annotated: nothing written
    assert corpus_status(folder)["missing"] == ["zh-t-001"]
    # as the search tool shows it: a JSON string's content, a line break lost at the end
    escaped = json.dumps(TEXT_A.rstrip("\n"), ensure_ascii=False)[1:-1]
    assert put_cached(folder, "zh-t-001", escaped, escaped=True)
    assert corpus_status(folder)["ok"] == ["en-t-001", "zh-t-001"]
    with pytest.raises(KeyError):
        put_cached(folder, "zh-t-999", TEXT_A)


def test_corpus_put_command_says_when_nothing_was_written(tmp_path):
    folder = _corpus(tmp_path)
    (folder / "cache" / "en-t-001.txt").unlink()
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("another text", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "summarizer.cli", "corpus", "put", "en-t-001", str(wrong),
                           "--corpus", str(folder)], capture_output=True, text=True)
    assert done.returncode == 1 and "nothing written" in done.stderr
    right = tmp_path / "right.txt"
    right.write_text(TEXT_B, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "summarizer.cli", "corpus", "put", "en-t-001", str(right),
                           "--corpus", str(folder)], capture_output=True, text=True)
    assert done.returncode == 0 and (folder / "cache" / "en-t-001.txt").read_text(encoding="utf-8") == TEXT_B
