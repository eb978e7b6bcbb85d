"""What a Chinese count question counts, read against the English noun after a figure of an English sentence.

"Kestrel Bay寒潮那次发了多少条毛毯" over "… 120 volunteers opened three shelters and handed out 2,400 blankets"
(a made-up example): the question counts 毛毯 (its measure word 条 dropped), and CC-CEDICT glosses 毛毯
as "blanket", so "2,400 blankets" is the count asked, not "120 volunteers". The test runs from the
English side: the figure's noun, made singular, is a gloss CC-CEDICT gives the counted noun (or its
last character, the head of a Chinese noun) or the measure word the question ends with (几天: day; 几人:
person, people). Pure functions; the entries are CC-CEDICT's (:mod:`.glosses`).
"""
from __future__ import annotations

import functools
import re

from reportbot.index.answering.glosses import cedict_entries, headwords_glossed, verb_glossed
from reportbot.index.answering.unsaid import PERSON_END  # (the last character of a word for people: 志愿者, 居民)

# 多少 / 几 / 几多 / 多少个 and the words after them up to the clause's end: the counted noun, a measure word first
# (not the 几 of a word that asks nothing: 几乎 almost, 几何 geometry)
_ASKED = re.compile(r"(?:多少|几多|几(?![乎何]))([\u4e00-\u9fff]{0,5})")
# measure words that open the counted noun (多少条毛毯: 毛毯 is counted, 条 measures it)
MEASURE = "个名位份件只条张次项支家所座场户例"


def counted_zh(question: str) -> frozenset[str]:
    """The Chinese words a Chinese count question counts: the noun after its question word (条毛毯 -> 毛毯, 个接警员 ->
    接警员 and its head 员), or the measure word it ends with (几天 -> 天, 多少人 -> 人); empty when none follows."""
    tail, _ = asked_tail(question)
    if not tail:
        return frozenset()
    return frozenset({tail, tail[-1]} if len(tail) > 1 else {tail})


def asked_tail(question: str) -> tuple[str, str]:
    """The counted noun of a Chinese count question and the words after it (多少学徒结业: 学徒, 结业; 几名学员及格:
    学员, 及格); ('', '') when nothing follows the question word."""
    m = _ASKED.search(question)
    if m is None or not m.group(1):
        return "", ""
    tail = m.group(1)
    if len(tail) > 1 and (tail[0] in MEASURE or _classifier(tail[0])):
        tail = tail[1:]  # (a measure word CC-CEDICT calls a classifier: 几块金属板 -> 金属板)
    noun = _noun_first(tail)
    return noun, tail[len(noun):]


def _classifier(char: str) -> bool:
    """CC-CEDICT calls the character a classifier (块: "classifier for pieces of cloth …")."""
    return any("classifier for" in senses for _, senses in cedict_entries(char))


def _noun_first(tail: str) -> str:
    """The counted noun of the words after the question word: the whole when CC-CEDICT has it as one word, else
    the longest word (two characters or more) it opens with (多少学徒结业 -> 学徒: the verb after it counts nothing)."""
    if len(tail) < 3 or cedict_entries(tail):
        return tail
    word = next((tail[:n] for n in range(len(tail) - 1, 1, -1) if cedict_entries(tail[:n])), tail)
    if word == tail and tail[0] in _PEOPLE and cedict_entries(tail[1:]):
        return tail[0]  # 人通过: people, then the verb they did (no word of two characters opens the words)
    return word


def _singulars(word: str) -> list[str]:
    """An English noun and its singular forms (meals -> meal, batteries -> battery, boxes -> box)."""
    word = word.lower()
    out = [word]
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s"):
        out.append(word[:-1])
    else:
        out.extend(_marked_singulars(word))  # children -> child, people -> person (no s to take off)
    return out


# a plural marker CC-CEDICT's headwords end with (孩子们: children); the headword without it names one
_PLURAL_MARK = "们"


@functools.lru_cache(maxsize=4096)
def _marked_singulars(word: str) -> tuple[str, ...]:
    """The singulars of an English plural written without an s, read from CC-CEDICT: the word glosses a headword
    marked plural (children: 孩子们), whose unmarked headword (孩子) CC-CEDICT glosses with the singular (child)."""
    out = []
    for head in headwords_glossed(word):
        if len(head) > 1 and head.endswith(_PLURAL_MARK):
            for proper, senses in cedict_entries(head[:-1]):
                out.extend(s.strip() for s in ("" if proper else senses).split("/")
                           if re.fullmatch(r"[a-z]+", s.strip()) and s.strip() != word)
    return tuple(dict.fromkeys(out))


def names_counted(figure: str, counted: frozenset[str]) -> bool:
    """The English figure's last word is a gloss of one of the ``counted`` Chinese words ("2,400 blankets" for 毛毯,
    "1.6 days" for 天)."""
    last = re.search(r"([A-Za-z]+)\s*$", figure)
    if last is None or not counted:
        return False
    forms = _singulars(last.group(1))
    if any(word in counted for form in forms for word in headwords_glossed(form)):
        return True
    return bool(counted & _PEOPLE) and any(names_people(form) for form in forms)


# the measure words a count of people ends with (多少人, 几名, 几位)
_PEOPLE = frozenset("人名位")
# an English agent noun's ending and the verb before it (responder: respond; attendee: attend; organiser: organise)
_AGENT = re.compile(r"^([a-z]{3,}?)(?:er|or|ee|r)$")


def names_people(noun: str) -> bool:
    """An English noun (singular) names a person: CC-CEDICT glosses it with a word for people (volunteer: 志愿者,
    resident: 居民), or it glosses no headword and is an agent noun of a verb it glosses (responder: "to respond").
    A thing an agent noun names is glossed by its own headwords (container: 笼子, computer: 电脑) and is no person."""
    heads = headwords_glossed(noun)
    if heads:
        return any(h.endswith(PERSON_END) for h in heads)
    m = _AGENT.match(noun)
    return m is not None and any(verb_glossed(v) for v in {m.group(1), m.group(1) + "e"})
