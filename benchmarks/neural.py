"""Neural backends, batched, against a plain ``transformers.pipeline`` loop on the same inputs and model.

    pip install -e '.[hf]' torch
    python benchmarks/neural.py                      # tiny random models built on the spot (no download)
    python benchmarks/neural.py --translator Helsinki-NLP/opus-mt-zh-en --composer Qwen/Qwen2.5-0.5B-Instruct \
        --seq2seq-composer google/mt5-small

Inputs: the sentences of the Chinese dev filings (translation) and (sentence, paragraph) pairs of
the same (bullet writing). "ours" is the backend's batched call (protection and verification
excluded, to compare the model work alone); "pipeline loop" calls ``transformers.pipeline`` once per
input, as a plain script would. Same model, same max_new_tokens, greedy decoding, this machine's
device (CPU here; a GPU if one is present).
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


def sentences(n: int) -> list[tuple[str, str]]:
    from summarizer.stages.segment import split_sentences
    from summarizer.training.annotations import load_annotations

    out = []
    for ann in load_annotations(ROOT / "seeds" / "devset.jsonl"):
        if ann.lang != "zh":
            continue
        for para in ann.text.split("\n"):
            for s in split_sentences(para):
                if len(s.text) >= 12:
                    out.append((s.text, para))
    return (out * (n // max(len(out), 1) + 1))[:n]


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--translator", help="seq2seq model folder or hub id (default: a tiny Marian)")
    parser.add_argument("--composer", help="causal LM folder or hub id (default: a tiny Llama)")
    parser.add_argument("--seq2seq-composer", help="seq2seq bullet writer, e.g. one from `summarizer train "
                        "generator` (default: a tiny T5)")
    parser.add_argument("--n", type=int, default=128, help="inputs per backend")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--max-new-tokens", type=int, default=32)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    import torch
    from transformers import pipeline

    from summarizer.backends.compose import HFComposer
    from summarizer.backends.translate import HFTranslator
    from summarizer.training.tiny import tiny_llama, tiny_marian, tiny_t5

    data = sentences(args.n)
    tmp = Path(tempfile.mkdtemp())
    texts = [s for s, _ in data]
    translator_model = args.translator or str(tiny_marian(tmp, texts))
    composer_model = args.composer or str(tiny_llama(tmp, [p for _, p in data]))
    device = "cuda" if torch.cuda.is_available() else "cpu"
    writer_model = args.seq2seq_composer or str(tiny_t5(tmp, [s for pair in data for s in pair]))
    results: dict = {"device": device, "inputs": len(data), "batch_size": args.batch_size,
                     "max_new_tokens": args.max_new_tokens,
                     "tiny_models": not (args.translator or args.composer or args.seq2seq_composer)}

    def generate_each(model, tokenizer, inputs: list[str]) -> None:
        """The plain loop: tokenizer + model.generate, one input at a time."""
        for text in inputs:
            batch = tokenizer([text], return_tensors="pt", truncation=True, max_length=1024).to(model.device)
            with torch.inference_mode():
                ids = model.generate(**batch, max_new_tokens=args.max_new_tokens, num_beams=1, do_sample=False)
            tokenizer.batch_decode(ids, skip_special_tokens=True)

    tr = HFTranslator(translator_model, batch_size=args.batch_size, max_new_tokens=args.max_new_tokens, device=device)
    ours = timed(lambda: tr._translate(texts, src="zh", tgt="en"))
    try:  # transformers < 5 has a translation pipeline; 5.x removed it, so the loop is generate() per sentence
        pipe = pipeline("translation", model=tr.model, tokenizer=tr.tokenizer, device=tr.model.device)
        one = lambda t: pipe(t, max_new_tokens=args.max_new_tokens, num_beams=1)  # noqa: E731
        baseline = "transformers.pipeline('translation') per sentence"
        loop = timed(lambda: [one(t) for t in texts])
    except KeyError:
        loop = timed(lambda: generate_each(tr.model, tr.tokenizer, texts))
        baseline = "tokenizer + model.generate per sentence (transformers 5 has no translation pipeline)"
    results["translator"] = {"ours_per_s": round(len(texts) / ours, 1), "loop_per_s": round(len(texts) / loop, 1),
                             "ratio": round(loop / ours, 2), "baseline": baseline}

    comp = HFComposer(composer_model, batch_size=args.batch_size, max_new_tokens=args.max_new_tokens, device=device)
    prompts = [comp._prompt(s, p) for s, p in data]
    ours = timed(lambda: comp._generate(data))
    gen = pipeline("text-generation", model=comp.model, tokenizer=comp.tokenizer, device=comp.model.device)
    loop = timed(lambda: [gen(p, max_new_tokens=args.max_new_tokens, do_sample=False, return_full_text=False,
                              pad_token_id=comp.tokenizer.pad_token_id) for p in prompts])
    results["composer"] = {"ours_per_s": round(len(prompts) / ours, 1), "loop_per_s": round(len(prompts) / loop, 1),
                           "ratio": round(loop / ours, 2), "baseline": "transformers.pipeline('text-generation') per prompt"}

    writer = HFComposer(writer_model, batch_size=args.batch_size, max_new_tokens=args.max_new_tokens, device=device)
    prompts = [writer._prompt(s, p) for s, p in data]
    ours = timed(lambda: writer._generate(data))
    loop = timed(lambda: generate_each(writer.model, writer.tokenizer, prompts))
    results["seq2seq_composer"] = {
        "ours_per_s": round(len(prompts) / ours, 1), "loop_per_s": round(len(prompts) / loop, 1),
        "ratio": round(loop / ours, 2),
        "baseline": "tokenizer + model.generate per prompt (transformers 5 has no text2text-generation pipeline)"}
    print(json.dumps(results, indent=2))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
