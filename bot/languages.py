"""Which language a reply is in: a Telegram user's interface language (:func:`ui_lang`) and the language of a reply
to a question (:func:`question_lang`, the bot's and the CLI's one rule). Pure functions, no Telegram imports; the
texts in each language are :mod:`.messages`.
"""
from __future__ import annotations

import re

from reportbot.bot.hant import HANT, HK, written_hant
from reportbot.corpus.normalize import is_chinese

Lang = str  # "zh", "zh-hant", "zh-hk" or "en"


def ui_lang(code: str | None) -> Lang:
    """Interface language for a Telegram ``language_code`` (an IETF tag): traditional characters with Hong Kong's
    wording for zh-hk and zh-mo (zh-Hant-HK too: the region decides), with Taiwan's for zh-hant and zh-tw,
    simplified for the other zh tags (zh, zh-hans, zh-cn), English for the rest."""
    tag = (code or "").lower().replace("_", "-").split("-")
    if tag[0] != "zh":
        return "en"
    if any(part in ("hk", "mo") for part in tag[1:]):
        return HK
    return HANT if any(part in ("hant", "tw") for part in tag[1:]) else "zh"


def question_lang(text: str, fallback: str | None = None) -> Lang:
    """The language a reply to ``text`` is in (the bot's and the CLI's one rule): Chinese when it is mostly
    Chinese (in the script it is written in, with the asker's traditional wording; in the asker's script when its
    characters are alike in both), English when it has a Latin letter, else the interface language of ``fallback``."""
    if is_chinese(text):
        hant, asker = written_hant(text), ui_lang(fallback)
        if hant or hant is None and asker in (HANT, HK):
            return asker if asker in (HANT, HK) else HANT
        return "zh"
    if re.search(r"[A-Za-z]", text):
        return "en"
    return ui_lang(fallback)
