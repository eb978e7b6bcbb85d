"""Every text a Telegram user or admin reads, in Chinese (simplified; traditional with Taiwan's or Hong Kong's
wording) and English, and the refusal the CLI prints (the /help reply is :mod:`.help_text`; which language a reply
is in, :mod:`.languages`).

``t(lang, key, **values)`` picks a text; ``count(lang, n, noun)`` spells a number with its
noun (``1 passage``, ``2 passages``, ``2 段``); ``reason(exc, lang)`` turns a failure into
one line a person can act on. Pure functions, no Telegram imports.
"""
from __future__ import annotations

import errno
import sqlite3

from reportbot.bot.hant import HANT, HK, WithHant, hant_table, to_hant
from reportbot.bot.languages import Lang
from reportbot.corpus.errors import ReportbotError

# the simplified texts in traditional characters (HANT: Taiwan's wording, HK: Hong Kong's; bot/hant.py), made once
LANGS = ("zh", HANT, HK, "en")

REFUSAL = {
    "zh": "文档中没有找到这个问题的答案。",
    "en": "The documents don't cover this question.",
}

TEXT: dict[str, dict[str, str]] = {
    "zh": {
        # answers
        "source": "出处",
        "full": "📄 全段",
        "next": "➡️ 下一段",
        "passage": "第{n}段",
        "page": "第{n}页",
        "header": "标题与作者",
        "gone": "这段内容已不在当前索引中，请重新提问。",
        "stale_button": "这个按钮已失效。",
        "too_long": "问题太长了（最多 {n} 个字），请缩短后再问。",
        "flood": "提问太快了，请 {s} 秒后再试。",
        "error": "抱歉，出错了，请稍后再试。",
        "empty": "请在 /ask 后面写上问题，例如：/ask 有多少支救援队建立了党支部？",
        # /about
        "about_docs": "<b>收录文档</b>",
        "about_index": "共 {passages} · 模型 {model} · 索引时间 {created}",
        "about_pending": "待索引：{names}",
        # admins
        "not_admin": "只有管理员可以修改文档。",
        "admin_only": "只有管理员可以使用 {command}；/help 查看如何提问。",
        "adding": "正在添加 {name}",
        "removing": "正在删除 {name}",
        "reindexing": "正在重建索引",
        "added": "已添加 {id} {title}：{passages}；索引重建用时 {s:.1f} 秒（新嵌入 {embedded}）。",
        "already": "文档已在库中：{id}（{title}），未作改动。",
        "removed": "已删除 {id} {title}。索引：{passages}，用时 {s:.1f} 秒。",
        "reindexed": "索引已重建：{documents}，{passages}（新嵌入 {embedded}），用时 {s:.1f} 秒。",
        "read_again": "其中{documents}按新版从保存的原文件重新读取。",
        "never_kept_note": "{documents}由旧版读取，原文件未保存（/docs 中已标出）：再发一次即按新版读取。",
        "busy": "另一个索引任务正在进行，请稍后再试。",
        "refused": "未添加：{reason}",
        "failed": "{label}：失败，{reason}。文档库未改动。",
        "unsupported": "未添加：{name} 不是支持的文件类型（{types}）。",
        "too_big": "未添加：文件大小 {mb:.1f} MB，机器人最多只能下载 {limit} MB。",
        "remove_usage": "用法：/remove ID（ID 见 /docs，至少 4 个字符）",
        "near_copy": "注意：它与已有的 {id}（{title}）几乎相同；如果是替换，请 /remove {id}。",
        "add_usage": "请直接发送文件（txt、md、docx、pdf、html）；在群里把 /add 写在文件的说明里。",
        "add_not_file": "未添加：只能添加以“文件”方式发送的文档（{types}），图片、语音、视频不行。",
        "unknown_command": "没有 {command} 这个命令；/help 查看用法，问题直接发送即可。",
        "other_bot": "{command} 是发给 @{bot} 的，不是发给我的；这里直接发 {command} 即可。",
        "not_text": "我只读文字消息：请把问题打成文字发给我（/help 查看用法）。",
        "edited": "修改过的消息不会重新回答：请把改好的问题作为新消息发送。",
        "no_docs": "文档库是空的。",
        "id_unknown": "没有 ID 为 {id} 的文档；/docs 列出所有 ID。",
        "id_short": "请至少给出 ID 的 {n} 个字符（{id} 太短）。",
        "id_ambiguous": "{id} 对应 {n} 篇文档，请多写几个字符。",
        "pending_mark": "（待索引）",
        "removing_mark": "（待删除）",
        "unkept_mark": "（旧版读取，原文件未保存：再发一次即按新版读取）",
        "interrupted": "{label}：被重启打断。",
        "resuming": "正在后台继续…",
        "resumed": "重启后已完成：{result}",
        "resume_failed": "重启后仍未完成：{reason}。/reindex 重试，/remove ID 放弃。",
        "nothing_lost": "文档库未改动；如有需要请重新操作。",
        "shutdown": "{label}：因停机中断，重启后将继续。",
        # reasons
        "disk_full": "磁盘已满",
        "read_only": "数据文件夹不可写",
        "no_memory": "内存不足",
        "internal": "内部错误（{kind}），详见日志",
        # votes, unanswered questions, scopes, inline mode (issue 15)
        "vote_thanks": "谢谢反馈！",
        "vote_unsaved": "没能记下这一票：{reason}。",
        "vote_same": "已经记下了。",
        "votes": "👍 {share}%（共 {n} 票）",
        "votes_none": "还没有人评价回答。",
        "unanswered_head": "<b>文档未能回答的问题</b>（最近 {days} 天，共 {n} 次）",
        "unanswered_none": "最近 {days} 天没有文档未能回答的问题。",
        "unanswered_off": "未保存问题（REPORTBOT_KEEP_UNANSWERED 已关闭）。",
        "forgotten": "已删除保存的问题：{n} 条。",
        "scope_usage": "用法（在群里）：/scope add ID…，/scope list，/scope all",
        "scope_group_only": "范围按群设置：请在群里发送 /scope。",
        "scope_now": "本群只根据这些文档回答：\n{docs}",
        "scope_none": "本群没有设定范围：检索所有未被其他群专用的文档。",
        "scope_all": "已取消本群的范围：本群检索所有未被其他群专用的文档，本群的文档对所有人可见。",
        "inline_refused": "文档中没有找到答案",
    },
    "en": {
        "source": "Source",
        "full": "📄 Full paragraph",
        "next": "➡️ Next passage",
        "passage": "paragraph {n}",
        "page": "page {n}",
        "header": "title and author",
        "gone": "That passage is no longer in the index; please ask again.",
        "stale_button": "This button no longer works.",
        "too_long": "That question is too long (at most {n} characters); please shorten it.",
        "flood": "You're asking very fast; please try again in {s} s.",
        "error": "Sorry, something went wrong. Please try again later.",
        "empty": "Put your question after /ask, for example: /ask how many rescue teams have Party branches",
        "about_docs": "<b>Documents</b>",
        "about_index": "{passages} · model {model} · indexed {created}",
        "about_pending": "Waiting to be indexed: {names}",
        "not_admin": "Only admins can change the documents.",
        "admin_only": "Only admins can use {command}; /help shows how to ask.",
        "adding": "Adding {name}",
        "removing": "Removing {name}",
        "reindexing": "Reindexing",
        "added": "Added {id} {title}: {passages}; index rebuilt in {s:.1f} s ({embedded}).",
        "already": "Already in the corpus as {id} ({title}); nothing changed.",
        "removed": "Removed {id} {title}. Index: {passages}, {s:.1f} s.",
        "reindexed": "Reindexed {documents}, {passages} ({embedded}) in {s:.1f} s.",
        "read_again": " Read again from their kept files: {documents}.",
        "never_kept_note": " Read by an older version, with no kept file: {documents} (marked in /docs; send each "
                           "again to read it anew).",
        "busy": "A reindex is already running; try again when it is done.",
        "refused": "Not added: {reason}",
        "failed": "{label} failed: {reason}. The documents are unchanged.",
        "unsupported": "Not added: {name} is not a supported type ({types}).",
        "too_big": "Not added: the file is {mb:.1f} MB; bots can download at most {limit} MB.",
        "remove_usage": "Usage: /remove ID (see /docs; at least 4 characters of the id)",
        "near_copy": "Note: it nearly repeats {id} ({title}); /remove {id} if it replaces that one.",
        "add_usage": "Send the file itself (txt, md, docx, pdf, html); in a group, with /add as its caption.",
        "add_not_file": "Not added: only documents sent as a file can be added ({types}), not a photo, voice or video.",
        "unknown_command": "There is no {command} command; /help shows how to ask. Just send your question.",
        "other_bot": "{command} is addressed to @{bot}, not to me; here, send {command} alone.",
        "not_text": "I read text messages only: send your question as text (/help shows how).",
        "edited": "I don't answer edits again: send the corrected question as a new message.",
        "no_docs": "No documents.",
        "id_unknown": "No document has the id {id}; /docs lists the ids.",
        "id_short": "Give at least {n} characters of the id ({id} is too short).",
        "id_ambiguous": "{id} matches {n} documents; give more of the id.",
        "pending_mark": " (pending)",
        "removing_mark": " (being removed)",
        "unkept_mark": " (read by an older version, file not kept: send it again to read it anew)",
        "interrupted": "{label}: interrupted by a restart.",
        "resuming": "Finishing it in the background…",
        "resumed": "Finished after the restart: {result}",
        "resume_failed": "Still not done after the restart: {reason}. /reindex retries, /remove ID drops it.",
        "nothing_lost": "Nothing changed; send it again if you still want it.",
        "shutdown": "{label}: stopped by a shutdown; it finishes after the restart.",
        "disk_full": "the disk is full",
        "read_only": "the data folder is not writable",
        "no_memory": "out of memory",
        "internal": "an internal error ({kind}); the log has the details",
        "vote_thanks": "Thanks for the feedback!",
        "vote_unsaved": "Your vote was not saved: {reason}.",
        "vote_same": "Already noted.",
        "votes": "👍 {share}% of {n} votes",
        "votes_none": "No answer has been rated yet.",
        "unanswered_head": "<b>Questions the documents could not answer</b> (last {days} days, {n} in all)",
        "unanswered_none": "No unanswered questions in the last {days} days.",
        "unanswered_off": "Questions are not kept (REPORTBOT_KEEP_UNANSWERED is off).",
        "forgotten": "Deleted {n} kept questions.",
        "scope_usage": "Usage (in a group): /scope add ID…, /scope list, /scope all",
        "scope_group_only": "Scopes belong to groups: send /scope in the group.",
        "scope_now": "This group answers only from:\n{docs}",
        "scope_none": "This group has no scope: it searches every document not scoped to another group.",
        "scope_all": "Scope lifted: this group searches every document not scoped to another group, "
                     "and its own documents are everyone's again.",
        "inline_refused": "The documents don't cover this question",
    },
}

NOUNS = {
    "en": {"passage": ("passage", "passages"), "document": ("document", "documents"),
           "embedded": ("text embedded", "texts embedded")},
    "zh": {"passage": "段", "document": "篇文档", "embedded": "条"},
}


REFUSAL = WithHant(REFUSAL, to_hant)
TEXT = WithHant(TEXT, hant_table)
NOUNS = WithHant(NOUNS, hant_table)


def t(lang: Lang, key: str, **values) -> str:
    return TEXT.get(lang, TEXT["en"])[key].format(**values)


def count(lang: Lang, n: int, noun: str) -> str:
    """``n`` with its noun: ``1 passage``, ``16 passages``, ``16 段``."""
    if lang in NOUNS and lang != "en":
        return f"{n} {NOUNS[lang][noun]}"
    one, many = NOUNS["en"][noun]
    return f"{n} {one if n == 1 else many}"


def known_fault(exc: BaseException, lang: Lang) -> str | None:
    """The plain words for a fault of the machine (full disk, read-only folder, no memory), else None."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return t(lang, "disk_full")
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return t(lang, "read_only")
    if isinstance(exc, sqlite3.OperationalError) and "full" in str(exc):
        return t(lang, "disk_full")
    if isinstance(exc, sqlite3.OperationalError) and ("readonly" in str(exc) or "unable to open" in str(exc)):
        return t(lang, "read_only")
    if isinstance(exc, MemoryError):
        return t(lang, "no_memory")
    return None


def reason(exc: BaseException, lang: Lang) -> str:
    """One line saying why a job failed: the user's own words for known faults, the error's kind otherwise."""
    if isinstance(exc, ReportbotError):
        return str(exc)
    return known_fault(exc, lang) or t(lang, "internal", kind=type(exc).__name__)
