"""A person's name that opens a Chinese slot where jieba's tagger does not call it a name.

队长叫什么 over …队长林志豪记嘉奖二次: the aligned slot runs from the name to the clause's end, and the tagger cuts the
name apart (林 / 志豪) or reads it as a place (马建国 as ns), so :func:`.entities.name_close` finds no name to end at.
A question asking the name of a role's holder is answered by the name alone. Pure functions over short strings.
"""
from __future__ import annotations

import re

from reportbot.index.answering.entities import _surname, tagged_words

# asking a name (叫啥, 叫什么名字, 是谁) after the role whose holder is asked
_ASKS_NAME = re.compile(r"叫(?:啥|什么)|名字|是谁|是哪位")
# a role in a body or a trade, by its last character (队长, 会长, 书记 and 编辑 aside: 记, 辑 end too few roles)
_ROLE_END = tuple("人员长师士手官")
_HAN = re.compile(r"[\u4e00-\u9fff]+")


def asks_holder(question: str) -> bool:
    """The question asks the name of a role's holder: a word ending as roles do right before 叫啥 / 是谁."""
    m = _ASKS_NAME.search(question)
    return m is not None and question[:m.start()].rstrip("的").endswith(_ROLE_END)


def opening_name_end(text: str) -> int | None:
    """Where a person's name that opens ``text`` ends: a CC-CEDICT surname and a given name of two characters, else
    one, ending where the tagger ends a word, with more words after it (马建国带队赴… -> 3, 林志豪记嘉奖 -> 3); None
    when the text does not open with Han characters so shaped."""
    m = _HAN.match(text)
    if m is None or len(m.group(0)) < 4 or not _surname(text[0], text[:3]):
        return None
    words = list(tagged_words(text[:8]))
    if words[0].flag[:1] in ("p", "v", "c", "d", "u", "r"):
        return None  # 由张三担任: a word of the clause (由, 是), no surname
    ends, pos = set(), 0
    for w in words:
        pos += len(w.word)
        ends.add(pos)
    return next((n for n in (3, 2) if n in ends), None)
