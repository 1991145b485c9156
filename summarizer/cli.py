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

from .errors import SummarizerError
from .pipeline import Summarizer, SummarizerConfig
from .render import render

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Structured, cited, bilingual summaries of announcements.")


class Lang(str, Enum):
    en = "en"
    zh = "zh"
    both = "both"


class Format(str, Enum):
    text = "text"
    markdown = "markdown"
    html = "html"
    json = "json"


def _fail(message: str) -> None:
    typer.echo(f"error: {message}", err=True)


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
    try:
        if model is not None:
            summarizer = Summarizer.from_pretrained(model)
        else:
            summarizer = Summarizer(SummarizerConfig(types_dirs=[str(d) for d in types_dir]))
    except SummarizerError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
    failed = 0
    violated = 0
    for i, path in enumerate(paths):
        if not path.exists():
            _fail(f"{path}: no such file")
            failed += 1
            continue
        try:
            summary = summarizer(path, doc_type=doc_type)
        except SummarizerError as exc:
            _fail(str(exc))
            failed += 1
            continue
        if len(paths) > 1 and format in (Format.text, Format.markdown):
            typer.echo(f"{'' if i == 0 else chr(10)}==> {path} <==")
        typer.echo(render(summary, format=format.value, lang=lang.value))
        if summary.violations:
            violated += 1
            typer.echo(f"warning: {path}: {len(summary.violations)} faithfulness violation(s):", err=True)
            for v in summary.violations:
                typer.echo(f"  {v.where} ({v.lang}): {v.message}", err=True)
    if failed:
        raise typer.Exit(1)
    if strict and violated:
        raise typer.Exit(3)


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
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    from .batch import iter_tasks, run_batch

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
    from .report import write_report

    try:
        n = write_report(results, output, lang=lang.value if lang != Lang.both else "en")
    except SummarizerError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
    typer.echo(f"wrote {n} rows to {output}", err=True)


@app.command("evaluate")
def evaluate_cmd(
    annotations: Path = typer.Argument(..., help="Annotated filings (JSONL), or a folder of markup files."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the full report as JSON."),
    model: Optional[Path] = typer.Option(None, "--model", help="A folder saved with save_pretrained()."),
    types_dir: List[Path] = typer.Option([], "--types-dir"),
) -> None:
    """Score the summariser on annotated filings: types, sections, fields, citations, ROUGE."""
    import json as _json

    from .annotations import build_dir
    from .evaluate import evaluate, format_report

    summarizer = Summarizer.from_pretrained(model) if model else Summarizer(
        SummarizerConfig(types_dirs=[str(d) for d in types_dir]))
    source = build_dir(annotations) if annotations.is_dir() else annotations
    report = evaluate(source, summarizer)
    typer.echo(format_report(report))
    if output:
        output.write_text(_json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


@app.command("annotations")
def annotations_cmd(
    folder: Path = typer.Argument(..., help="Folder of markup files (see summarizer/annotations.py)."),
    output: Path = typer.Option(..., "--output", "-o", help="JSONL to write."),
) -> None:
    """Build annotated-filings JSONL from hand-written markup files."""
    from .annotations import build_dir, write_jsonl

    try:
        n = write_jsonl(build_dir(folder), output)
    except SummarizerError as exc:
        _fail(str(exc))
        raise typer.Exit(2) from None
    typer.echo(f"wrote {n} annotated filings to {output}", err=True)


train_app = typer.Typer(no_args_is_help=True, help="Train components on annotated filings.")
app.add_typer(train_app, name="train")


@train_app.command("classifier")
def train_classifier_cmd(
    annotations: Path = typer.Argument(..., help="Annotated filings (JSONL) or a folder of markup files."),
    output: Path = typer.Option(Path("models/classifier/sections.json"), "--output", "-o"),
    folds: int = typer.Option(5, "--folds", help="Cross-validation folds for the report (0: none)."),
    epochs: int = typer.Option(300, "--epochs"),
) -> None:
    """Train the section classifier (logistic regression) and write it as JSON."""
    import json as _json

    from .annotations import build_dir, load_annotations
    from .linear import train_classifier

    source = build_dir(annotations) if annotations.is_dir() else list(load_annotations(annotations))
    result = train_classifier(source, folds=folds, epochs=epochs)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(_json.dumps(result["model"], ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    for key, value in result["report"].items():
        typer.echo(f"{key:28} {value}")
    typer.echo(f"wrote {output}", err=True)


@app.command("types")
def list_types(types_dir: List[Path] = typer.Option([], "--types-dir")) -> None:
    """List the announcement types the summariser knows."""
    summarizer = Summarizer(SummarizerConfig(types_dirs=[str(d) for d in types_dir]))
    for t in summarizer.types:
        typer.echo(f"{t.name}\t{t.title_en}\t{t.title_zh}\t{t.path}")


def main() -> None:  # pragma: no cover
    app()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
