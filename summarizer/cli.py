"""Command line: ``summarizer summarize PATH... --lang en|zh|both --format text|markdown|html|json``.

The CLI is a thin layer over the Python API. A file that cannot be read gets one line on stderr
naming it and the reason, and the command exits non-zero; the other files are still summarised.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from .cli_summarize import FORMATS, LANGS, summarize_files
from .cli_summarize import fail as _fail
from .errors import SummarizerError
from .pipeline import Summarizer, SummarizerConfig

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Structured, cited, bilingual summaries of announcements.")


# the choices, as the console's own parser for `summarize` declares them (one list for both parsers)
Lang = Enum("Lang", {value: value for value in LANGS}, type=str)
Format = Enum("Format", {value: value for value in FORMATS}, type=str)


@app.command()
def summarize(
    paths: List[Path] = typer.Argument(..., help="Filings to summarise (.txt, .md, .html, .pdf)."),
    lang: Lang = typer.Option(Lang.en, "--lang", "-l", help="Output language."),
    format: Format = typer.Option(Format.text, "--format", "-f", help="Output format."),
    doc_type: Optional[str] = typer.Option(None, "--type", help="Force an announcement type."),
    types_dir: List[Path] = typer.Option([], "--types-dir", help="Extra folder of announcement type files."),
    model: Optional[Path] = typer.Option(None, "--model", help="A folder saved with save_pretrained()."),
    strict: bool = typer.Option(False, "--strict", help="Exit with status 3 when a summary has faithfulness violations."),
) -> None:
    """Summarise one or more filings and print the summaries."""
    # (the console entry point parses this command itself, without typer: summarizer.console)
    code = summarize_files(paths, lang=lang.value, fmt=format.value, doc_type=doc_type, types_dir=types_dir,
                           model=model, strict=strict)
    if code:
        raise typer.Exit(code)


class BatchFormat(str, Enum):
    jsonl = "jsonl"
    markdown = "markdown"


@app.command()
def batch(
    inputs: List[str] = typer.Argument(..., help="Files, folders, globs or .jsonl files."),
    output: Path = typer.Option(..., "--output", "-o", help="Output JSONL file (or folder with --format markdown)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", help="Processes (default: all cores)."),
    format: BatchFormat = typer.Option(BatchFormat.jsonl, "--format", "-f"),
    lang: Lang = typer.Option(Lang.en, "--lang", "-l", help="Language of Markdown output."),
    fail_fast: bool = typer.Option(False, "--fail-fast", help="Stop at the first document that fails."),
    text_column: str = typer.Option("text", help="Text column of .jsonl inputs."),
    id_column: str = typer.Option("id", help="Id column of .jsonl inputs."),
    types_dir: List[Path] = typer.Option([], "--types-dir"),
    progress: bool = typer.Option(True, "--progress/--no-progress"),
) -> None:
    """Summarise a corpus into JSONL (or Markdown files); re-running resumes where it stopped."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    from .corpus.batch import iter_tasks, run_batch

    console = Console(stderr=True)
    total = sum(1 for _ in iter_tasks(inputs, text_column=text_column, id_column=id_column))
    config = SummarizerConfig(types_dirs=[str(d) for d in types_dir])
    columns = [TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(), TimeRemainingColumn()]
    with Progress(*columns, console=console, disable=not progress, transient=False) as bar:
        job = bar.add_task("summarising", total=total, rate="0.0")
        started = __import__("time").perf_counter()

        def on_record(record: dict) -> None:
            elapsed = __import__("time").perf_counter() - started
            bar.advance(job)
            done = bar.tasks[0].completed
            bar.update(job, rate=f"{done / elapsed:.1f}" if elapsed else "0.0")
            if record["status"] != "ok":
                bar.console.print(f"error: {record['error']['message']}", markup=False, highlight=False, soft_wrap=True)

        try:
            tally = run_batch(inputs, output, workers=workers, config=config, fail_fast=fail_fast,
                              format=format.value, lang=lang.value, text_column=text_column,
                              id_column=id_column, on_record=on_record)
        except SummarizerError as exc:
            _fail(str(exc))
            raise typer.Exit(2) from None
        bar.update(job, completed=total)
    console.print(tally.line(), markup=False, highlight=False)
    if tally.errors:
        console.print("errors by type: " + ", ".join(f"{k} {v}" for k, v in sorted(tally.errors.items())),
                      markup=False, highlight=False)
    if fail_fast and tally.failed:
        raise typer.Exit(1)


@app.command()
def report(
    results: Path = typer.Argument(..., help="A JSONL file written by `summarizer batch`."),
    output: Path = typer.Option(..., "--output", "-o", help="Table to write: .csv or .parquet."),
    lang: Lang = typer.Option(Lang.en, "--lang", "-l", help="Language of field values."),
) -> None:
    """Turn batch output into a table: one row per document with its type, fields and error."""
    from .corpus.report import write_report

    try:
        n = write_report(results, output, lang=lang.value if lang != Lang.both else "en")
    except SummarizerError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
    typer.echo(f"wrote {n} rows to {output}", err=True)


@app.command("evaluate")
def evaluate_cmd(
    annotations: Path = typer.Argument(..., help="Annotated filings (JSONL), a folder of markup files, or a real "
                                                 "corpus folder (manifest.jsonl + annotations.jsonl + cache/)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the full report as JSON."),
    split: str = typer.Option("all", "--split", help="Real corpus: test, train or all (test first)."),
    model: Optional[Path] = typer.Option(None, "--model", help="A folder saved with save_pretrained()."),
    types_dir: List[Path] = typer.Option([], "--types-dir"),
) -> None:
    """Score the summariser on annotated filings: types, sections, fields, citations, ROUGE."""
    import json as _json

    from .training.annotations import build_dir
    from .training.evaluate import evaluate, evaluate_corpus, format_corpus_report, format_report
    from .training.real import is_corpus_dir

    if not annotations.exists():
        _fail(f"{annotations}: no such file or folder")
        raise typer.Exit(2)
    summarizer = Summarizer.from_pretrained(model) if model else Summarizer(
        SummarizerConfig(types_dirs=[str(d) for d in types_dir]))
    if is_corpus_dir(annotations):
        report = evaluate_corpus(annotations, summarizer, splits=("test", "train") if split == "all" else (split,))
        typer.echo(format_corpus_report(report))
    else:
        report = evaluate(build_dir(annotations) if annotations.is_dir() else annotations, summarizer)
        typer.echo(format_report(report))
    if output:
        output.write_text(_json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


corpus_app = typer.Typer(help="The real annotated corpus (seeds/real): cache status, merging collected filings.",
                         no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


@corpus_app.command("status")
def corpus_status_cmd(folder: Path = typer.Argument(Path("seeds/real"))) -> None:
    """Which filings are in the cache, missing, or changed since they were annotated (sha256)."""
    from .training.real import corpus_status

    status = corpus_status(folder)
    typer.echo(f"ok {len(status['ok'])}, missing {len(status['missing'])}, changed {len(status['changed'])}")
    for state in ("missing", "changed"):
        if status[state]:
            typer.echo(f"{state}: " + " ".join(status[state]))
    if status["missing"]:
        raise typer.Exit(1)


@corpus_app.command("fill")
def corpus_fill_cmd(folder: Path = typer.Argument(Path("seeds/real")),
                    shared: Path = typer.Option(Path("../shared"), "--shared", help="The folder holding filings/en/.")) -> None:
    """Copy the CC0 English releases into the cache (the Chinese texts come from the search tool's
    stored pages: see seeds/real/README.md)."""
    from .training.real import fill_shared

    typer.echo(f"copied {fill_shared(folder, shared)} files into {folder / 'cache'}")


@corpus_app.command("put")
def corpus_put_cmd(filing_id: str = typer.Argument(..., help="The filing's id in the manifest."),
                   source: Path = typer.Argument(..., help="A file holding the filing's text."),
                   folder: Path = typer.Option(Path("seeds/real"), "--corpus", help="The real corpus folder."),
                   escaped: bool = typer.Option(False, "--escaped", help="The file holds the text as a JSON "
                                                "string's content (\\n for a line break), as the search tool shows it.")) -> None:
    """Put one filing's text into the cache, only if its sha256 is the manifest's (refilling the cache
    from the search tool's stored pages: see seeds/real/README.md)."""
    from .training.real import put_cached

    if not put_cached(folder, filing_id, source.read_text(encoding="utf-8"), escaped=escaped):
        typer.echo(f"{filing_id}: sha256 differs from the manifest's; nothing written", err=True)
        raise typer.Exit(1)
    typer.echo(f"{filing_id}: cached")


@corpus_app.command("merge")
def corpus_merge_cmd(folder: Path = typer.Argument(Path("seeds/real"))) -> None:
    """Fold incoming/*.jsonl into manifest.jsonl + annotations.jsonl (new filings get a split; old ones keep theirs)."""
    from .training.real import merge_incoming

    typer.echo(f"added {merge_incoming(folder)} filings")


class AnnotationFormat(str, Enum):
    markup = "markup"
    label_studio = "label-studio"
    jsonl = "jsonl"


@app.command("annotations")
def annotations_cmd(
    source: Path = typer.Argument(..., help="A folder of markup files, a Label Studio JSON export (--from "
                                            "label-studio) or an annotations JSONL (--to label-studio)."),
    output: Path = typer.Option(..., "--output", "-o", help="File to write (JSONL, or Label Studio tasks JSON)."),
    from_: AnnotationFormat = typer.Option(AnnotationFormat.markup, "--from", help="What SOURCE is."),
    to: AnnotationFormat = typer.Option(AnnotationFormat.jsonl, "--to", help="What to write."),
    types_dir: List[Path] = typer.Option([], "--types-dir", help="Extra folder of announcement type files."),
) -> None:
    """Annotated filings between formats: markup or a Label Studio export → JSONL, or JSONL → Label Studio tasks."""
    import json

    from .stages.doctypes import load_types
    from .training.annotations import build_dir, load_annotations
    from .training.labelstudio import (annotations_from_export, load_export, tasks_from_annotations,
                                       write_atomic)

    try:
        if to == AnnotationFormat.label_studio:
            records = build_dir(source) if source.is_dir() else list(load_annotations(source))
            tasks = tasks_from_annotations(records)
            write_atomic(output, json.dumps(tasks, ensure_ascii=False, indent=1))
            typer.echo(f"wrote {len(tasks)} Label Studio tasks to {output}", err=True)
            return
        if from_ == AnnotationFormat.label_studio:
            types = load_types(tuple(str(d) for d in types_dir))
            records, report = annotations_from_export(load_export(source), types, source=str(source))
            typer.echo(report.summary(), err=True)
        elif from_ == AnnotationFormat.markup:
            records = build_dir(source)
        else:
            records = list(load_annotations(source))
        # all or nothing: a failed conversion leaves no half-written file
        write_atomic(output, "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in records))
    except SummarizerError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
    typer.echo(f"wrote {len(records)} annotated filings to {output}", err=True)


ls_app = typer.Typer(no_args_is_help=True, help="Annotate in Label Studio: its config, and tasks with our predictions.")
app.add_typer(ls_app, name="label-studio")


@ls_app.command("config")
def ls_config_cmd(
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the XML here (default: stdout)."),
    types_dir: List[Path] = typer.Option([], "--types-dir", help="Extra folder of announcement type files."),
) -> None:
    """The labelling config (XML) generated from the announcement types."""
    from .stages.doctypes import load_types
    from .training.labelstudio import labeling_config, write_atomic

    try:
        xml = labeling_config(load_types(tuple(str(d) for d in types_dir)))
    except SummarizerError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
    if output is None:
        typer.echo(xml, nl=False)
    else:
        write_atomic(output, xml)


@ls_app.command("tasks")
def ls_tasks_cmd(
    paths: List[Path] = typer.Argument(..., help="Filings: files, folders (recursively) or globs, as `batch` takes them."),
    output: Path = typer.Option(..., "--output", "-o", help="Tasks JSON to write (import it in Label Studio)."),
    types_dir: List[Path] = typer.Option([], "--types-dir", help="Extra folder of announcement type files."),
) -> None:
    """Summarise filings and write Label Studio tasks with our predictions as pre-annotations."""
    import json

    from .corpus.batch import iter_tasks
    from .training.labelstudio import make_tasks, write_atomic

    files = [Path(task.path) for task in iter_tasks(paths) if task.path]  # the inputs `summarizer batch` reads
    missing = [f for f in files if not f.is_file()]
    if missing:
        _fail(f"{missing[0]}: no such file")
        raise typer.Exit(1)
    try:
        tasks = make_tasks(files, Summarizer(SummarizerConfig(types_dirs=[str(d) for d in types_dir])))
    except SummarizerError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
    write_atomic(output, json.dumps(tasks, ensure_ascii=False, indent=1))
    typer.echo(f"wrote {len(tasks)} tasks to {output}", err=True)


train_app = typer.Typer(no_args_is_help=True, help="Train components on annotated filings.")
app.add_typer(train_app, name="train")


class Kind(str, Enum):
    linear = "linear"
    hf = "hf"


def _train_args(options: dict):
    """TrainArgs from a command's parameters (``locals()``): the fields it has, those given."""
    from dataclasses import fields

    from .training.train import TrainArgs

    names = {f.name for f in fields(TrainArgs)}
    return TrainArgs(**{k: v for k, v in options.items() if k in names and v is not None})


def _trained(result) -> None:
    for key, value in result.metrics.items():
        typer.echo(f"{key:28} {value}")
    losses = result.loss_per_epoch
    typer.echo(f"{'examples':28} {result.examples} (held out: {result.eval_examples})")
    typer.echo(f"{'loss first / last epoch':28} {losses[0]:.4f} / {losses[-1]:.4f}")
    typer.echo(f"wrote {result.output_dir} (model card: README.md, metrics: training_report.json)", err=True)


def _run_training(fn, *args, **kwargs) -> None:
    try:
        _trained(fn(*args, **kwargs))
    except SummarizerError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None


# options every transformers trainer takes
_BASE = typer.Option(None, "--base", help="Checkpoint to fine-tune: a local folder or a hub id. "
                     "Default: a small model built from a config (tests the path; not for quality).")
_EPOCHS = typer.Option(None, "--epochs")
_LR = typer.Option(None, "--lr", help="Default 5e-5 with --base, 3e-3 from scratch.")
_BATCH = typer.Option(None, "--batch-size")
_MAXLEN = typer.Option(None, "--max-length", help="Tokens per example.")
_EVAL = typer.Option(None, "--eval-fraction", help="Share of filings held out for evaluation (default 0.2).")
_SEED = typer.Option(None, "--seed")
_DEVICE = typer.Option(None, "--device", help="cpu or cuda (default: cuda when available).")
_VOCAB = typer.Option(None, "--vocab-size", help="Vocabulary of a model built from scratch.")
_PROGRESS = typer.Option(False, "--progress", help="Show the Trainer's progress bar.")


@train_app.command("classifier")
def train_classifier_cmd(
    annotations: Path = typer.Argument(..., help="Annotated filings (JSONL) or a folder of markup files."),
    output: Optional[Path] = typer.Option(None, "--output", "-o",
                                          help="linear: a JSON file (default models/classifier/sections.json); "
                                               "hf: a folder."),
    kind: Kind = typer.Option(Kind.linear, "--kind", help="linear: logistic regression (JSON, no torch); "
                              "hf: a transformers sequence classifier."),
    folds: int = typer.Option(5, "--folds", help="linear: cross-validation folds for the report (0: none)."),
    epochs: Optional[float] = _EPOCHS, base: Optional[str] = _BASE, lr: Optional[float] = _LR,
    batch_size: Optional[int] = _BATCH, max_length: Optional[int] = _MAXLEN, eval_fraction: Optional[float] = _EVAL,
    seed: Optional[int] = _SEED, device: Optional[str] = _DEVICE, vocab_size: Optional[int] = _VOCAB,
    progress: bool = _PROGRESS,
) -> None:
    """Train the section classifier: the shipped linear model, or a transformers model (--kind hf)."""
    import json as _json

    from .training.annotations import build_dir, load_annotations

    if kind == Kind.hf:
        from .training.train import train_classifier_hf

        if output is None:
            _fail("--kind hf needs --output, the folder to save the model in")
            raise typer.Exit(2)
        args = _train_args(locals())
        _run_training(train_classifier_hf, annotations, output, args)
        return
    from .training.linear import train_classifier

    output = output or Path("models/classifier/sections.json")
    source = build_dir(annotations) if annotations.is_dir() else list(load_annotations(annotations))
    result = train_classifier(source, folds=folds, epochs=int(epochs or 300))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(_json.dumps(result["model"], ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    for key, value in result["report"].items():
        typer.echo(f"{key:28} {value}")
    typer.echo(f"wrote {output}", err=True)


@train_app.command("types")
def train_types_cmd(
    corpus: Path = typer.Argument(Path("seeds/real"), help="The real corpus folder (manifest, annotations, cache)."),
    output: Path = typer.Option(Path("models/classifier/types.json"), "--output", "-o", help="The model file to write."),
    lang: str = typer.Option("all", "--lang", help="zh, en, or all: one model per language, each trained on its own filings."),
    folds: int = typer.Option(5, "--folds", help="Cross-validation folds for the report (0: none)."),
) -> None:
    """Train the type models on the real corpus's training split (the test split is never read)."""
    import json as _json

    from .training.real import corpus_annotations
    from .training.typemodel import train_type_model

    missing: list[str] = []
    anns = list(corpus_annotations(corpus, split="train", missing=missing))
    if missing:
        typer.echo(f"{len(missing)} training filings are not in the cache (summarizer corpus status)", err=True)
    langs = ["zh", "en"] if lang == "all" else [lang]
    models: dict[str, dict] = {}
    for code in langs:
        mine = [a for a in anns if a.lang == code]
        if not mine:
            if lang != "all":
                _fail(f"no {code} training filings in {corpus}")
                raise typer.Exit(2)
            continue
        result = train_type_model(mine, folds=folds)
        models[code] = result["model"]
        for key, value in result["report"].items():
            typer.echo(f"{code} {key:28} {value}")
    if not models:
        _fail(f"no training filings in {corpus}")
        raise typer.Exit(2)
    output.parent.mkdir(parents=True, exist_ok=True)
    # one language asked for: a one-model file (which serves Chinese when loaded); else one per language
    data = models[langs[0]] if lang != "all" else {"languages": models}
    output.write_text(_json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    typer.echo(f"wrote {output}", err=True)


@train_app.command("extractor")
def train_extractor_cmd(
    annotations: Path = typer.Argument(..., help="Annotated filings (JSONL) or a folder of markup files."),
    output: Path = typer.Option(..., "--output", "-o", help="Folder to save the model in."),
    epochs: Optional[float] = _EPOCHS, base: Optional[str] = _BASE, lr: Optional[float] = _LR,
    batch_size: Optional[int] = _BATCH, max_length: Optional[int] = _MAXLEN, eval_fraction: Optional[float] = _EVAL,
    seed: Optional[int] = _SEED, device: Optional[str] = _DEVICE, vocab_size: Optional[int] = _VOCAB,
    progress: bool = _PROGRESS,
) -> None:
    """Train a token-classification field extractor (BIO over characters) on the annotated field spans."""
    from .training.train import train_extractor_hf

    args = _train_args(locals())
    _run_training(train_extractor_hf, annotations, output, args)


@train_app.command("generator")
def train_generator_cmd(
    annotations: Path = typer.Argument(..., help="Annotated filings with reference summaries (the 'summary' key)."),
    output: Path = typer.Option(..., "--output", "-o", help="Folder to save the model in."),
    lang: str = typer.Option("en", "--lang", help="Language of the bullets to write."),
    epochs: Optional[float] = _EPOCHS, base: Optional[str] = _BASE, lr: Optional[float] = _LR,
    batch_size: Optional[int] = _BATCH, max_length: Optional[int] = _MAXLEN, eval_fraction: Optional[float] = _EVAL,
    seed: Optional[int] = _SEED, device: Optional[str] = _DEVICE, vocab_size: Optional[int] = _VOCAB,
    progress: bool = _PROGRESS,
) -> None:
    """Train a bullet writer (seq2seq such as mT5, or a causal LM) on reference summaries."""
    from .training.train import train_generator

    args = _train_args(locals())
    _run_training(train_generator, annotations, output, args, lang=lang)


@train_app.command("translator")
def train_translator_cmd(
    annotations: Path = typer.Argument(..., help="Annotated filings (JSONL) or a folder of markup files."),
    output: Path = typer.Option(..., "--output", "-o", help="Folder to save the model in."),
    pairs: Optional[Path] = typer.Option(None, "--pairs", help="More parallel sentences: JSONL with keys named "
                                         "by language ({\"zh\": .., \"en\": ..}) or a two-column TSV."),
    src: str = typer.Option("zh", "--src"),
    tgt: str = typer.Option("en", "--tgt"),
    epochs: Optional[float] = _EPOCHS, base: Optional[str] = _BASE, lr: Optional[float] = _LR,
    batch_size: Optional[int] = _BATCH, max_length: Optional[int] = _MAXLEN, eval_fraction: Optional[float] = _EVAL,
    seed: Optional[int] = _SEED, device: Optional[str] = _DEVICE, vocab_size: Optional[int] = _VOCAB,
    progress: bool = _PROGRESS,
) -> None:
    """Train a seq2seq translator (Marian, NLLB, T5) on placeholder-protected sentence pairs."""
    from .training.train import train_translator

    args = _train_args(locals())
    _run_training(train_translator, annotations, output, args, src=src, tgt=tgt, pairs_file=pairs)


@train_app.command("tokenizer")
def train_tokenizer_cmd(
    inputs: List[str] = typer.Argument(..., help="Filings, folders, globs or .jsonl files (their 'text')."),
    output: Path = typer.Option(..., "--output", "-o", help="Folder to save the tokenizer in."),
    vocab_size: int = typer.Option(8000, "--vocab-size"),
    model_type: str = typer.Option("unigram", "--model-type", help="unigram or bpe."),
) -> None:
    """Train a sentencepiece vocabulary on a corpus, saved as a transformers tokenizer (for models trained
    from scratch)."""
    from .training.train import corpus_texts, train_tokenizer

    texts, errors = corpus_texts(inputs)
    for error in errors:
        _fail(error)
    try:
        out = train_tokenizer(texts, output, vocab_size=vocab_size, model_type=model_type)
    except SummarizerError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
    typer.echo(f"wrote {out} ({len(texts)} documents)", err=True)


@app.command("types")
def list_types(types_dir: List[Path] = typer.Option([], "--types-dir")) -> None:
    """List the announcement types the summariser knows."""
    summarizer = Summarizer(SummarizerConfig(types_dirs=[str(d) for d in types_dir]))
    for t in summarizer.types:
        typer.echo(f"{t.name}\t{t.title_en}\t{t.title_zh}\t{t.path}")


def main() -> None:  # pragma: no cover  (the installed command is summarizer.console:main)
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
