"""An html element's text as a browser shows it on one line (the html loader's reading of a paragraph, an item, a
cell)."""
from __future__ import annotations

import re

from reportbot.corpus.blocks import LINE_BREAK
from reportbot.corpus.html_loose import INLINE

_LISTS = frozenset(("ol", "ul"))


# two elements that meet with no text between (<span>Monday</span><span>06:30</span>) are two fields: a space
# between word characters, figures and currency marks; nothing elsewhere (<b>3160人</b><b>。</b>)
_TOUCH = "\x00"
_TOUCHING = re.compile(f"(?<=[A-Za-z0-9£$€¥%)]){_TOUCH}(?=[A-Za-z0-9£$€¥(])")


def element_text(el, own: bool) -> str:
    """An element's text as a browser shows it on one line: pieces joined as the page joins them (``<b>3160人</b>。``
    is 3160人。, no space put in; two fields set as touching spans kept apart), a ``<br>`` a line break, an element
    set on a line of its own (a ``<div>``, a ``<p>``) apart from its neighbours; ``own``: without the lists and
    tables nested in it."""
    from bs4 import CData, NavigableString

    parts: list[str] = []

    def walk(node) -> None:
        touching = False  # (the child before this one was an element: two cells set as spans meet)
        for child in node.children:
            if type(child) in (NavigableString, CData):
                parts.append(str(child))
                touching = False
            elif child.name == "br":
                parts.append(LINE_BREAK)
                touching = False
            elif not (own and child.name in (*_LISTS, "table")) and hasattr(child, "children"):
                apart = child.name not in INLINE
                parts.append(" " if apart else _TOUCH if touching else "")
                walk(child)
                parts.append(" " if apart else "")
                touching = True
    walk(el)
    text = _TOUCHING.sub(" ", "".join(parts)).replace(_TOUCH, "")
    text = re.sub(r"[ \t\r\n\f\v]+", " ", text)
    text = re.sub(f" ?{LINE_BREAK}[ {LINE_BREAK}]*", LINE_BREAK, text)
    return text.strip(f" {LINE_BREAK}")


_CJK = re.compile(r"[\u3400-\u9fff]")


def spelled_out(soup) -> None:
    """Spell each abbreviation out where the page first uses it, as a writer does (``<abbr title="心肺復甦法">CPR
    </abbr>`` read ``CPR（心肺復甦法）``, ``AED (automated external defibrillator)`` in English): the full name the page
    gives only in its markup is a name a reader asks by. Once a name, and not where the text around it writes it."""
    seen: set[str] = set()
    for abbr in soup.find_all("abbr"):
        name = " ".join((abbr.get("title") or "").split())
        short = abbr.get_text(" ", strip=True)
        around = abbr.parent.get_text(" ", strip=True) if abbr.parent else ""
        if not name or name in seen or name == short or around.count(name):
            continue
        seen.add(name)
        abbr.insert_after(f"（{name}）" if _CJK.search(name) else f" ({name})")
