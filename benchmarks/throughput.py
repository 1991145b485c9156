"""Throughput of the offline engine: documents per second and peak memory, on one core.

    python benchmarks/throughput.py --copies 200

The corpus is N copies of each fixture in seeds/ (the copies get distinct ids, so no caching helps).
Start-up (loading jieba, the glossary and the types) is timed separately from the per-document work.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=100, help="copies of each seed fixture")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)

    fixtures = sorted(p for p in (ROOT / "seeds").glob("*.txt") if "summary" not in p.name)
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in fixtures]

    t0 = time.perf_counter()
    from summarizer import Summarizer

    summarizer = Summarizer().warm_up()  # loads jieba's dictionary and the domain words
    summarizer(texts[0][1], doc_id="warm-up")
    startup = time.perf_counter() - t0

    corpus = [(f"{stem}-{i}", text) for i in range(args.copies) for stem, text in texts]
    chars = sum(len(t) for _, t in corpus)
    gc.collect()
    t1 = time.perf_counter()
    violations = 0
    for doc_id, text in corpus:
        violations += len(summarizer(text, doc_id=doc_id).violations)
    elapsed = time.perf_counter() - t1

    # memory in a separate pass: tracemalloc slows Python down several times
    tracemalloc.start()
    for doc_id, text in corpus[: 3 * len(texts)]:
        summarizer(text, doc_id=doc_id)
    _, peak_traced = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    # bare jieba over the same text: the floor for any Chinese pipeline
    import jieba

    jieba.initialize()
    tokenizer = jieba.dt  # plain jieba, default dictionary, as a user would call it
    t2 = time.perf_counter()
    for _, text in corpus:
        tokenizer.lcut(text)
    jieba_s = time.perf_counter() - t2

    figures = {
        "documents": len(corpus),
        "fixtures": [p.name for p in fixtures],
        "characters": chars,
        "startup_s": round(startup, 3),
        "elapsed_s": round(elapsed, 3),
        "docs_per_s": round(len(corpus) / elapsed, 1),
        "chars_per_s": round(chars / elapsed),
        "ms_per_doc": round(1000 * elapsed / len(corpus), 2),
        "peak_python_alloc_mib_per_doc_loop": round(peak_traced / 2**20, 1),
        "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "jieba_only_s": round(jieba_s, 3),
        "ratio_to_bare_jieba": round(elapsed / jieba_s, 2),
        "faithfulness_violations": violations,
    }
    for key, value in figures.items():
        print(f"{key:36} {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return figures


if __name__ == "__main__":
    main()
