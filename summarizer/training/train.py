"""Fine-tuning on annotated filings: ``summarizer train classifier|extractor|generator|translator|tokenizer``.

Every trainer reads annotated filings (the JSONL of DESIGN.md, or a folder of markup files), holds out
a share of the *filings* (not of the paragraphs, so nothing from a held-out filing is seen in training),
builds a :class:`datasets.Dataset` of examples, fine-tunes with :class:`transformers.Trainer` (or
:class:`~transformers.Seq2SeqTrainer`), then scores the saved model on the held-out filings with the
metrics of ``summarizer evaluate`` and writes a model card (``README.md``) and ``training_report.json``
beside the safetensors weights.

``base`` names the checkpoint to fine-tune (a local folder or a hub id). Without one, a small model is
built from a config with a vocabulary trained on the training data itself (a WordPiece vocabulary for
the BERT classifier and tagger; a sentencepiece vocabulary for the T5 generator and translator), so the
whole path runs on a CPU without downloads; such models are for testing the path, not for quality.

Examples per task:

* classifier: each annotated paragraph the structural rules leave open → its section label;
* extractor: each body paragraph → BIO tags over its characters from the annotated field spans;
* generator: each extractive bullet of the offline summary → the reference bullet (``summary``) that
  shares most of its words, prompted exactly as :class:`~summarizer.backends.compose.HFComposer`
  prompts at run time;
* translator: sentence pairs: the glossary's entries, the sentences the offline engine translates fully
  (a distillation of the rules), ``translations`` pairs in the annotations and any ``pairs`` file, with
  codes, numbers and glossary terms replaced by the placeholders :class:`~summarizer.backends.translate.HFTranslator`
  uses, so the model learns to copy them.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import tempfile
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Callable, Iterable

from ..errors import ConfigError, MissingDependencyError
from ..resources import once
from .annotations import Annotation, aligned_labels, build_dir, load_annotations

__all__ = [
    "TrainArgs", "load_training_data", "split_filings", "train_classifier_hf", "train_extractor_hf",
    "train_generator", "train_translator", "train_tokenizer", "generator_pairs", "translation_pairs",
    "parse_reference", "corpus_texts", "model_card",
]

TASKS = ("classifier", "extractor", "generator", "translator")


@dataclass
class TrainArgs:
    """Hyperparameters shared by the trainers (CLI options of the same names)."""

    base: str | None = None  # checkpoint to fine-tune; None = a small model built from a config
    epochs: float | None = None  # None: the task's default (classifier 8, extractor 10, generator 30, translator 20)
    lr: float | None = None  # None: 5e-5 when fine-tuning a base, 3e-3 for a small model from scratch
    batch_size: int = 16
    max_length: int | None = None  # tokens per example; None: the task's default (128; generator 512, translator 256)
    eval_fraction: float = 0.2  # share of filings held out for evaluation (0: none)
    seed: int = 0
    device: str | None = None  # "cpu", "cuda"; None = cuda when available
    # the small model built without a base
    hidden: int = 64
    layers: int = 2
    vocab_size: int = 1500
    progress: bool = False  # show the Trainer's progress bar

    @property
    def learning_rate(self) -> float:
        return self.lr if self.lr is not None else (5e-5 if self.base else 3e-3)

    def for_task(self, *, epochs: float, max_length: int) -> "TrainArgs":
        """A copy with the task's defaults where no value was given."""
        from dataclasses import replace

        return replace(self, epochs=self.epochs if self.epochs is not None else epochs,
                       max_length=self.max_length if self.max_length is not None else max_length)


@dataclass
class TrainResult:
    task: str
    output_dir: str
    examples: int
    eval_examples: int
    loss_per_epoch: list[float]
    eval_loss: float | None
    metrics: dict[str, Any]
    data: dict[str, Any]
    args: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def loss_first_epoch(self) -> float:
        return self.loss_per_epoch[0]

    @property
    def loss_last_epoch(self) -> float:
        return self.loss_per_epoch[-1]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"loss_first_epoch": self.loss_first_epoch, "loss_last_epoch": self.loss_last_epoch}


def require_training():
    """torch, transformers, datasets and accelerate (which ``Trainer`` needs), or the install command."""
    from ..backends.hf import require_hf

    torch, transformers = require_hf()
    try:
        import accelerate  # noqa: F401
        import datasets
    except ImportError as exc:
        raise MissingDependencyError(f"training needs {exc.name}", hint="pip install 'summarizer[train]' torch") from exc
    return torch, transformers, datasets


# ----------------------------------------------------------------------------- data
def load_training_data(source: str | Path | Iterable[Annotation]) -> tuple[list[Annotation], dict[str, Any]]:
    """Annotated filings from a JSONL file, a markup folder or an iterable; plus a description of them
    for the model card (source, sha256 of the file, counts by language and type)."""
    info: dict[str, Any] = {}
    if isinstance(source, (str, Path)):
        path = Path(source)
        if not path.exists():
            raise ConfigError(f"{path}: no such file or folder")
        anns = build_dir(path) if path.is_dir() else list(load_annotations(path))
        info["source"] = str(path)
        if path.is_file():
            info["sha256"] = hashlib.sha256(path.read_bytes()).hexdigest()
    else:
        anns = list(source)
        info["source"] = "in-memory annotations"
    if not anns:
        raise ConfigError(f"{info['source']}: no annotated filings")
    info["filings"] = len(anns)
    info["languages"] = dict(Counter(a.lang for a in anns))
    info["types"] = dict(Counter(a.type or "?" for a in anns))
    return anns, info


def split_filings(anns: list[Annotation], fraction: float, seed: int = 0) -> tuple[list[Annotation], list[Annotation]]:
    """Hold out ``fraction`` of the filings (at least one when there are two or more), by a seeded
    shuffle of their ids, so a paragraph of a held-out filing is never trained on."""
    ids = sorted({a.id for a in anns})
    random.Random(seed).shuffle(ids)
    n = 0 if fraction <= 0 or len(ids) < 2 else min(len(ids) - 1, max(1, round(len(ids) * fraction)))
    held = set(ids[:n])
    return [a for a in anns if a.id not in held], [a for a in anns if a.id in held]


@once
def _section_title_re() -> re.Pattern:
    """A leading section title ("Disease Context - ") of any shipped type, in either language."""
    from ..stages.doctypes import load_types

    titles = {t for dt in load_types() for s in dt.sections for t in (s.title_en, s.title_zh)} | {"Core Viewpoint", "核心观点"}
    return re.compile(r"^(?:" + "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True)) + r")\s*[-–—:：]\s*")


def parse_reference(summary: str) -> list[tuple[str, tuple[int, ...]]]:
    """A reference summary in the seed layout as (bullet text, cited paragraphs) units; section titles and
    bullet dashes are stripped, units without a citation dropped.

    >>> parse_reference("Core Viewpoint - A deal was signed [1][3]. Disease Context - It is rare [4].")
    [('A deal was signed', (1, 3)), ('It is rare', (4,))]
    """
    title_re = _section_title_re()
    units = []
    for m in re.finditer(r"(.+?)\s*((?:\[\d+\])+)[.。]?", summary, flags=re.S):
        text = m.group(1).strip(" -–—•\n")
        while True:
            stripped = title_re.sub("", text).strip(" -–—•")
            if stripped == text:
                break
            text = stripped
        cites = tuple(int(c) for c in re.findall(r"\d+", m.group(2)))
        if text:
            units.append((text, cites))
    return units


def _overlap(a: str, b: str) -> float:
    from .metrics import rouge

    return rouge(a, b, unit="word")["rouge1"]


def generator_pairs(anns: Iterable[Annotation], *, lang: str = "en", summarizer=None,
                    min_overlap: float = 0.3) -> list[dict[str, Any]]:
    """(sentence, paragraph) → reference bullet pairs: each extractive bullet of the offline summary with
    the reference bullet that shares most of its words (ROUGE-1 of at least ``min_overlap``, a shared
    citation counting 0.1 more)."""
    from ..pipeline import Summarizer

    summarizer = summarizer or Summarizer()
    rows = []
    for ann in anns:
        reference = ann.summary.get(lang)
        if not reference or not ann.text.strip():
            continue
        units = parse_reference(reference)
        doc = summarizer.analyse(ann.text, doc_id=ann.id)
        summary = summarizer(doc)
        for section in summary.sections:
            for item in section.items:
                if item.origin != "extractive" or len(item.citations) != 1:
                    continue
                cite, sentence = item.citations[0], item.text(lang) or ""
                # references may number paragraphs their own way (the seed counts body paragraphs only), so
                # a shared citation is a bonus, not a requirement; field lists (" - ") are not bullets
                scored = [(_overlap(sentence, text) + (0.1 if cite in cites else 0.0), text)
                          for text, cites in units if " - " not in text]
                if not sentence or not scored:
                    continue
                score, target = max(scored)
                if score < min_overlap:
                    continue
                rows.append({"id": ann.id, "sentence": sentence, "paragraph": doc.segment(cite).text,
                             "target": target})
    return rows


def translation_pairs(anns: Iterable[Annotation], *, src: str = "zh", tgt: str = "en", glossary=None,
                      pairs_file: str | Path | None = None, include_glossary: bool = True) -> list[dict[str, str]]:
    """Sentence pairs for a translator, each with the id of the filing it came from ("" for glossary and
    pairs-file rows, which are always trained on)."""
    from ..stages.read import TextReader
    from ..stages.segment import RuleSegmenter
    from ..stages.translate import GlossaryTranslator, load_glossary

    glossary = glossary or load_glossary()
    engine = GlossaryTranslator(glossary)
    rows: list[dict[str, str]] = []
    if include_glossary and (src, tgt) == ("zh", "en"):
        rows += [{"id": "", "src": e.zh, "tgt": e.en, "origin": "glossary"} for e in glossary.entries
                 if e.kind not in ("connector", "unit") and e.en]
    reader, segmenter = TextReader(), RuleSegmenter(words=False)
    for ann in anns:
        for pair in ann.translations:
            if pair.get(src) and pair.get(tgt):
                rows.append({"id": ann.id, "src": pair[src], "tgt": pair[tgt], "origin": "annotation"})
        if ann.lang != src or not ann.text.strip():
            continue
        doc = segmenter(reader.read(ann.text, doc_id=ann.id))
        sentences = [s.text for seg in doc.segments for s in seg.sentences]
        for source, target in zip(sentences, engine.sentences(sentences, src=src, tgt=tgt)):
            if target and target != source:
                rows.append({"id": ann.id, "src": source, "tgt": target, "origin": "rules"})
    if pairs_file:
        rows += [dict(r, id="", origin="pairs") for r in _read_pairs(Path(pairs_file), src, tgt)]
    seen, unique = set(), []
    for row in rows:
        if (row["src"], row["tgt"]) not in seen:
            seen.add((row["src"], row["tgt"]))
            unique.append(row)
    return unique


def _read_pairs(path: Path, src: str, tgt: str) -> list[dict[str, str]]:
    """Parallel sentences: JSONL with ``src``/``tgt`` keys named by language, or a two-column TSV."""
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip():
            continue
        if path.suffix == ".jsonl":
            try:
                row = json.loads(line)
            except ValueError as exc:
                raise ConfigError(f"{path}:{n}: not JSON ({exc})") from None
            a, b = row.get(src), row.get(tgt)
        else:
            a, _, b = line.partition("\t")
        if not a or not b:
            raise ConfigError(f"{path}:{n}: a pair needs both {src} and {tgt}")
        out.append({"src": a.strip(), "tgt": b.strip()})
    return out


def protect_pair(source: str, target: str, glossary, *, src: str, tgt: str) -> tuple[str, str]:
    """Both sides with the placeholders the translator uses at run time; unchanged when the target lacks
    one of the protected values (the model then sees the plain pair)."""
    from ..backends.translate import _PLACEHOLDER, protect

    protected = protect(source, glossary, src=src, tgt=tgt)
    out = target
    for i, value in enumerate(protected.values):
        at = out.find(value)
        if at < 0:
            return source, target
        out = out[:at] + f" {_PLACEHOLDER.format(i)} " + out[at + len(value):]
    return protected.text, re.sub(r"\s+", " ", out).strip()


# ----------------------------------------------------------------------------- models built from configs
def train_tokenizer(texts: Iterable[str], output_dir: str | Path, *, vocab_size: int = 8000,
                    model_type: str = "unigram", placeholders: int = 32) -> Path:
    """Train a sentencepiece vocabulary on ``texts`` and save it as a ``transformers`` tokenizer
    (T5 layout: ``<pad>`` 0, ``</s>`` 1, ``<unk>`` 2) that ``AutoTokenizer.from_pretrained`` loads;
    the raw ``spiece.model`` is kept beside it. The text is not normalised (so full-width punctuation and
    codes come back exactly), every character of ``texts`` gets a piece (so ``vocab_size`` is raised to
    the number of distinct characters when it is smaller), and the translator's placeholders (``ZX0Q`` ...)
    are single tokens."""
    import sentencepiece as spm

    from ..backends.hf import require_hf

    _, transformers = require_hf()
    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    lines = [line.strip() for text in texts for line in text.split("\n") if line.strip()]
    if not lines:
        raise ConfigError("no text to train a tokenizer on")
    chars = len({ch for line in lines for ch in line if not ch.isspace()})
    vocab_size = max(vocab_size, chars + placeholders + 8)
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.txt"
        corpus.write_text("\n".join(lines), encoding="utf-8")
        spm.SentencePieceTrainer.train(
            input=str(corpus), model_prefix=str(out / "spiece"), vocab_size=vocab_size, hard_vocab_limit=False,
            model_type=model_type, character_coverage=1.0, normalization_rule_name="identity",
            pad_id=0, eos_id=1, unk_id=2, bos_id=-1, user_defined_symbols=[f"ZX{i}Q" for i in range(placeholders)],
            split_digits=True, minloglevel=2, num_threads=1)
    proc = spm.SentencePieceProcessor(model_file=str(out / "spiece.model"))
    vocab = [(proc.id_to_piece(i), proc.get_score(i)) for i in range(proc.get_piece_size())]
    tokenizer = transformers.T5Tokenizer(vocab=vocab, extra_ids=0, unk_id=2)
    tokenizer.save_pretrained(out)
    return out


def _tiny_t5(tokenizer, args: TrainArgs):
    """A small T5 built from a config around ``tokenizer``'s vocabulary."""
    from ..backends.hf import require_hf

    _, transformers = require_hf()
    config = transformers.T5Config(
        vocab_size=len(tokenizer), d_model=args.hidden, d_kv=max(8, args.hidden // 4), d_ff=2 * args.hidden,
        num_layers=args.layers, num_decoder_layers=args.layers, num_heads=4, pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id, decoder_start_token_id=tokenizer.pad_token_id, dropout_rate=0.0)
    return transformers.T5ForConditionalGeneration(config)


# ----------------------------------------------------------------------------- the Trainer
def _fit(model, tokenizer, train_rows: list[dict], eval_rows: list[dict], encode: Callable, collator,
         args: TrainArgs, out: Path, *, seq2seq: bool = False) -> tuple[list[float], float | None]:
    """Tokenise with ``encode`` through ``datasets``, run the Trainer, save weights and tokenizer;
    returns the mean training loss per epoch and the last held-out loss."""
    from ..backends.hf import quiet_progress

    torch, transformers, datasets = require_training()
    cuda = torch.cuda.is_available() and args.device != "cpu"
    Args = transformers.Seq2SeqTrainingArguments if seq2seq else transformers.TrainingArguments
    Trainer = transformers.Seq2SeqTrainer if seq2seq else transformers.Trainer
    with quiet_progress(transformers, datasets, quiet=not args.progress), tempfile.TemporaryDirectory() as scratch:
        train_ds = datasets.Dataset.from_list(train_rows)
        columns = train_ds.column_names
        train_ds = train_ds.map(encode, batched=True, remove_columns=columns)
        eval_ds = (datasets.Dataset.from_list(eval_rows).map(encode, batched=True, remove_columns=columns)
                   if eval_rows else None)
        training_args = Args(
            output_dir=scratch, num_train_epochs=args.epochs, learning_rate=args.learning_rate,
            per_device_train_batch_size=args.batch_size, per_device_eval_batch_size=args.batch_size,
            seed=args.seed, data_seed=args.seed, logging_strategy="epoch", eval_strategy="epoch" if eval_ds else "no",
            save_strategy="no", report_to="none", disable_tqdm=not args.progress, use_cpu=not cuda,
            bf16=cuda and torch.cuda.is_bf16_supported(), dataloader_pin_memory=cuda, warmup_steps=0,
            lr_scheduler_type="linear" if args.base else "constant")
        trainer = Trainer(model=model, args=training_args, train_dataset=train_ds, eval_dataset=eval_ds,
                          data_collator=collator, processing_class=tokenizer)
        if not args.progress:
            trainer.remove_callback(transformers.trainer_callback.PrinterCallback)
        trainer.train()
        history = trainer.state.log_history
        out.mkdir(parents=True, exist_ok=True)
        trainer.model.to("cpu").float().eval().save_pretrained(out, safe_serialization=True)
        tokenizer.save_pretrained(out)
    losses = [round(h["loss"], 4) for h in history if "loss" in h]
    eval_losses = [h["eval_loss"] for h in history if "eval_loss" in h]
    return losses, (round(eval_losses[-1], 4) if eval_losses else None)


def _finish(result: TrainResult, card: dict[str, Any]) -> TrainResult:
    out = Path(result.output_dir)
    (out / "training_report.json").write_text(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n",
                                              encoding="utf-8")
    (out / "README.md").write_text(model_card(result, **card), encoding="utf-8")
    return result


# ----------------------------------------------------------------------------- tasks
def _rows(annotations: Iterable) -> list[tuple[str, str]]:
    from ..stages.classify import KeywordClassifier
    from ..stages.read import TextReader
    from ..stages.segment import RuleSegmenter

    reader, segmenter, rules = TextReader(), RuleSegmenter(words=False), KeywordClassifier()
    rows = []
    for ann in annotations:
        if not ann.segments:
            continue
        doc = segmenter(reader.read(ann.text, doc_id=ann.id))
        for (seg, forced, _), gold in zip(rules.label(doc), aligned_labels(doc, ann.segments)):
            if gold is not None and not forced:
                rows.append((doc.search_text[seg.start : seg.end], gold))
    return rows


def _tiny_tokenizer(texts: list[str], vocab_size: int):
    from ..backends.hf import require_hf

    _, transformers = require_hf()
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, processors, trainers

    tk = Tokenizer(models.WordPiece(unk_token="[UNK]"))
    tk.normalizer = normalizers.Sequence([normalizers.NFKC(), normalizers.Lowercase()])
    tk.pre_tokenizer = pre_tokenizers.Sequence([
        pre_tokenizers.Split(pattern=r"[\u3400-\u9fff]", behavior="isolated"),  # Chinese: one character a token
        pre_tokenizers.BertPreTokenizer(),
    ])
    special = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
    tk.train_from_iterator(texts, trainers.WordPieceTrainer(vocab_size=vocab_size, special_tokens=special))
    tk.post_processor = processors.TemplateProcessing(
        single="[CLS] $A [SEP]", special_tokens=[("[CLS]", tk.token_to_id("[CLS]")), ("[SEP]", tk.token_to_id("[SEP]"))])
    return transformers.PreTrainedTokenizerFast(tokenizer_object=tk, unk_token="[UNK]", pad_token="[PAD]",
                                                cls_token="[CLS]", sep_token="[SEP]", mask_token="[MASK]")


def _encoder(head: str, labels: list[str], texts: list[str], args: TrainArgs):
    """(tokenizer, model) for a classification ``head`` (``SequenceClassification`` or
    ``TokenClassification``): ``args.base`` with a new head, or a small BERT whose WordPiece vocabulary is
    trained on ``texts`` (Chinese one character a token)."""
    torch, transformers, _ = require_training()
    torch.manual_seed(args.seed)
    label_maps = {"num_labels": len(labels), "id2label": dict(enumerate(labels)),
                  "label2id": {l: i for i, l in enumerate(labels)}}
    if args.base:
        tokenizer = transformers.AutoTokenizer.from_pretrained(args.base, trust_remote_code=False)
        model = getattr(transformers, f"AutoModelFor{head}").from_pretrained(
            args.base, trust_remote_code=False, ignore_mismatched_sizes=True, use_safetensors=True, **label_maps)
        return tokenizer, model
    tokenizer = _tiny_tokenizer(texts, args.vocab_size)
    config = transformers.BertConfig(
        vocab_size=len(tokenizer), hidden_size=args.hidden, num_hidden_layers=args.layers, num_attention_heads=2,
        intermediate_size=2 * args.hidden, max_position_embeddings=max(128, args.max_length),
        pad_token_id=tokenizer.pad_token_id, **label_maps)
    return tokenizer, getattr(transformers, f"BertFor{head}")(config)


def train_classifier_hf(source, output_dir: str | Path, args: TrainArgs | None = None) -> TrainResult:
    """Fine-tune a sequence classifier of paragraphs into sections (``classifier="hf"``)."""
    from ..pipeline import Summarizer
    from ..stages.classify import LABELS
    from .evaluate import evaluate

    args = (args or TrainArgs()).for_task(epochs=8, max_length=128)
    torch, transformers, _ = require_training()
    anns, info = load_training_data(source)
    train_anns, held = split_filings(anns, args.eval_fraction, args.seed)
    train_rows = [{"text": t, "label": g} for t, g in _rows(train_anns)]
    eval_rows = [{"text": t, "label": g} for t, g in _rows(held)]
    if not train_rows:
        raise ConfigError("no annotated paragraphs to train on")
    labels = list(LABELS)
    label2id = {l: i for i, l in enumerate(labels)}
    tokenizer, model = _encoder("SequenceClassification", labels, [r["text"] for r in train_rows], args)

    def encode(batch):
        enc = tokenizer(batch["text"], truncation=True, max_length=args.max_length)
        enc["labels"] = [label2id[g] for g in batch["label"]]
        return enc

    out = Path(output_dir)
    losses, eval_loss = _fit(model, tokenizer, train_rows, eval_rows, encode,
                             transformers.DataCollatorWithPadding(tokenizer), args, out)
    metrics: dict[str, Any] = {}
    if held:
        trained = Summarizer(classifier="hf", classifier_model=str(out), classifier_options={"device": args.device})
        predicted = [label for label, _ in trained.classifier.predict([r["text"] for r in eval_rows])] if eval_rows else []
        metrics["paragraph_accuracy"] = round(sum(p == r["label"] for p, r in zip(predicted, eval_rows))
                                              / max(len(eval_rows), 1), 4)
        model_report = evaluate(held, trained)["overall"]
        rules_report = evaluate(held, Summarizer())["overall"]
        metrics |= {"section_macro_f1": model_report["section_macro_f1"],
                    "rules_section_macro_f1": rules_report["section_macro_f1"]}
    result = TrainResult("classifier", str(out), len(train_rows), len(eval_rows), losses, eval_loss, metrics,
                         info | {"held_out": sorted({a.id for a in held})}, _args(args),
                         {"labels": labels, "chance_loss": round(math.log(len(labels)), 4)})
    return _finish(result, {"pipeline_tag": "text-classification", "config": 'classifier="hf"'})


def _bio_rows(anns: Iterable[Annotation]) -> list[dict[str, Any]]:
    rows = []
    for ann in anns:
        for seg in ann.segments:
            spans = [{"name": f["name"], "start": f["start"] - seg["start"], "end": f["end"] - seg["start"]}
                     for f in ann.fields if seg["start"] <= f["start"] and f["end"] <= seg["end"]]
            if seg["section"] != "boilerplate" or spans:
                rows.append({"text": ann.text[seg["start"] : seg["end"]], "spans": spans})
    return rows


def _span_prf(predicted: list[list[tuple[str, int, int]]], gold: list[list[dict]]) -> dict[str, float]:
    """Exact-match precision / recall / F1 of predicted (field, start, end) spans."""
    tp = fp = fn = 0
    for pred, spans in zip(predicted, gold):
        p, g = set(pred), {(s["name"], s["start"], s["end"]) for s in spans}
        tp, fp, fn = tp + len(p & g), fp + len(p - g), fn + len(g - p)
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"span_precision": round(precision, 4), "span_recall": round(recall, 4), "span_f1": round(f1, 4)}


def train_extractor_hf(source, output_dir: str | Path, args: TrainArgs | None = None) -> TrainResult:
    """Fine-tune character-level BIO tagging of field spans (``extractor="hf"``)."""
    from ..pipeline import Summarizer
    from .evaluate import evaluate

    args = (args or TrainArgs()).for_task(epochs=10, max_length=128)
    torch, transformers, _ = require_training()
    anns, info = load_training_data(source)
    train_anns, held = split_filings(anns, args.eval_fraction, args.seed)
    train_rows, eval_rows = _bio_rows(train_anns), _bio_rows(held)
    names = sorted({s["name"] for r in train_rows for s in r["spans"]})
    if not names:
        raise ConfigError("no annotated field spans to train on")
    labels = ["O"] + [f"{p}-{n}" for n in names for p in ("B", "I")]
    label2id = {l: i for i, l in enumerate(labels)}
    tokenizer, model = _encoder("TokenClassification", labels, [r["text"] for r in train_rows], args)

    def tags(spans, offsets) -> list[int]:
        out: list[int] = []
        for a, b in offsets:
            if a == b:
                out.append(-100)  # special tokens do not count
                continue
            label = "O"
            for span in spans:
                if span["start"] <= a < span["end"] and span["name"] in names:
                    begins = a == span["start"] or not out or out[-1] in (-100, 0)
                    label = ("B-" if begins else "I-") + span["name"]
                    break
            out.append(label2id[label])
        return out

    def encode(batch):
        enc = tokenizer(batch["text"], truncation=True, max_length=args.max_length, return_offsets_mapping=True)
        enc["labels"] = [tags(spans, offs) for spans, offs in zip(batch["spans"], enc.pop("offset_mapping"))]
        return enc

    out = Path(output_dir)
    losses, eval_loss = _fit(model, tokenizer, train_rows, eval_rows, encode,
                             transformers.DataCollatorForTokenClassification(tokenizer), args, out)
    metrics: dict[str, Any] = {}
    if held:
        trained = Summarizer(extractor="hf", extractor_model=str(out),
                             extractor_options={"device": args.device, "max_length": args.max_length})
        metrics |= _span_prf(trained.extractor.spans([r["text"] for r in eval_rows]), [r["spans"] for r in eval_rows])
        with_model = evaluate(held, trained)["overall"]
        rules = evaluate(held, Summarizer())["overall"]
        metrics |= {"pipeline_field_f1": with_model["fields"]["f1"], "patterns_field_f1": rules["fields"]["f1"]}
    result = TrainResult("extractor", str(out), len(train_rows), len(eval_rows), losses, eval_loss, metrics,
                         info | {"held_out": sorted({a.id for a in held})}, _args(args), {"labels": labels})
    return _finish(result, {"pipeline_tag": "token-classification", "config": 'extractor="hf"'})


def _seq2seq_or_causal(args: TrainArgs, texts: list[str]):
    """(tokenizer, model, is_seq2seq): the base checkpoint, or a small T5 with a vocabulary trained on ``texts``."""
    from ..backends.hf import generation_class, require_hf

    _, transformers = require_hf()
    if args.base:
        auto_class, seq2seq = generation_class(args.base)
        tokenizer = transformers.AutoTokenizer.from_pretrained(args.base, trust_remote_code=False)
        model = getattr(transformers, auto_class).from_pretrained(args.base, trust_remote_code=False,
                                                                  use_safetensors=True)
        if tokenizer.pad_token is None:
            tokenizer.pad_token = tokenizer.eos_token
        return tokenizer, model, seq2seq
    with tempfile.TemporaryDirectory() as tmp:
        tokenizer = transformers.AutoTokenizer.from_pretrained(
            train_tokenizer(texts, Path(tmp) / "tok", vocab_size=args.vocab_size))
    return tokenizer, _tiny_t5(tokenizer, args), True


def _seq2seq_encoder(tokenizer, seq2seq: bool, max_length: int, prompt_of: Callable[[dict], str]):
    """``datasets.map`` function: prompts and targets to model inputs with labels (prompt tokens masked
    out of the loss for a causal LM)."""

    def encode(batch):
        rows = [dict(zip(batch, values)) for values in zip(*batch.values())]
        prompts = [prompt_of(r) for r in rows]
        targets = [r["target"] for r in rows]
        if seq2seq:
            return tokenizer(prompts, text_target=targets, truncation=True, max_length=max_length)
        eos = tokenizer.eos_token or ""
        prompt_ids = tokenizer(prompts)["input_ids"]
        target_ids = tokenizer([" " + t + eos for t in targets], add_special_tokens=False)["input_ids"]
        out: dict[str, list] = {"input_ids": [], "attention_mask": [], "labels": []}
        for p, t in zip(prompt_ids, target_ids):
            t = t[: max_length // 2]
            p = p[: max_length - len(t)]  # the prompt gives way, never the target (its labels)
            out["input_ids"].append(p + t)
            out["attention_mask"].append([1] * (len(p) + len(t)))
            out["labels"].append([-100] * len(p) + t)
        return out

    return encode


def train_generator(source, output_dir: str | Path, args: TrainArgs | None = None, *, lang: str = "en") -> TrainResult:
    """Fine-tune a bullet writer (``composer="hf"``): a seq2seq model (T5/mT5/BART) or a causal LM."""
    from ..backends.compose import bullet_prompt
    from ..pipeline import Summarizer
    from .evaluate import evaluate, rouge

    args = (args or TrainArgs()).for_task(epochs=30, max_length=512)
    _, transformers, _ = require_training()
    anns, info = load_training_data(source)
    with_reference = [a for a in anns if a.summary.get(lang)]
    if not with_reference:
        raise ConfigError(f"no annotated filing has a reference summary in {lang!r} (the 'summary' key)")
    train_anns, held = split_filings(with_reference, args.eval_fraction, args.seed)
    offline = Summarizer()
    train_rows, eval_rows = generator_pairs(train_anns, lang=lang, summarizer=offline), \
        generator_pairs(held, lang=lang, summarizer=offline)
    if not train_rows:
        raise ConfigError("no summary bullet could be aligned with a reference bullet by its citation")
    out = Path(output_dir)
    texts = [r[k] for r in train_rows for k in ("sentence", "paragraph", "target")]
    tokenizer, model, seq2seq = _seq2seq_or_causal(args, texts)
    template = None if seq2seq else getattr(tokenizer, "chat_template", None)
    prompt_of = lambda r: bullet_prompt(r["sentence"], r["paragraph"], lang, tokenizer if template else None)  # noqa: E731
    encode = _seq2seq_encoder(tokenizer, seq2seq, args.max_length, prompt_of)
    collator = transformers.DataCollatorForSeq2Seq(tokenizer, model=model if seq2seq else None, label_pad_token_id=-100)
    losses, eval_loss = _fit(model, tokenizer, train_rows, eval_rows, encode, collator, args, out,
                             seq2seq=seq2seq)
    metrics: dict[str, Any] = {}
    check_rows = eval_rows or train_rows
    trained = Summarizer(composer="hf", composer_model=str(out), composer_options={"lang": lang, "device": args.device})
    composer = trained.composer
    bullets = composer._generate([(r["sentence"], r["paragraph"]) for r in check_rows])
    accepted = [composer.accept(b, r["paragraph"]) for b, r in zip(bullets, check_rows)]
    scores = [rouge(b or "", r["target"], unit="word")["rougeL"] for b, r in zip(bullets, check_rows)]
    metrics |= {"scored_on": "held-out filings" if eval_rows else "training pairs (no held-out pair)",
                "bullet_rougeL": round(sum(scores) / len(scores), 4),
                "accepted_share": round(sum(accepted) / len(accepted), 4)}
    if held:
        key = f"{lang}_word_rougeL" if lang == "en" else "zh_char_rougeL"
        report = evaluate(held, trained)["overall"]
        extractive = evaluate(held, offline)["overall"]
        metrics |= {"summary_rougeL": report["rouge"].get(key), "extractive_summary_rougeL": extractive["rouge"].get(key),
                    "violations": report["faithfulness_violations"]}
    result = TrainResult("generator", str(out), len(train_rows), len(eval_rows), losses, eval_loss, metrics,
                         info | {"held_out": sorted({a.id for a in held}),
                                 "filings_with_reference": len(with_reference)},
                         _args(args), {"seq2seq": seq2seq, "lang": lang,
                                       "examples_preview": [{k: r[k] for k in ("sentence", "target")}
                                                            for r in train_rows[:3]]})
    return _finish(result, {"pipeline_tag": "text2text-generation" if seq2seq else "text-generation",
                            "config": 'composer="hf"'})


def train_translator(source, output_dir: str | Path, args: TrainArgs | None = None, *, src: str = "zh",
                     tgt: str = "en", pairs_file: str | Path | None = None) -> TrainResult:
    """Fine-tune a seq2seq translator (``translator="hf"``) on placeholder-protected sentence pairs."""
    from ..backends.translate import _NLLB
    from ..pipeline import Summarizer
    from ..stages.translate import load_glossary
    from .evaluate import evaluate, rouge

    args = (args or TrainArgs()).for_task(epochs=20, max_length=256)
    _, transformers, _ = require_training()
    anns, info = load_training_data(source)
    train_anns, held = split_filings(anns, args.eval_fraction, args.seed)
    held_ids = {a.id for a in held}
    glossary = load_glossary()
    pairs = translation_pairs(anns, src=src, tgt=tgt, glossary=glossary, pairs_file=pairs_file)
    rows = []
    for pair in pairs:
        a, b = protect_pair(pair["src"], pair["tgt"], glossary, src=src, tgt=tgt)
        rows.append({"id": pair["id"], "origin": pair["origin"], "source": a, "target": b, "raw_src": pair["src"],
                     "raw_tgt": pair["tgt"]})
    train_rows = [r for r in rows if r["id"] not in held_ids]
    eval_rows = [r for r in rows if r["id"] in held_ids]
    if not train_rows:
        raise ConfigError("no sentence pairs to train on")
    out = Path(output_dir)
    tokenizer, model, seq2seq = _seq2seq_or_causal(args, [r[k] for r in train_rows for k in ("source", "target")])
    if not seq2seq:
        raise ConfigError(f"{args.base} is not a seq2seq model; the translator needs one (Marian, NLLB, M2M100, T5)")
    if hasattr(tokenizer, "src_lang") and src in _NLLB and tgt in _NLLB:
        # NLLB / M2M100 tokenizers tag both sides with language codes (not exercised by the tests: no tiny NLLB)
        tokenizer.src_lang, tokenizer.tgt_lang = _NLLB[src], _NLLB[tgt]
    encode = _seq2seq_encoder(tokenizer, True, args.max_length, lambda r: r["source"])
    collator = transformers.DataCollatorForSeq2Seq(tokenizer, model=model, label_pad_token_id=-100)
    fit_rows = [{"source": r["source"], "target": r["target"]} for r in train_rows]
    fit_eval = [{"source": r["source"], "target": r["target"]} for r in eval_rows]
    losses, eval_loss = _fit(model, tokenizer, fit_rows, fit_eval, encode, collator, args, out,
                             seq2seq=True)
    metrics: dict[str, Any] = {}
    check_rows = eval_rows or [r for r in train_rows if r["origin"] != "glossary"][:64]
    trained = Summarizer(translator="hf", translator_model=str(out), translator_options={"device": args.device})
    if check_rows:
        raw = trained.translator._translate([r["source"] for r in check_rows], src=src, tgt=tgt)
        unit = "word" if tgt == "en" else "char"
        metrics |= {"scored_on": "held-out filings" if eval_rows else "training pairs (no held-out pair)",
                    "sentence_rougeL": round(sum(rouge(t or "", r["target"], unit=unit)["rougeL"]
                                                 for t, r in zip(raw, check_rows)) / len(check_rows), 4)}
    if held:
        report = evaluate(held, trained)["overall"]
        metrics["violations"] = report["faithfulness_violations"]
    result = TrainResult("translator", str(out), len(train_rows), len(eval_rows), losses, eval_loss, metrics,
                         info | {"held_out": sorted(held_ids), "pairs_by_origin": dict(Counter(r["origin"] for r in rows)),
                                 "pairs_file": str(pairs_file) if pairs_file else None},
                         _args(args), {"src": src, "tgt": tgt})
    return _finish(result, {"pipeline_tag": "translation", "config": 'translator="hf"'})


def _args(args: TrainArgs) -> dict[str, Any]:
    out = asdict(args)
    out["lr"] = args.learning_rate
    if args.base:
        for key in ("hidden", "layers", "vocab_size"):
            out.pop(key)
    out.pop("progress")
    return out


# ----------------------------------------------------------------------------- model card
_INTENDED = {
    "classifier": "labels the paragraphs of a Chinese or English corporate announcement with summary sections "
                  "(core event, drug information, clinical trial details, ...). Structural rules (header zone, "
                  "'About X' blocks) still decide the paragraphs they cover.",
    "extractor": "tags typed fields (drug name, acceptance number, indication, ...) in announcement paragraphs, "
                 "character by character (BIO). The pattern extractor runs first and its fields win.",
    "generator": "rewrites one extractive summary bullet from the paragraph it cites. Every generated bullet is "
                 "checked (no number, code or name absent from the paragraph) and falls back to the extractive "
                 "bullet when it fails; citations are never generated.",
    "translator": "translates the free-text sentences of announcements that the glossary engine leaves "
                  "untranslated. Codes, numbers and glossary terms travel as placeholders and each translation "
                  "is verified; a failing one falls back to the offline output.",
}


def model_card(result: TrainResult, *, pipeline_tag: str, config: str) -> str:
    """The ``README.md`` saved with a trained model: data, procedure, metrics, intended use."""
    langs = sorted(result.data.get("languages", {})) or ["zh", "en"]
    header = ["---", "library_name: transformers", f"pipeline_tag: {pipeline_tag}",
              "language:", *[f"- {l}" for l in langs], "tags:", "- summarizer", "- corporate-announcements",
              f"- {result.task}"]
    if result.args.get("base"):
        header.append(f"base_model: {result.args['base']}")
    header.append("---")
    data = result.data
    by_lang = ", ".join(f"{k}: {v}" for k, v in sorted(data.get("languages", {}).items()))
    by_type = ", ".join(f"{k}: {v}" for k, v in sorted(data.get("types", {}).items()))
    lines = [
        *header, "",
        f"# summarizer {result.task}", "",
        f"Trained with `summarizer train {result.task}` on {date.today().isoformat()}"
        + (f", fine-tuned from `{result.args['base']}`." if result.args.get("base")
           else ", a small model built from a config with a vocabulary trained on the same data "
                "(for testing the training path; fine-tune a real checkpoint with `--base` for quality)."), "",
        "## Intended use", "",
        f"A backend of the `summarizer` library: it {_INTENDED[result.task]}", "",
        "```python",
        "from summarizer import Summarizer",
        f"summarizer = Summarizer({config}, {result.task if result.task != 'generator' else 'composer'}_model=\"{result.output_dir}\")",
        "```", "",
        "Not for: other kinds of documents, or use without the library's checks.", "",
        "## Training data", "",
        f"- source: `{data.get('source')}`" + (f" (sha256 `{data['sha256'][:16]}…`)" if data.get("sha256") else ""),
        f"- annotated filings: {data.get('filings')} ({by_lang}); types: {by_type}",
        f"- held out for evaluation: {len(data.get('held_out', []))} filings"
        + (f" ({', '.join(data['held_out'][:8])}{' …' if len(data['held_out']) > 8 else ''})" if data.get("held_out") else ""),
        f"- examples: {result.examples} for training, {result.eval_examples} held out",
    ]
    for key in ("pairs_by_origin", "filings_with_reference", "pairs_file"):
        if data.get(key):
            lines.append(f"- {key.replace('_', ' ')}: {data[key]}")
    lines += ["", "## Training procedure", "", "| setting | value |", "| --- | --- |"]
    lines += [f"| {k} | {v} |" for k, v in result.args.items() if v is not None]
    lines += ["", f"Loss per epoch: {', '.join(f'{x:.4f}' for x in result.loss_per_epoch)}"
              + (f"; held-out loss at the end: {result.eval_loss:.4f}" if result.eval_loss is not None else ""), "",
              "## Evaluation", ""]
    if result.metrics:
        lines += ["Scored with the metrics of `summarizer evaluate` (see `training_report.json`):", "",
                  "| metric | value |", "| --- | --- |"]
        lines += [f"| {k} | {v} |" for k, v in result.metrics.items()]
    else:
        lines.append("No filings were held out (eval fraction 0), so there is no held-out score.")
    lines += ["", "## Limitations", "",
              "Scores on a few held-out filings have wide error bars. The training data are announcements of "
              "the types listed above; expect less on others. The library's rules and patterns (the `rules_` and "
              "`patterns_` figures) were written while reading the project's dev set, so on that set their "
              "figures are in-sample and flattering.", ""]
    return "\n".join(lines)


def corpus_texts(inputs: Iterable[str | Path]) -> tuple[list[str], list[str]]:
    """Texts of files, folders, globs and ``.jsonl`` records (read as the summariser reads them), and
    one error line for each that could not be read."""
    from ..corpus.batch import iter_tasks
    from ..errors import SummarizerError
    from ..stages.read import read

    texts, errors = [], []
    for task in iter_tasks(list(inputs)):
        if task.error:
            errors.append(task.error)
            continue
        if task.text is None and not Path(task.path).is_file():
            errors.append(f"{task.path}: no such file")
            continue
        try:
            texts.append(task.text if task.text is not None else read(task.path, doc_id=task.key).text)
        except SummarizerError as exc:
            errors.append(str(exc))
    return texts, errors
