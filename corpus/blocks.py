"""A document's structure as a list of blocks, and Markdown as the form it is stored in.

Every loader turns its file into :class:`Block` s (headings with their level, text,
list items, table rows with their header, page breaks) and writes them as Markdown;
Markdown files are taken as they are. :func:`markdown_blocks` reads that Markdown back
with a real parser (markdown-it-py), so the stored text of a document keeps what the
file said about its own structure. A page break is the HTML comment ``<!-- page N -->``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from typing import Literal

from reportbot.corpus.heading_number import heading_text
from reportbot.corpus.md_alerts import alert
from reportbot.corpus.md_grid import piped
from reportbot.corpus.md_inline import LINE_BREAK, OWN_LINE, inline_text
from reportbot.corpus.md_items import led_items
from reportbot.corpus.md_notes import footnotes, front_matter, marked, marking_sentences, named_title
from reportbot.corpus.normalize import is_chinese, normalize
from reportbot.corpus.sentences import CLOSE
from reportbot.corpus.soft_breaks import numbered_lines
from reportbot.corpus.table_fold import unfolded

BlockKind = Literal["heading", "text", "item", "table", "page", "closing", "outdent"]
_PAGE = re.compile(r"<!--\s*page\s+(\d+)\s*-->")
# the mark a stored text sets before a document's closing (an html page's footer with no site's name to stand under):
# its paragraphs after it are the closing's lines, a passage under no section (assemble)
CLOSING_MARK = "<!-- closing -->"
_SUMMARY = re.compile(r"(?is)<summary\b[^>]*>(.*?)</summary>")
_TAG = re.compile(r"<[^>]*>")
# a numbered line underlined as a heading (``1. Opening`` over ``----------``), opening a paragraph: a section's title
# with its number, which CommonMark would read as a one-item list and a rule (a list's last item over a rule is not)
_NUMBERED_UNDERLINED = re.compile(r"(?m)(?<![^\n]\n)^( {0,3}\d{1,9})([.)])"
                                  r"(?=[ \t]+\S[^\n]*\n {0,3}(?:=+|-{2,})[ \t]*$)")
# a tool's placeholder in a title field (reportlab's "(anonymous)", "untitled", a file name) names nothing: the first
# heading is the title (loaders.py leaves it out of a PDF; assemble.py drops one an earlier version stored)
PLACEHOLDER_TITLE = re.compile(r"(?i)\(?(untitled|unspecified|anonymous|unknown|no title)\)?|.*\.(docx?|pdf)")


@dataclass(frozen=True)
class Block:
    """One structural piece of a document.

    Attributes:
        kind: ``heading``, ``text`` (a paragraph), ``item`` (a list item), ``table``, ``page`` (the page that
            starts here) or ``closing`` (a line of a plain text's closing: 此致, a signature, a date; ``.closing``).
        text: the text (empty for tables and page breaks).
        level: a heading's level (1 = title level), a list item's depth (0 = not nested), or the page number of a
            page break.
        rows: a table's rows, the header row first.
        drawn: for a table drawn with box-drawing bars in a plain text (``box_tables``), each row's lines as the
            document draws them (``│松湾区      │1200      │``, its rules left out, a row's lines joined by a line
            break), one a row of ``rows``; () for a table written otherwise.
        lead: for a note's text (a footnote read after the paragraph marking it), the sentence its mark stands in: the
            lead of the note's passage (.note_leads); "" for other blocks.
    """

    kind: BlockKind
    text: str = ""
    level: int = 0
    rows: tuple[tuple[str, ...], ...] = ()
    drawn: tuple[str, ...] = ()
    lead: str = ""

# a quote's closing line that names who said it: a dash and a short name (``— Maria Lopez, Chair``, ``——张华``)
_SAID_BY = re.compile(r"^(?:—|–|-{1,2}|――|——)\s*(\S.{0,60})$")


def attributed(quote: list[Block]) -> list[Block]:
    """A blockquote's blocks with its closing attribution joined to the words it closes: a last line that is a short
    dash-led name, or the one item of a list after the quote's text (``> - Maria Lopez, Chair`` reads as a list),
    goes onto the text before it (``… any quarter before. — Maria Lopez, Chair``), so the passage says who said it."""
    if len(quote) < 2 or quote[-2].kind != "text":
        return quote
    last = quote[-1]
    said = _SAID_BY.match(last.text) if last.kind == "text" else None
    name = said.group(1) if said else last.text if last.kind == "item" and last.level == 0 else None
    if not name or name.rstrip()[-1:] in "。.!?！？;；":
        return quote
    return [*quote[:-2], Block("text", f"{quote[-2].text} — {name.strip()}")]


# a fenced block that names no language (or plain text) is text set as the writer typed it, its lines kept: an SMS
# format and its example, an address, a notice's fixed lines; one naming a language (python, json) is code
_PLAIN_FENCES = frozenset({"", "text", "txt", "plain", "plaintext"})


def preformatted(content: str, before: list[Block]) -> list[Block]:
    """The block ``before`` a plain fenced block (none at the start) and the fenced block's text: one paragraph, its
    lines kept apart as an address's are (``格式：CX#身份证号后6位#姓名`` over ``示例：CX#123456#王芳`` reads
    ``格式：…；示例：…``). A paragraph before it that ends in a colon leads into it (``…发送至服务号：``): they are one
    paragraph, so the passage that says what the lines are for holds them."""
    lines = [x.strip() for x in content.split("\n") if x.strip()]
    if not lines:
        return before
    last = before[-1] if before else None
    if last is not None and last.kind == "text" and last.text.rstrip().endswith((":", "：")):
        return [Block("text", LINE_BREAK.join([last.text, *lines]))]
    return [*before, Block("text", LINE_BREAK.join(lines))]


def markdown_blocks(text: str) -> list[Block]:
    """Read Markdown (as written by people, or by :func:`.md_write.to_markdown`) into blocks."""
    from markdown_it import MarkdownIt
    from mdit_py_plugins.footnote import footnote_plugin
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).use(footnote_plugin)
    tokens = md.disable("footnote_tail").parse(_NUMBERED_UNDERLINED.sub(r"\1\\\2", piped(text)))  # (grid: .md_grid)
    notes, in_notes = footnotes(tokens, inline_text)
    owed: list[str] = []  # footnotes marked in the block being read: their text reads after it
    marking: dict[str, str] = {}  # the sentence each footnote's mark ends (.note_leads)
    named = None  # the front matter's title (a heading that repeats it is not read twice)
    blocks: list[Block] = []
    heading, row, rows = 0, [], []
    lists: list[list] = []  # the open lists, innermost last: [next number, its mark] when numbered, else []
    number = ""  # the number of the item just opened, for its first paragraph
    prev = ""
    quoted: list[int] = []  # where each open blockquote's blocks start
    closing = 1 << 30  # where a document's closing starts (:data:`CLOSING_MARK`), past the end when it has none
    for i, t in enumerate(tokens):
        in_cell, prev = prev in ("th_open", "td_open"), t.type
        if i in in_notes:
            continue
        if t.type == "inline":
            owed += [n for n in marked(t) if n in notes and n not in owed]
            marking = {**marking_sentences(t), **marking}  # (a note marked twice: under the first mark's sentence)
        if t.type == "front_matter":
            read = front_matter(t.content)
            named, fields = read or (None, [])
            blocks += [Block("heading", named, 1)] if named else []
            # (a source line of fields, each a line of its own: ``chair: …; minutes: …``, no run of words)
            blocks += [Block("text", LINE_BREAK.join(fields))] if fields else []
            if read is None:  # (lines between two rules at the top that are no fields: text)
                blocks += [Block("text", " ".join(x.split("\n")).strip()) for x in t.content.split("\n\n") if x.strip()]
        elif t.type == "blockquote_open":
            quoted.append(len(blocks))
        elif t.type == "blockquote_close":
            start = quoted.pop()
            blocks[start:] = alert(attributed(blocks[start:]))  # (a GitHub alert's [!NOTE]: .md_alerts)
        elif t.type == "heading_open":
            heading = int(t.tag[1])
        elif t.type == "bullet_list_open":
            lists.append([])
        elif t.type == "ordered_list_open":
            start = t.attrGet("start")  # absent when the list starts at 1; a list may start at 0
            lists.append([int(start) if start is not None else 1])
        elif t.type in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif t.type == "list_item_close":
            number = ""  # an item with no text of its own (empty, or only a table) gives its number to no other
        elif t.type == "list_item_open" and lists and lists[-1]:
            # a numbered item keeps its number, as the reader of the rendered list sees it (1. 1. 1. reads 1, 2, 3)
            number, lists[-1][0] = f"{lists[-1][0]}. ", lists[-1][0] + 1
        elif t.type == "tr_open":
            row = []
        elif t.type == "tr_close":
            rows.append(tuple(row))
        elif t.type == "table_close":
            blocks.append(Block("table", rows=tuple(rows)))
            rows = []
        elif t.type == "html_block" and t.content.strip() == CLOSING_MARK:
            closing = len(blocks)
        elif t.type == "html_block":
            m = _PAGE.search(t.content)
            if m:
                blocks.append(Block("page", level=int(m.group(1))))
            # a <details> entry's <summary> set in Markdown: the question its entry answers, a line over the answer
            # (and the answer set in the same html block, with no blank line before it, a paragraph after it)
            said = [" ".join(unescape(_TAG.sub(" ", x)).split()) for x in _SUMMARY.split(t.content)[1:]]
            blocks += [Block("text", x) for x in said if x]
            if not m and not said:  # html set in Markdown (a <table>, a <div> of text): read as the html loader reads
                from reportbot.corpus.html_loader import html_blocks
                blocks += html_blocks(t.content)
        elif t.type == "fence" and t.info.strip().lower() in _PLAIN_FENCES:
            blocks[len(blocks) - 1:] = preformatted(t.content, blocks[-1:])
        elif t.type in ("fence", "code_block"):
            continue  # code is no prose to answer from
        elif t.type == "inline":
            lines = inline_text(t, OWN_LINE)
            content = lines.replace(OWN_LINE, " ")  # (a cell, a heading or an item: one line, as it was)
            if in_cell:
                row.append(content)
            elif heading:
                if not (heading == 1 and content == named):
                    blocks.append(Block("heading", content, heading))
                heading = 0
            elif content and lists:
                blocks.append(Block("item", number + content, len(lists) - 1))
                number = ""
            elif content and numbered_lines(content.split(LINE_BREAK)):  # (a list set as lines: .soft_breaks)
                blocks += [Block("item", x.strip()) for x in content.split(LINE_BREAK)]
            elif content:
                blocks += [Block("text", x.strip()) for x in lines.split(OWN_LINE) if x.strip()]
        if owed and (t.type == "table_close" or t.type == "inline" and not in_cell):
            blocks += [Block("text", notes.pop(n), lead=marking.get(n, "")) for n in owed if notes.get(n)]
            owed = []
    blocks += [Block("text", x) for x in notes.values() if x]  # (notes no text marks)
    if named and any(b.kind == "heading" and b.level == 1 for b in blocks[1:]):
        # (a body's own first heading under a front matter's title, Club name over a title Annual Report: its
        # sections stand under it, each heading one level down, as the rendered page shows them)
        blocks = blocks[:1] + [Block("heading", b.text, b.level + 1) if b.kind == "heading" else b for b in blocks[1:]]
        blocks[0] = Block("heading", named_title(named, next(b.text for b in blocks[1:] if b.kind == "heading")), 1)
    # (after the closing's mark, its lines: a passage under no section; a heading or a table ends it)
    end = next((k for k in range(closing, len(blocks)) if blocks[k].kind not in ("text", "item")), len(blocks))
    return led_items(blocks[:closing] + [Block("closing", b.text) for b in blocks[closing:end]] + blocks[end:])


def normalised(b: Block) -> Block:
    """A block with its text normalised (``normalize``), the lines of a paragraph kept apart as ``_lines`` says."""
    if b.kind == "table":  # (a folded table's halves stacked: table_fold)
        rows = tuple(tuple(_lines(c) for c in r) for r in b.rows if any(c.strip() for c in r))  # (lines as ；)
        # (a row as drawn stays beside its row while no row is left out and no folded table is stacked)
        drawn = tuple("\n".join(normalize(x) for x in d.split("\n")) for d in b.drawn) \
            if len(b.drawn) == len(rows) == len(b.rows) and unfolded(rows) == rows else ()
        return Block("table", rows=unfolded(rows), drawn=drawn)
    return Block(b.kind, heading_text(b.text) if b.kind == "heading" else _lines(b.text), b.level, b.rows,
                 lead=normalize(b.lead) if b.lead else "")


def saying(blocks: list[Block]) -> list[Block]:
    """The blocks that say something: a table, a page mark, or text with a word in it."""
    return [b for b in blocks if b.kind in ("table", "page", "outdent") or re.search(r"\w", b.text)]


_OWN_MARKS = frozenset("。！？!?…，；：,;:")  # a line ending on one of these needs no mark between it and the next


def _lines(text: str) -> str:
    """A paragraph normalised, the lines of one with line breaks (a signature's issuer and date, an address) kept
    apart as a table row's cells are: by ``；`` (``; `` in Latin text) where a line ends without a mark of its own (a
    closing bracket is none: ``（周一至周五）`` over ``东湖街道服务点：…``)."""
    lines = [x for x in (normalize(x) for x in text.split(LINE_BREAK)) if x]
    if len(lines) < 2:
        return lines[0] if lines else ""
    latin = not is_chinese("".join(lines))
    out = lines[0]
    for line in lines[1:]:
        # (a bracket or quote closed ends a line on its own mark only after one: …。” does, （周一至周五） does not)
        closed = out.rstrip(CLOSE)[-1:] in _OWN_MARKS
        out += (" " if latin else "") if closed else ("; " if latin else "；")
        out += line
    return out
