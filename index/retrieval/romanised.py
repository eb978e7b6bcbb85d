"""The corpus's Chinese words by their romanised form (toneless pinyin): how the bridge reads a name typed in
pinyin (Xianju -> 仙居, Yuan Jiajun -> 袁家军). Moved from bridge.py. And whether a Latin word is spelled wholly in
pinyin syllables (moved from answering/name_written.py, which places_en.py reads it with too)."""
from __future__ import annotations

import re
from collections import defaultdict


def pinyin_index(vocabulary: dict[str, float], names: dict[str, list[str]]) -> dict[str, list[str]]:
    """Romanised forms (toneless pinyin) of the corpus's Chinese words of 2-4 characters, and of its quoted
    names (their tokens), to the words they spell."""
    pinyin: dict[str, list[str]] = defaultdict(list)
    for w in vocabulary:
        if 2 <= len(w) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", w):
            pinyin[pinyin_key(w)].append(w)
    for name, tokens in names.items():
        key = pinyin_key(name)
        if re.fullmatch(r"[\u4e00-\u9fff]{2,6}", name) and key not in pinyin:
            pinyin[key] = [t for t in tokens if t in vocabulary]
    return {k: sorted(set(v)) for k, v in pinyin.items() if v}


def pinyin_key(word: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(word)).lower()


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
SYLLABLE_MOST = 6  # letters in the longest syllable (chuang, zhuang)


def spelled_in_pinyin(word: str) -> bool:
    """Whether a Latin word splits wholly into pinyin syllables (huaxin: hua xin; lakeshore does not)."""
    word = word.lower()
    ends = [True] + [False] * len(word)  # ends[i]: word[:i] splits into syllables
    for i in range(1, len(word) + 1):
        ends[i] = any(ends[j] and word[j:i] in _SYLLABLES for j in range(max(0, i - SYLLABLE_MOST), i))
    return ends[-1]


# set by hand: letters a word must have for its flat-tongue reading to count (cangsa); a shorter one is more often
# an English word or another syllable (sun, shun)
ALIKE_LEAST = 5


def flat_key(word: str) -> str:
    """A pinyin spelling with the retroflex initials written flat (zh z, ch c, sh s) and l as n: what two spellings
    share when one was typed as many speakers say it (cangsa for changsha, hulan for hunan). l begins a syllable
    only, so l -> n never merges two codas."""
    return re.sub(r"([zcs])h", r"\1", word.lower()).replace("l", "n")


def spelled_alike(a: str, b: str) -> bool:
    """Whether two pinyin spellings differ only in flat and retroflex initials and n / l (cangsa, changsha)."""
    return flat_key(a) == flat_key(b)


def alike_keys(word: str, pinyin: dict[str, list[str]], flat: dict[str, list[str]]) -> list[str]:
    """The keys of ``pinyin`` a Latin word spells alike (:func:`spelled_alike`) when it spells none as typed: a
    word of :data:`ALIKE_LEAST` letters or more, wholly pinyin syllables (``flat``: :func:`flat_keys` of
    ``pinyin``)."""
    if word in pinyin or len(word) < ALIKE_LEAST or not spelled_in_pinyin(word):
        return []
    return flat.get(flat_key(word), [])


def flat_keys(pinyin: dict[str, list[str]]) -> dict[str, list[str]]:
    """The keys of a pinyin map by their :func:`flat_key`."""
    out: dict[str, list[str]] = defaultdict(list)
    for k in pinyin:
        out[flat_key(k)].append(k)
    return dict(out)


_PINYIN_ONLY = re.compile(r"^[a-z]+$")


def name_at(words: list[str], seq: list[str], i: int, pinyin: dict[str, list[str]], english, spelled, flat,
            matched: bool) -> tuple[int, dict[str, float]] | None:
    """A romanised name at word ``i`` of a question (``words`` as typed, ``seq`` stemmed) and how many words it takes:
    one word or two ("Yuan Jiajun") written in pinyin (a key of ``pinyin``; one word only when it is no English word);
    or, when nothing else ``matched`` there, a word no gloss ``spelled`` and which names nothing as typed, typed with a
    flat tongue (cangsa for changsha: :func:`alike_keys` against ``flat()``, :func:`flat_keys` of the map)."""
    for n in (2, 1):
        joined = "".join(words[i:i + n])
        if len(words[i:i + n]) == n and _PINYIN_ONLY.match(joined) and joined in pinyin:
            if n == 2 or seq[i] not in english:
                return n, {w: 1.0 for w in pinyin[joined]}
        if len(words[i:i + n]) == n and _PINYIN_ONLY.match(joined) and not matched \
                and not any(spelled(w) for w in seq[i:i + n]):
            alike = alike_keys(joined, pinyin, flat())
            if alike:
                return n, {w: 1.0 for k in alike for w in pinyin[k]}
    return None
