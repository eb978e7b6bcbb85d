"""Text normalisation shared by documents and questions.

One function, :func:`normalize`, is applied to every passage and every question
so that both sides of a search see the same characters: full-width digits and
letters become ASCII (NFKC), traditional characters become simplified, and the
stray spaces that PDF and word-processor exports leave around numbers go away.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from reportbot.corpus.unit_names import CJK, PERSON, UNIT

_CJK = CJK  # (unit_names: the ranges a Chinese character falls in)
# A space between a CJK character and a digit or another CJK character is an
# artefact of layout (the report has "成人会员 68.05万名", "近2000 个").
# A space before a field's label (发布单位：X　发布日期：Y) separates two fields of one line: it stays.
_FIELD = rf"(?![{_CJK}]{{2,6}}[：:])"
_SPACE_CJK = re.compile(rf"(?<=[{_CJK}\d%])[ \t\u3000\u00a0]+{_FIELD}(?=[{_CJK}])|(?<=[{_CJK}])[ \t\u3000\u00a0]+{_FIELD}(?=[\d{_CJK}])")  # noqa: E501 (CJK text counts double)
_SPACES = re.compile(r"[ \t\u3000\u00a0\u200b\ufeff]+")
# An ideographic space between two Chinese fields of one line separates them (市红十字会办公室　贺晓琳　电话：…,
# 第9期　市红十字会办公室编　2025年12月8日): two characters or figures ending in a Chinese one
# before it, two after it opening with one. A space justified text puts inside a word stands
# by a character alone (王　芳, 办　公　室): it still goes. (One before a label, 电话：…, is
# kept by ``_FIELD`` as a plain space.)
_FIELD_GAP = re.compile(rf"(?<=[{_CJK}\d][{_CJK}）])\u3000+{_FIELD}(?=[{_CJK}\d][{_CJK}\d])")
# So does a space of any kind between an official document's number and a date after it (常红通〔2025〕18号 2025年11月7
# 日, a PDF's line): run together the number's figures ran into the year (18号2025年)
_NUMBER_DATE = re.compile(r"([〔\[［]\d{4}[〕\]］]\d{1,4}号)[ \t\u3000\u00a0]+(?=\d{4}年)")
# A plain space between a unit's name and a person's (记录：公關組 蔡宜庭, 联络人：志工股 王小明) separates two
# fields too, the unit and who in it: the unit a word right after a field's label or a list's mark (：, 、, ，)
# ending in a unit's word (组, 科, 股, 课, 处, 室, 部, 站, 队, 中心), the person a common surname and one or two
# characters more, ending there (before a mark, a space or the line's end); run together (公关组蔡宜庭) the two read
# as one word. A space before a word going on (公关组 索取资料), or inside a sentence's word with no label before it
# (加强救援队 伍建设, a justified line's), is a layout's: it goes.
# (the shape: .unit_names, which label_lists reads too)
_UNIT_NAME = re.compile(rf"(?<=[:：、，,])(\s*{UNIT})[ \u00a0]+(?={PERSON})")
_GAP = "\x1f"  # (a unit separator holding a field's gap through NFKC and the removal of layout spaces)
# the gap kept is an ideographic space itself, so that text normalised again (a plain text's line, then its paragraph)
# keeps it again; it is whitespace to every ``str.split``
FIELD_SPACE = "\u3000"
# A space inside a figure of a Chinese sentence is an artefact of a PDF's text layer too (惠及群众6 2万人次, 达2 .1万台,
# 覆盖率达到78 %, 较20 22年): a number of one or two digits, right after a CJK character, and the rest of the figure
# (a decimal part, a percent sign, or one or two digits before a CJK character). Two figures side by side are longer
# (2023 2024) or have a unit between them (61个 88个).
_SPLIT_FIGURE = re.compile(rf"(?<=[{_CJK}])(\d{{1,2}})[ \u3000\u00a0]+(?=\.\d|[%‰]|\d{{1,2}}[{_CJK}%‰])")
# A numbered label opening a paragraph (问题1　多大年龄…, 图2　各区献血量, 附件3　…) is set apart from its text by a
# space that is no layout's: without it the label's number runs into the text (问题1多大年龄). The label nouns a
# question, a figure, a table, an annex, a case or a step is numbered by; 第1 章 is a count, not a label.
_LABEL_OPENING = re.compile(rf"^(?:问题|问|题|图|表|附件|附表|附图|案例|步骤|例)\d{{1,3}}(?=[ \u3000\u00a0][{_CJK}])")
# NFKC turns these CJK punctuation marks into ASCII ones; keep the CJK forms,
# which sentence splitting and quote extraction rely on.
_KEEP = {"，", "。", "！", "？", "；", "：", "（", "）", "“", "”", "‘", "’", "《", "》", "、", "【", "】"}
# circled numbers (①…⑳, ❶…❿, ➀…➉) mark items: NFKC makes ① a bare 1 that runs into the item's words (①造血干细胞
# 捐献 as 1造血干细胞捐献, ⑤6月 as 56月); kept, an item reads and is quoted as the document writes it
_KEEP |= {chr(c) for c in [*range(0x2460, 0x2474), *range(0x2776, 0x2780), *range(0x2780, 0x278A)]}


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


# bidirectional controls (embeddings, overrides, isolates, marks) and line breaks: in a title they reorder or break
# the line that shows it (" — 3 passages · date" after a title that overrides to right-to-left reads backwards)
_BIDI = re.compile(r"[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_BREAKS = re.compile(r"\s*[\u2028\u2029\x00-\x1f\x7f-\x9f]+\s*")


def one_line(text: str) -> str:
    """A title or heading shown inside a line: without the characters that reorder or break that line. Every place a
    title or section reaches a user (a reply, the command line) shows it through this, and a new record's title is
    stored so."""
    return _BREAKS.sub(" ", _BIDI.sub("", text)).strip()


def blank(text: str) -> bool:
    """Nothing to read: only whitespace and invisible format characters (zero-width space and joiners, the byte
    order mark, direction marks), which ``str.strip`` keeps; a question of them is an empty question."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


def to_simplified(text: str) -> str:
    """Convert traditional Chinese characters to simplified ones (no-op for other text)."""
    if not re.search(f"[{_CJK}]", text):
        return text
    return _t2s().convert(text)


class _CharTable(dict):
    """Each character's NFKC form (a kept mark itself), worked out the first time it is met: ``str.translate``
    looks every character up here in C, three times as fast as a call a character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        self[code] = form = ch if ch in _KEEP else unicodedata.normalize("NFKC", ch)
        return form


_NFKC = _CharTable()


# a footnote's mark: superscript figures (¹, ²³) right after a word of two letters or more, a Chinese character or a
# closing mark, before a space, a mark or the line's end (person¹, waterways².  捐献者³，). NFKC made it a bare figure
# that ran into the word (person1, waterways2): dropped, the word is read and quoted as the sentence writes it. A
# unit's power stays (m², km², cm³: one letter or two before it, as a unit's short name; 米², 85米² a Chinese area),
# so does a power after a closing bracket ((a+b)²), and so does the mark that opens the footnote itself (¹ Concession
# price…: at the line's start, a space after it).
_FOOTNOTE_MARK = re.compile(rf"(?:(?<=[^\W\d_]{{3}})|(?<=[{_CJK}.,;:!?”’\"'。，；：！？」』]))(?<!米)"
                            rf"[¹²³\u2070\u2074-\u2079]{{1,3}}(?![\w¹²³\u2070\u2074-\u2079])")


# a full-width comma between full-width digits, three after it: a thousands separator (１，９４０人次 is 1,940人次,
# as a question types it), not the comma of a Chinese sentence, which NFKC keeps (1，2 stays a list)
_WIDE_GROUP = re.compile(r"(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")


def nfkc(text: str) -> str:
    """NFKC-normalise character by character, except for the CJK punctuation the splitter needs."""
    return text.translate(_NFKC)


def normalize(text: str, simplify: bool = True) -> str:
    """Normalise one line or paragraph of text.

    Args:
        text: raw text, possibly with full-width forms, traditional characters
            and stray spaces.
        simplify: False keeps traditional characters (to show a document in its own script).

    Returns:
        The text with full-width digits and letters as ASCII (a full-width comma grouping full-width digits as a
        comma: １，９４０ is 1,940), traditional
        characters as simplified, layout spaces inside Chinese (and inside a figure
        of a Chinese sentence) removed (an ideographic space between two Chinese fields kept as one, and a space
        between a unit's name and a person's kept as one too), but the one
        after a numbered label opening it (问题1 多大年龄), and
        runs of whitespace folded to one space.
    """
    text = _NUMBER_DATE.sub(rf"\1{_GAP}", _FOOTNOTE_MARK.sub("", text))
    text = nfkc(_WIDE_GROUP.sub(",", _UNIT_NAME.sub(rf"\1{_GAP}", _FIELD_GAP.sub(_GAP, text))))
    if simplify:
        text = to_simplified(text)
    text = _SPACES.sub(" ", text).strip()
    label = _LABEL_OPENING.match(text)
    head, text = (f"{label.group(0)} ", text[label.end() + 1:]) if label else ("", text)
    return head + _SPACE_CJK.sub("", _SPLIT_FIGURE.sub(r"\1", text)).replace(_GAP, FIELD_SPACE)


_LETTER = re.compile(r"[^\W\d_]")
_CJK_CHAR = re.compile(f"[{_CJK}]")


def cjk_ratio(text: str) -> float:
    """Share of letters in ``text`` that are CJK ideographs (0.0 for no letters)."""
    letters = len(_LETTER.findall(text))
    return len(_CJK_CHAR.findall(text)) / letters if letters else 0.0


@dataclass(frozen=True)
class Script:
    """When a text is Chinese; set by hand (a Chinese sentence naming an English body, 由Harbour City Red Cross主办,
    is still Chinese), not fitted. It shapes how a table's cells and a passage's sentences are joined."""

    # a text whose letters are at least this share CJK ideographs is Chinese: a question's language, a passage's
    chinese_share: float = 0.3


SCRIPT = Script()


def is_chinese(text: str) -> bool:
    """Whether ``text`` is Chinese: at least ``Script.chinese_share`` of its letters are CJK ideographs."""
    return cjk_ratio(text) >= SCRIPT.chinese_share
