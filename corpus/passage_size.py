"""How long a passage may be: sentences, rows or lines grouped into passages of at most ``MAX_PASSAGE_CHARS``.

A unit longer than that is cut first (:func:`.sentences.bounded`); prose is joined as its language writes it (no
space between Chinese sentences), lines a line each."""
from __future__ import annotations

from reportbot.corpus.normalize import is_chinese
from reportbot.corpus.sentences import bounded

# A paragraph longer than this is cut at sentence boundaries into several passages.
MAX_PASSAGE_CHARS = 600


def joined(parts: list[str]) -> str:
    """Lines joined a line each."""
    return "\n".join(parts)


def chunks(units: list[str], taken: int = 0) -> list[list[str]]:
    """Group sentences (or rows, or items) into passages of at most MAX_PASSAGE_CHARS; a longer unit is cut first.
    ``taken`` characters of the first passage are taken already (by lines that open it): the first group is empty
    when its first unit does not fit beside them."""
    groups: list[list[str]] = [[]]
    size = taken
    for u in (piece for unit in units for piece in bounded(unit)):
        if (groups[-1] or size) and size + len(u) > MAX_PASSAGE_CHARS:
            groups.append([])
            size = 0
        groups[-1].append(u)
        size += len(u)
    return [c for i, c in enumerate(groups) if c or i == 0 and taken]


def line_chunks(lines: list[str]) -> list[list[str]]:
    """Short lines grouped into runs that, a line each, make passages of at most MAX_PASSAGE_CHARS (one run, empty,
    when there are none)."""
    groups: list[list[str]] = [[]]
    for line in (piece for x in lines for piece in bounded(x)):
        if groups[-1] and len(joined([*groups[-1], line])) > MAX_PASSAGE_CHARS:
            groups.append([])
        groups[-1].append(line)
    return groups


def prose_text(sentences: list[str]) -> str:
    """Sentences as one paragraph: run together in Chinese, a space between them otherwise."""
    return "".join(sentences) if is_chinese("".join(sentences)) else " ".join(sentences)
