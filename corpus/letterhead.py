"""A document's head as an official document or a report lays it out: the issuing body's mark over its number line
and title (a letterhead), an organisation's name over a report's title, a dated note in brackets under the title, and
the number line read as a line of text (split from byline.py, no behaviour changed)."""
from __future__ import annotations

import re

from reportbot.corpus.blocks import Block
from reportbot.corpus.sentences import SECTION
from reportbot.corpus.when_who import DATE, DOCUMENT_NUMBER, bracketed_note, date_only

# a numbered section heading (一、…, （一）…, 1. …, 第二章…)
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                      r"\d{1,2}(?:\.\d{1,2})*[.、\s]|第[一二三四五六七八九十\d]{1,3}[章节部篇])")

# a Chinese official document's (公文, GB/T 9704) head: the issuing body's mark (its name, alone or followed by 文件),
# a line of its own; then the document's number alone on its line (嘉红〔2025〕12号, with a 签发人 after it in a report
# to a higher body); then the title. The mark names the issuer, the title is the line after the number.
_ISSUER_MARK = re.compile(r"[\u4e00-\u9fff（）()·]{2,40}")
DOC_NUMBER = DOCUMENT_NUMBER  # (sentences.py: a document's number line, 南红字〔2025〕23号)


def letterhead(blocks: list[Block], content: list[int]) -> tuple[str, str, tuple[int, ...]] | None:
    """The issuer and the title of a document printed under a letterhead (the issuing body's mark, the number line,
    the title: three lines of their own, headings or text; or the mark, the title as a heading, then the number
    line), and where among its first lines the title stands; None where its first lines are not laid out so. A title
    set on two lines under the number, the issuer's name alone over the matter (赣州市红十字会 / 关于开展…的通知, as a
    notice's title is worded), is both lines, joined."""
    if len(content) < 4 or any(blocks[i].kind not in ("heading", "text") for i in content[:3]):
        return None
    mark, second, third = (blocks[i].text.strip() for i in content[:3])
    if not _ISSUER_MARK.fullmatch(mark):
        return None
    if DOC_NUMBER.fullmatch(second) and _titled(third):
        fourth = blocks[content[3]]
        if _ORGANISATION.fullmatch(third) and fourth.kind == "heading" and _MATTER.match(fourth.text.strip()) \
                and _titled(fourth.text.strip()):
            return mark.removesuffix("文件") or mark, third + fourth.text.strip(), (2, 3)
        return mark.removesuffix("文件") or mark, third, (2,)
    if DOC_NUMBER.fullmatch(third) and blocks[content[1]].kind == "heading" and _titled(second) \
            and not second.endswith("文件"):  # (XX文件 under a name: the letterhead's own mark, no title)
        return mark.removesuffix("文件") or mark, second, (1,)
    return None


# the matter of an official document's title, under its issuer's name: 关于…的通知 (关於 in traditional script)
_MATTER = re.compile(r"关[于於]\S")
# an organisation's name alone on a line: Chinese ending in a body's word (红十字会, 澎湖县支会, 中心血站), English
# ending in one (Harbourside First Aid Society)
_ORGANISATION = re.compile(r"[\u4e00-\u9fff（）()·]{2,38}(?:会|中心|站|局|厅|院|所|处|办公室|公司|学校|大学|队)|"
                           r"(?:[A-Z][\w'&.-]*\s+){1,7}(?:Society|Association|Council|Branch|Club|Trust|Service|"
                           r"Foundation|Institute|Committee|Brigade|Ambulance|Cross|Crescent)")
ORGANISATION = _ORGANISATION  # (kicker.py: a release's issuer over its title)
# ... but a meeting's name ends in 会 too: a congress, an annual or a regular meeting (…会员代表大会, …年会), or a
# session counted (第五次…): a meeting issues no report
_MEETING = re.compile(r"(?:大|年|例)会$|第[一二三四五六七八九十百\d]+次")
# a unit under its parent body's name, parted from it by a space (香港红十字会　离岛区长洲青年团): a unit is named as a
# body is, or as a corps is (青年团, 服务团)
_UNIT = re.compile(r"[\u4e00-\u9fff（）()·]{2,38}(?:会|中心|站|局|厅|院|所|处|办公室|公司|学校|大学|队|团)")


def organisation(line: str) -> bool:
    """Whether a line is an organisation's name alone (澎湖县支会, Harbourside First Aid Society), or a unit's under
    its parent body's name (香港红十字会　离岛区长洲青年团)."""
    line = line.strip()
    parts = line.split()
    return bool(_ORGANISATION.fullmatch(line) or len(parts) == 2 and _ORGANISATION.fullmatch(parts[0])
                and _UNIT.fullmatch(parts[1]))


def issuer_over_title(blocks: list[Block], content: list[int]) -> tuple[str, str] | None:
    """The issuer and the title of a report whose first heading is its organisation's name alone and whose second is
    an unnumbered title over numbered sections (中华民国红十字会澎湖县支会 / 一一四年度…成果报告 / 壹、计划缘起): the
    organisation issued the report, the line under it is its title; None where its first lines are not laid out so
    (an organisation's name over an unnumbered section, 工作概况, titles the document itself)."""
    heads = [i for i in content if blocks[i].kind == "heading"]
    if len(heads) < 3 or heads[:2] != content[:2]:
        return None
    issuer, title = (blocks[i].text.strip() for i in heads[:2])
    later = [blocks[i].text.strip() for i in heads[2:] if not noted(blocks[i].text)]
    if not organisation(issuer) or _MEETING.search(issuer) or not _titled(title) or _numbered(title) \
            or date_only(title) or _ORGANISATION.fullmatch(title):
        return None
    return (issuer, title) if all(_numbered(x) for x in later[:2]) else None


# a note in brackets under a title, dated: when and by whom it was adopted (（114年1月15日第十屆第六次理事會通過）)
_NOTE = re.compile(bracketed_note(4, 58))


def noted(line: str) -> bool:
    """Whether a line is a dated note in brackets (an adoption's or an issue's: （114年1月15日…理事會通過）), no
    section's heading."""
    return bool(_NOTE.fullmatch(line.strip()) and DATE.search(line))


def _numbered(line: str) -> bool:
    """Whether a heading is numbered as a section is (一、, （一）, 1. , 第二章, 壹、)."""
    return bool(_SECTION.match(line) or SECTION.match(line) or re.match(r"[壹贰貳叁参參肆伍陆陸柒捌玖拾]+、", line))


def _titled(line: str) -> bool:
    """Whether a line can be a title: no document number, not long, no sentence's end."""
    return not DOC_NUMBER.fullmatch(line) and len(line) <= 80 and not re.search(r"[。；;]$", line)


def number_as_line(blocks: list[Block]) -> list[Block]:
    """Blocks with a document's number line (南红字〔2025〕23号, under a letterhead, a title or over it) read as a
    line of text, not a heading: it opens the passage after it (or stands as one), a line a question asking for the
    number can quote; a heading is only the path of the passages under it, and no passage stands under this one."""
    return [Block("text", b.text) if b.kind == "heading" and DOC_NUMBER.fullmatch(b.text.strip()) else b
            for b in blocks]
