"""Label Studio: the config from the types, tasks with our predictions, exports back to annotations,
and a round trip against a real Label Studio server.

The server test needs the ``labelstudio`` extra (``label-studio-sdk``) and a ``label-studio`` program
(``$LABEL_STUDIO_BIN``, else on PATH). Without the extra it is skipped with the reason; CI installs
both and sets ``SUMMARIZER_REQUIRE_LABEL_STUDIO=1``, which turns a missing server into a failure.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer import Summarizer
from summarizer.cli import app
from summarizer.stages.classify import LABELS
from summarizer.stages.doctypes import TypeRegistry, load_types
from summarizer.training.annotations import load_annotations
from summarizer.training.labelstudio import (LabelStudioError, annotations_from_export, labeling_config, make_tasks,
                                             model_version, tasks_from_annotations)

ROOT = Path(__file__).resolve().parents[1]

# Filings written for these tests, one per script the offsets must survive: simplified and traditional
# Chinese, English with an emoji before the fields, and Chinese with a rare (astral) CJK character.
FILINGS = {
    "zh-simplified.txt": "澄湖药业股份有限公司关于获得药物临床试验批准通知书的公告\n"
                         "近日，澄湖药业股份有限公司收到国家药品监督管理局核准签发的CH-301片《药物临床试验批准通知书》，"
                         "同意本品开展晚期非小细胞肺癌的临床试验。\n药品研发周期长，敬请投资者注意投资风险。",
    "zh-traditional.txt": "澄湖藥業股份有限公司關於獲得藥物臨床試驗批准通知書的公告\n"
                          "近日，澄湖藥業股份有限公司收到國家藥品監督管理局核准簽發的CH-302膠囊《藥物臨床試驗批准通知書》，"
                          "同意本品開展2型糖尿病的臨床試驗。",
    "en-emoji.txt": "Larkfield Bio 🚀 Announces FDA Clearance of IND for LKB-410\n"
                    "Larkfield Bio, Inc. today announced that the U.S. Food and Drug Administration (FDA) has cleared "
                    "its Investigational New Drug application for LKB-410 for the treatment of 🧬 glioblastoma.",
    "zh-astral.txt": "𠀾湖生物股份有限公司关于药品上市许可申请获得受理的公告\n"
                     "近日，𠀾湖生物股份有限公司收到国家药品监督管理局签发的《受理通知书》，公司𠀾湖单抗注射液的上市许可申请获得受理，"
                     "受理号为CXSS2600123，拟定适应症为复发或难治性多发性骨髓瘤。",
}


@pytest.fixture(scope="module")
def filings(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("filings")
    for name, text in FILINGS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(folder.iterdir())


@pytest.fixture(scope="module")
def tasks(filings) -> list[dict]:
    return make_tasks(filings, Summarizer())


# ----------------------------------------------------------------------------- config
def test_config_is_generated_from_the_types_registry():
    types = load_types()
    root = ET.fromstring(labeling_config(types))
    choices = [c.get("value") for c in root.find("Choices").iter("Choice")]
    assert choices == [t.name for t in types]
    labels = {ls.get("name"): [lab.get("value") for lab in ls.iter("Label")] for ls in root.iter("Labels")}
    declared = {name for t in types for name in t.fields}
    assert set(labels["field"]) == declared and len(labels["field"]) == len(declared)
    assert labels["section"] == list(LABELS)
    assert {t.get("name") for t in root.iter("TextArea")} == {"core_event_zh", "core_event_en"}


def test_adding_a_type_changes_the_config(tmp_path):
    (tmp_path / "device_recall.toml").write_text(
        'extends = "_base"\nname = "device_recall"\ntitle_zh = "器械召回"\ntitle_en = "Device recall"\n'
        '[detect]\npatterns = [{ pattern = "召回", weight = 3.0 }]\n'
        '[fields.recall_class]\nlabel_zh = "召回级别"\nlabel_en = "Recall class"\n',
        encoding="utf-8")
    shipped = labeling_config(load_types())
    extended = labeling_config(load_types((str(tmp_path),)))
    assert 'value="device_recall"' in extended and 'value="recall_class"' in extended
    assert 'value="recall_class"' not in shipped
    assert model_version(shipped) != model_version(extended)


def test_cli_writes_the_config(tmp_path):
    out = tmp_path / "config.xml"
    result = CliRunner().invoke(app, ["label-studio", "config", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == labeling_config(load_types())


# ----------------------------------------------------------------------------- tasks and offsets
def test_prediction_spans_index_the_task_text_exactly(tasks):
    assert len(tasks) == len(FILINGS)
    seen_fields = set()
    for task in tasks:
        text = task["data"]["text"]
        prediction = task["predictions"][0]
        assert prediction["model_version"].startswith("summarizer-")
        for region in prediction["result"]:
            if region["type"] == "labels":
                v = region["value"]
                assert text[v["start"]:v["end"]] == v["text"]  # code points, as Label Studio stores them
                if region["from_name"] == "field":
                    seen_fields.add((task["data"]["doc_id"], v["labels"][0]))
    # the fields after an emoji or an astral character are there, at the right place
    assert ("en-emoji", "drug_name") in seen_fields and ("zh-astral", "acceptance_number") in seen_fields
    astral = next(t for t in tasks if t["data"]["doc_id"] == "zh-astral")
    number = next(r for r in astral["predictions"][0]["result"]
                  if r["from_name"] == "field" and r["value"]["labels"] == ["acceptance_number"])
    assert number["value"]["text"] == "CXSS2600123"


def _as_submitted(task: dict, result: list[dict], **extra) -> dict:
    return {"id": 1, "data": task["data"], "annotations": [{"id": 7, "result": result, "was_cancelled": False,
                                                           "updated_at": "2026-11-26T10:00:00Z", **extra}]}


def test_an_export_becomes_annotation_records(tasks):
    export = [_as_submitted(t, t["predictions"][0]["result"]) for t in tasks]
    records, report = annotations_from_export(export)
    assert report.converted == [t["data"]["doc_id"] for t in tasks] and not report.skipped
    by_id = {r.id: r for r in records}
    for task in tasks:
        record = by_id[task["data"]["doc_id"]]
        fields = {(f["name"], f["start"], f["end"], f["value"]) for f in record.fields}
        predicted = {(r["value"]["labels"][0], r["value"]["start"], r["value"]["end"], r["value"]["text"])
                     for r in task["predictions"][0]["result"] if r["from_name"] == "field"}
        assert fields == predicted
        assert record.type == next(r["value"]["choices"][0] for r in task["predictions"][0]["result"]
                                   if r["from_name"] == "type")
        assert record.meta["core_event"]["en"] and record.meta["core_event"]["zh"]


def test_the_last_submitted_annotation_wins_and_skips_are_reported(tasks):
    task = tasks[0]
    result = task["predictions"][0]["result"]
    older = {"id": 3, "result": [], "was_cancelled": False, "updated_at": "2026-11-20T10:00:00Z"}
    newer = {"id": 4, "result": result, "was_cancelled": False, "updated_at": "2026-11-25T10:00:00Z"}
    cancelled = {"id": 5, "result": [], "was_cancelled": True, "updated_at": "2026-11-26T10:00:00Z"}
    export = [{"id": 1, "data": task["data"], "annotations": [older, newer, cancelled]},
              {"id": 2, "data": tasks[1]["data"], "annotations": [cancelled]},
              {"id": 3, "data": tasks[2]["data"], "annotations": []}]
    records, report = annotations_from_export(export)
    assert [r.id for r in records] == [task["data"]["doc_id"]]
    assert len(records[0].fields) == sum(1 for r in result if r["from_name"] == "field")
    assert report.skipped == [tasks[1]["data"]["doc_id"]] and report.unannotated == [tasks[2]["data"]["doc_id"]]


def test_utf16_offsets_from_an_older_frontend_are_converted(tasks):
    task = next(t for t in tasks if t["data"]["doc_id"] == "en-emoji")
    text = task["data"]["text"]
    result = copy.deepcopy(task["predictions"][0]["result"])
    for region in result:
        if region["type"] == "labels":  # recount as JavaScript does: an emoji is two units
            v = region["value"]
            v["start"] = len(text[:v["start"]].encode("utf-16-le")) // 2
            v["end"] = len(text[:v["end"]].encode("utf-16-le")) // 2
    records, _ = annotations_from_export([_as_submitted(task, result)])
    drug = next(f for f in records[0].fields if f["name"] == "drug_name")
    assert text[drug["start"]:drug["end"]] == drug["value"] == "LKB-410"


@pytest.mark.parametrize("damage, message", [
    (lambda r: r["value"].__setitem__("labels", ["drug_nmae"]), "unknown field label"),
    (lambda r: r.__setitem__("from_name", "ner"), "unknown control"),
    (lambda r: r["value"].__setitem__("start", r["value"]["start"] + 3), "does not hold"),
])
def test_a_foreign_or_corrupted_export_is_a_coded_error_naming_the_task(tasks, damage, message):
    task = tasks[0]
    result = copy.deepcopy(task["predictions"][0]["result"])
    damage(next(r for r in result if r["from_name"] == "field"))
    with pytest.raises(LabelStudioError) as info:
        annotations_from_export([_as_submitted(task, result)], source="export.json")
    assert info.value.code == "E310" and message in str(info.value)
    assert task["data"]["doc_id"] in str(info.value)


def test_cli_conversion_writes_nothing_on_a_bad_export(tmp_path, tasks):
    bad = tmp_path / "export.json"
    result = copy.deepcopy(tasks[0]["predictions"][0]["result"])
    result[0]["value"]["choices"] = ["not_a_type"]
    bad.write_text(json.dumps([_as_submitted(tasks[0], result)]), encoding="utf-8")
    out = tmp_path / "annotations.jsonl"
    run = CliRunner().invoke(app, ["annotations", str(bad), "--from", "label-studio", "-o", str(out)])
    assert run.exit_code == 2 and "E310" in run.output
    assert not out.exists() and not list(tmp_path.glob(".annotations.jsonl.*"))
    garbage = tmp_path / "garbage.json"
    garbage.write_text("{not json", encoding="utf-8")
    run = CliRunner().invoke(app, ["annotations", str(garbage), "--from", "label-studio", "-o", str(out)])
    assert run.exit_code == 2 and "E310" in run.output and not out.exists()


def test_annotations_go_to_label_studio_and_back_unchanged(tmp_path):
    records = list(load_annotations(ROOT / "seeds" / "devset.jsonl"))[:6]
    tasks = tasks_from_annotations(records)
    export = [{"id": n, "data": t["data"], "annotations": [{"id": n, **t["annotations"][0]}]}
              for n, t in enumerate(tasks)]
    back, report = annotations_from_export(export)
    assert len(back) == len(records) and not report.skipped
    for a, b in zip(records, back):
        assert (a.id, a.type, a.text) == (b.id, b.type, b.text)
        assert sorted(map(json.dumps, a.fields)) == sorted(map(json.dumps, b.fields))
        assert sorted(map(json.dumps, a.segments)) == sorted(map(json.dumps, b.segments))


# ----------------------------------------------------------------------------- a real server
def _server_program() -> str | None:
    return os.environ.get("LABEL_STUDIO_BIN") or shutil.which("label-studio")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    pytest.importorskip("label_studio_sdk", reason="the labelstudio extra (label-studio-sdk) is not installed")
    program = _server_program()
    if program is None:
        if os.environ.get("SUMMARIZER_REQUIRE_LABEL_STUDIO"):
            pytest.fail("SUMMARIZER_REQUIRE_LABEL_STUDIO is set but no label-studio program was found")
        pytest.skip("no label-studio program: set LABEL_STUDIO_BIN or put label-studio on PATH")
    data = tmp_path_factory.mktemp("label-studio-data")
    port, token = _free_port(), "5f0c1e2d3b4a59687766554433221100ffeeddcc"
    env = dict(os.environ, LABEL_STUDIO_BASE_DATA_DIR=str(data), LABEL_STUDIO_ENABLE_LEGACY_API_TOKEN="true",
               LABEL_STUDIO_DISABLE_SIGNUP_WITHOUT_LINK="true", SENTRY_DSN="", FRONTEND_SENTRY_DSN="")
    log = open(data / "server.log", "w")
    proc = subprocess.Popen(
        [program, "start", "--port", str(port), "--host", "127.0.0.1", "--data-dir", str(data), "--no-browser",
         "--username", "annotator@example.com", "--password", "round-trip-42", "--user-token", token],
        env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 240
        while True:
            try:
                with urllib.request.urlopen(url + "/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.time() > deadline:
                pytest.fail("Label Studio did not start:\n" + (data / "server.log").read_text()[-3000:])
            time.sleep(1)
        yield url, token
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
        log.close()


def test_round_trip_through_a_real_label_studio_server(server, tasks, tmp_path):
    from label_studio_sdk import LabelStudio

    url, token = server
    client = LabelStudio(base_url=url, api_key=token)
    project = client.projects.create(title="summarizer round trip", label_config=labeling_config(load_types()))
    client.projects.import_tasks(id=project.id, request=tasks)
    stored = sorted(client.tasks.list(project=project.id), key=lambda t: t.id)
    assert len(stored) == len(tasks)
    by_doc = {t.data["doc_id"]: t for t in stored}

    # the annotator corrects one field of one filing: the drug name without its dosage form
    target = by_doc["zh-simplified"]
    prediction = next(t for t in tasks if t["data"]["doc_id"] == "zh-simplified")["predictions"][0]
    assert target.predictions and target.predictions[0].model_version == prediction["model_version"]
    text = target.data["text"]
    result = copy.deepcopy(prediction["result"])
    drug = next(r for r in result if r["from_name"] == "field" and r["value"]["labels"] == ["drug_name"])
    start = text.index("CH-301片")
    corrected = {"start": start, "end": start + len("CH-301"), "text": "CH-301", "labels": ["drug_name"]}
    assert drug["value"] != corrected  # a real correction
    drug["value"] = corrected
    client.annotations.create(id=target.id, result=result, was_cancelled=False)
    # the others are accepted as predicted, except one the annotator skips
    for doc_id in ("zh-traditional", "en-emoji", "zh-astral"):
        accepted = next(t for t in tasks if t["data"]["doc_id"] == doc_id)["predictions"][0]["result"]
        client.annotations.create(id=by_doc[doc_id].id, result=accepted, was_cancelled=False)
    extra = client.tasks.create(project=project.id, data={"text": "跳过的任务。", "doc_id": "skipped-one", "lang": "zh"})
    client.annotations.create(id=extra.id, result=[], was_cancelled=True)

    export = client.projects.exports.as_json(project.id)
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "annotations.jsonl"
    run = CliRunner().invoke(app, ["annotations", str(path), "--from", "label-studio", "-o", str(out)])
    assert run.exit_code == 0, run.output
    assert "skipped-one" in run.output  # reported, not converted
    records = {r.id: r for r in load_annotations(out)}
    assert set(records) == {"zh-simplified", "zh-traditional", "en-emoji", "zh-astral"}

    for task in tasks:
        doc_id = task["data"]["doc_id"]
        record = records[doc_id]
        assert record.text == task["data"]["text"]
        expected = {(r["value"]["labels"][0], r["value"]["start"], r["value"]["end"], r["value"]["text"])
                    for r in task["predictions"][0]["result"] if r["from_name"] == "field"}
        if doc_id == "zh-simplified":
            expected = {e for e in expected if e[0] != "drug_name"} | {
                ("drug_name", corrected["start"], corrected["end"], "CH-301")}
        got = {(f["name"], f["start"], f["end"], f["value"]) for f in record.fields}
        assert got == expected, doc_id
        sections = {(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0])
                    for r in task["predictions"][0]["result"] if r["from_name"] == "section"}
        assert {(s["start"], s["end"], s["section"]) for s in record.segments} == sections
        core = {r["from_name"]: r["value"]["text"][0] for r in task["predictions"][0]["result"]
                if r["type"] == "textarea"}
        assert record.meta["core_event"] == {"zh": core["core_event_zh"], "en": core["core_event_en"]}

    # the converted file feeds evaluate unchanged
    report_path = tmp_path / "report.json"
    report = CliRunner().invoke(app, ["evaluate", str(out), "-o", str(report_path)])
    assert report.exit_code == 0, report.output
    assert json.loads(report_path.read_text(encoding="utf-8"))["overall"]["documents"] == 4
