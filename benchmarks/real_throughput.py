"""Throughput on the real corpus (seeds/real/cache), one core, side by side with another checkout.

    git worktree add /tmp/prev <older commit>
    taskset -c 0 python benchmarks/real_throughput.py --against /tmp/prev --rounds 4

Each checkout runs in its own process, alternately, ``--rounds`` times; the best round of each is
reported (these machines are noisy). Also times a cold ``summarizer summarize`` of the seed filing.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import gc, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
t0 = time.perf_counter()
from summarizer import Summarizer
s = Summarizer()
s(texts[0][1], doc_id="warm-up")
startup = time.perf_counter() - t0
corpus = [(f"{d}-{i}", t) for i in range(int(sys.argv[3])) for d, t in texts]
gc.collect()
t1 = time.perf_counter()
for d, t in corpus:
    s(t, doc_id=d)
print(len(corpus), len(corpus) / (time.perf_counter() - t1), startup)
"""


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", type=Path, help="another checkout to run side by side")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--copies", type=int, default=3)
    args = parser.parse_args(argv)
    cache = ROOT / "seeds" / "real" / "cache"
    trees = [ROOT] + ([args.against.resolve()] if args.against else [])
    best: dict[str, dict] = {}
    for _ in range(args.rounds):
        for tree in trees:
            out = subprocess.run([sys.executable, "-c", _CHILD, str(tree), str(cache), str(args.copies)],
                                 capture_output=True, text=True, check=True).stdout.split()
            docs, rate, startup = int(out[0]), float(out[1]), float(out[2])
            t0 = time.perf_counter()
            # the installed command's entry point: the console module where the tree has one, else the typer app
            entry = "summarizer" if (tree / "summarizer" / "console.py").exists() else "summarizer.cli"
            subprocess.run([sys.executable, "-m", entry, "summarize", "seeds/vum02-announcement.zh.txt"],
                           cwd=tree, capture_output=True, check=True)
            cold = time.perf_counter() - t0
            cur = best.setdefault(str(tree), {"docs": docs, "docs_per_s": 0.0, "startup_s": 1e9, "cold_s": 1e9})
            cur["docs_per_s"] = max(cur["docs_per_s"], round(rate, 1))
            cur["startup_s"] = min(cur["startup_s"], round(startup, 3))
            cur["cold_s"] = min(cur["cold_s"], round(cold, 3))
    print(json.dumps(best, indent=2))
    return best


if __name__ == "__main__":
    main()
