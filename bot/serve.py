"""``reportbot serve``: connect (retrying), poll or take webhooks, finish what a crash left, stop cleanly.

The lifecycle is written out rather than left to ``Application.run_polling`` so that an
unreachable Bot API is retried with backoff (one log line per attempt), a rejected token
is one line, and admin jobs a restart interrupted are finished in the background and
reported to whoever started them, while the last good index answers at once; then an index
whose documents another reportbot's passage cutting cut is rebuilt from their stored texts,
in the background too (:func:`recut`).
"""
from __future__ import annotations

import asyncio
import logging
import signal
import threading
from dataclasses import dataclass

from reportbot.bot.admin import JOBS, in_daemon_thread, job_label, reindexed_text
from reportbot.bot.logs import LogProgress
from reportbot.bot.messages import count, known_fault, reason, t
from reportbot.bot.settings import Settings
from reportbot.corpus.errors import SettingsError
from reportbot.index.library.cutting import recut_note
from reportbot.index.library.jobs import Job
from reportbot.index.library.served import BuildReport
from reportbot.index.library.service import QAService
from reportbot.index.library.warm import warm_up
from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.ext import Application

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Retry:
    """Backoff while the Bot API cannot be reached at start: 1 s, 2 s, 4 s … up to a minute."""

    first: float = 1.0
    factor: float = 2.0
    most: float = 60.0


async def _stopped(stop: asyncio.Event, seconds: float) -> bool:
    try:
        await asyncio.wait_for(stop.wait(), seconds)
        return True
    except TimeoutError:
        return False


async def connect(app: Application, stop: asyncio.Event, retry: Retry = Retry()) -> bool:
    """Initialise the application, retrying while Telegram is unreachable; False if stopped meanwhile.

    Raises:
        SettingsError: Telegram rejected the token (the message does not repeat it).
    """
    delay, attempt = retry.first, 0
    while True:
        attempt += 1
        try:
            await app.initialize()
            return True
        except InvalidToken:
            raise SettingsError("the token was rejected by Telegram; check TELEGRAM_BOT_TOKEN") from None
        except NetworkError as exc:
            logger.warning("cannot reach the Telegram Bot API (attempt %d: %s); retrying in %.0f s",
                           attempt, exc.message, delay)
        if await _stopped(stop, delay):
            return False
        delay = min(delay * retry.factor, retry.most)


async def _tell(app: Application, job: Job, text: str) -> None:
    """Edit the status message of an interrupted job (where the bot recorded one)."""
    chat, message = job.origin.get("chat_id"), job.origin.get("message_id")
    if chat is None or message is None:
        return
    try:
        await app.bot.edit_message_text(text[:4000], chat_id=chat, message_id=message)
    except TelegramError as exc:
        logger.warning("could not report an interrupted job to its admin: %s", exc)


async def finish_interrupted(app: Application, service: QAService) -> None:
    """Tell admins about jobs a restart interrupted; build what they left pending, in the background."""
    jobs = await asyncio.to_thread(service.interrupted)
    pending = service.pending()
    head = {j.id: t(j.origin.get("lang", "en"), "interrupted", label=job_label(j, j.origin.get("lang", "en")))
            for j in jobs}
    for job in jobs:
        lang = job.origin.get("lang", "en")
        logger.info("interrupted by a restart: %s (started %s)", job_label(job, "en"), job.started)
        await _tell(app, job, f"{head[job.id]} {t(lang, 'resuming' if pending else 'nothing_lost')}")
    if pending:
        logger.info("resuming: %s waiting to be indexed; the index of %s answers meanwhile",
                    count("en", len(pending), "document"), service.about().created)
        try:
            report = await in_daemon_thread(service.resume, LogProgress("resuming"))
            logger.info("resumed build done: %s", reindexed_text(report, "en"))
            outcome = lambda lang: t(lang, "resumed", result=reindexed_text(report, lang))  # noqa: E731
        except Exception as exc:  # noqa: BLE001 - the old index keeps serving; health says degraded
            trace = None if known_fault(exc, "en") else exc  # a full disk needs no traceback
            logger.warning("resuming the build failed: %s", reason(exc, "en"), exc_info=trace)
            failure = exc  # the name ``exc`` is unbound once the block ends
            outcome = lambda lang: t(lang, "resume_failed", reason=reason(failure, lang))  # noqa: E731
        for job in jobs:
            await _tell(app, job, f"{head[job.id]} {outcome(job.origin.get('lang', 'en'))}")
    for job in jobs:
        service.forget(job)  # reported: a restart from here on does not report it again


async def recut(service: QAService) -> BuildReport | None:
    """Rebuild the index from the documents' stored texts when another reportbot's passage cutting cut them
    (``index/library/cutting.py``), as /reindex does: in a daemon thread, under the data folder's lock (one build
    at a time), its progress logged, the embedding cache keeping unchanged passages from being embedded again; the
    service switches to it when done and the index it has answers meanwhile. A folder that cannot be written keeps
    answering from that index, and the log says so once. None when nothing was rebuilt."""
    version = service.cut_otherwise()
    if version is None:
        return None
    root, created = service.library.root, service.about().created
    logger.info("the index of %s: its %s; re-reading them in the background, the index of %s answers meanwhile",
                root, recut_note(version), created)
    try:
        report = await in_daemon_thread(service.reindex, LogProgress("re-cutting"), True)
    except Exception as exc:  # noqa: BLE001 - the old index keeps serving; health says degraded
        trace = None if known_fault(exc, "en") else exc  # a read-only folder needs no traceback
        logger.warning("could not rebuild the index of %s from the stored texts (%s): it answers from the index it "
                       "has, whose %s", root, reason(exc, "en"), recut_note(version), exc_info=trace)
        return None
    logger.info("re-read the documents of %s: %s", root, reindexed_text(report, "en"))
    return report


async def after_start(app: Application, service: QAService) -> None:
    """What ``serve`` leaves to the background once it answers, one build after the other: the jobs a restart
    interrupted (:func:`finish_interrupted`), then the documents another passage cutting cut (:func:`recut`)."""
    await finish_interrupted(app, service)
    await recut(service)


async def _start_updates(app: Application, settings: Settings) -> None:
    if settings.webhook_url:
        await app.updater.start_webhook(listen=settings.webhook_listen, port=settings.webhook_port,
                                        url_path="telegram", webhook_url=settings.webhook_url.rstrip("/") + "/telegram",
                                        secret_token=settings.webhook_secret, allowed_updates=Update.ALL_TYPES,
                                        bootstrap_retries=-1)
    else:
        await app.updater.start_polling(allowed_updates=Update.ALL_TYPES, bootstrap_retries=-1,
                                        error_callback=lambda exc: logger.warning("polling: %s", exc))


async def _shutdown(app: Application, background: asyncio.Task | None) -> None:
    for task in [*app.bot_data.get(JOBS, ()), background]:
        if task is not None and not task.done():
            task.cancel()  # their builds are in daemon threads: the next start finishes them
    if app.updater and app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()


async def serve(app: Application, service: QAService, settings: Settings, stop: asyncio.Event,
                retry: Retry = Retry()) -> None:
    """Run the bot until ``stop`` is set."""
    if not await connect(app, stop, retry):
        return
    background = None
    try:
        if app.post_init:
            await app.post_init(app)
        await _start_updates(app, settings)
        await app.start()
        about = service.about()
        logger.info("serving %s, %s (index of %s)", count("en", len(about.documents), "document"),
                    count("en", about.passages, "passage"), about.created)
        background = asyncio.create_task(after_start(app, service))
        threading.Thread(target=warm_up, args=(service,), name="warm-up", daemon=True).start()
        await stop.wait()
    finally:
        await _shutdown(app, background)


def run(settings: Settings, service: QAService) -> int:
    """Run the bot until SIGINT or SIGTERM: long polling, or a webhook when WEBHOOK_URL is set."""
    from reportbot.bot.app import build_application

    async def main() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await serve(build_application(settings, service), service, settings, stop)

    asyncio.run(main())
    return 0
