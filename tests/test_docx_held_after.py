"""A Word FAQ whose answer cell holds a table of fees and a line after it (set 44's Shantou FAQ, set-49): the held
table is read after the FAQ's table under its question and lead-in (lead-48), but the answer's text after it
(团体须满25人，提前两周预约。) was read only in the FAQ table's row, its own row a long one, so the passage of the fees
said nothing of the condition the answer puts on them. The cell's text after a held table is read after it, with its
question and lead-in, as the cell reads. Made-up FAQ."""
from __future__ import annotations

from tests.files import load
from tests.test_docx_set44 import _faq_with_a_fee_table


def test_an_answers_text_after_its_held_table_is_read_with_the_table():
    doc = load(_faq_with_a_fee_table(), "faq.docx")
    fees = next(p for p in doc.body if "每人150元" in p.text and p.kind == "table")
    assert "团体须满25人" in fees.text and "单位团体培训怎么收费" in fees.text

