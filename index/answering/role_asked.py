"""Whose role a Chinese question asks (张三是做什么的, …张三什么身份, 李四当时是啥职务): where the evidence sentence
names that person, so the role written before the name can answer. Moved out of ``choose.py`` unchanged."""
from __future__ import annotations

import re

from reportbot.index.answering.entities import _surname, dictionary_word, is_person
from reportbot.index.retrieval.query import Query

# a person's role asked (张三是干嘛的, 李四是做啥的, 王五是何身份 written with 什么): the name, then the question;
# taken only when the name is a person's (秘书长是做什么的 asks what the post does, not the body before it)
# 是 may go unsaid after the name (…红十字会张三什么身份: the name is the two to four characters before it)
# 是什么人 after a person's name asks who the person is: the role the documents give them
_ROLE_ASKED = re.compile(r"([\u4e00-\u9fff]{2,4}?)(?:(?:是|担任|任)(?:[干做](?:嘛|什么|啥)|(?:什么|啥)"
                         r"(?:职务|身份)|(?:什么|啥|何)(?:人|来头))|(?:什么|啥)(?:职务|身份))的?")


_WHEN_SAID = re.compile(r"(?:当时|那时|现在|目前|如今|现任|曾经|曾|现)$")  # time adverbs between a name and 是


def role_asked_of(q: Query, sentence: str) -> int | None:
    """Where the sentence names the person whose role the question asks (张三是做什么的, …张三什么身份): a name
    that opens the question whole, else the two to four characters before the question word that are a person's
    name the sentence says (three first: a surname and a given name)."""
    m = _ROLE_ASKED.search(q.text)
    if m is None:
        return None
    before = _WHEN_SAID.sub("", q.text[:m.end(1)])  # 张三当时是啥职务: the name before the time it is asked of
    names = [m.group(1)] if m.start() == 0 else [before[-n:] for n in (3, 2, 4) if len(before) >= n]
    # a surname and two characters the tagger misses (程立新) count; opening the question, only when they are no word
    # the dictionary holds (高建军, not 董事长是做什么的, which asks what the post does)
    for name in names:
        if (is_person(name) or len(name) == 3 and _surname(name[0], name)
                and (m.start() > 0 or not dictionary_word(name))) \
                and (at := sentence.find(name)) > 0:
            return at
    return None
