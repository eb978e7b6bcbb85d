"""A PDF's text layer as blocks: page breaks, the document's title, headings, list items, tables and paragraphs."""
from __future__ import annotations

import io
import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import groupby

from reportbot.corpus.blocks import PLACEHOLDER_TITLE, Block
from reportbot.corpus.byline import BYLINE_MARK, DASH_LED, byline_line, bylined
from reportbot.corpus.errors import DocumentTooLargeError, UnreadableFileError
from reportbot.corpus.glyphs import clean_text
from reportbot.corpus.hyphenation import rejoined
from reportbot.corpus.limits import extract_pages
from reportbot.corpus.pdf_acronym import with_short_name
from reportbot.corpus.pdf_floats import cited_floats
from reportbot.corpus.pdf_furniture import (
    EDGE_LINES,
    bottom_last,
    page_mark,
    recurring_lines,
    running_shapes,
    without_continued_title,
    without_furniture,
    without_lone_page_number,
)
from reportbot.corpus.pdf_lines import BULLET, join_wrapped_lines, joiner
from reportbot.corpus.pdf_lists import glyphs_on_items, item_lines
from reportbot.corpus.pdf_marks import superscripted
from reportbot.corpus.pdf_page_tables import PageGrids
from reportbot.corpus.pdf_pages import join_across_pages, runs_on, wrapped_heading
from reportbot.corpus.pdf_panels import (
    box_title,
    boxes_apart,
    fields_apart,
    key_figures,
    on_one_baseline,
    spaced_figures,
)
from reportbot.corpus.pdf_sizes import NO_SIZES, SIZES, PageSizes, page_sizes, sized_paragraphs
from reportbot.corpus.pdf_slides import landscape, slide_title
from reportbot.corpus.pdf_spacing import LineBox, Measure, measure
from reportbot.corpus.pdf_tables import last_header, segments
from reportbot.corpus.pdf_title import without_printed_title
from reportbot.corpus.run_in_labels import labelled
from reportbot.corpus.sniff import pdf_fault


def pdf_blocks(data: bytes) -> list[Block]:
    """Pages of text: page breaks, the document's title, headings, list items and paragraphs."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PyPdfError

    try:
        reader = PdfReader(io.BytesIO(data))
        grids = PageGrids(clean_text)
        pages = [clean_text(text) for text in extract_pages(reader.pages, visitors=grids.visitors)]
        page_grids = grids.done()
        pages = [superscripted(text, marks) for text, marks in zip(pages, grids.marks, strict=True)]
        page_boxes, document = grids.lines, measure(grids.lines)
        wide = [landscape(page) for page in reader.pages]
        title = clean_text(str((reader.metadata or {}).get("/Title") or "")).strip()
    except FileNotDecryptedError as exc:
        raise UnreadableFileError("the PDF is protected by a password; send it without one") from exc
    except DependencyError as exc:  # AES, and pypdf's crypto extra is not installed
        raise UnreadableFileError("the PDF is encrypted and this install cannot decrypt it") from exc
    except LimitReachedError as exc:  # pypdf stops a stream inflating past its limit (75 MB in pypdf 7)
        raise DocumentTooLargeError("a part of the PDF inflates past the limit (a zip bomb?)") from exc
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableFileError(f"not a readable PDF: {pdf_fault(data)}") from exc
    if not "".join(pages).strip():
        raise UnreadableFileError("this PDF has no text layer (a scan?); send a PDF with text, or the text itself")
    blocks: list[Block] = [Block("page", level=1)]  # stored text starts with a page mark: it is Markdown
    if title and not PLACEHOLDER_TITLE.fullmatch(title):
        blocks.append(Block("heading", title, 1))
    # (lines drawn beneath the body but given first, footnotes and a page number, last: pdf_furniture.bottom_last)
    read = [bottom_last(glyphs_on_items([x for x in page.splitlines() if x.strip()]),
                        page_boxes[n] if n < len(page_boxes) else ())
            for n, page in enumerate(pages)]
    page_lines, below = [lines for lines, _, _ in read], [moved for _, moved, _ in read]
    boxed = [box for _, _, box in read]
    running, deep = running_shapes(page_lines), recurring_lines(page_lines)
    carried = None  # the header of a table that ends a page, for its rows on the next
    running_on: set[int] = set()  # pages whose last sentence goes on on the next (pdf_pages.py)
    dropped: list[str] = []  # the running header and footer lines left out
    box_starts: list[tuple[int, str]] = []  # a boxed panel read at its page's end: its first block, its title
    sizes = [replace(s, title=slide_title(boxes)) if turned else s  # (a slide's title: pdf_slides)
             for s, boxes, turned in zip(page_sizes(page_boxes), page_boxes, wide)]
    for n, lines in enumerate(page_lines, start=1):
        if n > 1:
            blocks.append(Block("page", level=n))
        kept = without_furniture(lines, n, running, deep)
        dropped += [x for x in lines if x not in kept]  # (a short name only the footer prints: pdf_acronym)
        lines = without_continued_title(kept, n, page_lines[0])
        lines = without_lone_page_number(lines, len(page_lines))
        # (a footnote read after the page's text, a run of its own; the page's number no text)
        notes = [x for x in lines if x in below[n - 1] and not page_mark(x, n)]
        body = [x for x in lines if x not in below[n - 1]]
        parts = segments(body, carried, page_grids[n - 1],
                         item_lines(body, page_boxes[n - 1]) if n <= len(page_boxes) else ())
        carried = last_header(parts)
        if parts and not parts[-1].rows and runs_on([x for p in parts if not p.rows for x in p.lines]):
            running_on.add(n)
        for i, part in enumerate(parts):
            if part.rows:
                blocks.append(Block("table", rows=part.rows))
                continue
            _prose_blocks(blocks, part.lines, page_boxes[n - 1] if n <= len(page_boxes) else (), document,
                          sizes[n - 1] if n <= len(sizes) else NO_SIZES, i + 1 < len(parts))
        if notes:  # (text, never a heading: a signature drawn first is no section's title; a box's key figures)
            start = len(blocks)
            _prose_blocks(blocks, tuple(_box_figures(notes, boxed[n - 1])),
                          page_boxes[n - 1] if n <= len(page_boxes) else (),
                          document, sizes[n - 1] if n <= len(sizes) else NO_SIZES)
            if all(x in boxed[n - 1] for x in notes) and (title := box_title(blocks[start:])) is not None:
                box_starts.append((start, title))
            blocks[start:] = [Block("text", b.text) if b.kind == "heading" else b for b in blocks[start:]]
    blocks = bylined(join_across_pages(boxes_apart(blocks, box_starts), running_on))
    blocks = cited_floats(blocks)  # (a chart drawn at the page's end, after the paragraph citing it: pdf_floats)
    blocks = labelled(blocks)  # (二、应急救护。… run in before each section's text: .run_in_labels)
    # (the title field's heading stands for the title printed under it: read once, pdf_title)
    blocks = without_printed_title(blocks) if title and not PLACEHOLDER_TITLE.fullmatch(title) else blocks
    return with_short_name(blocks, dropped)


def _box_figures(notes: list[str], boxed: frozenset[str]) -> list[str]:
    """A page's moved lines with a box's ``label figure`` lines read as a panel's (:func:`spaced_figures`); the
    footnotes and footer lines moved beneath the body (``PO Box 1234`` / ``Darwin NT 0800``) as they are."""
    out: list[str] = []
    for inside, run in groupby(notes, key=lambda x: x in boxed):
        lines = list(run)
        out += spaced_figures(lines) if inside else lines
    return out


def _prose_blocks(blocks: list[Block], lines: tuple[str, ...], boxes: Sequence[LineBox] = (),
                  document: Measure | None = None, sizes: PageSizes = NO_SIZES,
                  before_table: bool = False) -> None:
    """Append the blocks of a page's run of prose lines: list items, headings and paragraphs; ``boxes``, the page's
    lines as drawn, say where its paragraphs end (``pdf_spacing``). Where the document sets its headings larger
    than its body, a line's size says whether it is one (``pdf_sizes``); a run of lines in one size is a block of
    its own."""
    width = max((len(x.strip()) for x in lines), default=0)
    lines = tuple(fields_apart(lines))  # (Volunteers: 96   Paid staff: 54: a line each)
    runs = key_figures(lines, paired=on_one_baseline(lines, boxes))
    for k, run in enumerate(runs):
        if isinstance(run, Block):
            blocks.append(run)  # a panel of key figures, a line each (pdf_panels)
        else:
            _prose_run(blocks, run, width, boxes, document, sizes, before_table and k == len(runs) - 1)


def _prose_run(blocks: list[Block], lines: Sequence[str], width: int, boxes: Sequence[LineBox],
               document: Measure | None, sizes: PageSizes, before_table: bool) -> None:
    from reportbot.corpus.pdf_lists import last_item, numbered_items
    from reportbot.corpus.when_who import said_when

    start = len(blocks)
    paragraphs = join_wrapped_lines("\n".join(lines), boxes, document).split("\n\n")
    sized = sized_paragraphs(paragraphs, lines, sizes, _joined)
    size_of = dict(sized)
    # the document opens here: small lines before its first heading are page furniture, and that heading its title
    opening = all(b.kind == "page" for b in blocks) and blocks[-1].level == 1
    # a byline is the run's one line under its mark (■ 段明辉); lines under that mark one after another are a list
    lone_mark = sum(p.lstrip().startswith(BYLINE_MARK) for p, _ in sized) == 1
    for para in numbered_items([p for p, _ in sized], last_item(blocks)):
        opened, opening = opening, False
        if isinstance(para, Block):
            blocks.append(para)  # a hanging-number list item put back together (pdf_lists.py)
        elif lone_mark and (byline := byline_line(para)):
            blocks.append(Block("text", byline))  # (■ 段明辉: a byline's mark, kept as written; no list's bullet)
        elif BULLET.match(para):
            blocks.append(Block("item", BULLET.sub("", para)))
        elif len(blocks) > start and blocks[-1].kind == "heading" and wrapped_heading(blocks[-1].text, para, width) \
                and not (_resized(size_of.get(blocks[-1].text), size_of.get(para))
                         and (sizes.larger(size_of.get(para)) or sizes.is_bold(para))):
            blocks[-1] = Block("heading", f"{blocks[-1].text}{joiner(blocks[-1].text, para)}{para}",
                               blocks[-1].level)  # a title wrapped in its large font (pdf_pages.py)
        elif len(blocks) > start and blocks[-1].kind == "text" and said_when(blocks[-1].text) \
                and _VENUE.fullmatch(para):
            blocks.append(Block("text", para))  # (where, under when: Marrara Sports Complex, Darwin NT)
        elif _heading(para, size_of.get(para), sizes, before_table and para == sized[-1][0]):
            blocks.append(Block("heading", para, 1 if len(blocks) == 1 or opened else 2))
        elif para.strip():
            blocks.append(Block("text", para))
            opening = opened and running_line(para, size_of.get(para), sizes, len(blocks) - start)


# a numbered heading's shape (一、 （一） 1. 1.1 2、 第三章): a heading at the body's size whatever sizes say
_NUMBERED_HEADING = re.compile(r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[、．]|"
                               r"\d{1,2}\.(?:\d{1,2}\.?)*\s|第[一二三四五六七八九十百\d]{1,4}[章节部分篇]")


# a subtitle line led by a dash under a report's title, naming the day and the meeting it was given at (it holds a
# date: ——2025年2月26日在…会议上, — 14 March 2025, Annual General Meeting): a line of text however large it is set, as
# a Word file's is, no heading over the report's opening (a dash-led subtitle naming the subject, ——…工作综述, stays)
_SUBTITLE = DASH_LED  # (.byline)


# a venue: a place's name and its town, each in capitalised words, parted by a comma (Marrara Sports Complex, Darwin NT)
# (the place two words or more: a list of single section words, Patrols, Rescues, Awards, is no venue)
_VENUE = re.compile(r"(?:[A-Z][\w'&.-]*\s){1,5}[A-Z][\w'&.-]*(?:,\s(?:[A-Z][\w'&.-]*\s){0,3}[A-Z][\w'&.-]*){1,2}")


# a notice's document number (常红通〔2025〕18号), its date beside it: a line of the title block, no section's heading
_DOCUMENT_NUMBER = re.compile(r".{0,12}[〔\[［][12]\d{3}[〕\]］]\s*\d{1,4}\s*号")


def _resized(size: float | None, after: float | None) -> bool:
    """Whether two lines are set in clearly different sizes: a title (16 pt) over the first section's heading (11 pt
    bold, above the body's size) is two headings, however long the title runs, where a title wrapped keeps its size
    (a scan's lines jitter a few tenths of a point: ``SIZES.heading_step``). (A line under the title set below the
    body's size, its dates and byline, still goes on it: the byline is read from there.)"""
    return size is not None and after is not None and abs(size - after) > SIZES.heading_step * max(size, after)


def _joined(lines: list[str]) -> str:
    out = ""
    for line in (x.strip() for x in lines):
        out = rejoined(out, line) or out + (joiner(out, line) if out else "") + line
    return out


def _heading(para: str, size: float | None, sizes: PageSizes, caption: bool) -> bool:
    """Whether a paragraph is a heading. Its shape says so (``sentences.is_heading``), and where the document sets
    its headings larger than its body, its size may only add to that: a line set clearly larger is one when it is
    short, ends no sentence and is no label, phone or date line; a line in the body's size stays one only in a
    heading's shape at that size (numbered, 1.1 Repairs, （一）加强队伍建设, or a bold short line: a Word export's
    second tier); a line set smaller than the body is none, but for the caption just above a table, unless numbered
    (``表1　…``, ``Table 2: …``, ``（续表）``: a line of text opening the table's passage, so the text after the table
    stays under the section it was in)."""
    from reportbot.corpus.sentences import is_heading, no_heading_shape, unit_line
    from reportbot.corpus.table_rows import table_caption
    from reportbot.corpus.when_who import DATE

    if sizes.titled(para):  # (a slide's title, whatever its shape: Why give blood?, Contact: Ana Ruiz)
        return True
    if caption:  # (a numbered caption, 表1 …, or its 续表 mark names its table alone: a line opening its passage)
        return is_heading(para, labels=False) and not unit_line(para) and not table_caption(para)
    if sizes.smaller(size) or _SUBTITLE.match(para) and DATE.search(para) or _DOCUMENT_NUMBER.match(para):
        return False
    larger = sizes.larger(size)
    if larger:
        return len(para) <= SIZES.heading_chars and not _ends_sentence(para.rstrip()) \
            and not no_heading_shape(para, large=True)
    if larger is None or sizes.is_bold(para) or _NUMBERED_HEADING.match(para):
        return is_heading(para)
    return False


def running_line(para: str, size: float | None, sizes: PageSizes, nth: int) -> bool:
    """Whether the ``nth`` paragraph opening a document is a running header or footer drawn first: one of its
    first ``EDGE_LINES`` lines, short, set smaller than the body (``Harbour Trust - Policies``, ``Page 1``). A
    document of one page has no other page to show it recurs (``pdf_furniture``)."""
    from reportbot.corpus.sentences import is_heading

    return nth <= EDGE_LINES and sizes.smaller(size) and is_heading(para, labels=False)


def _ends_sentence(line: str) -> bool:
    """A line ending a sentence is no heading, whatever its size: one ending in 。！？!?, or in a full stop after six
    words or more (a short one ends on an abbreviation as often: Maple Rowing Club Inc.)."""
    return line.endswith(("。", "！", "？", "!", "?")) or line.endswith(".") and len(line.split()) >= 6
