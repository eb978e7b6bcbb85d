"""The words that qualify what a question asks, and the share of them the evidence sentence says.

A near miss is often a plausible neighbour: the question asks a figure of one sub-group, place, kind or time
(日本经销商有多少家, 每名学员最多补贴多少钱, how many volunteers were trained in schools) and the answer is a figure of
the same kind said of another (经销商总数, 补贴总额, the year's new volunteers). The whole question's share the sentence
holds (``alignment``) hardly tells: the asked noun and the document's names stand there either way. What tells is
the rest, the qualifying words: the question's words less the question word, the asked (counted) noun and the words
the document's context (title, date, heading path) already says for every sentence of it. The signal ``qualifying``
is the share of those words the evidence sentence says (1 when the question has none).

Measured, not weighed: refitted with it on every tune half (docs/refuse-45.md), the refusal model held out by set
gained nothing, so ``signals.Signals`` does not carry it; a later refit can wire it into ``signals.measure`` again.

Words are the question's keyword groups merged by concept (an English word with the bridge's Chinese words for it),
so an English question is read over Chinese text through the bridge; an English question's words count in the
sentence's language, as in ``signals.groups_held``. Pure functions.
"""
from __future__ import annotations

from reportbot.index.answering.align import QWORD_ZH
from reportbot.index.answering.counts import asked_phrase
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.held import has_word, word_forms
from reportbot.index.answering.readings import answer_clause, held_read, sentence_forms
from reportbot.index.retrieval.query import ASKING_ZH, Query

# the asked noun may follow the question word this far (its classifier first: 多少台GPS)
_AFTER_CHARS = 8
# a word shorter than this (one Chinese character) is a measure or a particle, weighed by other signals
_MIN_CHARS = 2


def _asks(group: dict[str, float]) -> bool:
    """A Chinese word that holds a question word (多少, 哪个, 几次): it asks, it qualifies nothing."""
    chinese = [t for t in group if not t.isascii()]
    return bool(chinese) and all(ASKING_ZH.search(t) for t in chinese)


def _asked_terms(q: Query) -> set[str]:
    """The asked noun's forms: a Chinese question's asked noun phrase's head (多少名党员: 党员; 书屋管理员有多少:
    管理员), an English question's head after its question word (how many drones: drone and its translations)."""
    if q.lang == "zh":
        head = [w for w in asked_phrase(q.text) if len(w) >= _MIN_CHARS][-1:]
        return set(head) if head else _beside_asking(q)
    if not q.focus or q.focus[0] >= len(q.groups):
        return set()
    return set(q.groups[q.focus[0]])


def _beside_asking(q: Query) -> set[str]:
    """A Chinese question's focus words that touch its question word (补贴多少钱: 补贴; 多少台GPS: gps), when its
    asked noun phrase has no word of two characters: what is asked, not what qualifies it."""
    m = QWORD_ZH.search(q.text)
    if m is None:
        return set()
    before, after = q.text[:m.start()].lower(), q.text[m.end():m.end() + _AFTER_CHARS].lower()
    return {t for i in q.focus if i < len(q.groups) for t in q.groups[i]
            if len(t) >= _MIN_CHARS and (before.endswith(t) or t in after)}


def qualifying_words(q: Query, context: str = "") -> list[dict[str, float]]:
    """The question's qualifying words (concept groups): not a question word, not the asked noun, not a word the
    document's ``context`` says, not a word of one character."""
    asked = _asked_terms(q)
    around = word_forms(context)
    out = []
    for group in q.concept_groups():
        if max(map(len, group), default=0) < _MIN_CHARS or _asks(group) or asked & set(group):
            continue
        if context and any(has_word(t, around) for t in group):
            continue
        out.append(group)
    return out


def qualifying_held(q: Query, sentence: str, context: str = "", span: tuple[int, int] | None = None) -> float:
    """Share of the question's qualifying words (:func:`qualifying_words`) the evidence ``sentence`` says in some
    reading (:func:`.readings.held_read`: its script, a typo or homophone, an English word's rendering); an English
    question's words in the sentence's language (its Chinese translations over Chinese text). 1 when the question
    has no qualifying word in that language. With ``span`` (the answer's offsets), the answer's clause is read
    instead of the whole sentence."""
    if span is not None:
        sentence = answer_clause(sentence, *span)
    groups = qualifying_words(q, context)
    if q.lang == "en":
        chinese = not is_english(sentence)
        groups = [g for g in groups if any((not t.isascii()) == chinese for t in g)]
    if not groups:
        return 1.0
    forms = sentence_forms(sentence)
    return sum(held_read(g, sentence, forms, q.text) for g in groups) / len(groups)
