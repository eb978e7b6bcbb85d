"""A which-question's slot closed on the noun it asks for: 哪个团支部 over …搜救队团支部获评… is the branch, not a slot
cut inside 团支部 (…搜救队团); 哪个队的团支部 over …搜救队团支部获评… is the team's branch the question asks of, not
the team alone. Pure functions over the question's normalised text, the sentence and the slot."""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.tagging import words as tagged_words

# the question word of a which-question and the words after it: the noun it asks (哪个团支部), or the noun and what
# of it the question asks (哪个队的团支部: 团支部)
_WHICH = re.compile(r"哪[一]?[个支家所位条项类种些]?(?P<noun>[\u4e00-\u9fff]{1,6}?)"
                    r"(?:的(?P<owned>[\u4e00-\u9fff]{2,6}?))?(?=[获被在是得有评入由的，,。？?]|$)")


def asked_nouns(question: str) -> list[str]:
    """The nouns a which-question names after its question word (哪个队的团支部: 团支部 and 队), longest first."""
    m = _WHICH.search(question)
    if m is None:
        return []
    return [w for w in (m.group("owned"), m.group("noun")) if w and len(w) >= 2]


def which_whole(question: str, sentence: str, span: Span) -> Span:
    """``span`` with the rest of the noun the question asks, when it stops inside that noun as the sentence writes it
    (…队团 + 支部) or right before what of it the question asks (…队 + 团支部 for 哪个队的团支部); else as it was."""
    if span.source != "slot":
        return span
    m = _WHICH.search(question)
    if m is None:
        return span
    if (owned := m.group("owned")) and len(owned) >= 2 and sentence.startswith(owned, span.end):
        end = span.end + len(owned)
        return Span(sentence[span.start:end], span.start, end, span.source, span.strength)
    for noun in asked_nouns(question):
        for k in range(len(noun) - 1, 0, -1):
            if span.text.endswith(noun[:k]) and sentence.startswith(noun[k:], span.end):
                end = span.end + len(noun) - k
                return Span(sentence[span.start:end], span.start, end, span.source, span.strength)
    for noun in asked_nouns(question):
        if _ends_in_noun(noun) and (end := _ending_after(noun, sentence, span.end)) is not None:
            return Span(sentence[span.start:end], span.start, end, span.source, span.strength)
    return span


def _ends_in_noun(words: str) -> bool:
    """The words read after the question word end in a noun or an abbreviation of one (jieba's n…, j: 党支部), not a
    verb (哪个部门责令改正 reads the verb phrase after the noun: its ending is no noun's)."""
    tagged = list(tagged_words(words))
    return bool(tagged) and tuple(tagged[-1])[1][:1] in ("n", "j")


def _ending_after(noun: str, sentence: str, at: int) -> int | None:
    """Where the noun asked ends in ``sentence`` after ``at``, when the sentence writes its ending (two characters
    or more: 队团支部 of 抢险队团支部) after a word of its own in place of the noun's first characters, no longer than
    they are (…山地 + 救护 + 队团支部 for 抢险队团支部); None when it does not."""
    for k in range(1, len(noun) - 1):  # the longest ending first
        m = re.compile(rf"[\u4e00-\u9fff]{{0,{k}}}?{re.escape(noun[k:])}").match(sentence, at)
        if m is not None:
            return m.end()
    return None
