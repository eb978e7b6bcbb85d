"""Telegram handlers for everyone: parse the update, call the service in a thread, format the reply."""
from __future__ import annotations

import asyncio
import logging
import re
import time

from reportbot.bot import conversation as conv
from reportbot.bot.buttons import next_button, passage_buttons, unpack_button
from reportbot.bot.format import format_about, format_passage
from reportbot.bot.group_format import format_reply, format_tally
from reportbot.bot.help_text import help_text
from reportbot.bot.inflight import InFlight
from reportbot.bot.languages import question_lang, ui_lang
from reportbot.bot.messages import t
from reportbot.bot.ratelimit import UserRateLimiter
from reportbot.bot.settings import Settings
from reportbot.corpus.normalize import blank
from reportbot.index.answering.engine import Answer
from reportbot.index.answering.followup import RecentQuestions
from reportbot.index.library.service import QAService
from reportbot.index.retrieval.query import MAX_QUESTION_CHARS
from telegram import Message, Update, User
from telegram.constants import ChatAction, ChatType, MessageEntityType
from telegram.error import TelegramError
from telegram.ext import ApplicationHandlerStop, CallbackContext, ExtBot

logger = logging.getLogger(__name__)
TYPING_AFTER = 0.3  # seconds before a "typing…" action is worth sending
FLOOD_NOTICE_WAIT = 30.0  # seconds a "too fast" notice waits at most for the user's answers under way (inflight.py)
# the commands this bot has (build_application registers them): one addressed to another bot is pointed here only
# when it is one of these
USER_COMMANDS = ("start", "help", "about", "ask")
ADMIN_COMMANDS = ("docs", "remove", "reindex", "add", "unanswered", "forget", "scope")


class BotContext(CallbackContext[ExtBot, dict, dict, dict]):
    """The callback context, with the services as typed properties (set once in ``build_application``)."""

    @property
    def service(self) -> QAService:
        return self.bot_data["service"]

    @property
    def settings(self) -> Settings:
        return self.bot_data["settings"]

    @property
    def limiter(self) -> UserRateLimiter:
        return self.bot_data["limiter"]

    @property
    def reply_limiter(self) -> UserRateLimiter:
        """The same limit as questions', kept apart: commands, files and buttons (see :func:`limit_replies`)."""
        return self.bot_data["reply_limiter"]

    @property
    def in_flight(self) -> InFlight:
        return self.bot_data["in_flight"]

    @property
    def recent(self) -> RecentQuestions:
        return self.bot_data["recent"]


def user_lang(user: User | None) -> str:
    return ui_lang(user.language_code if user else None)


def strip_mention(text: str, username: str) -> str:
    """The question in a message that mentions the bot ("@reportbot 有多少…" -> "有多少…")."""
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.I).strip(" ,，:：") if username else text


def addressed_text(message: Message, username: str | None, bot_id: int) -> str:
    """The question in a message to the bot: without its @username, nor the name a mention by name shows
    (a text mention links the bot to a name of the sender's choosing: "ReportBot 有多少…")."""
    text = message.text or ""
    for entity, said in message.parse_entities([MessageEntityType.TEXT_MENTION]).items():
        if entity.user is not None and entity.user.id == bot_id:
            text = text.replace(said, " ", 1)
    return strip_mention(text, username or "").strip(" ,，:：")


def mentions_bot(message: Message, username: str | None, bot_id: int) -> bool:
    """True when the message mentions this bot by @username or by a text mention."""
    text = message.text or ""
    for entity in message.entities or ():
        if entity.type == MessageEntityType.MENTION and username:
            if text[entity.offset: entity.offset + entity.length].lower() == f"@{username.lower()}":
                return True
        if entity.type == MessageEntityType.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            return True
    return False


def replies_to_bot(message: Message, bot_id: int) -> bool:
    return bool((parent := message.reply_to_message) and parent.from_user and parent.from_user.id == bot_id)


# ---- answering -----------------------------------------------------------
async def _reply(message: Message, html: str, **kw) -> Message:
    return await message.reply_html(html, do_quote=True, disable_web_page_preview=True, **kw)


def refusal_key(context: BotContext, user: User | None, question: str) -> str | None:
    """Why a question is not answered (a text key, or "" to stay silent), or None to answer it."""
    if user is not None:
        verdict = context.limiter.check(user.id)
        if verdict != "ok":
            return "flood" if verdict == "warn" else ""
    if len(question) > MAX_QUESTION_CHARS:
        return "too_long"
    return "empty" if blank(question) else None


async def _ask(context: BotContext, message: Message, question: str) -> Answer:
    work = asyncio.ensure_future(asyncio.to_thread(conv.ask_in_chat, context.service, message.chat_id, question, 3))
    # "typing…" only when the answer is not there at once: under Telegram's flood limits every
    # chat action costs a message's worth of the budget; in a forum's topic, shown in that topic (as the reply is)
    done, _ = await asyncio.wait({work}, timeout=TYPING_AFTER)
    if not done:
        try:
            await message.reply_chat_action(ChatAction.TYPING)
        except TelegramError:
            pass  # the answer matters, the typing dots do not
    return await work


async def answer_question(update: Update, context: BotContext, question: str, remark_ok: bool = False) -> None:
    """Answer one question, politely refusing floods and over-long or empty text; a message that may be a remark
    (``remark_ok``: a reply to an answer, a mention) and asks nothing (谢谢, thanks, 👍) gets no reply."""
    message, user = update.effective_message, update.effective_user
    question = conv.asked(context.service, question, remark_ok)
    if question is None:
        return
    lang = question_lang(question, user.language_code if user else None)
    key, asker = refusal_key(context, user, question), (message.chat_id, user.id if user else None)
    if key is not None:
        if key:
            wait = context.limiter.retry_after(user.id) if user else 0
            await context.in_flight.settled(asker, FLOOD_NOTICE_WAIT)  # below the answers it speaks of
            await _reply(message, t(lang, key, n=MAX_QUESTION_CHARS, s=wait))
        return
    async with context.in_flight.answering(asker):
        await _answer(context, message, user, question, lang)


async def _answer(context: BotContext, message: Message, user: User | None, question: str, lang: str) -> None:
    t0 = time.perf_counter()
    # a follow-up ("那志愿者呢？") is asked as the question it stands for, shown in one line
    meant = conv.understood(context.service, conv.previous_question(context.recent, message, context.bot.id), question)
    a = await _ask(context, message, meant or question)
    sent = await _reply(message, format_reply(a, lang, meant), reply_markup=passage_buttons(a, lang))
    context.recent.remember(message.chat_id, sent.message_id, meant or question)  # for follow-ups, in memory
    extra = f" question={question!r} user={user.id if user else None}" if context.settings.log_questions else ""
    logger.info("answered chat=%s lang=%s abstained=%s search_ms=%.0f reply_ms=%.0f%s", message.chat.type, a.lang,
                a.abstained, a.seconds * 1000, (time.perf_counter() - t0) * 1000, extra)


async def on_private_text(update: Update, context: BotContext) -> None:
    message, bot = update.effective_message, context.bot
    await answer_question(update, context, addressed_text(message, bot.username, bot.id),
                          remark_ok=replies_to_bot(message, bot.id))


async def on_group_text(update: Update, context: BotContext) -> None:
    """Group messages: answer a mention of the bot or a reply to it; ignore everything else."""
    message, bot = update.effective_message, context.bot
    if mentions_bot(message, bot.username, bot.id):  # a bare mention under a member's question asks that question
        said = conv.replied_question(message, addressed_text(message, bot.username, bot.id), bot.id, bot.username)
        await answer_question(update, context, said, remark_ok=True)
    elif replies_to_bot(message, bot.id):
        await answer_question(update, context, message.text or "", remark_ok=True)


async def on_ask(update: Update, context: BotContext) -> None:
    await answer_question(update, context, " ".join(context.args or []))


async def on_button(update: Update, context: BotContext) -> None:
    """Show the whole paragraph (or the next passage) a button names; answer every click, forged ones too."""
    query = update.callback_query
    lang, pids = unpack_button(query.data)
    allowed = context.service.visible_to(query.message.chat.id if query.message else None)
    view, rest = context.service.next_passage([p for p in pids if allowed is None or p.split(":")[0] in allowed])
    if view is None:
        await query.answer(t(lang, "gone" if pids else "stale_button"))
        return
    await query.answer()
    if query.message is not None:
        await query.message.reply_html(format_passage(view, lang), reply_markup=next_button(lang, rest),
                                       do_quote=True)


# ---- commands and the rest -------------------------------------------------
async def on_start(update: Update, context: BotContext) -> None:
    user, message = update.effective_user, update.effective_message
    admin = user is not None and user.id in context.settings.admin_ids
    text = help_text(user_lang(user), admin, message.chat.type == ChatType.PRIVATE, context.args or [],
                     context.settings.keep_days)
    await message.reply_html(text, disable_web_page_preview=True)


async def on_about(update: Update, context: BotContext) -> None:
    """The documents of the index in use (held in memory: no disk read on the event loop)."""
    user, service = update.effective_user, context.service
    lang = user_lang(user)
    text = format_about(service.about(service.visible_to(update.effective_chat.id)), lang)
    if user is not None and user.id in context.settings.admin_ids:
        text += "\n" + format_tally(await asyncio.to_thread(service.feedback.tally), lang)
    await update.effective_message.reply_html(text)


async def on_unknown_command(update: Update, context: BotContext) -> None:
    """A command the bot does not have, in a private chat: say so and point to /help (in a group it may be another
    bot's, and is left alone). One addressed to another bot (/help@otherbot) is said to be that bot's, to be sent
    alone here, when this bot has it; one this bot lacks (/weather@otherbot) is unknown here."""
    message, lang = update.effective_message, user_lang(update.effective_user)
    command, _, addressee = (message.text or "").split(maxsplit=1)[0].partition("@")
    ours = command[1:].lower() in USER_COMMANDS + ADMIN_COMMANDS
    if ours and addressee and addressee.lower() != (context.bot.username or "").lower():
        await message.reply_text(t(lang, "other_bot", command=command[:40], bot=addressee[:40]), do_quote=True)
        return
    await message.reply_text(t(lang, "unknown_command", command=command[:40]), do_quote=True)


async def on_not_text(update: Update, context: BotContext) -> None:
    """A sticker, photo, voice note or other message without text, in a private chat: say that questions are
    read as text (in a group it is chatter, left alone)."""
    await update.effective_message.reply_text(t(user_lang(update.effective_user), "not_text"), do_quote=True)


async def limit_replies(update: Update, context: BotContext) -> None:
    """Commands, files and buttons a user sends past the rate limit: one "too fast", then silence (a button is
    still answered, so it stops spinning). Each would cost a reply from the chat's budget at Telegram, so a
    stranger's flood of /help in a group would hold its questions back. Questions are limited where they are
    answered; admins are not limited."""
    user, limiter = update.effective_user, context.reply_limiter
    if user is None or user.id in context.settings.admin_ids or (verdict := limiter.check(user.id)) == "ok":
        return
    text = t(user_lang(user), "flood", s=limiter.retry_after(user.id))
    if update.callback_query is not None:
        await update.callback_query.answer(text)
    elif verdict == "warn":
        await update.effective_message.reply_text(text, do_quote=True)
    raise ApplicationHandlerStop


async def on_edited(update: Update, context: BotContext) -> None:
    """An edited question in a private chat: its first answer stays; say once how to ask the corrected one (within
    the rate limit for replies), and no other handler sees it."""
    user = update.effective_user
    if user is None or user.id in context.settings.admin_ids or context.reply_limiter.check(user.id) == "ok":
        await update.effective_message.reply_text(t(user_lang(user), "edited"), do_quote=True)
    raise ApplicationHandlerStop


async def ignore(update: Update, context: BotContext) -> None:
    """Edited messages and channel posts: no reply, and no other handler sees them."""
    raise ApplicationHandlerStop


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure; tell the user something short, never a traceback."""
    logger.error("error handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        try:
            await update.effective_message.reply_text(t(user_lang(update.effective_user), "error"))
        except TelegramError:
            pass
