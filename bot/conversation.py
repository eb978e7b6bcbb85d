"""What an answer in a chat adds to the engine's answer: follow-ups, scopes, votes, kept refusals.

Plain functions over the service and the in-memory :class:`RecentQuestions`; the handlers
in ``handlers.py`` call them, so the answering path stays one path for every chat.
"""
from __future__ import annotations

import logging
import re
import sqlite3

from reportbot.bot.group_format import pack_vote
from reportbot.index.answering.engine import Answer
from reportbot.index.answering.followup import RecentQuestions
from reportbot.index.library.service import QAService
from reportbot.index.retrieval.query import MAX_QUESTION_CHARS
from telegram import InlineKeyboardButton, Message
from telegram.constants import ChatType

logger = logging.getLogger(__name__)


def previous_question(recent: RecentQuestions, message: Message, bot_id: int) -> str | None:
    """The question a message may follow up on.

    A reply to one of the bot's answers follows up on what that answer answered; in a
    private chat, any question follows up on the last one if it came within the window.
    """
    parent = message.reply_to_message
    if parent is not None and parent.from_user and parent.from_user.id == bot_id:
        return recent.answered_by(message.chat_id, parent.message_id)
    if message.chat.type == ChatType.PRIVATE:
        return recent.last(message.chat_id)
    return None


def asked_text(text: str, username: str | None) -> str | None:
    """The question a message to the bot holds, as it was answered: without a leading command (/ask, /ask@bot) and
    without the bot's @mention ("@bot 有多少…", "有多少… @bot"); None when nothing is left."""
    text = re.sub(r"^/\w+(@\w+)?\s*", "", text)
    if username:
        text = re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.I)
    return text.strip(" ,，:：") or None


def replied_question(message: Message, addressed: str, bot_id: int, username: str | None) -> str:
    """What a mention of the bot asks: its own words, or, when it is a bare mention in reply to someone else's message
    ("@bot" under a member's question), the question that message asks."""
    parent = message.reply_to_message
    if addressed.strip() or parent is None or (parent.from_user is not None and parent.from_user.id == bot_id):
        return addressed
    return asked_text(parent.text or parent.caption or "", username) or addressed


def asked(service: QAService, text: str, remark_ok: bool) -> str | None:
    """The question a message asks, without the remarks that open it (谢谢！那志愿者呢？); None when it asks nothing
    and ``remark_ok`` (a reply to an answer or a mention may only thank the bot: 谢谢, thanks, 👍). Blank text is
    left as it is (an /ask with no question is told how to ask)."""
    if not text.strip() or len(text) > MAX_QUESTION_CHARS:
        return text
    found = service.question_in(text)
    return found if found is not None else None if remark_ok else text


def understood(service: QAService, previous: str | None, question: str) -> str | None:
    """The question a follow-up stands for, or None when it stands alone (or nothing came before)."""
    if not previous or not question.strip() or len(question) > MAX_QUESTION_CHARS:
        return None
    return service.follow_up(previous, question)


def ask_in_chat(service: QAService, chat_id: int, question: str, k: int = 3) -> Answer:
    """Answer from the documents this chat may search (runs in a worker thread).

    A question the documents do not answer is kept for admins (``/unanswered``) before
    the reply goes out, never with who asked.
    """
    a = service.ask(question, k, service.visible_to(chat_id))
    if a.abstained:
        try:
            service.feedback.record_refused(question, a.lang)
        except (sqlite3.Error, OSError) as exc:  # a full disk must not cost the asker the answer
            logger.warning("could not keep an unanswered question: %s", exc)
    return a


def vote_row(a: Answer) -> list[InlineKeyboardButton]:
    """👍 / 👎 under an answer (none under a refusal: refusals are kept without a vote)."""
    if a.abstained or not a.hits:
        return []
    pids = [h.paragraph.pid for h in a.hits[:3]]
    return [InlineKeyboardButton("👍", callback_data=pack_vote(True, a.lang, pids)),
            InlineKeyboardButton("👎", callback_data=pack_vote(False, a.lang, pids))]
