"""The places an English question names by a proper name of its own (the Cork centre, in Launceston), which its
answer's passage or that passage's document must name too (issue 13), as a Chinese place already must
(:mod:`.context`).

A word names a place by where it stands: before a unit of an organisation (the Cork centre, the Kentmere team, the
Harbor Point chapter; a word or two of the unit's kind may stand between: the Cork blood centre) or after in, at or
near at the end of a phrase (in Launceston, at Mudgee). Of the words that stand there, a proper name is one the
corpus never writes in lower case: the corpus's common words (the main centre, in total, the blood bank, Red Cross,
the Volunteer Handbook) name no place. A question typed with capitals says which words are names; one typed without
them (most are) does not, so there a word counts only when no document writes it at all (the bridge found no corpus
word for it: :attr:`.query.Query.unmatched`) and it is no common English word (the dictionary's: in cash and kind,
in rural areas), unless it opens the words before a unit (the cork blood centre, not the ode to life memorial
sites). A name with a word the bridge reads as Chinese (Zhejiang, Xihu District, Shengming Lizan Memorial) or
spelled wholly in pinyin syllables (Keqiao: 柯桥, which the bridge may not reach) is left to the Chinese constraints:
a Chinese passage never writes it in Latin letters. The first word of a question is capitalised whoever types it,
and a question in title case capitalises every word: neither says which words are names. Pure functions over the
question's text, given what the corpus writes.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from reportbot.index.retrieval.romanised import spelled_in_pinyin
from reportbot.index.retrieval.tokenize import STOPWORDS_EN

# the units of an organisation a place names (the Cork centre, the Hobart branch, the Harbor Point chapter)
_UNITS = frozenset("centre centres center centers branch branches office offices clinic clinics station stations "
                   "site sites depot depots campus chapter chapters division team teams hub shop shops store "
                   "headquarters hq unit bank".split())
# what opens the phrase that names a unit (the, our …) or a place alone (in, at, near)
_OPENS_UNIT = frozenset("the this that our your its at in of from for near to".split())
_OPENS_PLACE = frozenset("in at near".split())
_MONTHS_DAYS = frozenset("january february march april may june july august september october november december "
                         "jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday "
                         "saturday sunday".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+|[^\sA-Za-z\d]")
_LOWER = re.compile(r"(?<![A-Za-z])[a-z]+")
# a word or two of a unit's kind may stand between the name and the unit (the Cork blood centre)
_BETWEEN = 2


def title_case(words: list[str]) -> bool:
    """Most of the question's words after its first are capitalised: its capitals say nothing about names."""
    alpha = [w for w in words[1:] if w[:1].isalpha() and w.lower() not in STOPWORDS_EN]
    return len(alpha) >= 2 and sum(w[:1].isupper() for w in alpha) >= 0.6 * len(alpha)


def _named_runs(words: list[str]) -> Iterable[tuple[list[int], bool]]:
    """The runs of word positions that stand where a place's name does, each with whether a unit follows it."""
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        if w in _UNITS:  # the Cork (blood) centre: the words back to the opening word
            j = i - 1
            while j > 0 and i - j <= _BETWEEN + 1 and low[j] not in _OPENS_UNIT and words[j][:1].isalpha():
                j -= 1
            if j >= 0 and low[j] in _OPENS_UNIT and j + 1 < i:
                yield list(range(j + 1, i)), True
        if w in _OPENS_PLACE:  # in Launceston, at riverside park: up to three words to the phrase's end
            k = i + 1
            while k < len(words) and k - i <= 3 and words[k][:1].isalpha() and low[k] not in STOPWORDS_EN \
                    and low[k] not in _UNITS:
                k += 1
            if k > i + 1 and (k == len(words) or not words[k][:1].isalpha() or low[k] in STOPWORDS_EN):
                yield list(range(i + 1, k)), False


def english_places(question: str, unmatched: Iterable[str], lower_written: Callable[[str], bool],
                   bridged: Callable[[str], bool], common: Callable[[str], bool]) -> list[str]:
    """The proper place names an English question names, lower case, each as its words that are names.

    Args:
        question: the normalised question, with the capitals it was typed with.
        unmatched: its words no document writes in either language.
        lower_written: whether the corpus writes a word (lower case) in lower case.
        bridged: whether the bridge reads a word as a Chinese corpus word.
        common: whether a word is a common English word (a dictionary's): typed in lower case, it is that word.
    """
    from reportbot.index.answering.dimension_said import dimension_of

    words = _WORD.findall(question)
    capitals = not title_case(words)
    missing = {u.lower() for u in unmatched}
    out: list[str] = []
    for run, unit in _named_runs(words):
        names = []
        for i in run:
            w, low = words[i], words[i].lower()
            if i == 0 or len(low) < 3 or low in STOPWORDS_EN or low in _MONTHS_DAYS or dimension_of(low):
                continue  # a unit of measure asks what a figure is given in (in tonnes, in kilometres)
            typed_name = capitals and w[:1].isupper()
            # typed in lower case, a dictionary's word names a place only right before its unit's words (the cork
            # blood centre), not after in or at (in cash and kind, in rural areas) nor after another word
            unwritten = low in missing and (not common(low) or unit and i == run[0])
            if (typed_name or unwritten) and not lower_written(low):
                if bridged(low) or spelled_in_pinyin(low):
                    names = []  # a Chinese name in Latin letters (Xihu District, Zhejiang University, qingshan)
                    break
                names.append(low)
            elif names:
                break  # a name is its words in a row (Harbor Point), not a word further on
        if names and (name := " ".join(names)) not in out:
            out.append(name)
    return out


class PlaceWords:
    """:func:`english_places` over one index: the words its passages write in lower case (read once, when a question
    first needs them) and what its bridge reads as Chinese."""

    def __init__(self, texts: Iterable[str], bridge=None):
        self._texts = texts
        self._lower: frozenset[str] | None = None
        self._bridge = bridge

    def lower_written(self, word: str) -> bool:
        if self._lower is None:  # a word that starts in lower case where no letter stands before it
            self._lower = frozenset(m for t in self._texts for m in _LOWER.findall(t))
        return word in self._lower

    def bridged(self, word: str) -> bool:
        b = self._bridge
        return b is not None and bool(b.translate_positions(word)[0])

    def constraints(self, question: str, lang: str, unmatched: Iterable[str], known: Iterable) -> tuple:
        """A place constraint for each proper place name an English question names that ``known`` (its other
        constraints) does not hold already."""
        from reportbot.index.retrieval.context import Constraint

        if lang != "en":
            return ()
        held = {f for c in known for f in c.forms}
        found = english_places(question, unmatched, self.lower_written, self.bridged, common_word)
        return tuple(Constraint("place", (name,)) for name in found if name not in held)


def common_word(word: str) -> bool:
    """Whether a word is a common English word: its stem is in CC-CEDICT's English glosses."""
    from reportbot.index.retrieval.cedict import english_vocabulary
    from reportbot.index.retrieval.tokenize import stem

    return stem(word) in english_vocabulary()
