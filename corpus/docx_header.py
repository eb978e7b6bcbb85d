"""A Word file's page header that names the issue it belongs to (工作简报（2025年第7期）, Newsletter - Issue 12): a line
of the document's, read into its first passage. python-docx gives the body without the headers, so the issue a
bulletin's header named was in no passage. A header that only numbers the page, or holds no issue's number or year,
is page furniture and stays out. Pure over the header's paragraph texts."""
from __future__ import annotations

import re

from reportbot.corpus.glyphs import clean_text

# an issue's number or its year: 第7期, 2025年第7期, Issue 12, No. 3, Vol. 4, 2025; a year a document may be dated in
# (1900 to 2099) standing alone: four digits inside a longer number (a phone's 0571-20258866, a file's 120247) or
# after a hyphen joining it to one are none
_ISSUE = re.compile(r"(?i)第\s*[\d一二三四五六七八九十百]{1,4}\s*期|\b(?:issue|no\.|vol\.|volume|edition)\s*\d{1,4}\b|"
                    r"(?<![\d-])(?:19|20)\d{2}(?!\d)")
# a header line that only numbers the page (Page 3, - 3 -, 第3页, 3/12)
_PAGE_ONLY = re.compile(r"(?i)[-–—\s]*(?:page|p\.)?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*|"
                        r"第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?")


def issue_lines(texts: list[str], body: set[str]) -> list[str]:
    """The lines of a Word file's headers (``texts``, each section's in order) that name the document's issue: a
    line with an issue's number or a year, no page number alone, not already a line of the body (``body``, its
    normalised lines, so a header repeating the title adds nothing), each once."""
    out: list[str] = []
    for text in texts:
        line = " ".join(clean_text(text).split())
        if line and not _PAGE_ONLY.fullmatch(line) and _ISSUE.search(line) and line not in body and line not in out:
            out.append(line)
    return out


def header_texts(document) -> list[str]:
    """The paragraphs of each section's page headers, in order: its first page's where it has its own, then its
    default one; a header linked to the section before (Word's default) is that one's, already read."""
    return _section_texts(document, "header")


def _section_texts(document, part: str) -> list[str]:
    """The paragraphs of each section's page ``part`` (header or footer), as :func:`header_texts` says."""
    out: list[str] = []
    for k, section in enumerate(document.sections):
        first = [getattr(section, f"first_page_{part}")] if section.different_first_page_header_footer else []
        for shown in [*first, getattr(section, part)]:
            if k and shown.is_linked_to_previous:
                continue
            out += [p.text for p in shown.paragraphs if p.text.strip()]
    return out


def header_title(texts: list[str], first: str | None) -> str | None:
    """The document's title, where only its page header prints it: the header's first line that reads as a title
    (heading-like, no page's number) when the body opens with a line that stands under a title (``first``: a dated
    note in brackets, （2025年2月10日在…会议上）, a dash-led subtitle, an issuer's dateline), not with one; else
    None."""
    from reportbot.corpus.byline import DASH_LED, dateline
    from reportbot.corpus.letterhead import noted
    from reportbot.corpus.sentences import is_heading

    if first is None or not (noted(first) or dateline(first) or DASH_LED.match(first)):
        return None
    lines = [" ".join(clean_text(x).split()) for x in texts]
    return next((x for x in lines if x and not _PAGE_ONLY.fullmatch(x) and is_heading(x)), None)


def footer_lines(texts: list[str], body: set[str]) -> list[str]:
    """The lines of a Word file's page footers (``texts``) that say something of the document (its issuing office,
    date and print run: 白河市红十字会办公室　2025年2月14日印发　共印60份): each once, no page's number alone, none
    the body has already; the document's closing lines, read after its text."""
    out: list[str] = []
    for text in texts:
        line = _EMPTY_PAGE.sub("", " ".join(clean_text(text).split())).strip(" -–—|·")
        if line and not _PAGE_ONLY.fullmatch(line) and re.search(r"[^\W\d_]", line) and line not in body \
                and line not in out:
            out.append(line)
    return out


# what a page-number field leaves of a footer's text, its number not stored (第页, 第 页 共 页, - Page, Page of)
_EMPTY_PAGE = re.compile(r"(?i)第\s*页(?:\s*[，,]?\s*共\s*页)?|(?<![-–—|·\s])[-–—|·\s]*\bpage(?:\s+of)?\s*$")


def footer_texts(document) -> list[str]:
    """The paragraphs of each section's page footers, in order (as :func:`header_texts` reads the headers)."""
    return _section_texts(document, "footer")
