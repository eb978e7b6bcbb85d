"""Where a page's own text is, when its markup does not say so with ``<article>`` or ``<main>``.

A site built of ``<div>`` s names its parts in their classes and ids: a government page's ``<div class="article">``
holds the report, while the ``topbar``, the ``crumb`` (当前位置：首页 > …) and the ``leftnav`` around it are the
site's, the same on every page; its ``<div class="footer">`` is the site's footer (who runs it, where), read as a
``<footer>`` is; an ``<aside>`` that states facts (opening hours, an address) is the page's too. A page may also set
some section headings as bold paragraphs and others as ``<h3>``, numbered in one series (一、 in bold, 二、 to 七、
as ``<h3>``): the bold ones head sections as the others do.
"""
from __future__ import annotations

import re

# class and id words that name the box of a page's own text (a Bootstrap ``container`` or a ``wrapper`` holds
# the whole site, so they are not among them)
_CONTENT_WORDS = frozenset({"article", "content", "main", "post", "entry", "detail", "story"})
_FACT_CHARS = 20  # a paragraph outside the box this long, with a figure, states something (not a menu's item)
_SHARE = 0.6  # the box holds at least this share of the page's text: its text, not a teaser or a title bar
_NUMBERING = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d)|"
                        r"第[一二三四五六七八九十\d]{1,3}[章节部分])")


def class_words(el) -> set[str]:
    """The words of an element's class and id (``main-content`` → main, content), lowercased."""
    names = " ".join(el.get("class") or []) + " " + str(el.get("id") or "")
    return {w.lower() for w in re.split(r"[\s_\-]+|(?<=[a-z])(?=[A-Z])", names) if w}


def content_box(soup, footers=()):
    """The innermost ``<div>`` or ``<section>`` named as content (``class="article"``) that holds the page's
    ``<h1>`` and most of its text but its footers'; None when there is none, or when the page has more than one
    such box (a list page of articles, an ``<h1>`` outside the box, a box beside another of its class)."""
    body = soup.body or soup
    h1s = body.find_all("h1")
    total = len(body.get_text(strip=True)) - sum(len(f.get_text(strip=True)) for f in footers)
    if not h1s or total <= 0:
        return None
    boxes = [a for a in h1s[0].parents if a.name in ("div", "section") and class_words(a) & _CONTENT_WORDS
             and len(a.get_text(strip=True)) >= _SHARE * total]
    if not boxes:
        return None
    box = boxes[0]
    twins = [x for x in box.find_next_siblings(box.name) + box.find_previous_siblings(box.name)
             if x.get("class") == box.get("class") and x.get("class")]
    if twins or any(box not in h.parents for h in h1s):
        return None
    return box


def outside_facts(soup, root, footers, blocks: frozenset[str], only_links) -> list:
    """The paragraphs outside the page's content box that state something (a figure in a sentence: a side box's
    opening hours), read after the content; the site's menus, bars and breadcrumbs (link text, or a few words with
    no figure) are left out."""
    body = soup.body or soup
    out = []
    for el in body.find_all(blocks):
        if el is root or root in el.parents or el in root.parents or any(f is el or f in el.parents for f in footers):
            continue
        if any(a.name in blocks for a in el.parents if a is not body):
            continue  # (read with the block that holds it)
        text = el.get_text(" ", strip=True)
        if len(text) >= _FACT_CHARS and re.search(r"\d", text) and not only_links(el):
            out.append(el)
    return out


def side_boxes(soup, only_links) -> list:
    """The page's ``<aside>`` s that state something: a box of opening hours, an address and a phone beside a course
    page is the page's own, while one of links (related articles and their dates, a tag cloud) or of a few words
    with no figure is the site's. Their link lines go; one inside the page's ``<main>`` or ``<article>`` stays where
    it stands (as a ``<div>``), one outside is taken out, to be read after the content (returned)."""
    kept = []
    for aside in soup.find_all("aside"):
        if aside.parent is None or any(a.name == "aside" for a in aside.parents):
            continue
        for el in aside.find_all(["li", "p", "div"]):
            if el.parent is not None and (only_links(el) or _dated_link(el)):
                el.decompose()
        text = aside.get_text(" ", strip=True)
        if len(text) < _FACT_CHARS or not re.search(r"\d", text):
            continue
        if any(a.name in ("main", "article") for a in aside.parents):
            aside.name = "div"
        else:
            kept.append(aside.extract())
    return kept


def _dated_link(el) -> bool:
    """A link with its date beside it and nothing more (a news list's ``Board elected — 12 March 2025``)."""
    if el.find("a") is None:
        return False
    rest = " ".join(t for t in el.find_all(string=True) if t.find_parent("a") is None)
    return bool(re.search(r"(?:19|20)\d\d", rest) and re.fullmatch(_DATE_ONLY, rest.strip()))


# what a dated link says beside its link: a date in figures or with a month's name, dashes and brackets (and a year)
_DATE_ONLY = r"[\s\-–—|·:,./()（）]*(?:\d{1,4}[\s\-–—/.,年月日]*|[A-Za-z]{3,9}\.?[\s,]*){1,4}[\s)）]*|"


def numbering(text: str) -> str:
    """A heading's numbering with its number left out (二、 and 七、 are ``一、``; 3. is ``1.``), or ''."""
    m = _NUMBERING.match(text.strip())
    return re.sub(r"\d+", "1", re.sub(r"[一二三四五六七八九十]+", "一", m.group(0))) if m else ""


def subheadings(root) -> list:
    """A page's ``<h2>``–``<h6>`` headings but those naming a box of links (``<h3>相关链接</h3>`` over a list of
    other pages, Related articles): such a box is no section of the page's text, and its heading says nothing of
    how the text heads its own sections."""
    return [h for h in root.find_all(["h2", "h3", "h4", "h5", "h6"]) if not _names_links(h, root)]


def _names_links(h, root) -> bool:
    """Whether heading ``h``'s box (its parent, not the page's root) holds only links besides it; its strings read
    lazily, up to the first that is no link's (a section's first paragraph: at once)."""
    box = h.parent
    if box is None or box is root:
        return False
    own = {id(t) for t in h.strings}
    linked = False
    for t in box.strings:
        if id(t) in own or not t.strip():
            continue
        if t.find_parent("a") is None:
            return False
        linked = True
    return linked


def heading_numbers(root) -> dict[str, int]:
    """The numberings of a page's ``<h2>``–``<h6>`` headings (:func:`subheadings`), each with the level of its first
    heading."""
    out: dict[str, int] = {}
    for h in subheadings(root):
        key = numbering(h.get_text(" ", strip=True))
        if key:
            out.setdefault(key, int(h.name[1]))
    return out


_WRITTEN_DATE = re.compile(r"\b\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+"
                           r"(?:19|20)\d\d|(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?")


def main_beside_article(soup, article, only_links) -> list:
    """The boxes the page's ``<main>`` sets beside its ``<article>`` that state something (an "At a glance" list of
    figures, a section of contacts with their phones): what ``<main>`` holds is the page's own, and the article alone
    would lose them. A box of links or of a few words with no figure (a breadcrumb, related pages, share buttons) is
    the site's. Read after the article, in order."""
    main = soup.find("main")
    if article is None or main is None or main not in article.parents:
        return []
    out, inner = [], article
    while inner is not main:
        for box in inner.parent.find_all(True, recursive=False):
            if box is inner or box.name in ("script", "style"):
                continue
            # its facts are set as a list's, a definition list's or a table's items (a comment's or a teaser's
            # paragraph is not), and a date (a related story's, a comment's) states nothing
            text = _WRITTEN_DATE.sub(" ", " ".join(
                t for t in box.find_all(string=True) if t.strip() and t.find_parent(["li", "dd", "td"])
                and not t.find_parent(["h1", "h2", "h3", "h4", "h5", "h6", "a"])))
            if len(text.strip()) >= _FACT_CHARS and re.search(r"\d", text) and not only_links(box):
                out.append(box)
        inner = inner.parent
    if len(out) < 2:
        return out
    order = {id(x): k for k, x in enumerate(main.find_all(True))}
    return sorted(out, key=lambda el: order.get(id(el), 0))


def articles_holder(soup, only_links):
    """The element holding a page's several ``<article>`` s (a newsletter's ``<main>`` of five stories, each under
    its own heading), or None where the page has one story: every story is the page's own, and the first alone
    would lose the rest. Counted are the outermost articles that state something beside links (a teaser of a
    headline link is the site's) and share one parent."""
    articles = [a for a in soup.find_all("article") if not any(p.name == "article" for p in a.parents)]
    own = [a for a in articles if not only_links(a)]
    if len(own) < 2 or any(a.parent is not own[0].parent for a in own):
        return None
    return own[0].parent
