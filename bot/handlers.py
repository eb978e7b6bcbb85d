"""Telegram handlers: parse the update, call the service in a thread, format the reply."""
from __future__ import annotations

import asyncio
import logging
import re
import time

from reportbot.bot.format import ADMIN_HELP, HELP, escape, format_answer, format_passage, t, ui_lang
from reportbot.bot.ratelimit import UserRateLimiter
from reportbot.bot.settings import Settings
from reportbot.corpus.errors import BuildInProgress, DocumentError, ReportbotError
from reportbot.corpus.loaders import MAX_FILE_BYTES, SUPPORTED
from reportbot.corpus.normalize import cjk_ratio
from reportbot.index.answering.engine import Answer
from reportbot.index.library.service import QAService
from reportbot.index.retrieval.query import MAX_QUESTION_CHARS
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction, MessageEntityType
from telegram.error import BadRequest, TelegramError
from telegram.ext import CallbackContext, ExtBot

logger = logging.getLogger(__name__)
TYPING_AFTER = 0.3  # seconds before a "typing…" action is worth sending


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


def question_lang(text: str, fallback: str | None = None) -> str:
    if cjk_ratio(text) >= 0.3:
        return "zh"
    if re.search(r"[A-Za-z]", text):
        return "en"
    return ui_lang(fallback)


def strip_mention(text: str, username: str) -> str:
    """The question in a message that mentions the bot ("@reportbot 有多少…" -> "有多少…")."""
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.I).strip(" ,，:：")


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


def passage_buttons(a: Answer, lang: str) -> InlineKeyboardMarkup | None:
    """Buttons for the whole paragraph and the next passage (callback data stays under 64 bytes)."""
    if a.abstained or not a.hits:
        return None
    pids = [h.paragraph.pid for h in a.hits[:3]]
    rows = [InlineKeyboardButton(t(lang, "full"), callback_data=_pack(lang, pids[:1]))]
    if len(pids) > 1:
        rows.append(InlineKeyboardButton(t(lang, "next"), callback_data=_pack(lang, pids[1:])))
    return InlineKeyboardMarkup([rows])


def _pack(lang: str, pids: list[str]) -> str:
    data = f"p|{lang}|" + "|".join(pids)
    while len(data.encode()) > 64 and len(pids) > 1:
        pids = pids[:-1]
        data = f"p|{lang}|" + "|".join(pids)
    return data


async def _reply(message: Message, html: str, **kw) -> None:
    await message.reply_html(html, do_quote=True, disable_web_page_preview=True, **kw)


async def answer_question(update: Update, context: BotContext, question: str) -> None:
    """Answer one question, politely refusing floods and over-long text."""
    message = update.effective_message
    user = update.effective_user
    lang = question_lang(question, user.language_code if user else None)
    if user is not None:
        verdict = context.limiter.check(user.id)
        if verdict == "drop":
            return
        if verdict == "warn":
            await _reply(message, t(lang, "flood", s=context.limiter.retry_after(user.id)))
            return
    if len(question) > MAX_QUESTION_CHARS:
        await _reply(message, t(lang, "typing_long", n=MAX_QUESTION_CHARS))
        return
    if not question.strip():
        await _reply(message, t(lang, "empty"))
        return
    t0 = time.perf_counter()
    work = asyncio.ensure_future(asyncio.to_thread(context.service.ask, question, 3))
    # "typing…" only when the answer is not there at once: under Telegram's flood limits every
    # chat action costs a message's worth of the budget
    done, _ = await asyncio.wait({work}, timeout=TYPING_AFTER)
    if not done:
        try:
            await context.bot.send_chat_action(message.chat_id, ChatAction.TYPING)
        except TelegramError:
            pass  # the answer matters, the typing dots do not
    a = await work
    await _reply(message, format_answer(a, lang), reply_markup=passage_buttons(a, lang))
    extra = f" question={question!r} user={user.id if user else None}" if context.settings.log_questions else ""
    logger.info("answered chat=%s lang=%s abstained=%s search_ms=%.0f reply_ms=%.0f%s", message.chat.type, a.lang,
                a.abstained, a.seconds * 1000, (time.perf_counter() - t0) * 1000, extra)


# ---- question handlers --------------------------------------------------
async def on_private_text(update: Update, context: BotContext) -> None:
    await answer_question(update, context, update.effective_message.text or "")


async def on_group_text(update: Update, context: BotContext) -> None:
    """Group messages: answer a mention of the bot or a reply to it; ignore everything else."""
    message = update.effective_message
    bot = context.bot
    if mentions_bot(message, bot.username, bot.id):
        question = strip_mention(message.text or "", bot.username or "")
        await answer_question(update, context, question)
    elif message.reply_to_message and message.reply_to_message.from_user and \
            message.reply_to_message.from_user.id == bot.id:
        await answer_question(update, context, message.text or "")


async def on_ask(update: Update, context: BotContext) -> None:
    await answer_question(update, context, " ".join(context.args or []))


async def on_start(update: Update, context: BotContext) -> None:
    user = update.effective_user
    lang = ui_lang(user.language_code if user else None)
    extra = ADMIN_HELP[lang] if user and user.id in context.settings.admin_ids else ""
    await update.effective_message.reply_html(HELP[lang] + extra, disable_web_page_preview=True)


async def on_about(update: Update, context: BotContext) -> None:
    user = update.effective_user
    lang = ui_lang(user.language_code if user else None)
    info = context.service.about()
    docs = context.service.documents()
    lines = [("<b>收录文档</b>" if lang == "zh" else "<b>Documents</b>")]
    for r in docs[:30]:
        lines.append(f"• {escape(r.title)} ({r.passages})")
    if len(docs) > 30:
        lines.append(f"… +{len(docs) - 30}")
    lines.append("")
    lines.append(f"段落 {info['passages']} · 模型 {info['model']} · 索引时间 {info['created']}" if lang == "zh" else
                  f"{info['passages']} passages · model {info['model']} · indexed {info['created']}")
    await update.effective_message.reply_html("\n".join(lines)[:4000])


async def on_button(update: Update, context: BotContext) -> None:
    """Show the whole paragraph (or the next passage) a button names."""
    query = update.callback_query
    parts = (query.data or "").split("|")
    if len(parts) < 3 or parts[0] != "p":
        await query.answer()
        return
    lang, pids = parts[1], parts[2:]
    index = context.service.engine.index
    by_pid = {p.pid: p for p in index.paragraphs}
    paragraph = by_pid.get(pids[0])
    if paragraph is None:
        await query.answer(t(lang, "gone"), show_alert=False)
        return
    await query.answer()
    title = index.docs[paragraph.doc_id].title if paragraph.doc_id in index.docs else ""
    markup = None
    if len(pids) > 1:
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(t(lang, "next"), callback_data=_pack(lang, pids[1:]))]])
    html = format_passage(title, paragraph.section, paragraph.number, paragraph.text, lang)
    if query.message is not None:
        await query.message.reply_html(html, reply_markup=markup, do_quote=True)


# ---- admin handlers -----------------------------------------------------
async def on_not_admin(update: Update, context: BotContext) -> None:
    """A non-admin used an admin command or sent a file where only admins may: refuse, change nothing."""
    message = update.effective_message
    user = update.effective_user
    await message.reply_text(t(ui_lang(user.language_code if user else None), "not_admin"), do_quote=True)


async def on_docs(update: Update, context: BotContext) -> None:
    docs = await asyncio.to_thread(context.service.documents)
    lines = [f"<code>{r.id}</code> {escape(r.title)} — {r.passages} · {escape(r.added_at)} · {escape(r.added_by)}"
             for r in docs]
    await update.effective_message.reply_html("\n".join(lines)[:4000] or "—")


class _ProgressMessage:
    """One status message, edited as a build goes (at most every 1.5 s; thread-safe)."""

    def __init__(self, message: Message, label: str, loop: asyncio.AbstractEventLoop):
        self.message, self.label, self.loop = message, label, loop
        self.last = 0.0

    async def _edit(self, text: str) -> None:
        try:
            await self.message.edit_text(text)
        except BadRequest:
            pass  # "message is not modified"

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if total == 0 or (now - self.last < 1.5 and done < total):
            return
        self.last = now
        asyncio.run_coroutine_threadsafe(self._edit(f"{self.label} {done}/{total}"), self.loop)


async def _run_build(update: Update, label: str, work) -> None:
    """Run a build in a thread with one progress message, then report the result."""
    message = update.effective_message
    status = await message.reply_text(f"{label}…", do_quote=True)
    progress = _ProgressMessage(status, label, asyncio.get_running_loop())
    try:
        text = await asyncio.to_thread(work, progress)
    except BuildInProgress:
        text = "A reindex is already running; try again when it is done."
    except DocumentError as exc:  # refused file: unsupported, unreadable, empty, too long
        text = f"Not added: {exc}"
    except ReportbotError as exc:
        text = str(exc)
    await asyncio.sleep(0)  # let a pending progress edit land before the final one
    try:
        await status.edit_text(text[:4000])
    except BadRequest:
        await message.reply_text(text[:4000])


async def on_reindex(update: Update, context: BotContext) -> None:
    def work(progress) -> str:
        r = context.service.reindex(progress, wait=False)
        return f"Reindexed {r.documents} documents, {r.passages} passages ({r.embedded} embedded) in {r.seconds:.1f} s."
    await _run_build(update, "Reindexing", work)


async def on_remove(update: Update, context: BotContext) -> None:
    if not context.args:
        await update.effective_message.reply_text("Usage: /remove ID (see /docs)")
        return
    doc_id = context.args[0]

    def work(progress) -> str:
        record, r = context.service.remove(doc_id, progress)
        return f"Removed {record.id} {record.title}. Index: {r.passages} passages, {r.seconds:.1f} s."
    await _run_build(update, "Removing", work)


async def on_document(update: Update, context: BotContext) -> None:
    """An admin's file: check its size and type before downloading, then add and reindex."""
    message = update.effective_message
    doc = message.document
    name = doc.file_name or "document.txt"
    if not name.lower().endswith(SUPPORTED):
        await message.reply_text(f"Not added: {name} is not a supported type ({', '.join(SUPPORTED)}).",
                                 do_quote=True)
        return
    if (doc.file_size or 0) > MAX_FILE_BYTES:
        await message.reply_text(f"Not added: the file is {doc.file_size / 1e6:.1f} MB; bots can download at most "
                                 f"{MAX_FILE_BYTES // 10**6} MB.", do_quote=True)
        return
    file = await doc.get_file()
    data = bytes(await file.download_as_bytearray())
    who = update.effective_user.username or str(update.effective_user.id)

    def work(progress) -> str:
        record, new, r = context.service.add(data, name, who, progress)
        if not new:
            return f"Already in the corpus as {record.id} ({record.title}); nothing changed."
        return (f"Added {record.id} {record.title}: {record.passages} passages; "
                f"index rebuilt in {r.seconds:.1f} s ({r.embedded} embedded).")
    await _run_build(update, f"Adding {name}", work)


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure; tell the user something short, never a traceback."""
    logger.error("error handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_message is not None:
        user = update.effective_user
        try:
            await update.effective_message.reply_text(t(ui_lang(user.language_code if user else None), "error"))
        except TelegramError:
            pass
