"""Blocks written as Markdown: :func:`to_markdown`, which :func:`.blocks.markdown_blocks` reads back into the same
blocks (a line's opening marks escaped, list items numbered as written, a table cell's line breaks as ``<br>``)."""
from __future__ import annotations

import re

from reportbot.corpus.blocks import CLOSING_MARK, LINE_BREAK, Block

# characters that would start a Markdown construct at the start of a line of plain text
_LEADING = re.compile(r"^(\s*)(?:([#>*+\-=|])|(\d+)([.)]\s))")
# an item whose text opens with a decimal number is an ordered (numbered) list item: "3. text" (list_numbers.py)
_ORDERED = re.compile(r"^(\d{1,9})\.\s+(?=\S)")
_RUN = re.compile(r"\s+")


def folded(text: str) -> str:
    """``text`` on one line, each run of whitespace one space; a run holding an ideographic space stays one (it may
    part two Chinese fields, ``训练组　李佩君``, which ``normalize`` keeps apart: a plain space there goes)."""
    return _RUN.sub(lambda m: "\u3000" if "\u3000" in m.group() else " ", text).strip()


def _escaped(m: re.Match) -> str:
    """A line's opening mark escaped where Markdown reads it: ``\\#``; a number's full stop, ``3\\. text`` (a
    backslash before a digit is no escape: it would be read, and shown, as written)."""
    if m.group(2):
        return f"{m.group(1)}\\{m.group(2)}"
    return f"{m.group(1)}{m.group(3)}\\{m.group(4)}"


def _escape(text: str, indent: str = "") -> str:
    """Plain text as a Markdown paragraph that reads back the same; its line breaks (:data:`LINE_BREAK`) as hard
    breaks, each line after one indented by ``indent`` (to stay inside a list item)."""
    lines = [folded(x) for x in text.split(LINE_BREAK)]
    lines = [_LEADING.sub(_escaped, x) for x in lines if x]
    return ("\\\n" + indent).join(lines)


def _items(blocks: list[Block]) -> list[tuple[str, bool]]:
    """Each block's Markdown, and whether it must be set apart from an item before it by a blank line (another
    kind of list at the same depth: a numbered list after a bulleted one, or the reverse; a nested numbered list
    that starts past 1). A numbered item that does
    not follow on from the one before it at its depth starts a list of its own, marked ``3)`` where the list before
    was marked ``1.`` (Markdown would number it on)."""
    out: list[tuple[str, bool]] = []
    open_: list[tuple[int, int | None, str]] = []  # at each depth: the last item's marker width, number, mark
    for b in blocks:
        if b.kind != "item":
            open_ = []
            out.append(("", False))
            continue
        depth = min(max(b.level, 0), len(open_))
        m = _ORDERED.match(b.text)
        number = int(m.group(1)) if m else None
        last = open_[depth] if depth < len(open_) else None
        apart = last is not None and (last[1] is None) != (number is None)
        # a nested numbered list that does not start at 1 cannot interrupt its parent item's paragraph in Markdown
        # (it would read as more of the parent's text): a blank line sets it apart
        apart = apart or (0 < depth == len(open_) and number not in (None, 1))
        mark = "."
        if m and last is not None and last[1] is not None:
            mark = last[2] if number == last[1] + 1 else {".": ")", ")": "."}[last[2]]
        marker, text = (f"{number}{mark}", b.text[m.end():]) if m else ("-", b.text)
        indent = " " * sum(w for w, _, _ in open_[:depth])
        open_ = open_[:depth] + [(len(marker) + 1, number, mark)]
        out.append((indent + marker + " " + _escape(text, " " * sum(w for w, _, _ in open_)), apart))
    return out


def _cell(text: str) -> str:
    """A table cell as a Markdown table writes it: on one line, a line break inside it as ``<br>`` (as GFM writes
    one), read back as a line break (:func:`.md_inline.inline_text`)."""
    return "<br>".join(folded(x) for x in text.split(LINE_BREAK)).replace("|", "\\|")


def to_markdown(blocks: list[Block]) -> str:
    """Write blocks as Markdown that :func:`markdown_blocks` reads back into the same blocks."""
    out: list[str] = []
    items = _items(blocks)
    for i, (b, (item, _)) in enumerate(zip(blocks, items)):
        if b.kind == "heading":
            out.append("#" * min(max(b.level, 1), 6) + " " + folded(b.text))
        elif b.kind == "item":
            out.append(item)
        elif b.kind == "page":
            out.append(f"<!-- page {b.level} -->")
        elif b.kind == "closing":  # (a mark before the closing's first line: the lines after it are the closing's)
            opens = not any(x.kind == "closing" for x in blocks[:i])  # (blocks written as nothing: out is shorter)
            out.append((CLOSING_MARK + "\n\n" if opens else "") + _escape(b.text))
        elif b.kind == "table" and b.rows:
            width = max(len(r) for r in b.rows)
            rows = [list(r) + [""] * (width - len(r)) for r in b.rows]
            lines = ["| " + " | ".join(_cell(c) for c in rows[0]) + " |", "|" + " --- |" * width]
            lines += ["| " + " | ".join(_cell(c) for c in r) + " |" for r in rows[1:]]
            out.append("\n".join(lines))
        elif b.text.strip():
            out.append(_escape(b.text))
    # consecutive list items stay one list: no blank line between them
    text = ""
    for prev, cur, b, (_, apart) in zip([None] + blocks[:-1], out, blocks, items):
        sep = "\n" if prev is not None and prev.kind == "item" and b.kind == "item" and not apart else "\n\n"
        text += (sep if text else "") + cur
    return text + "\n"
