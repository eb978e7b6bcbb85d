"""GitHub's alert blocks in Markdown: a blockquote whose first line is only ``[!NOTE]`` (or ``[!TIP]``,
``[!IMPORTANT]``, ``[!WARNING]``, ``[!CAUTION]``, the five GitHub's documentation names, in any case). GitHub shows
the marker as the alert's title (Note, Tip, …) over the quoted text; read as text, the marker stood in the passage
with a space put in after its ``!`` (``[! NOTE] This guide replaces …``). Here it is read as that title, a label
on the text it heads (``Note: This guide replaces …``)."""
from __future__ import annotations

import re
from dataclasses import replace

_MARKER = re.compile(r"\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\](?:\s+|$)", re.I)


def alert(quote: list) -> list:
    """A blockquote's blocks with an alert's marker read as its title before the text it heads (the marker's own
    line, or the next paragraph when the marker stands alone); other blockquotes as they are (:mod:`.blocks`'
    blocks, which reads a quote with this)."""
    m = _MARKER.match(quote[0].text) if quote and quote[0].kind == "text" else None
    if m is None:
        return quote
    title = m.group(1).capitalize()
    rest = quote[0].text[m.end():].strip()
    if rest:
        return [replace(quote[0], text=f"{title}: {rest}"), *quote[1:]]
    if len(quote) > 1 and quote[1].kind == "text":
        return [replace(quote[1], text=f"{title}: {quote[1].text}"), *quote[2:]]
    return quote[1:]
