"""Whether the answer stands with the question's words in its sentence, or in a clause about something else.

A sentence that reports several figures holds the question's words in one clause and, when the documents do
not say what was asked, gives the figure of a neighbouring clause: 器官捐献 asked, and the sentence 实现造血干细胞
捐献186例；新增遗体（器官）捐献志愿登记… gives the stem-cell figure; 哪个市的 asked about a person, and the city of
the next person in a list of names comes back. Coverage and alignment see the question's words in the sentence
and cannot tell. Here the share of what the sentence holds of the question that the answer's own clause holds
(with the sentence's first clause, whose topic or time scopes over the sentence: 2023年，…; “三献”方面，…) is the
signal ``near``: 1 when the answer's clause holds all of it, lower as the question's words stand elsewhere.
Clauses are cut as the answer's extraction cuts them (:func:`.spans._clauses`), but never at a colon: a table
row's label and value are one clause, 注册义工：412人. Pure functions over the analysed question and strings.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from reportbot.index.answering.align import wants_list
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.spans import _clauses
from reportbot.index.answering.unsaid import naming_nouns, said
from reportbot.index.retrieval import lexicon
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tagging import tagged
from reportbot.index.retrieval.tagging import words as tagged_words

# a clause that opens with 占 gives a share of what the clause before it names (管理费用98.7万元，占总支出的4.5%)
_SHARE_OPENS = re.compile(r"\s*占")


def share_of_before(sentence: str, start: int) -> str:
    """The clause before the one ``start`` stands in, when that one opens with 占: a share clause has no subject of
    its own, it continues the clause before (管理费用98.7万元，占当年总支出的4.5%); else ''."""
    parts = _clauses(sentence, colons=False)
    at = next((k for k, (a, b) in enumerate(parts) if a <= start < b), None)
    if not at or not _SHARE_OPENS.match(sentence[slice(*parts[at])]):
        return ""
    return sentence[slice(*parts[at - 1])]


def answer_clause(sentence: str, start: int, end: int) -> str:
    """The sentence's first clause and the clauses the answer (``start``:``end``) stands in, with the clause a share
    clause continues (:func:`share_of_before`)."""
    parts = _clauses(sentence, colons=False)
    if not parts:
        return sentence
    inside = [(a, b) for a, b in parts if a < max(end, start + 1) and b > start]
    first = parts[0]
    chosen = dict.fromkeys([first, *inside])
    shared = share_of_before(sentence, start)
    return "，".join([sentence[a:b] for a, b in chosen] + ([shared] if shared else []))


def answer_near(sentence: str, start: int, end: int, held: Callable[[str], float]) -> float:
    """Of what the sentence holds of the question (``held``: the share of the question a text holds), the share
    the answer's clause holds: 1 when the sentence holds none of it (nothing to weigh) or is one clause."""
    whole = held(sentence)
    if whole <= 0 or start < 0 or end > len(sentence):
        return 1.0
    return min(1.0, held(answer_clause(sentence, start, end)) / whole)


def nouns_placed(q: Query, sentence: str, start: int, end: int, context: str = "") -> float:
    """0 when the nouns a Chinese question names its thing by (:func:`.unsaid.naming_nouns`) that the sentence says
    all stand outside the answer's clause: 遗体捐献 asked, the sentence registers 遗体（器官）捐献 donors in one clause
    and gives 器官捐献97例 in the next; 仙居 asked, the figure stands in a clause about all teams. A list answer
    spans clauses (哪几个), and the document's context (title, headings) scopes every clause: 1 then."""
    if q.lang != "zh" or start < 0 or end > len(sentence) or wants_list(q.text, q.lang):
        return 1.0
    whole = f"{sentence}\n{context}"
    nouns = [w for w in naming_nouns(q) if said(w, whole)]
    if not nouns:
        return 1.0
    own = f"{answer_clause(sentence, start, end)}\n{context}"
    return 0.0 if not any(said(w, own) for w in nouns) else 1.0


def question_persons(q: Query) -> list[str]:
    """The persons' names a question names in Chinese, by jieba's tagger (夏振辉), a one-character surname joined to
    the word after it (吴 坚强: the tagger reads a given name as a word of its own)."""
    if q.lang != "zh":
        return []
    from reportbot.index.answering.entities import _surname

    words = tagged(q.text)
    out = []
    for i, (w, f) in enumerate(words):
        if f.startswith("nr") and 2 <= len(w) <= 4:
            out.append(w)
        elif len(w) == 1 and i + 1 < len(words) and len(words[i + 1][0]) <= 2 \
                and re.fullmatch(r"[\u4e00-\u9fff]+", words[i + 1][0]) and _surname(w, w + words[i + 1][0]):
            out.append(w + words[i + 1][0])
    return out


def _item(name: str, sentence: str) -> bool:
    """The name stands in the sentence as a whole item of a list of people (”甲，乙、丙等), not inside a word (a
    place or a title the tagger read as a name: 文新社区, 终身荣誉)."""
    return re.search(rf"(?:^|[、，,”\s]){re.escape(name)}(?=[、，,。；;等\s]|$)", sentence) is not None


def persons_placed(q: Query, sentence: str, start: int, end: int) -> float:
    """0 when a person the Chinese question names stands in the evidence sentence, but neither in the answer's
    clause (with the sentence's first clause) nor in the answer: a list of people gives each one's place or role
    next to the name (…“最美志愿者”甲、乙，丙市红十字会工作者丁…), and the next person's does not answer for
    this one. A list answer spans clauses: 1 then, as when the sentence names none of them as an item."""
    if start < 0 or end > len(sentence) or wants_list(q.text, q.lang):
        return 1.0
    named = [p for p in question_persons(q) if _item(p, sentence)]
    clause = answer_clause(sentence, start, end)
    at = clause.find(sentence[start:end])
    # a byline or a heading's parts are apart as clauses are (标题——副题 ■ 作者): the part the answer stands in
    parts = [(m.start(), m.end()) for m in re.finditer(r"[^■|｜]+?(?=\s*(?:[■|｜]|——|$))|(?<=——)[^■|｜]+", clause)]
    own = next((clause[a:b] for a, b in parts if a <= at < b), clause) if at >= 0 else clause
    own = f"{own}\n{sentence[start:end]}"
    return 0.0 if named and not all(p in own for p in named) else 1.0


# asking a name (叫啥, 是谁): the noun before it is the role whose holder is asked (队长叫啥, 秘书长是谁)
_ASKS_NAME = re.compile(r"叫啥|叫什么|是谁|是哪位")
# a role in a body or a trade, by its last character (队长, 会员, 医师); not 作者 (the document's own author)
# nor 家 or 生, which end common nouns as often as roles (国家, 大家, 卫生, 发生)
_ROLE_END = tuple("人员长师士手官")


def role_placed(q: Query, sentence: str, start: int, end: int) -> float:
    """0 when a Chinese question asks the name of a role's holder (救援队队长叫啥) and the answer's clause in a Chinese
    sentence does not say that role: the sentence is about the team, not about who leads it. 1 otherwise (a role
    the dictionary lacks may be a typo; an English passage says the role in its own words)."""
    m = _ASKS_NAME.search(q.text) if q.lang == "zh" else None
    if m is None or start < 0 or end > len(sentence) or is_english(sentence):
        return 1.0
    words = [(w.word, w.flag) for w in tagged_words(q.text[:m.start()]) if w.word.strip()]
    if not words:
        return 1.0
    role, flag = words[-1]
    if len(role) < 2 or not flag.startswith("n") or flag == "ns" or not role.endswith(_ROLE_END) \
            or not lexicon.frequency(role):
        return 1.0
    return 1.0 if said(role, f"{answer_clause(sentence, start, end)}\n{sentence[start:end]}") else 0.0
