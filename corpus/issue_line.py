"""A periodical's issue line under its title: ``2025年第9期（总第187期）``, ``第12期``, ``Issue 14``, ``No. 9, 2025``.

A bulletin typed as plain text sets its issue on a line of its own under its title. Short and ending no sentence, it
was read as a section heading: it stood in no passage's text, only in the path of the first (the editor's note under
it), and the question "which issue is this" found it nowhere a reply could quote. It is a line of the document, in
its first passage, as a Word file's page header naming the issue is (:mod:`.docx_header`).
"""
from __future__ import annotations

import re

# the issue's number, with its year before it and its running number after it in brackets, or an English issue's
_ISSUE_LINE = re.compile(r"(?i)(?:\d{4}\s*年\s*)?第\s*[\d一二三四五六七八九十百]{1,4}\s*期"
                         r"\s*(?:[（(]\s*总第\s*\d{1,5}\s*期\s*[）)])?|"
                         r"(?:issue|no\.|number|vol\.|volume)\s*\d{1,4}(?:\s*[,，]?\s*(?:\d{4}|[A-Z][a-z]+ \d{4}))?")


def issue_line(line: str) -> bool:
    """Whether a line is a periodical's issue line and nothing more (``2025年第9期（总第187期）``, ``Issue 14``)."""
    return bool(_ISSUE_LINE.fullmatch(line.strip()))
