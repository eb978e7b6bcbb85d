"""Reply latency through the fake Bot API, and answers per second with 50 chats asking at once.

    python bench/telegram_bench.py [DATA_DIR]

Targets (issue 5): reply p50 under 50 ms; at least 50 answers a second. Measured twice: with
python-telegram-bot's AIORateLimiter (Telegram's own flood limits: about 30 messages a second
overall and 1 a second per chat, so this caps throughput by design) and without it.
"""
from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

from _common import SEEDS, summary_ms
from reportbot.testing.fakebotapi import TOKEN, FakeBotAPI  # noqa: E402

QUESTIONS = ["有多少支救援队建立了党支部？", "how many rescue teams have Party branches", "募集了多少社会捐赠款物？",
             "这篇综述的作者是谁？", "What is the capital of France?"]


async def run(data: Path, limiter: bool) -> None:
    import telegram.ext
    from reportbot.bot.app import build_application
    from reportbot.bot.settings import Settings
    from reportbot.index.library.service import QAService

    svc = QAService(data, SEEDS)
    api = FakeBotAPI()
    await api.start()
    settings = Settings(data_dir=data, seeds_dir=SEEDS, token=TOKEN, base_url=api.base_url,
                        base_file_url=api.base_file_url, user_rate=1000)
    original = telegram.ext.ApplicationBuilder.rate_limiter
    if not limiter:
        telegram.ext.ApplicationBuilder.rate_limiter = lambda self, _: self  # measure the pipeline alone
    try:
        app = build_application(settings, svc)
    finally:
        telegram.ext.ApplicationBuilder.rate_limiter = original
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        # one question at a time: latency from update pushed to reply received
        lat = []
        for i in range(40):
            before = len(api.sent)
            t0 = time.perf_counter()
            api.push_message(api.chat(500 + i), api.user(500 + i), QUESTIONS[i % len(QUESTIONS)])
            await api.wait_for(lambda s: len(s) > before, 30)
            lat.append(time.perf_counter() - t0)
        # 50 chats x 5 questions at once
        before = len([m for m in api.sent if m["method"] == "sendMessage"])
        t0 = time.perf_counter()
        for c in range(50):
            for q in QUESTIONS:
                api.push_message(api.chat(10_000 + c), api.user(10_000 + c), q)
        await api.wait_for(lambda s: len([m for m in s if m["method"] == "sendMessage"]) >= before + 250, 300)
        took = time.perf_counter() - t0
        label = "with AIORateLimiter" if limiter else "without rate limiter"
        print(f"{label}: reply latency {summary_ms(lat)}")
        print(f"{label}: 250 questions from 50 chats answered in {took:.1f} s = {250 / took:.0f} answers/s")
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await api.stop()


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "data"
    for limiter in (False, True):
        asyncio.run(run(data, limiter))


if __name__ == "__main__":
    main()
