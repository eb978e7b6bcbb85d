"""A boxed panel of key figures on a PDF page: each label over its figure read as one line, ``label: figure``.

A newsletter sets its key figures in a box: a title, then a label (``Events covered``) over or beside a larger
figure (``64``), four or six times. The text layer gives each label and each figure a line of its own, so the
labels read as headings and each figure as a paragraph of its own: no passage said what the 64 counted. Read as a
table's rows are (``label: value``), the panel is one paragraph whose first line is its title. Pure functions
over a page's lines.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportbot.corpus.blocks import LINE_BREAK, Block
from reportbot.corpus.pdf_pages import ends_sentence
from reportbot.corpus.pdf_pieces import squash
from reportbot.corpus.pdf_spacing import LineBox
from reportbot.corpus.sentences import is_heading

# a line that is only a figure: a number (a currency before it, a sign of about or more), with a percent sign or a
# unit of a word or two (11,480 hours, 2.5 million, NZ$18,200, 95%, 1,200人, 38万元) after it
_FIGURE = re.compile(r"(?:[A-Z]{0,3}[$€£¥]\s?)?[~≈+]?\d[\d,]*(?:\.\d+)?\+?"
                     r"(?:\s?%|\s?[A-Za-z]{1,12}(?: [A-Za-z]{1,12})?|\s?[\u4e00-\u9fff]{1,3})?")

_LEADER = re.compile(r"\s*[.·…_]{3,}\s*$")

# a tile's figure may say it roughly or as a range: a word of about before it (just under 400, about 6,300, 约1,460台)
# or two figures of at most three digits and a unit (3-5 min, 15-20 minutes, 2—3名); a bare range (2019-20, a
# season's years) stays a label
_ABOUT = re.compile(r"(?:(?:just |well )?(?:under|over|about|around|nearly|almost|roughly|approximately)|"
                    r"more than|less than|up to|~|≈|约|近|超过|逾)\s?", re.I)
_RANGE = re.compile(r"\d{1,3}(?:\.\d+)?\s?[-–—~至到]\s?\d{1,3}(?:\.\d+)?"
                    r"\s?(?:%|[A-Za-z]{1,12}(?: [A-Za-z]{1,12})?|[\u4e00-\u9fff]{1,3})")


@dataclass(frozen=True)
class PanelLayout:
    """What makes a run of lines a panel of key figures; set by hand on the key-figures box of
    ``bench/library/docs27`` and the made-up pages of ``tests/test_pdf_panels.py``, not fitted; they shape the
    documents' texts, so the index manifest records them (``tunables``)."""

    # at least this many labels, each directly over its figure, one after another (one is a title over a year)
    least_pairs: int = 2
    # a label is a short line: at most this many characters
    label_chars: int = 60
    # a label and its value drawn on one baseline are parted by this many font sizes or more (a tab stop, a value
    # set flush right), or by leader dots
    tab: float = 2.0
    # a bar chart's value labels over its categories, or a page's key-figure tiles (a large figure over its label):
    # at least this many, each category or label this short (set 40's tile labels run to 27 characters:
    # ``typical IRB launch-to-scene``)
    chart_pairs: int = 3
    bar_label_chars: int = 30


PANELS = PanelLayout()


def figure_only(line: str) -> bool:
    """Whether a line is only a figure, with or without its unit (``64``, ``11,480``, ``NZ$18,200``, ``95%``)."""
    return _FIGURE.fullmatch(line.strip()) is not None


def tile_figure(line: str) -> bool:
    """Whether a line is a figure as a tile or a chart states it: :func:`figure_only`, or a figure said roughly
    (``just under 400``, ``about 6,300``) or as a range with its unit (``3-5 min``); a season's years (``2019-20``)
    are none."""
    line = line.strip()
    rest = line[m.end():] if (m := _ABOUT.match(line)) else line
    return figure_only(line) or bool(rest) and (figure_only(rest) or _RANGE.fullmatch(rest) is not None)


def _bare(line: str) -> str:
    """A label without its colon or its leader dots (``Refresher course ........``)."""
    return _LEADER.sub("", line.strip()).rstrip(":：").strip()


def _label(line: str, layout: PanelLayout) -> bool:
    line = _bare(line)
    return len(line) <= layout.label_chars and is_heading(line) and not figure_only(line)


# a figure alone, no word after it (48.3, 1,380, 95%, $612,000): a chart's value, never its category's name
_BARE_FIGURE = re.compile(r"(?:[A-Z]{0,3}[$€£¥]\s?)?[~≈+]?\d[\d,]*(?:\.\d+)?\+?\s?%?")


def _figure_led_label(line: str, after: str, layout: PanelLayout) -> bool:
    """Whether ``line``, standing where a panel's next label stands (after its pairs), is a label opening with a
    figure (``2RBC``, ``2nd Avenue``: a figure's shape, a word glued to it) over its value, a bare figure: it pairs
    with that value as any label does (it had been left out of the panel, ``2RBC 1.38`` read as one word)."""
    bare = _bare(line)
    return figure_only(bare) and _BARE_FIGURE.fullmatch(bare) is None and len(bare) <= layout.label_chars \
        and _BARE_FIGURE.fullmatch(after.strip()) is not None


def on_one_baseline(lines: Sequence[str], boxes: Sequence[LineBox], layout: PanelLayout = PANELS) -> set[int]:
    """The ``i`` whose line and the next were drawn on one baseline, far apart (``boxes``, the page's lines as drawn):
    a label and its value, a price list's item and its price, which the text layer gives as two lines."""
    apart = {b.key for b in boxes if b.parts > 1 and b.gap >= layout.tab * b.size}
    joined = {b.key for b in boxes if b.parts > 1}
    return {i for i in range(len(lines) - 1)
            if (key := squash(lines[i]) + squash(lines[i + 1])) in apart
            or key in joined and _LEADER.search(lines[i])}


def key_figures(lines: Sequence[str], layout: PanelLayout = PANELS,
                paired: set[int] | frozenset[int] = frozenset()) -> list[Block | list[str]]:
    """A page's prose ``lines`` in order, as runs of lines (lists) and panels of key figures (:func:`panel`, under
    the short line over its first label, after a sentence's end, as its title). A panel is ``least_pairs`` labels or
    more, each directly over a line that is only a figure or beside its value on one baseline (``paired``:
    :func:`on_one_baseline`, a price list's lines); a figure line just before the first label, or a label left over
    after the last figure with no title over the first label (a figure set over its label: ``Key figures`` / ``64``
    / ``Events covered`` / … / ``New volunteers``), leaves the lines as they are, since which label each figure
    belongs to is then unknown."""
    out: list[Block | list[str]] = []
    run: list[str] = []
    i = 0
    while i < len(lines):
        if (k := _figures_over_labels(lines, i, layout)) > i:  # a chart's bars: each figure over its label
            head = [run.pop().strip()] if run and is_heading(run[-1].strip()) else []
            out.extend([run] if run else [])
            run = []
            bars = [(lines[m + 1].strip(), lines[m].strip()) for m in range(i, k, 2)]
            out.append(panel(head[0] if head else "", bars))
            i = k
            continue
        j = i
        while j + 1 < len(lines) and (_label(lines[j], layout) and (figure_only(lines[j + 1]) or j in paired)
                                      or j > i and _figure_led_label(lines[j], lines[j + 1], layout)):
            j += 2
        pairs = (j - i) // 2
        # a figure over its label looks the same, from the panel's title on, but for its last label left over
        titled = i > 0 and _label(lines[i - 1], layout)
        dangling = j < len(lines) and _label(lines[j], layout) and not titled
        if pairs < layout.least_pairs or (i and figure_only(lines[i - 1])) or dangling:
            run.append(lines[i])
            i += 1
            continue
        head: list[str] = []
        # the panel's title: a short line over its first label, after a sentence's end (not a wrapped line's end)
        if run and is_heading(run[-1].strip()) and (len(run) < 2 or ends_sentence(run[-2].strip())):
            head = [run.pop().strip()]
        if run:
            out.append(run)
        run = []
        out.append(panel(head[0] if head else "", [(_bare(lines[k]), lines[k + 1].strip()) for k in range(i, j, 2)]))
        i = j
    if run:
        out.append(run)
    return out


def _figures_over_labels(lines: Sequence[str], i: int, layout: PanelLayout) -> int:
    """Where a run from ``i`` of ``chart_pairs`` or more figures, each over a short label that is no figure, ends
    (``8.4k`` / ``2019-20`` / ``9.7k`` / ``2020-21`` …: a bar chart's value labels over its categories), as the text
    layer gives them; ``i`` where there is none. Opening with a figure and ending with a label, the run pairs each
    figure with the label under it; a figure after the last label, or a label before the first figure, leaves the
    lines as they are (which pairs with which is then unknown)."""
    j = i
    while j + 1 < len(lines) and tile_figure(lines[j]) and not figure_only(lines[j + 1]) \
            and len(lines[j + 1].strip()) <= layout.bar_label_chars and not ends_sentence(lines[j + 1].strip()):
        j += 2  # (a category may read as a rough figure or a range: Under 18, 18-30 years)
    if (j - i) // 2 < layout.chart_pairs or (i and _label(lines[i - 1], layout) and not is_heading(lines[i - 1])) \
            or (j < len(lines) and figure_only(lines[j])):
        return i
    return j


# one field of a line of label-value fields: a short label, its colon, a short value (Paid staff: 54, 队员：26名)
_FIELD = re.compile(r"[^\s:：][^:：]{0,59}[:：]\s*[^\s:：][^:：]{0,39}")
# the gap between two such fields drawn on one line: wider than a word's space (a tab, two spaces or more)
_FIELD_GAP = re.compile(r"\s*\t\s*| {2,}")


def fields_apart(lines: Sequence[str]) -> list[str]:
    """``lines`` with a line of two or more label-value fields laid out with wide gaps between them (``Incidents
    attended: 14,386   Volunteers: 96   Paid staff: 54``: a box's key figures, as the text layer gives them) read as
    a line per field; other lines as they are. (The gaps are all that part the fields: a space would run one
    field's value into the next label.)"""
    out: list[str] = []
    for line in lines:
        fields = _FIELD_GAP.split(line.strip())
        if len(fields) > 1 and all(_FIELD.fullmatch(x) for x in fields):
            out += fields
        else:
            out.append(line)
    return out


def spaced_figures(lines: Sequence[str], layout: PanelLayout = PANELS) -> list[str]:
    """``lines`` with each line of a run of ``least_pairs`` or more that hold a label and its figure parted by a
    space (``普及培训 17.4万人次``, ``Events covered 64``: a box's key figures, a line each) read as its label over its
    figure, as :func:`key_figures` reads a panel; other lines as they are."""
    split = [_spaced_pair(x, layout) for x in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and split[j]:
            j += 1
        if j - i >= layout.least_pairs:
            out += [part for k in range(i, j) for part in split[k]]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return out


def _spaced_pair(line: str, layout: PanelLayout) -> tuple[str, str] | None:
    label, _, value = line.strip().rpartition(" ")
    if label and _label(label, layout) and figure_only(value) and not figure_only(label):
        return label.strip(), value
    return None


def panel(title: str, pairs: list[tuple[str, str]]) -> Block:
    """A panel's block: a table of two columns, its title over them as its header (``Key figures, 1 Jan to 31 Aug
    2025`` | ``""``), whose rows read ``label: figure``, each its own line of the passage the title opens
    (``assemble``); with no title, a paragraph of those lines, parted by :data:`LINE_BREAK` (a table's first row
    would be its header)."""
    if title:
        return Block("table", rows=((title, ""), *pairs))
    return Block("text", LINE_BREAK.join(f"{label}: {value}" for label, value in pairs))


def box_title(read: list[Block]) -> str | None:
    """The title a boxed panel read at its page's end opens with (its blocks, ``read``): a heading (Volunteer
    hotline, set bold over the box's lines) or a key-figures table's one-cell title row (【上半年速览】); None when
    the box opens with no title, or is its title alone."""
    if len(read) < 2 and not (read and read[0].kind == "table"):
        return None
    first = read[0]
    if first.kind == "heading":
        return first.text
    if first.kind == "table" and len(first.rows) > 2 and first.rows[0][0].strip() \
            and not any(c.strip() for c in first.rows[0][1:]):
        return first.rows[0][0].strip()
    return None


def boxes_apart(blocks: list[Block], starts: list[tuple[int, str]]) -> list[Block]:
    """``blocks`` with each boxed panel read at its page's end (``starts``: its first block and its title) set
    apart under its title as a section of its own, not as more text of the page's last section (a sidebar's hotline
    stood under the section it was drawn beside); only where no text of that section goes on after it (the
    document ends, or the next page opens with a heading), so the section's own text stays under it."""
    out = list(blocks)
    for start, title in sorted(starts, reverse=True):
        after = next((b for b in blocks[start + 1:] if b.kind == "page"), None)
        rest = [b for b in blocks[blocks.index(after, start + 1) + 1:] if b.kind != "page"] if after else []
        if rest and rest[0].kind != "heading":
            continue
        first = out[start]
        if first.kind == "heading" or first.kind == "text" and first.text == title:
            out[start] = Block("heading", title, 2)
        else:  # (a key-figures table: its title row out of the table, over it)
            out[start:start + 1] = [Block("heading", title, 2), Block("table", rows=first.rows[1:])]
    return out
