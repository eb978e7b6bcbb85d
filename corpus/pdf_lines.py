"""A PDF page's lines put back into paragraphs: hard line breaks undone (moved from ``loaders.py``).

A PDF's text layer breaks a paragraph at every line's end. A line that stops mid-sentence at full width runs on
into the next; a heading, a bullet or a numbered heading starts a paragraph of its own. Pure functions over
strings.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from reportbot.corpus.hyphenation import rejoined
from reportbot.corpus.pdf_lists import item_tails
from reportbot.corpus.pdf_pages import LAYOUT, ends_sentence, mid_clause
from reportbot.corpus.pdf_sizes import SIZES
from reportbot.corpus.pdf_spacing import SPACING, LineBox, Measure, continues, found_boxes

# Bullet glyphs a PDF or word processor leaves at the start of a list item, and control
# characters that fonts map bullets to ("\x7f Action").
BULLET = re.compile(r"^\s*[\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\u00b7\u25a0\u25a1\u27a2\u2713\uf0b7\uf0a7\uf076"
                    r"\uf0d8\uf0fc\x7f-]\s+")


def join_wrapped_lines(page: str, boxes: Sequence[LineBox] = (), document: Measure | None = None) -> str:
    """Undo a PDF's hard line breaks: join a line that stops mid-sentence at full width to the next.

    A line that stops after a clause mark (``，``, ``、``, ``,``) runs on whatever its width (ragged-right text);
    any other line well short of the page's widest line that does not end a sentence is a
    heading and stays on its own; a line that starts with closing punctuation
    (a closing quote landing at the start of a line) always joins the previous one;
    a line that starts with a bullet starts a paragraph of its own. Where the page's lines as drawn are known
    (``boxes``, and ``document``, how the whole document sets them), a full line that ends a sentence runs on when
    the layout says its paragraph goes on (the next line stands at the line spacing, or its first word would not
    have fitted: ``pdf_spacing``), and a full line that stops mid-sentence ends its paragraph when the layout parts
    it from the next (a gap or an indent; a line that stops after a clause mark runs on all the same).
    """
    from reportbot.corpus.contents import is_entry
    from reportbot.corpus.sentences import is_heading

    lines = [x.strip() for x in page.splitlines() if x.strip()]
    if not lines:
        return ""
    widths, fulls, wraps = column_widths(lines, boxes)
    goes_on = continues(lines, boxes, document) if boxes and document else [None] * len(lines)
    tails = item_tails(lines, boxes) if boxes else [False] * len(lines)  # a bulleted item's wrapped lines
    paragraphs: list[str] = []
    open_line = clause = False  # the last paragraph stopped mid-sentence at full width; after a clause mark
    full = False  # the last line ran to full width: a line in lower case after it continues it (after "Ltd.")
    after_entry = False  # the last line was a table of contents' entry
    for i, line in enumerate(lines):
        width = widths[i]
        bullet = bool(BULLET.match(line)) and not tails[i]
        # a short heading-like line before a list ("Attendees") starts a paragraph, however the last line ended;
        # so does a short numbered heading ("1. Call to Order", "三、研发投入") after a line that ran on
        short = len(line) < LAYOUT.short_heading * width and is_heading(line)
        label = short and i + 1 < len(lines) and bool(BULLET.match(lines[i + 1]))
        # and a numbered line of any length after a sentence's or a lead-in's end (a list's item, not a wrapped line)
        numbered = bool(_NUMBERED.match(line)) and (short or bool(paragraphs) and paragraphs[-1][-1:] in _CLOSED)
        # a hanging item number alone on its line ("2.", "(2)": pdf_lists puts it with its item's text) joins
        # nothing, whatever the line before ends with (…全县累计突破890台； / 2.)
        numbered = numbered or bool(_HANGING.fullmatch(line))
        # a footnote's number set apart from its text by a gap (1  Incidents include …) after a sentence's end: each
        # footnote at a page's foot opens a paragraph of its own, however wide the one before ran
        numbered = numbered or bool(_FOOTNOTE.match(line)) and bool(paragraphs) and paragraphs[-1][-1:] in _CLOSED
        # a table of contents' entry (一、党建引领 ……… 2) is a line of its own, however wide: no wrapped line
        entry = is_entry(line)
        # (a bulleted item's wrapped line goes on it whatever it looks like: pdf_lists.item_tails)
        joined = bool(paragraphs) and (tails[i] or not bullet and not label and not numbered and not entry
                                       and not after_entry and _runs_on(line, clause, open_line, full, goes_on[i],
                                                                        wraps[i]))
        if joined:  # (a word the line's end broke with a hyphen, read whole: .hyphenation)
            paragraphs[-1] = rejoined(paragraphs[-1], line) or paragraphs[-1] + joiner(paragraphs[-1], line) + line
        else:
            paragraphs.append(line)
        full = len(line) >= LAYOUT.full_line * width if fulls[i] is None else fulls[i]
        # a line of Chinese prose (it holds a clause mark) that went on a sentence and stops inside it, however
        # short, is no heading: it runs on (覆盖率达92.6%，其余7个县（市、区） / 红十字会明确由…); a byline does not
        # (… ■ 陈立群)
        prose = joined and bool(_CHINESE_END.search(line)) and bool(_CLAUSE_MARK.search(line))
        open_line = not ends_sentence(line) and (full or prose)
        clause = mid_clause(line)  # runs on over any gap: a ragged page sets each clause as a line of its own
        after_entry = entry
    return "\n\n".join(paragraphs)


def _runs_on(line: str, clause: bool, open_line: bool, full: bool, goes_on: bool | None, wraps: bool) -> bool:
    """Whether ``line`` goes on the paragraph before: that one stopped after a clause mark, or mid-sentence at full
    width (unless the layout parts them), or the line opens with closing punctuation, or after a full line it is in
    lower case or the layout says it goes on."""
    return clause or (open_line and goes_on is not False) or line[0] in "”’」』），。、；：,.;:" \
        or (full and (line[0].islower() or goes_on is True or wraps and goes_on is not False))


def column_widths(lines: Sequence[str], boxes: Sequence[LineBox] = ()) \
        -> tuple[list[int], list[bool | None], list[bool]]:
    """The width, in characters, each of a page's ``lines`` is measured against: the widest line on the page, or
    on a page set in two columns (``pdf_columns``) the widest of its own column's lines (a column's full line is
    about half the page's title); whether a column's line runs to its column's right edge, as drawn (None for
    a line of a page in one column: its characters tell, as they always did); and whether a line goes on the
    paragraph of a column's line before it, its first word too wide for the room that line left before its
    column's edge (``pdf_spacing.continues`` reads a page in one column so, against the page's edge: a column's
    paragraph broke after a full line ending a sentence, …17 min 05 s. / Ramping at…). The line may stand under it
    in its column or head the next column in the same size (a paragraph running on from a column's foot)."""
    page = max(len(x) for x in lines)
    found = found_boxes(lines, boxes) if boxes else [None] * len(lines)
    columns = [b.column if b is not None else 0 for b in found]
    widest = {c: max(len(x) for x, k in zip(lines, columns, strict=True) if k == c) for c in set(columns) if c}
    edge = {c: _upper_quarter([b.end for b in boxes if b.column == c]) for c in widest}
    full: list[bool | None] = []
    wraps = [False]
    for b, after in zip(found, [*found[1:], None], strict=True):
        if after is not None and b is not None and b.column and after.lead > b.size and (
                after.column == b.column
                or after.column == b.column + 1 and abs(after.size - b.size) <= SIZES.same_size):
            wraps.append(b.end + 0.25 * b.size + after.lead > edge[b.column] + SPACING.edge_slack * b.size)
        else:
            wraps.append(False)
        if b is None or not b.column:
            full.append(None)
            continue
        # full when the next line's first word would not have fitted in the room left (a ragged line stops short
        # of a long word; as pdf_spacing.continues reads a page in one column), or it ends within two characters
        # of the edge (a Chinese line's next character always fits after a short one)
        word = after.lead if after is not None and after.column == b.column and after.lead else _COLUMN_SLACK * b.size
        full.append(b.end + max(word + 0.25 * b.size, _COLUMN_SLACK * b.size) >= edge[b.column])
    return [widest.get(c, page) for c in columns], full, wraps[:len(lines)]


_COLUMN_SLACK = 2.0  # font sizes: a column's line ending this near its column's edge is full


def _upper_quarter(ends: list[float]) -> float:
    """Where a column's lines end, read robustly: most of its lines are full, and a line's end is read from its
    font's widths, one now and then too far (the widest would set the edge past most full lines)."""
    ends = sorted(ends)
    return ends[(3 * len(ends)) // 4] if ends else 0.0


_CHINESE_END = re.compile(r"[\u4e00-\u9fff][”」』）)]*$")
_CLAUSE_MARK = re.compile(r"[，、；。]")
_CLOSED = tuple("。！？!?.:：；;")
_FOOTNOTE = re.compile(r"\d{1,2}(?: {2,}|\t)\S")
_HANGING = re.compile(r"\d{1,2}[.)]|[（(]\d{1,2}[）)]")
# (an item opening with a date or a count, 2. 11月底前…, sets its figure apart from its number by a space: a decimal,
# 2.11, has none)
_NUMBERED = re.compile(r"\d{1,2}\.(?:\s*[A-Z\u4e00-\u9fff]|\s+\d{1,4}[\u4e00-\u9fff])|[一二三四五六七八九十]{1,3}、"
                       r"|（[一二三四五六七八九十]{1,3}）")


def joiner(before: str, after: str) -> str:
    """A space between two pieces of one line of Latin text; nothing inside Chinese, a figure of a Chinese sentence
    broken over two lines included (较20 | 22年, 达2 | .1万台: a digit or a figure's point, percent sign or comma
    either side of the break, and a Chinese character next to the figure on one side)."""
    if not (_latin_side(before[-1:]) and _latin_side(after[:1])):
        return ""
    # (the end of ``before`` only: it is the paragraph so far, and searching all of it made a long one quadratic)
    head, tail = _FIGURE_END.search(before[-_FIGURE_CHARS:]), _FIGURE_START.match(after)
    if head and tail and (head.group(1) or tail.group(1)):
        return ""
    # (nor inside a Latin word a Chinese line broke, set close between Chinese characters: 每10万人口AE | D配置数)
    if _WORD_END.search(before[-_FIGURE_CHARS:]) and _WORD_START.match(after):
        return ""
    return " "


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def _latin_side(char: str) -> bool:
    """Whether a character by a line break is one of Latin text, which a space parts from the next word: ASCII, or a
    letter, currency sign or quotation mark of Latin text (was | £110,050, café | next, teams’ | tent), but for a
    dash that joins a range (2023– | 24) and the characters of Chinese text and its full-width marks."""
    return bool(char) and (char.isascii() or not re.match(rf"[{_CJK}\u2e80-\u33ff\ufe30-\ufe4f\uff00-\uffef"
                                                         r"\u2010-\u2015\u2026]", char))
# the figure a line ends with (and the Chinese character before it), and the rest of it the next line starts with
# (and the Chinese character after it)
_FIGURE_CHARS = 40  # longer than any figure a line ends with
_FIGURE_END = re.compile(rf"([{_CJK}])?[\d.,%]*\d[.,]?$")
_WORD_END = re.compile(rf"[{_CJK}][A-Za-z]+$")
_WORD_START = re.compile(rf"[A-Za-z]+[{_CJK}]")
_FIGURE_START = re.compile(rf"[.,]?\d[\d.,%]*([{_CJK}])?|%([{_CJK}])?")
