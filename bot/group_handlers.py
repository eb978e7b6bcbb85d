"""Telegram handlers for votes, unanswered questions, group scopes and inline mode.

They only translate: the logic is in ``index/library/feedback.py``, ``scopes.py`` and
``index/answering/alternatives.py``, reached through the service. Follow-ups and votes
under answers are added on the answering path (``conversation.py``).
"""
from __future__ import annotations

import asyncio
import logging
import sqlite3

from reportbot.bot.admin import failure_text
from reportbot.bot.conversation import asked_text
from reportbot.bot.group_format import (
    format_scope,
    format_unanswered,
    inline_result,
    unpack_vote,
)
from reportbot.bot.handlers import BotContext, question_lang, user_lang
from reportbot.bot.messages import reason, t
from reportbot.corpus.errors import ReportbotError
from reportbot.index.answering.engine import Answer
from reportbot.index.retrieval.query import MAX_QUESTION_CHARS
from telegram import InlineQueryResultArticle, InputTextMessageContent, Message, Update
from telegram.constants import ChatType, ParseMode

logger = logging.getLogger(__name__)
INLINE_RESULTS = 3
INLINE_CACHE_SECONDS = 60


# ---- votes -----------------------------------------------------------------------
async def on_vote(update: Update, context: BotContext) -> None:
    """👍 / 👎 on an answer: one vote per user per answer, a second vote changes the first."""
    query = update.callback_query
    parsed = unpack_vote(query.data)
    message = query.message
    if parsed is None or message is None:
        await query.answer(t(user_lang(query.from_user), "stale_button"))
        return
    up, lang, pids = parsed
    question = context.recent.answered_by(message.chat.id, message.message_id)
    if question is None and isinstance(message, Message) and message.reply_to_message:
        # the bot restarted since: the question it replied to, without an /ask in front
        question = asked_text(message.reply_to_message.text or "", context.bot.username)
    said = user_lang(query.from_user)
    try:
        changed = await asyncio.to_thread(context.service.feedback.vote, message.chat.id, message.message_id,
                                          query.from_user.id, up, lang, pids, question)
    except (OSError, sqlite3.Error) as exc:  # a full or read-only disk: one line, the answer stays
        logger.warning("could not record a vote: %s", exc)
        await query.answer(t(said, "vote_unsaved", reason=reason(exc, said)))
        return
    await query.answer(t(said, "vote_thanks" if changed else "vote_same"))


# ---- admins: unanswered questions, scopes -----------------------------------------
async def on_unanswered(update: Update, context: BotContext) -> None:
    groups = await asyncio.to_thread(context.service.feedback.unanswered)
    retention = context.service.feedback.retention
    text = format_unanswered(groups, user_lang(update.effective_user), retention.keep_days, retention.keep_questions)
    await update.effective_message.reply_html(text)


async def on_forget(update: Update, context: BotContext) -> None:
    lang = user_lang(update.effective_user)
    try:
        n = await asyncio.to_thread(context.service.feedback.forget)
    except (OSError, sqlite3.Error) as exc:  # a full or read-only disk: one line (failure_text logs it)
        await update.effective_message.reply_text(failure_text(exc, "/forget", lang))
        return
    await update.effective_message.reply_text(t(lang, "forgotten", n=n))


async def on_scope(update: Update, context: BotContext) -> None:
    """/scope add ID…, /scope list, /scope all: in a group, the documents it answers from."""
    message, lang = update.effective_message, user_lang(update.effective_user)
    args = context.args or []
    action = args[0].lower() if args else ""
    if message.chat.type == ChatType.PRIVATE:
        await message.reply_text(t(lang, "scope_group_only"))
    elif action not in ("add", "list", "all") or (action == "add" and len(args) < 2):
        await message.reply_text(t(lang, "scope_usage"))
    else:
        service, ids = context.service, args[1:] if action == "add" else []
        change = {"all": service.scope_clear, "add": service.scope_add}.get(action, service.scope_of)
        try:
            records = await asyncio.to_thread(change, message.chat_id, *ids)
        except (ReportbotError, OSError, sqlite3.Error) as exc:  # an unknown or ambiguous id (said as /remove says
            # it, in the admin's language), a full or read-only disk: one line
            await message.reply_text(failure_text(exc, "/scope", lang))
            return
        await (message.reply_text(t(lang, "scope_all")) if action == "all" else
               message.reply_html(format_scope(records, lang)))


# ---- inline mode -------------------------------------------------------------------
async def on_inline(update: Update, context: BotContext) -> None:
    """"@bot question" in any chat: up to three answers, each with its evidence and source."""
    query = update.inline_query
    question = query.query.strip()
    if not question or len(question) > MAX_QUESTION_CHARS or context.limiter.check(query.from_user.id) != "ok":
        await query.answer([], cache_time=0)
        return
    lang = question_lang(question, query.from_user.language_code)
    answers = await asyncio.to_thread(_inline_answers, context, question)
    results = []
    for i, a in enumerate(answers):
        title, description, html = inline_result(a, lang)
        results.append(InlineQueryResultArticle(str(i), title, InputTextMessageContent(html, ParseMode.HTML),
                                                description=description))
    await query.answer(results, cache_time=INLINE_CACHE_SECONDS)


def _inline_answers(context: BotContext, question: str) -> list[Answer]:
    service = context.service
    return service.several(question, INLINE_RESULTS, service.visible_to(None))
