"""The payloads of the fake Bot API, as plain functions: the updates a test pushes (a user, a chat, a message) and
what each Bot API method returns and records of what the bot sent."""
from __future__ import annotations

import time

BOT_ID = 7000001
BOT_USERNAME = "reportbot_test"
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "ReportBot", "username": BOT_USERNAME}


def user(uid: int, lang: str = "en", first: str = "User") -> dict:
    """A Telegram user who writes to the bot."""
    return {"id": uid, "is_bot": False, "first_name": first, "language_code": lang}


def chat(cid: int, kind: str = "private") -> dict:
    """A chat: private (with a first name) or a group of any kind (with a title)."""
    return {"id": cid, "type": kind, **({"title": "Group"} if kind != "private" else {"first_name": "U"})}


def message(message_id: int, chat: dict, user: dict | None, text: str | None = None, **extra) -> dict:
    """A message as Telegram delivers it; a text starting with "/" carries its command's entity."""
    msg = {"message_id": message_id, "date": int(time.time()), "chat": chat, **extra}
    if user is not None:
        msg["from"] = user
    if text is not None:
        msg["text"] = text
        if text.startswith("/"):
            cmd = text.split()[0]
            msg.setdefault("entities", [{"type": "bot_command", "offset": 0, "length": len(cmd)}])
    return msg


def thread(p: dict) -> int | None:
    """The forum topic a message or chat action was sent to (None: the chat itself, or a forum's General)."""
    return int(p["message_thread_id"]) if p.get("message_thread_id") not in (None, "") else None


def message_result(p: dict, text: str, message_id: int) -> dict:
    """The Message a sendMessage or editMessageText returns: the bot's, in the chat it was sent to."""
    chat_id = int(p["chat_id"])
    return {"message_id": message_id, "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": {**BOT_USER}, "text": text}


def sent_message(p: dict, message_id: int) -> dict:
    """What a test reads of a sendMessage: its chat, text, markup, the message it replies to and its topic."""
    reply = p.get("reply_parameters") or {}
    return {"method": "sendMessage", "chat_id": int(p["chat_id"]), "text": p.get("text", ""),
            "parse_mode": p.get("parse_mode"), "reply_markup": p.get("reply_markup"),
            "reply_to": reply.get("message_id") if isinstance(reply, dict) else None,
            "message_id": message_id, "thread": thread(p)}


def file_info(file_id: str, size: int) -> dict:
    """The File a getFile returns, its path under the file download URL."""
    return {"file_id": file_id, "file_unique_id": file_id, "file_size": size, "file_path": f"documents/{file_id}"}
