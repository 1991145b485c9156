"""`summarizer summarize`: the implementation both command-line parsers run (the console's argparse fast
path, :mod:`summarizer.console`, and the typer application, :mod:`summarizer.cli`), and the fast path's parser."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

LANGS = ("en", "zh", "both")
FORMATS = ("text", "markdown", "html", "json")


def summarize_files(paths: list[Path], *, lang: str = "en", fmt: str = "text", doc_type: str | None = None,
                    types_dir: list[Path] | None = None, model: Path | None = None, strict: bool = False) -> int:
    """Summarise ``paths`` and print the summaries; the exit status: 0, 1 when a file could not be read or
    summarised (the others still are), 2 when the summariser could not be built, 3 with ``strict`` when a
    summary has faithfulness violations. Errors go to stderr, one line each, naming the file."""
    from .errors import SummarizerError
    from .pipeline import Summarizer, SummarizerConfig
    from .stages.render import render

    try:
        if model is not None:
            summarizer = Summarizer.from_pretrained(model)
        else:
            summarizer = Summarizer(SummarizerConfig(types_dirs=[str(d) for d in types_dir or ()]))
    except SummarizerError as exc:
        fail(str(exc))
        return 2
    failed = violated = 0
    for i, path in enumerate(paths):
        if not path.exists():
            fail(f"{path}: no such file")
            failed += 1
            continue
        try:
            summary = summarizer(path, doc_type=doc_type)
        except SummarizerError as exc:
            fail(str(exc))
            failed += 1
            continue
        if len(paths) > 1 and fmt in ("text", "markdown"):
            _out(f"{'' if i == 0 else chr(10)}==> {path} <==")
        _out(render(summary, format=fmt, lang=lang))
        if summary.violations:
            violated += 1
            _out(f"warning: {path}: {len(summary.violations)} faithfulness violation(s):", err=True)
            for v in summary.violations:
                _out(f"  {v.where} ({v.lang}): {v.message}", err=True)
    if failed:
        return 1
    return 3 if strict and violated else 0


def _out(message: str, *, err: bool = False) -> None:
    stream = sys.stderr if err else sys.stdout  # looked up per call: a test runner may swap them
    stream.write(message + "\n")
    stream.flush()


def fail(message: str) -> None:
    """One line on stderr for a command that could not do something (every command of the CLI says it so)."""
    _out(f"error: {message}", err=True)


def summarize_parser() -> argparse.ArgumentParser:
    """The options of ``summarizer summarize``, as :mod:`summarizer.cli` declares them."""
    parser = argparse.ArgumentParser(prog="summarizer summarize", add_help=False)
    parser.add_argument("paths", nargs="+", type=Path)
    parser.add_argument("--lang", "-l", choices=LANGS, default="en")
    parser.add_argument("--format", "-f", dest="fmt", choices=FORMATS, default="text")
    parser.add_argument("--type", dest="doc_type", default=None)
    parser.add_argument("--types-dir", dest="types_dir", action="append", type=Path, default=[])
    parser.add_argument("--model", type=Path, default=None)
    parser.add_argument("--strict", action="store_true")
    return parser
