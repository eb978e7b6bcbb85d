"""A fake Telegram Bot API over HTTP on 127.0.0.1, for driving the real Application.

It speaks enough of the Bot API for the bot: getMe, getUpdates (long polling, with
Telegram's offset rule: an update below the offset asked for is gone for good),
sendMessage (with its topic), editMessageText, sendChatAction, answerCallbackQuery, answerInlineQuery,
getFile and file downloads; anything else answers ``true``. Tests push updates in and read
what the bot sent. A text Telegram would refuse is refused (``telegram_text``); the updates pushed and the
payloads answered are built by plain functions (``bot_api_payloads``).
"""
from __future__ import annotations

import asyncio
import itertools
import json
import time

from aiohttp import web
from reportbot.testing import bot_api_payloads as payloads
from reportbot.testing.bot_api_payloads import BOT_ID, BOT_USER, BOT_USERNAME
from reportbot.testing.telegram_text import telegram_refusal

__all__ = ["BOT_ID", "BOT_USERNAME", "PATIENCE", "TOKEN", "FakeBotAPI"]

TOKEN = "7000001:TESTtokenTESTtokenTESTtokenTESTtoken00"
# how long a test waits for the bot before it calls it hung: long, because it times nothing (a wait ends as soon as
# what it waits for is sent) and a start on a loaded 2-core machine can take minutes
PATIENCE = 600.0


class FakeBotAPI:
    def __init__(self):
        self.updates: list[dict] = []
        self.sent: list[dict] = []       # every sendMessage / editMessageText, in order
        self.calls: list[str] = []       # method names called
        self.rejected: list[dict] = []   # messages refused as Telegram would (see telegram_refusal)
        self.files: dict[str, bytes] = {}
        self.confirmed = 0               # the highest update id confirmed by a getUpdates offset
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._new = asyncio.Event()
        self._changed = asyncio.Condition()
        self.runner: web.AppRunner | None = None
        self.port = 0
        self._closing = False

    # ---- lifecycle ----------------------------------------------------
    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._method)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)
        self.runner = web.AppRunner(app, access_log=None)
        await self.runner.setup()
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self._closing = True  # a long poll still waiting answers now: cleanup waits for every open request
        self._new.set()
        if self.runner:
            await self.runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # ---- building updates ---------------------------------------------
    user = staticmethod(payloads.user)
    chat = staticmethod(payloads.chat)

    def message(self, chat: dict, user: dict | None, text: str | None = None, **extra) -> dict:
        return payloads.message(next(self._message_ids), chat, user, text, **extra)

    def push(self, update: dict) -> dict:
        update = {"update_id": next(self._update_ids), **update}
        self.updates.append(update)
        self._new.set()
        return update

    def push_message(self, chat: dict, user: dict | None, text: str | None = None, **extra) -> dict:
        msg = self.message(chat, user, text, **extra)
        self.push({"message": msg})
        return msg

    def push_callback(self, user: dict, message: dict, data: str) -> str:
        query_id = f"q{next(self._update_ids)}"
        self.push({"callback_query": {"id": query_id, "from": user, "message": message,
                                      "chat_instance": "1", "data": data}})
        return query_id

    def callback_answers(self) -> dict[str, str]:
        """answerCallbackQuery calls: query id -> the text shown ("" for none)."""
        return {s["id"]: s["text"] for s in self.sent if s["method"] == "answerCallbackQuery"}

    def push_inline_query(self, user: dict, query: str) -> str:
        """An inline query ("@bot question" typed in any chat); returns its id."""
        query_id = f"iq{next(self._update_ids)}"
        self.push({"inline_query": {"id": query_id, "from": user, "query": query, "offset": ""}})
        return query_id

    def inline_answers(self, query_id: str) -> list[dict]:
        return [s for s in self.sent if s["method"] == "answerInlineQuery" and s["inline_query_id"] == query_id]

    def add_file(self, file_id: str, data: bytes) -> None:
        self.files[file_id] = data

    # ---- waiting ------------------------------------------------------
    async def wait_for(self, predicate, within: float = PATIENCE) -> list[dict]:
        """Wait until ``predicate(self.sent)`` is true, at most ``within`` seconds; return the sent list.

        ``within`` guards against a hang, it times nothing: a wait returns as soon as the predicate holds."""
        deadline = time.monotonic() + within
        async with self._changed:
            while not predicate(self.sent):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out; sent so far: {[s.get('text', '')[:60] for s in self.sent]}")
                try:
                    await asyncio.wait_for(self._changed.wait(), left)
                except TimeoutError:
                    pass
        return self.sent

    async def quiet(self, seconds: float = 0.5) -> None:
        """Let the bot run a while (to check that it sends nothing)."""
        await asyncio.sleep(seconds)

    def replies_to(self, chat_id: int) -> list[dict]:
        return [s for s in self.sent if s["method"] == "sendMessage" and int(s["chat_id"]) == chat_id]

    # ---- HTTP ---------------------------------------------------------
    async def _params(self, request: web.Request) -> dict:
        if request.content_type == "application/json":
            return await request.json()
        form = await request.post()
        out = {}
        for k, v in form.items():
            if hasattr(v, "file"):
                out[k] = v.file.read()
                continue
            try:
                out[k] = json.loads(v) if isinstance(v, str) and v[:1] in "[{" else v
            except ValueError:
                out[k] = v
        return out

    async def _method(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != TOKEN:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        params = await self._params(request)
        self.calls.append(method)
        if method in ("sendMessage", "editMessageText") and (
                refusal := telegram_refusal(str(params.get("text", "")), params.get("parse_mode"))):
            self.rejected.append({"method": method, "text": params.get("text", ""), "why": refusal})
            return web.json_response({"ok": False, "error_code": 400, "description": f"Bad Request: {refusal}"},
                                     status=400)
        handler = getattr(self, f"api_{method}", None)
        result = await handler(params) if handler else True
        return web.json_response({"ok": True, "result": result})

    async def _file(self, request: web.Request) -> web.Response:
        path = request.match_info["path"]
        data = self.files.get(path.rsplit("/", 1)[-1])
        if data is None:
            return web.Response(status=404)
        return web.Response(body=data)

    async def _record(self, entry: dict) -> None:
        async with self._changed:
            self.sent.append(entry)
            self._changed.notify_all()

    # ---- Bot API methods ----------------------------------------------
    async def api_getMe(self, p):
        return {**BOT_USER, "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": True}

    async def api_getUpdates(self, p):
        """Telegram's offset rule: an offset confirms (and forgets) every update below it."""
        offset = int(p.get("offset") or 0)
        self.confirmed = max(self.confirmed, offset - 1)
        limit = int(p.get("limit") or 100)
        timeout = float(p.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        while True:
            ready = [u for u in self.updates if u["update_id"] > self.confirmed]
            if ready or self._closing or time.monotonic() >= deadline:
                return ready[:limit]
            self._new.clear()
            try:
                await asyncio.wait_for(self._new.wait(), max(0.01, deadline - time.monotonic()))
            except TimeoutError:
                pass

    async def api_sendMessage(self, p):
        result = payloads.message_result(p, p.get("text", ""), next(self._message_ids))
        await self._record(payloads.sent_message(p, result["message_id"]))
        return result

    async def api_sendChatAction(self, p):
        await self._record({"method": "sendChatAction", "chat_id": int(p["chat_id"]), "action": p.get("action"),
                            "thread": payloads.thread(p)})
        return True

    async def api_editMessageText(self, p):
        result = payloads.message_result(p, p.get("text", ""), int(p.get("message_id", 0)))
        next(self._message_ids)  # an edit draws an id too, so later messages keep the ids they always had
        await self._record({"method": "editMessageText", "chat_id": int(p["chat_id"]), "text": p.get("text", ""),
                            "message_id": int(p.get("message_id", 0))})
        return result

    async def api_answerCallbackQuery(self, p):
        await self._record({"method": "answerCallbackQuery", "id": p.get("callback_query_id"),
                            "text": p.get("text") or ""})
        return True

    async def api_answerInlineQuery(self, p):
        await self._record({"method": "answerInlineQuery", "inline_query_id": p.get("inline_query_id"),
                            "results": p.get("results") or [], "cache_time": p.get("cache_time")})
        return True

    async def api_getFile(self, p):
        return payloads.file_info(p["file_id"], len(self.files.get(p["file_id"], b"")))

    async def api_getMyCommands(self, p):
        return []
