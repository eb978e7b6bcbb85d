"""Blocks to passages: every passage knows its document's title, its heading path and its page."""
from __future__ import annotations

import re

from reportbot.corpus.blocks import PLACEHOLDER_TITLE, Block, normalised, saying
from reportbot.corpus.byline import running_lines, signs, title_and_author
from reportbot.corpus.contact_foot import contact_foot
from reportbot.corpus.contents import leaders_read, without_contents
from reportbot.corpus.document import PATH_SEPARATOR, Document, Paragraph, content_id
from reportbot.corpus.end_mark import after_end_mark
from reportbot.corpus.errors import EmptyDocumentError
from reportbot.corpus.item_runs import run_item
from reportbot.corpus.leads import leads
from reportbot.corpus.margin_return import close_group
from reportbot.corpus.normalize import FIELD_SPACE
from reportbot.corpus.note_leads import raised_notes
from reportbot.corpus.own_date import own_date
from reportbot.corpus.passage_builder import PassageBuilder
from reportbot.corpus.passage_size import MAX_PASSAGE_CHARS  # noqa: F401 - read from here too (tests/test_corpus.py)
from reportbot.corpus.sentences import label_list_lines
from reportbot.corpus.title_imprint import title_imprint


def assemble(blocks: list[Block], source: str = "", max_paragraphs: int = 20000) -> Document:
    """Turn a document's blocks into a :class:`Document` of passages.

    The first heading is the title when no later heading outranks it; a line marked like ``■  张亚东`` or
    ``作者：…`` right after it is the author line. Headings are no passages: they make up each passage's heading
    path. List items under one heading make one passage (with the paragraph ending in a colon that leads into them);
    a table makes one passage whose sentences are its rows, each read with its header. In a paged document (a PDF)
    the headings are also the first lines of the passage after them.

    Raises:
        EmptyDocumentError: when no body paragraph is left.
        ValueError: when the document has more than ``max_paragraphs`` paragraphs.
    """
    read, blocks = blocks, saying([normalised(b) for b in raised_notes(blocks)])  # (¹ …: .note_leads)
    doc_id = content_id("\n".join(b.text or "|".join("".join(r) for r in b.rows) for b in blocks))
    if (kept := without_contents(read)) is not read:  # (a typed table of contents: no text, the id as it was)
        blocks = saying([normalised(b) for b in raised_notes(kept)])
    blocks = after_end_mark(blocks)  # (a press release's contact lines after －完－: its closing, .end_mark)
    blocks = contact_foot(blocks)  # (a Word file's or a page's contact lines ending it: its closing, .contact_foot)
    # a PDF stored with its tool's placeholder as its title (cutting 4 and before) keeps its id, not that title
    blocks = [b for i, b in enumerate(blocks)
              if not (i < 2 and b.kind == "heading" and PLACEHOLDER_TITLE.fullmatch(b.text))]
    as_written: dict[str, str] = {}
    blocks = leaders_read(blocks, as_written)  # (a form's dotted line read as its label and value; the id as it was)
    title, author, author_line, used = title_and_author(blocks)
    # a guide's compiler's line or its body's address right under its title: on the header card (.title_imprint)
    under = title_imprint(blocks, used) if title else None
    compiled = [blocks[under].text] if under is not None else []
    used = {*used, under} if compiled else used
    build = PassageBuilder(carry_headings=any(b.kind == "page" for b in blocks), title=title)
    paged = [i for i, b in enumerate(blocks) if b.kind != "page"]  # (附件：1.… then 2.…: the label's items, lines)
    listed = {paged[k] for k in label_list_lines([blocks[i].text for i in paged])}
    for i, b in enumerate(blocks):
        if i in used:
            continue
        if b.kind == "page":
            build.flush_items()
            build.page = b.level
        elif b.kind == "heading" and not signs(blocks, i) and i not in listed:
            build.heading(max(b.level, 2), b.text)
        elif b.kind == "item":
            build.item(b.text, b.level)
        elif b.kind == "table":
            build.table(b.rows, b.drawn)
        elif b.kind == "outdent":
            close_group(build)  # (a plain text's line back at the margin: .margin_return)
        elif b.kind == "text" and b.lead:  # (a note: read under the sentence marking it, .note_leads)
            build.note(b.text, b.lead)
        elif b.kind != "closing":
            build.text(b.text)
    build.end()
    build.closing([b.text for b in blocks if b.kind == "closing"])
    for n, body in enumerate(build.bodies):  # (a form's lines read with a legend's year, also as written: .contents)
        lines = [w for read_as, w in as_written.items() if read_as in body[0]]
        if lines and n not in build.written:
            build.written[n] = "\n".join(lines)
    if not build.bodies:
        raise EmptyDocumentError("no paragraph of text found")
    if len(build.bodies) > max_paragraphs:
        raise ValueError(f"{len(build.bodies)} paragraphs; at most {max_paragraphs} per document")
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", source.rsplit("/", 1)[-1]) if source else ""
    title = title or stem or build.bodies[0][0][:30]
    # a PDF's running lines on page 1 but the one that is its title (a page number, an issue's number) are on the
    # header card: a passage of their own, a few words, would win the search for every question naming the document
    running = [blocks[i].text for i in running_lines(blocks) if blocks[i].text != title]
    # (a printed title the title field holds adds nothing)
    named = [*compiled, *(x for x in build.carded if x not in title)]
    # a title is one field: an ideographic space normalize keeps between two Chinese fields of a line (市红十字会办公室
    # 贺晓琳) is a gap set in it for looks (屏东县红十字会　民国114年…简章), read as it was before it was kept
    title = title.replace(FIELD_SPACE, "")
    header_text = " ".join([title, *([author_line] if author_line else []), *named, *running])
    first_page = next((b.level for b in blocks if b.kind == "page"), None)
    paragraphs = [Paragraph(doc_id, 0, header_text, (header_text,), None, (), first_page, "header")]
    # (a short numbered paragraph standing as a passage is an item, no prose a list of names reads under: .leads)
    kinds = ["item" if kind == "text" and run_item(text) else kind for text, _, _, _, kind in build.bodies]
    lead = leads([b[2] for b in build.bodies], [b[1] for b in build.bodies], build.apart, kinds)
    lead = {**build.noted, **lead}
    paragraphs += [Paragraph(doc_id, n, t, s, PATH_SEPARATOR.join(path) or None, path, page, kind,
                             build.written.get(n - 1, ""), lead.get(n - 1, ""))
                   for n, (t, s, path, page, kind) in enumerate(build.bodies, start=1)]
    date = own_date([b.text for b in blocks])  # (.own_date: a labelled report date over a period's start)
    return Document(doc_id, title, author, tuple(build.headings), tuple(paragraphs), source, date, tuple(named))
