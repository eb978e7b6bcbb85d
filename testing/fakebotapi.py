"""A fake Telegram Bot API over HTTP on 127.0.0.1, for driving the real Application.

It speaks enough of the Bot API for the bot: getMe, getUpdates (long polling, with
Telegram's offset rule: an update below the offset asked for is gone for good),
sendMessage (with its topic), editMessageText, sendChatAction, answerCallbackQuery, answerInlineQuery,
getFile and file downloads; anything else answers ``true``. Tests push updates in and read
what the bot sent.
"""
from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time

from aiohttp import web

BOT_ID = 7000001
BOT_USERNAME = "reportbot_test"
TOKEN = "7000001:TESTtokenTESTtokenTESTtokenTESTtoken00"
MAX_TEXT = 4096  # characters of a message once its entities are parsed
# how long a test waits for the bot before it calls it hung: long, because it times nothing (a wait ends as soon as
# what it waits for is sent) and a start on a loaded 2-core machine can take minutes
PATIENCE = 600.0
# Telegram's HTML: these tags (and <span class="tg-spoiler">, <a href>, <tg-emoji>) and the four named entities
TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
        "blockquote", "tg-emoji"}
_PIECE = re.compile(r"<(/?)([a-z-]+)(?:\s[^<>]*)?>|&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);|[<>&]")


def telegram_refusal(text: str, parse_mode: str | None) -> str | None:
    """What Telegram answers "Bad Request: …" to a message text, or None when it takes it.

    Telegram refuses an empty text, more than MAX_TEXT characters after entity parsing and, in HTML, an
    unknown tag, a tag left open or closed out of order, and a bare <, > or & (it must be escaped).
    """
    shown = text
    if parse_mode == "HTML":
        stack: list[str] = []
        for m in _PIECE.finditer(text):
            if m.group(2) is None:
                if m.group(0) in "<>&":
                    return f"can't parse entities: unexpected {m.group(0)!r} at offset {m.start()}"
                continue
            closing, tag = m.group(1), m.group(2)
            if tag not in TAGS:
                return f"can't parse entities: unsupported start tag \"{tag}\""
            if not closing:
                stack.append(tag)
            elif not stack or stack.pop() != tag:
                return f"can't parse entities: can't find end tag corresponding to start tag \"{tag}\""
        if stack:
            return f"can't parse entities: can't find end tag corresponding to start tag \"{stack[-1]}\""
        shown = html.unescape(re.sub(r"<[^<>]+>", "", text))
    if not shown.strip():
        return "message text is empty"
    if len(shown) > MAX_TEXT:
        return "message is too long"
    return None


def _thread(p: dict) -> int | None:
    """The forum topic a message or chat action was sent to (None: the chat itself, or a forum's General)."""
    return int(p["message_thread_id"]) if p.get("message_thread_id") not in (None, "") else None


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
    @staticmethod
    def user(uid: int, lang: str = "en", first: str = "User") -> dict:
        return {"id": uid, "is_bot": False, "first_name": first, "language_code": lang}

    @staticmethod
    def chat(cid: int, kind: str = "private") -> dict:
        return {"id": cid, "type": kind, **({"title": "Group"} if kind != "private" else {"first_name": "U"})}

    def message(self, chat: dict, user: dict | None, text: str | None = None, **extra) -> dict:
        msg = {"message_id": next(self._message_ids), "date": int(time.time()), "chat": chat, **extra}
        if user is not None:
            msg["from"] = user
        if text is not None:
            msg["text"] = text
            if text.startswith("/"):
                cmd = text.split()[0]
                msg.setdefault("entities", [{"type": "bot_command", "offset": 0, "length": len(cmd)}])
        return msg

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
        return {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot", "username": BOT_USERNAME,
                "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}

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

    def _message_result(self, p: dict, text: str) -> dict:
        chat_id = int(p["chat_id"])
        return {"message_id": next(self._message_ids), "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
                "from": {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot", "username": BOT_USERNAME},
                "text": text}

    async def api_sendMessage(self, p):
        result = self._message_result(p, p.get("text", ""))
        reply = p.get("reply_parameters") or {}
        await self._record({"method": "sendMessage", "chat_id": int(p["chat_id"]), "text": p.get("text", ""),
                            "parse_mode": p.get("parse_mode"), "reply_markup": p.get("reply_markup"),
                            "reply_to": reply.get("message_id") if isinstance(reply, dict) else None,
                            "message_id": result["message_id"], "thread": _thread(p)})
        return result

    async def api_sendChatAction(self, p):
        await self._record({"method": "sendChatAction", "chat_id": int(p["chat_id"]), "action": p.get("action"),
                            "thread": _thread(p)})
        return True

    async def api_editMessageText(self, p):
        result = self._message_result(p, p.get("text", ""))
        result["message_id"] = int(p.get("message_id", 0))
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
        file_id = p["file_id"]
        return {"file_id": file_id, "file_unique_id": file_id, "file_size": len(self.files.get(file_id, b"")),
                "file_path": f"documents/{file_id}"}

    async def api_getMyCommands(self, p):
        return []
