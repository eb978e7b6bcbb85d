"""A date or a time of day as Chinese or English text writes one: the shape search, the figure checks and the
answer checks share it (a question in one language may be answered by a passage in the other).

A date is a year before 年 (2019年, 二〇一九年), a month (3月, 三月, 每年3月, March, March 2019), a day of a month
(10月24日, 14 May, May 14), an ISO date (2019-03-14, 2019/3), a day, month and year in figures (14/03/2019), a week
of a term (第2周) or a clock time (17:00, 7 p.m.). A bare four-digit number is not a date here: it may count (2000
volunteers). English months are matched as capitalised words only (May, not the modal may; Mar, not marine). Pure
patterns.
"""
from __future__ import annotations

import re

from reportbot.corpus.numeric_dates import DAY_MONTH_YEAR

# a month by its English name, capitalised as written (May, not the modal may; Mar, not market)
MONTH_EN = (r"(?-i:\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)")
# a month written out in full (March), which names a month standing alone; the short forms only beside a figure
MONTH_EN_FULL = (r"(?-i:\b(?:January|February|March|April|June|July|August|September|October|November|"
                 r"December)\b)")
# an English weekday (Monday … Sunday; case as the pattern that holds it says) and a Chinese one (星期三, 礼拜天, 周五,
# and 周末)
WEEKDAY_EN = r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day"
WEEKDAY_ZH = r"星期|礼拜|周[一二三四五六日末]"
_ZH_DIGIT = "〇零一二三四五六七八九"
DATE = re.compile(
    rf"(?<![\d.])(?:1[89]|20)\d\d\s*年|[{_ZH_DIGIT}]{{4}}\s*年"  # 2019年, 二〇一九年
    r"|(?<![\d.])\d{1,2}\s*月|(?<![一二三四五六七八九十])(?:十[一二]?|[一二三四五六七八九])月"  # 3月, 十二月
    r"|(?<![\d.])\d{1,2}\s*[日号](?![楼室院馆线])|第\d{1,2}[周週]"  # 24日, a term's week; not 3号楼
    r"|(?<!\d)(?:19|20)\d\d[-/.](?:0?[1-9]|1[0-2])(?:[-/.]\d{1,2})?(?![\d.])"  # 2019-03-14, 2019/3
    rf"|(?<![\d./]){DAY_MONTH_YEAR}(?!\d)"  # 14/03/2019, day or month first (.corpus.numeric_dates)
    r"|(?<![\d.])\d{1,2}[:：]\d\d(?!\d)|\b\d{1,2}(?:[:.]\d\d)? ?[ap]\.?m\b"  # 17:00, 7 p.m.
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)? {MONTH_EN}|{MONTH_EN} \d{{1,2}}\b|{MONTH_EN} (?:19|20)\d\d\b|{MONTH_EN_FULL}",
    re.I)
