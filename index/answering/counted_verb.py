"""The verb a Chinese count question asks its counted noun to have done, read against the English verb after a
figure: 几个人结业 over "41 trainees enrolled, 37 completed" counts those who completed (结业: "to complete a
course"), not every trainee. CC-CEDICT gives the verb's English ("to complete"); the English word right after a
figure, less its inflection (completed, passes), is matched against it. Pure functions over strings; each figure's
next word is read in the few characters after it.
"""
from __future__ import annotations

import functools
import re

from reportbot.index.answering.counted_zh_en import asked_tail
from reportbot.index.answering.glosses import cedict_entries

_NEXT_WORD = re.compile(r"\s*([a-z]+)")
_NUMBER = re.compile(r"\D{0,4}?\d[\d,.]*")
_SENSE_VERB = re.compile(r"^to ([a-z]+)")


@functools.lru_cache(maxsize=1024)
def verb_senses(verb: str) -> frozenset[str]:
    """The English verbs CC-CEDICT gives a Chinese verb (通过: pass, get, adopt, switch; 结业: finish, complete)."""
    return frozenset(m.group(1) for proper, senses in cedict_entries(verb) if not proper
                     for s in senses.split("/") if (m := _SENSE_VERB.match(s.strip())))


def asked_verb(question: str) -> frozenset[str]:
    """The English senses of the verb a Chinese count question puts after its counted noun (多少人结业: 结业), or
    none when no verb CC-CEDICT knows follows it."""
    noun, rest = asked_tail(question)
    return verb_senses(rest) if noun and rest else frozenset()


def _bases(word: str) -> set[str]:
    """An English verb form and the bases it may inflect (passed: pass; completed: complete; qualifies: qualify)."""
    out = {word}
    for end, base in (("ied", "y"), ("ies", "y"), ("ed", ""), ("d", ""), ("es", ""), ("s", "")):
        if word.endswith(end) and len(word) > len(end) + 2:
            out.add(word[:-len(end)] + base)
    return out


def verb_done(question: str, sentence: str, figures: list[tuple[int, int]]) -> set[int]:
    """The starts of the figures (start, end) the asked verb follows ("37 completed" for 多少人结业), or of the
    figure's own noun and then the verb ("37 trainees completed"); empty when the question asks no verb."""
    senses = asked_verb(question)
    if not senses:
        return set()
    lowered, out = sentence.lower(), set()
    for s, e in figures:
        number = _NUMBER.match(lowered, s, e)
        at = number.end() if number else e  # the figure's own words may hold the verb ("37 completed")
        for _ in range(2):  # the verb right after the figure, or after its noun
            m = _NEXT_WORD.match(lowered, at, min(len(lowered), at + 40))
            if m is None:
                break
            if _bases(m.group(1)) & senses:
                out.add(s)
                break
            at = m.end()
    return out
