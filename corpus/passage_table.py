"""A table read into the passages (:meth:`.passage_builder.PassageBuilder.table`): the lines over it that open its
passage (a caption, a question it answers, a line leading into it), an annex's title it stands under, its rows each read
with its header."""
from __future__ import annotations

from typing import TYPE_CHECKING

from reportbot.corpus.caption_unit import captioned
from reportbot.corpus.passage_size import joined
from reportbot.corpus.table_rows import annex_mark, annex_title, first_pair, table_row_text, written_rows
from reportbot.corpus.when_who import date_only

if TYPE_CHECKING:
    from reportbot.corpus.passage_builder import PassageBuilder

# set by hand: a table's numbered caption is a line of at most this many characters (a bilingual one, 表一　… Table 1.
# Lifeguard courses in 2025, runs 50), ending no sentence; 表1显示，… is a sentence of the text. It shapes the
# documents' passages, so the index manifest records it (``tunables``' limits)
CAPTION_CHARS = 90


def table(b: PassageBuilder, rows: tuple[tuple[str, ...], ...], drawn: tuple[str, ...] = ()) -> None:
    """Add ``rows`` (its header first) to the passages ``b`` builds, as one passage of rows (more when long)."""
    signed = [k for k, x in enumerate(b.lone) if date_only(x) and k and k + 1 < len(b.lone)]
    if signed and b.bodies and not b.carry_headings and not b.intro and not b.items:
        # a signature (issuer, date) over an annex's title and table ends the text it signs; lines after open it
        b.lone, after = b.lone[:signed[-1] + 1], b.lone[signed[-1] + 1:]
        b.end_lone()
        b.lone = after
    answered = []
    if b.asked and not b.items and not b.intro:
        # a FAQ's question right over a table (**问：有哪些接收站点？**): the table answers it, so the question
        # opens the table's passage, where it stood as a passage of its own, and the answer under the table
        # (答：…)
        answered, b.asked = b.asked, []
        (b.pending if b.carry_headings else b.lone).extend(answered)
    if b.intro and not b.items:
        if len(b.intro) == 1 or len(b.intro) == 2 and len(joined(b.intro)) <= CAPTION_CHARS:
            # a line ending in a colon right above the table (新成立救援队名单：, Teams formed this year:; a FAQ's
            # question and its answer's lead-in, 2. 怎么收费？按下表收费：) leads into it: it opens the table's
            # passage, where it stood as a passage of its own
            (b.pending if b.carry_headings else b.lone).extend(b.intro)
        else:
            b.add(b.intro, "text", b.items_page)
        b.intro = []
    b.flush_items()
    if len(rows) >= 2 and rows[0][0].strip() and (not any(c.strip() for c in rows[0][1:]) or len(rows[0]) == 2
                                                  and rows[0][0].strip().endswith(rows[0][1].strip())):
        # a header of one cell, the others empty, is a title over the table (a panel's: pdf_panels), no column's
        # name: it opens the table's passage, a line of its own, as a caption does (附件：主要数据 | 主要数据 too)
        (b.pending if b.carry_headings else b.lone).append(rows[0][0])
    # an annex's title over the table (附件：2024年主要数据): the table alone stands under it, not under the last
    # section's heading (六、2025年工作安排, whose year is not the table's); text after it is the section's again
    above = [*b.lone, *(b.pending if b.carry_headings else [])]
    annex = next((k for k, x in enumerate(above) if annex_title(x)), None)
    if annex is not None:  # (an annex's mark alone, 附件, is named with its title on the line after it)
        annex = " ".join(above[annex:annex + 2]) if annex_mark(above[annex]) else above[annex]
    section = b.stack
    if annex:
        b.stack, b.filled = [(2, annex)], [False]
    pair = len(rows) < 2 or first_pair(rows[0])  # (时间 | 2025年6月17日: a two-column table's first pair)
    units = [table_row_text(() if k < pair else rows[0], r) for k, r in enumerate(captioned(rows)) if k >= 1 - pair]
    b.add([u for u in units if u], "table", prose=False, written=written_rows(rows, units, pair, drawn))
    if annex:
        b.stack, b.filled = section, [True] * len(section)
    b.answered = answered

