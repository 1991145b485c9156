"""Every ``summarizer train`` task on the dev set with its defaults: small models built from configs
(no download), 20% of the filings held out, scored with ``summarizer evaluate``'s metrics.

    pip install -e '.[train]' torch
    python benchmarks/train_devset.py --json benchmarks/results/train_devset.json
    python benchmarks/train_devset.py --base-classifier hfl/chinese-roberta-wwm-ext ...   # real checkpoints

The small models show that the training path works and learns (the loss falls); 41 filings are far
too few for them to beat the rules, and the figures say so.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--annotations", type=Path, default=ROOT / "seeds" / "devset.jsonl")
    for task in ("classifier", "extractor", "generator", "translator"):
        parser.add_argument(f"--base-{task}", help=f"checkpoint to fine-tune for the {task}")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    from summarizer.training.train import (
        TrainArgs,
        train_classifier_hf,
        train_extractor_hf,
        train_generator,
        train_translator,
    )

    trainers = {"classifier": train_classifier_hf, "extractor": train_extractor_hf, "generator": train_generator,
                "translator": train_translator}
    results: dict = {}
    with tempfile.TemporaryDirectory() as tmp:
        for task, train in trainers.items():
            start = time.perf_counter()
            result = train(args.annotations, Path(tmp) / task, TrainArgs(base=getattr(args, f"base_{task}")))
            results[task] = {"seconds": round(time.perf_counter() - start, 1), "examples": result.examples,
                             "held_out_examples": result.eval_examples, "loss_first_epoch": result.loss_first_epoch,
                             "loss_last_epoch": result.loss_last_epoch, "held_out_loss": result.eval_loss,
                             **result.metrics}
            print(task, json.dumps(results[task]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
