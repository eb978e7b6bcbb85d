"""A PDF whose title field holds the title it prints on its first page reads that title once: as its title, not
again as the heading of its opening lines (a report's printed title in large type under the same title field, one
line or wrapped over two; or nearly the same, a colon apart). A printed line that only names part of the title
(the body issuing it) or adds to it (an edition) stays a heading of the title block."""
from __future__ import annotations

from reportbot.corpus.loaders import read_document

from tests.files import load, make_pdf

_BODY = [(10, "Prepared by the Team Office, Millbrook. Issued 20 January 2025."), (14, "1. Overview"),
         "The team answered 168 call-outs in 2024, up from 151 in 2023."]


def _report(title: str, printed: list[str]) -> bytes:
    return make_pdf([[*((20, x) for x in printed), *_BODY]], title=title, header=False)


def _headings(data: bytes) -> list[str]:
    return [x.lstrip("#").strip() for x in read_document(data, "r.pdf").splitlines() if x.startswith("#")]


def test_a_printed_title_the_title_field_holds_is_read_once():
    title = "Millbrook Rescue Team: 2024 Operations Report"
    data = _report(title, [title])
    assert _headings(data) == [title, "1. Overview"]
    doc = load(data, "r.pdf")
    assert doc.title == title
    opening = next(p for p in doc.body if "Prepared by the Team Office" in p.text)
    assert title not in opening.path  # (its context reads the title once: the document's)


def test_a_printed_title_wrapped_over_two_lines_or_a_colon_apart_is_read_once():
    title = "Millbrook Lifeboat Station Annual Review 2024"
    assert _headings(_report(title, ["Millbrook Lifeboat Station", "Annual Review 2024"])) == [title, "1. Overview"]
    near = _report("Millbrook Statistics Bulletin 2024", ["Millbrook: Statistics Bulletin 2024"])
    assert _headings(near) == ["Millbrook Statistics Bulletin 2024", "1. Overview"]


def test_a_printed_line_naming_part_of_the_title_or_more_stays_a_heading():
    org = _report("Millbrook First Aid Trust - Annual Report 2024", ["Millbrook First Aid Trust"])
    assert "Millbrook First Aid Trust" in _headings(org)[1:]
    edition = _report("Volunteer Handbook", ["Millbrook Relief Network", "Volunteer Handbook, 2026 Edition"])
    assert _headings(edition)[1:3] == ["Millbrook Relief Network", "Volunteer Handbook, 2026 Edition"]
