"""Split a document's text into blocks, then passages: plain text by its layout, the rest as Markdown."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from pathlib import PurePath

from reportbot.corpus.assemble import assemble
from reportbot.corpus.bilingual import paired_heading
from reportbot.corpus.blocks import LINE_BREAK, Block, markdown_blocks
from reportbot.corpus.box_tables import drawn
from reportbot.corpus.byline import dateline
from reportbot.corpus.capitals import capitals_level
from reportbot.corpus.closing import closing_start, declared
from reportbot.corpus.document import Document
from reportbot.corpus.end_mark import end_mark
from reportbot.corpus.errors import EmptyDocumentError
from reportbot.corpus.heading_number import heading_text
from reportbot.corpus.issue_line import issue_line
from reportbot.corpus.letterhead import noted, number_as_line
from reportbot.corpus.mail_text import (
    MAIL_FIELD,
    compares,
    dequoted,
    mail_shaped,
    mail_subject,
    quoted_subjects,
    sign_off,
)
from reportbot.corpus.margin_return import margin_returns
from reportbot.corpus.masthead import masthead, set_apart
from reportbot.corpus.md_notes import titled_twice
from reportbot.corpus.normalize import normalize
from reportbot.corpus.outline import outline_level, outlined
from reportbot.corpus.passage_size import MAX_PASSAGE_CHARS
from reportbot.corpus.period_head import period_heads
from reportbot.corpus.plain_pages import page_banners, paged_heads, running_heads, runs_on
from reportbot.corpus.plain_structure import segments
from reportbot.corpus.pushed_right import pushed_right
from reportbot.corpus.run_in import run_in_heads
from reportbot.corpus.sentences import CLOSE as _CLOSE
from reportbot.corpus.sentences import END as _END
from reportbot.corpus.sentences import is_heading, opens_with_label, quoted_label, split_sentences, unit_line
from reportbot.corpus.table_rows import table_row_text
from reportbot.corpus.unwrap import PLAIN, unwrap, unwrap_block, wrap_width
from reportbot.corpus.when_who import SIGNATORY, date_only

__all__ = ["EmptyDocumentError", "MAX_PASSAGE_CHARS", "PLAIN", "is_heading", "parse_text", "split_sentences",
           "table_row_text", "text_blocks"]

# files whose stored text is Markdown: Markdown itself, and what the docx, html and pdf loaders write
_MARKDOWN = (".md", ".markdown", ".docx", ".html", ".htm", ".pdf")
# numbered headings: 一、 is a section, （一） a subsection, 1. / 1、 one below
_LEVELS = ((re.compile(r"^[一二三四五六七八九十]+、"), 2), (re.compile(r"^[（(][一二三四五六七八九十]+[）)]"), 3),
           (re.compile(r"^\d+[.、]\s*\D"), 4))
# the formal numerals (壹、贰、参、 in a Taiwanese report) number the parts above 一、 where a text uses them
_FORMAL = re.compile(r"^[壹贰貳叁参參肆伍陆陸柒捌玖拾]+、")
_RULE = re.compile(r"[-=_*~#.·•─━]{3,}")
_ENDS = (*_END, *_CLOSE, ".")  # a line ending so ends its sentence


def _blocks(text: str) -> list[str | Block]:
    """Paragraph blocks: blank-line separated blocks, or lines when there are no blank lines; the tables and list
    items among their lines as blocks of their own (:mod:`.plain_structure`); a page banner as a page break, or, where
    it breaks a sentence, taken out of it (the page it names starts after the sentence's paragraph)."""
    text = dequoted(text.replace("\r\n", "\n").replace("\r", "\n")).strip("\n")
    raw = text.split("\n")
    heads = running_heads(raw)  # (read once, where the text opens, without a page's number: .plain_pages)
    unnumbered = paged_heads(raw, heads)
    raw = [unnumbered.get(k, x) for k, x in enumerate(raw) if k not in heads]
    banners = page_banners(raw)
    first = next((n for n in banners if n is not None), None)
    raw, banners, carried = _run_on(raw, banners)
    returns = margin_returns(raw)  # (a line back at the margin after an indented group: .margin_return)
    # a rule drawn with dashes or equals signs (------) separates, as a blank line does; so does a page banner
    raw_lines = ["" if _RULE.fullmatch(x) and not drawn(raw, k) or n is not None else x
                 for k, (x, n) in enumerate(zip((normalize(x) for x in raw), banners))]
    # (a rule frames a table or a section, no paragraph: only blank lines say a text's paragraphs are set off by them)
    blank = sum(1 for x, n in zip(raw, banners) if not x.strip() and n is None)
    lines = sum(1 for x in raw_lines if x)
    by_blank = bool(blank) and blank >= PLAIN.blank_share * lines
    # banners below the last text are footers: each ends the page it names, the next starts after it
    last_text = max((k for k, x in enumerate(raw_lines) if x), default=-1)
    footers = any(n is not None for n in banners[last_text + 1:])
    blocks: list[str | Block] = [Block("page", level=first)] if footers and first is not None else []
    cur: list[int] = []
    pages: list[int] = []  # the pages named by banners taken out of a sentence in ``cur``
    # a hard-wrapped text read line by line (a letter's paragraphs of several lines, too few blank lines to read it
    # by them) is joined at the width of all its lines, and a blank line after a sentence's end still ends its
    # paragraph: the next question of a FAQ opens its own
    width = None if by_blank else wrap_width([x for x in raw_lines if x])

    def flush() -> None:
        if cur:
            join = unwrap_block if by_blank else partial(unwrap, width=width)
            blocks.extend(_structured([raw[j] for j in cur], [raw_lines[j] for j in cur], join))
            cur.clear()
        blocks.extend(Block("page", level=n + 1 if footers else n) for n in pages)
        pages.clear()

    for k, line in enumerate(raw_lines + [""]):
        banner = banners[k] if k < len(banners) else None
        if pages and not by_blank and raw_lines[cur[-1]].endswith(_ENDS):
            flush()  # a text of a paragraph a line: the joined sentence's paragraph ends with its line
        if line or (not by_blank and banner is None and k < len(raw_lines)
                    and not (width and _sentence_break(raw_lines, k))):
            if line and k in returns:  # (the group ends: an ``outdent`` naming its head, kept in text_blocks)
                flush()
                blocks.append(Block("outdent", normalize(returns[k])))
            if line:
                cur.append(k)
                pages.extend(carried.get(k, ()))
            continue
        flush()
        if banner is not None and not (footers and k >= last_text):
            blocks.append(Block("page", level=banner + 1 if footers else banner))
    return blocks


def _sentence_break(lines: list[str], k: int) -> bool:
    """Whether the blank line ``k`` stands after a sentence's end and before a line that opens a new one (no word in
    lower case going on)."""
    before = next((x for x in reversed(lines[:k]) if x), "")
    after = next((x for x in lines[k + 1:] if x), "")
    return bool(before and after) and before.endswith(_ENDS) and not after[0].islower()


def _run_on(raw: list[str], banners: list[int | None]) -> tuple[list[str], list[int | None], dict[int, list[int]]]:
    """The lines with each page banner that breaks a sentence (:func:`.plain_pages.runs_on`) taken out, with the
    blank lines around it, and the sentence's two halves joined on one line; their banners; and, by a joined line's
    index, the pages its banners named."""
    out: list[str] = []
    marks: list[int | None] = []
    carried: dict[int, list[int]] = {}
    k = 0
    while k < len(raw):
        n = banners[k]
        after = next((j for j in range(k + 1, len(raw)) if raw[j].strip()), None) if n is not None else None
        before = next((j for j in range(len(out) - 1, -1, -1) if out[j].strip()), None) if after is not None else None
        if before is not None and marks[before] is None and banners[after] is None and \
                runs_on(normalize(out[before]), normalize(raw[after])):
            left, right = out[before].rstrip(), raw[after].strip()
            joiner = " " if re.search(r"[\x21-\x7e]$", left) and re.match(r"[\x21-\x7e]", right) else ""
            del out[before + 1:], marks[before + 1:]
            out[before] = left + joiner + right
            carried.setdefault(before, []).append(n)
            k = after + 1
            continue
        out.append(raw[k])
        marks.append(n)
        k += 1
    return out, marks, carried


def _structured(raw: list[str], lines: list[str], join: Callable[..., list[str]]) -> list[str | Block]:
    """``lines`` (``raw`` before normalising) as their tables and list items, and the rest joined by ``join``."""
    out: list[str | Block] = []
    for part in segments(raw):
        out.extend([part] if isinstance(part, Block) else join([lines[k] for k in part], [raw[k] for k in part]))
    return out


def heading_level(line: str, formal: bool = False) -> int:
    """The level a heading's numbering gives it (2 where it has none); in a text whose parts are numbered with the
    formal numerals (``formal``), those parts are at 2 and every other numbering one below (参、特色案例 over
    一、南寮里…, not beside it)."""
    if formal and _FORMAL.match(line):
        return 2
    return next((level + formal for pattern, level in _LEVELS if pattern.match(line)), 2)


def text_blocks(text: str) -> list[Block]:
    """Plain text as blocks: the first heading-like line is the title, others are headings, but for a line right
    under the title that gives the document's issuer and date (:func:`.byline.dateline`): a line of text."""
    parts = _blocks(text)
    # a heading's section number keeps its space (1.1 谁可以报名), which normalising a line took away (.heading_number)
    spaced = {normalize(x): heading_text(x) for x in text.split("\n") if x.strip()}
    subject = mail_subject(parts)  # an e-mail's header lines: its subject line is the title
    blocks = [Block("heading", MAIL_FIELD.match(parts[subject]).group(2), 1)] if subject is not None else []
    quoted, subjects = quoted_subjects(parts)  # a quoted message's subject heads it (.mail_text)
    formal = any(isinstance(p, str) and _FORMAL.match(p) and is_heading(p) for p in parts)
    mail = mail_shaped(text, parts)  # (a closing's short lines under it sign an e-mail off: .mail_text.sign_off)
    outline = outlined([p for p in parts if isinstance(p, str) and is_heading(p)])  # 1. / 1.1 / 1.1.1 (.outline)
    run_in = run_in_heads(parts, is_heading)  # 三、捐血推動：… among headed siblings: a part of its own (.run_in)
    # (.closing; an issuer over a date pushed right with spaces signs it too: .pushed_right)
    closing = len(parts) if subject is not None or quoted else closing_start(parts, pushed_right(text, parts)) \
        or len(parts)
    head = masthead(parts, is_heading, lambda x: bool(_FORMAL.match(x) or any(p.match(x) for p, _ in _LEVELS)),
                    set_apart(text.lstrip("\ufeff").splitlines(), _RULE.fullmatch))
    for i, (block, after) in enumerate(zip(parts, [*parts[1:], None])):
        if i in head:  # (an issuer, its address, a revision line under the title: one paragraph, .masthead)
            blocks += [Block("text", LINE_BREAK.join(parts[k] for k in head))] if i == head.start else []
            continue
        caption = isinstance(after, Block) and after.kind == "table"  # a label above a table names it (附件：…)
        if isinstance(block, Block) and block.kind == "outdent":  # (kept where the group's head is a heading)
            last = next((b for b in reversed(blocks) if b.kind == "heading"), None)
            blocks += [Block("outdent")] if last is not None and last.text == spaced.get(block.text, block.text) else []
        elif isinstance(block, Block):
            blocks.append(block)
        elif i >= closing:  # 此致 / 敬礼！ / 理事長　劉文雄 / a date: the closing, no line of the last section
            blocks += [Block("closing", x) for x in declared(block) or (block,)]  # (a declaration, its signature)
        elif i in quoted:
            blocks += [Block("heading", quoted[i], 2)] + ([] if i in subjects else [Block("text", block)])
        elif i == subject or i in subjects:
            continue  # (the title; a quoted message's subject, its heading)
        elif i in run_in:
            blocks += [Block("heading", run_in[i], heading_level(run_in[i], formal)), Block("text", block)]
        elif (is_heading(block, labels=not caption) or paired_heading(block)) and not (caption and unit_line(block)) \
                and not compares(block) \
                and not _dates_title(blocks, block, after) \
                and not (quoted_label(block) and _beside_labels(parts, i)) and not signature_line(parts, i) \
                and not sign_off(parts, i, frozenset(quoted), mail) and not end_mark(block):
            # (a release's end mark, －完－, is a line of text: ``end_mark.after_end_mark`` reads what follows it)
            level = block in outline and outline_level(block) or heading_level(block, formal) - formal
            level = level if block in outline else capitals_level(blocks[1:], block, level)
            blocks.append(Block("heading", spaced.get(block, block), 1 if i == 0 else level + formal))
        else:
            blocks.append(Block("text", block))
    return period_heads(blocks)  # (a title-block line naming the document's period heads its sections)


def _beside_labels(parts: list[str | Block], i: int) -> bool:
    """Whether a line next to part ``i`` is a label line (接收社会捐赠款物：1.42亿元): ``i`` is in a figures list."""
    return any(isinstance(parts[k], str) and (opens_with_label(parts[k]) or quoted_label(parts[k]))
               for k in (i - 1, i + 1) if 0 <= k < len(parts))


def signature_line(parts: list[str | Block], i: int) -> bool:
    """Whether part ``i`` is a line of a signature: a post and a name (会长张文雄, as a passage folds 会长　张文雄) that
    ends the text or stands beside another such line or a date alone (会长张文雄 / 总干事陈素贞). A heading so
    shaped (志愿服务队长培训) heads a paragraph, and stands beside none."""
    def signs(k: int) -> bool:
        part = parts[k] if 0 <= k < len(parts) else None
        return isinstance(part, str) and bool(SIGNATORY.fullmatch(part.strip()) or date_only(part))

    return signs(i) and not date_only(parts[i]) and (i == len(parts) - 1 or signs(i - 1) or signs(i + 1))


def _dates_title(blocks: list[Block], line: str, after: str | Block | None) -> bool:
    """Whether a heading-like ``line`` under the title (and a subtitle: ``blocks`` so far) gives the document's issuer
    and date (:func:`.byline.dateline`) over text, or a dated note in brackets (its adoption's,
    :func:`.letterhead.noted`) or a periodical's issue (:func:`.issue_line.issue_line`) over anything: a line, no
    heading over that text. Over a heading it heads nothing, and it opens the first passage as it is (``assemble``:
    a heading no passage stood under)."""
    return 0 < sum(b.kind == "heading" for b in blocks) <= 2 and all(b.kind in ("heading", "page") for b in blocks) \
        and (dateline(line) and not (isinstance(after, str) and is_heading(after)) or noted(line)
             or issue_line(line))


def _markdown(text: str) -> list[Block]:
    blocks = titled_twice(markdown_blocks(text))  # (an organisation over its report's label: .md_notes)
    if not any(b.kind == "heading" for b in blocks):
        # text stored before the loaders kept structure: find headings by their look, as for plain text
        # (a dated note in brackets or an issuer's dateline right under the title is a line of text, as in plain text)
        blocks = [Block("heading", b.text, 1 if i == 0 else heading_level(b.text))
                  if b.kind == "text" and is_heading(b.text) and not (i == 1 and (noted(b.text) or dateline(b.text)))
                  else b for i, b in enumerate(blocks)]
    return blocks


def _least_paragraphs(text: str) -> int:
    """About how many paragraphs a plain text has at least, counted before anything is normalised (a text of
    100,000 lines is refused at once, not after a minute of work): its lines that end a sentence and so end a
    paragraph (in a text of blank-line separated blocks, only the last line of a block ends one)."""
    lines = [x.rstrip() for x in text.replace("\r", "\n").split("\n")]
    blank = sum(1 for x in lines if not x)
    ends = tuple(_END) + tuple(_CLOSE)
    if blank and blank >= PLAIN.blank_share * (len(lines) - blank):
        return sum(1 for x, after in zip(lines, lines[1:] + [""]) if x.endswith(ends) and not after)
    return sum(1 for x in lines if x.endswith(ends))


def parse_text(text: str, source: str = "", max_paragraphs: int = 20000) -> Document:
    """Parse a document's stored text into a :class:`Document`.

    Markdown (and what the docx, html and pdf loaders write) is read with a Markdown
    parser; plain text by its layout: the first line is the title when it is heading-like,
    a following line marked like ``■  张亚东`` or ``作者：…`` is the author line, other
    heading-like lines are section headings.

    Args:
        text: the document's text.
        source: the file name; its extension says how the text is written, its stem is the
            title when the text has none.
        max_paragraphs: refuse documents with more body paragraphs than this.

    Raises:
        EmptyDocumentError: when no body paragraph is left.
        ValueError: when the document has more than ``max_paragraphs`` paragraphs.
    """
    suffix = PurePath(source).suffix.lower()
    markdown = suffix in _MARKDOWN and (suffix != ".pdf" or text.lstrip().startswith("<!-- page"))
    if not markdown and (least := _least_paragraphs(text)) > 2 * max_paragraphs:
        raise ValueError(f"at least {least} paragraphs; at most {max_paragraphs} per document")
    blocks = _markdown(text) if markdown else text_blocks(text)
    return assemble(number_as_line(blocks), source, max_paragraphs)
