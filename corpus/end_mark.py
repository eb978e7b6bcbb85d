"""A press release's end mark (－完－, （完）, -ENDS-, ###): the release's text ends there.

What follows the mark (傳媒查詢：… and the press officer's name and numbers, Notes to editors' contact lines) says who
to ask, not what the last section says: read on as that section's text, a contact line was its last passage,
under its heading, and the mark itself a line of it. After the mark, the lines up to the next heading are the
document's closing, a passage of its own under no section (:mod:`.closing`); the marks go.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.corpus.blocks import Block


@dataclass(frozen=True)
class EndMark:
    """What follows a release's end mark; set by hand on made-up pages (tests/test_layout_press_release.py), not
    fitted."""

    # the closing after the mark is at most this many paragraphs (a media contact, a footer, a note or two); more,
    # and the mark is a rule between parts of a text
    closing_lines: int = 8


END_MARK = EndMark()

# the mark alone on its line: 完 or END between dashes or in brackets, three hashes, a reporter's -30-
_END_MARK = re.compile(r"[-－—–~～\s]*(?:完|終|终|ENDS?|End|Ends)[-－—–~～\s]*|[（(]\s*完\s*[）)]|#{3}|-30-")


def end_mark(text: str) -> bool:
    """Whether a line is a press release's end mark and nothing more."""
    return bool(_END_MARK.fullmatch(text.strip()))


def after_end_mark(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the text blocks after a release's end mark, up to the next heading, read as its closing, and
    the end marks left out; as they were where no end mark stands after the text, or nothing follows it."""
    at = next((i for i, b in enumerate(blocks) if b.kind == "text" and end_mark(b.text)
               and any(x.kind == "text" for x in blocks[:i])), None)
    if at is None or not any(b.kind == "text" and not end_mark(b.text) for b in blocks[at + 1:]):
        return blocks
    upto = next((k for k in range(at + 1, len(blocks)) if blocks[k].kind not in ("text", "closing", "page")),
                len(blocks))
    if sum(b.kind == "text" for b in blocks[at + 1:upto]) > END_MARK.closing_lines:
        return blocks  # (a mark between parts of a text, ``###`` as a rule, is no release's end)
    out = blocks[:at]
    closing = True
    for b in blocks[at + 1:]:
        closing = closing and b.kind in ("text", "closing", "page")
        if b.kind == "text" and end_mark(b.text):
            continue
        out.append(Block("closing", b.text) if closing and b.kind == "text" else b)
    return out
