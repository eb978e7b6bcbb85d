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


def chunks(units: list[str], taken: int = 0, starts: tuple[int, ...] = ()) -> list[list[str]]:
    """Group sentences (or rows, or items) into passages of at most MAX_PASSAGE_CHARS; a longer unit is cut first.
    ``taken`` characters of the first passage are taken already (by lines that open it): the first group is empty
    when its first unit does not fit beside them. ``starts`` (the units opening a list's items, by index) keep an
    item's sentences together: a passage ends before an item that would not fit in it, not inside it, where the
    item fits in a passage of its own (a longer one is cut between its sentences, as any run)."""
    pieces = [(k, piece) for k, unit in enumerate(units) for piece in bounded(unit)]
    bounds = sorted({0, *starts, len(units)})
    item_of = {k: n for n in range(len(bounds) - 1) for k in range(bounds[n], bounds[n + 1])}
    item_size: dict[int, int] = {}
    for k, piece in pieces:
        item_size[item_of[k]] = item_size.get(item_of[k], 0) + len(piece)
    groups: list[list[str]] = [[]]
    size = taken
    last = None
    for k, u in pieces:
        item = item_of[k] if starts else None
        opens = item is not None and item != last and item_size[item] <= MAX_PASSAGE_CHARS
        if (groups[-1] or size) and (size + len(u) > MAX_PASSAGE_CHARS
                                     or opens and size + item_size[item] > MAX_PASSAGE_CHARS):
            groups.append([])
            size = 0
        groups[-1].append(u)
        size += len(u)
        last = item
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
