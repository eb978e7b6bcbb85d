"""A Word report whose sections sit in a two-column layout table: each row a section's label in the left cell (一、组织
建设, Background) and the section's text, in paragraphs, in the right.

Read as a data table, its first row was taken for the header, so the first section's text stood in no passage's
text, and every section ran into one table passage under no heading. A table is so laid out when it has two rows or
more of exactly two cells each, every left cell a short numbered section's label (一、, （一）, 1., one paragraph, no
sentence end, the labels distinct: a project's schedule, 第一阶段 beside what it does, is a table) and every right
cell text, no label (a sentence's end, or longer than a heading): a header row's
right cell names a column (完成, 说明) and a label-and-value table's right cells are short values, so neither is
one. Each label then heads its text, at its numbering's level (:func:`.sentences.hand_level`). What follows the
table stands outside its last cell: a caption there over a table (附表　主要指标完成情况) heads that table at the
labels' level, where the table had stood under the last label's section (五、2025年工作安排 over the 2024 figures).
"""
from __future__ import annotations

from reportbot.corpus.blocks import Block
from reportbot.corpus.sentences import ENUMERATED, SECTION, hand_level, is_heading

_LABEL = 20  # a section's label is a few words (一、组织建设, 三、“三献”工作)


def label_rows(rows: list[list[str]]) -> bool:
    """Whether ``rows`` (each row's cells' texts, a cell's paragraphs a line each) lay sections out: two or more rows
    of two cells, each a label over text (see the module)."""
    if len(rows) < 2 or any(len(r) != 2 for r in rows):
        return False
    labels = [r[0].strip() for r in rows]
    if len(set(labels)) != len(labels):
        return False
    for label, text in rows:
        if "\n" in label.strip() or len(label.strip()) > _LABEL or not is_heading(label) \
                or not (SECTION.match(label.strip()) or ENUMERATED.match(label.strip())):
            return False
        if not text.strip() or is_heading(" ".join(text.split())):
            return False
    return True


def label_level(label: str) -> int:
    """The heading level a section's label stands at."""
    return hand_level(label.strip())


def after_layout(blocks: list[Block], ends: list[int]) -> list[Block]:
    """``blocks`` with the caption right after a labelled layout table (``ends``: the ``id`` of each one's last
    block) and over a table made a heading at the level of the layout's labels (see the module)."""
    out = list(blocks)
    for i, b in enumerate(blocks[:-2]):
        caption, table = blocks[i + 1], blocks[i + 2]
        if id(b) in ends and caption.kind == "text" and table.kind == "table" \
                and is_heading(caption.text, labels=False):
            level = next(h.level for h in reversed(blocks[:i]) if h.kind == "heading")
            out[i + 1] = Block("heading", caption.text.strip(), level)
    return out
