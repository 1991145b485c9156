"""Instructions per document on the real corpus, side by side with another checkout: a count that does
not swing with the machine's load the way wall-clock time does.

    git worktree add /tmp/prev <older commit>
    python benchmarks/instructions.py --against /tmp/prev --every 4

Each checkout runs under ``valgrind --tool=callgrind`` twice: once loading the package and summarising
every ``--every``-th cached filing once (start-up and warm-up), once doing that and then one more pass.
The difference, divided by the number of filings, is the instruction count of one warm summary; the
first run alone is the start-up cost. Needs valgrind on PATH; slow (minutes).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = r"""
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
files = sorted(Path(sys.argv[2]).glob("*.txt"))[:: int(sys.argv[3])]
texts = [(p.stem, p.read_text(encoding="utf-8")) for p in files]
from summarizer import Summarizer
s = Summarizer()
for _ in range(1 + int(sys.argv[4])):
    for d, t in texts:
        s(t, doc_id=d)
print(len(texts))
"""


def _count(tree: Path, cache: Path, every: int, passes: int) -> tuple[int, int]:
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c",
                          _CHILD, str(tree), str(cache), str(every), str(passes)],
                         capture_output=True, text=True, check=True)
    found = re.search(r"Collected\s*:\s*(\d+)", out.stderr)
    if not found:
        raise RuntimeError(f"no instruction count from valgrind for {tree}")
    return int(found.group(1)), int(out.stdout.split()[-1])


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", type=Path, action="append", default=[], help="another checkout (repeatable)")
    parser.add_argument("--every", type=int, default=4, help="take every n-th cached filing")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not on PATH")
    cache = ROOT / "seeds" / "real" / "cache"
    trees = [ROOT, *(t.resolve() for t in args.against)]
    jobs = [(tree, passes) for tree in trees for passes in (0, 1)]
    with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
        counts = dict(zip(jobs, pool.map(lambda j: _count(j[0], cache, args.every, j[1]), jobs)))
    result = {}
    for tree in trees:
        (base, docs), (more, _) = counts[(tree, 0)], counts[(tree, 1)]
        result[str(tree)] = {"docs": docs, "instructions_per_doc": round((more - base) / docs),
                             "startup_and_warmup_instructions": base}
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
