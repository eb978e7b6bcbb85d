"""Follow-up questions: a question that cannot stand alone, completed from the one before it.

"那注册志愿者呢？" after "成人会员有多少名？" -> "注册志愿者有多少？" (the measure word goes with 成人会员);
"其中党支部有几个" after "有多少支救援队建立了党支部？" -> "救援队中党支部有几个"; "and in 2023?" adds or
replaces the year. The rules read only grammar (connectives, pronouns, the place of
the question's focus), never the words of particular questions.
"""
from __future__ import annotations

import re
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from reportbot.index.retrieval.asked_for import PHRASE_END
from reportbot.index.retrieval.measured import CLASSIFIERS
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import tokenize_spans

_CLASSIFIER_CHARS = "".join(sorted(CLASSIFIERS))


@dataclass(frozen=True)
class FollowUpRules:
    """When a question counts as a follow-up.

    Attributes:
        private_window: seconds after the last question in a private chat during which a
            question that cannot stand alone is completed from it (set by hand: "a few minutes").
        max_content: a follow-up that only names something new ("那志愿者呢") has at most this
            many content words; longer questions are read as new questions.
        remembered: questions kept in memory (never on disk) for replies and private chats.
    """

    private_window: float = 300.0
    max_content: int = 4
    remembered: int = 10000


RULES = FollowUpRules()

# "那X呢", "X呢", "那么X呢", "还有X呢"; "what about X", "how about X", "and X"
_ZH_ELLIPSIS = re.compile(r"^(?:那么|那|还有|另外|而)?(?P<x>.+?)(?:呢|怎么样|如何)?[?？。!！\s]*$")
_ZH_ELLIPTIC_MARK = re.compile(r"呢[?？。!！\s]*$|^(那么|那|还有|另外)")
_ZH_ANAPHOR = re.compile(r"^(这其中|其中|这些|那些|他们|它们|其)")
_EN_ELLIPSIS = re.compile(r"^(?:and\s+)?(?:what|how)\s+about\s+(?P<x>.+?)[?.!\s]*$|^and\s+(?P<y>.+?)[?.!\s]*$", re.I)
_EN_ANAPHOR = re.compile(r"\b(of them|of these|of those|among them|they|them|those|these|its|it)\b", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d(?:年(?:度)?)?")


def _only_constraint(q: Query) -> str | None:
    """The year a question consists of ("2023年呢？", "and in 2023?"), else None."""
    years = _YEAR.findall(q.text)
    rest = [c for c in q.content if not _YEAR.fullmatch(c) and c != "年"]
    return years[0] if len(years) == 1 and not rest else None


def _zh_focus_phrase(prev: Query) -> tuple[int, int] | None:
    """Where the previous question's subject stands: its focus word and the words right before it."""
    spans = tokenize_spans(prev.text)
    if not spans:
        return None
    i = prev.focus[0] if prev.focus and prev.focus[0] < len(spans) else None
    if i is None or len(max(spans[i][2], key=len)) < 2:
        # no focus, or a measure word: the first word of two characters or more
        i = next((n for n, s in enumerate(spans) if len(max(s[2], key=len)) >= 2), None)
        if i is None:
            return None
    a, b = spans[i][0], spans[i][1]
    while i > 0 and spans[i - 1][1] == a and len(max(spans[i - 1][2], key=len)) >= 2:
        i -= 1
        a = spans[i][0]  # 成人会员: the modifier belongs to the subject
    return a, b


def _en_focus_phrase(prev: Query) -> tuple[int, int] | None:
    """The noun phrase after "how many" / "which" / "what" in an English question."""
    m = re.search(r"\b(?:how (?:many|much)|which|what|who)\s+(?:(?:is|are|was|were)\s+)?(?:(?:the|a|an)\s+)?",
                  prev.text, re.I)
    if not m:
        return None
    words = list(re.finditer(r"[A-Za-z][\w'-]*", prev.text[m.end():]))
    taken = []
    for w in words:
        if w.group(0).lower() in PHRASE_END:
            break
        taken.append(w)
    if not taken:
        return None
    return m.end() + taken[0].start(), m.end() + taken[-1].end()


def _subject(prev: Query) -> tuple[int, int] | None:
    return _zh_focus_phrase(prev) if prev.lang == "zh" else _en_focus_phrase(prev)


def _with_year(prev: Query, year: str) -> str:
    digits = year[:4]
    if _YEAR.search(prev.text):
        return re.sub(r"(?:19|20)\d\d", digits, prev.text, count=1)
    if prev.lang == "zh":
        return f"{digits}年{prev.text}"
    return re.sub(r"[?？.!\s]*$", "", prev.text) + f" in {digits}?"


def _replace(prev: Query, new: str) -> str | None:
    span = _subject(prev)
    if span is None:
        return None
    a, b = span
    rest = prev.text[b:]
    if prev.lang == "zh" and re.search(r"(多少|几)[\u4e00-\u9fff]$", prev.text[:a]):
        a -= 1  # 多少支救援队 -> 多少志愿者: the old noun's measure word goes with it
    elif prev.lang == "zh":  # 救援队有多少支 -> 党支部有多少: so does one after it, at the question's end; a word
        # that measures (几天, 几号, 多少钱, 几岁, 多少次) is what the question asks, and stays
        rest = re.sub(f"(多少|几)[{_CLASSIFIER_CHARS}](?=[?？。!！\\s]*$)", lambda m: "几个" if m[1] == "几" else m[1],
                      rest)
    return prev.text[:a] + new + rest


def resolve(prev: Query, follow: Query, rules: FollowUpRules = RULES) -> str | None:
    """The follow-up as a question that stands alone, or None when it already does.

    Args:
        prev: the question the follow-up comes after (analysed).
        follow: the follow-up (analysed).
        rules: how short a question must be to be read as a follow-up.
    """
    text = follow.text.strip()
    if not text or len(follow.content) > rules.max_content:
        return None
    year = _only_constraint(follow)
    if year is not None:
        return _with_year(prev, year)
    if follow.lang == "zh":
        anaphor = _ZH_ANAPHOR.match(text)
        if anaphor and follow.kind != "other":
            span = _subject(prev)
            subject = prev.text[span[0]:span[1]] if span else ""
            return (subject + "中" if anaphor.group(1).endswith("中") else subject) + text[anaphor.end():] \
                if subject else None
        if follow.kind == "other" and _ZH_ELLIPTIC_MARK.search(text):
            x = _ZH_ELLIPSIS.match(text).group("x").strip("，, ")
            return _replace(prev, x) if x else None
        return None
    m = _EN_ELLIPSIS.match(text)
    if m:
        x = re.sub(r"^(the|a|an)\s+", "", (m.group("x") or m.group("y")).strip(), flags=re.I)
        return _replace(prev, x)
    anaphor = _EN_ANAPHOR.search(text)
    if anaphor and follow.kind != "other":
        span = _subject(prev)
        if span is None:
            return None
        return text[:anaphor.start()] + prev.text[span[0]:span[1]] + text[anaphor.end():]
    return None


class RecentQuestions:
    """The last questions answered, in memory only: by (chat, answer message) and by chat.

    Args:
        rules: how many to keep and how long a private chat's last question counts.
        clock: monotonic seconds (tests pass a fake one).
    """

    def __init__(self, rules: FollowUpRules = RULES, clock: Callable[[], float] = time.monotonic):
        self.rules, self.clock = rules, clock
        self._by_answer: OrderedDict[tuple[int, int], str] = OrderedDict()
        self._last: OrderedDict[int, tuple[str, float]] = OrderedDict()

    def remember(self, chat_id: int, answer_message_id: int | None, question: str) -> None:
        if answer_message_id is not None:
            self._by_answer[(chat_id, answer_message_id)] = question
            self._trim(self._by_answer)
        self._last[chat_id] = (question, self.clock())
        self._last.move_to_end(chat_id)
        self._trim(self._last)

    def _trim(self, d: OrderedDict) -> None:
        while len(d) > self.rules.remembered:
            d.popitem(last=False)

    def answered_by(self, chat_id: int, message_id: int) -> str | None:
        """The question a bot message answered."""
        return self._by_answer.get((chat_id, message_id))

    def last(self, chat_id: int) -> str | None:
        """A chat's last question, if it was asked within the private-chat window."""
        got = self._last.get(chat_id)
        if got is None or self.clock() - got[1] > self.rules.private_window:
            return None
        return got[0]
