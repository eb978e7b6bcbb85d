"""What a PDF's font sizes say about its lines: which are headings, and where one block ends.

pypdf's text layer gives lines without their look, so a line's role was guessed from its shape: a short
line without end punctuation was a heading (``发布单位：金华市红十字会办公室``, ``Eleanor Whitcombe, Chair of
Trustees``), and a line wrapped at full width ran on into the next even when the next was set in another size (an
approval line in small type glued to the first paragraph). The page says more: each line is drawn in a size
(``pdf_spacing``'s line boxes). A document that sets its headings larger than its body text sets nothing else
larger; a line in the body's size or smaller is no heading (a table's caption above its table aside); a change of
size ends a block. Where only the title block is set larger, headings are set in the body's size (in bold) and
sizes tell none. Pure functions over lines and a map from a line to its size. (The title stays the title field's:
round 24 took the printed title instead and lost, ``README``.)
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportbot.corpus.pdf_spacing import LineBox

_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class SizeLayout:
    """How font sizes are compared. Set by hand on the PDFs of ``bench/library`` (their body, heading and note sizes
    differ by 0.5 pt or more) and the made-up pages of ``tests/test_pdf_sizes.py``, not fitted; they shape the
    documents' texts, so the index manifest records them (``tunables``)."""

    # two lines are set in one size when their sizes differ by at most this (points)
    same_size: float = 0.25
    # a line set larger than the body is a heading when it is at most this long (characters): a longer one is
    # a callout or a lead paragraph set large
    heading_chars: int = 160
    # sizes tell headings when a line after the title block is set larger than the body by more than this share:
    # a scan's text layer draws each line in the size of its box, so a body line may come out a few tenths of a
    # point larger (9.6-10.6 pt); the library's smallest heading tier is 8.3 % above its body
    heading_step: float = 0.075
    # a change of size smaller than this share does not cut a paragraph whose line before it runs on at full width
    # (at least this share of the widest line, not ending a sentence or a clause): one sentence jittering in size
    run_on_step: float = 0.1
    full_width: float = 0.8


SIZES = SizeLayout()


def key(line: str) -> str:
    """A line as looked up in a page's sizes: its characters without spaces."""
    return _SPACE.sub("", line)


@dataclass(frozen=True)
class PageSizes:
    """The size each line of a page is set in (by ``key``), and the document's body size; ``body`` is None when
    no line of the document is set larger than its body, so sizes say nothing about headings."""

    sizes: dict[str, float]
    body: float | None
    heads: bool = True  # sizes tell headings (``sizes_tell_headings``); a change of size ends a block either way
    bold: frozenset[str] = frozenset()  # the lines drawn in a bold face (by ``key``)
    title: tuple[str, ...] = ()  # a slide's title lines (by ``key``; ``pdf_slides``)

    def of(self, line: str) -> float | None:
        return self.sizes.get(key(line))

    def is_bold(self, line: str) -> bool:
        return key(line) in self.bold

    def titled(self, line: str) -> bool:
        """Whether ``line`` is the page's slide title, or a line of it (``pdf_slides.slide_title``)."""
        return bool(self.title) and (key(line) in self.title or key(line) == "".join(self.title))

    def smaller(self, size: float | None) -> bool:
        """Whether ``size`` is below the body's by more than a scan's jitter: no heading in any document."""
        return size is not None and self.body is not None and size < self.body * (1 - SIZES.heading_step)

    def larger(self, size: float | None) -> bool | None:
        """Whether ``size`` is above the body's; None when unknown, or when sizes tell no headings and ``size`` is
        not below the body's (a line set smaller than the body is no heading in any document)."""
        if size is None or self.body is None:
            return None
        if not self.heads:
            return False if size < self.body * (1 - SIZES.heading_step) else None
        return size > self.body + SIZES.same_size


NO_SIZES = PageSizes({}, None)  # a page whose sizes are unknown: headings read from their shape


def body_size(chars_by_size: Counter[float], prose: Counter[float] | None = None) -> float | None:
    """The size most of a document's characters are drawn in, counted over its prose lines (``prose``) where it has
    any (an appendix of grant rows or accounts in small type holds more characters than the report's sentences);
    None when no line is drawn larger."""
    counted = prose or chars_by_size
    if not counted:
        return None
    body = counted.most_common(1)[0][0]
    return body if any(s > body + SIZES.same_size for s in chars_by_size) else None


# a line of prose: drawn in one piece (a table's row is drawn cell by cell) with a sentence's or a clause's mark, not
# a figure's (2,400; 3.5) nor a list number's (1.)
_PROSE = re.compile(r"[。！？；，!?]|(?<=[A-Za-z)])[.,;]")  # (a line's key: its characters without spaces)


def sizes_tell_headings(sizes: Sequence[float], body: float | None) -> bool:
    """Whether a document whose lines are drawn in ``sizes`` (in reading order) sets its headings larger than its
    body: some line after the title block (the larger lines it opens with) is drawn larger. A notice or a Word
    export that sets only its title large sets its headings in bold at the body's size (``1. Introduction``,
    ``一、活动时间``): there sizes say nothing about headings. Lines set smaller than the body above the title block (a
    running header drawn first, ``Harbour Trust - Newsletter``) are no body: the title under them still opens the
    title block, so a document's headings read the same with or without such a header."""
    if body is None:
        return False
    larger = [s > body * (1 + SIZES.heading_step) for s in sizes]
    top = next((i for i, s in enumerate(sizes) if s >= body * (1 - SIZES.heading_step)), len(sizes))
    start = next((i for i, x in enumerate(larger) if i >= top and not x), len(larger))
    return any(larger[start:])


def size_runs(lines: list[str] | tuple[str, ...], page: PageSizes) -> list[tuple[list[str], float | None]]:
    """A page's lines cut where the size they are set in changes, each run with its size (None: unknown). A line
    whose size is unknown stays with the run before it."""
    runs: list[tuple[list[str], float | None]] = []
    for line in lines:
        size = page.of(line)
        if runs and (size is None or runs[-1][1] is None or abs(runs[-1][1] - size) <= SIZES.same_size):
            runs[-1] = (runs[-1][0] + [line], runs[-1][1] if runs[-1][1] is not None else size)
        else:
            runs.append(([line], size))
    return runs


def sized_paragraphs(paragraphs: list[str], lines: list[str] | tuple[str, ...], page: PageSizes,
                     join: Callable[[list[str]], str]) -> list[tuple[str, float | None]]:
    """Paragraphs (``lines`` joined by ``pdf_lines.join_wrapped_lines``, in order) each with the size its lines
    are set in, a paragraph whose lines change size cut there (the pieces joined again by ``join``)."""
    out: list[tuple[str, float | None]] = []
    queue = [x for x in lines if key(x)]
    width = max((len(key(x)) for x in queue), default=0)
    for para in paragraphs:
        want, taken = len(key(para)), []
        while queue and sum(len(key(x)) for x in taken) < want:
            taken.append(queue.pop(0))
        runs = _run_on(size_runs(taken, page), width)
        if len(runs) < 2 or sum(len(key(x)) for x in taken) != want:
            out.append((para, runs[0][1] if runs else None))
        else:
            out += [(join(run), size) for run, size in runs]
    return out


_RUNS_ON = re.compile(r"[\w，,、；;]$")  # a line ending in a word, a figure or a clause mark: its sentence runs on


def _run_on(runs: list[tuple[list[str], float | None]], width: int) -> list[tuple[list[str], float | None]]:
    """``runs`` with a run put back onto the one before where the size changes by a jitter only (``run_on_step``)
    and the line before runs on at full width: a scan's lines differ in size by tenths of a point within one
    sentence."""
    out: list[tuple[list[str], float | None]] = []
    for run, size in runs:
        last = out[-1][0][-1].strip() if out else ""
        before = out[-1][1] if out else None
        if before is not None and size is not None and abs(size - before) <= SIZES.run_on_step * min(size, before) \
                and _RUNS_ON.search(last) and len(key(last)) >= SIZES.full_width * width:
            out[-1] = (out[-1][0] + run, before)
        else:
            out.append((run, size))
    return out


def page_sizes(pages: Sequence[Sequence[LineBox]]) -> list[PageSizes]:
    """Each page's lines' sizes (a line drawn in several sizes takes the one most of it is in: ``pdf_spacing``) with
    the document's body size, the size most of its prose characters are drawn in."""
    chars: Counter[float] = Counter()
    prose: Counter[float] = Counter()
    maps: list[dict[str, float]] = []
    bold: list[set[str]] = []
    order: list[float] = []
    for boxes in pages:
        maps.append({})
        bold.append({b.key for b in boxes if b.bold})
        for box in boxes:
            size = round(box.size, 1)
            maps[-1].setdefault(box.key, size)
            chars[size] += len(box.key)
            if box.parts == 1 and _PROSE.search(box.key):
                prose[size] += len(box.key)
            order.append(size)
    body = body_size(chars, prose)
    heads = sizes_tell_headings(order, body)
    return [PageSizes(m, body, heads, frozenset(b)) for m, b in zip(maps, bold, strict=True)]
