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
    out: list[str] = []
    for k, section in enumerate(document.sections):
        headers = [section.first_page_header] if section.different_first_page_header_footer else []
        for header in [*headers, section.header]:
            if k and header.is_linked_to_previous:
                continue
            out += [p.text for p in header.paragraphs if p.text.strip()]
    return out
