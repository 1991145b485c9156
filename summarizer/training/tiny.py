"""Tiny random models built from configs, with vocabularies trained on the spot: for tests,
benchmarks and notebooks, so the real loading, generation, saving and reloading code runs on a CPU
without downloading anything. Their outputs are noise; the code paths around them are real."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable

from ..backends.hf import require_hf

__all__ = ["tiny_marian", "tiny_llama", "tiny_t5"]


def tiny_marian(folder: str | Path, texts: Iterable[str], *, vocab_size: int = 800, d_model: int = 16) -> Path:
    """A MarianMT model (sentencepiece vocabulary trained on ``texts``) saved under ``folder``."""
    import sentencepiece as spm

    _, transformers = require_hf()
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "corpus.txt").write_text("\n".join(t for t in texts if t.strip()), encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(folder / "corpus.txt"), model_prefix=str(folder / "sp"), vocab_size=vocab_size,
        hard_vocab_limit=False, character_coverage=1.0, model_type="unigram", bos_id=-1, eos_id=1, unk_id=2,
        pad_id=0, pad_piece="<pad>", eos_piece="</s>", unk_piece="<unk>", minloglevel=2)
    proc = spm.SentencePieceProcessor(model_file=str(folder / "sp.model"))
    vocab = {proc.id_to_piece(i): i for i in range(proc.get_piece_size())}
    for name in ("source.spm", "target.spm"):
        (folder / name).write_bytes((folder / "sp.model").read_bytes())
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tok = transformers.MarianTokenizer(str(folder / "source.spm"), str(folder / "target.spm"), str(folder / "vocab.json"))
    config = transformers.MarianConfig(
        vocab_size=len(vocab), d_model=d_model, encoder_layers=1, decoder_layers=1, encoder_attention_heads=2,
        decoder_attention_heads=2, encoder_ffn_dim=2 * d_model, decoder_ffn_dim=2 * d_model,
        max_position_embeddings=512, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0, forced_eos_token_id=1)
    out = folder / "tiny-marian"
    transformers.MarianMTModel(config).save_pretrained(out, safe_serialization=True)
    tok.save_pretrained(out)
    return out


def tiny_llama(folder: str | Path, texts: Iterable[str], *, vocab_size: int = 400, hidden: int = 32,
               arch: str = "llama") -> Path:
    """A Llama (or ``arch="qwen2"``: Qwen2) causal LM with a byte-level BPE vocabulary trained on ``texts``,
    saved under ``folder``."""
    _, transformers = require_hf()
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers

    tk = Tokenizer(models.BPE())
    tk.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tk.decoder = decoders.ByteLevel()
    tk.train_from_iterator(list(texts), trainers.BpeTrainer(
        vocab_size=vocab_size, special_tokens=["<pad>", "<eos>"], initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    tok = transformers.PreTrainedTokenizerFast(tokenizer_object=tk, pad_token="<pad>", eos_token="<eos>")
    config_class, model_class = {"llama": ("LlamaConfig", "LlamaForCausalLM"),
                                 "qwen2": ("Qwen2Config", "Qwen2ForCausalLM")}[arch]
    config = getattr(transformers, config_class)(
        vocab_size=len(tok), hidden_size=hidden, intermediate_size=2 * hidden, num_hidden_layers=1,
        num_attention_heads=2, num_key_value_heads=2, max_position_embeddings=2048,
        pad_token_id=tok.pad_token_id, eos_token_id=tok.eos_token_id)
    out = Path(folder) / f"tiny-{arch}"
    getattr(transformers, model_class)(config).save_pretrained(out, safe_serialization=True)
    tok.save_pretrained(out)
    return out


def tiny_t5(folder: str | Path, texts: Iterable[str], *, vocab_size: int = 600, hidden: int = 32) -> Path:
    """A T5 seq2seq model with a sentencepiece vocabulary trained on ``texts`` (the layout
    ``summarizer train tokenizer`` writes), saved under ``folder``."""
    from .train import TrainArgs, _tiny_t5, train_tokenizer

    _, transformers = require_hf()
    out = Path(folder) / "tiny-t5"
    tokenizer = transformers.AutoTokenizer.from_pretrained(train_tokenizer(texts, out, vocab_size=vocab_size))
    _tiny_t5(tokenizer, TrainArgs(hidden=hidden, layers=1)).save_pretrained(out, safe_serialization=True)
    return out
