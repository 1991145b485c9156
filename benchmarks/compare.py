"""Offline engine vs peers on the same corpus: docs/s and peak memory, in one run.

    pip install -e '.[bench]'
    python benchmarks/compare.py --docs 2000 --budget 60

Corpus: the real English press releases in ../shared/filings/en (when present) and the Chinese
fixtures in seeds/, replicated to --docs documents. Each engine runs in its own process (peak RSS is
that process's), over the documents of its language, until done or its time budget runs out:

* ours          summarizer.Summarizer on every document (one process)
* textrank4zh   TextRank4Sentence.get_key_sentences(3) on the Chinese documents
* snownlp       SnowNLP(text).summary(3) on the Chinese documents
* sumy          TextRankSummarizer, 3 sentences, on the English documents (with a regex tokenizer:
                sumy's default needs NLTK data that cannot be downloaded offline)
* jieba         bare jieba.lcut of the Chinese documents: the floor for any Chinese pipeline
* ours-batch-N  `summarizer batch` with N workers over the corpus written to disk

textrank4zh 0.3 calls networkx.from_numpy_matrix, removed in networkx 3; we alias it to
from_numpy_array, its replacement.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILINGS = ROOT.parent / "shared" / "filings" / "en"


def corpus(n: int) -> list[tuple[str, str, str]]:
    """(id, lang, text) × n, cycling through the available documents."""
    base = []
    for p in sorted(ROOT.glob("seeds/*.zh.txt")):
        base.append((p.stem, "zh", p.read_text(encoding="utf-8")))
    if FILINGS.is_dir():
        for p in sorted(FILINGS.glob("*.md")):
            base.append((p.stem, "en", p.read_text(encoding="utf-8")))
    for p in sorted(ROOT.glob("seeds/*.en.txt")):
        if "summary" not in p.name:
            base.append((p.stem, "en", p.read_text(encoding="utf-8")))
    # keep the Chinese share at about half, so both language groups have many documents
    zh = [b for b in base if b[1] == "zh"]
    en = [b for b in base if b[1] == "en"]
    out = []
    for i in range(n):
        src = zh[(i // 2) % len(zh)] if i % 2 == 0 else en[(i // 2) % len(en)]
        out.append((f"{src[0]}-{i}", src[1], src[2]))
    return out


class _RegexTokenizer:
    """sumy tokenizer without NLTK data."""

    language = "english"

    def to_sentences(self, paragraph: str):
        return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", paragraph) if s.strip()]

    def to_words(self, sentence: str):
        return re.findall(r"[A-Za-z0-9'-]+", sentence)


def _engine(name: str):
    """Return (languages, function(text)) for an engine; imports happen here, outside the timing."""
    if name == "ours":
        from summarizer import Summarizer

        s = Summarizer().warm_up()
        return ("zh", "en"), lambda text: s(text)
    if name == "jieba":
        import jieba

        jieba.initialize()
        return ("zh",), jieba.lcut
    if name == "textrank4zh":
        import networkx

        if not hasattr(networkx, "from_numpy_matrix"):
            networkx.from_numpy_matrix = networkx.from_numpy_array
        from textrank4zh import TextRank4Sentence

        def run(text: str):
            tr = TextRank4Sentence()
            tr.analyze(text=text, lower=True, source="all_filters")
            return tr.get_key_sentences(num=3)

        return ("zh",), run
    if name == "snownlp":
        from snownlp import SnowNLP

        return ("zh",), lambda text: SnowNLP(text).summary(3)
    if name == "sumy":
        from sumy.parsers.plaintext import PlaintextParser
        from sumy.summarizers.text_rank import TextRankSummarizer

        summarizer = TextRankSummarizer()
        tokenizer = _RegexTokenizer()
        return ("en",), lambda text: summarizer(PlaintextParser.from_string(text, tokenizer).document, 3)
    raise SystemExit(f"unknown engine {name}")


def run_engine(name: str, n: int, budget: float) -> dict:
    docs = corpus(n)
    t0 = time.perf_counter()
    langs, fn = _engine(name)
    fn(next(t for _, lang, t in docs if lang in langs))  # warm-up (dictionaries, models)
    startup = time.perf_counter() - t0
    out = {}
    for lang in langs:
        texts = [t for _, l, t in docs if l == lang]
        done = 0
        chars = 0
        start = time.perf_counter()
        for text in texts:
            fn(text)
            done += 1
            chars += len(text)
            if time.perf_counter() - start > budget / len(langs):
                break
        elapsed = time.perf_counter() - start
        out[lang] = {"docs": done, "of": len(texts), "seconds": round(elapsed, 2),
                     "docs_per_s": round(done / elapsed, 1), "chars_per_s": round(chars / elapsed)}
    out["startup_s"] = round(startup, 2)
    out["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    return out


def run_batch_engine(n: int, workers: int) -> dict:
    docs = corpus(n)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for doc_id, lang, text in docs:
            (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        out = Path(tmp) / "out.jsonl"
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "summarizer.cli", "batch", str(folder), "-o", str(out),
                               "--workers", str(workers), "--no-progress"], capture_output=True, text=True, cwd=ROOT)
        elapsed = time.perf_counter() - start
        if done.returncode:
            raise SystemExit(done.stderr)
        lines = out.read_text(encoding="utf-8").count("\n")
    return {"all": {"docs": lines, "of": len(docs), "seconds": round(elapsed, 2),
                    "docs_per_s": round(lines / elapsed, 1)}, "note": "wall time of the command, start-up included"}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per engine")
    parser.add_argument("--engines", default="ours,jieba,textrank4zh,snownlp,sumy")
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--engine", help=argparse.SUPPRESS)  # internal: run one engine in this process
    args = parser.parse_args(argv)
    if args.engine:
        print(json.dumps(run_engine(args.engine, args.docs, args.budget)))
        return

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    results: dict[str, dict] = {}
    for name in args.engines.split(","):
        done = subprocess.run([sys.executable, __file__, "--engine", name, "--docs", str(args.docs),
                               "--budget", str(args.budget)], capture_output=True, text=True, env=env)
        if done.returncode:
            results[name] = {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"}
        else:
            results[name] = json.loads(done.stdout.strip().splitlines()[-1])
    for w in args.workers.split(","):
        results[f"ours-batch-{w}"] = run_batch_engine(args.docs, int(w))

    print(f"corpus: {args.docs} documents (half Chinese fixtures, half English press releases), budget {args.budget}s per engine\n")
    print("| engine | language | docs done | docs/s | peak RSS MiB |")
    print("| --- | --- | --- | --- | --- |")
    for name, r in results.items():
        if "error" in r:
            print(f"| {name} | - | error: {r['error']} | | |")
            continue
        for lang in ("zh", "en", "all"):
            if lang in r:
                x = r[lang]
                print(f"| {name} | {lang} | {x['docs']}/{x['of']} | {x['docs_per_s']} | {r.get('peak_rss_mib', '-')} |")
    ours = results.get("ours", {})
    ratios = {}
    for peer in ("textrank4zh", "snownlp", "jieba"):
        if "zh" in ours and "zh" in results.get(peer, {}):
            ratios[f"ours/{peer} (zh docs/s)"] = round(ours["zh"]["docs_per_s"] / results[peer]["zh"]["docs_per_s"], 2)
    if "en" in ours and "en" in results.get("sumy", {}):
        ratios["ours/sumy (en docs/s)"] = round(ours["en"]["docs_per_s"] / results["sumy"]["en"]["docs_per_s"], 2)
    if "ours-batch-1" in results and "ours-batch-2" in results:
        ratios["batch scaling 2 workers / 1"] = round(
            results["ours-batch-2"]["all"]["docs_per_s"] / results["ours-batch-1"]["all"]["docs_per_s"], 2)
    print()
    for k, v in ratios.items():
        print(f"{k:36} {v}")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "ratios": ratios}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
