from __future__ import annotations

import pytest

from summarizer.errors import (
    BinaryInputError,
    DocumentTooLargeError,
    EmptyDocumentError,
    EncodingError,
    ReadError,
)
from summarizer.stages.read import TextReader, decode, html_to_text, read

from .conftest import VUM02

ZH = "近日，公司收到国家药品监督管理局核准签发的《药物临床试验批准通知书》，同意本品开展临床试验。"
TRAD = "近日，本公司收到國家藥品監督管理局核准簽發的《藥物臨床試驗批准通知書》，同意本品開展臨床試驗。"


def test_read_path_text_and_bytes_agree():
    from_path = read(VUM02)
    from_text = read(VUM02.read_text(encoding="utf-8"), doc_id="x")
    from_bytes = read(VUM02.read_bytes(), doc_id="x")
    assert from_path.text == from_text.text == from_bytes.text
    assert from_path.id == "vum02-announcement.zh"
    assert from_path.source == str(VUM02)
    assert from_path.lang == "zh"
    assert from_path.title == "中源协和细胞基因工程股份有限公司关于全资子公司获得药物临床试验批准通知书的公告"


@pytest.mark.parametrize("encoding", ["gbk", "gb18030", "utf-8"])
def test_read_detects_simplified_encodings(encoding):
    doc = read(ZH.encode(encoding))
    assert doc.text == ZH
    assert doc.script == "simplified"


def test_read_detects_big5_and_keeps_traditional_text_with_simplified_view():
    doc = read(TRAD.encode("big5"))
    assert doc.encoding == "big5"
    assert doc.text == TRAD  # what citations show
    assert doc.script == "traditional"
    assert doc.match_text is not None and len(doc.match_text) == len(doc.text)
    assert "国家药品监督管理局" in doc.match_text


def test_decode_prefers_plausible_reading_when_both_decode():
    # this GBK text also decodes as Big5, into nonsense
    data = ZH.encode("gbk")
    text, encoding = decode(data)
    assert encoding == "gb18030" and text == ZH


@pytest.mark.parametrize(
    "data, error",
    [
        (b"", EmptyDocumentError),
        (b"   \n\n  ", EmptyDocumentError),
        (b"\x00\x01\x02\x03PK\x03\x04" * 20, BinaryInputError),
        (bytes([0xFF, 0xFE, 0xFD]) * 50 + b"\x81", EncodingError),
    ],
)
def test_read_bad_input_raises_coded_error_naming_document(data, error):
    with pytest.raises(error) as info:
        TextReader().read(data, doc_id="filing-42")
    assert "filing-42" in str(info.value)
    assert str(info.value).startswith(f"[{error.code}]")


def test_read_rejects_huge_input():
    with pytest.raises(DocumentTooLargeError):
        TextReader(max_chars=100).read("公司" * 200)


def test_read_explicit_encoding_error_is_clear():
    with pytest.raises(EncodingError, match="cannot decode as ascii"):
        TextReader(encoding="ascii").read(ZH.encode("utf-8"))


def test_html_tables_become_field_lines():
    markup = (
        "<html><head><style>p{}</style></head><body><p>近日，公司收到通知书。</p>"
        "<table><tr><td>药品名称</td><td>VUM02注射液</td></tr><tr><td>受理号</td><td>CXSL2500651</td></tr>"
        "</table><script>var x=1;</script></body></html>"
    )
    text = html_to_text(markup)
    assert text.split("\n\n") == ["近日，公司收到通知书。", "药品名称：VUM02注射液", "受理号：CXSL2500651"]
    doc = read(markup)
    assert "var x" not in doc.text and doc.lang == "zh"


def _pdf(lines: list[str] | list[list[str]]) -> bytes:
    """A minimal valid PDF with Helvetica text lines; a list of lists makes one page per list."""
    pages = lines if lines and isinstance(lines[0], list) else [lines]
    n = len(pages)
    font = 3 + 2 * n
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [" + " ".join(f"{3 + 2 * i} 0 R" for i in range(n)) + f"] /Count {n} >>",
    ]
    for i, page in enumerate(pages):
        stream = "BT /F1 12 Tf 72 720 Td 14 TL " + " ".join(f"({line}) '" for line in page) + " ET"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {4 + 2 * i} 0 R "
                       f"/Resources << /Font << /F1 {font} 0 R >> >> >>")
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = "%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n"
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def test_read_pdf_text_layer():
    pytest.importorskip("pdfplumber")
    doc = read(_pdf(["Acme Bio announced FDA clearance of its IND for AB-101.", "The Phase 1 trial starts in 2026."]))
    assert doc.encoding == "pdf"
    assert "AB-101" in doc.text and "Phase 1" in doc.text


def test_read_pdf_drops_running_headers_footers_and_page_numbers():
    pytest.importorskip("pdfplumber")
    body = [["Acme Bio announced FDA clearance of its IND for AB-101."], ["The Phase 1 trial will enroll 40 patients."],
            ["Enrollment is expected to start in 2026."], ["About Acme Bio: a biotechnology company."]]
    pages = [["ACME BIO PRESS RELEASE", *lines, f"- {i + 1} -"] for i, lines in enumerate(body)]
    doc = read(_pdf(pages))
    assert "PRESS RELEASE" not in doc.text
    assert not any(line.strip().startswith("- ") for line in doc.text.splitlines())
    assert all(lines[0] in doc.text for lines in body)


def test_read_malformed_pdf_raises_read_error():
    pytest.importorskip("pdfplumber")
    with pytest.raises(ReadError, match="malformed PDF|no text layer"):
        TextReader().read(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage", doc_id="broken.pdf")


def test_encoding_choice_uses_the_shipped_hanzi_table_without_jieba():
    import subprocess
    import sys

    from summarizer.resources import models_dir
    from summarizer.stages.read import COMMON_HANZI, rank_common_hanzi

    assert (models_dir() / COMMON_HANZI).read_text(encoding="utf-8").strip() == rank_common_hanzi()
    code = ("import sys; from summarizer.stages.read import decode; "
            "text, enc = decode('公司收到国家药品监督管理局的通知书'.encode('gbk')); "
            "print(enc, 'jieba' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["gb18030", "False"]
