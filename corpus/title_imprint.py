"""The line right under a document's title that says who made it, where or when, not what it says: a guide's
compiler's line (青川市红十字会编　2026年3月) or the address of the body it is of (Kaituna Donor Centre, 418 Ranolf
Street, Kaituna 3015). It names the document, as a PDF's title block does: on the header card. Opening the first
passage it was that passage's date, or a line of the first section (the address read under ``1 BEFORE YOU DONATE``).
"""
from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from reportbot.corpus.blocks import Block
from reportbot.corpus.own_date import compiler_line

# a street's kind as an address writes it (418 Ranolf Street; 12 Marine Pde)
_STREETS = ("Street|St|Road|Rd|Avenue|Ave|Drive|Dr|Lane|Ln|Place|Pl|Terrace|Tce|Parade|Pde|Highway|Hwy|Way|"
            "Boulevard|Blvd|Crescent|Cres|Court|Ct|Quay|Square|Sq")
# a body's name, then its street address (a number, a street's name and kind, then a town and a postcode, maybe)
# and nothing more (a line going on to a phone or a date, · Phone 03 …, . Updated 18 August 2025., says more: it stays)
_ADDRESS = re.compile(rf"[^,;:!?.·]{{2,60}},\s*\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w'’-]*\s+){{1,3}}(?:{_STREETS})"
                      r"(?:,\s*[^,;:!?.·]{2,40}){0,3}")
# a Chinese one: the body, then its road and number, no sentence's mark (市红十字会　东海大道1899号)
_ADDRESS_ZH = re.compile(r"[^，。；：！？,;:!?]{2,40}?(?:路|街|大道|大街|巷)\d{1,5}号")


def address_line(line: str) -> bool:
    """Whether a line is a body's name and its street address and nothing more."""
    line = line.strip()
    return bool(_ADDRESS.fullmatch(line) or _ADDRESS_ZH.fullmatch(line))


def title_imprint(blocks: Sequence[Block], used: Collection[int]) -> int | None:
    """The index of the compiler's or address line right under the title and its author line (``used``: their
    indices), None where the next block is none."""
    under = next((i for i in range(max(used, default=-1) + 1, len(blocks)) if blocks[i].kind != "page"), None)
    if under is None or blocks[under].kind not in ("text", "heading"):
        return None
    text = blocks[under].text
    return under if compiler_line(text) or address_line(text) else None
