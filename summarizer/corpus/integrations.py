"""``datasets`` and Ray Data: the batch runner's per-document function on their engines.

Both call :func:`summarizer.corpus.batch.summarize_record`, so a document summarised through a
``datasets.Dataset``, a Ray cluster or ``summarizer batch`` gives the same record.
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import MissingDependencyError
from ..pipeline import Summarizer, SummarizerConfig
from .batch import summarize_record

__all__ = ["summarize_dataset", "summarize_ray", "RaySummarizer", "OUTPUT_COLUMNS"]

OUTPUT_COLUMNS = ("doc_type", "core_viewpoint_en", "core_viewpoint_zh", "summary_en", "summary_zh",
                  "fields_json", "summary_json", "violations", "error")

_CACHE: dict[str, Summarizer] = {}


def _summarizer(config: dict[str, Any] | None) -> Summarizer:
    key = json.dumps(config or {}, sort_keys=True)
    if key not in _CACHE:  # one per process: datasets' num_proc workers each load it once
        _CACHE[key] = Summarizer(SummarizerConfig.from_dict(config or {}))
    return _CACHE[key]


def _columns(records: list[dict[str, Any]]) -> dict[str, list[Any]]:
    from ..types import Summary

    out: dict[str, list[Any]] = {c: [] for c in OUTPUT_COLUMNS}
    for record in records:
        ok = record["status"] == "ok"
        summary = Summary.from_dict(record["summary"]) if ok else None
        out["doc_type"].append(summary.doc_type if summary else None)
        out["core_viewpoint_en"].append(summary.core_viewpoint.en if summary else None)
        out["core_viewpoint_zh"].append(summary.core_viewpoint.zh if summary else None)
        out["summary_en"].append(summary.to_text("en") if summary else None)
        out["summary_zh"].append(summary.to_text("zh") if summary else None)
        out["fields_json"].append(json.dumps({f.name: f.value for f in summary.fields}, ensure_ascii=False) if summary else None)
        out["summary_json"].append(json.dumps(record["summary"], ensure_ascii=False) if summary else None)
        out["violations"].append(record.get("violations", 0) if ok else 0)
        out["error"].append(None if ok else record["error"]["message"])
    return out


def _map_batch(batch: dict[str, list[Any]], column: str, id_column: str | None, config: dict | None) -> dict[str, list[Any]]:
    summarizer = _summarizer(config)
    texts = batch[column]
    ids = batch[id_column] if id_column and id_column in batch else [None] * len(texts)
    records = [
        summarize_record(summarizer, str(doc_id if doc_id is not None else i), text=text if isinstance(text, str) else "")
        for i, (doc_id, text) in enumerate(zip(ids, texts))
    ]
    return _columns(records)


def summarize_dataset(
    dataset: Any,
    *,
    column: str = "text",
    id_column: str | None = "id",
    num_proc: int | None = None,
    batch_size: int = 16,
    config: SummarizerConfig | None = None,
) -> Any:
    """Add summary columns (:data:`OUTPUT_COLUMNS`) to a ``datasets.Dataset``.

    Bad rows get ``error`` set instead of stopping the map.
    """
    try:
        import datasets  # noqa: F401
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise MissingDependencyError("summarize_dataset needs datasets", hint="pip install 'summarizer[datasets]'") from exc
    return dataset.map(
        _map_batch,
        batched=True,
        batch_size=batch_size,
        num_proc=num_proc,
        fn_kwargs={"column": column, "id_column": id_column, "config": config.to_dict() if config else None},
        desc="summarising",
    )


class RaySummarizer:
    """A callable class for ``ray.data.Dataset.map_batches``: each actor loads one summariser."""

    def __init__(self, column: str = "text", id_column: str | None = "id", config: dict[str, Any] | None = None) -> None:
        self.column = column
        self.id_column = id_column
        self.summarizer = Summarizer(SummarizerConfig.from_dict(config or {}))

    def __call__(self, batch: dict[str, Any]) -> dict[str, Any]:
        texts = [str(t) if t is not None else "" for t in batch[self.column]]
        ids = list(batch[self.id_column]) if self.id_column and self.id_column in batch else list(range(len(texts)))
        records = [summarize_record(self.summarizer, str(i), text=t) for i, t in zip(ids, texts)]
        out = {k: v for k, v in batch.items()}
        out.update(_columns(records))
        return out


def summarize_ray(
    dataset: Any,
    *,
    column: str = "text",
    id_column: str | None = "id",
    concurrency: int = 2,
    batch_size: int = 16,
    config: SummarizerConfig | None = None,
) -> Any:
    """Summarise a ``ray.data.Dataset`` with one :class:`RaySummarizer` actor per worker."""
    try:
        import ray  # noqa: F401
    except ImportError as exc:  # pragma: no cover - exercised only without the extra
        raise MissingDependencyError("summarize_ray needs Ray Data", hint="pip install 'summarizer[ray]'") from exc
    return dataset.map_batches(
        RaySummarizer,
        fn_constructor_kwargs={"column": column, "id_column": id_column, "config": config.to_dict() if config else None},
        batch_size=batch_size,
        batch_format="numpy",
        concurrency=concurrency,
    )
