"""Admin handlers: add, remove, reindex, list.

Every job has one status message, edited as the build goes and always ending in a
result or a one-line reason. Builds run in daemon threads: a shutdown does not wait
for a long build, which the next start finishes (the job journal says whose it was).
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import mimetypes
import threading
import time
from collections.abc import Callable

from reportbot.bot.format import format_docs
from reportbot.bot.handlers import BotContext, user_lang
from reportbot.bot.messages import count, known_fault, reason, t
from reportbot.corpus.errors import BuildInProgress, DocumentError, DocumentIdError, ReportbotError
from reportbot.corpus.loaders import MAX_FILE_BYTES, SUPPORTED
from reportbot.corpus.normalize import one_line
from reportbot.index.library.jobs import Job
from reportbot.index.library.registry import MIN_ID_PREFIX, DocRecord, safe_name
from reportbot.index.library.served import BuildReport
from telegram import Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest, TelegramError

logger = logging.getLogger(__name__)
EDIT_EVERY = 1.5  # seconds between progress edits of a status message (Telegram's flood limits)
JOBS = "admin_jobs"  # bot_data key: the tasks running admin jobs, cancelled at shutdown


# ---- results as text ------------------------------------------------------
def added_text(record: DocRecord, new: bool, r: BuildReport | None, lang: str) -> str:
    if not new or r is None:
        return t(lang, "already", id=record.id, title=one_line(record.title))
    return t(lang, "added", id=record.id, title=one_line(record.title),
             passages=count(lang, record.passages, "passage"), s=r.seconds,
             embedded=count(lang, r.embedded, "embedded"))


def near_text(twin: DocRecord, lang: str) -> str:
    """The note after an added document that nearly repeats ``twin``."""
    return "\n" + t(lang, "near_copy", id=twin.id, title=one_line(twin.title))


def removed_text(record: DocRecord, r: BuildReport, lang: str) -> str:
    return t(lang, "removed", id=record.id, title=one_line(record.title), passages=count(lang, r.passages, "passage"),
             s=r.seconds)


def reindexed_text(r: BuildReport, lang: str, never_kept: int = 0) -> str:
    """A build's outcome; with the documents read again from their kept files, and the ``never_kept`` ones an older
    reportbot read whose files were never kept (sent again, each is read anew)."""
    said = t(lang, "reindexed", documents=count(lang, r.documents, "document"),
             passages=count(lang, r.passages, "passage"), embedded=count(lang, r.embedded, "embedded"), s=r.seconds)
    if r.read_again:
        said += t(lang, "read_again", documents=count(lang, r.read_again, "document"))
    if never_kept:
        said += t(lang, "never_kept_note", documents=count(lang, never_kept, "document"))
    return said


def failure_text(exc: BaseException, label: str, lang: str) -> str:
    """One line for a job that did not succeed; unexpected failures are logged with their traceback."""
    if isinstance(exc, BuildInProgress):
        return t(lang, "busy")
    if isinstance(exc, DocumentError):
        return t(lang, "refused", reason=str(exc))
    if isinstance(exc, DocumentIdError):
        n = exc.matches if exc.problem == "ambiguous" else MIN_ID_PREFIX
        return t(lang, f"id_{exc.problem}", id=shown_id(exc.doc_id), n=n)
    if isinstance(exc, ReportbotError):
        return str(exc)
    logger.error("%s failed: %s", label, reason(exc, "en"), exc_info=None if known_fault(exc, "en") else exc)
    return t(lang, "failed", label=label, reason=reason(exc, lang))


def shown_id(doc_id: str) -> str:
    """An id as an admin typed it, cut short when it is far longer than any id (a paste gone wrong)."""
    return doc_id if len(doc_id) <= 40 else doc_id[:40] + "…"


def job_label(job: Job, lang: str) -> str:
    return t(lang, "reindexing") if job.kind == "reindex" else t(lang, "adding" if job.kind == "add" else "removing",
                                                                   name=job.name)


# ---- the status message -----------------------------------------------------
class StatusMessage:
    """One message per job: progress edits (thread-safe, at most every EDIT_EVERY s), then the outcome."""

    def __init__(self, message: Message, label: str, loop: asyncio.AbstractEventLoop):
        self.message, self.label, self.loop = message, label, loop
        self.last = 0.0
        self._edit_in_flight: concurrent.futures.Future | None = None

    @classmethod
    async def send(cls, reply_to: Message, label: str) -> StatusMessage:
        message = await reply_to.reply_text(f"{label}…", do_quote=True)
        return cls(message, label, asyncio.get_running_loop())

    def origin(self, lang: str) -> dict:
        """Where a restart reports this job if the process dies before it ends."""
        return {"chat_id": self.message.chat_id, "message_id": self.message.message_id, "lang": lang}

    async def _edit(self, text: str) -> None:
        try:
            await self.message.edit_text(text[:4000])
        except BadRequest:
            pass  # "message is not modified"

    def progress(self, done: int, total: int) -> None:
        now = time.monotonic()
        if total == 0 or (now - self.last < EDIT_EVERY and done < total):
            return
        self.last = now
        self._edit_in_flight = asyncio.run_coroutine_threadsafe(self._edit(f"{self.label} {done}/{total}"), self.loop)

    async def finish(self, text: str) -> None:
        """The last edit: the result or the reason (a new message if the status cannot be edited)."""
        if self._edit_in_flight is not None:  # a late progress edit must not overwrite the outcome
            await asyncio.wait([asyncio.wrap_future(self._edit_in_flight)], timeout=10)
        try:
            await self.message.edit_text(text[:4000])
        except TelegramError:
            await self.message.reply_text(text[:4000])


async def in_daemon_thread(fn: Callable, *args):
    """Run ``fn`` in a daemon thread and await its result (a shutdown does not wait for it)."""
    loop = asyncio.get_running_loop()
    future: concurrent.futures.Future = concurrent.futures.Future()

    def run() -> None:
        try:
            future.set_result(fn(*args))
        except BaseException as exc:  # noqa: BLE001 - handed to the awaiting task
            future.set_exception(exc)

    threading.Thread(target=run, daemon=True, name="reportbot-build").start()
    return await asyncio.wrap_future(future, loop=loop)


async def run_job(update: Update, context: BotContext, label: str, work: Callable[..., str]) -> None:
    """Run ``work(progress, origin) -> result text`` with one status message that ends in its outcome."""
    lang = user_lang(update.effective_user)
    status = await StatusMessage.send(update.effective_message, label)
    jobs: set = context.bot_data.setdefault(JOBS, set())
    jobs.add(asyncio.current_task())
    try:
        text = await in_daemon_thread(work, status.progress, status.origin(lang))
    except asyncio.CancelledError:
        await status.finish(t(lang, "shutdown", label=label))
        raise
    except Exception as exc:  # noqa: BLE001 - every job ends in a result or a reason
        text = failure_text(exc, label, lang)
    finally:
        jobs.discard(asyncio.current_task())
    await status.finish(text)


# ---- handlers ----------------------------------------------------------------
async def on_not_admin(update: Update, context: BotContext) -> None:
    """A non-admin used an admin command or sent a file where only admins may: refuse, change nothing. A command is
    named (/docs and /unanswered change nothing, yet they are an admin's too), with a pointer to what a user can do."""
    message, lang = update.effective_message, user_lang(update.effective_user)
    command = (message.text or "").split(maxsplit=1)[0].partition("@")[0] if message.text else ""
    text = t(lang, "admin_only", command=command[:40]) if command.startswith("/") else t(lang, "not_admin")
    await message.reply_text(text, do_quote=True)


async def on_add_usage(update: Update, context: BotContext) -> None:
    """An admin's /add with no file: say how to add one (not "only admins", which would read as a refusal)."""
    await update.effective_message.reply_text(t(user_lang(update.effective_user), "add_usage"), do_quote=True)


async def on_add_not_file(update: Update, context: BotContext) -> None:
    """An admin's photo, voice note or video with /add as its caption: only files are added (nothing changes)."""
    await update.effective_message.reply_text(t(user_lang(update.effective_user), "add_not_file",
                                                types=", ".join(SUPPORTED)), do_quote=True)


async def on_docs(update: Update, context: BotContext) -> None:
    service = context.service
    records = await asyncio.to_thread(service.documents, service.visible_to(update.effective_chat.id))
    never_kept = await asyncio.to_thread(service.never_kept, records)
    for page in format_docs(records, user_lang(update.effective_user), never_kept):
        await update.effective_message.reply_html(page)


async def on_reindex(update: Update, context: BotContext) -> None:
    lang, service = user_lang(update.effective_user), context.service

    def work(progress, origin) -> str:
        report = service.reindex(progress, wait=False, origin=origin)
        return reindexed_text(report, lang, len(service.never_kept(service.documents())))
    await run_job(update, context, t(lang, "reindexing"), work)


async def on_remove(update: Update, context: BotContext) -> None:
    lang, service = user_lang(update.effective_user), context.service
    if not context.args:
        await update.effective_message.reply_text(t(lang, "remove_usage"))
        return
    doc_id = context.args[0]

    def work(progress, origin) -> str:
        return removed_text(*service.remove(doc_id, progress, origin), lang)
    await run_job(update, context, t(lang, "removing", name=shown_id(doc_id)), work)


def upload_name(file_name: str | None, mime_type: str | None) -> str:
    """The name a sent file is known by: its own without folders or control characters, cut to 120 characters
    keeping its type (a 300-character name, ``../../notes.txt``), or one its content type gives when it has none."""
    if not file_name:
        return "document" + (mimetypes.guess_extension(mime_type or "") or ".txt")
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, ext = name.rpartition(".")
    if dot and 0 < len(ext) <= 10 and len(name) > 120:
        name = f"{stem[:100]}.{ext}"
    return safe_name(name)


def upload_refusal(name: str, size: int | None, lang: str) -> str | None:
    """Why a file is refused before it is downloaded (type, Telegram's download limit), or None."""
    if not name.lower().endswith(SUPPORTED):
        return t(lang, "unsupported", name=name, types=", ".join(SUPPORTED))
    if (size or 0) > MAX_FILE_BYTES:
        return t(lang, "too_big", mb=size / 1e6, limit=MAX_FILE_BYTES // 10**6)
    return None


async def on_document(update: Update, context: BotContext) -> None:
    """An admin's file: check its size and type before downloading, then add and reindex."""
    message, user, service = update.effective_message, update.effective_user, context.service
    lang, doc = user_lang(user), message.document
    name = upload_name(doc.file_name, doc.mime_type)
    if refusal := upload_refusal(name, doc.file_size, lang):
        await message.reply_text(refusal, do_quote=True)
        return
    data = bytes(await (await doc.get_file()).download_as_bytearray())
    group = message.chat_id if message.chat.type != ChatType.PRIVATE else None  # joins the group's scope

    def work(progress, origin) -> str:
        record, new, report = service.add(data, name, user.username or str(user.id), progress, origin, group)
        twin = service.resembles(record, service.visible_to(message.chat_id)) if new else None
        return added_text(record, new, report, lang) + (near_text(twin, lang) if twin is not None else "")
    await run_job(update, context, t(lang, "adding", name=name), work)
