"""Whether the person an answer names holds the role asked at its rank, and whether the answer names anyone at all.

Near misses of one sort: a document names a team's captain, its political commissar and a deputy captain, and the
question asks the one it does not name (副政委 where the report names the 政委, the 會長 where the notice gives the
常务副会长, a vice president where it names the president). The search finds the sentence by the role's words, and
the extraction takes the name written with the nearest role of the same kind. The rank is in the role's own words:
副 or 常务副 before it (vice, deputy in English), so a role written with the answer (副队长李国平, 政委王秀英, 张明（…
常务副会长）) is compared with the role asked: a deputy asked and only heads written, or the head asked and only its
deputies written, and the name holds another post.

And a role's holder asked (会长是谁, the name of the president) answered with a role alone (党组书记) or with a word
of the dictionary's common stock (全部, 地址) names no one: the document does not name the holder.

Pure functions over the analysed question and strings (the role nouns end in :data:`.cedict.ROLE_END`).
"""
from __future__ import annotations

import re

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.kind_asked import _NAME_ZH, _ROLE_ASKED, asks_person_by_role, role_noun_en
from reportbot.index.answering.spans import Span
from reportbot.index.retrieval import lexicon
from reportbot.index.retrieval.cedict import ROLE_END
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tagging import tagged

# the marks of a deputy before a role: 副, 常务副 (executive deputy), vice-, deputy (the rank, not the role)
_DEPUTY_ZH = re.compile(r"^(?:常务|执行)?副")
_DEPUTY_MARK = ("副", "常务副")
_DEPUTY_EN = re.compile(r"\b(?:vice|deputy)[- ]([a-z]+)")

# how far before the answer a role written with it stands (现任队长周立新: the role right before the name)
_BEFORE = 8
# a dictionary word this common is no one's name (全部, 地址): names are rare words or none
_COMMON = 1000


def _roles(text: str, asked: str = "") -> list[str]:
    """The role nouns of a Chinese text in order (ending in a role's character, or the role asked: 政委), each with a
    deputy's mark written before it (副 队长 -> 副队长)."""
    words = tagged(to_simplified(text))  # the question is read simplified: 隊長 is compared as 队长
    out: list[str] = []
    for i, (w, f) in enumerate(words):
        deputy = bool(i) and words[i - 1][0] in _DEPUTY_MARK
        if len(w) >= 2 and f.startswith("n") and (w.endswith(ROLE_END) or asked and _base(w) == asked or deputy):
            out.append(("副" if deputy else "") + w)
    return out


def _base(role: str) -> str:
    return _DEPUTY_ZH.sub("", role)


def asked_role(q: Query) -> tuple[str, bool] | None:
    """The role whose holder a question asks and whether it asks a deputy: ('政委', True) for 副政委是谁; for an English
    question ('', True) when it asks a vice or deputy holder (its role's Chinese words are not known here)."""
    if q.lang == "en":
        vice = _DEPUTY_EN.search(q.text.lower())
        if vice and role_noun_en(vice.group(1)) and (q.kind == "who" or re.search(r"\bname\b", q.text.lower())):
            return "", True  # the vice president's name, who is the deputy director
        return ("", False) if asks_person_by_role(q) and not _ROLE_ASKED.search(q.text.lower()) else None
    m = _NAME_ZH.search(q.text)
    words = tagged(q.text[:m.start()].rstrip("的")) if m else []
    if not words:
        return None
    role = words[-1][0]
    deputy = bool(_DEPUTY_ZH.match(role)) or len(words) > 1 and words[-2][0] in _DEPUTY_MARK
    # a role's holder: its noun ends in a role's character (会长), or a deputy is asked (副政委: a deputy holds a post)
    if not (len(role) >= 2 and words[-1][1].startswith("n") and (role.endswith(ROLE_END) or deputy)):
        return None
    return _base(role), deputy


def _written_with(sentence: str, span: Span, asked: str) -> list[str]:
    """The roles written with the answer: in it (副队长李国平, 张明（…常务副会长）) and right before it in its clause
    (政委王秀英)."""
    before = re.split(r"[，。；;！？!?\n]", sentence[max(0, span.start - _BEFORE):span.start])[-1]
    return _roles(before, asked) + _roles(span.text, asked)


def holder_named(q: Query, sentence: str, span: Span | None) -> bool:
    """The answer is a short Chinese name written right after the role asked, at its rank (救援队队长普华明 for
    队长叫啥): the document names that role's holder, though the name is no common one (a rare surname)."""
    asked = asked_role(q)
    if span is None or asked is None or not asked[0] or sentence[span.start:span.end] != span.text \
            or not re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", span.text):
        return False
    role, deputy = asked
    before = to_simplified(sentence[max(0, span.start - _BEFORE):span.start])
    written = _roles(before, role)
    return bool(written) and before.endswith(written[-1]) and _base(written[-1]) == role \
        and bool(_DEPUTY_ZH.match(written[-1])) == deputy


def role_only(text: str) -> bool:
    """The answer is a role alone (党组书记, 副会长) or a single common word (全部): it names no one."""
    t = text.strip(" “”「」\"'《》（）()")
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", t):
        return False
    words = tagged(to_simplified(_DEPUTY_ZH.sub("", t) or t))
    if all(w in _DEPUTY_MARK or len(w) >= 2 and f.startswith("n") and w.endswith(ROLE_END) for w, f in words):
        return True
    return len(words) == 1 and not words[0][1].startswith("nr") and lexicon.frequency(t) >= _COMMON


def rank_given(q: Query, sentence: str, span: Span | None, context: str = "") -> bool:
    """False when a role's holder is asked and the answer is a role alone or a common word, or the roles written with
    the answer are of another rank than the role asked (a deputy asked, only heads written; the head asked, only its
    deputies); True otherwise, and when no role is written with the answer."""
    if span is None:
        return True
    asked = asked_role(q)
    if asked is None:
        return True
    if role_only(span.text):
        return False
    role, deputy = asked
    written = _written_with(sentence, span, role) if sentence[span.start:span.end] == span.text \
        else _roles(span.text, role)
    if not written:
        return True
    if deputy:  # a deputy asked: some deputy (of the role asked, when it is known) must be written with the name
        return any(_DEPUTY_ZH.match(w) and (not role or _base(w).endswith(role)) for w in written)
    if any(_base(w) == w and w.endswith(role) for w in written):
        return True  # the role asked is written with the name, at its rank
    return not any(_DEPUTY_ZH.match(w) and _base(w).endswith(role) for w in written)
