"""A kind a question names by a letter label glued to its word (B型 blood, C区 of a car park, A类 of a list).

The question's word alone (型, 区) stands in the sentence after every label it lists (O型最多，占41.2%，A型占26.7%);
the occurrence after another label (A型, AB型) names another kind, and a figure beside it answers for that kind, not
the one asked. A label is one or two Latin letters standing alone (not the end of a longer word or acronym: CPR培训 is
no kind of 培训 apart from AED培训). Pure functions over the question's and the sentence's text; each occurrence is
read in the few characters before it (no search of the whole text).
"""
from __future__ import annotations

_LONGEST = 2  # letters of a label (O, AB); a longer run is an acronym or a word


def label_before(text: str, start: int) -> str | None:
    """The letter label right before ``start`` in ``text`` (upper case: B of B型), '' when none stands there, None
    when a longer run of letters does (an acronym: CPR of CPR培训)."""
    i = start
    while i > 0 and start - i <= _LONGEST and text[i - 1].isascii() and text[i - 1].isalpha():
        i -= 1
    if start - i > _LONGEST:
        return None
    return text[i:start].upper()


def asked_labels(question: str, term: str) -> frozenset[str]:
    """The labels the question glues to ``term`` (B for B型); empty when it writes the term without one anywhere."""
    labels, at = set(), question.find(term)
    while at >= 0:
        label = label_before(question, at)
        if not label:
            return frozenset()  # the term alone, or after an acronym: every occurrence is the question's
        labels.add(label)
        at = question.find(term, at + len(term))
    return frozenset(labels)


def other_label(question: str, sentence: str, start: int, term: str,
                asked: frozenset[str] | None = None) -> bool:
    """The occurrence of ``term`` at ``start`` of the sentence follows a letter label other than the one the
    question glues to it (A型 where B型 is asked); ``asked``: :func:`asked_labels`, read once by a caller."""
    labels = asked_labels(question, term) if asked is None else asked
    if not labels or term.isascii():
        return False
    label = label_before(sentence, start)
    return bool(label) and label not in labels
