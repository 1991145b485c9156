"""Issue 5: corpus runs stream, resume after SIGKILL without loss or duplicates, and survive bad input."""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer.corpus.batch import iter_tasks, repair_jsonl, run_batch
from summarizer.corpus.report import write_report

from .conftest import NORTHLAKE, REGISTRATION, ROOT, VUM02


def _corpus(folder: Path, copies: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(copies):
        for src in (VUM02, NORTHLAKE, REGISTRATION):
            target = folder / f"{src.stem}-{i:03d}.txt"
            shutil.copy(src, target)
            paths.append(target)
    return paths


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def test_batch_writes_one_record_per_document_and_errors_name_the_file(tmp_path):
    paths = _corpus(tmp_path / "in", 2)
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\xff\x01" * 50)
    (tmp_path / "in" / "empty.html").write_text("", encoding="utf-8")
    (tmp_path / "in" / "broken.pdf").write_bytes(b"%PDF-1.4\n garbage")
    (tmp_path / "in" / "notes.docx").write_bytes(b"ignored suffix")
    out = tmp_path / "out.jsonl"
    tally = run_batch([tmp_path / "in"], out, workers=1)
    records = _records(out)
    assert tally.done == len(paths) and tally.failed == 3
    assert len(records) == len(paths) + 3
    errors = {Path(r["key"]).name: r["error"] for r in records if r["status"] == "error"}
    assert set(errors) == {"binary.txt", "empty.html", "broken.pdf"}
    for name, err in errors.items():
        assert name in err["message"] and err["code"].startswith("E")
    ok = [r for r in records if r["status"] == "ok"]
    assert all(r["summary"]["core_viewpoint"]["citations"] for r in ok)


def test_batch_resume_skips_finished_documents(tmp_path):
    _corpus(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    first = run_batch([tmp_path / "in"], out, workers=1)
    before = out.read_bytes()
    second = run_batch([tmp_path / "in"], out, workers=1)
    assert (second.done, second.failed, second.skipped) == (0, 0, first.done)
    assert out.read_bytes() == before


def test_repair_cuts_a_half_written_line(tmp_path):
    out = tmp_path / "out.jsonl"
    out.write_text('{"key": "a", "status": "ok"}\n{"key": "b", "sta', encoding="utf-8")
    assert repair_jsonl(out) == {"a"}
    assert out.read_text(encoding="utf-8") == '{"key": "a", "status": "ok"}\n'


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_batch_sigkill_then_resume_loses_nothing_and_duplicates_nothing(tmp_path, workers):
    paths = _corpus(tmp_path / "in", 40)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "summarizer.cli", "batch", str(tmp_path / "in"), "-o", str(out),
           "--workers", str(workers), "--no-progress"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and (not out.exists() or out.read_text(encoding="utf-8").count("\n") < 15):
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    written = out.read_text(encoding="utf-8").count("\n")
    assert 15 <= written < len(paths), "the run should have been killed part-way"
    with open(out, "a", encoding="utf-8") as fh:  # a torn write, as a kill mid-write would leave
        fh.write('{"key": "' + str(paths[-1]) + '", "status": "o')
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    records = _records(out)
    keys = [r["key"] for r in records]
    assert len(keys) == len(set(keys)) == len(paths)
    assert set(keys) == {str(p) for p in paths}
    assert all(r["status"] == "ok" for r in records)


def test_batch_jsonl_input_with_text_column_and_bad_lines(tmp_path):
    src = tmp_path / "filings.jsonl"
    rows = [
        json.dumps({"id": "a1", "body": VUM02.read_text(encoding="utf-8")}, ensure_ascii=False),
        "this is not json",
        json.dumps({"id": "a3", "body": ""}),
        json.dumps({"id": "a4", "other": "no text column"}),
    ]
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    tally = run_batch([src], out, workers=1, text_column="body")
    by_key = {r["key"]: r for r in _records(out)}
    assert tally.done == 1 and tally.failed == 3
    assert by_key[f"{src}#a1"]["summary"]["doc_type"] == "drug_trial_approval"
    assert "not valid JSON" in by_key[f"{src}#2"]["error"]["message"]
    assert by_key[f"{src}#a3"]["error"]["type"] == "EmptyDocumentError"


def test_batch_markdown_folder_output_and_resume(tmp_path):
    _corpus(tmp_path / "in", 1)
    (tmp_path / "in" / "bad.txt").write_bytes(b"")
    out = tmp_path / "md"
    tally = run_batch([tmp_path / "in"], out, workers=1, format="markdown")
    files = sorted(out.glob("*.md"))
    assert len(files) == tally.done == 3
    assert "**Core Viewpoint**" in files[0].read_text(encoding="utf-8")
    assert "bad.txt" in (out / "_errors.jsonl").read_text(encoding="utf-8")
    again = run_batch([tmp_path / "in"], out, workers=1, format="markdown")
    assert again.done == 0 and again.skipped == 4


def test_batch_fail_fast_stops_at_first_failure(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a-bad.txt").write_bytes(b"")
    _corpus(tmp_path / "in", 1)
    tally = run_batch([tmp_path / "in"], tmp_path / "out.jsonl", workers=1, fail_fast=True)
    assert tally.failed == 1 and tally.done == 0


def test_iter_tasks_streams_globs_and_missing_paths(tmp_path):
    _corpus(tmp_path / "in", 1)
    tasks = list(iter_tasks([str(tmp_path / "in" / "*zh*.txt"), str(tmp_path / "missing.txt")]))
    assert [Path(t.key).name for t in tasks] == [
        "shili-registration.zh-000.txt", "vum02-announcement.zh-000.txt", "missing.txt"]


def test_report_csv_has_fields_and_errors(tmp_path):
    _corpus(tmp_path / "in", 1)
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x00\x00\x00\x01")
    out = tmp_path / "out.jsonl"
    run_batch([tmp_path / "in"], out, workers=1)
    n = write_report(out, tmp_path / "table.csv")
    rows = {Path(r["key"]).name: r for r in csv.DictReader(open(tmp_path / "table.csv", encoding="utf-8"))}
    assert n == 4
    assert rows["vum02-announcement.zh-000.txt"]["acceptance_number"] == "CXSL2500651"
    assert rows["vum02-announcement.zh-000.txt"]["regulator"].startswith("National Medical Products Administration")
    assert rows["bad.txt"]["error_code"] == "E102"


_blobs = st.one_of(
    st.binary(max_size=300),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(alphabet="药品名称：受理号CXSL0123456789，。一、（二）\n \t<>/%PDF", max_size=200).map(lambda t: t.encode("gbk", "ignore")),
    st.just(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_blobs, min_size=1, max_size=6))
def test_batch_fuzzed_bad_corpus_never_stops_the_run(tmp_path_factory, blobs):
    folder = tmp_path_factory.mktemp("fuzz")
    for i, blob in enumerate(blobs):
        (folder / f"doc{i}.txt").write_bytes(blob)
    out = folder / "out.jsonl"
    tally = run_batch([folder], out, workers=1)
    records = _records(out)
    assert tally.done + tally.failed == len(blobs) == len(records)
    for r in records:
        assert r["status"] in ("ok", "error")
        if r["status"] == "error":
            assert r["error"]["code"] != "E999", r["error"]  # every failure is a known, named error


def test_datasets_integration_adds_summary_columns():
    datasets = pytest.importorskip("datasets")
    from summarizer.corpus.integrations import summarize_dataset

    ds = datasets.Dataset.from_dict({"id": ["a", "b"], "text": [VUM02.read_text(encoding="utf-8"), ""]})
    out = summarize_dataset(ds, num_proc=2, batch_size=1)
    assert out["doc_type"] == ["drug_trial_approval", None]
    assert "CXSL2500651" in out["summary_en"][0]
    assert json.loads(out["fields_json"][0])["notification_number"] == "2025LP02853"
    assert out["error"][0] is None and "E101" in out["error"][1]


@pytest.mark.slow
def test_ray_data_integration_on_a_local_instance():
    ray = pytest.importorskip("ray")
    from summarizer.corpus.integrations import summarize_ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, ignore_reinit_error=True)
    try:
        items = [{"id": f"d{i}", "text": VUM02.read_text(encoding="utf-8")} for i in range(3)] + [{"id": "bad", "text": ""}]
        rows = {r["id"]: r for r in summarize_ray(ray.data.from_items(items), concurrency=1, batch_size=2).take_all()}
        assert {rows[f"d{i}"]["doc_type"] for i in range(3)} == {"drug_trial_approval"}
        assert "E101" in rows["bad"]["error"]
    finally:
        ray.shutdown()
