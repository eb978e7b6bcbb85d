"""The one factory that wires the Telegram application: every handler, in order, in one place."""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from reportbot.bot import admin
from reportbot.bot import group_handlers as g
from reportbot.bot import handlers as h
from reportbot.bot.buttons import BUTTON_PREFIX
from reportbot.bot.group_format import VOTE_PREFIX
from reportbot.bot.inflight import InFlight
from reportbot.bot.polling import Backlog, BoundedBot, CountingProcessor
from reportbot.bot.ratelimit import UserRateLimiter
from reportbot.bot.settings import Settings
from reportbot.index.answering.followup import RecentQuestions
from reportbot.index.library.service import QAService
from telegram import BotCommand, Message
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

logger = logging.getLogger(__name__)

COMMANDS = [
    BotCommand("ask", "Ask a question / 提问"),
    BotCommand("help", "How to ask / 使用说明"),
    BotCommand("about", "Documents and index / 文档与索引"),
]
ADMIN_COMMANDS = list(h.ADMIN_COMMANDS)


@dataclass(frozen=True)
class Concurrency:
    """How much the bot takes on at once."""

    updates: int = 64          # updates handled concurrently (search runs in threads, replies wait on the network)
    unconfirmed: int = 16      # updates fetched but unanswered: the most a kill -9 can lose (see polling.py)


async def _post_init(app: Application) -> None:
    try:
        await app.bot.set_my_commands(COMMANDS)
    except TelegramError as exc:  # the menu is a nicety; answering does not depend on it
        logger.warning("could not register the command list: %s", exc)


def _bot(settings: Settings, token: str, backlog: Backlog) -> BoundedBot:
    base = {k: v for k, v in (("base_url", settings.base_url), ("base_file_url", settings.base_file_url)) if v}
    return BoundedBot(token, backlog=backlog, request=HTTPXRequest(connection_pool_size=256),
                      get_updates_request=HTTPXRequest(), rate_limiter=AIORateLimiter(max_retries=2), **base)


def build_application(settings: Settings, service: QAService, token: str | None = None,
                      concurrency: Concurrency = Concurrency()) -> Application:
    """Build the bot: every handler registered here, in order, and the error handler.

    Args:
        settings: checked settings (token, base URLs, admins, rate limits).
        service: the question-answering service; handlers reach it through ``bot_data``.
        token: overrides ``settings.token`` (tests).
    """
    logging.getLogger("httpx").setLevel(logging.WARNING)  # at INFO it logs URLs, which hold the token
    backlog = Backlog(concurrency.unconfirmed)
    app = (ApplicationBuilder().bot(_bot(settings, token or settings.check_token(), backlog))
           .context_types(ContextTypes(context=h.BotContext))
           .concurrent_updates(CountingProcessor(concurrency.updates, backlog))
           .post_init(_post_init)
           .build())
    app.bot_data["service"] = service
    app.bot_data["settings"] = settings
    app.bot_data["limiter"] = UserRateLimiter(settings.user_rate, settings.user_window)
    app.bot_data["reply_limiter"] = UserRateLimiter(settings.user_rate, settings.user_window)
    app.bot_data["in_flight"] = InFlight()  # answers under way: a flood's notice is sent after them
    app.bot_data["recent"] = RecentQuestions()  # in memory only: for follow-up questions
    _register(app, settings)
    return app


class AddCaption(filters.MessageFilter):
    """A file's caption that is /add, or /add@ this bot: not /add@another bot's, in a group with several."""

    def filter(self, message: Message) -> bool:
        m = re.match(r"/add(?:@(\w+))?(?:\s|$)", message.caption or "")
        to = m.group(1) if m else None
        return m is not None and (to is None or to.lower() == (message.get_bot().username or "").lower())


class ViaThisBot(filters.MessageFilter):
    """A message a user sent through this bot's inline mode (an answer picked from "@bot question"): the answer
    itself, not a question to answer again."""

    def filter(self, message: Message) -> bool:
        return message.via_bot is not None and message.via_bot.id == message.get_bot().id


def _register(app: Application, settings: Settings) -> None:
    admins = filters.User(user_id=settings.admin_ids) & ~filters.SenderChat.ALL
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    add_caption = AddCaption()
    # a private message with nothing to read as a question or a file (a sticker, a photo, a voice note)
    not_text = private & filters.UpdateType.MESSAGE & ~filters.TEXT & ~filters.Document.ALL & ~filters.StatusUpdate.ALL

    # edits, channel posts and answers picked from inline mode are not questions: an edited question keeps its first
    # answer (in a private chat the asker is told to send it anew); then (the first handler of a group that matches
    # runs) commands, files and buttons beyond a user's rate limit are dropped
    app.add_handlers([
        MessageHandler(filters.UpdateType.EDITED_MESSAGE & private & filters.TEXT & ~filters.COMMAND, h.on_edited),
        MessageHandler(filters.UpdateType.EDITED | filters.UpdateType.CHANNEL_POSTS | ViaThisBot(), h.ignore),
        CommandHandler(["start", "help", "about", *ADMIN_COMMANDS], h.limit_replies),
        MessageHandler(filters.COMMAND & private & ~filters.Regex(r"^/ask(@\w+)?(\s|$)"), h.limit_replies),
        MessageHandler((filters.Document.ALL & (private | add_caption)) | (admins & add_caption) | not_text,
                       h.limit_replies),
        CallbackQueryHandler(h.limit_replies),
    ], group=-1)
    app.add_handlers([
        CommandHandler(["start", "help"], h.on_start),
        CommandHandler("about", h.on_about),
        CommandHandler("ask", h.on_ask),
        # admin commands: admins first, everyone else gets a refusal
        CommandHandler("docs", admin.on_docs, filters=admins),
        CommandHandler("remove", admin.on_remove, filters=admins),
        CommandHandler("reindex", admin.on_reindex, filters=admins),
        CommandHandler("unanswered", g.on_unanswered, filters=admins),
        CommandHandler("forget", g.on_forget, filters=admins),
        CommandHandler("scope", g.on_scope, filters=admins),
        CommandHandler("add", admin.on_add_usage, filters=admins & ~filters.Document.ALL),
        MessageHandler(filters.Document.ALL & admins & (private | (groups & add_caption)), admin.on_document),
        MessageHandler(add_caption & admins & ~filters.Document.ALL, admin.on_add_not_file),
        CommandHandler(ADMIN_COMMANDS, admin.on_not_admin),
        MessageHandler(filters.Document.ALL & (private | add_caption), admin.on_not_admin),
        # questions; in a private chat, a command the bot does not have is answered with a pointer to /help
        MessageHandler(filters.TEXT & ~filters.COMMAND & private, h.on_private_text),
        MessageHandler(filters.COMMAND & private, h.on_unknown_command),
        MessageHandler(not_text, h.on_not_text),
        MessageHandler(filters.TEXT & ~filters.COMMAND & groups, h.on_group_text),
        # buttons: handlers with a pattern go above the catch-all, which answers forged or stale data
        CallbackQueryHandler(h.on_button, pattern=rf"^{BUTTON_PREFIX}\|"),
        CallbackQueryHandler(g.on_vote, pattern=rf"^{VOTE_PREFIX}\|"),
        CallbackQueryHandler(h.on_button),
        # "@yourbot question" in any chat (inline mode, switched on with BotFather's /setinline)
        InlineQueryHandler(g.on_inline),
    ])
    app.add_error_handler(h.on_error)

