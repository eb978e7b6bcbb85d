"""Sentences and heading-like lines of normalised text."""
from __future__ import annotations

import re

from reportbot.corpus.capitals import in_capitals, numbered_in_capitals
from reportbot.corpus.when_who import date_only, said_when, signed_for, signed_off

END = "。！？!?…"
CLOSE = "”’」』）)》\"'"
# a full stop after a figure ends a sentence only when it closes an identifier of four or more characters and a space
# and a capital follow (charity number SC012345. ABN …, number 1187452. Phone …): not a decimal's point, not a list's
# number (1. Scope)
_SENT_END = re.compile(rf"([{END}]+|(?<![\d.])\.(?=\s|$)|(?<=[A-Za-z0-9-]{{3}}\d)\.(?=\s+[A-Z])|；(?=.{{40}}))"
                       rf"([{re.escape(CLOSE)}]*)")
# an abbreviation's full stop, after a space or an opening bracket ("(No. 1184-220)"; a phone number's labels: "Tel.
# +86 571…", "ext. 21"); a capitalised word without a vowel is an abbreviation too (Sgt. Alan Pryce, Ltd., Bldg.,
# Mt.): no English word is spelt so. A y it ends on is no vowel either (Dy., Hwy., Pty.: the capitalised words
# ending so are abbreviations, My and Sky seldom end a sentence); a y inside such a word is (Lynn, Glyn: names), see
# _OPENS_RUN
_ABBREVIATION = re.compile(r"(?:^|[\s(（])(?:(?i:Dr|Mr|Mrs|Ms|Prof|St|No|Nos|Fig|vs|etc|e\.g|i\.e|approx|Tel|Ext|Fax)|"
                           r"(?:Rev|Hon|Capt|Col|Gen|Gov|Lt|Sen|Rep|Supt|Insp|Asst|Assoc|Dept|Jr|Sr)|"
                           r"[B-DF-HJ-NP-TV-Z](?:[b-df-hj-np-tv-xz]{1,3}|[b-df-hj-np-tv-xz]{0,2}y))\.$")
# a short capitalised word with a full stop, and the word before it: a title's or a role's abbreviation when it opens
# a name-like run (the Sys. Admin, by Rev. Michael Danvers), a name's last word when it closes one (Ms. Lynn.)
_OPENS_RUN = re.compile(r"(?:^|(\S*)\s|[(（])([A-Z][a-z]{1,3})\.$")
_Y_VOWEL = re.compile(r"[B-DF-HJ-NP-TV-Z][b-df-hj-np-tv-z]*y[b-df-hj-np-tv-z]+")  # Sys, Lynn, Glyn
_CAPITALISED = re.compile(r"([A-Z][a-z]+)\b(?:\s+([A-Z][a-z]+)\b)?")
# English words that open a sentence without naming anyone (articles, pronouns, prepositions, conjunctions): after
# them a full stop ended its sentence (Glyn. Nobody stayed; in June. Every donor)
_OPENERS = frozenset("""a an the this that these those it its he she we they you i me my our your their his her
    there here nobody none no one every each all some any many most both either neither in on at for from by with to
    of after before during if when while as but and or so yet then also however please thank thanks yes""".split())
_LABEL = re.compile(r"^[\w .()（）/-]{1,30}[:：]\s*\S")
# a label of a few Chinese words and its value (发布单位：金华市红十字会办公室, 联系电话：…); a heading that names its
# subject before a colon (专题一：…) is rarer than a letter's or a report's labelled lines; a
# longer label is one when its value is a figure, a date, a telephone number or a name (紧急联系人电话：137…), where
# a heading's subtitle after a colon is words (…发展：回顾与展望); a label of up to 16 characters whose short value
# ends with a figure and its measure word (新建博爱家园：11个（累计196个）) is a figures list's line, as a bulletin
# lists them; so is one whose value is a clause with a figure (进度：主体结构已于6月20日封顶，计划…), no subtitle
# (a short value ending with a figure, its measure word and a bracketed note: 11个（累计196个）)
_FIGURE_VALUE = r"[:：][^:：。；;]{0,24}\d[\d.,]*[万亿千百]?[\u4e00-\u9fff]{1,2}(?:[（(][^）)]{0,20}[）)])?$"
# a long label, of words, a list's 、 and a quoted name (救生员及志工误餐费、交通补助, 宣导品及「十招」摺页印制), whose
# value is a figure alone (：466,000): an account's or a figures list's line, no heading (a subtitle is words)
_LONG_LABEL = r"[\u4e00-\u9fff][\u4e00-\u9fff、「」『』“”《》·]{1,23}"
_CJK_LABEL = re.compile(r"^(?:[\u4e00-\u9fff]{2,6}[:：]\s*\S|"
                        r"[\u4e00-\u9fff]{7,10}[:：]\s*(?:[\d(（+]|[\u4e00-\u9fff·]{2,4}$)|"
                        rf"[\u4e00-\u9fff]{{2,16}}{_FIGURE_VALUE}|"
                        r"[\u4e00-\u9fff]{2,10}[:：][^:：]*\d[^:：]*[，,][^:：]*$|[\u4e00-\u9fff]{2,10}[:：][^:：]*[，,][^:：]*\d|"
                        rf"{_LONG_LABEL}[:：]\s*[+-]?\d[\d,，.]*\s*[%％]?$)")
# a label holding a quoted name, its short value ending with a figure (“博爱送万家”慰问困难群众：1.9万户): a figures
# list's line among other label lines, but alone over a paragraph a heading (“博爱家园”建设：新增11个)
_QUOTED_LABEL = re.compile(rf"^[\u4e00-\u9fff“”‘’「」《》·]{{2,16}}{_FIGURE_VALUE}")
# ... but a name ending in an ordinal before the colon is an agenda's or a report's section (议题一：…, 专题二：…,
# 第二部分：…), a heading: labelled values are not numbered so (a weekday is: 星期一：, 周二：)
_ORDINAL_NAME = re.compile(r"^(?:(?!星期|礼拜|周)[\u4e00-\u9fff]{1,4}[一二三四五六七八九十]{1,3}|"
                           r"第[一二三四五六七八九十\d]{1,3}(?:部分|章|节|篇|项|条))[:：]")
# (a numbered section whose name is in capitals, then a subtitle after a colon or its dates in brackets, 3. AFTER-ACTION
# REVIEW: CEDAR CREEK FLOOD (11-14 October 2025), is a plain text's heading as 2. APPROVAL OF MINUTES is: no label,
# which is not numbered and whose name is no word in capitals: capitals.numbered_in_capitals)
# a telephone number (0579-82136620, +44 20 7946 0958, 057982136620, a mobile's 13705748899): a contact line, never a
# heading
PHONE = re.compile(r"(?<![\d-])(?:(?:\+\d{1,3}[ -]?)?(?:\(?0\d{1,4}\)?[ -])\d{3,4}[ -]?\d{4}|0\d{2,3}-?\d{7,8}|"
                   r"1[3-9]\d{9})(?!\d)")
# A sentence longer than this (text with no sentence ends: a pasted log, an unpunctuated transcript) is cut into
# pieces no longer, so every passage stays bounded and within what e5 reads (512 tokens). Set above the longest
# sentence of the seed and library documents (314 characters), so no written sentence is cut.
MAX_SENTENCE_CHARS = 400
# a paragraph that opens with an item's number (（一）, (1), 1., 一是): after a paragraph ending in a colon, an item
ENUMERATED = re.compile(r"^(?:[（(](?:[一二三四五六七八九十]{1,3}|\d{1,2})[）)]|[一二三四五六七八九十]是|"
                        r"\d{1,2}[.．、](?!\d)\s*\S)")
# a numbered section's heading (1. Scope, 1.1, 一、, 第二章): no part of a title block
SECTION = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s|[一二三四五六七八九十]{1,3}、|"
                     r"第[一二三四五六七八九十\d]{1,3}[章节部分])")
_CLAUSE_MARK = re.compile(r"[，；、,;：:]")
_WORD_CHAR = re.compile(r"[A-Za-z0-9]")
_LOWER = re.compile(r"[a-z]")
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)  # a time's a.m. or p.m. ending a piece
_RANGE_ON = re.compile(r"[-–—]\s*\d")  # a piece opening with a range's dash and a figure


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping closing quotes with their sentence.

    Args:
        text: one normalised paragraph.

    Returns:
        The non-empty sentences, stripped, in order. A long run of clauses joined by
        full-width semicolons is also cut there.
    """
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    merged: list[str] = []
    for piece in out:  # "Dr. Helen Zhou": an abbreviation's full stop ends no sentence
        # nor does one a word in lower case follows (at 7:00 p.m. / in the Community Room; C. / difficile): an English
        # sentence starts with a capital or a figure; nor a time's a.m. or p.m. a dash and a figure follow: a range of
        # hours (8:00 a.m. - 2:00 p.m.)
        # (only the last few characters are read: an abbreviation is at most 7 long, so a text of lower-case
        # sentences costs no more than one read; and no join grows a sentence past the bound)
        if merged and len(merged[-1]) + len(piece) < MAX_SENTENCE_CHARS and (
                _ABBREVIATION.search(merged[-1][-10:]) or (merged[-1].endswith(".") and _LOWER.match(piece))
                or _opens_run(merged[-1][-40:], piece)
                or (_CLOCK_END.search(merged[-1][-6:]) and _RANGE_ON.match(piece))):
            merged[-1] += " " + piece
        else:
            merged.append(piece)
    return merged


def _opens_run(before: str, after: str) -> bool:
    """The full stop ending ``before`` is a title's or a role's abbreviation that opens a name-like run with the
    capitalised words starting ``after`` (the Sys. Admin resets it; led by Rev. Michael Danvers): the word before the
    abbreviation is not capitalised (else it closes a name: Ms. Lynn., Sandra Liu.), and the words after it name
    someone or something (not The, It, Every: a sentence's opening). Only a word whose vowel is a y (Sys) opens a run
    so: a short word with another vowel is an English word as often as not (in May. John Smith chaired; moved to
    Peru. Maria Lopez took over), and the titles among them (Rev., Hon., Capt.) are abbreviations by name."""
    m, named = _OPENS_RUN.search(before), _CAPITALISED.match(after)
    word = (m.group(1) or "") if m else ""
    if m is None or named is None or word[:1].isupper() and word.lower() not in _OPENERS \
            or named.group(1).lower() in _OPENERS:
        return False
    return bool(_Y_VOWEL.fullmatch(m.group(2)))


def bounded(sentence: str, limit: int = MAX_SENTENCE_CHARS) -> list[str]:
    """``sentence`` cut into pieces of at most ``limit`` characters (itself, when it is short enough).

    Each cut is at the last clause mark (，；、,;：:) of the piece, else at its last space, else at ``limit``
    characters, moved back off the middle of a Latin word or a number.
    """
    if len(sentence) <= limit:
        return [sentence]
    text, pieces, start = sentence.strip(), [], 0
    while len(text) - start > limit:  # by offsets: slicing off each piece would copy the rest each time
        head = text[start:start + limit + 1]
        cut = _cut(head, limit)
        pieces.append(head[:cut].strip())
        start += cut
        while text[start].isspace():
            start += 1
    rest = text[start:].strip()
    return [*pieces, rest] if rest else pieces


def _cut(text: str, limit: int) -> int:
    """Where to cut the first piece of ``text`` (longer than ``limit``): after at least a quarter of ``limit``."""
    window, least = text[:limit], limit // 4
    clause = max((m.end() for m in _CLAUSE_MARK.finditer(window)), default=0)
    if clause > least:
        return clause
    space = window.rfind(" ")
    if space > least:
        return space + 1
    cut = limit
    while cut > least and _WORD_CHAR.match(text[cut - 1]) and _WORD_CHAR.match(text[cut]):
        cut -= 1
    return cut if cut > least else limit


def hand_level(text: str) -> int:
    """The level of a heading set by hand (a bold line, no heading style): a numbered one's by its number (一、 a
    section, （一） under it, 1. under that), another a section's."""
    return 4 if re.match(r"\d", text) and ENUMERATED.match(text) else 3 if ENUMERATED.match(text) else 2


def is_heading(line: str, labels: bool = True) -> bool:
    """A short line that does not end a sentence: a title or section heading.

    Short means 40 characters of Chinese, or 12 words of a language written with spaces;
    a ``label: value`` line (``Date: 14 March 2024``, ``发布日期：2025年1月10日``) or one holding a telephone
    number is no heading (unless ``labels`` is False: a table's caption, 附表：主要指标对比, names its table).
    """
    line = line.strip()
    if not line:
        return False
    latin = re.search(r"[A-Za-z]{2}", line) and not re.search(r"[\u4e00-\u9fff]", line)
    if (len(line.split()) > 12 or len(line) > 90) if latin else len(line) > 40:
        return False
    if in_capitals(line) and len(line.split()) <= 8:
        return True  # PART 1. CAN I DONATE?: a plain-text heading in capitals, whatever it ends with
    if latin and numbered_in_capitals(line) and not line.endswith((".", "!", "?")):
        return True  # 3. AFTER-ACTION REVIEW: CEDAR CREEK FLOOD (11-14 October 2025): its name in capitals
    if line[-1] in END + "；;：:，,、" or line.endswith("."):
        return False
    if labels and no_heading_shape(line):
        return False
    return not re.fullmatch(r"[\d\W_]+", line)


# a table's unit, on a line of its own above it (单位：万元, （金额单位：元）, Unit: $'000, Figures in AUD)
_UNIT_LINE = re.compile(r"(?i)^[（(]?\s*(?:(?:金额|计量|数量|货币)?单位\s*[:：]\s*[^\s:：，,。]{1,12}|"
                        r"units?\s*:\s*[^,;:]{1,20}|(?:all\s+)?(?:figures|amounts)\s+(?:are\s+)?in\s+[^,;:]{1,20})"
                        r"\s*[）)]?$")


def unit_line(line: str) -> bool:
    """Whether a line gives only a table's unit (单位：万元, Unit: $'000): no heading, not even as a table's caption,
    which names what the table holds (the loaders ask; a line of the unit still opens the table's passage)."""
    return bool(_UNIT_LINE.match(line.strip()))


def no_heading_shape(line: str, large: bool = False) -> bool:
    """Whether a line is in the shape of a line that is no heading, whatever its size or weight: a ``label: value``
    line (not an agenda's 议题一：…), one holding a telephone number, a date alone (a letter's, a notice's), or a
    party's signature (For the … Trust: Marian Okafor, Chief Executive: :func:`.when_who.signed_for`). A
    line set large (``large``) is a label line only when its label and value are a few words (``Ref: STC/2025/014``):
    a title names its subject before a colon (Zhejiang Red Cross Society: 2024 Year in Review)."""
    line = line.strip()
    if date_only(line) or signed_off(line) or said_when(line) or signed_for(line):
        return True
    latin = re.search(r"[A-Za-z]{2}", line) and not re.search(r"[\u4e00-\u9fff]", line)
    label = (_LABEL if latin else _CJK_LABEL).match(line)
    name, _, value = line.partition(":")
    # (an address stays a label's value however long: it opens with a figure and holds a comma, as a title's words
    # after a colon do not: Office: 41 Abala Road, Marrara NT 0812, not Section 2: Floods, storms and fires of 2024)
    address = bool(re.match(r"\s*\d", value) and "," in value)
    if label and large and latin and (len(name.split()) > 2 or len(value.split()) > 4 and not address):
        label = None
    return bool(label and not _ORDINAL_NAME.match(line) or PHONE.search(line) or registration(line))


# a registration number's line: a short name and the number alone (ABN 62 104 578 311, Charity No. 1182746): the name
# an abbreviation in capitals or ending in No. / Number / Reg. (Project 2024117 and Route 3 16 22 are headings)
_REGISTRATION = re.compile(r"(?:[A-Z]{2,5}|(?:[A-Za-z][A-Za-z.]* ){0,2}(?:No\.?|Number|Reg\.?)):?\s+(\d[\d ]*\d)")


def registration(line: str) -> bool:
    """Whether a line is a body's registration number under its short name, a cover's or a letterhead's contact
    line, no heading: the number in three groups or more, or one of six figures or more (a year or two, Annual
    Report 2023 2024, are no such number)."""
    m = _REGISTRATION.fullmatch(line.strip())
    return bool(m) and (len(groups := m.group(1).split()) >= 3 or any(len(g) >= 6 for g in groups))


def quoted_label(line: str) -> bool:
    """Whether a line is a label holding a quoted name and its figure (“博爱送万家”慰问困难群众：1.9万户), a figures
    list's line where label lines stand beside it (the caller knows its neighbours)."""
    return bool(_QUOTED_LABEL.match(line.strip()))


def opens_with_label(line: str) -> bool:
    """Whether a line opens with a label and its value (时间：…, 列席：…, Present: …), as each line of a minutes' or a
    notice's run of labelled lines does; not an agenda's numbered name (议题一：…)."""
    line = line.strip()
    if re.search(r"[\u4e00-\u9fff]", line):
        return bool(_CJK_LABEL.match(line) and not _ORDINAL_NAME.match(line))
    name, colon, _ = line.partition(":")
    return bool(colon and _LABEL.match(line) and name[:1].isupper() and len(name.split()) <= 3)


# a label whose value is a numbered list's first item (附件：1.报名表, Attachments: 1. Entry form)
_LABEL_LIST = re.compile(r"^[\u4e00-\u9fffA-Za-z ]{1,12}[:：]\s*1[.、．]\s*\S")
_NUMBERED = re.compile(r"^(\d{1,2})[.、．]\s*\S")


def label_list_lines(lines: list[str]) -> set[int]:
    """Which of ``lines`` (a document's paragraphs in order) go on with the numbered list a label's value opens: the
    2.… and 3.… right under ``附件：1.报名表`` are that label's next items, no numbered section headings."""
    out, want = set(), 0
    for i, line in enumerate(lines):
        m = _NUMBERED.match(line.strip())
        if want and m and int(m.group(1)) == want:
            out.add(i)
            want += 1
        else:
            want = 2 if _LABEL_LIST.match(line.strip()) else 0
    return out


ASKS_CHARS = 80  # a FAQ's question is one sentence of at most this many characters


def asks(text: str, sentences: list[str]) -> bool:
    """Whether a paragraph is a question standing alone (``問：每次會抽多少血？``, ``**How long does it take?**``),
    the way a FAQ writes its question above the paragraph that answers it."""
    # (asked in two or three short questions: 課程多久？費用多少？)
    return 1 <= len(sentences) <= 3 and len(text) <= ASKS_CHARS and \
        all(x.strip().rstrip("*").endswith(("？", "?")) for x in sentences)
