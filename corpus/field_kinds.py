"""The label words of a form's field that say what kind of value it holds, shared by the loader (which keeps a run
of fields apart: 时间：… / 地点：…) and the answer readers (which take a field's value for a where or a when question).

A place's and a time's nouns (办公地点, 报名时间, Venue, Date), and for a person the grammar of an agent (联系人,
负责人, 记录者; "Recorded by"), not a list of roles; and the parts of a day (上午, 傍晚) a time's value ends on.
"""
from __future__ import annotations

import re

# review-4: "chair", "contact", 负责 were listed, words tune questions ask with; a role is told by its grammar
FIELD_KINDS = {"where": re.compile(r"地点|地址|位置|场所|地方|(?i:venue|location|address|place)"),
               "when": re.compile(r"时间|日期|(?i:date|time)"),
               "who": re.compile(r"[\u4e00-\u9fff][人者]$|(?i:\b[a-z]+ed by$)")}
# a part of the day, last in what is read (…（周六），上午; 上午9时 read up to its figure)
DAY_PART = re.compile(r"(?:上午|下午|早上|早晨|晚上|中午|凌晨|傍晚|晚间)$")


def labels_kind(kind: str, label: str) -> bool:
    """A field's or a table column's label names the kind of value the question asks (培训地点 a where question's)."""
    pattern = FIELD_KINDS.get(kind)
    return pattern is not None and bool(pattern.search(label))


def names_field(label: str) -> bool:
    """A label names a place, a time or a person (地点, 报名时间, 联系人): a form's field, of any of those kinds."""
    return any(pattern.search(label.strip()) for pattern in FIELD_KINDS.values())
