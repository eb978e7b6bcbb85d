"""The /start and /help reply: what a member can ask and how (:data:`HELP`), and for an admin the admin commands
(:data:`ADMIN_HELP`), in Chinese (traditional made once, bot/hant.py) and English; :func:`help_text` picks them.
Pure, no Telegram imports.
"""
from __future__ import annotations

from reportbot.bot.hant import WithHant, to_hant
from reportbot.bot.languages import Lang

HELP = {
    "zh": ("我回答关于已收录文档的问题（中文或英文），给出简短答案和出处。\n\n"
           "• 私聊：直接发送问题。\n"
           "• 群聊：<code>/ask 问题</code>，或 @我 并写上问题，或回复我的消息。\n"
           "• /about 查看收录的文档。\n\n"
           "例如：<code>/ask 有多少支救援队建立了党支部？</code>"),
    "en": ("I answer questions about the documents I hold, in Chinese or English, with a short answer "
           "and its source.\n\n"
           "• Private chat: just send your question.\n"
           "• Groups: <code>/ask your question</code>, mention me with the question, or reply to my message.\n"
           "• /about shows the documents I answer from.\n\n"
           "Example: <code>/ask how many rescue teams have Party branches</code>"),
}
ADMIN_HELP = {
    "zh": "\n\n管理员：发送文件（txt、md、docx、pdf、html）添加文档（群里用 /add 作说明），"
          "/docs 列表，/remove ID，/reindex 重建索引。"
          "\n\n按群设定文档范围（在群里）：<code>/scope add ID…</code> 让本群只根据这些文档回答，"
          "<code>/scope list</code> 查看，<code>/scope all</code> 取消。在群里添加的文件属于该群的范围。"
          "私聊和没有范围的群检索所有未被其他群专用的文档。"
          "\n/unanswered 查看文档未能回答的问题（最多保存 {days} 天，不含用户身份），/forget 清空。"
          "/about 显示 👍 的比例。",
    "en": "\n\nAdmins: send a file (txt, md, docx, pdf, html) to add it (in groups with /add as caption), "
          "/docs to list, /remove ID, /reindex to rebuild."
          "\n\nA library per group (send these in the group): <code>/scope add ID…</code> makes the group answer only "
          "from those documents, <code>/scope list</code> shows them, <code>/scope all</code> lifts the scope. A file "
          "added inside a group belongs to that group's scope. Private chats and groups without a scope search every "
          "document that is not scoped to a group."
          "\n/unanswered lists the questions the documents could not answer (kept at most {days} days, never with "
          "user ids), /forget clears it. /about shows the share of 👍.",
}
HELP, ADMIN_HELP = WithHant(HELP, to_hant), WithHant(ADMIN_HELP, to_hant)


def help_text(lang: Lang, admin: bool, private: bool, args: list[str], days: float) -> str:
    """/start and /help: the member help; an admin also gets the admin commands privately, or in a group when
    asking for them (``/help admin``), so a group's members are not shown commands they cannot use."""
    wants_admin = admin and (private or [a.lower() for a in args[:1]] == ["admin"])
    return HELP[lang] + (ADMIN_HELP[lang].format(days=f"{days:g}") if wants_admin else "")
