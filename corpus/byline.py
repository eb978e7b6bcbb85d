"""A document's title and author read from its first blocks: the first heading no later heading outranks, and the
byline after it (``■ 张亚东``, ``作者：…``, a Word bullet or a PDF's bullet glyph before a name, a compiler's line:
``市红十字会办公室编``, ``整理：…``)."""
from __future__ import annotations

import re

from reportbot.corpus.blocks import Block
from reportbot.corpus.issue_line import issue_line
from reportbot.corpus.kicker import kicker_issuer
from reportbot.corpus.letterhead import DOC_NUMBER, issuer_over_title, letterhead
from reportbot.corpus.normalize import FIELD_SPACE
from reportbot.corpus.pdf_furniture import EDGE_LINES
from reportbot.corpus.sentences import ENUMERATED, SECTION
from reportbot.corpus.when_who import DATE, SIGNATORY, date_only

_AUTHOR = re.compile(r"^(?:[■□●◆▲★☆◇]+|作者[:：]|文[/／:：]|by\s+|撰稿[:：]|记者[:：]?)\s*(.{1,40})$", re.I)
# a source line of fields under a title (来源：重庆红十字 作者：宣传处 王露 发布时间：2025-07-18): its author field
# (fields parted by spaces, or each a line of its own, read as parted by ；: a Markdown front matter's)
# (a compiler's field among them, 编写：市红十字会志愿服务部　更新日期：…, names who wrote it as 作者 does)
_FIELD_AUTHOR = re.compile(r"(?:^|\s|[；;])(?:作者|撰稿|撰文|记者|[Aa]uthor|编写|编撰|编辑|整理)\s*[:：]\s*"
                           r"(?P<name>[^\s；;](?:[^；;]{0,38}?[^\s；;])?)"
                           r"(?=\s*[；;]|\s+[^\s:：]{1,8}\s*[:：]|\s*$)")
_BYLINE_CHARS = 12  # a byline is a name or two; longer lone items are content
# a compiler's line under a title (a chronicle's, a brief's): a body that compiled it, then 编 (编写, 整理, 汇编…),
# or a compiler's field (编写：…, 整理：…), and maybe the date (市红十字会办公室编　2025年11月5日): the document's
# author (the date may be the day it takes effect: 市红十字会编　2025年3月1日起施行); the body's name ends in a
# body's word (办公室, 宣传部), so a subtitle naming a compilation (统计资料汇编) is none
_COMPILED = r"(?:编写|编辑|编撰|编纂|整理|汇编|编印|编制)"
# (the date alone after the body, with no 编: 市红十字会办公室　2025年11月8日, its issuer)
_DATED = rf"(?:{DATE.pattern})(?:起?(?:施行|实施|执行))?"
_COMPILER = re.compile(rf"(?:{_COMPILED}|编者)[:：]\s*(?P<field>[^:：\d]{{2,30}}?)(?:[\s\u3000]*(?:{DATE.pattern}))?|"
                       rf"(?P<body>[\u4e00-\u9fff（）()·]{{1,30}}(?:会|中心|站|局|厅|院|所|处|部|科|组|室|队|办))"
                       rf"(?:(?:{_COMPILED}|编)(?:[\s\u3000]*{_DATED})?|[\s\u3000]*{_DATED})")
# a first line that ends in a byline mark and a name (…工作综述 ■ 陈立群): group 1 is the byline, group 2 the name
_TRAILING_BYLINE = re.compile(rf"^.{{4,}}?\s((?:[■□●◆▲★☆◇]+)\s*([^\s，。；：,.;:■□●◆▲★☆◇]{{1,{_BYLINE_CHARS}}}))$")


# a byline: a mark and a name (■ 李晋峰), which a PDF's bullet glyphs or a word processor's list took for a list item
BYLINE_MARK = "■"
_NAME = re.compile(r"[\u4e00-\u9fff·]{2,6}|[A-Z][\w'-]+(?: [A-Z][\w'.-]+){1,3}")
# a numbered section heading (一、…, （一）…, 1. …, 第二章…): a lone item under it is the section's content, no byline
_SECTION = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)]|"
                      r"\d{1,2}(?:\.\d{1,2})*[.、\s]|第[一二三四五六七八九十\d]{1,3}[章节部篇])")


def bylined(blocks: list[Block], subtitles: bool = True) -> list[Block]:
    """Blocks with a byline read as a list item put back as a line of text, ``■ 李晋峰``: a lone item holding a
    name alone, before any paragraph of the document, right under its title or under subtitles (``subtitles``: a
    PDF's headings after its title may be; a Word file's Heading 1 is a section), never under a numbered section
    heading, is no list.

    ``title_and_author`` reads the line as the author's, for the header card, as it read the item.
    """
    content = [i for i, b in enumerate(blocks) if b.kind not in ("page", "heading")]
    if not content or blocks[content[0]].kind != "item":
        return blocks
    i = content[0]
    heads = [b for b in blocks[:i] if b.kind == "heading"][1:]  # the headings after the title
    if heads and not subtitles or any(_SECTION.match(b.text) for b in heads):
        return blocks
    lone = i + 1 == len(blocks) or blocks[i + 1].kind != "item"
    if not (lone and _NAME.fullmatch(blocks[i].text.strip())):
        return blocks
    return [*blocks[:i], Block("text", f"{BYLINE_MARK} {blocks[i].text.strip()}"), *blocks[i + 1:]]


def byline_line(line: str) -> str | None:
    """A line marked as a byline, ``■`` and a name alone (■  段明辉, ■ Ann Lee), as the document writes it (the mark
    and one space, as every line's spaces are folded): a line of text a quotation of it finds, no list item; None for
    any other line."""
    mark, _, name = line.strip().partition(" ")
    return f"{BYLINE_MARK} {name.strip()}" if mark == BYLINE_MARK and _NAME.fullmatch(name.strip()) else None


# a title block's line that says who issued the document and when: a date and, beside it, at most a label and a name
# (桃园市红十字会　中华民国114年3月5日, 发布单位：某某红十字会  2025年3月12日, Issued by the Otago Branch, 4 March 2025)
_DATELINE_CHARS = 60  # the whole line (a sentence that happens to hold a date is longer)
_ISSUER_CHARS = 40  # what stands beside the date: a label and an issuer's name
_BESIDE_DATE = " \t\u3000,，、|｜/·—–-:："  # what parts a date from the name before it or the words after it


def dateline(line: str) -> bool:
    """Whether a line gives a document's issuer and/or its date, as the line under its title does: it holds a date,
    and beside it no more than a short label and name, no clause or sentence of prose (no full stop, no comma but
    the one before the date), no second date, and it is no numbered section's heading. A plain text's such line is
    no heading (a section stood under it), as an html page's or a Word file's date line under its title is a line
    of text."""
    line = line.strip().rstrip("。.")
    m = DATE.search(line)
    if m is None or len(line) > _DATELINE_CHARS or SECTION.match(line):
        return False
    rest = f"{line[:m.start()].rstrip(_BESIDE_DATE)} {line[m.end():].lstrip(_BESIDE_DATE)}".strip()
    # (a second date makes it a period the document covers: Financial year 1 January 2024 to 31 December 2024)
    return len(rest) <= _ISSUER_CHARS and not re.search(r"[。！？!?；;，,]", rest) and not DATE.search(rest)


def running_lines(blocks: list[Block]) -> list[int]:
    """The lines a PDF's text layer read before its title: a running header or footer of its first page drawn
    first, which ``pdf_loader`` kept as lines of text above a first heading of the title's level (it gives that
    level to no other heading after a line of text). They are no title and open no passage: they go on the header
    card."""
    if not any(b.kind == "page" for b in blocks):
        return []
    lead: list[int] = []
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            later = [x.level for x in blocks[i + 1:] if x.kind == "heading"]
            return lead if lead and b.level == 1 and all(x > 1 for x in later) else []
        if b.kind == "text" and len(lead) < EDGE_LINES:
            lead.append(i)
        elif b.kind != "page":
            return []
    return []


# a running line that only numbers the page (Page 1, - 2 -, 1/3, 第1页): it names nothing, so it is no title
_PAGE_NUMBER = re.compile(r"(?i)[-–—\s]*(?:page|p\.|pg\.?)?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*|"
                          r"第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?")


def title_and_author(blocks: list[Block]) -> tuple[str | None, str | None, str | None, set[int]]:
    """The title (a PDF's first running line that names something, the organisation's or the series' name it prints
    on every page, as its title was before sizes made it no heading; else a first heading no later heading
    outranks), the author and its line, and the blocks they use (the running lines among them)."""
    running = running_lines(blocks)
    content = [i for i, b in enumerate(blocks) if b.kind != "page" and i not in running]
    title, author, author_line, used = None, None, None, set(running)
    levels = [b.level for b in blocks if b.kind == "heading"]
    # a document's number line over the title (南红字〔2025〕23号, then the title heading): the heading is the title
    lead = int(len(content) > 2 and blocks[content[0]].kind == "text" and blocks[content[1]].kind == "heading"
               and bool(DOC_NUMBER.fullmatch(blocks[content[0]].text.strip())))
    first = blocks[content[lead]] if content else None
    named = [blocks[i].text for i in running if not _PAGE_NUMBER.fullmatch(blocks[i].text)]
    head = letterhead(blocks, content) if not named else None
    if head:  # (the number line stays: it opens the first passage, a line: number_as_line)
        author, title, at = head
        author_line = blocks[content[0]].text
        used |= {content[0], *(content[k] for k in at)}
        return title, author, author_line, used
    if not named and (over := issuer_over_title(blocks, content)):
        author, title = over  # (the issuer's line on the header card, beside the title)
        author_line = blocks[content[0]].text
        used |= set(content[:2])
        return title, author, author_line, used
    if named:
        title = named[0]  # (the printed title under it is a heading: it opens the first passage)
    elif first is not None and first.kind == "heading" and len(content) > 1 and first.level <= min(levels):
        title = first.text
        used.add(content.pop(lead))
    line = blocks[content[0]].text if content and blocks[content[0]].kind in ("text", "heading") else ""
    m, tail = _AUTHOR.match(line), _TRAILING_BYLINE.match(line)
    if m and len(line) <= 40:
        author, author_line = m.group(1).strip(), line
        used.add(content[0])
    elif title and content and blocks[content[0]].kind == "text" and (issuer := kicker_issuer(line)):
        # a release's kicker (香港紅十字會輸血服務中心 / 新聞稿　即時發布): on the header card, no line of the lead
        author, author_line = issuer, line
        used.add(content[0])
    elif title and (k := _compiler(blocks, content)) is not None:
        # (who compiled it: on the header card, no line of the legend or the text under it)
        compiled = _COMPILER.fullmatch(blocks[k].text.strip())
        author, author_line = (compiled.group("field") or compiled.group("body")).strip(), blocks[k].text
        # (an issuer's line and its date, no 编: the line stays a passage, it holds the date, as a field line does)
        used |= {k} if compiled.group("field") or re.search(rf"{_COMPILED}|编", compiled.group(0)) else set()
    elif title and _byline_item(blocks, content):
        # "■  林振华" under a docx title: the word processor's bullet was the byline's mark
        author = author_line = blocks[content[0]].text
        used.add(content[0])
    elif title and blocks[content[0]].kind == "heading" and not _SECTION.match(blocks[content[0]].text) \
            and _byline_item(blocks, content[1:]):
        # a subtitle heading, then the byline a PDF's text layer read as a bullet item: the subtitle stays a heading
        author = author_line = blocks[content[1]].text
        used.add(content[1])
    elif title and blocks[content[0]].kind == "heading" and len(content) > 1 and blocks[content[1]].kind == "text" \
            and (m := _AUTHOR.match(blocks[content[1]].text)) and len(m.group(0)) <= 40:
        # a subtitle heading, then the byline as a line (■ 李晋峰, the bullet put back by ``blocks.bylined``)
        author, author_line = m.group(1).strip(), m.group(0)
        used.add(content[1])
    elif title and tail:
        # the subtitle line ends with the byline (…综述 ■ 陈立群): the line stays a passage, it holds the subtitle
        author, author_line = tail.group(2).strip(), tail.group(1)
    elif title and (field := _field_author(blocks, content)):
        # a source line of fields (来源：… 作者：… 发布时间：…), or one of the field lines under the title (Report date:
        # …. Report author: …): the line stays a passage, it holds the date
        author, author_line = field.group("name"), field.group(0).strip(" ；;")
    elif title and (said := _speaker(blocks, content)) is not None:
        # a report's speaker under its title (or under the line of the meeting it was given at, or at that line's
        # end): a post and a name; the line stays a passage, it says who holds the post (城南红会的党组书记由谁担任)
        author_line = said
        author = SIGNATORY.fullmatch(author_line).group("name")
    return title, author, author_line, used


# a field line's label: a few words before a colon (Prepared for:, Grant period:, 来源：)
_FIELD_LABEL = re.compile(r"[^:：。.!?！？]{1,30}[:：]\s*\S")
_FIELD_LINES = 6  # the field lines under a title, at most; an author named further down is the text's


def _field_author(blocks: list[Block], content: list[int]):
    """The author field (``Report author: Hana Whitmore``, ``作者：王露``) of the first line under the title, or of
    one of the run of field lines there (Prepared for: … / Grantee: … / Report date: …. Report author: …); None
    where none names one."""
    for n, i in enumerate(content[:_FIELD_LINES]):
        if blocks[i].kind not in ("text", "heading") or n and not _FIELD_LABEL.match(blocks[i].text):
            return None
        if found := _FIELD_AUTHOR.search(blocks[i].text):
            return found
        if not _FIELD_LABEL.match(blocks[i].text):
            return None
    return None


def _compiler(blocks: list[Block], content: list[int]) -> int | None:
    """The block right under the title, or under a periodical's issue line there (2025年第9期（总第187期）), that says
    who compiled the document (市红十字会办公室编　2025年10月20日, 整理：…); None where there is none."""
    for n, i in enumerate(content[:2]):
        if blocks[i].kind not in ("text", "heading") or n and not issue_line(blocks[content[0]].text):
            return None
        if _COMPILER.fullmatch(blocks[i].text.strip()):
            return i
    return None


_SUBTITLE = ("——", "—", "－－")  # (a speech's subtitle line opens with a dash: ——2025年2月20日在…会议上)
# a line led by a dash under a title (——2025年2月26日在…会议上, — 14 March 2025): the PDF and Word loaders' subtitle
DASH_LED = re.compile(r"\s*(?:——|—|－－|--)\s*\S")


def _speaker(blocks: list[Block], content: list[int]) -> str | None:
    """The post and name (党组书记、常务副会长　罗建勇) alone on the block right under the title, or under a subtitle
    line (——2025年2月20日在…会议上, a dateline), or after that subtitle on its line, set apart by a field's space
    (——…会议上　市红十字会党组书记、常务副会长　汪晓峰): the report's speaker; None where there is none."""
    for n, i in enumerate(content[:2]):
        above = blocks[content[0]].text
        if n and not (above.lstrip().startswith(_SUBTITLE) or dateline(above)):
            return None
        if blocks[i].kind == "text" and SIGNATORY.fullmatch(blocks[i].text.strip()):
            return blocks[i].text.strip()
        if not n and blocks[i].kind == "text" and above.lstrip().startswith(_SUBTITLE) and FIELD_SPACE in above:
            tail = above.split(FIELD_SPACE, 1)[1].strip()
            if SIGNATORY.fullmatch(tail):
                return tail
    return None


def _byline_item(blocks: list[Block], content: list[int]) -> bool:
    """Whether the first block after the title is a lone list item short enough to be a name."""
    if not content or blocks[content[0]].kind != "item":
        return False
    text = blocks[content[0]].text
    lone = len(content) == 1 or blocks[content[1]].kind != "item"
    return lone and len(text) <= _BYLINE_CHARS and not re.search(r"[，。；：,.;:]", text)


def signs(blocks: list[Block], i: int) -> bool:
    """Whether heading ``i`` is a date alone (a Word heading style, a Markdown ``##``) or the issuer's line right
    above one (东湖大学红十字会 / 2025年3月4日, Town Clerk / 10 March 2025), not numbered as a section is: a
    notice's or a letter's signature, a short line, no section heading (``passage_builder.PassageBuilder.text``)."""
    dated = date_only(next((b.text for b in blocks[i + 1:] if b.kind != "page"), "") or "")
    return date_only(blocks[i].text) or dated and not ENUMERATED.match(blocks[i].text) \
        and not re.match(r"\d{1,2}(?:\.\d{1,2})*\.?\s", blocks[i].text)
