"""A document's title and author read from its first blocks: the first heading no later heading outranks, and the
byline after it (``■ 张亚东``, ``作者：…``, a Word bullet or a PDF's bullet glyph before a name)."""
from __future__ import annotations

import re

from reportbot.corpus.blocks import Block

_AUTHOR = re.compile(r"^(?:[■□●◆▲★☆◇]+|作者[:：]|文[/／:：]|by\s+|撰稿[:：]|记者[:：]?)\s*(.{1,40})$", re.I)
_BYLINE_CHARS = 12  # a byline is a name or two; longer lone items are content
# a first line that ends in a byline mark and a name (…工作综述 ■ 陈立群): group 1 is the byline, group 2 the name
_TRAILING_BYLINE = re.compile(rf"^.{{4,}}?\s((?:[■□●◆▲★☆◇]+)\s*([^\s，。；：,.;:■□●◆▲★☆◇]{{1,{_BYLINE_CHARS}}}))$")


def title_and_author(blocks: list[Block]) -> tuple[str | None, str | None, str | None, set[int]]:
    """The title (a first heading no later heading outranks), the author and its line, and the blocks they use."""
    content = [i for i, b in enumerate(blocks) if b.kind != "page"]
    title, author, author_line, used = None, None, None, set()
    levels = [b.level for b in blocks if b.kind == "heading"]
    first = blocks[content[0]] if content else None
    if first is not None and first.kind == "heading" and len(content) > 1 and first.level <= min(levels):
        title = first.text
        used.add(content.pop(0))
    line = blocks[content[0]].text if content and blocks[content[0]].kind in ("text", "heading") else ""
    m, tail = _AUTHOR.match(line), _TRAILING_BYLINE.match(line)
    if m and len(line) <= 40:
        author, author_line = m.group(1).strip(), line
        used.add(content[0])
    elif title and _byline_item(blocks, content):
        # "■  林振华" under a docx title: the word processor's bullet was the byline's mark
        author = author_line = blocks[content[0]].text
        used.add(content[0])
    elif title and blocks[content[0]].kind == "heading" and _byline_item(blocks, content[1:]):
        # a subtitle heading, then the byline a PDF's text layer read as a bullet item: the subtitle stays a heading
        author = author_line = blocks[content[1]].text
        used.add(content[1])
    elif title and blocks[content[0]].kind == "heading" and len(content) > 1 and blocks[content[1]].kind == "text" \
            and (m := _AUTHOR.match(blocks[content[1]].text)) and len(m.group(0)) <= 40:
        # a subtitle heading, then the byline as a line (■ 李晋峰, the bullet put back by ``blocks.bylined``)
        author, author_line = m.group(1).strip(), m.group(0)
        used.add(content[1])
    elif title and tail:
        # the subtitle line ends with the byline (…综述 ■ 陈立群): the line stays a passage, it holds the subtitle
        author, author_line = tail.group(2).strip(), tail.group(1)
    return title, author, author_line, used


def _byline_item(blocks: list[Block], content: list[int]) -> bool:
    """Whether the first block after the title is a lone list item short enough to be a name."""
    if not content or blocks[content[0]].kind != "item":
        return False
    text = blocks[content[0]].text
    lone = len(content) == 1 or blocks[content[1]].kind != "item"
    return lone and len(text) <= _BYLINE_CHARS and not re.search(r"[，。；：,.;:]", text)
