"""Chinese places that answer a where question: tagged place names, joined and chosen by the question's words,
the level asked (哪个市), the locative phrase after 在 / 于 where no place is named, and the place of a passage's
heading or document (moved from ``entities``). Pure functions over strings, with jieba's part-of-speech tags."""
from __future__ import annotations

import re

from reportbot.index.answering.entities import ENTITIES
from reportbot.index.answering.spans import _QUOTE, BOUNDARIES, Span, _clauses, _covered, _proximity
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tagging import PLACE_END
from reportbot.index.retrieval.tagging import words as tagged_words
from reportbot.index.retrieval.tokenize import initialize


def extract_place(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """A place name (jieba tag ``ns``), consecutive ones joined (杭州市西湖区), nearest the question's words."""
    initialize()
    runs: list[list[int]] = []
    quoted = [(m.start(), m.end()) for m in _QUOTE.finditer(sentence)]
    level = asked_level(q)
    pos, prev, prev_flag = 0, "", ""
    for word, flag in tagged_words(sentence):
        inside = any(a <= pos < b for a, b in quoted)
        if flag == "ns" and len(word) == 1 and prev_flag in _NAMING and len(prev) >= 2 and not inside \
                and prev + word not in q.text:
            # 九龙 东: a place of one character names a part of the word before it, which is the place's name
            if runs and runs[-1][1] == pos:
                runs[-1][1] = pos + 1
            else:
                runs.append([pos - len(prev), pos + 1])
            prev, prev_flag, pos = word, flag, pos + 1
            continue
        prev_flag = flag
        # the tagger misses some county names (仙居 'n'): a place name CC-CEDICT knows counts, unless it follows
        # a lone character (何 建平: a given name after a surname)
        untagged = bool(level) and not re.fullmatch(r"[\u4e00-\u9fff]", prev) and _untagged_place(word, level)
        prev = word
        if runs and len(runs[-1]) == 2 and runs[-1][1] == pos and flag == "n" and _PLACE_SUFFIX.search(word) \
                and len(word) >= 3 and not inside:
            runs[-1][1] = pos + len(word)  # 南京市鼓楼区, the district tagged a noun: one place
        elif runs and len(runs[-1]) == 2 and runs[-1][1] == pos and len(word) == 1 and word in PLACE_END \
                and flag in _SUFFIX_TAGS and not inside:
            runs[-1][1] = pos + 1  # 枣林 湾: the place's own ending, cut off and tagged a morpheme, closes its name
        # (not the question's own place, translated)
        elif (flag == "ns" or untagged) and word not in q.text and not inside \
                and _covered(pos, pos + len(word), terms) < BOUNDARIES.own_words:
            if level and _of_level(word, level):
                runs.append([pos, pos + len(word), 1])  # 哪个市, which city: the word of that level alone
            elif runs and len(runs[-1]) == 2 and (runs[-1][1] == pos or sentence[runs[-1][1]:pos] == "、"):
                runs[-1][1] = pos + len(word)  # 杭州市西湖区; 淳安县、建德市: one answer
            else:
                runs.append([pos, pos + len(word)])
        pos += len(word)
    if not runs:
        return _locative(sentence, terms)
    clauses = _clauses(sentence)
    # a word of the asked level counts thrice (驰援河南 still beats 浙江省 when the question's words stand by it)
    # and a word with the suffix of a place (县, 市…) twice: the tagger also calls some verbs places (新建)
    c = ENTITIES
    s, e = max(runs, key=lambda r: (0.1 + _proximity(r[0], r[1], terms, clauses))
               * (c.asked_level if len(r) == 3 else 1)
               * (c.place_suffix if _PLACE_SUFFIX.search(sentence[r[0]:r[1]]) or len(r) == 3 else 1))[:2]
    return Span(sentence[s:e], s, e, "place")


_PLACE_WORD = ("n", "l", "s")  # tags of the words a locative phrase may end in (会议室 n, 活动中心 l, 网上 s)
# a verb of placing that ends in its preposition (设于, 位于, 设在, 放在): the nouns after it say where, as after 在
_SET_AT = re.compile(r"[\u4e00-\u9fff][于在]")


def _locative(sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """Where a sentence that names no place of its own says something happens: the nouns after 在 / 于 (or a
    verb ending in one: 设于, 位于) up to the verb (在东湖校区大礼堂举行 -> 东湖校区大礼堂), three characters or
    more and not the question's own words; the one nearest the question's words."""
    found: list[tuple[int, int]] = []
    words = list(tagged_words(sentence))
    pos = 0
    for i, w in enumerate(words):
        if w.word in ("在", "于") and w.flag == "p" or _SET_AT.fullmatch(w.word) and w.flag.startswith("v"):
            start = end = pos + len(w.word)
            last = ""
            for nxt in words[i + 1:]:
                if not nxt.flag.startswith(("n", "l", "s", "f", "m", "q")) or nxt.flag == "vn":
                    break
                end, last = end + len(nxt.word), nxt.flag
            if end - start >= 3 and last.startswith(_PLACE_WORD) and not re.search(r"\d年|年\d", sentence[pos:end]) \
                    and _covered(start, end, terms) < BOUNDARIES.own_words:
                found.append((start, end))
        pos += len(w.word)
    if not found:
        return None
    clauses = _clauses(sentence)
    s, e = max(found, key=lambda r: _proximity(r[0], r[1], terms, clauses))
    return Span(sentence[s:e], s, e, "place")


def _of_level(word: str, level: str) -> bool:
    """The place is of the asked level: it says so (浙江省), or its name with that suffix is an administrative
    place jieba knows (河南, written without 省 as provinces often are: 河南省)."""
    from reportbot.index.retrieval.place_names import jieba_places

    return word.endswith(level) or (not _PLACE_SUFFIX.search(word) and word + level in jieba_places())


def _untagged_place(word: str, level: str) -> bool:
    """A word the tagger did not call a place that jieba's administrative names hold with the asked suffix
    (仙居: 仙居县), never a word that only ends in the suffix's character (全省, 设区市)."""
    from reportbot.index.answering.glosses import cedict_entries
    from reportbot.index.retrieval.place_names import jieba_places

    if len(word) < 2 or _PLACE_SUFFIX.search(word) or word + level not in jieba_places():
        return False
    entries = cedict_entries(word)  # CC-CEDICT knows it as a place name only (仙居 Xianju county; not 中心)
    return bool(entries) and all(proper for proper, _ in entries)


_PLACE_SUFFIX = re.compile(r"[省市县区州镇乡村]$")
# tags of a one-character word that may be a place name's cut-off ending (湾 zg, 村 n; 谷 nr, the tagger reading the
# ending as a surname with no given name after it): not 里 f, 在 p
_SUFFIX_TAGS = ("zg", "ng", "n", "nr")
_NAMING = ("ns", "nz", "nr", "n")  # tags of a word a one-character place (东, 西) may close
_LEVELS_EN = {"city": "市", "cities": "市", "county": "县", "district": "区", "province": "省", "town": "镇",
              "village": "村"}


def asked_level(q: Query) -> str | None:
    """The level of place a where question asks for (哪个市, which city -> 市), if it names one."""
    if q.lang == "zh":
        m = re.search(r"哪(?:个|一|座)?(市|县|区|省|镇|乡|村)|哪(?:个|一|座)?城市", q.text)
        return (m.group(1) or "市") if m else None
    m = re.search(r"\b(?:which|what) (city|cities|county|district|province|town|village)\b", q.text.lower())
    return _LEVELS_EN[m.group(1)] if m else None


def context_place(q: Query, texts: list[str]) -> Span | None:
    """A where question whose sentence names no place: the first place its heading or document title names
    (the report's own province acts where the sentence says only 在全国率先). The span stands outside the
    sentence (0, 0)."""
    for text in texts:
        found = extract_place(q, text, [])
        if found:
            return Span(found.text, 0, 0, "place")
    return None
