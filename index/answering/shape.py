"""The answer holds a thing of the kind the question asks for: a phone number, an e-mail address, money, a date.

A near miss often asks for a contact, a price or a date the document does not give (the hotline of a body it only
names, the fee of a course it lists, the day of a meeting it mentions): search finds the passage about that thing,
and the answer is whatever fills the question word's slot there, a clause or a name. Coverage, alignment and the
typed signal see nothing wrong with a clause that holds the question's words. What tells is the answer's shape: an
answer to "what is the phone number" with no run of digits in it, to "how much does it cost" with no figure and no
"free", gives no phone number and no price. The signal ``shape`` is then 0, a contradiction (:mod:`.refusal`'s
gates).

The asked kind is read from the question's grammar by the readers the extractors use (:func:`.asked.asked_number`,
:func:`.units.question_unit`, and :func:`asks_date` / :data:`ASKS_NAME` here, which ``typed`` reads too); the
shapes are the shapes of the things themselves (digits, @, a currency, a month), no list of question words. A table
cell whose label names the kind (电话：…, Fee: …) is of that kind whatever it holds: the document gives the value
there. Pure functions.
"""
from __future__ import annotations

import re
from typing import Literal

from reportbot.index.answering.asked import EMAIL, asked_number, asks_yes_no
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.org_kinds import ORG_END  # a long answer ending in an organisation's kind is a name
from reportbot.index.answering.spans import Span
from reportbot.index.answering.units import MONEY, money_head, named_unit, other_measure, question_unit
from reportbot.index.retrieval.cedict import entries_of
from reportbot.index.retrieval.clock import asks_hour
from reportbot.index.retrieval.counted import counted_head
from reportbot.index.retrieval.dates import MONTH_EN, WEEKDAY_EN  # names_en, evidence import MONTH_EN here
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tagging import tagged

Shape = Literal["phone", "email", "web", "money", "date", "name", "share", "someone"]

# an unquoted Chinese answer longer than this is read as a clause, not a name: 20 was read off the tune halves (the
# longest name among their answers, a document's title, has 18 characters), not from any rule of the language
NAME_CHARS = 20

# asking for a date (the day, the year; not a condition: 什么时候 / when may be answered by 出现胸痛时); a clock time
# (几点) by :func:`.clock.asks_hour`; :func:`asks_date` reads both, and ``typed`` (:mod:`.signals`) uses it too
_ASKS_DAY = re.compile(r"\bdate\b|\bdeadline\b|\bwhat day\b|\bwhich day\b|\bwhat year\b|\bwhich year\b|"
                       r"日期|哪天|哪一天|几号|"
                       r"哪一?年|几月", re.I)
# asking for a name (名字, 叫啥; "the name of", "what's its name"; not the verb: "name a park"); ``typed`` uses it too
ASKS_NAME = re.compile(r"名字|名称|全称|叫啥|叫什么|\bname of\b|\b(?:the|its|their|his|her|'s|whats|what's) name\b",
                       re.I)
# asking for a share of a whole (what percent, what share of, 百分之几, 占比, 比例): not "rate", which measures a pace
# as often (a compression rate is 100–120 a minute)
_ASKS_SHARE = re.compile(r"\bwhat (?:percent(?:age)?|share|proportion|fraction)\b|\bwhat %|\bhow many percent\b|"
                         r"\bpercentage\b|百分之几|百分比|占比|比例|比重|几成", re.I)
# a share: a percentage, a fraction in words, a ratio (30:2), 三成
_SHARE_SHAPE = re.compile(r"[%％]|percent|百分之|分之|[一二三四五六七八九十]成|\d\s*成|\bhalf\b|\bthird\b|\bquarter\b|"
                          r"一半|过半|\d\s*[:：比]\s*\d", re.I)
# the last character of a body's or a role's noun (…委员会, 办公室, 市政府, 救援队, 队长, 会员, 医师, 书记)
_SOMEONE_END = tuple("会局部委办厅府处室科院所校队组站社团司厂行馆长员者师士手官家人席记任")
_MARKS_AROUND = "“”《》「」 —-–·…，。、"
# which body asked (哪家公司, 哪个单位, which firm): the answer names one, as a who-question's does
_ASKS_BODY = re.compile(r"哪一?[家个所]?(?:公司|单位|机构|企业|医院|学校|银行|部门)|"
                        r"\bwhich (?:firm|company|agency|organi[sz]ation|body|bank|hospital|school|department)\b")
# an English question that asks an amount by its grammar: a currency names what is measured (the dollar damage, in
# dollars), or "what" is the object of a verb of paying (what did they spend on it, what did the firm bid, what do
# students pay; not what a policy pays for, nor what the money was spent on: those ask a thing)
_ASKS_AMOUNT_EN = re.compile(r"\b(?:dollars?|yuan|rmb)\b|\bwhat (?:do|does|did|will|would|should|must|can)"
                             r"(?:\s+[\w'&-]+){1,6}?\s+(?:spend\b(?=\s+on\b|\W*$)|bid\b|pay\b(?!\s+for\b)|"
                             r"charge\b|cost\b)")
# asking for a web address
_ASKS_WEB = re.compile(r"网址|网站|链接|\burl\b|\bwebsite\b|\bweb ?page\b|\blink\b", re.I)
# a price asked after its noun: a fee, price, deposit or rent (报名费多少, 押金几多, 场租要多少)
_PRICE_ZH = re.compile(r"[费价金租](?:是|为|要|大概|大约)?(?:多少|几多|几钱)")
# a run of digits that is no count: not followed by a unit (100万元, 2024年, 3天)
_PHONE_SHAPE = re.compile(r"\d(?:[\s-]?\d){2,}(?![\d.,]|\s*[万亿千百元块人名个次年月日号天%]|\s*(?:am|pm)\b)", re.I)
_WEB_SHAPE = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|edu|gov|cn|tw|hk|io)\b", re.I)
_FREE = re.compile(r"免费|免收|免票|不收取|不收费|无需付费|不用交|不需要交|无偿|\bfree\b|\bno (?:charge|fee|cost)\b|"
                   r"\bwithout charge\b", re.I)
# a date: a figure, a month or a weekday by name, Chinese numerals before a date's or a clock's unit, a part of the
# day, a recurrence
_DATE = re.compile(rf"\d|[一二三四五六七八九十廿]+\s*[月日号点时]|[上下中]午|凌晨|傍晚|"
                   rf"[周礼]拜[一二三四五六日天]|星期[一二三四五六日天]|周[一二三四五六日末]|{MONTH_EN}|"
                   rf"{WEEKDAY_EN}\b|"
                   rf"今天|明天|昨天|每年|每月|每周|年底|年初|月底|月初|上旬|中旬|下旬|"
                   rf"[去今明前同次当翌]年|[上下本]周|[上下本]个?月|当[天日]|次日|前一?[天日]|"
                   rf"[前后上下]一[周天月年]|春节|元旦|国庆|中秋|端午|清明", re.I)
# what a table cell's label says its value is (row — label：value): the document's word for the kind
_LABEL = {"phone": re.compile(r"电话|热线|手机|联系方式|phone|tel\b|hotline|contact", re.I),
          "email": re.compile(r"邮箱|邮件|电邮|e-?mail|contact", re.I),
          "web": re.compile(r"网址|网站|链接|url|website|link", re.I),
          "money": re.compile(r"费|价|金额|收费|元|price|fee|cost|amount|charge", re.I),
          "date": re.compile(r"日期|时间|日子|date|day|when", re.I),
          "name": re.compile(r"名|name", re.I),
          "share": re.compile(r"比例|占比|率|share|percent|rate|ratio", re.I),
          "someone": re.compile(r"人|者|员|长|单位|机构|who|name|by\b", re.I)}


# figures that date or time a thing, or name it, and are no amount: a day and its month (11-14 October), a month and
# its year (January 2025), a Chinese date (2024年3月5日), a clock time, a duration (30 minutes, 3个工作日), a figure
# inside quote marks (the “1+1+3” goal names a plan), a year after a preposition of time (trained since 1911)
_NO_AMOUNT = re.compile(
    rf"\d{{1,2}}(?:\s*[-–—]\s*\d{{1,2}})?\s+{MONTH_EN}(?:\s+\d{{4}})?|{MONTH_EN}\s+\d{{1,4}}(?:\s*,\s*\d{{4}})?|"
    r"\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*[日号])?|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|"
    r"\d{1,2}[:：]\d{2}|\d\s*(?:am|pm)\b|\d+(?:\.\d+)?\s*个?(?:小时|分钟|工作日|天|周|个月)|"
    r"\d+(?:\.\d+)?\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b|"
    r"[“「《\"][^”」》\"]*[”」》\"]|"
    r"\b(?:since|in|until|till|before|after)\s+(?:19|20)\d{2}\b(?![\d.,])", re.I)


def _money(text: str) -> bool:
    """Money or a price: a currency, a figure that measures nothing else (no date, clock time, duration or other
    unit: :data:`_NO_AMOUNT`), free."""
    if MONEY.search(text) or _FREE.search(text):
        return True
    rest = _NO_AMOUNT.sub(" ", text)
    return bool(re.search(r"\d", rest)) and not other_measure("元", rest)


def _holds(shape: Shape, text: str, asked: str = "") -> bool:
    if shape == "money":
        return _money(text)
    if shape == "name":  # short, quoted, or in English text (a course's name may be long: First Aid Training Course)
        return len(text) <= NAME_CHARS or bool(re.search(r"[“”「」《》\"]", text)) or is_english(text) \
            or bool(ORG_END.search(text.rstrip("。. "))) and not re.search(r"[，,；;]", text)
    if shape == "someone":
        return names_someone(text, asked)
    pattern = {"phone": _PHONE_SHAPE, "email": EMAIL, "web": _WEB_SHAPE, "date": _DATE, "share": _SHARE_SHAPE}[shape]
    return bool(pattern.search(text))


def names_someone(text: str, asked: str = "") -> bool:
    """A who-answer names a person, a body or a role: English text that is no figure (its names are judged
    elsewhere), a name by jieba's tagger or a surname before a given name (何 建平), a body's or a role's noun by its
    last character (…办公室, 队长), also quoted (省“两办”); not a common noun, a verb, a piece of a clause (癌症,
    并为…添置), nor only the kind of body the question itself names (``asked``: 公司 of 哪家公司)."""
    from reportbot.index.answering.entities import _surname, holds_person, is_person

    t = text.strip(_MARKS_AROUND)
    if not re.search(r"[\u4e00-\u9fff]", t):
        return not re.match(r"\W*\d", t)
    if holds_person(t) or is_person(t) \
            or 2 <= len(t) <= 3 and _surname(t[0], t) and re.fullmatch(r"[\u4e00-\u9fff]+", t):
        return True
    if any(q.strip(_MARKS_AROUND).endswith(_SOMEONE_END) for q in re.findall(r"[“「《\"][^”」》\"]+[”」》\"]", text)):
        return True  # a quoted body (“两办”)
    return any(f.startswith(("nr", "nt")) or len(w) >= 2 and f[0] in "nv" and w.endswith(_SOMEONE_END)
               and w not in asked for w, f in tagged(t)) or people_noun(t) and t not in asked


# the dictionary's first sense of a noun that names people or a body of them (群众 "the masses", 企业 "enterprise",
# 居民 "resident"): a who-answer as much as a role is; read from CC-CEDICT's glosses, no list of Chinese words
_PEOPLE_GLOSS = re.compile(r"\b(?:people(?!'s)|persons?|masses|public|residents?|inhabitants?|villagers?|citizens?|"
                           r"students?|child(?:ren)?|elderly|enterprises?|compan(?:y|ies)|firms?|government|households?|workers?|"
                           r"staff|members?)\b")


def people_noun(text: str) -> bool:
    """``text`` ends in a noun whose dictionary sense is people or a body of them (困难群众, 企业), read at its longest
    final word the dictionary holds; a noun phrase, no clause (no mark, no verb)."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", text):
        return False
    words = tagged(text)
    if not words or words[-1][1][0] not in "nlj" or any(f[0] in "vpcud" and f != "vn" for _, f in words):
        return False
    for n in range(min(len(text), 4), 1, -1):
        entries = entries_of(text[-n:])
        if entries:
            return bool(_PEOPLE_GLOSS.search(entries[0][1]))
    return False


def asks_date(text: str) -> bool:
    """The question asks for a date or a clock time: a day's or a year's words (:data:`_ASKS_DAY`), or 几点 asking the
    hour (几点开门, 几点钟, 几点前; :func:`.clock.asks_hour`, the rule question analysis reads too), not counting
    points (哪几点要求, 提了几点意见)."""
    return bool(_ASKS_DAY.search(text)) or asks_hour(text)


def _numbered_thing(text: str) -> bool:
    """几号 before a noun asks which numbered thing (几号展台, 几号泳道), not which day (几号闭馆, 是几号)."""

    words = tagged(text)
    return any(w.endswith("几号") and (f[0] == "n" or i + 1 < len(words) and words[i + 1][1][0] in "ns")
               for i, (w, f) in enumerate(words))


def _counts_other(q: Query) -> bool:
    """A count of something named besides the contact ("how many working days for an e-mail reply"), a time (几点);
    not 几号, which with a contact word asks its number (值班电话是几号)."""
    if q.kind == "when":
        return "几号" not in q.text
    unit = question_unit(q) or named_unit(q.text)
    return q.kind == "count" and bool(counted_head(q.text) or unit and unit != "元")


def asked_shape(q: Query) -> Shape | None:
    """The kind of thing the question asks the answer to be: a contact, money, a date; None for anything else (a
    yes-or-no question about a contact, "can I pay by phone", asks whether)."""
    contact = asked_number(q.text).contact
    if contact is not None and not _counts_other(q):
        return contact  # type: ignore[return-value]
    if _ASKS_WEB.search(q.text) and q.kind in ("what", "other"):
        return "web"
    if q.kind == "count" and question_unit(q) == "元" or q.lang == "zh" and _PRICE_ZH.search(q.text) \
            and not _counts_other(q) or q.lang == "en" and q.kind in ("what", "other") \
            and (money_head(q.text.lower()) or _ASKS_AMOUNT_EN.search(q.text.lower())):
        return "money"
    if asks_date(q.text) and not ("几号" in q.text and _numbered_thing(q.text)):
        return "date"
    if ASKS_NAME.search(q.text) and q.kind in ("what", "other", "who"):
        return "name"
    if _ASKS_SHARE.search(q.text) and q.kind in ("what", "other", "count"):
        return "share"
    return "someone" if q.kind == "who" or _ASKS_BODY.search(q.text.lower()) else None


# a record's number as an answer writes it: figures, or capitals before figures
_CODE_SHAPE = re.compile(r"\d{3}|[A-Z]{2,}-?\d")


def gives_number(q: Query, text: str) -> bool:
    """The question asks a contact's number or a record's (电话幾多號, 帐号几号, 项目编号多少, whats the fax number) and
    ``text`` holds one: a phone's digits, an e-mail address, a code of figures or capitals. A Chinese question asks it
    with the number's word right before the question word, which read alone asks a count or a day."""
    shape = asked_shape(q)
    if q.lang == "zh" and not asked_number(q.text).number_word_zh:
        return False
    if shape in ("phone", "email"):
        return _holds(shape, text, q.text)
    return q.lang == "zh" and bool(_CODE_SHAPE.search(text))


def _label(sentence: str, start: int) -> str:
    """The label a cell's value stands after on its line (``label：value``), or ''."""
    line = sentence[:start].rsplit("\n", 1)[-1]
    cell = re.split(r"[；;|—]", line)[-1]
    m = re.search(r"([^：:]{1,20})[：:]\s*$", cell)
    return m.group(1) if m else ""


def shape_agrees(q: Query, span: Span | None, sentence: str = "") -> float:
    """0 when the question asks for a phone number, an e-mail address, money or a date and the answer holds none
    (no digits for a phone, no @ for an e-mail, no figure and no "free" for a price, no figure, month or weekday for
    a date), unless the answer is a value its label calls that kind; else 1."""
    shape = asked_shape(q)
    if shape is None or span is None or asks_yes_no(q.text) or span.source in ("faq", "page", "header"):
        return 1.0
    if _holds(shape, span.text, q.text):
        return 1.0
    if sentence and 0 <= span.start <= len(sentence) and _LABEL[shape].search(_label(sentence, span.start)):
        return 1.0
    return 0.0
