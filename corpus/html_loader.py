"""An html page as blocks: headings h1–h6, paragraphs, list items and tables, in order.

A list item keeps the number its ``<ol>`` gives it (``start``, ``type`` or its style's list type, ``reversed``, an
item's ``value``, a nested list counting on its own), as :mod:`.list_numbers` writes it; a ``<br>`` stays a line
break (``blocks.LINE_BREAK``).
"""
from __future__ import annotations

import re

from reportbot.corpus.blocks import LINE_BREAK, Block
from reportbot.corpus.glyphs import clean_text
from reportbot.corpus.html_aria import role_tables
from reportbot.corpus.html_chrome import (
    articles_holder,
    class_words,
    content_box,
    heading_numbers,
    main_beside_article,
    numbering,
    outside_facts,
    side_boxes,
    subheadings,
)
from reportbot.corpus.html_crumbs import without_trails
from reportbot.corpus.html_layout import unwrap_layout_tables
from reportbot.corpus.html_loose import all_bold, wrap_loose
from reportbot.corpus.html_marks import raised_marks
from reportbot.corpus.html_notices import COPYRIGHT, drop_consent_boxes, drop_cookie_sentences
from reportbot.corpus.html_pairs import definitions, loose_text, panel_questions, table_rows
from reportbot.corpus.html_site import (
    head_with_title,
    masthead_lines,
    own_part,
    site_name,
    site_of,
    under_title,
    with_site_byline,
)
from reportbot.corpus.html_text import element_text as _text
from reportbot.corpus.html_text import spelled_out
from reportbot.corpus.limits import check_markup
from reportbot.corpus.list_numbers import html_label, item_text
from reportbot.corpus.sentences import ENUMERATED, SECTION, hand_level, is_heading

_CONTAINED = frozenset(("p", "li", "table", "dl"))
_LISTS = frozenset(("ol", "ul"))
# the words of a list-style shorthand that name no list type: its position, keywords that set nothing of their own
_NOT_TYPES = frozenset(("inside", "outside", "inherit", "initial", "unset", "revert", "!important"))
_HTML_SKIP = ["script", "style", "nav", "header", "aside", "noscript", "form", "iframe", "svg", "button"]
_COPYRIGHT = COPYRIGHT  # (a footer's copyright notice: .html_notices)
# the class words a site's footer box goes by (``class="footer"``; ``class="foot"``, as many Chinese templates name it)
_FOOTER = frozenset(("footer", "foot"))
_BLOCK_TAGS = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "table", "dl", "summary", "dt", "dd",
               "figcaption"]


def html_blocks(text: str) -> list[Block]:
    """Headings h1–h6, paragraphs, list items and tables (each row with its header), in order."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(check_markup(text), "html.parser")
    role_tables(soup)  # (a grid of <div>s marked role="table": a table)
    raised_marks(soup)  # (a note's mark set as <sup>1</sup>: .html_marks)
    unwrap_layout_tables(soup)  # (a page laid out in tables: its parts are boxes, its data tables stay tables)
    page_title = clean_text(soup.title.get_text(" ", strip=True)) if soup.title else ""
    marks = [_without_nav(h) for h in soup.find_all("header")]  # the site's name as its header writes it
    masthead = masthead_lines(soup, _only_links)  # (read under the page's title)
    drop_consent_boxes(soup)
    asides = side_boxes(soup, _only_links)  # (read after the page's footer: their headings head only them)
    panel_questions(soup, _only_links)  # (an accordion's buttons: the questions their panels answer)
    for tag in soup(_HTML_SKIP):
        tag.decompose()
    spelled_out(soup)  # (an abbreviation's full name, given in its title, where it is first used: .html_text)
    # a page's footer says who publishes it, where and how to reach them (an address, a phone, a charity or 备案
    # number): its text is the page's, read after the content; a footer of bare text reads as one paragraph
    footers = soup.find_all("footer") or [el for el in soup.find_all(["div", "section"]) if class_words(el) & _FOOTER
                                           and not any(class_words(a) & _FOOTER for a in el.parents)]
    for footer in footers:
        # its links to the site's other pages (Privacy, Cookies, Sitemap) and the headings over them name no fact
        for el in footer.find_all(["h1", "h2", "h3", "h4", "h5", "h6", "li", "p", "div"]):
            if el.parent is not None and _only_links(el):
                el.decompose()
        for string in footer.find_all(string=_COPYRIGHT):
            string.replace_with(_COPYRIGHT.sub(" ", string))
        drop_cookie_sentences(footer)
        if not footer.find(_BLOCK_TAGS):
            footer.name = "p"
    boxed = not (soup.find("article") or soup.find("main")) and content_box(soup, footers)
    stories = articles_holder(soup, _only_links)  # (a newsletter's several stories: read them all, in order)
    root = stories or soup.find("article") or soup.find("main") or boxed or soup.body or soup
    # (outside a box only its class names: what states a fact there is the page's too, read after the content)
    if boxed:
        beside = outside_facts(soup, root, footers, frozenset(_BLOCK_TAGS), _only_links)
    elif stories:
        beside = []
    else:
        boxes = main_beside_article(soup, soup.find("article"), _only_links)
        beside = [el for box in boxes for el in box.find_all(_BLOCK_TAGS)]
    for made in wrap_loose(soup, root, frozenset(_BLOCK_TAGS)):  # (a footer set in a <div>: its notice as above)
        for string in made.find_all(string=_COPYRIGHT):
            string.replace_with(_COPYRIGHT.sub(" ", string))
    numbers: dict[int, dict[int, str | None]] = {}
    # bold paragraphs may head its sections, or those numbered as its headings are (一、 in bold among <h3>二、)
    own = subheadings(root)
    for h in root.find_all(["h3", "h4", "h5", "h6"]):  # a box of links (相关链接) stands under no section of the text
        if h not in own:
            h.name = "h2"
    sections = not own or heading_numbers(root)
    # a page read whole (no article, main or content box) holds its site's footer: read apart, after the content,
    # as one outside the article is (in its place it had run into the page's closing lines)
    whole = root is soup.body or root is soup
    sited = [f for f in footers if f is not root and (whole or root not in f.parents)]
    for footer in sited if whole else ():
        footer.extract()
    blocks = _blocks(root.find_all(_BLOCK_TAGS), numbers, sections)
    if not blocks:
        blocks = [Block("text", x) for x in root.get_text("\n", strip=True).split("\n")]
    blocks += _blocks(beside, numbers)
    footed: list[Block] = []
    for footer in sited:  # a site's footer outside the page's article
        footed += _blocks([footer] if footer.name == "p" else footer.find_all(_BLOCK_TAGS), numbers)
    # (the site's footer is no part of the page's last section: it stands under the site's name its <title> gives)
    # (a page with no <h1> of its own, its masthead's in the <header>, is titled by its <title>'s own part)
    elsewhere = " ".join([*marks, *(clean_text(f.get_text(" ", strip=True)) for f in footers)])
    title = next((b.text for b in blocks if b.kind == "heading" and b.level == 1), "") or \
        own_part(page_title, elsewhere) or ""
    site = site_of(page_title, title) if footed and footed[0].kind != "heading" else None
    if site and [b.text.strip() for b in footed] == [site]:  # (a footer of the name alone heads nothing)
        # and says nothing the page's byline does not (作者：…, :func:`.html_site.with_site_byline`)
        footed, site = ([] if site_name(page_title, title) == site else footed), None
    boxes = [b for aside in asides for b in _side_box(aside, numbers)]
    if not site and not boxes and footed and all(b.kind == "text" for b in footed):
        # a footer with no name to stand under, ending the page: its closing, under no section (.closing)
        footed = [Block("closing", b.text) for b in footed]
    # a footer under the site's name is read last, as the page shows it, each side box before it under its own
    # heading; a footer with no name to stand under is read before the boxes (no box's heading heads it)
    blocks += boxes + [Block("heading", site, 2)] + footed if site else footed + boxes
    first = next((i for i, b in enumerate(blocks) if b.kind == "heading"), None)
    if first and blocks[first].level == 1:  # the page's title heads it, over a source line or a banner set before it
        blocks.insert(0, blocks.pop(first))
    if page_title and not any(b.kind == "heading" and b.level == 1 for b in blocks):
        head_with_title(blocks, page_title, own_part(page_title, elsewhere))
    # (a site's bar of its name and a breadcrumb trail: no line of the page, .html_crumbs)
    return under_title(with_site_byline(without_trails(blocks), page_title), masthead)


def _side_box(aside, numbers: dict[int, dict[int, str | None]]) -> list[Block]:
    """A side box's blocks (a box of bare text reads as one paragraph, as a footer's does), its headings raised so
    the highest is a section's (level 2): an ``<h3>`` over a box stands under no section of the page's content."""
    blocks = _blocks(aside.find_all(_BLOCK_TAGS), numbers) or [Block("text", clean_text(aside.get_text(" ")))]
    top = min((b.level for b in blocks if b.kind == "heading"), default=2)
    return [Block("heading", b.text, max(2, b.level - top + 2)) if b.kind == "heading" else b for b in blocks]


def _without_nav(header) -> str:
    """A page header's text but its menu (a menu names the site's other pages, not the site)."""
    for nav in header.find_all("nav"):
        nav.decompose()
    return clean_text(header.get_text(" ", strip=True))


def _only_links(el) -> bool:
    """Whether an element's text is all link text (a footer's 隐私政策 | 网站地图), or it is a heading."""
    if el.name[0] == "h" and el.name[1:].isdigit():
        return True
    texts = [t for t in el.find_all(string=True) if t.strip() and t.strip() not in "|｜·•/-"]
    return bool(texts) and all(t.find_parent("a") is not None for t in texts)


_WORD_LIST = re.compile(r"mso-list\s*:\s*l\d+\s+level(\d)")  # (Word's list paragraph: mso-list:l0 level1 lfo1)


def _blocks(elements, numbers: dict[int, dict[int, str | None]],
            sections: bool | dict[str, int] = False) -> list[Block]:
    """The blocks of ``elements`` (found in document order), each read once; ``sections``: a paragraph all in bold in
    a heading's shape heads a section (True: a page without subheadings of its own; a map of numberings to levels:
    one numbered as the page's headings of that level are)."""
    blocks: list[Block] = []
    for el in elements:
        # inside a table or a definition list, or a container whose children are taken on their own (walked by hand:
        # bs4's find and find_parent build a filter per call, 30 times the walk's cost on a page of 100,000 elements)
        # a list item takes all its text but its nested lists and tables, which come after it
        if any(a.name in ("table", "dl") or a.name == "li" and el.name not in ("li", "table") for a in el.parents) or (
                el.name not in ("table", "li", "dl") and any(getattr(d, "name", None) in _CONTAINED
                                                             for d in el.descendants)):
            continue
        if el.name == "table":  # (its <caption> names it: a line over it, which opens its passage)
            caption = el.find("caption", recursive=False)
            named = clean_text(_text(caption, False)).replace(LINE_BREAK, " ").strip() if caption else ""
            blocks += [Block("text", named)] if named else []
            blocks.append(Block("table", rows=table_rows(el)))
            continue
        if el.name == "dl":  # a term and its definition read together, a paragraph each (First aider: A volunteer …)
            blocks += [Block("text", clean_text(x)) for x in definitions(el, lambda x: _text(x, False))]
            continue
        text = clean_text(_text(el, el.name == "li"))
        if not text.replace(LINE_BREAK, "").strip():
            continue
        if el.name[0] == "h" and el.name[1:].isdigit():
            blocks.append(Block("heading", text.replace(LINE_BREAK, " "), int(el.name[1])))
        elif el.name == "li":
            depth = sum(1 for a in el.parents if a.name in _LISTS)
            blocks.append(Block("item", item_text(_number(el, numbers), text), max(depth - 1, 0)))
        elif el.name == "dd":  # (outside a definition list)
            blocks.append(Block("item", text))
        elif el.name == "p" and (word := _WORD_LIST.search(el.get("style") or "")):
            # (a page saved from Word: a list's item is a paragraph naming its list and level, its number written
            # before its text, <![if !supportLists]>2.<![endif]>: an item, as an <ol>'s is)
            blocks.append(Block("item", text, max(int(word.group(1)) - 1, 0)))
        elif el.name == "summary" and is_heading(text) and (SECTION.match(text) or ENUMERATED.match(text)):
            # (a collapsed block's <summary> in a numbered section's shape, 一、培训, no question: its section's
            # heading, the text in its <details> under it)
            blocks.append(Block("heading", text.replace(LINE_BREAK, " "), hand_level(text)))
            blocks += [Block("text", x) for x in loose_text(el)]
        elif sections and el.name == "p" and all_bold(el) and is_heading(text) and \
                (sections is True or numbering(text) in sections):
            blocks.append(Block("heading", text, hand_level(text) if sections is True else sections[numbering(text)]))
        else:  # (a <details>' <summary>: the question its entry answers, a line over the answer, as a FAQ writes it)
            blocks.append(Block("text", text))
            if el.name == "summary":
                blocks += [Block("text", x) for x in loose_text(el)]
    return blocks


def _number(li, numbers: dict[int, dict[int, str | None]]) -> str | None:
    """The number a browser shows before ``li`` (None in a bulleted list), counted once for its whole list."""
    parent = li.parent
    if parent is None or parent.name != "ol":
        return None
    if id(parent) not in numbers:
        items = [c for c in parent.children if getattr(c, "name", None) == "li"]
        fmt = list_style_type(parent.get("style") or "") or parent.get("type") or "1"
        down = parent.has_attr("reversed")
        n = _int(parent.get("start"), len(items) if down else 1)
        labels = {}
        for item in items:
            n = _int(item.get("value"), n)
            labels[id(item)] = html_label(n, fmt)
            n += -1 if down else 1
        numbers[id(parent)] = labels
    return numbers[id(parent)].get(id(li))


def list_style_type(style: str) -> str | None:
    """The list type an element's ``style`` sets (``decimal``, ``lower-roman``, ``none``), None where it sets none.

    The last declaration wins, as in CSS. The ``list-style`` shorthand names its type among a position and an image
    (``inside decimal``, ``none``); one that names no type sets the initial one, a disc, as a browser shows it.
    """
    fmt = None
    for declaration in style.lower().split(";"):
        name, _, value = declaration.partition(":")
        words = [w for w in value.replace("!important", " ").split() if w not in _NOT_TYPES]
        if name.strip() == "list-style-type" and words:
            fmt = words[0]
        elif name.strip() == "list-style" and value.strip():
            types = [w for w in words if not w.startswith("url(")]
            # "none" is the type where no other word names one (list-style: none url(dot.png): the image, no number)
            fmt = next((w for w in types if w != "none"), "none" if types else "disc")
    return fmt


def _int(text, default: int) -> int:
    text = (text or "").strip()
    return int(text) if text.lstrip("-").isdigit() and len(text) <= 9 else default
