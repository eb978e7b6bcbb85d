"""Where the noun a count question names stands in the sentence, and so which figure it points at (moved from
figures_zh.py): the noun after 多少个 (多少个国家 over …42个国家), the noun before 多少 (补贴占多少 over
补贴318万元), an English question's counted noun over Chinese text (how many first aiders over 救护员12.4万人次), a
part asked of a whole (how much of the donations was spent). Pure functions over a question and one sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.index.retrieval.query import Query

QUALIFIER_BEFORE = "约|超过|超|近|逾|达到|达|共|累计|总计|合计|全部|超出|不少于|不到"
QUALIFIER = re.compile(QUALIFIER_BEFORE)  # words that stand before a figure without being what it counts


# a part asked of a whole the question names: "how much of the donations was spent", "how many of its volunteers"
_PARTITIVE = re.compile(r"\bhow (?:much|many) of (?:the|its|their|our|this|these|those)\b")


def part_of_whole(q: Query, sentence: str, terms: list[tuple[int, int, float]], clauses: list[tuple[int, int]],
                  found: list[re.Match]) -> list[re.Match]:
    """An English question asking a part of a whole over Chinese text (how much of the donations was spent over
    募集捐赠款物3亿元，投入使用2.4亿元): the figure the first clause says after the question's words is the whole;
    when a later clause gives a figure in the same unit, that one is the part asked, and the whole gives way."""
    if q.lang != "en" or not _PARTITIVE.search(q.text.lower()):
        return found
    clause = next(((a, b) for a, b in clauses if any(a <= t < b for t, _, _ in terms)), None)
    if clause is None:
        return found
    whole = [m for m in found if clause[0] <= m.start() < clause[1]
             and any(clause[0] <= a and b <= m.start() for a, b, _ in terms)]
    parts = [m for m in found if m.start() >= clause[1]
             and any(m.group("unit") and m.group("unit") == w.group("unit") for w in whole)]
    return [m for m in found if m not in whole] if parts else found


def counted_starts(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> set[int]:
    """Where in the sentence the noun a Chinese count question counts (the words right after 多少个 / 几个) stands."""
    m = re.search(r"(?:多少|几)[个名项支家所位户座条台件]?", q.text) if q.lang == "zh" else None
    if m is None:
        return set()
    noun = q.text[m.end():m.end() + 2]
    return {a for a, b, _ in terms if len(noun) == 2 and sentence[a:b].startswith(noun)}


# what may stand between a noun and its figure, in the question (补贴占多少) or the sentence (补贴为318万元)
_LINK = "占是有为达约共计"
_CLASSIFIERS = "个名支位家项件座场批条户台辆篇期届类种处间"


def asked_noun_ends(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> set[int]:
    """Where a figure would start right after the noun a Chinese question puts before its question word (补贴 of
    …补贴占多少) or after it (群众 of 转移了多少群众), in the sentence: the figure that noun opens is the one asked
    about."""
    m = re.search(r"(?:多少|几多|几)", q.text) if q.lang == "zh" else None
    if m is None:
        return set()
    before = q.text[:m.start()].rstrip(_LINK)
    # or the noun it counts after the question word and its classifier (转移了多少群众 over …转移群众820人)
    after = re.sub(rf"^[{_CLASSIFIERS}]", "", q.text[m.end():])
    ends = set()
    for a, b, _ in terms:
        word = sentence[a:b]
        if len(word) >= 2 and (before.endswith(word) or after.startswith(word)):
            if after.startswith(word):  # 几个红十字医疗救护人员 over …人员260名: the noun as far as it runs
                ends.add(b)
                b = _run_end(sentence, a, b, after, terms)
            link = b
            while link < len(sentence) and link - b < 2 and sentence[link] in _LINK + "：:）)":  # 团体（组织）近2000个
                link += 1
            ends.update({b, link})
    return ends


def _run_end(sentence: str, a: int, b: int, after: str, terms: list[tuple[int, int, float]]) -> int:
    """Where the asked noun the question says after its question word (``after``) ends in the sentence, from its
    first word there (``a``:``b``): the question's words that follow on, one after another, as the sentence does."""
    while (b2 := next((y for x, y, _ in terms if x == b and y > b and after.startswith(sentence[a:y])), b)) > b:
        b = b2
    return b


@dataclass(frozen=True)
class NounLayout:
    """How far a figure's noun may stand from it. Set by hand (超额完成12万人次的年度目标,
    tests/test_target_figure.py), not fitted: a fit needs the questions whose figure's noun stands further, and the
    tune halves hold too few; the index manifest records it (``tunables``) with the corpus's hand-set values."""

    # what may stand between a figure's 的 and the noun it is an attribute of: a short qualifier of this many Chinese
    # characters at most (12万人次的年度目标: 年度)
    attribute_gap: int = 2


NOUNS = NounLayout()


def head_after_figure(head: str, sentence: str) -> set[int]:
    """Where a figure would end that the question's asked noun (``head``, the last noun of its asked phrase) follows as
    that figure's noun: the figure, 的, at most a short qualifier, then the noun (超额完成12万人次的年度目标: the
    target is 12万人次, not the 13.4万人次 done before it). Empty for no head, or a head of one character (a
    measure)."""
    if len(head) < 2:
        return set()
    gap = rf"[\u4e00-\u9fff]{{0,{NOUNS.attribute_gap}}}"
    return {m.start() for m in re.finditer(rf"(?=的{gap}{re.escape(head)})", sentence)}


# one-character suffixes that make a noun of a person from a word (救护员, 志愿者, 工作人, 讲师, 护士, 选手), and those
# that make a count of an act (阅读量, 点赞数: the figure after them is the act's count)
_NOUN_SUFFIX = "员者人师士手量数"
_NOUN_COUNTED = re.compile(r"\bhow many (?!(?:of|is|are|was|were|do|does|did|have|has|had|in|on|at|by|for|from|to|with|"
                           r"that|which|who|there|be|been)\b)[a-z]")
_ALTERNATIVE = re.compile(r"(?:（[^（）]{1,6}）|）)?")  # a bracketed other name after the noun, or the bracket it ends
_FIGURE_AT = re.compile(r"\d|[一二两三四五六七八九十百千]")


def focus_noun_ends(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> set[int]:
    """An English count question over Chinese text: where a figure would start right after the noun it counts (how
    many first aiders over 培训持证救护员12.4万人次, not …救护培训3.1万人次): Chinese writes the counted noun before its
    figure, and the noun may end in a suffix the question's word does not translate (救护 + 员). Of several such
    nouns, the one whose phrase says most of the question (valid invention patents over 有效发明专利56项, not
    发明专利14项)."""
    if q.lang != "en" or not q.focus or not _NOUN_COUNTED.search(q.text.lower()):
        return set()  # "how many of the …", "how many were …": the focus is no noun the question counts
    focus = {t for i in q.focus if i < len(q.groups) for t in q.groups[i] if not t.isascii()}
    found: dict[int, float] = {}
    for a, b, w in terms:
        end = b + 1 if b < len(sentence) and sentence[b] in _NOUN_SUFFIX else b
        end += len(_ALTERNATIVE.match(sentence, end).group(0))  # 志愿服务团体（组织）近2000个: its other name, said
        end += end < len(sentence) and sentence[end] in _LINK  # 救护员达12.4万人次
        qualified = QUALIFIER.match(sentence, end)  # 基层组织超2万个: the figure starts at its qualifier
        measures = a and _FIGURE_AT.match(sentence, a - 1)  # （16学时）三类: the figure before owns the word
        opens = _FIGURE_AT.match(sentence, qualified.end() if qualified else end)
        if sentence[a:b] in focus and opens and not measures:
            found[end] = max(found.get(end, 0.0), _phrase_weight(a, b, terms) - w)  # the words said before the noun
    best = max(found.values(), default=0.0)
    return {end for end, w in found.items() if w >= best}


def _phrase_weight(a: int, b: int, terms: list[tuple[int, int, float]]) -> float:
    """The weight of the question's words in the run of them that ends at [a, b) with no gap (有效 发明专利)."""
    start = a
    while (before := min((x for x, y, _ in terms if x < start <= y), default=None)) is not None:
        start = before
    return sum(w for x, y, w in terms if start <= x and y <= b)


# a cell's label ending in its column header's unit in brackets, then its colon: 队员（人）：, 救援队（支）水域救援：
_HEADER_UNIT = re.compile(r"（([^\d（）：；，。]{1,3})）[^（）：；，。\d]{0,8}[：:]\s*$")


def cell_unit(sentence: str, start: int) -> str:
    """The unit a table row's cell takes from its column header (合计 — 队员（人）：2500: people), as a row read with
    its headers writes the cell; '' when the label before the figure brackets none."""
    m = _HEADER_UNIT.search(sentence, max(0, start - 20), start)
    return m.group(1) if m else ""
