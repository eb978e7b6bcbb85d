"""A reason asked (为什么, 为啥, 咋没, why, how come): the clause of cause the sentence gives (因为/由于/因 …, 原因是 …,
"because", "due to"), or the clause before a mark of result (所以, 因此, so). Pure functions over one sentence."""
from __future__ import annotations

import re

from reportbot.index.answering.spans import Span
from reportbot.index.retrieval.query import Query

# the question forms that ask a reason; 咋没 / 怎么不: why not (咋 alone asks how: 咋整)
_REASON_ASKED_ZH = re.compile(r"为什么|为啥|为何|何故|点解|凭什么|(?:什么|啥|何)原因|原因|(?:咋|怎么|怎)(?:没|不|未)")
_REASON_ASKED_EN = re.compile(r"\bwhy\b|\bhow come\b|\breasons?\b|\bwhat caused\b")

# a mark of cause before its clause, and one of result after it (the cause stands before: A，所以B)
_CAUSE = re.compile(r"(?:主要)?原因(?:是|为|在于)|因为|由于|(?<![原诱基起])因(?![此而素地为])|\bbecause(?: of)?\b|"
                    r"\bdue to\b|\bowing to\b|\bas a result of\b|\bcaused by\b", re.I)
_RESULT = re.compile(r"所以|因此|因而|\bso\b(?! that| far| much| many)", re.I)
_CLAUSE_END = re.compile(r"[，。；！？,;.!?]")


def asks_reason(text: str, lang: str) -> bool:
    """The question asks why (a normalised question: its Chinese, else its English, form)."""
    return bool(_REASON_ASKED_EN.search(text.lower()) if lang == "en" else _REASON_ASKED_ZH.search(text))


def cause_clause(sentence: str) -> Span | None:
    """The cause the sentence gives: after its last mark of cause up to the clause's end (…主要原因是玉树州4个项目因
    冻土期延后 -> 冻土期延后; "delayed because of heavy snow" -> heavy snow), else the clause before a mark of result
    (天气恶劣，所以推迟 -> 天气恶劣); None when it gives none."""
    found = list(_CAUSE.finditer(sentence))
    if found:
        m = found[-1]
        start = m.end() + (sentence[m.end():m.end() + 1] == " ")
        end = (e.start() if (e := _CLAUSE_END.search(sentence, start)) else len(sentence))
        return Span(sentence[start:end].strip(), start, start + len(sentence[start:end].strip()), "clause") \
            if end - start >= 2 else None
    if (m := _RESULT.search(sentence)) is not None:
        end = m.start()
        while end and sentence[end - 1] in "，, ":
            end -= 1
        marks = [e.end() for e in _CLAUSE_END.finditer(sentence, 0, end)]
        start = marks[-1] if marks else 0
        start += len(sentence[start:end]) - len(sentence[start:end].lstrip())
        return Span(sentence[start:end], start, end, "clause") if end - start >= 2 else None
    return None


def reason_given(q: Query, sentence: str) -> Span | None:
    """A reason question's answer: the sentence's clause of cause (咋没完成 over …因冻土期延后); None for a question
    that asks no reason or a sentence that gives none (the other extractors then answer)."""
    return cause_clause(sentence) if asks_reason(q.text, q.lang) else None
