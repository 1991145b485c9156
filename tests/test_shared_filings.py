"""The real English press releases in ../shared/filings/en (skipped where that folder is absent)."""

from __future__ import annotations

import re

import pytest

from summarizer.stages.translate import has_cjk

from .conftest import SHARED_FILINGS

FILES = sorted(SHARED_FILINGS.glob("*.md")) if SHARED_FILINGS.is_dir() else []
BOILERPLATE = re.compile(r"forward-looking statement|safe harbor|appeared first on|undertakes no obligation|sms alerts", re.I)

pytestmark = pytest.mark.skipif(not FILES, reason="../shared/filings/en is not present")


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_real_press_release_summarises_cleanly(summarizer, path):
    summary = summarizer(path)
    text = summary.to_text("en")
    assert summary.core_viewpoint.en
    assert not BOILERPLATE.search(text)
    assert not has_cjk(text)
    assert summary.violations == ()
