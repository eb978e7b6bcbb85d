"""Html that states its structure loosely: text set in a ``<div>``, a ``<section>`` or a ``<span>`` with no paragraph
around it (read nowhere, it was lost), and paragraphs all in bold that head a page's sections."""
from __future__ import annotations

# the elements that run inside a line of text: a run of them and of bare text is one paragraph
INLINE = frozenset(("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "font", "i",
                     "img", "ins", "kbd", "label", "mark", "q", "s", "samp", "small", "span", "strike", "strong",
                     "sub", "sup", "time", "tt", "u", "var", "wbr"))


def wrap_loose(soup, root, blocks: frozenset[str]) -> list:
    """Wrap each run of text and inline elements under ``root`` that no element of ``blocks`` holds in a ``<p>``
    of its own, so the loader reads it as a paragraph (``<div>上半年拨付资金<span>150万元</span></div>``); the new
    paragraphs. Text in a ``<details>`` entry is left to the entry's own reading (``html_pairs.loose_text``); a run
    that is only links (a menu: 首页 通知公告 …, a breadcrumb, a related article's headline) names other pages, no
    fact of this one: left out."""
    from bs4 import NavigableString

    made = []

    for string in list(root.find_all(string=True)):
        if type(string) is not NavigableString or not string.strip():
            continue  # (a comment, a doctype, CDATA or only spaces)
        node = string
        while node.parent is not None and node.parent.name in INLINE:
            node = node.parent
        if node.parent is None or any(a.name in blocks or a.name == "details" for a in node.parents):
            continue
        run = [node]
        while _inline(run[0].previous_sibling):
            run.insert(0, run[0].previous_sibling)
        while _inline(run[-1].next_sibling):
            run.append(run[-1].next_sibling)
        if _menu(run):
            for part in run:
                part.extract()
            continue
        p = soup.new_tag("p")
        run[0].insert_before(p)
        for part in run:
            p.append(part.extract())
        made.append(p)
    return made


def _menu(run) -> bool:
    """Whether a run's text is all in its links but for the marks between them (| · / > › » →)."""
    links = [x for x in run if getattr(x, "name", None) == "a"]
    rest = "".join(x.get_text() if getattr(x, "name", None) != "a" else "" for x in run)
    return bool(links) and not rest.strip(" \t\r\n|｜·•/->›»→")


def _inline(node) -> bool:
    from bs4 import NavigableString

    return node is not None and (type(node) is NavigableString or getattr(node, "name", None) in INLINE)


def all_bold(el) -> bool:
    """Whether every piece of text in ``el`` is set in ``<b>`` or ``<strong>`` (a heading written by hand)."""
    def bold(text) -> bool:
        node = text.parent
        while node is not None and node is not el:
            if node.name in ("b", "strong"):
                return True
            node = node.parent
        return False
    texts = [t for t in el.find_all(string=True) if t.strip()]
    return bool(texts) and all(bold(t) for t in texts)
