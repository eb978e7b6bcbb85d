"""The site that publishes an html page, as its ``<title>`` names it beside the page's own title.

A page's ``<title>`` is often its heading and the site's name (``志工與捐血常見問答 - 中華民國紅十字會彰化縣支會``); the
page's own title is the heading, and the site's name is who wrote it. An FAQ or a notice rarely repeats its
organisation's name (and so its place) in its title or its text: that name is the page's author, read as a byline
under its title, so the header card shows who published it and a question naming its place finds its passages."""
from __future__ import annotations

import re

from reportbot.corpus.blocks import Block

_SPLIT = re.compile(r"\s+[-|｜–—]\s+|\s*[|｜–—_]\s*")
# a byline the title block already has (作者：…, By …, a source line naming its author)
_BYLINE = re.compile(r"(?i)^(?:作者|撰稿|记者|記者|by)\b|(?:作者|撰稿|author)\s*[:：]")


# a Chinese organisation's name holds the level of the place it serves (彰化縣支會, 天津市红十字会, 朝阳区…): the
# names a byline is for; an English site's name is a brand, its place in the page's own text (a byline there
# drew the questions naming the organisation to the header card, review-36)
_PLACED_NAME = re.compile(r"[\u4e00-\u9fff]{2,}[省市县縣区區州盟旗镇鎮乡鄉]")


def site_name(page_title: str, heading: str) -> str | None:
    """The part of ``page_title`` that is not ``heading`` when the title is the heading and one other part joined by
    a dash or a bar, and that part is an organisation's Chinese name holding its place's level (no date, no
    "English" or "PDF version"); None otherwise."""
    parts = [x.strip() for x in _SPLIT.split(page_title) if x.strip()]
    if len(parts) != 2 or heading.strip() not in parts:
        return None
    other = parts[1 - parts.index(heading.strip())]
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
