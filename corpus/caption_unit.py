"""The unit a table's caption gives its figures (``图2　2024年社会捐赠款物构成（万元，合计5,650）``), read with each
bare figure under it.

A chart read as a table (its bars' names and value labels) or a table titled by a row of one cell says its unit once,
in the caption's closing brackets, and no cell repeats it: each row read ``资金：3,180``, a bare figure, where the
document means 3,180万元 and a question asks an amount of money. The unit is the bracket's first part, a magnitude
(万, 亿, 千, 百) and a unit of money, people, things or measure, or after 单位：; a note after it (合计5,650) is no
part of it. Only cells that are a figure alone take it: a cell with its own unit or words keeps what it says."""
from __future__ import annotations

import re

# units a figure is counted or measured in (money, people, things, time, size, weight, volume, a share)
_MEASURE = ("元|美元|港元|港币|人民币|人次|人|名|位|个|家|所|台|辆|户|件|份|项|次|场|支|批|条|张|套|例|"
            "小时|学时|天|吨|公斤|千克|克|毫升|升|公里|千米|米|平方米|亩|%|％")
# the caption's closing brackets: （万元）, （万元，合计5,650）, （单位：万人次）, (%)
_NOTE = re.compile(rf"[（(]\s*(?:(?:金额|计量|数量)?单位\s*[:：]\s*)?((?:[万亿千百]|百万|千万)?(?:{_MEASURE}))"
                   rf"\s*(?:[，,；;、]\s*[^（）()]*)?[）)]\s*$")
_FIGURE = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?")


def caption_unit(caption: str) -> str | None:
    """The unit the caption's closing brackets give its table's figures (``万元`` of ``…构成（万元，合计5,650）``), or
    None where they give none (``（按来源）``, ``（续）``)."""
    m = _NOTE.search(caption.strip())
    return m.group(1) if m else None


def with_unit(rows: tuple[tuple[str, ...], ...], unit: str | None) -> tuple[tuple[str, ...], ...]:
    """``rows`` with ``unit`` after each cell but a row's first that is a figure alone (``3,180``: ``3,180万元``)."""
    if not unit:
        return rows
    return tuple((r[0], *(f"{c.strip()}{unit}" if _FIGURE.fullmatch(c.strip()) else c for c in r[1:])) if r else r
                 for r in rows)


def captioned(rows: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A table's rows with the unit its title row (one cell, the others empty: its caption) gives read with each bare
    figure under it; or the unit the header's first cell gives, over the rows' names (地区（单位：人次）), where no
    other header cell gives one of its own; the rows as they are where neither names a unit."""
    if len(rows) < 2 or not rows[0] or not rows[0][0].strip():
        return rows
    if any(c.strip() for c in rows[0][1:]):  # (a header: its first cell's unit is every column's, 人次)
        own = any(caption_unit(c) for c in rows[0][1:])
        return rows if own else rows[:1] + with_unit(rows[1:], caption_unit(rows[0][0]))
    return rows[:1] + with_unit(rows[1:], caption_unit(rows[0][0]))
