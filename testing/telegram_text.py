"""Which message texts Telegram refuses, as its Bot API answers "Bad Request: …": the fake Bot API refuses them the
same way, so a reply the real Telegram would not deliver fails a test."""
from __future__ import annotations

import html
import re

MAX_TEXT = 4096  # characters of a message once its entities are parsed
# Telegram's HTML: these tags (and <span class="tg-spoiler">, <a href>, <tg-emoji>) and the four named entities
TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
        "blockquote", "tg-emoji"}
_PIECE = re.compile(r"<(/?)([a-z-]+)(?:\s[^<>]*)?>|&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);|[<>&]")


def telegram_refusal(text: str, parse_mode: str | None) -> str | None:
    """What Telegram answers "Bad Request: …" to a message text, or None when it takes it.

    Telegram refuses an empty text, more than MAX_TEXT characters after entity parsing and, in HTML, an
    unknown tag, a tag left open or closed out of order, and a bare <, > or & (it must be escaped).
    """
    shown = text
    if parse_mode == "HTML":
        stack: list[str] = []
        for m in _PIECE.finditer(text):
            if m.group(2) is None:
                if m.group(0) in "<>&":
                    return f"can't parse entities: unexpected {m.group(0)!r} at offset {m.start()}"
                continue
            closing, tag = m.group(1), m.group(2)
            if tag not in TAGS:
                return f"can't parse entities: unsupported start tag \"{tag}\""
            if not closing:
                stack.append(tag)
            elif not stack or stack.pop() != tag:
                return f"can't parse entities: can't find end tag corresponding to start tag \"{tag}\""
        if stack:
            return f"can't parse entities: can't find end tag corresponding to start tag \"{stack[-1]}\""
        shown = html.unescape(re.sub(r"<[^<>]+>", "", text))
    if not shown.strip():
        return "message text is empty"
    if len(shown) > MAX_TEXT:
        return "message is too long"
    return None
