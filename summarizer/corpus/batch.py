"""Corpus runs: stream inputs, summarise on all cores, append one JSON line per document, resume.

Crash safety: every record is one ``write`` of a whole line followed by ``flush``, so a run killed
with SIGKILL loses nothing already written. On start the output is repaired (a half-written last
line is cut off) and the keys already there are skipped, so re-running the same command resumes
without duplicates. A bad document becomes an error record naming it; the run goes on.

The per-document function :func:`summarize_record` is the same one the ``datasets`` and Ray Data
integrations call (``summarizer.corpus.integrations``).
"""

from __future__ import annotations

import glob
import json
import os
import time
import traceback
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..errors import ConfigError, ReadError, SummarizerError
from ..pipeline import Summarizer, SummarizerConfig

__all__ = ["Task", "Tally", "iter_tasks", "summarize_record", "run_batch", "repair_jsonl", "SUFFIXES"]

SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")


@dataclass(frozen=True)
class Task:
    """One document to summarise: a file to read, or text from a JSONL record."""

    key: str
    path: str | None = None
    text: str | None = None
    error: str | None = None  # known bad before reading (e.g. an invalid JSONL line)


@dataclass
class Tally:
    done: int = 0
    failed: int = 0
    skipped: int = 0
    seconds: float = 0.0
    errors: dict[str, int] = field(default_factory=dict)

    @property
    def docs_per_s(self) -> float:
        return (self.done + self.failed) / self.seconds if self.seconds else 0.0

    def line(self) -> str:
        return (f"done {self.done}, failed {self.failed}, skipped {self.skipped} "
                f"in {self.seconds:.1f}s ({self.docs_per_s:.1f} docs/s)")


# ----------------------------------------------------------------------------- inputs
def iter_tasks(
    inputs: Sequence[str | Path], *, text_column: str = "text", id_column: str = "id"
) -> Iterator[Task]:
    """Tasks from files, directories (recursively), globs and ``.jsonl`` files, lazily.

    A JSONL record supplies its text in ``text_column`` (and its key in ``id_column`` when present).
    """
    for raw in inputs:
        spec = str(raw)
        path = Path(spec)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(SUFFIXES):
                        p = os.path.join(root, name)
                        yield Task(key=p, path=p)
        elif path.suffix.lower() == ".jsonl" and path.is_file():
            yield from _jsonl_tasks(path, text_column, id_column)
        elif path.is_file():
            yield Task(key=spec, path=spec)
        elif any(ch in spec for ch in "*?["):
            for p in sorted(glob.iglob(spec, recursive=True)):
                if Path(p).is_file():
                    yield Task(key=p, path=p)
        else:
            yield Task(key=spec, path=spec)  # becomes an error record: no such file


def _jsonl_tasks(path: Path, text_column: str, id_column: str) -> Iterator[Task]:
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            key = f"{path}#{n}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Task(key=key, error=f"line {n} of {path} is not valid JSON ({exc.msg})")
                continue
            if isinstance(record, dict) and record.get(id_column) is not None:
                key = f"{path}#{record[id_column]}"
            text = record.get(text_column) if isinstance(record, dict) else None
            yield Task(key=key, text=text if isinstance(text, str) else "", path=None)


# ----------------------------------------------------------------------------- one document
def summarize_record(
    summarizer: Summarizer, key: str, *, text: str | None = None, path: str | None = None, error: str | None = None
) -> dict[str, Any]:
    """Summarise one document into a JSON-ready record; never raises for a bad document."""
    start = time.perf_counter()
    base = {"key": key, "source": path}
    try:
        if error is not None:
            raise ReadError(error, doc=key)
        if text is None and (path is None or not Path(path).is_file()):
            raise ReadError("no such file", doc=path or key)
        source = text if text is not None else Path(path)  # type: ignore[arg-type]
        summary = summarizer(source, doc_id=Path(path).stem if path and text is None else key)
    except SummarizerError as exc:
        return {**base, "status": "error", "error": {"type": type(exc).__name__, "code": exc.code, "message": str(exc)},
                "seconds": round(time.perf_counter() - start, 4)}
    except Exception as exc:  # a bug must not stop a corpus run: record it with its traceback
        return {**base, "status": "error",
                "error": {"type": type(exc).__name__, "code": "E999", "message": f"{key}: internal error: {exc}",
                          "traceback": traceback.format_exc(limit=5)},
                "seconds": round(time.perf_counter() - start, 4)}
    return {
        **base,
        "status": "ok",
        "doc_id": summary.doc_id,
        "doc_type": summary.doc_type,
        "violations": len(summary.violations),
        "summary": summary.to_dict(),
        "seconds": round(time.perf_counter() - start, 4),
    }


_WORKER: Summarizer | None = None


def _init_worker(config: dict[str, Any]) -> None:
    global _WORKER
    _WORKER = Summarizer(SummarizerConfig.from_dict(config)).warm_up()


def _work(task: Task) -> dict[str, Any]:
    assert _WORKER is not None
    return summarize_record(_WORKER, task.key, text=task.text, path=task.path, error=task.error)


# ----------------------------------------------------------------------------- output
def repair_jsonl(path: Path) -> set[str]:
    """Cut a half-written last line off ``path`` and return the keys it already holds."""
    keys: set[str] = set()
    if not path.exists():
        return keys
    with open(path, "rb+") as fh:
        data = fh.read()
        end = data.rfind(b"\n") + 1
        if end != len(data):
            fh.truncate(end)
        for line in data[:end].split(b"\n"):  # never splitlines(): U+0085 and U+2028 live inside records
            if not line.strip():
                continue
            try:
                keys.add(json.loads(line)["key"])
            except (ValueError, KeyError, TypeError):
                continue  # a foreign or damaged line: leave it, it names no finished document
    return keys


class _JsonlSink:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.done = repair_jsonl(path)
        self.fh = open(path, "a", encoding="utf-8")

    def write(self, record: dict[str, Any]) -> None:
        self.fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()


class _MarkdownSink:
    """A folder of Markdown summaries; errors go to ``_errors.jsonl`` in it."""

    def __init__(self, folder: Path, lang: str) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.lang = lang
        self.errors = _JsonlSink(folder / "_errors.jsonl")
        self.done = set(self.errors.done)
        self.done.update(self._key_of(p) for p in folder.glob("*.md"))

    @staticmethod
    def name_for(key: str) -> str:
        safe = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in key.strip("/"))
        return safe[-180:] + ".md"

    def _key_of(self, path: Path) -> str:
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        return first[len("<!-- key: "):-len(" -->")] if first.startswith("<!-- key: ") else path.stem

    def write(self, record: dict[str, Any]) -> None:
        if record["status"] != "ok":
            self.errors.write(record)
            return
        from ..types import Summary

        summary = Summary.from_dict(record["summary"])
        target = self.folder / self.name_for(record["key"])
        tmp = target.with_suffix(".md.tmp")
        tmp.write_text(f"<!-- key: {record['key']} -->\n" + summary.to_markdown(self.lang), encoding="utf-8")
        os.replace(tmp, target)  # atomic: a killed run leaves no half-written summary

    def close(self) -> None:
        self.errors.close()


# ----------------------------------------------------------------------------- runner
def run_batch(
    inputs: Sequence[str | Path],
    output: str | Path,
    *,
    workers: int | None = None,
    config: SummarizerConfig | None = None,
    fail_fast: bool = False,
    format: str = "jsonl",
    lang: str = "en",
    text_column: str = "text",
    id_column: str = "id",
    on_record: Callable[[dict[str, Any]], None] | None = None,
) -> Tally:
    """Summarise every input into ``output`` (a JSONL file, or a folder for ``format="markdown"``).

    Args:
        workers: processes to use (default: all cores); 1 runs in this process.
        fail_fast: stop at the first document that fails (the default records it and goes on).
        on_record: called with each finished record (the CLI drives its progress bar with it).
    """
    if format not in ("jsonl", "markdown"):
        raise ConfigError(f"unknown batch output format {format!r}; choose jsonl or markdown")
    config = config or SummarizerConfig()
    sink: _JsonlSink | _MarkdownSink = _JsonlSink(Path(output)) if format == "jsonl" else _MarkdownSink(Path(output), lang)
    tally = Tally()
    start = time.perf_counter()
    workers = workers or os.cpu_count() or 1

    def pending() -> Iterator[Task]:
        seen: set[str] = set()
        for task in iter_tasks(inputs, text_column=text_column, id_column=id_column):
            if task.key in sink.done or task.key in seen:
                tally.skipped += 1
                continue
            seen.add(task.key)
            yield task

    def finish(record: dict[str, Any]) -> bool:
        sink.write(record)
        if record["status"] == "ok":
            tally.done += 1
        else:
            tally.failed += 1
            kind = record["error"]["type"]
            tally.errors[kind] = tally.errors.get(kind, 0) + 1
        if on_record:
            on_record(record)
        return fail_fast and record["status"] != "ok"

    try:
        if workers == 1:
            summarizer = Summarizer(config)
            for task in pending():
                if finish(summarize_record(summarizer, task.key, text=task.text, path=task.path, error=task.error)):
                    break
        else:
            _run_pool(pending(), workers, config, finish)
    finally:
        sink.close()
        tally.seconds = time.perf_counter() - start
    return tally


def _run_pool(tasks: Iterable[Task], workers: int, config: SummarizerConfig, finish: Callable[[dict], bool]) -> None:
    import multiprocessing as mp

    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    in_flight: set[Future] = set()
    limit = workers * 4  # bounded: memory stays flat however long the corpus
    stop = False
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init_worker, initargs=(config.to_dict(),)) as pool:
        iterator = iter(tasks)
        while not stop:
            while len(in_flight) < limit:
                task = next(iterator, None)
                if task is None:
                    break
                in_flight.add(pool.submit(_work, task))
            if not in_flight:
                break
            finished, in_flight = wait(in_flight, return_when=FIRST_COMPLETED)
            for future in finished:
                if finish(future.result()):
                    stop = True
        if stop:
            for future in in_flight:
                future.cancel()
