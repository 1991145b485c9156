"""Tables from batch output: one row per document (type, core viewpoint, fields, error)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterator

from ..errors import ConfigError, MissingDependencyError

__all__ = ["report_rows", "write_report"]

BASE_COLUMNS = ["key", "source", "status", "doc_type", "doc_type_score", "lang", "title", "core_viewpoint",
                "violations", "error_type", "error_code", "error_message"]


def report_rows(path: str | Path, *, lang: str = "en") -> Iterator[dict[str, Any]]:
    """Rows of a batch JSONL; for a key written more than once, the last record wins."""
    latest: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            try:
                record = json.loads(line)
                latest[record["key"]] = record
            except (ValueError, KeyError, TypeError):
                continue
    for record in latest.values():
        row: dict[str, Any] = {"key": record["key"], "source": record.get("source"), "status": record["status"]}
        if record["status"] == "ok":
            s = record["summary"]
            core = s["core_viewpoint"]
            row.update(doc_type=s["doc_type"], doc_type_score=s["doc_type_score"], lang=s["lang"], title=s.get("title"),
                       core_viewpoint=core.get(lang) or core.get("zh" if lang == "en" else "en"),
                       violations=len(s.get("violations", ())))
            for f in s.get("fields") or [f for section in s["sections"] for f in section["fields"]]:
                row.setdefault(f["name"], f.get(f"value_{lang}") or f["value"])
        else:
            err = record.get("error", {})
            row.update(error_type=err.get("type"), error_code=err.get("code"), error_message=err.get("message"))
        yield row


def write_report(results: str | Path, output: str | Path, *, lang: str = "en") -> int:
    rows = list(report_rows(results, lang=lang))
    columns = list(BASE_COLUMNS)
    for row in rows:
        columns.extend(k for k in row if k not in columns)
    out = Path(output)
    if out.suffix == ".csv":
        with open(out, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=columns)
            writer.writeheader()
            writer.writerows(rows)
    elif out.suffix == ".parquet":
        try:
            import pandas as pd
        except ImportError as exc:
            raise MissingDependencyError("writing Parquet needs pandas and pyarrow",
                                         hint="pip install 'summarizer[datasets]'") from exc
        pd.DataFrame(rows, columns=columns).to_parquet(out, index=False)
    else:
        raise ConfigError(f"unknown table format {out.suffix!r}; use .csv or .parquet")
    return len(rows)
