"""A Chinese question's words found in an English table row's labels through CC-CEDICT.

"防洪讲座收费吗" over "Home Flood Workshop — Date: …; Venue: …; Fee: Free": the bridge gives 收费 no English word
(its gloss is "to charge a fee", a phrase no English document writes whole), so no word of the question stands in a
label, and the row is read as a clause. Here a question word that no term of the row stands for is read by its
own CC-CEDICT senses, and a label whose words hold all the words of one sense, or its last word (the head noun;
the object of "charge a fee"), holds that question word: the cell is then the one the question names
(:func:`.cells.named_cell`). Only labels are read so: a label is a noun or two, where one gloss word is a fair
match; the row's values and prose are left to the bridge. Pure functions over the analysed question and the row;
the senses come from the data folder's lexicon.
"""
from __future__ import annotations

import re

from reportbot.index.answering.cells import cells, named_cell
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.spans import Span
from reportbot.index.answering.structure import labelled_value
from reportbot.index.retrieval.cedict import common_keys_of
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import english_words, stem

Term = tuple[int, int, float]
_CJK = re.compile(r"[\u4e00-\u9fff]")
_MOST_KEY_WORDS = 2  # a sense of more words (a definition, not a name for the thing) is not matched to a label


def label_terms(q: Query, sentence: str, terms: list[Term]) -> list[Term]:
    """Terms for the question's Chinese words the row's labels name by one of their CC-CEDICT senses (收费 -> "Fee"),
    for the groups no term of ``terms`` stands for in the row; each weighs what the question's other terms weigh
    at most (a typical one: a gloss says no more than the bridge's word would)."""
    if q.lang != "zh" or not is_english(sentence):
        return []
    found = cells(sentence)
    if not found:
        return []
    said = {sentence[a:b].lower() for a, b, _ in terms}
    weight = max((w for *_, w in terms), default=1.0)
    out: list[Term] = []
    for group in q.groups:
        if any(t.lower() in said for t in group):
            continue  # the bridge found this word in the row already
        keys = {k for t in group if _CJK.search(t) for k in common_keys_of(t) if 0 < len(k) <= _MOST_KEY_WORDS}
        for label, lo, _, _ in found:
            stems = {stem(w) for w in english_words(label.lower())}
            if any(set(k) <= stems or len(k[-1]) >= 3 and k[-1] in stems for k in keys):
                out.append((lo, lo + len(label), weight))
    return out


def row_cell(q: Query, sentence: str, terms: list[Term]) -> tuple[int, int] | None:
    """The cell of a table row the question names: by its words (:func:`.structure.labelled_value`, a column per
    year; :func:`.cells.named_cell`), else, for a Chinese question over an English row, by a label its words'
    senses hold (收费 -> "Fee: Free")."""
    found = labelled_value(q, sentence, terms) or named_cell(q, sentence, terms)
    return found or glossed_cell(q, sentence, terms)


def glossed_cell(q: Query, sentence: str, terms: list[Term]) -> tuple[int, int] | None:
    """The cell of an English row a Chinese question names by a label its words' senses hold, read as
    :func:`row_cell` reads one the bridge names; None when no label is named so."""
    glossed = label_terms(q, sentence, terms)
    if not glossed:
        return None
    return labelled_value(q, sentence, terms + glossed) or named_cell(q, sentence, terms + glossed)


def glossed_span(q: Query, sentence: str, terms: list[Term]) -> Span | None:
    """:func:`glossed_cell` as the answer's span (a yes-or-no question over a row: 收费吗 over "Fee: Free")."""
    cell = glossed_cell(q, sentence, terms)
    return None if cell is None else Span(sentence[cell[0]:cell[1]], cell[0], cell[1], "cell")
