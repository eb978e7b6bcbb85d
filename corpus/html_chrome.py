"""Where a page's own text is, when its markup does not say so with ``<article>`` or ``<main>``.

A site built of ``<div>`` s names its parts in their classes and ids: a government page's ``<div class="article">``
holds the report, while the ``topbar``, the ``crumb`` (当前位置：首页 > …) and the ``leftnav`` around it are the
site's, the same on every page; its ``<div class="footer">`` is the site's footer (who runs it, where), read as a
``<footer>`` is. A page may also set some section headings as bold paragraphs and others as ``<h3>``, numbered in
one series (一、 in bold, 二、 to 七、 as ``<h3>``): the bold ones head sections as the others do.
"""
from __future__ import annotations

import re

# class and id words that name the box of a page's own text (a Bootstrap ``container`` or a ``wrapper`` holds
# the whole site, so they are not among them)
_CONTENT_WORDS = frozenset({"article", "content", "main", "post", "entry", "detail", "story"})
_SHARE = 0.6  # the box holds at least this share of the page's text: its text, not a teaser or a title bar
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|"
                        r"第[一二三四五六七八九十\d]{1,3}[章节部分])")


def class_words(el) -> set[str]:
    """The words of an element's class and id (``main-content`` → main, content), lowercased."""
    names = " ".join(el.get("class") or []) + " " + str(el.get("id") or "")
    return {w.lower() for w in re.split(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])", names) if w}


def content_box(soup):
    """The innermost ``<div>`` or ``<section>`` named as content (``class="article"``) that holds the page's
    ``<h1>`` and most of its text; None when there is none."""
    body = soup.body or soup
    h1 = body.find("h1")
    total = len(body.get_text(strip=True))
    if h1 is None or not total:
        return None
    boxes = [a for a in h1.parents if a.name in ("div", "section") and class_words(a) & _CONTENT_WORDS
             and len(a.get_text(strip=True)) >= _SHARE * total]
    return boxes[0] if boxes else None


def numbering(text: str) -> str:
    """A heading's numbering with its number left out (二、 and 七、 are ``一、``; 3. is ``1.``), or ''."""
    m = _NUMBERING.match(text.strip())
    return re.sub(r"\d+", "1", re.sub(r"[一二三四五六七八九十]+", "一", m.group(0))) if m else ""


def heading_numbers(root) -> dict[str, int]:
    """The numberings of a page's ``<h2>``–``<h6>`` headings, each with the level of its first heading."""
    out: dict[str, int] = {}
    for h in root.find_all(["h2", "h3", "h4", "h5", "h6"]):
        key = numbering(h.get_text(" ", strip=True))
        if key:
            out.setdefault(key, int(h.name[1]))
    return out
