"""British spellings as CC-CEDICT writes them (American): centre -> center, harbour -> harbor, programme -> program.

CC-CEDICT glosses in American spelling; documents and questions written in British spelling (a Hong Kong
board's minutes, a first-aid manual: haemorrhage, immobilise, colour) then share no stem with a gloss, so a
Chinese question cannot reach the English word (中心 -> center, never "centre"). These are the regular
orthographic correspondences, never a list of words; a rule that also fires on an ordinary word (called ->
caled) yields a form no gloss uses, so it matches nothing.
"""
from __future__ import annotations

import re

_RULES = (
    (re.compile(r"(?<=[a-z]{2}[^aeiou])re(s|d)?$"), r"er\1"),                 # centre, metre, fibre
    (re.compile(r"(?<=[a-z]{2})our(s|ed|ing|ite|ites|able|er|ers)?$"), r"or\1"),  # colour, harbour, behaviour
    (re.compile(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"),  # organise, immobilised
    (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),                                   # analyse, paralysed
    (re.compile(r"(?<=[a-z]{3})ogue(s)?$"), r"og\1"),                            # catalogue, dialogue
    (re.compile(r"amme(s|d)?$"), r"am\1"),                                        # programme
    (re.compile(r"(?<=[a-z]{3})ence(s)?$"), r"ense\1"),                           # licence, defence
    (re.compile(r"(?<=[a-z])ae(?=[a-z]{2})"), "e"),                              # haemorrhage, paediatric
    (re.compile(r"^oe(?=[a-z]{3})"), "e"),                                        # oedema, oesophagus
    (re.compile(r"^([a-z]*[aeiou][a-z]*[aeiou])ll(ed|ing|er|ers)$"), r"\1l\2"),  # travelled, labelled
)


def american(word: str) -> str:
    """``word`` (lower case) in American spelling by the first rule that applies; itself when none does."""
    for pattern, repl in _RULES:
        spelt = pattern.sub(repl, word, count=1)
        if spelt != word:
            return spelt
    return word
