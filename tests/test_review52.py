"""Faults the review of round 52 found in that round's change, on made-up inputs (no question's words): a long plain
text's right-pushed lines read with work growing as the square of its lines, a closing told of lines pushed right
when it has no line left. Made-up texts in the documents' style: other names, places and numbers than any set's."""
from __future__ import annotations

from reportbot.corpus import pushed_right as pr
from reportbot.corpus.closing import closing_start


class _Counted(int):
    """An indentation that counts how often it is compared."""
    seen = 0

    def _cmp(self, other, op):
        _Counted.seen += 1
        return getattr(int(self), op)(int(other))

    def __lt__(self, other):
        return self._cmp(other, "__lt__")

    def __gt__(self, other):
        return self._cmp(other, "__gt__")

    def __le__(self, other):
        return self._cmp(other, "__le__")

    def __ge__(self, other):
        return self._cmp(other, "__ge__")


def test_a_long_texts_right_pushed_lines_are_read_in_work_linear_in_its_lines(monkeypatch):
    lines = [f"第{k}段，本会举办急救课程{k}期。" for k in range(3000)] + ["      溪口县红十字会", "      2029年5月6日"]
    text = "\n".join(lines)
    real = pr._indent
    monkeypatch.setattr(pr, "_indent", lambda line: _Counted(real(line)))
    _Counted.seen = 0
    parts = [x.strip() for x in lines]
    assert pr.pushed_right(text, parts) == frozenset({len(parts) - 2, len(parts) - 1})
    assert _Counted.seen < 10 * len(lines), _Counted.seen


def test_right_pushed_lines_on_odd_inputs():
    assert pr.pushed_right("", []) == frozenset()
    assert pr.pushed_right("   \n\u3000\n", []) == frozenset()
    assert pr.pushed_right("\r\n\r\n", []) == frozenset()
    assert pr.pushed_right("“", ["“"]) == frozenset()
    assert pr.pushed_right("正文。\r\n\t\t溪口县红十字会\r\n", ["正文。", "溪口县红十字会"]) == frozenset({1})
    # (a full-width space is two columns: a line set under two of them is deeper than one set under three spaces)
    assert pr.pushed_right("   正文。\n\u3000\u3000签名", ["正文。", "签名"]) == frozenset({1})


def test_contact_lines_under_a_heading_are_no_closing_however_they_are_set():
    # (a section of contact lines ends the text: they are its section's, whether or not they were pushed right)
    parts = ["溪口县红十字会开展夏季培训。", "五、联系方式", "联系人：周明", "电话：0571-8800 1234"]
    assert closing_start(parts) is None
    assert closing_start(parts, frozenset({2, 3})) is None
