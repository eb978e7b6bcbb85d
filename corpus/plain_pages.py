"""Page banners in a plain text: the lines an export prints between pages ("==== Page 1 of 4 ====", "第 2 页 共 5 页"),
which page each names, and whether a sentence a banner broke runs on across it (split from ``plain_structure``)."""
from __future__ import annotations

import re

from reportbot.corpus.normalize import normalize
from reportbot.corpus.plain_structure import cells, item_text
from reportbot.corpus.sentences import CLOSE, END, is_heading

# a page banner a plain-text export prints between pages: "==== Page 1 of 4 ====", "第 2 页 共 5 页", "Page 3", and
# a page-sized number alone between dashes ("- 3 -") or over the page count ("2 / 4"); rule characters around it are
# decoration. A bare number is a page only up to three digits: "—— 2025 ——" is a year set off by rules, no page;
# a bare "2 / 4" only among others (:func:`page_banners`): "12/31" alone is a date
_DECOR = r"[-=_*~#·•─━—\s]*"
_BANNER = re.compile(rf"(?i){_DECOR}(?:page\s+(?P<page>\d{{1,4}})(?:\s*(?:of|/)\s*\d{{1,4}})?|"
                     rf"第\s*(?P<zh>\d{{1,4}})\s*页(?:\s*[,，/]?\s*共\s*\d{{1,4}}\s*页)?|"
                     rf"[-—–]\s*(?P<bare>\d{{1,3}})\s*[-—–]|(?P<of>\d{{1,3}})\s*/\s*(?P<count>\d{{1,3}})){_DECOR}")
_BARE = re.compile(r"(\d{1,3})\s*/\s*(\d{1,3})")  # "2 / 4" with no decoration: a page only among others
_CJK = re.compile(r"[\u4e00-\u9fff]")


def page_banner(line: str) -> int | None:
    """The page number a line that is only a page banner names, None for any other line."""
    m = _BANNER.fullmatch(normalize(line))
    if m is None or m["of"] and int(m["of"]) > int(m["count"]):
        return None
    return int(m["page"] or m["zh"] or m["bare"] or m["of"])


def page_banners(lines: list[str]) -> list[int | None]:
    """The page each line that is only a page banner names (:func:`page_banner`), None for the others. A bare
    ``n / m`` line is a page only where such lines repeat, over one page count, their pages rising ("1 / 3" …
    "2 / 3"): alone it is a date or a fraction ("12/31"), kept as text; with decoration ("- 2 / 4 -", "Page 2 / 4")
    it is a page wherever it stands."""
    found = [page_banner(x) for x in lines]
    bare = [(k, int(m[1]), int(m[2])) for k, x in enumerate(lines)
            if found[k] is not None and (m := _BARE.fullmatch(x.strip()))]
    for k, _, count in bare:
        seen = [n for _, n, c in bare if c == count]
        if len(seen) < 2 or any(a >= b for a, b in zip(seen, seen[1:])):
            found[k] = None
    return found


def running_heads(raw: list[str]) -> set[int]:
    """The lines of a running head a plain-text export prints again at the top of each page after a form feed (the
    report's name and its period, as the first page opens): the lines after each form feed that repeat, in order,
    the lines the first page opens with, read there once. A page opening otherwise (its own heading) keeps its
    lines, and a page is never left without one."""
    feeds = [k for k, line in enumerate(raw) if k and line.startswith("\f")]
    if not feeds:
        return set()
    said = [normalize(x) for x in raw]
    first = [j for j in range(feeds[0]) if said[j]]  # (the first page's lines: a head is in them)
    out: set[int] = set()
    for k, end in zip(feeds, [*feeds[1:], len(raw)], strict=True):
        page = [j for j in range(k, end) if said[j]]
        for j, head in zip(page[:-1], first, strict=False):
            if said[j] != said[head]:
                break
            out.add(j)
    return out


def runs_on(before: str, after: str) -> bool:
    """Whether a sentence a page banner broke runs on across it: the line ``before`` the banner is prose that ends
    no sentence and the line ``after`` it continues that sentence: ``before`` ends with a comma, or ``after`` opens
    with a word in lower case, or Chinese prose goes on in Chinese. A heading, a list item or a table row on either
    side keeps the banner a break between paragraphs."""
    before, after = before.strip(), after.strip()
    if not before or not after or any(item_text(x) is not None or cells(x) is not None for x in (before, after)):
        return False
    if before[-1] in END + CLOSE + ":：" or before.endswith(".") or (is_heading(after) and not after[0].islower()):
        return False
    if before[-1] in "，,、；;":
        return True
    if after[0].islower():
        return bool(re.search(r"[A-Za-z0-9]$", before))
    return bool(_CJK.match(before[-1]) and re.match(r"[\u4e00-\u9fff\d]", after) and not is_heading(before))
