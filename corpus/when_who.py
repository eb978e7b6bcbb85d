"""Lines that say when and who: a date alone (a letter's, a notice's), an event's weekday, date and hour, a
Chinese document's number, a signature's body and date, and a post with a person's name (a speaker, a signatory).
:mod:`.sentences` asks these when it decides a line is no heading; the loaders and answers ask them by name."""
from __future__ import annotations

import re

from reportbot.corpus.surnames import DOUBLE_SURNAMES, SURNAMES

# a date (2025年3月4日, 2025-03-04, 14 February 2025): a line holding only one is a letter's or a notice's date
MONTH_NAMES = "(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WESTERN = (rf"\d{{4}}年\d{{1,2}}月\d{{1,2}}日|\d{{4}}-\d{{1,2}}-\d{{1,2}}|\d{{1,2}} {MONTH_NAMES} \d{{4}}|"
            rf"{MONTH_NAMES} \d{{1,2}}, \d{{4}}")
# ... or counted in the Republic of China's years, as Taiwan writes a date (中華民國114年3月5日; 114年3月22日 alone)
_ERA = r"(?:中[华華])?民[国國]\s*\d{2,3}年\d{1,2}月\d{1,2}日|(?<![\d.])1[0-4]\d年\d{1,2}月\d{1,2}日"
DATE = re.compile(f"{_WESTERN}|{_ERA}")
WESTERN_DATE = re.compile(_WESTERN)  # (a document's own date: its year, not the era's, is what a question names)


def bracketed_note(least: int, most: int) -> str:
    """The pattern of a note in brackets of ``least`` to ``most`` characters, either width, nothing bracketed inside
    (（2025年9月修订）, （114年1月15日…理事會通過）): what a title adds of when it was adopted or revised. Unanchored:
    :mod:`.byline` reads a line that is one, :mod:`.html_site` a heading that ends in one."""
    return rf"[（(][^（()）]{{{least},{most}}}[)）]"


# an event's day and hour (Tuesday, 22 October 2024, 6:00 pm; 2025年3月4日（星期二）下午2:30): a cover's or a notice's
# line saying when, no heading, as a date alone is none
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:星期|周|週|礼拜)[一二三四五六日天]"
_HOUR = r"\d{1,2}(?:[:.：]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
# an hour as a clock says it: with its minutes, am / pm, or 上午 / 下午 before it (a bare figure is none)
_SAID_HOUR = r"(?:(?:上午|下午|晚上)\s*\d{1,2}(?:[:.：]\d{2})?|\d{1,2}[:.：]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?|" \
             r"\d{1,2}\s*(?:am|pm|a\.m\.|p\.m\.))"
_CLOCK = rf"{_SAID_HOUR}(?:\s*[-–—至]\s*{_HOUR})?"
# (a day, a date and an hour, all three: a day line without its hour, Saturday, 14 June 2025, heads its sessions)
_WHEN = re.compile(rf"(?i)(?:(?:{_WEEKDAY}),?\s*(?:{_WESTERN}|{_ERA})"
                   rf"|(?:{_WESTERN}|{_ERA})\s*[（(]\s*(?:{_WEEKDAY})\s*[）)]),?\s*(?:at\s+|from\s+)?{_CLOCK}")


def said_when(line: str) -> bool:
    """Whether a line says only when an event is: its weekday, its date and its hour, all on the line (Tuesday,
    22 October 2024, 6:00 pm); a day without an hour (Saturday, 14 June 2025) heads that day's sessions."""
    return bool(_WHEN.fullmatch(line.strip().rstrip("。.")))


def date_only(line: str) -> bool:
    """Whether a line holds only a date (a letter's, a notice's signature)."""
    return bool(DATE.fullmatch(line.strip().rstrip("。.")))


# a document's number (文号): the issuer's short name, the year in brackets and a serial (南红字〔2025〕23号), or the
# serial after 字第 (竹红字第1140000387号, Taiwan's form, the year in its first digits)
DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*"
                             r"(?:[〔［\[【（(]\s*(?:19|20)\d\d\s*[〕］\]】）)]\s*第?\s*\d{1,5}|字第\d{1,12})\s*[号號](?:\s+签发人[:：]\s*\S.{0,30})?")
# a signature's line: the body's name and its date, parted by a space or run together as a passage folds a
# full-width space (绵阳市红十字会办公室 2025年10月15日, 绵竹市红十字会办公室2025年1月20日): no heading, though short
# and unpunctuated
_SIGNED_OFF = re.compile(rf"[\u4e00-\u9fff（）()]{{2,30}}[ \u3000]*(?:{_WESTERN}|{_ERA})")


# a person's name: a common surname (or a double one, 欧阳) and one or two characters more (周海燕, 林美華), no word
# of a post's line (会长　致辞: a speech, no speaker)
_PERSON = rf"(?:{'|'.join(DOUBLE_SURNAMES)}|[{SURNAMES}])[\u4e00-\u9fff]{{1,2}}"
# a signatory's line: a post (会长, 党组书记、常务副会长, 總幹事) and a name of two to four characters, a
# report's speaker under its title or a notice's signature at its end (会长　张文雄); the space between them folded
# away in a passage; the body over the post may stand apart too (…澎湖縣支會　會長　陳秀鳳, a space kept between fields)
_POST = r"(?:[长長]|书记|書記|主任|[干幹]事|主席|委[员員]|[经經]理|[负負][责責]人)"
SIGNATORY = re.compile(rf"(?P<post>[\u4e00-\u9fff、（）()·\u3000 ]{{0,28}}?{_POST})[\u3000 \t]*(?P<name>{_PERSON})")
_SPACED_SIGNATORY = re.compile(rf"[\u4e00-\u9fff、（）()·]{{0,28}}?{_POST}[\u3000 \t]+{_PERSON}")


def signed_off(line: str) -> bool:
    """Whether a line is a Chinese document's number, its signature's name and date on one line, or a post and a
    name parted by a space (会长　张文雄)."""
    line = line.strip().rstrip("。.")
    return bool(DOCUMENT_NUMBER.fullmatch(line) or _SIGNED_OFF.fullmatch(line) or _SPACED_SIGNATORY.fullmatch(line))


# a party's signature line at an agreement's end: the party, then the person who signs for it and the post (For the
# Kestrel Bay Trust: Marian Okafor Reyes, Chief Executive; On behalf of the Grantee: Dr. Li Ming,
# Director): a line of the signatures, no heading over them, though short and unpunctuated; a return's or a report's
# signature too, the body signed for in lower case and the day after the post (Signed on behalf of the trustees: Dr
# Ruth Kinvig, Chair, 12 September 2025)
_SIGNED_FOR = re.compile(r"(?:(?:For|Signed for)\s+(?:the\s+)?[A-Z]|"  # (lower case only after on behalf of)
                         r"(?:For and on behalf of|On behalf of|Signed on behalf of)\s+(?:the\s+)?[A-Za-z])"
                         r"[^:：]{1,80}[:：]\s*"
                         r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+)?[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){1,4},\s*"
                         rf"[A-Z][^,;:：]{{1,60}}(?:,\s*(?:{_WESTERN}))?")


def signed_for(line: str) -> bool:
    """Whether a line is a party's signature: ``For`` (``On behalf of``) the party, a colon, a person's name of two
    to five capitalised words and, after a comma, the post (For the Kestrel Bay Trust: Marian Okafor Reyes,
    Chief Executive)."""
    return bool(_SIGNED_FOR.fullmatch(line.strip().rstrip(".")))


# a chronicle's entry: a line opening with its day (1月8日, 3月中旬, 10月底, 2025年5月29日, 2025-05-29, 12 March,
# March 12), set apart from what happened by a space, a mark or a colon (1月8日　■市红十字会召开…, 3月中旬：…); a
# date run into its sentence (1月8日，…) opens a paragraph's sentence, no entry
_ENTRY_DAY = (rf"(?:\d{{2,4}}年)?\d{{1,2}}月(?:\d{{1,2}}(?:[—–-]\d{{1,2}})?日|[上中下]旬|[初底末])|"
              rf"\d{{4}}-\d{{1,2}}-\d{{1,2}}|"
              rf"\d{{1,2}}(?:[—–-]\d{{1,2}})? {MONTH_NAMES}(?: \d{{4}})?|{MONTH_NAMES} \d{{1,2}}(?:, \d{{4}})?")
_ENTRY = re.compile(rf"(?:{_ENTRY_DAY})(?:[ \t\u3000]+|[ \t\u3000]*[:：—–■□◆◇▲△●○★☆]\s*)(?=\S)")


def dated_entry(line: str) -> bool:
    """Whether a line opens with a day set apart from its text, as a chronicle's (大事记's) entries do:
    1月8日　■市红十字会召开党组会议…; 12 March – Board meeting…"""
    return bool(_ENTRY.match(line.strip()))
