"""The words that name a document outside its title: its header card's byline and title block, and its file name.

A passage is searched with its document's title, date and heading path (:func:`.context.context_text`); its place
and year constraints read the header card too (:func:`.context.constraint_contexts`). But a PDF titled by its printed
title ("Annual Review 2023-24") says its place and organisation only in its title block, on the card ("Australian Red
Cross - Townsville & North Queensland Branch"), and a page titled "Volunteer Handbook 2025" says its place only in
its file name (galway_volunteer_handbook.html): a question naming the place found the words in another document's
passages first. The names among these words (places, proper names) count as the context of every passage of
their document, as its own places do (``scope.ContextField``'s subjects), with the same weight
(``SearchTuning.context_match``).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import PurePath

from reportbot.corpus.normalize import normalize
from reportbot.index.retrieval.tokenize import tokenize

# a file name's separators and the figures of its dates and versions (v2.3, 2023-24, 2025_03)
_FILE_NOISE = re.compile(r"[_\-.]+|\bv?\d[\d.]*\b")


def file_words(source: str) -> str:
    """A file name as words: its stem with separators as spaces (galway_volunteer_handbook.html -> galway volunteer
    handbook); a name made of figures and a hash (000_c28ffc7f97d75152.txt) says nothing."""
    stem = PurePath(source).stem
    words = [w for w in _FILE_NOISE.sub(" ", stem).split() if not re.search(r"\d", w)]
    return " ".join(words)


def card_words(titles: Sequence[str], dates: Sequence[str | None], sources: Sequence[str], cards: Sequence[str],
               places: frozenset[str]) -> list[frozenset[str]]:
    """Each document's names that its header card or file name holds and its title and date do not (by document
    number): a place (``places``: the place names known to the index) or a Latin word no common English word spells
    (Townsville, Galway, Queensland; not volunteer, handbook, branch: a file name's kind and topic words are what is
    asked, not what names the document), nor the pinyin of a place its title or card writes in Chinese (gansu under
    甘肃省红十字会…: said already; counted twice it turned a near miss about the document into an answer)."""
    from reportbot.index.retrieval.place_names import pinyin_of
    from reportbot.index.retrieval.places_en import common_word

    out = []
    for title, date, source, card in zip(titles, dates, sources, cards):
        said = set(tokenize(normalize(f"{title} {date or ''}")))
        text = normalize(f"{card} {file_words(source)}")
        chinese = [w for w in tokenize(normalize(f"{title} {card}")) if w in places]
        spelled = {pinyin_of(w) for w in chinese}  # gansu_2025_update.html under 甘肃省…: the title's place again
        latin = " ".join(w for w in re.findall(r"[a-z][a-z'’]+", text.lower())
                         if not common_word(w) and w not in spelled)
        words = chinese + (tokenize(latin) if latin else [])
        out.append(frozenset(w for w in words if w not in said))
    return out
