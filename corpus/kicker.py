"""A press release's kicker: the lines set over its title that say who issues it and that it is a release
(香港紅十字會輸血服務中心 / 新聞稿　即時發布; Harbourside First Aid Society / Media release).

They name the document, as a PDF's title block does, and say no fact of its text: read as a line of the first
passage (the page sets them before its ``<h1>``, which the loader puts first), they opened the lead paragraph with
words a question about the issuer matched anywhere. The issuer is the release's author; the kicker is read on the
header card, beside the title.
"""
from __future__ import annotations

import re

from reportbot.corpus.letterhead import ORGANISATION

# the words a kicker calls its document by (新闻稿, 即时发布, 新闻发布, Press release, For immediate release)
_RELEASE = re.compile(r"(?i)(?:新闻稿|新闻公报|新闻发布|即时发布|实时发布|传媒发布|"
                      r"(?:press|media|news) release|for immediate release|media statement)")
_LINES = re.compile(r"\s*[；;\n]\s*")


def kicker_issuer(text: str) -> str | None:
    """The issuer a kicker names (its first line, an organisation's name alone), where ``text`` is one: that line,
    then one or two short lines naming a release and nothing more; None otherwise."""
    lines = [x for x in _LINES.split(text.strip()) if x]
    if not 2 <= len(lines) <= 3 or not ORGANISATION.fullmatch(lines[0]):
        return None
    rest = lines[1:]
    if all(_RELEASE.search(x) and not _RELEASE.sub("", x).strip(" \u3000|｜·-—") for x in rest):
        return lines[0]
    return None
