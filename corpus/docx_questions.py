"""A Word FAQ's questions set as a numbered list (style List Number, the number Word's, none in the text), each over
its answer in plain paragraphs: each question heads its answer, as a FAQ's section. Read as list items, each
question was a one-item list standing as a passage of its own, its answer a passage under no question (and the
line over the first question, the FAQ's issuer and date, opened the first question's list)."""
from __future__ import annotations

import re

from reportbot.corpus.blocks import Block

# a question's end: a question mark, closing quotes or brackets after it allowed
_ASKS = re.compile(r"[?？][\"'”’）)]*\s*$")


def questions_over_answers(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each list item at the top level that asks a question and stands right over a paragraph (its
    answer) made a heading, one level under the heading above it; where at least two items do so and every top-level
    item standing over a paragraph asks one (a list of points, each over a remark, is no FAQ)."""
    over = [i for i, (b, after) in enumerate(zip(blocks, blocks[1:])) if b.kind == "item" and b.level == 0
            and after.kind == "text"]
    asked = [i for i in over if _ASKS.search(blocks[i].text)]
    if len(asked) < 2 or len(asked) < len(over):
        return blocks
    out: list[Block] = []
    above = 1  # (the level of the heading above: the title's where none is set)
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            above = b.level
        out.append(Block("heading", b.text, above + 1) if i in asked else b)
    return out
