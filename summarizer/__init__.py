"""summarizer: structured, cited, bilingual summaries of Chinese and English corporate announcements.

>>> from summarizer import summarize
>>> summary = summarize("近日，公司收到国家药品监督管理局核准签发的《药物临床试验批准通知书》。")
>>> summary.core_viewpoint.citations
(1,)
"""

from __future__ import annotations

from .errors import SummarizerError
from .pipeline import Summarizer, SummarizerConfig, summarize
from .stages.read import read
from .stages.render import render
from .types import Document, Field, Item, Segment, Sentence, Summary, SummarySection, Violation

__version__ = "0.1.0"

__all__ = [
    "summarize",
    "Summarizer",
    "SummarizerConfig",
    "SummarizerError",
    "read",
    "render",
    "Document",
    "Segment",
    "Sentence",
    "Field",
    "Item",
    "Summary",
    "SummarySection",
    "Violation",
    "__version__",
]
