"""A PDF's lines that belong together though the layout broke them: a sentence that runs on over a page break, a title
set in a large font that wraps onto a second line.

pypdf gives each page's text alone. A sentence cut by a page break ("… and 52 tonnes of rice. A total of" | "1,140
volunteers were deployed …") became two passages on two pages, neither of which says the whole sentence. A title
too long for one line of its large font ("2023 Flood Relief and Early Recovery Programme, Baoding Municipal Red" |
"Cross Society (Hebei Province, China)") became two headings, the second a heading path of its own.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.corpus.blocks import Block

SENTENCE_END = tuple("。！？!?…：:”」』）).")
# a closing quote or bracket ends a sentence only after a sentence's own end (…。” but not 迈入“三地协同”)
_CLOSING = tuple("”」』）)")
_ENDS = tuple("。！？!?….")


# a clause mark ends no paragraph: a line that stops on one runs on, however short (a report set ragged-right,
# its lines broken after each clause: 开展警示教育活动23场， / 推动驻省卫生健康委…); nor does a Chinese sentence
# begun after another ended on the same line (受益群众42万人次。省红十字（连云港） / 海上救援队…获评…): no heading
# holds a full stop
_CLAUSE = tuple("，、,")
_BEGUN = re.compile(r"[。！？；][\u4e00-\u9fff“（][^。！？；]*$")


def mid_clause(line: str) -> bool:
    """Whether a line stops after a clause mark, or inside a Chinese sentence it began after a full stop: that
    sentence goes on on the next line, whatever the line's width."""
    line = line.rstrip()
    return line.endswith(_CLAUSE) or (not ends_sentence(line) and bool(_BEGUN.search(line)))


def ends_sentence(line: str) -> bool:
    """Whether a line ends a sentence (or a label: ``Attendees:``)."""
    line = line.rstrip()
    if line.endswith(_CLOSING):
        return line[:-1].rstrip("”」』）)").endswith(_ENDS) or len(line) < 2
    return line.endswith(SENTENCE_END)


@dataclass(frozen=True)
class PdfLayout:
    """How a PDF page's line lengths are read (here and in ``pdf_lines``). Set by hand when each rule was written, on
    the PDFs of ``bench/library`` and made-up pages (``tests/test_pdf_pages.py``); they
    shape the documents' texts, so the index manifest records them (``tunables``)."""

    # a line at least this share of the page's widest line is full: the text went on past it
    full_line: float = 0.75
    # a heading line at least this share of the widest line and this many columns (a Chinese character takes two),
    # followed by a shorter heading line, wrapped onto it: a short heading over a shorter one ("Minutes of the Board
    # Meeting" over "Attendees") is two headings
    wrapped_heading: float = 0.6
    wrapped_columns: int = 50
    # a heading-like line shorter than this share of the widest line ("Attendees", "1. Call to Order") starts a
    # paragraph of its own before a list or after a line that ran on (pdf_lines.join_wrapped_lines)
    short_heading: float = 0.6


LAYOUT = PdfLayout()


def runs_on(lines: list[str]) -> bool:
    """Whether the last of a page's lines stops mid-sentence at full width, or after a clause mark: its sentence goes
    on on the next page; a table of contents' entry (``六、工作安排 …… 4``) ends its line, however wide."""
    from reportbot.corpus.contents import is_entry

    lines = [x.strip() for x in lines if x.strip()]
    if not lines or is_entry(lines[-1]):
        return False
    width = max(len(x) for x in lines)
    return mid_clause(lines[-1]) or (not ends_sentence(lines[-1]) and len(lines[-1]) >= LAYOUT.full_line * width)


def wrapped_heading(previous: str, line: str, width: int) -> bool:
    """Whether ``line`` is the rest of the heading ``previous``, wrapped: both read as headings (``is_heading``),
    ``previous`` is long and runs to most of the width of its lines, and ``line`` is shorter."""
    from reportbot.corpus.sentences import is_heading

    return (len(previous) >= LAYOUT.wrapped_heading * width and _columns(previous) >= LAYOUT.wrapped_columns
            and len(line) < len(previous) and is_heading(previous) and is_heading(line))


def _columns(text: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in text)


def join_across_pages(blocks: list[Block], running_on: set[int]) -> list[Block]:
    """Blocks with the paragraph that opens page N joined to the one that closes page N-1 when N-1 is in
    ``running_on`` (its last line ran on) and both are text; the joined paragraph stays on the page it starts on."""
    out: list[Block] = []
    for i, b in enumerate(blocks):
        after_break = i >= 2 and blocks[i - 1].kind == "page" and blocks[i - 1].level - 1 in running_on
        if after_break and b.kind == "text" and out[-2].kind == "text" and out[-1].kind == "page":
            last = out[-2]
            joiner = " " if last.text[-1:].isascii() and b.text[:1].isascii() else ""
            out[-2] = Block("text", last.text + joiner + b.text, last.level, last.rows)
            continue
        out.append(b)
    return out
