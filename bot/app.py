"""The one factory that wires the Telegram application, and the ``serve`` entry point."""
from __future__ import annotations

import logging

from reportbot.bot import handlers as h
from reportbot.bot.ratelimit import UserRateLimiter
from reportbot.bot.settings import Settings
from reportbot.index.library.service import QAService
from telegram import BotCommand, Update
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

logger = logging.getLogger(__name__)

COMMANDS = [
    BotCommand("ask", "Ask a question / 提问"),
    BotCommand("help", "How to ask / 使用说明"),
    BotCommand("about", "Documents and index / 文档与索引"),
]


async def _post_init(app: Application) -> None:
    await app.bot.set_my_commands(COMMANDS)


def build_application(settings: Settings, service: QAService, token: str | None = None) -> Application:
    """Build the bot: every handler registered here, in order, and the error handler.

    Args:
        settings: checked settings (token, base URLs, admins, rate limits).
        service: the question-answering service; handlers reach it through ``bot_data``.
        token: overrides ``settings.token`` (tests).
    """
    logging.getLogger("httpx").setLevel(logging.WARNING)  # at INFO it logs URLs, which hold the token
    builder = (ApplicationBuilder().token(token or settings.check_token())
               .context_types(ContextTypes(context=h.BotContext))
               .concurrent_updates(64)
               .rate_limiter(AIORateLimiter(max_retries=2))
               .post_init(_post_init))
    if settings.base_url:
        builder = builder.base_url(settings.base_url)
    if settings.base_file_url:
        builder = builder.base_file_url(settings.base_file_url)
    app = builder.build()
    app.bot_data["service"] = service
    app.bot_data["settings"] = settings
    app.bot_data["limiter"] = UserRateLimiter(settings.user_rate, settings.user_window)

    admins = filters.User(user_id=settings.admin_ids) & ~filters.SenderChat.ALL
    private = filters.ChatType.PRIVATE
    groups = filters.ChatType.GROUPS
    add_caption = filters.CaptionRegex(r"^/add(@\w+)?(\s|$)")

    app.add_handlers([
        CommandHandler(["start", "help"], h.on_start),
        CommandHandler("about", h.on_about),
        CommandHandler("ask", h.on_ask),
        # admin commands: admins first, everyone else gets a refusal
        CommandHandler("docs", h.on_docs, filters=admins),
        CommandHandler("remove", h.on_remove, filters=admins),
        CommandHandler("reindex", h.on_reindex, filters=admins),
        MessageHandler(filters.Document.ALL & admins & (private | (groups & add_caption)), h.on_document),
        CommandHandler(["docs", "remove", "reindex", "add"], h.on_not_admin),
        MessageHandler(filters.Document.ALL & (private | add_caption), h.on_not_admin),
        # questions
        MessageHandler(filters.TEXT & ~filters.COMMAND & private, h.on_private_text),
        MessageHandler(filters.TEXT & ~filters.COMMAND & groups, h.on_group_text),
        CallbackQueryHandler(h.on_button, pattern=r"^p\|"),
    ])
    app.add_error_handler(h.on_error)
    return app


def run(settings: Settings, service: QAService) -> int:
    """Run the bot until interrupted: long polling, or a webhook when WEBHOOK_URL is set."""
    logging.getLogger().setLevel(settings.log_level)
    app = build_application(settings, service)
    logger.info("serving %s documents, %s passages", service.about()["documents"], service.about()["passages"])
    if settings.webhook_url:
        app.run_webhook(listen=settings.webhook_listen, port=settings.webhook_port,
                        url_path="telegram", webhook_url=settings.webhook_url.rstrip("/") + "/telegram",
                        secret_token=settings.webhook_secret, allowed_updates=Update.ALL_TYPES)
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
    return 0
