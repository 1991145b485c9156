from __future__ import annotations

import threading
from contextlib import contextmanager
from http.server import ThreadingHTTPServer
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


@contextmanager
def local_server(handler):
    """Serve ``handler`` on a free loopback port; yields an OpenAI-style base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()
