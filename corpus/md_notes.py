"""What a Markdown file says besides its body: a YAML front matter's title and fields, and its footnotes.

A front matter (``---`` lines around ``title: …``, ``date: …``, ``author: …`` at the top of the file) names the
document: its title heads it, its other fields read as a line of their own (who wrote it, when). Read as plain
text, its ``---`` lines made the fields a heading. A footnote (``[^1]`` in the text, ``[^1]: …`` at the end) says
more about the sentence that marks it: its text reads right after the block that marks it. Read by CommonMark
alone, ``[^1]: …`` is a link's definition and its text was lost.
"""
from __future__ import annotations

import re

_FIELD = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.+?)\s*$")


def front_matter(content: str) -> tuple[str | None, list[str]]:
    """The title and the other fields (``key: value`` lines, quotes taken off) of a YAML front matter; lines of a
    list or of a nested map (indented, or ``- …``) are left out."""
    title, fields = None, []
    for line in content.splitlines():
        m = _FIELD.match(line)
        if not m:
            continue
        key, value = m.group(1), m.group(2).strip("'\"").strip()
        if not value:
            continue
        if key.lower() == "title" and title is None:
            title = value
        else:
            fields.append(f"{key}: {value}")
    return title, fields


def footnotes(tokens: list) -> tuple[dict[int, str], set[int]]:
    """Each footnote's text by its id, and the indexes of the tokens that make up the footnotes (no body text)."""
    from reportbot.corpus.blocks import _inline_text

    notes: dict[int, list[str]] = {}
    inside: set[int] = set()
    current = None
    depth = 0
    for i, t in enumerate(tokens):
        if t.type == "footnote_block_open":
            depth += 1
        if depth:
            inside.add(i)
            if t.type == "footnote_open":
                current = t.meta.get("id")
                notes[current] = []
            elif t.type == "inline" and current is not None:
                notes[current].append(_inline_text(t))
        if t.type == "footnote_block_close":
            depth -= 1
    return {k: " ".join(x for x in v if x) for k, v in notes.items()}, inside


def marked(token) -> list[int]:
    """The footnotes an inline token marks, in order."""
    return [c.meta.get("id") for c in token.children or [] if c.type == "footnote_ref"]
