"""`summarizer train ...`: data preparation (no torch), then each trainer end to end on tiny models."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from summarizer import Summarizer
from summarizer.cli import app
from summarizer.stages.translate import load_glossary
from summarizer.training.annotations import Annotation, load_annotations
from summarizer.training.train import (
    TrainArgs,
    TrainResult,
    generator_pairs,
    model_card,
    parse_reference,
    protect_pair,
    split_filings,
    translation_pairs,
)

from .conftest import ROOT, VUM02

DEVSET = ROOT / "seeds" / "devset.jsonl"


@pytest.fixture(scope="module")
def devset():
    return list(load_annotations(DEVSET))


# ----------------------------------------------------------------------------- data (no torch)
def test_split_holds_out_whole_filings_deterministically(devset):
    train, held = split_filings(devset, 0.2, seed=3)
    assert {a.id for a in train}.isdisjoint({a.id for a in held})
    assert len(held) == round(len(devset) * 0.2) and len(train) + len(held) == len(devset)
    assert [a.id for a in split_filings(devset, 0.2, seed=3)[1]] == [a.id for a in held]
    assert [a.id for a in split_filings(devset, 0.2, seed=4)[1]] != [a.id for a in held]
    assert split_filings(devset[:1], 0.5)[1] == []  # one filing: nothing to hold out
    assert split_filings(devset, 0)[1] == []


def test_reference_summary_parses_into_cited_bullets(devset):
    seed = next(a for a in devset if a.id == "zh-dta-00-vum02")
    units = parse_reference(seed.summary["en"])
    assert units[0][1] == (1, 3) and units[0][0].startswith("The company has received approval")
    assert units[-1] == ("As of September 2025, the company has invested approximately RMB 23.52 million in "
                         "related projects", (6,))
    assert not any(text.startswith(("Core Viewpoint", "Disease Context", "-")) for text, _ in units)


def test_generator_pairs_align_extractive_bullets_with_reference_bullets(devset):
    pairs = generator_pairs([a for a in devset if a.summary.get("en")])
    assert len(pairs) >= 5
    money = next(p for p in pairs if "23.52" in p["target"])
    assert "23.52" in money["sentence"] and "2,352" in money["paragraph"]  # the paragraph is the Chinese source
    assert all(" - " not in p["target"] for p in pairs)  # the field list is never a target


def test_protect_pair_puts_the_same_placeholders_on_both_sides():
    glossary = load_glossary()
    src, tgt = protect_pair("受理号为CXSL2500651，公司已投入2,352万元。",
                            "The acceptance number is CXSL2500651 and the company has invested RMB 23.52 million.",
                            glossary, src="zh", tgt="en")
    assert "CXSL2500651" not in src and "CXSL2500651" not in tgt
    for placeholder in ("ZX0Q", "ZX1Q"):
        assert placeholder in src and placeholder in tgt
    plain = ("受理号为CXSL2500651。", "Its number is CXSL2500652.")  # the target lacks the code: left as is
    assert protect_pair(*plain, glossary, src="zh", tgt="en") == plain


def test_translation_pairs_come_from_glossary_rules_annotations_and_a_file(devset, tmp_path):
    extra = tmp_path / "pairs.jsonl"
    extra.write_text(json.dumps({"zh": "公司董事会", "en": "the board of the company"}, ensure_ascii=False) + "\n",
                     encoding="utf-8")
    ann = Annotation(id="x", lang="zh", text="", translations=[{"zh": "本公告", "en": "this announcement"}])
    rows = translation_pairs([*devset, ann], pairs_file=extra)
    origins = {r["origin"] for r in rows}
    assert origins == {"glossary", "rules", "annotation", "pairs"}
    assert any(r["src"] == "本公告" and r["id"] == "x" for r in rows)
    assert len({(r["src"], r["tgt"]) for r in rows}) == len(rows)
    rules = [r for r in rows if r["origin"] == "rules"]
    assert rules and all(r["id"] for r in rules)  # rule pairs carry their filing, so they can be held out
    bad = tmp_path / "bad.tsv"
    bad.write_text("只有中文\n", encoding="utf-8")
    with pytest.raises(Exception, match="needs both"):
        translation_pairs([], pairs_file=bad)


def test_model_card_names_data_procedure_and_metrics():
    result = TrainResult("extractor", "out/tagger", 120, 30, [2.1, 1.2], 1.3, {"span_f1": 0.42},
                         {"source": "a.jsonl", "filings": 10, "languages": {"zh": 6, "en": 4},
                          "types": {"drug_trial_approval": 10}, "held_out": ["zh-1", "en-2"]},
                         {"base": "bert-base-chinese", "epochs": 3, "lr": 5e-5})
    card = model_card(result, pipeline_tag="token-classification", config='extractor="hf"')
    assert card.startswith("---\nlibrary_name: transformers\npipeline_tag: token-classification")
    assert "base_model: bert-base-chinese" in card
    assert "| span_f1 | 0.42 |" in card and "held out for evaluation: 2 filings (zh-1, en-2)" in card
    assert 'Summarizer(extractor="hf", extractor_model="out/tagger")' in card
    assert "## Intended use" in card and "Loss per epoch: 2.1000, 1.2000" in card


def test_cli_hf_classifier_needs_an_output_folder():
    result = CliRunner().invoke(app, ["train", "classifier", str(DEVSET), "--kind", "hf"])
    assert result.exit_code == 2 and "--output" in result.output


# ----------------------------------------------------------------------------- trainers (torch)
@pytest.fixture(scope="module")
def torch_ready():
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("accelerate")
    pytest.importorskip("datasets")


def _report(folder):
    report = json.loads((folder / "training_report.json").read_text(encoding="utf-8"))
    card = (folder / "README.md").read_text(encoding="utf-8")
    assert (folder / "model.safetensors").is_file() and not list(folder.glob("*.bin"))
    return report, card


@pytest.mark.slow
def test_cli_trains_an_hf_classifier_with_card_and_held_out_metrics(torch_ready, tmp_path):
    out = tmp_path / "clf"
    result = CliRunner().invoke(app, ["train", "classifier", str(DEVSET), "--kind", "hf", "-o", str(out),
                                      "--epochs", "5"])
    assert result.exit_code == 0, result.output
    assert "section_macro_f1" in result.output
    report, card = _report(out)
    assert report["loss_last_epoch"] < report["loss_first_epoch"]
    assert len(report["data"]["held_out"]) == 8 and report["eval_examples"] > 0
    assert 0 <= report["metrics"]["section_macro_f1"] <= 1 and report["eval_loss"] is not None
    assert "pipeline_tag: text-classification" in card and "section_macro_f1" in card
    s = Summarizer(classifier="hf", classifier_model=str(out))
    assert s(VUM02).get_field("acceptance_number").value == "CXSL2500651"


@pytest.mark.slow
def test_extractor_trains_tags_spans_and_round_trips(torch_ready, devset, tmp_path):
    from summarizer.training.train import train_extractor_hf

    result = train_extractor_hf(devset, tmp_path / "tagger", TrainArgs(epochs=6, hidden=32))
    assert result.loss_last_epoch < result.loss_first_epoch
    assert {"span_f1", "pipeline_field_f1", "patterns_field_f1"} <= set(result.metrics)
    _report(tmp_path / "tagger")
    s = Summarizer(extractor="hf", extractor_model=str(tmp_path / "tagger"))
    patterns, summary = Summarizer()(VUM02), s(VUM02)
    for f in patterns.fields:  # the patterns' fields win; the model only adds what they missed
        assert summary.get_field(f.name).value == f.value
    strict = Summarizer(extractor="hf", extractor_model=str(tmp_path / "tagger"), extractor_options={"min_score": 1.01})
    assert strict.extractor.min_score == 1.01
    assert strict.extractor.spans([p.text for p in strict.analyse(VUM02).segments]) == [[]] * len(
        strict.analyse(VUM02).segments)  # no span is that sure: the model adds nothing
    saved = s.save_pretrained(tmp_path / "saved")
    assert (saved / "extractor" / "model" / "README.md").is_file()  # the model card travels with the model
    assert Summarizer.from_pretrained(saved)(VUM02).to_dict() == summary.to_dict()


@pytest.mark.slow
def test_generator_from_scratch_is_a_t5_the_composer_loads(torch_ready, devset, tmp_path):
    from summarizer.training.train import train_generator

    out = tmp_path / "writer"
    result = train_generator(devset, out, TrainArgs(epochs=12, hidden=32, vocab_size=600, max_length=256))
    assert result.extra["seq2seq"] and result.examples >= 5
    assert result.loss_last_epoch < result.loss_first_epoch
    assert 0 <= result.metrics["accepted_share"] <= 1
    report, card = _report(out)
    assert json.loads((out / "config.json").read_text())["model_type"] == "t5"
    assert "pipeline_tag: text2text-generation" in card
    s = Summarizer(composer="hf", composer_model=str(out))
    assert s.composer.seq2seq
    summary = s(VUM02)
    assert summary.violations == () and all(i.citations for sec in summary.sections for i in sec.items)
    again = Summarizer.from_pretrained(s.save_pretrained(tmp_path / "saved"))
    assert again(VUM02).to_dict() == summary.to_dict()


@pytest.mark.slow
def test_generator_fine_tunes_a_causal_lm_with_the_prompt_masked(torch_ready, devset, tmp_path):
    from transformers import AutoTokenizer

    from summarizer.training.tiny import tiny_llama
    from summarizer.training.train import _seq2seq_encoder, train_generator

    texts = [a.text for a in devset[:10]]
    base = tiny_llama(tmp_path, texts, arch="qwen2")
    tok = AutoTokenizer.from_pretrained(base)
    encode = _seq2seq_encoder(tok, False, 512, lambda r: "PROMPT " + r["sentence"])
    enc = encode({"sentence": ["药品名称：VUM02注射液"], "target": ["Drug name: VUM02 Injection"]})
    n_prompt = len(tok("PROMPT 药品名称：VUM02注射液")["input_ids"])
    labels = enc["labels"][0]
    assert labels[:n_prompt] == [-100] * n_prompt and all(x != -100 for x in labels[n_prompt:])
    result = train_generator(devset, tmp_path / "qwen-writer", TrainArgs(base=str(base), epochs=4, lr=3e-3))
    assert not result.extra["seq2seq"] and result.loss_last_epoch < result.loss_first_epoch
    assert json.loads((tmp_path / "qwen-writer" / "config.json").read_text())["model_type"] == "qwen2"
    s = Summarizer(composer="hf", composer_model=str(tmp_path / "qwen-writer"))
    assert not s.composer.seq2seq and s(VUM02).violations == ()


@pytest.mark.slow
def test_translator_from_scratch_and_fine_tuning_a_marian(torch_ready, devset, tmp_path):
    from summarizer.training.tiny import tiny_marian
    from summarizer.training.train import train_translator

    out = tmp_path / "mt"
    result = train_translator(devset, out, TrainArgs(epochs=4, hidden=32, vocab_size=800))
    assert result.loss_last_epoch < result.loss_first_epoch
    assert result.data["pairs_by_origin"]["glossary"] > 100 and "sentence_rougeL" in result.metrics
    report, card = _report(out)
    assert "pipeline_tag: translation" in card
    s = Summarizer(translator="hf", translator_model=str(out))
    summary = s(VUM02)
    assert summary.violations == () and summary.get_field("acceptance_number").value == "CXSL2500651"
    base = tiny_marian(tmp_path, [r for a in devset[:8] for r in (a.text,)] + ["the company announced"])
    tuned = train_translator(devset[:12], tmp_path / "marian", TrainArgs(base=str(base), epochs=2, lr=3e-3))
    assert tuned.extra["src"] == "zh" and (tmp_path / "marian" / "source.spm").is_file()
    assert json.loads((tmp_path / "marian" / "config.json").read_text())["model_type"] == "marian"


@pytest.mark.slow
def test_cli_tokenizer_trains_a_vocabulary_transformers_loads(torch_ready, tmp_path):
    from transformers import AutoTokenizer

    out = tmp_path / "tok"
    result = CliRunner().invoke(app, ["train", "tokenizer", str(DEVSET), str(ROOT / "seeds"), "missing.txt",
                                      "-o", str(out), "--vocab-size", "1200"])
    assert result.exit_code == 0, result.output
    assert "missing.txt" in result.output  # the unreadable input is named, the rest still used
    tok = AutoTokenizer.from_pretrained(out)
    text = "受理号：CXSL2500651，投入2,352万元 ZX3Q"
    ids = tok(text)["input_ids"]
    assert tok.decode(ids, skip_special_tokens=True).replace(" ", "") == text.replace(" ", "")
    assert "ZX3Q" in tok.convert_ids_to_tokens(ids)  # placeholders are single tokens
    assert (out / "spiece.model").is_file()
