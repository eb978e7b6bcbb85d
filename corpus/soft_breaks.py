"""Line breaks inside one paragraph (Word's soft break, Shift+Enter; an html ``<br>``): what they part.

A writer who sets a list's items as lines of one paragraph (``1. …；`` / ``2. …；`` / ``3. …。``) wrote a list: its
lines numbered one after another are read as its items (:func:`numbered_lines`), each found on its own, as a list
Word numbers is. Any other soft break inside a Word paragraph breaks a line, not a sentence (:func:`soft_joined`):
nothing after a full-width mark (``188人次，`` / ``转移群众…``), a space in Latin text; a line ending on a Chinese
character with none is a line of its own (``…会议上`` / ``会长　周建民``), parted by a field's full-width space; a
break before a numbered line is kept (a line break), for the list to be read."""
from __future__ import annotations

import re

# a line opening with a list's number: 1. 1、 1．(1) （1）
_NUMBER = re.compile(r"^\s*(?:(\d{1,2})[.、．]|[（(](\d{1,2})[）)])\s*\S")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’]")


def _number(line: str) -> int | None:
    found = _NUMBER.match(line)
    return int(found.group(1) or found.group(2)) if found else None


def numbered_lines(lines: list[str]) -> bool:
    """Whether a paragraph's lines (two or more) each open with a list's number, one after another (1., 2., 3.)."""
    numbers = [_number(x) for x in lines]
    return len(lines) >= 2 and None not in numbers and all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def soft_joined(text: str, line_break: str) -> str:
    """A Word paragraph's text with its soft breaks (``\\n`` in python-docx's text) read: ``line_break`` before a line
    that opens with a list's number, where the line before does too or the paragraph's first line is numbered;
    nothing between Chinese text's characters; a space in Latin text."""
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    out = lines[0]
    for line in lines[1:]:
        if _number(line) is not None and _number(lines[0]) is not None:
            out += line_break + line.lstrip()
        elif _CJK.match(out.rstrip()[-1:] or " ") and _CJK.match(line.lstrip()[:1] or " "):
            out = out.rstrip() + "\u3000" + line.lstrip()  # (a line of its own: a field's space parts it)
        elif _WIDE.match(out.rstrip()[-1:] or " ") or _WIDE.match(line.lstrip()[:1] or " "):
            out = out.rstrip() + line.lstrip()
        else:
            out = out.rstrip() + " " + line.lstrip()
    return out
