"""The ``summarizer`` command's entry point.

``summarizer summarize PATH...`` is parsed here with :mod:`argparse` and run without loading the typer
application: typer and the pydantic it now requires take about 0.12 s of a cold run, a fifth of the whole
command. Every other command, and ``summarize --help``, goes to the typer application in
:mod:`summarizer.cli`, whose ``summarize`` runs the same :func:`~summarizer.cli_summarize.summarize_files`: one implementation, two parsers
of the same options (a test holds them to the same options).
"""

from __future__ import annotations

import sys

from .cli_summarize import summarize_files, summarize_parser


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if args[:1] == ["summarize"] and not {"--help", "-h"} & set(args[1:]):
        return summarize_files(**vars(summarize_parser().parse_intermixed_args(args[1:])))
    from .cli import app

    try:
        app(args=args, prog_name="summarizer")
    except SystemExit as exc:  # typer ends by exiting: its status is ours
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
    return 0
