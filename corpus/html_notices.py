"""Notices a site sets on each of its pages, no fact of the page: a cookie or consent box (an element whose id,
class or label names it, wherever the page sets it, a ``<p>`` in the body as much as a banner), and in a footer the
sentence that says the site uses cookies and a row of its policies' names set as plain text (``Cookie policy ·
Privacy notice``), read where the footer's publisher and address are."""
from __future__ import annotations

import re

# an element's own name for a consent box: cookie-banner, cookieConsent, gdpr-notice, consent (word parts of its id,
# class or aria-label)
_BOX_NAME = re.compile(r"(?i)cookie|consent|gdpr")
# what is left of a line is a name alone: a few words, no figure
_NAME_WORDS, _NAME_CHARS = 6, 40
# a sentence naming cookies (this site uses cookies …; 本网站使用Cookie …), in a footer
_COOKIE_SENTENCE = re.compile(r"[^.!?。！？]*(?<![A-Za-z])(?i:cookies?)(?![A-Za-z])[^.!?。！？]*[.!?。！？]?")

# a site's copyright notice: its mark and year (© 2025, Copyright 2024-2025, (c) 2025), all rights reserved, 版权所有,
# 版權告示: in a footer its mark and year state no fact of the page (a year alone is a figure an unanswered question
# could take; the holder's name stays); as a layout table's last row, it marks the page's footer (html_layout)
COPYRIGHT = re.compile(r"(?:©|\(c\)(?=\s*\d{4})|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?|all rights reserved\.?|"
                       r"版[权權](?:所有|告示|声明|聲明)", re.IGNORECASE)


# a consent box says a few sentences; an element so named holding more (or a heading, a table) is a section of the
# page's own (a section on a patient's consent)
_BOX_CHARS = 600


def drop_consent_boxes(soup) -> None:
    """Take out each element whose id, class or aria-label names a cookie or consent box: a short one, with no
    heading, table or main part of the page in it."""
    boxes = [el for el in soup.find_all(True) if _names_box(el)]
    for el in boxes:
        if el.parent is not None and not el.find(["main", "article", "table", "h1", "h2", "h3", "h4", "h5", "h6"]) \
                and len(el.get_text(" ", strip=True)) <= _BOX_CHARS:
            el.decompose()


def _names_box(el) -> bool:
    if el.name in ("html", "body", "main", "article"):
        return False
    names = [el.get("id") or "", el.get("aria-label") or "", *(el.get("class") or [])]
    return any(_BOX_NAME.search(x) for x in names)


def drop_cookie_sentences(footer) -> None:
    """A footer's sentences naming the site's cookies, taken out of its text (the rest of its line stays); a line
    left with only a name (the holder of the copyright notice beside them: Galway Area Red Cross.) goes too: a
    passage of a few words naming the site would win every question naming it."""
    lines = []
    for string in footer.find_all(string=_COOKIE_SENTENCE):
        lines.append(string.find_parent(["p", "div", "li", "footer"]))
        string.replace_with(_COOKIE_SENTENCE.sub(" ", string))
    for line in lines:
        left = line.get_text(" ", strip=True).strip(" .;,·|")
        if line.name != "footer" and line.parent is not None and len(left.split()) <= _NAME_WORDS \
                and len(left) <= _NAME_CHARS and not re.search(r"\d", left):
            line.decompose()
