"""A form's foot: the lines after its last table that sign the form and say how it is filed.

An application form ends its last section's table (the reviewer's part, 审查意见) with the applicant's signature
field (``申请单位负责人签章：…会长　曹以雄　114年1月6日``) and a note on the whole form (``备注：本表一式三份…``).
They sign the form, not the last section: read as that section's text, the applicant's signature stood under the
reviewer's heading. They are the form's closing, a passage under no section (:data:`.blocks.CLOSING_MARK`)."""
from __future__ import annotations

import re

from reportbot.corpus.blocks import Block

# a signature field: a label ending in the act of signing (签章, 签名, 签字, 盖章, 簽章, 簽名, 蓋章; a seal's
# note in brackets: 申请单位（盖章）), then what is signed
_SIGNED = re.compile(r"^[\u4e00-\u9fff]{0,16}(?:[签簽][章名字]|[盖蓋]章|[（(][盖蓋]章[）)])\s*[:：]\s*\S")
# a note on the whole form: its label (备注, 備註, 注, 註, 说明, 說明, 填表说明) and its text
_NOTE = re.compile(r"^(?:备注|備註|備注|注|註|说明|說明|填表说明|填表說明)\s*[:：]\s*\S")
# a form's foot is short: a signature line or two and a note or two
_MOST_LINES = 4


def form_foot(blocks: list[Block]) -> list[Block]:
    """``blocks`` with the lines right after the last table, when they end the document, are at most a few, open
    with a signature field and are otherwise signature fields and notes, made the document's closing lines. Any
    other run (a note alone under a table, a paragraph of the section) is left as it is."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].kind != "text"), None)
    if last is None or blocks[last].kind != "table":
        return blocks
    tail = blocks[last + 1:]
    if not tail or len(tail) > _MOST_LINES or not _SIGNED.match(tail[0].text.strip()):
        return blocks
    if not all(_SIGNED.match(b.text.strip()) or _NOTE.match(b.text.strip()) for b in tail):
        return blocks
    return [*blocks[:last + 1], *(Block("closing", b.text) for b in tail)]
