"""The sentence a passage standing apart from its text is read under (``Paragraph.lead``).

Some passages are cut apart from the text that gives them their meaning: a minutes' attendance list
(``Apologies: Kylie Morgan, Ben Tuckett``, :mod:`.label_lists`) under ``Minutes of the ordinary committee meeting held
on Wednesday 12 November 2025.``, a document's closing (此致 / 敬礼！, a post and a name, a date, :mod:`.closing`)
after the text it signs. Cut so, they no longer say what a question asks them by (the meeting, its month): those
words are in the sentence over them, not in them. A table's passage carries its header in every row, and a passage
its heading path; such a passage carries its lead the same way, outside its text: the last sentence of the nearest
passage before it (the sentence right over it) under the same headings (a closing, under none, reads under the
text's last passage), that does not stand apart itself (a run of lists, ``Present: …`` then ``Apologies: …``, reads
under the sentence over the run) and is prose: a table's last row or a list's last item over it is no sentence it
reads under."""
from __future__ import annotations

from collections.abc import Sequence


def leads(paths: Sequence[tuple[str, ...]], sentences: Sequence[Sequence[str]], apart: set[int],
          kinds: Sequence[str] | None = None) -> dict[int, str]:
    """By passage index, the lead of each passage in ``apart``: the last sentence of the nearest prose passage
    before it (``kinds``: each passage's kind, ``text`` for prose; None: all prose) that is not in ``apart``, under
    the same heading path (``paths``), or under any when the passage stands under no heading (a closing); none when
    there is no such passage.

    Args:
        paths: each passage's heading path, in order.
        sentences: each passage's sentences (or lines), in order.
        apart: the indices of the passages that stand apart from their text.
        kinds: each passage's kind (``text``, ``list``, ``table``).
    """
    out: dict[int, str] = {}
    for i in sorted(apart):
        j = next((j for j in range(i - 1, -1, -1) if j not in apart and (not paths[i] or paths[j] == paths[i])
                  and sentences[j] and (kinds is None or kinds[j] == "text")), None)
        if j is not None:
            out[i] = sentences[j][-1]
    return out
