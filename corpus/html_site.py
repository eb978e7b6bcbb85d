"""The site that publishes an html page, as its ``<title>`` names it beside the page's own title.

A page's ``<title>`` is often its heading and the site's name (``志工與捐血常見問答 - 中華民國紅十字會彰化縣支會``); the
page's own title is the heading, and the site's name is who wrote it. An FAQ or a notice rarely repeats its
organisation's name (and so its place) in its title or its text: that name is the page's author, read as a byline
under its title, so the header card shows who published it and a question naming its place finds its passages.

The page's title is read here too: the heading its ``<title>`` repeats beside the site's name (``site_titled``),
the title's own part (``own_part``), the site's name a footer stands under (``site_of``), and the title heading a
page without an ``<h1>`` gets (``head_with_title``)."""
from __future__ import annotations

import re

from reportbot.corpus.blocks import Block
from reportbot.corpus.glyphs import clean_text
from reportbot.corpus.letterhead import organisation
from reportbot.corpus.normalize import to_simplified
from reportbot.corpus.when_who import bracketed_note

_SPLIT = re.compile(r"\s+[-|｜–—]\s+|\s*[|｜–—_]\s*")
# a byline the title block already has (作者：…, By …, a source line naming its author)
_BYLINE = re.compile(r"(?i)^(?:作者|撰稿|记者|記者|by)\b|(?:作者|撰稿|author)\s*[:：]")


# a Chinese organisation's name holds the level of the place it serves (彰化縣支會, 天津市红十字会, 朝阳区…): the
# names a byline is for; an English site's name is a brand, its place in the page's own text (a byline there
# drew the questions naming the organisation to the header card, review-36)
_PLACED_NAME = re.compile(r"[\u4e00-\u9fff]{2,}[省市县縣区區州盟旗镇鎮乡鄉]")


# a note in brackets a page's heading adds to the title its <title> gives (应急救护培训常见问题（2025年9月修订）)
_NOTE = re.compile(rf"\s*{bracketed_note(1, 20)}$")


def _as_titled(page_title: str, heading: str) -> str:
    """``heading`` as the page's ``<title>`` writes it: without a bracketed note (a revision's date) the title
    has not, where the title holds the heading without it."""
    heading = heading.strip()
    bare = _NOTE.sub("", heading)
    return bare if bare and bare != heading and heading not in page_title and bare in page_title else heading


def site_name(page_title: str, heading: str) -> str | None:
    """The part of ``page_title`` that is not ``heading`` when the title is the heading (without a bracketed note,
    :func:`_as_titled`, or the heading's first words: 常见问题 of 常见问题解答) and one other part joined by a dash
    or a bar, and that part is an organisation's Chinese name holding its place's level (no date, no "English" or
    "PDF version"); None otherwise."""
    parts = [x.strip() for x in _SPLIT.split(page_title) if x.strip()]
    heading = _as_titled(page_title, heading)
    # (the heading may say more than the title's own part: 常见问题 titles the page 常见问题解答（2025年7月更新）)
    own = [heading] if heading in parts else [x for x in parts if len(x) >= 2 and heading.startswith(x)]
    if len(parts) != 2 or len(own) != 1:
        return None
    other = parts[1 - parts.index(own[0])]
    return other if 4 <= len(other) <= 40 and other != heading.strip() and _PLACED_NAME.search(other) \
        and not re.search(r"\d", other) else None


def with_site_byline(blocks: list[Block], page_title: str) -> list[Block]:
    """``blocks`` with a byline naming the site (``作者：…``) right under the title heading, when the page's
    ``<title>`` names the site beside that heading and no byline stands there."""
    first = next((i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1), None)
    if first is None:
        return blocks
    site = site_name(page_title, blocks[first].text)
    after = blocks[first + 1].text if first + 1 < len(blocks) else ""
    if site is None or _BYLINE.search(after):
        return blocks
    line = f"作者：{site}"
    return [*blocks[:first + 1], Block("text", line), *blocks[first + 1:]]


# a page's <title> is often its heading and the site's name, joined by a dash, a bar or an underscore
_SITE_JOIN = re.compile(r"\s*(?:\s-|-\s|[–—|｜_])\s*\S")
_SITE_SPLIT = re.compile(r"\s+-\s+|\s*[–—|｜]\s*")


def own_part(page_title: str, elsewhere: str) -> str | None:
    """The page's own part of a ``<title>`` split by a dash or a bar into it and the site's name (``Volunteering |
    Hillford Hospice``): the first part that is not the name the page's header or footer writes (``elsewhere``);
    None when the title does not split or no part is that name."""
    parts = [x.strip() for x in _SITE_SPLIT.split(page_title) if x.strip()]
    if len(parts) < 2 or not any(x in elsewhere for x in parts):
        return None
    return next((x for x in parts if x not in elsewhere), parts[0])


def site_titled(page_title: str, heading: str) -> bool:
    """Whether a page's ``<title>`` is ``heading`` with the site's name before or after it (``公示 - 台州市红十字会``,
    ``Riverton Ambulance | FAQ``): the heading is the page's own title, the name only says where it was published."""
    heading = heading.strip()
    if not heading or page_title == heading:
        return False
    if page_title.startswith(heading):
        return bool(_SITE_JOIN.match(page_title[len(heading):]))
    if page_title.endswith(heading):
        return bool(_SITE_JOIN.match(page_title[:-len(heading)][::-1]))
    return False


def site_of(page_title: str, heading: str) -> str | None:
    """The site's name a page's ``<title>`` gives beside its heading (``Annual Review 2024-25 | Surf Life Saving
    Illawarra``: ``Surf Life Saving Illawarra``); None when the title is not the heading and a site's name."""
    heading = _as_titled(page_title, heading)
    if not site_titled(page_title, heading):
        return None
    rest = page_title[len(heading):] if page_title.startswith(heading) else page_title[:-len(heading)]
    # (a channel's name between them is no part of the site's: 工作动态_天津市红十字会)
    return rest.strip(" -–—|｜_").split("_")[-1].strip() or None


def printed_title(blocks: list[Block], page_title: str) -> bool:
    """Whether a page opens with its issuer's name over a heading that holds its ``<title>`` and says more (a Word
    file saved as html: 香港紅十字會　離島區長洲青年團 over 二〇二五年長洲太平清醮急救服務總結): the page prints its own
    title, and the body over it wrote it (read so by ``.letterhead.issuer_over_title``)."""
    if len(blocks) < 2 or any(b.kind != "heading" for b in blocks[:2]):
        return False
    issuer, printed, titled = blocks[0].text.strip(), blocks[1].text.strip(), page_title.strip()
    return bool(titled) and titled in printed and printed != titled and organisation(to_simplified(issuer))


def head_with_title(blocks: list[Block], page_title: str, own: str | None) -> None:
    """Head ``blocks`` with the page's title: its first heading where that is the title without the site's name,
    else the title's own part (``own``, when the site's name is known), else the whole title; none where the page
    prints its own title under its issuer's name (:func:`printed_title`)."""
    if printed_title(blocks, page_title):
        return
    first = next((i for i, b in enumerate(blocks) if b.kind == "heading"), None)
    heading = blocks[first].text if first is not None else ""
    if first is not None and (heading.strip() == own if own else site_titled(page_title, heading)):
        blocks[first] = Block("heading", heading, 1)  # the page's own title, without the site's name
    else:
        blocks.insert(0, Block("heading", own or page_title, 1))


def masthead_lines(soup, only_links) -> list[str]:
    """The lines a page's masthead sets under its name, when the page's only ``<h1>`` s are in its ``<header>``
    (a newsletter's: ``The Rip Current`` over ``Newsletter of the … Service, Tauranga - Issue 14, November 2025``):
    they say whose the page is and which issue, as a report's line under its title does. A site's header with no
    ``<h1>`` (a logo, a motto, a menu) states nothing of the page."""
    headings = soup.find_all("h1")
    if not headings or any(h.find_parent("header") is None for h in headings):
        return []
    out = []
    for h1 in headings:
        for p in h1.find_all_next("p"):
            if p.find_parent("header") is not h1.find_parent("header"):
                break
            if not only_links(p) and p.find_parent("nav") is None and (text := clean_text(p.get_text(" ", strip=True))):
                out.append(text)
    return out


def under_title(blocks: list[Block], lines: list[str]) -> list[Block]:
    """``blocks`` with ``lines`` as paragraphs right under the title heading (and its byline, if one stands there)."""
    first = next((i for i, b in enumerate(blocks) if b.kind == "heading" and b.level == 1), None)
    if first is None or not lines:
        return blocks
    at = first + 1 + (first + 1 < len(blocks) and bool(_BYLINE.search(blocks[first + 1].text)))
    return [*blocks[:at], *(Block("text", x) for x in lines), *blocks[at:]]
