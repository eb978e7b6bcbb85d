"""List items led into by their parent: a parent item ending in a colon says what each of its children is about."""
from __future__ import annotations

_COLONS = ("：", ":")
_LEAD_MAX = 30  # a lead longer than a label's (a sentence ending in a colon) is no prefix to repeat on each child


def led_items(blocks: list) -> list:
    """``blocks`` with each nested item under a parent item that ends in a colon read with that parent: ``体重：``
    over ``男性不低于50公斤`` and ``女性不低于45公斤`` reads ``体重：男性不低于50公斤`` and ``体重：女性不低于45公斤``
    (the parent, a label alone, is no line of its own; its children had stood without it, ``女性不低于45公斤`` saying
    nothing of what it measured). A lead over a lead prefixes both (``A：`` › ``B：`` › ``c`` reads ``A：B：c``).
    A parent with no children, or a lead longer than a label's, stays as it is."""
    out: list = []
    leads: dict[int, str] = {}  # the open parents' leads by depth
    for k, b in enumerate(blocks):
        if b.kind != "item":
            leads = {}
            out.append(b)
            continue
        leads = {depth: x for depth, x in leads.items() if depth < b.level}
        text = "".join(leads[d] for d in sorted(leads)) + b.text
        after = blocks[k + 1] if k + 1 < len(blocks) else None
        own = b.text.rstrip()
        if after is not None and after.kind == "item" and after.level > b.level and own.endswith(_COLONS) \
                and len(own) <= _LEAD_MAX:
            leads[b.level] = own + (" " if own.endswith(":") else "")
            continue
        out.append(type(b)(b.kind, text, b.level, b.rows))
    return out
