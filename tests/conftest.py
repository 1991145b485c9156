from __future__ import annotations

import json
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from summarizer import Summarizer
from summarizer.stages.classify import KeywordClassifier
from summarizer.stages.read import read
from summarizer.stages.segment import RuleSegmenter

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


class ChatHandler(BaseHTTPRequestHandler):
    """Base of the fake OpenAI-compatible endpoints: read a request, answer with JSON message content."""

    def request_body(self) -> dict:
        return json.loads(self.rfile.read(int(self.headers["Content-Length"])))

    def reply(self, content: dict) -> None:
        """A ``/chat/completions`` answer whose message content is ``content`` as JSON."""
        data = json.dumps({"choices": [{"message": {"content": json.dumps(content)}}]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


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
