from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import Summarizer
from summarizer.classify import KeywordClassifier
from summarizer.read import read
from summarizer.segment import RuleSegmenter

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
VUM02 = SEEDS / "vum02-announcement.zh.txt"
NORTHLAKE = SEEDS / "northlake-ind-clearance.en.txt"
REGISTRATION = SEEDS / "shili-registration.zh.txt"
SHARED_FILINGS = ROOT.parent / "shared" / "filings" / "en"


@pytest.fixture(scope="session")
def summarizer() -> Summarizer:
    return Summarizer()


@pytest.fixture(scope="session")
def vum02_doc():
    return KeywordClassifier()(RuleSegmenter()(read(VUM02)))


@pytest.fixture(scope="session")
def vum02(summarizer):
    return summarizer(VUM02)


@pytest.fixture(scope="session")
def northlake(summarizer):
    return summarizer(NORTHLAKE)
