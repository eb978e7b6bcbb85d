"""The buttons under an answer: the whole paragraph and the next passage (callback data "p|lang|pid|pid…", within
Telegram's 64 bytes), with 👍 / 👎 below them. Pure functions over an answer."""
from __future__ import annotations

from reportbot.bot import conversation as conv
from reportbot.bot.group_format import pack_ids
from reportbot.bot.messages import LANGS, t
from reportbot.index.answering.engine import Answer
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

BUTTON_PREFIX = "p"


def pack_button(lang: str, pids: list[str]) -> str:
    return pack_ids(f"{BUTTON_PREFIX}|{lang}", pids)


def unpack_button(data: str | None) -> tuple[str, list[str]]:
    """(language, passage ids) of a button's data; no ids for data this bot did not make."""
    parts = (data or "").split("|")
    if len(parts) < 3 or parts[0] != BUTTON_PREFIX or parts[1] not in LANGS:
        return "en", []
    return parts[1], [p for p in parts[2:] if p]


def passage_buttons(a: Answer, lang: str) -> InlineKeyboardMarkup | None:
    """Buttons for the whole paragraph and the next passage, and 👍 / 👎 below them."""
    if a.abstained or not a.hits:
        return None
    pids = [h.paragraph.pid for h in a.hits[:3]]
    row = [InlineKeyboardButton(t(lang, "full"), callback_data=pack_button(lang, pids[:1]))]
    if len(pids) > 1:
        row.append(InlineKeyboardButton(t(lang, "next"), callback_data=pack_button(lang, pids[1:])))
    return InlineKeyboardMarkup([row, conv.vote_row(a)])


def next_button(lang: str, pids: list[str]) -> InlineKeyboardMarkup | None:
    if not pids:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(t(lang, "next"), callback_data=pack_button(lang, pids))]])
