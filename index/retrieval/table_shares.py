"""The words a table row shares with the other rows of its table: what tells its rows apart and what does not.

A table's passage reads each row with its header (``corpus.assemble.table_row_text``: ``西安市 — 普及培训（万人次）：
26.3；新增AED（台）：760``), so every row repeats the column headers, and a question naming a column or a year
matches every row about as well; the row label and the values, which only one row holds, are what set a row apart.
For each term of a table, the share of its other rows that hold it too, ``(rows holding it - 1) / (rows - 1)``: 1 for a
column header, 0 for a word one row alone holds. Computed when the index is built and kept with the keyword postings
(``BM25.shares``), so the search can weigh a header word below a row's own (``SearchTuning.table_shared``).

A table is a run of table passages of one document whose rows have the same column headers (a long table cut at a
page break or by size: its parts are one table); a line of its passage that is no row (a caption) is no row of it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from reportbot.corpus.document import Paragraph
from reportbot.index.retrieval.tables import cells

Shares = dict[int, dict[str, float]]  # unit (paragraph or sentence row) -> term -> its table's share


def _headers(p: Paragraph) -> tuple[str, ...] | None:
    """The column headers of a table passage's first row (None: it has no row read with headers)."""
    return next((tuple(h for h, _ in row) for s in p.sentences if (row := cells(s))), None)


def tables(paragraphs: Sequence[Paragraph]) -> list[list[int]]:
    """The tables among ``paragraphs``: each the positions of its passages (consecutive table passages of one
    document whose rows have the same headers)."""
    out: list[list[int]] = []
    last = None
    for i, p in enumerate(paragraphs):
        key = (p.doc_id, _headers(p)) if p.kind == "table" else None
        if key is None or key[1] is None:
            last = None
            continue
        if key == last and out and out[-1][-1] == i - 1:
            out[-1].append(i)
        else:
            out.append([i])
        last = key
    return out


def table_shares(paragraphs: Sequence[Paragraph], tokenize: Callable[[str], list[str]]) -> tuple[Shares, Shares]:
    """(paragraph position -> term -> share, sentence row -> term -> share) of the tables among ``paragraphs``;
    sentence rows count every paragraph's sentences in order, as the index stores them. Terms of share 0 (and
    tables of one row) are left out."""
    starts, n = [], 0
    for p in paragraphs:
        starts.append(n)
        n += len(p.sentences)
    by_para: Shares = {}
    by_sentence: Shares = {}
    for table in tables(paragraphs):
        rows = [(starts[i] + k, set(tokenize(s))) for i in table for k, s in enumerate(paragraphs[i].sentences)
                if cells(s)]
        if len(rows) < 2:
            continue
        held = Counter(t for _, terms in rows for t in terms)
        share = {t: (c - 1) / (len(rows) - 1) for t, c in held.items() if c > 1}
        if not share:
            continue
        for i in table:
            by_para[i] = share
        for at, terms in rows:
            mine = {t: share[t] for t in terms if t in share}
            if mine:
                by_sentence[at] = mine
    return by_para, by_sentence
