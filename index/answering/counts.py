"""What the answer's figure counts: the noun a Chinese count question asks about, said by the figure's own phrase.

A near miss that asks how many of one thing (多少党员, 持证救护员有多少, 博爱家园多少个) is often answered with a
figure of its sentence that counts another (回望这五年; 为企业开展应急救护培训3700余场次; 注册志愿者达6.84万名): the
question's words stand in the sentence, near the figure even, so coverage, alignment, ``near`` and ``placed`` see
nothing wrong, and the measure may agree (人 and 名). What tells is the figure's own phrase: the words from the
last clause mark or figure before it to a few characters after it (党员队员2860名, 建成博爱家园60个, 123支救援队). When
the head of the question's asked noun phrase (its last noun: 管理员 of 书屋管理员; the nouns before it qualify it)
stands not there (nor in the document's title and headings, which name what a table's figures count), the figure
counts something else: the signal ``counts`` is 0.

The asked noun phrase is read by grammar (jieba's tags), never by a list: the run of nouns right after the question
word and its classifier (多少名党员, 几个处室; with the verbs jieba cuts from its front, 持证 of 持证救护员), else
the run of nouns just before it, across a short verb or adverb (注册志愿者有多少).
Words of one character (人, 钱, 台) are measures, weighed by ``measure`` and ``typed``. Pure functions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.index.answering.count_readings import object_of_counted_verb, share_given
from reportbot.index.answering.counted_zh_en import MEASURE
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.near import share_of_before
from reportbot.index.answering.spans import Span
from reportbot.index.answering.unsaid import said
from reportbot.index.retrieval.counted import counted_head
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tagging import tagged
from reportbot.index.retrieval.tokenize import english_words, stem

# the question words a count or a kind is asked with (as unsaid._ASKS; 边个 is Cantonese 谁)
_ASKS = re.compile(r"多少|几|什么|啥|哪|谁|咩|乜|边个")
_CHINESE = re.compile(r"^[\u4e00-\u9fff]+$")
# where a figure's own phrase starts: a clause mark, or the figure (with its unit) before it. A colon is no start: a
# table row's label names what its value counts (党员队员：2860)
_PHRASE_START = re.compile(r"[，。；;、,！？!?\n]|\d[\d.,]*\s*[万亿千百]?[\u4e00-\u9fff]?")
_PHRASE_END = re.compile(r"[，。；;、,（(！？!?\n]")
# tags of the short words between an asked noun and its question word (有, 是, 都, 一共, 了): jieba's verbs,
# adverbs, prepositions, pronouns, conjunctions and particles
_BRIDGING_TAGS = ("v", "d", "vshi", "vyou", "p", "r", "c", "uj", "ul")
# sentence-final particles (a closed class of grammar) jieba sometimes tags as a bound morpheme: no noun's suffix
_PARTICLES = set("啊呀呢吗嘛吧啦哦哈噢喔咧")


@dataclass(frozen=True)
class Reach:
    """How far a figure's own phrase runs past it and which words between a noun and its question word still let it
    be the asked noun; set by reading the seed report's figures (123支救援队建立党支部: the counted noun follows
    within a few characters), not fitted."""

    after_chars: int = 6      # the figure's phrase runs at most this far past the figure
    bridge_chars: int = 2     # a verb or adverb this short between the asked noun and its question word (有, 一共)
    noun_chars: int = 2       # a word of the asked phrase this long at least (one character is a measure)
    after_words: int = 4      # an English figure's phrase runs at most this many words past it (1,340 households)


REACH = Reach()


def _nounish(word: str, flag: str) -> bool:
    """A noun by jieba's tag, a verb used as a noun (vn), a distinguishing word (b: 持证, 五星级) or a place word (s);
    not a person's name (the question names a person, it does not count one), nor a place's or a body's name (nr, ns,
    nt: the constraints weigh them, and a document's title names its place for every figure)."""
    noun = flag[0] == "n" and flag not in ("nr", "ns", "nt")
    return bool(_CHINESE.match(word)) and (noun or flag in ("vn", "b", "s"))


def _noun_run(words: list[tuple[str, str]]) -> list[str]:
    """The noun phrase that opens ``words``: verbs and classifiers jieba cuts out of it before its first noun (共享 of
    共享书亭示范点, 签约 of 签约讲解员), then its nouns; a suffix of one character ends the word before it (救护 员:
    救护员). Empty when no noun follows."""
    run: list[list[str]] = []
    nouns = False
    for w, f in words:
        if not _CHINESE.match(w):
            break
        if run and len(w) == 1 and f in ("zg", "k", "ng") and w not in _PARTICLES:
            run[-1] = [run[-1][0] + w, "n"]
            nouns = True
            continue
        if _nounish(w, f):
            nouns = True
        elif nouns or f not in ("v", "q"):
            break
        run.append([w, f])
    while run and not _nounish(*run[-1]):
        run.pop()
    return [w for w, _ in run]


def asked_phrase(text: str, reach: Reach = REACH) -> list[str]:
    """The run of nouns a Chinese question asks about with its question word (after it, else before it)."""

    words = tagged(text)
    for i, (w, _) in enumerate(words):
        if not _ASKS.search(w):
            continue
        j = i + 1
        if j < len(words) and words[j][1] in ("q", "m") and len(words[j][0]) <= 2:
            j += 1  # 多少名, 几个
        after = _noun_run(words[j:])
        if after:
            return after
        k = i - 1
        while k >= 0 and words[k][1] in _BRIDGING_TAGS and len(words[k][0]) <= reach.bridge_chars:
            k -= 1
        before: list[str] = []
        while k >= 0 and _nounish(*words[k]):
            before.insert(0, words[k][0])
            k -= 1
        return before
    return []


# classifiers of actions, not things: 响应多少次 counts responses, 出诊几趟 trips
_ACTION_MEASURE = re.compile(r"^(?:次|回|趟|遍)$")
_ASPECT = ("ul", "ug", "uz")  # jieba's tags of the aspect particles 了, 过, 着 (再植了几例: the verb is 再植)


def counted_action(text: str) -> str | None:
    """The verb a Chinese question counts the times of (急救呼救响应多少次: 响应): the verb right before its question
    word when an action's classifier follows it and no noun after that (开展多少次培训 counts 培训); None otherwise."""
    words = tagged(text)
    for i, (w, _) in enumerate(words):
        if _ASKS.search(w):
            after = words[i + 1][0] if i + 1 < len(words) else ""
            verb = words[i - 1] if i else ("", "")
            thing = i + 2 < len(words) and _CHINESE.match(words[i + 2][0]) is not None
            return verb[0] if _ACTION_MEASURE.match(after) and not thing and verb[1] in ("v", "vn") \
                and len(verb[0]) >= 2 else None
    return None


def cases_counted(text: str) -> str | None:
    """The verb a Chinese question counts the cases of with 例 (CC-CEDICT: case, instance): the verb right before its
    question word, an aspect particle between them skipped, with 例 after it or ending the word jieba joins it into
    (再植了几例: 再植), and no noun after that; None otherwise. Times (巡查了几次) are not read so by
    :func:`counted_action`: read so, a question on one kind of turn-out took the year's turn-outs of every kind
    (全年出动205次) as its answer."""
    act = _act_counted(text)
    return act[0] if act is not None and act[1] == "例" else None


def _act_counted(text: str) -> tuple[str, str] | None:
    """The verb before a Chinese question's question word and the classifier after it, when no noun follows."""
    words = tagged(text)
    for i, (w, _) in enumerate(words):
        if (asks := _ASKS.search(w)) is not None:
            joined = w[asks.end():]  # 几次, 几例: the classifier jieba joins to the question word
            after = joined or (words[i + 1][0] if i + 1 < len(words) else "")
            j = i - 1
            while j >= 0 and words[j][1] in _ASPECT:
                j -= 1
            verb = words[j] if j >= 0 else ("", "")
            k = i + 1 if joined else i + 2
            thing = k < len(words) and _CHINESE.match(words[k][0]) is not None
            return (verb[0], after) if not thing and verb[1] in ("v", "vn") and len(verb[0]) >= 2 else None
    return None


def figure_phrase(sentence: str, start: int, end: int, reach: Reach = REACH) -> str:
    """The answer (``start``:``end``) with the words from the last clause mark or figure before it to a few
    characters after it (to the next clause mark)."""
    begin = 0
    for m in _PHRASE_START.finditer(sentence[:start]):
        begin = m.end()
    tail = _PHRASE_END.split(sentence[end:], maxsplit=1)[0][:reach.after_chars]
    shared = share_of_before(sentence, start)  # a share's phrase is its clause and the clause whose thing it shares
    return f"{shared}，{sentence[begin:end]}{tail}" if shared else sentence[begin:end] + tail


def _head_forms(q: Query) -> list[str]:
    """The forms of the noun an English count question counts: the group of its head ("how many ferries" -> ferry) with
    the bridge's translations (志愿者 for volunteers); none when no group holds the head."""
    head = counted_head(q.text)
    if head is None:
        return []
    key = stem(head)
    return next(([t for t in g if len(t) >= 2] for g in q.groups if key in g), [])


def _english_phrase(sentence: str, start: int, end: int, reach: Reach) -> str:
    """An English figure's own phrase: from the last clause mark before it to a few words after it."""
    begin = max((m.end() for m in _PHRASE_END.finditer(sentence[:start])), default=0)
    tail = _PHRASE_END.split(sentence[end:], maxsplit=1)[0].split()[:reach.after_words]
    return f"{sentence[begin:end]} {' '.join(tail)}"


def _counts_english(q: Query, sentence: str, span: Span, context: str, reach: Reach) -> float:
    """An English count question: its counted noun (or the bridge's translation of it) in the figure's own phrase
    or the document's context (Chinese text: :func:`figure_phrase`; English text: a few words after the figure)."""
    forms = _head_forms(q)
    if not forms:
        return 1.0
    if is_english(sentence):
        own = f"{_english_phrase(sentence, span.start, span.end, reach)}\n{context}"
        stems = {stem(w) for w in english_words(own)}
        return 1.0 if any(t in stems for t in forms if t.isascii()) else 0.0
    if all(t.isascii() for t in forms):
        return 1.0  # no translation to look for in Chinese text
    own = f"{figure_phrase(sentence, span.start, span.end, reach)}\n{context}".lower()
    return 1.0 if any(t in own if not t.isascii() else re.search(rf"\b{re.escape(t)}", own) for t in forms) else 0.0


def counts_asked(q: Query, sentence: str, span: Span | None, context: str, reach: Reach = REACH) -> float:
    """0 when a count question is answered by a figure whose own phrase (with the document's title and headings)
    says not the head (last noun) of the noun phrase the question asks about, nor its first character with one of
    the phrase's qualifiers (Chinese), nor its counted noun in any of
    its forms (English); else 1."""
    if q.kind != "count" or span is None or not 0 <= span.start <= span.end <= len(sentence):
        return 1.0
    if q.lang == "en":
        return _counts_english(q, sentence, span, context, reach)
    if q.lang != "zh" or is_english(sentence):
        return 1.0
    words = [w for w in asked_phrase(q.text, reach) if len(w) >= reach.noun_chars]
    if not words:
        return 1.0
    phrase = figure_phrase(sentence, span.start, span.end, reach)
    own = f"{phrase}\n{context}"
    if share_given(words[-1], span.text) or object_of_counted_verb(q.text, sentence, phrase, span.start):
        return 1.0  # 收入比例是多少 over 42.08%; 角膜捐了几例 over …角膜…，实现捐献14例
    if classifier_joined(q.text, words[-1], sentence, span):
        return 1.0  # 几支队 (jieba: 支队) over …23支救援队中有9支…: the figure's classifier, the clause's noun
    # the phrase's last noun is what it counts, the nouns before it qualify it (书屋管理员 counts 管理员, not 书屋);
    # times of an action are counted by the action (响应多少次: 响应急救呼救3400余次)
    action = counted_action(q.text)
    if said(words[-1], own) or action is not None and action in phrase:
        return 1.0
    # the document may name the head shorter (定点医疗机构 written 定点医院): its first character at the figure with a
    # qualifier of the phrase said counts it too (管 of 书屋管理员 is not at 乡村书屋25个)
    if words[-1][0] in phrase and any(said(w, own) for w in words[:-1]):
        return 1.0
    return 1.0 if kind_said(words[-1], phrase, own) else 0.0


def kind_said(head: str, phrase: str, own: str) -> bool:
    """A head of three characters or more ends in its kind (训练费: a 费) and the rest qualifies it: the figure's
    phrase saying the kind (费用：3,200元) with ``own`` (the phrase with the title and headings) saying the qualifier
    counts it."""
    return len(head) >= 3 and _CHINESE.match(head) is not None and head[-1] in phrase and said(head[:-1], own)


# a question word right before the asked noun (几支队: no classifier of its own between them)
_ASKS_BEFORE = re.compile(r"(?:几|多少)$")
_CLAUSE_MARK = re.compile(r"[，。；;,！？!?\n]")


def classifier_joined(question: str, head: str, sentence: str, span: Span) -> bool:
    """The asked noun is a classifier jieba joined to a one-character noun right after the question word (几支队:
    支队, read 几 + 支 + 队), the answer's figure carries that classifier (9支) and the noun stands in the answer's
    clause (23支救援队中有9支…): the figure counts what was asked."""
    at = question.find(head)
    if len(head) != 2 or head[0] not in _MEASURES or at < 0 or not _ASKS_BEFORE.search(question[:at]):
        return False
    if not re.search(rf"\d\s*[万亿千百]?{re.escape(head[0])}", span.text):
        return False
    begin = max((m.end() for m in _CLAUSE_MARK.finditer(sentence, 0, span.start)), default=0)
    end = next((m.start() for m in _CLAUSE_MARK.finditer(sentence, span.end)), len(sentence))
    return head[1] in sentence[begin:end]


# classifiers that open a count's noun when jieba joins them to it (支队, 名医): counted_zh_en's, and those of
# vehicles and machines
_MEASURES = MEASURE + "台辆艘"
