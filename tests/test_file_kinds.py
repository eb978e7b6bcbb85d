"""Files that are not what their names say, or that cost more to read than any report: refused in words."""
from __future__ import annotations

import pytest
from reportbot.corpus.errors import DocumentTooLargeError, UnreadableFileError
from reportbot.corpus.limits import Limits, check_markup
from reportbot.corpus.loaders import read_document

from tests.files import docx_of, make_pdf


@pytest.mark.parametrize("name,data,kind", [
    ("brief.txt", make_pdf([["简报", "正文"]], header=False, font="STSong-Light"), "a PDF"),
    ("notes.md", docx_of(["简报", "正文"]), "a zip archive"),
    ("page.html", b"{\\rtf1\\ansi Report}", "rich-text"),
])
def test_a_file_of_another_kind_under_a_text_name_is_refused_naming_its_kind(name, data, kind):
    with pytest.raises(UnreadableFileError, match=kind):
        read_document(data, name)


def test_a_word_file_saved_with_a_password_is_refused_saying_so():
    # what Word writes for a password: an OLE container holding the encrypted zip as "EncryptedPackage"
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500) + "EncryptedPackage".encode("utf-16-le") + bytes(500)
    with pytest.raises(UnreadableFileError, match="protected by a password"):
        read_document(ole, "minutes.docx")
    with pytest.raises(UnreadableFileError, match="Word 97-2003"):
        read_document(ole[:8] + bytes(1000), "minutes.docx")


def test_a_page_of_too_many_elements_is_refused_before_it_is_parsed():
    page = "<html><body>" + "<p></p>" * 101 + "</body></html>"
    assert check_markup(page, Limits(markup_tags=103)) == page  # html, body and 101 paragraphs
    with pytest.raises(DocumentTooLargeError, match="html elements"):
        check_markup(page, Limits(markup_tags=102))
    assert check_markup("<p>a < b and 3<4</p>", Limits(markup_tags=1))  # a "<" in the text is no element


def _pdf_of_one_stream(compressed: bytes) -> bytes:
    """A one-page PDF whose page content is ``compressed`` (FlateDecode)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R"
            b" >> >> >>", b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(compressed) + compressed +
            b"\nendstream", b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref


def test_a_pdf_whose_page_inflates_to_a_hundred_megabytes_is_refused_as_a_bomb():
    import zlib

    z, chunk = zlib.compressobj(9), b" " * 2**20
    data = _pdf_of_one_stream(b"".join(z.compress(chunk) for _ in range(100)) + z.flush())  # 100 KB
    with pytest.raises(DocumentTooLargeError, match="zip bomb"):
        read_document(data, "bomb.pdf")


@pytest.mark.parametrize("data,reason", [
    (b"<html><body><p>Annual brief</p></body></html>", "it is no PDF"),
    (docx_of(["简报", "正文"]), "it is a zip archive"),
])
def test_another_kind_of_file_named_pdf_is_refused_saying_what_it_is(data, reason):
    with pytest.raises(UnreadableFileError, match=reason) as refused:
        read_document(data, "brief.pdf")
    assert "Error" not in str(refused.value)  # words, not the reader's exception class


def test_a_pdf_cut_off_is_refused_as_damaged_in_words():
    whole = make_pdf([["简报", "正文"]], header=False, font="STSong-Light")
    with pytest.raises(UnreadableFileError, match="damaged or cut off") as refused:
        read_document(whole[:40], "brief.pdf")
    assert "Error" not in str(refused.value)
