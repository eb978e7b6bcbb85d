"""Cantonese written in a question, read as the Mandarin the documents are written in.

Group members in Hong Kong type 邊個會長表揚咗東區義工隊 (哪个会长表扬了东区义工队) or
燒傷可以塗啲咩 (烧伤可以涂些什么). Its question words (边个, 边度, 边啲, 咩, 乜嘢, 几多, 点样) are no
question words to the rest of the pipeline, and its particles (咗, 嘅, 喺, 唔) are no words of the
documents, so they are rewritten into Mandarin before the question is analysed: a dictionary of
Cantonese grammar words, not of any question. Applied after OpenCC, so the forms are simplified
(OpenCC writes 嗰 as 𠮶). Pure function over a string. The words are those of the question-word
and demonstrative chapters of Matthews & Yip, *Cantonese: A Comprehensive Grammar* (边个/边位
who, 边度 where, 几多 how many, 几耐 how long, 几钱 how much money, 几时 when, 呢 this, 嗰 that, 哋 the plural
of 佢/我/你).
"""
from __future__ import annotations

import re

from reportbot.index.retrieval.spoken import is_cantonese_marked

# 边 before a classifier or a place word asks "which" (边个, 边度, 边啲) unless it ends a word of place
# (身边, 海边度过, 旁边): those characters make 边 a noun of its own
# (边两位: which two, a number before the classifier)
_WHICH = re.compile(r"(?<![身旁这那左右前后里外东西南北上下岸江河湖海路街周两一半无天床窗门桌山田溪])边"
                    r"(?=[两二三四五六七八九十几]?[一个位度啲间只条样处年日天次种家份本件])")
# longest first: 乜嘢 before 乜, 边度 (after 边 -> 哪) before 度
_WORDS = (
    ("哪度", "哪里"), ("哪处", "哪里"), ("哪啲", "哪些"),
    ("乜嘢", "什么"), ("咩嘢", "什么"), ("乜野", "什么"), ("咩野", "什么"), ("为咩", "为什么"), ("点解", "为什么"),
    ("点样", "怎样"), ("几多", "多少"), ("有冇", "有没有"), ("系咪", "是不是"), ("唔该", "请问"),
    ("唔好", "不要"), ("几耐", "多久"), ("这度", "这里"), ("那度", "那里"), ("几时", "什么时候"), ("喺边", "在哪里"),
    ("加埋", "一共"), ("几钱", "多少钱"),
)
# the words above a question writes only in Cantonese (the first three are 边's, read 哪 first; 几时 is literary
# Mandarin too)
_CANTONESE_WORDS = tuple(w for w, _ in _WORDS[3:] if w != "几时")
# 呢 (this) and 嗰 (that) before a classifier or a place word; 呢 elsewhere is Mandarin's particle
_THIS_THAT = re.compile(r"([呢嗰𠮶])(?=[个度啲位间只条样处年日天次种家份本件晚阵])")
# one-character words: question words and particles no Mandarin text writes
_CHARS = str.maketrans({"咩": "什么", "乜": "什么", "咗": "了", "嘅": "的", "喺": "在", "唔": "不", "冇": "没有",
                        "佢": "他", "哋": "们", "啲": "些", "睇": "看", "畀": "给", "嘢": "东西",
                        "攞": "拿"})
# 係 (OpenCC: 系) is Cantonese's 是, except inside the Mandarin words 系 makes (系统, 关系, 联系, 体系, 系列)
_COPULA = re.compile(r"(?<![关联体派院直谱世])系(?![统列数])")
_CANTONESE = re.compile(r"[咩乜咗嘅喺唔冇佢哋啲睇畀嘢嗰𠮶]|几多|几耐|点样|点解|呢(?=[个度啲])|"
                        r"(?<![身旁这那左右前后里外东西南北上下])边(?:[个度啲位]|一[个位年天次])|攞")


_WHO = re.compile(r"(?<![身旁这那左右前后里外东西南北上下岸江河湖海路街周两一半无天床窗门桌山田溪])边[个位]")


def _who_or_which(m: re.Match) -> str:
    """边个 (边位) before a noun asks which one (边个省委书记: 哪个); before a verb, or alone, who (边个负责: 谁)."""
    import jieba.posseg

    rest = re.match(r"[\u4e00-\u9fff]+", m.string[m.end():])
    if rest is None:
        return "谁"
    first = next(iter(jieba.posseg.cut(rest.group(0))), None)
    return ("哪" + m.group(0)[1]) if first is not None and first.flag.startswith("n") else "谁"


# question words written otherwise: 甚么 (甚麼, a spelling OpenCC keeps) is 什么; 那 typed for 哪 (one pinyin, nǎ/nà)
# before a classifier near the end of a question that asks nothing else (是那位, 建在那个区, 在那里)
_VARIANT = re.compile(r"甚么|甚麽")
_THAT_FOR_WHICH = re.compile(r"那(?=[个位些里儿种家支条][\u4e00-\u9fff]{0,3}[？?！!。]*$)")
_ASKS = re.compile(r"多少|几|什么|啥|哪|谁|何|怎|咋|吗|呢|么|是否|是不是|有没有")


def question_words(text: str) -> str:
    """The question with 甚么 written 什么, and 那 typed for 哪 where nothing else in it asks (最美救护员是那位)."""
    text = _VARIANT.sub("什么", text)
    return text if _ASKS.search(text) else _THAT_FOR_WHICH.sub("哪", text)


def is_cantonese(text: str) -> bool:
    """The text writes a Cantonese grammar word (咗, 嘅, 边个, 边日, 几多, 几钱 …) or a character CC-CEDICT knows only
    as Cantonese (㗎)."""
    return bool(_CANTONESE.search(text) or _WHICH.search(text) or any(w in text for w in _CANTONESE_WORDS)
                or is_cantonese_marked(text))


def mandarin(text: str) -> str:
    """The question with its Cantonese question words and particles in Mandarin; other text unchanged."""
    if not is_cantonese(text):
        return text
    text = _WHO.sub(_who_or_which, text)
    text = _THIS_THAT.sub(lambda m: "这" if m.group(1) == "呢" else "那", _WHICH.sub("哪", text))
    for cantonese, standard in _WORDS:
        text = text.replace(cantonese, standard)
    return _COPULA.sub("是", text).translate(_CHARS)
