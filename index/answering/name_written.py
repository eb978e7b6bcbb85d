"""An English question that calls its subject by a name the document it is answered from never writes.

A near miss often names a body, a town or an estate the library does not cover, or one another document covers:
"the lakeshore chapter" answered from another chapter's statement, or from a Chinese notice whose words match the
rest of the question. A name here is a Latin word the dictionary has no common sense for (not among CC-CEDICT's
English gloss words) and the bridge gives no Chinese word for, so a passage in either language can hold it only
by writing it. When some document writes the name, the answer's document must write it too, somewhere (its text,
headings or title, in any inflection): the search and the constraints weigh where. When no document writes it, it
names a place no document covers only where the question places something in it ("classes in Silverthorne", "at
Frisco"); elsewhere it is as often a name or a word the bridge missed (:mod:`.signals`, ``constraint_words``).

Left out: words under four letters (acronyms such as CPR and AED, which Chinese text writes in Latin too), a
romanised Chinese place (Guangdong: the constraints hold it), a month's or weekday's short form (Sept), a word with
a Chinese form in the bridge (donghu: 东湖 stands for it in a Chinese document), and any word spelled wholly in
pinyin syllables (huaxin): a Chinese document writes that name in characters, which the bridge may not reach. Pure
functions over the analysed question.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from reportbot.index.retrieval.place_names import romanised_places
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import stem

MIN_LETTERS = 4  # a shorter Latin word is an acronym Chinese text writes as it is (CPR, AED), not a name
# toneless pinyin syllables (pypinyin's readings of the CJK block, interjections without a vowel left out)
_SYLLABLES = frozenset((
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen "
    "ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci "
    "cong cou cu cuan cui cun cuo da dai dan dang dao de den deng di dian diao die ding diu dong dou du duan dui "
    "dun duo e ei en eng er fa fan fang fei fen feng fiao fo fou fu ga gai gan gang gao ge gei gen geng gong gou "
    "gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui "
    "hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong "
    "kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling "
    "liu lo long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo "
    "mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv "
    "nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin "
    "qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang "
    "sao se sen seng sha shai shan shang shao she shen sheng shi shou shu shua shuai shuan shuang shui shun shuo "
    "si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun "
    "tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan "
    "yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang "
    "zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun "
    "zuo "
).split())
# a month's or a weekday's short form (Sept, Thurs), which the dictionary knows only written out
_TIME_WORD = re.compile(r"jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mon|tues?|weds?|thur?s?|fri|sat|sun", re.I)
SYLLABLE_MOST = 6  # letters in the longest syllable (chuang, zhuang)
# prepositions that place the question's subject in the word after them
_PLACED_IN = re.compile(r"\b(?:in|at|near)\s+([a-z][a-z'-]+)", re.I)


def latin_names(q: Query, common: Callable[[str], bool]) -> list[str]:
    """The stems of an English question's words that are names: a concept (a word with the bridge's words for
    it) written only in Latin letters, of at least :data:`MIN_LETTERS`, no common English word and no romanised
    Chinese place."""
    if q.lang != "en":
        return []
    out = []
    for group in q.concept_groups():
        if len(group) != 1:
            continue
        (term,) = group
        if len(term) >= MIN_LETTERS and term.isascii() and term.isalpha() and not common(term) \
                and term not in _romanised_stems() and not spelled_in_pinyin(term) and not _TIME_WORD.fullmatch(term):
            out.append(term)
    return out


def name_unwritten(q: Query, doc_says: Callable[[str], bool], written: Callable[[str], bool],
                   common: Callable[[str], bool]) -> bool:
    """Whether the question names a thing by a Latin name (:func:`latin_names`) that the answer's document never
    writes, when another document does, or that no document writes while the question places its subject there.

    Args:
        q: the analysed question.
        doc_says: whether the answer's document writes an English stem anywhere.
        written: whether any document writes a keyword term (the corpus's vocabulary).
        common: whether a stem is a common English word (CC-CEDICT's gloss words).
    """
    names = latin_names(q, common)
    if not names:
        return False
    placed = {stem(m.group(1).lower()) for m in _PLACED_IN.finditer(q.text)}
    for name in names:
        if doc_says(name):
            continue
        if written(name) or name in placed:
            return True
    return False


def spelled_in_pinyin(word: str) -> bool:
    """Whether a Latin word splits wholly into pinyin syllables (huaxin: hua xin; lakeshore does not)."""
    word = word.lower()
    ends = [True] + [False] * len(word)  # ends[i]: word[:i] splits into syllables
    for i in range(1, len(word) + 1):
        ends[i] = any(ends[j] and word[j:i] in _SYLLABLES for j in range(max(0, i - SYLLABLE_MOST), i))
    return ends[-1]


@functools.lru_cache(maxsize=1)
def _romanised_stems() -> frozenset[str]:
    return frozenset(stem(p) for p in romanised_places())
