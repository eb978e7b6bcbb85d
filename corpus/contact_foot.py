"""A document's contact foot: the contact lines a Word file, a page or a Markdown text ends with (联系人：…　电话：…,
地址：…路92号　邮编…, Contact: …), after its last section's text or table.

A plain text's closing reads them (:func:`.closing.closing_start`); the other loaders' blocks read them as the last
section's text, so the builder's end rule joined them to its last passage (a work plan ending ``… 联系人：…``, a fee
table's passage ending with the office's address). They say whom to ask, no section's fact: the document's
closing, a passage under no section read under the text's last sentence (``PassageBuilder.closing``)."""
from __future__ import annotations

from reportbot.corpus.blocks import Block
from reportbot.corpus.closing import contact_line, printed_line
from reportbot.corpus.sentences import opens_with_label

# a paragraph's end: the text over a contact foot ends a sentence (a page's closing lines, an address over opening hours
# over a phone, run on with no stop: one block of the page's foot, left as it is)
_ENDS = ("。", "！", "？", "；", ".", "!", "?", ";", "）", ")")

# a contact foot is short: a line or two, a contact each (a person and a phone, an address); a longer run of labelled
# lines is a section's text (a list of offices and their phones)
_MOST_LINES = 3


def contact_foot(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the text lines ending it made closing lines when they are at most a few, each a contact line,
    and stand after a section's text or table; lines right under a heading (五、联系方式 / 联系人：…) are that
    section's text, and a document whose closing is read already (a signature, a page footer's lines) keeps it. The
    block over them is a table, a list's item or a paragraph ending a sentence: under a labelled line (主办单位：…,
    热线：…) or a short line (an issuer's name) they go on with a run of such lines, left as it is."""
    k = len(blocks)
    # (an imprint's printing line, …办公室　2025年1月20日印发, ends a Word file as a contact line does)
    while k > 0 and blocks[k - 1].kind == "text" and (contact_line(blocks[k - 1].text.strip())
                                                       or printed_line(blocks[k - 1].text)):
        k -= 1
    if k == len(blocks) or len(blocks) - k > _MOST_LINES or k == 0:
        return blocks
    above = blocks[k - 1]
    if not (above.kind in ("table", "item") or above.kind == "text" and above.text.rstrip().endswith(_ENDS)
            and not opens_with_label(above.text.strip())):
        return blocks
    return [*blocks[:k], *(Block("closing", b.text) for b in blocks[k:])]
