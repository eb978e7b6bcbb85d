"""Review of round 46: a deadline's label is no document date, a contact line is no signature, and the loaders'
new patterns read a long line in linear time. Made-up texts in the documents' style."""
from __future__ import annotations

import time

from tests.files import load

_CALL_OUT = """# Volunteer Lifeguard Call-out

Harbourside First Aid Society, 3 March 2025

Closing date: 30 June 2025

## Who can apply

Anyone over 16 who holds a current pool lifeguard award may apply.
"""


def test_a_deadlines_label_is_no_date_of_the_document():
    # "Closing date:" names the day applications close, not the day the notice was issued
    assert load(_CALL_OUT.encode(), "callout.md").date == "3 March 2025"


def test_a_bare_date_label_still_gives_the_documents_date():
    text = _CALL_OUT.replace("Harbourside First Aid Society, 3 March 2025", "Date: 3 March 2025")
    assert load(text.encode(), "callout.md").date == "3 March 2025"


def test_a_contact_line_is_no_signature():
    from reportbot.corpus.when_who import signed_for

    assert not signed_for("For more information: Jane Smith, Volunteer Coordinator")
    assert not signed_for("For enquiries: Tom Reyes, Branch Secretary")
    assert signed_for("Signed on behalf of the trustees: Dr Ruth Kinvig, Chair, 12 September 2025")
    assert signed_for("For the Kestrel Bay Trust: Marian Okafor Reyes, Chief Executive")


def _quick(f, *args) -> float:
    t0 = time.perf_counter()
    f(*args)
    return time.perf_counter() - t0


def test_a_long_first_line_of_a_one_page_pdf_is_read_in_linear_time():
    from reportbot.corpus.pdf_furniture import without_lone_page_number

    assert _quick(without_lone_page_number, ["x" * 5000, "正文"], 1) < 0.3
    header = "白河市红十字会 · 2025年上半年工作通报 · 第1页"
    assert without_lone_page_number([header, "正文"], 1) == ["正文"]  # (the running header still goes)


def test_a_long_footer_line_is_read_in_linear_time():
    from reportbot.corpus.docx_header import footer_lines

    assert _quick(footer_lines, ["-" * 5000 + " x"], set()) < 0.3
    assert footer_lines(["白河市红十字会办公室 - Page"], set()) == ["白河市红十字会办公室"]
