"""A plain text's list items: the marks that open one (a dash, a bullet, a circled number) and the lines wrapped
under an item's text (split from ``plain_structure``)."""
from __future__ import annotations

import re

from reportbot.corpus.line_marks import TIGHT_MARK
from reportbot.corpus.unwrap import starts_numbered

# a list item's mark: a dash or a bullet, and the marks Chinese notices set before items (◆, ◇, ・ under them, ※,
# ▶); ■ marks a byline (■ 张亚东), no item
_ITEM = re.compile(r"^\s*[-•·*●▪◆◇◦○・‧‣⁃∙▶►▸➢➤✓✔★☆※]\s+(?=\S)")
# a circled number opening a line (①, ❶, ➀): a numbered list's item, with or without a space after it
_CIRCLED = re.compile(r"^\s*([\u2460-\u2473\u2776-\u277f\u2780-\u2789])\s*")


def item_text(line: str) -> str | None:
    """The text of a list item line (``- text``, ``• text``; ``①text`` with its mark), None for any other
    line."""
    m = _ITEM.match(line)
    if m:
        return line[m.end():].strip()
    circled = _CIRCLED.match(line)
    if circled and line[circled.end():].strip():  # (its mark kept as written: ①造血干细胞捐献：39例, quoted as is)
        return f"{circled.group(1)}{line[circled.end():].strip()}"
    return None


# a mark a Chinese notice sets right before its item's words, no space between (◇4月20日芜湖马拉松，…), or a double
# dash (——鸠江区二坝镇救援站，…；); not ○ (a zero: 二○二四) nor ★ (a rating), nor ■ (a byline): .line_marks
_TIGHT = TIGHT_MARK


def tight_item(raw_lines: list[str], i: int) -> str | None:
    """The text of line ``i`` when it opens with a notice's mark set right before its words and a line beside it
    opens with the same mark so set (a run of news items: ◇…。 / ◇…。; of the parts a lead-in names: ——…； / ——…。):
    an item each, no paragraph they are lines of; None otherwise (a lone mark, or marks that differ line to line,
    ■… ▲… ◆…, a notes list's)."""
    m = _TIGHT.match(raw_lines[i])
    if not m:
        return None
    near = [_TIGHT.match(raw_lines[k]) for k in (i - 1, i + 1) if 0 <= k < len(raw_lines)]
    return raw_lines[i][m.end():].strip() if any(n and n.group(1) == m.group(1) for n in near) else None


def circled_alone(raw_lines: list[str], i: int) -> bool:
    """Whether line ``i`` opens with a circled number that no line beside it follows or leads on (①号线延伸段工程: a
    name's numeral, no list's item)."""
    m = _CIRCLED.match(raw_lines[i])
    if not m:
        return False
    near = [_CIRCLED.match(raw_lines[k]) for k in (i - 1, i + 1) if 0 <= k < len(raw_lines)]
    return not any(n and abs(ord(n.group(1)) - ord(m.group(1))) == 1 for n in near)


def _indent(line: str) -> int:
    return len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())


def hanging(raw_lines: list[str], i: int, rows: list) -> list[int]:
    """The lines right after item line ``i`` that hang under its text, set in further than its mark: the item's
    wrapped words (``  * swim only in netted areas such as the Waterfront`` / ``    Lagoon,``). A line that is an
    item, a numbered line or a table's row of its own (``rows[k]`` not None), or blank, ends them."""
    out: list[int] = []
    for k in range(i + 1, len(raw_lines)):
        line = raw_lines[k]
        if not line.strip() or _indent(line) <= _indent(raw_lines[i]) or item_text(line) is not None \
                or rows[k] is not None or starts_numbered(line.strip()):
            break
        out.append(k)
    return out
