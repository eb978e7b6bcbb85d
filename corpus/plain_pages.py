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


# a running head's line carrying its page's number at its end (``DONOR GUIDE 2025      page 2``, ``…年度报告  第2页``)
_PAGED = re.compile(r"(?i)(?P<head>.*?\S)\s+(?:page\s*|p\.\s*|第\s*)?(?P<n>\d{1,4})\s*页?")


def running_heads(raw: list[str]) -> set[int]:
    """The lines of a running head a plain-text export prints again at the top of each page after a form feed (the
    report's name and its period, as the first page opens): the lines after each form feed that repeat, in order,
    the lines the first page opens with, read there once; a line may carry its page's number, one more on each page
    (``page 1`` … ``page 2``: :func:`paged_heads`). A page opening otherwise (its own heading) keeps its lines, and a
    page is never left without one."""
    feeds = [k for k, line in enumerate(raw) if k and line.startswith("\f")]
    if not feeds:
        return set()
    said = [normalize(x) for x in raw]
    first = [j for j in range(feeds[0]) if said[j]]  # (the first page's lines: a head is in them)
    out: set[int] = set()
    for step, (k, end) in enumerate(zip(feeds, [*feeds[1:], len(raw)], strict=True), start=1):
        page = [j for j in range(k, end) if said[j]]
        for j, head in zip(page[:-1], first, strict=False):
            numbered = _paged(said[j], 0)
            if said[j] != said[head] and (numbered is None or _paged(said[head], step) != numbered):
                break
            out.add(j)
    return out


def _paged(line: str, step: int) -> tuple[str, int] | None:
    """A line's words before the page number it ends with, and that number plus ``step``; None for a line ending
    in no number."""
    m = _PAGED.fullmatch(line)
    return (m["head"], int(m["n"]) + step) if m else None


def paged_heads(raw: list[str], heads: set[int]) -> dict[int, str]:
    """The first page's lines of a running head that carries the page's number (:func:`running_heads`), each as
    read without its number, by its index: ``DONOR GUIDE 2025   page 1`` titles the text ``DONOR GUIDE 2025``."""
    repeated = {p[0] for j in heads if (p := _paged(normalize(raw[j]), 0))}
    first = next((k for k, line in enumerate(raw) if k and line.startswith("\f")), 0)
    return {j: p[0] for j in range(first) if (p := _paged(normalize(raw[j]), 0)) and p[0] in repeated
            and normalize(raw[j]) not in {normalize(raw[h]) for h in heads}}


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
