"""A plain text's lines joined into paragraphs: lines a fixed-width export wrapped inside a paragraph, an item's
lines hanging under its number, words kept apart across a wrap (split from ``split.py``)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.corpus.bilingual import paired, paired_lines
from reportbot.corpus.line_marks import NOTE_MARK
from reportbot.corpus.own_date import revision_line
from reportbot.corpus.sentences import CLOSE as _CLOSE
from reportbot.corpus.sentences import END as _END
from reportbot.corpus.sentences import is_heading, opens_with_label
from reportbot.corpus.when_who import dated_entry

_LOWER_START = re.compile(r"[a-z]")
_SENTENCE_WORDS = 5  # a line of this many words is a sentence under way, not a heading (Background) or a label
_LATIN_END = re.compile(r"[A-Za-z,]$")
_ENDS = (*_END, *_CLOSE, ".", ":", "：")


@dataclass(frozen=True)
class PlainLayout:
    """How a plain text's line breaks are read: blank lines between paragraphs, or hard wraps at one width. Set by
    hand when plain-text splitting was written (the seed report, made-up texts in tests/test_corpus.py), not fitted;
    they shape the documents' texts, so the index manifest records them (``tunables``)."""

    long_line: int = 15          # lines longer than this many characters set the text's width,
    least_long_lines: int = 4    # when there are at least this many of them;
    width_rank: float = 0.9      # the width: the length this far up their lengths' order
    full_line: float = 0.8       # a line at least this share of the width that ends no sentence was wrapped
    wrapped_share: float = 0.3   # a text with at least this share of its long lines wrapped was hard-wrapped
    blank_share: float = 0.25    # blank lines at least this share of the other lines separate its paragraphs


PLAIN = PlainLayout()


def wrap_width(lines: list[str]) -> int | None:
    """The width a text's lines were hard-wrapped at, None for a text not hard-wrapped (its lines do not mostly
    stop at one width)."""
    long_lines = sorted(len(x) for x in lines if len(x) > PLAIN.long_line)
    if len(long_lines) < PLAIN.least_long_lines:
        return None
    width = long_lines[int(len(long_lines) * PLAIN.width_rank)]
    wrapped = sum(1 for x in lines if len(x) >= PLAIN.full_line * width and x[-1] not in _END + _CLOSE)
    # (the share is of its long lines: a text of long wrapped paragraphs among many short lines, headings and items
    # a line each, was hard-wrapped too; counted among all its lines, the short ones hid its wraps)
    return width if wrapped >= len(long_lines) * PLAIN.wrapped_share else None


def unwrap(lines: list[str], raw: list[str] | None = None, width: int | None | bool = True) -> list[str]:
    """Join lines that a PDF or fixed-width export broke inside a paragraph; a line indented under the first of
    its paragraph (a hanging indent: an item's wrapped lines) continues it, a numbered line starts anew
    (:func:`starts_numbered`). ``width``: the width the whole text was wrapped at (:func:`wrap_width` of all its lines,
    for a part of it), True to measure ``lines``."""
    indents = _indents(lines, raw)
    width = wrap_width(lines) if width is True else width
    if width is None:
        return _hung(lines, indents)
    out: list[str] = []
    prev = ""
    first = 0  # the indent of the current paragraph's first line
    for line, indent in zip(lines, indents):
        # (a labelled line after one is the next of a run of them, 时间：… 地点：… 列席：…, whatever its length)
        # (a revision line after a sentence's end, Last revised 9 March 2026., is the document's date: its own line)
        if out and not starts_numbered(line) and not (revision_line(line) and prev.endswith(_ENDS)) and (
                line[0] in _CLOSE + "，。、；：,.;:" or _hangs(out[-1], indent, first) or
                (len(prev) >= PLAIN.full_line * width and prev[-1] not in _END + _CLOSE
                 and not (opens_with_label(prev) and opens_with_label(line)))):
            out[-1] = out[-1] + _joiner(out[-1], line) + line
        else:
            out.append(line)
            first = indent
        prev = line
    return out


def _indents(lines: list[str], raw: list[str] | None) -> list[int]:
    """How far each line is indented in the file (0 for all where the raw lines are not given)."""
    if raw is None:
        return [0] * len(lines)
    return [len(x.expandtabs(4)) - len(x.expandtabs(4).lstrip()) for x in raw]


def _hangs(paragraph: str, indent: int, first: int) -> bool:
    """Whether a line indented ``indent`` hangs under a numbered paragraph whose first line is indented ``first``:
    further in, under no heading (一、总体情况 over an indented body is a heading over text, not an item wrapping)."""
    return indent > first and starts_numbered(paragraph) and not is_heading(paragraph, labels=False)


def _hung(lines: list[str], indents: list[int]) -> list[str]:
    """Lines of a text that is not hard-wrapped, but for those hanging under a numbered line (:func:`_hangs`)."""
    out: list[str] = []
    first = 0
    for line, indent in zip(lines, indents):
        if out and not starts_numbered(line) and _hangs(out[-1], indent, first):
            out[-1] = out[-1] + _joiner(out[-1], line) + line
        else:
            out.append(line)
            first = indent
    return out


# a line that opens with an item's or a section's number (1.2 …, 3. The …, （二）…, 三、…) starts a paragraph
_NUMBERED = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\s+(?=[A-Z\u4e00-\u9fff(（\"“])|\d{1,2}[.)]\s+[A-Z]|"
                       r"\d{1,2}\s+(?=[A-Z][A-Z'&-]+(?:\s+[A-Z][A-Z'&-]*)*\s*$)|"
                       r"[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]))")
# (a figure at a wrap, 12.5 percent, 8.45 pm, or 一、二季度, two numerals in a row, opens no item; a bare number
# before words all in capitals to the line's end, 1  BEFORE YOU DONATE, is an outline's top heading)


def starts_numbered(line: str) -> bool:
    """Whether a line opens with an item's or a section's number (1.2 …, 3. The …, （二）…, 三、…)."""
    return bool(_NUMBERED.match(line))


def _joiner(left: str, right: str) -> str:
    """What joins two parts of one sentence across a line break: a space between two printable ASCII characters
    (was | $1,486,000; Chiasson. | Carried), nothing in Chinese."""
    return " " if re.search(r"[\x21-\x7e]$", left) and re.match(r"[\x21-\x7e]", right) else ""


def unwrap_block(lines: list[str], raw: list[str] | None = None) -> list[str]:
    """A block's lines joined where a line only wrapped; a heading-like line (a label or contact line too:
    ``编制单位：…``, ``Tel: …``) and a chronicle's dated entry (:func:`.when_who.dated_entry`) stay lines of their
    own. (A numbered line goes on the block's paragraph: its items read together, 1.1 … 1.2 …, as a paragraph a
    blank line closes; apart they ranked worse on the tune halves.) A block of lines each followed by its translation
    is a paragraph a line (:mod:`.bilingual`)."""
    if paired(lines):
        return paired_lines(lines)
    out: list[str] = []
    # a chronicle's dated lines (1月8日　■…。 / 1月16日　■…。): each an entry of its own, found alone (a date opening a
    # line after a sentence's end, in a block with two such lines or more)
    chronicle = sum(map(dated_entry, lines)) >= 2
    # (so are notes a line each opening with a mark, 　■2024年…核定为…。 / 　▲…。, in a block of two such lines or more)
    notes = sum(map(marked_note, lines)) >= 2
    for line in lines:
        # (and a revision line after a sentence's end, Last revised 9 March 2026.: the document's date, no sentence's)
        if (chronicle and dated_entry(line) or notes and marked_note(line) or revision_line(line)) and out \
                and out[-1].endswith(_ENDS):
            out.append(line)
        # (a line going on in a small letter goes on a sentence a short line wrapped: no heading ends there; a
        # labelled line after a labelled paragraph is the next of their run, In attendance: … after Present: …)
        elif out and not is_heading(out[-1], labels=False) and not is_heading(line, labels=False) \
                and not _next_label(out[-1], line) or (out and line[0] in _CLOSE) \
                or (out and _goes_on(out[-1], line)):
            out[-1] = out[-1] + _joiner(out[-1], line) + line  # ?|A: …
        else:
            out.append(line)
    return out




def marked_note(line: str) -> bool:
    """Whether a line opens with a note's mark (■2024年应急救护普及培训核定为…, ▲…), as a notes section sets each of
    its notes."""
    return bool(NOTE_MARK.match(line))  # (.line_marks)


def _next_label(above: str, line: str) -> bool:
    """Whether ``line`` is the next of a run of labelled lines (Present: … / In attendance: …): both open with a label
    and the one above ends no sentence (a FAQ's ``Q: …?`` over its ``A: …`` reads as one paragraph)."""
    return opens_with_label(above) and opens_with_label(line) and not above.rstrip().endswith((*_END, "."))


def _goes_on(above: str, line: str) -> bool:
    """Whether ``line`` goes on the sentence a short line above wrapped: it opens in a small letter, the line above
    is a sentence under way (five words or more, no end mark) and ``line`` ends it or is as long (two short lines
    that end nothing are a list's: open mic from 19:00 / guest reading at 20:15)."""
    return bool(_LOWER_START.match(line)) and not above.endswith(_ENDS) and bool(_LATIN_END.search(above)) \
        and len(above.split()) >= _SENTENCE_WORDS and (line.endswith(_ENDS) or len(line) >= len(above))
