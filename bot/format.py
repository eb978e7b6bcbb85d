"""Telegram replies as HTML: pure functions, tested alone, always within Telegram's length limit."""
from __future__ import annotations

import html

from reportbot.bot.render import REFUSAL, source_line
from reportbot.index.answering.engine import Answer

MAX_TEXT = 4096  # telegram.constants.MessageLimit.MAX_TEXT_LENGTH
MAX_EVIDENCE = 700

def escape(text: str) -> str:
    """Escape for Telegram HTML (quotes need no escaping outside attributes)."""
    return html.escape(text, quote=False)


TEXT = {
    "zh": {
        "source": "出处",
        "full": "📄 全段",
        "next": "➡️ 下一段",
        "typing_long": "问题太长了（最多 {n} 个字），请缩短后再问。",
        "flood": "提问太快了，请 {s} 秒后再试。",
        "error": "抱歉，出错了，请稍后再试。",
        "empty": "请在 /ask 后面写上问题，例如：/ask 有多少支救援队建立了党支部？",
        "not_admin": "只有管理员可以修改文档。",
        "passage": "第{n}段",
        "gone": "这段内容已不在当前索引中，请重新提问。",
    },
    "en": {
        "source": "Source",
        "full": "📄 Full paragraph",
        "next": "➡️ Next passage",
        "typing_long": "That question is too long (at most {n} characters); please shorten it.",
        "flood": "You're asking very fast; please try again in {s} s.",
        "error": "Sorry, something went wrong. Please try again later.",
        "empty": "Put your question after /ask, for example: /ask how many rescue teams have Party branches",
        "not_admin": "Only admins can change the documents.",
        "passage": "paragraph {n}",
        "gone": "That passage is no longer in the index; please ask again.",
    },
}

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
    "zh": "\n\n管理员：发送文件（txt、md、docx、pdf、html）添加文档（群里用 /add 作说明），/docs 列表，/remove ID，/reindex 重建索引。",
    "en": "\n\nAdmins: send a file (txt, md, docx, pdf, html) to add it (in groups with /add as caption), "
          "/docs to list, /remove ID, /reindex to rebuild.",
}


def ui_lang(code: str | None) -> str:
    """Interface language for a Telegram ``language_code`` (zh-hans, zh-hant, en, …)."""
    return "zh" if code and code.lower().startswith("zh") else "en"


def t(lang: str, key: str, **kw) -> str:
    return TEXT.get(lang, TEXT["en"])[key].format(**kw)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def mark_span(sentence: str, start: int, end: int) -> str:
    """The evidence sentence, HTML-escaped, with the answer span underlined."""
    if not (0 <= start < end <= len(sentence)):
        return escape(sentence)
    return escape(sentence[:start]) + "<u>" + escape(sentence[start:end]) + "</u>" + escape(sentence[end:])


def format_answer(a: Answer, lang: str | None = None) -> str:
    """The reply for one answer: the short answer in bold, the evidence quoted, the source.

    Args:
        a: the engine's answer.
        lang: interface language; the question's own language when None.
    """
    lang = lang or a.lang
    if a.abstained:
        return escape(REFUSAL.get(lang, REFUSAL["en"]))
    evidence = a.evidence
    span = a.span
    if len(evidence) > MAX_EVIDENCE:
        # keep the window around the answer
        centre = span.start if span else 0
        lo = max(0, min(centre - MAX_EVIDENCE // 3, len(evidence) - MAX_EVIDENCE))
        evidence = evidence[lo: lo + MAX_EVIDENCE]
        span = type(span)(span.text, span.start - lo, span.end - lo) if span else None
    quoted = mark_span(evidence, span.start, span.end) if span else escape(evidence)
    parts = [f"<b>{escape(_clip(a.answer, 300))}</b>"]
    if evidence and evidence != a.answer:
        parts.append(f"<blockquote>{quoted}</blockquote>")
    parts.append(f"<i>{escape(t(lang, 'source'))}: {escape(_clip(source_line(a), 300))}</i>")
    return _clip_html("\n".join(parts))


def format_passage(title: str, section: str | None, number: int, text: str, lang: str) -> str:
    """A whole paragraph with its source line."""
    head = " · ".join(x for x in (title, section, t(lang, "passage", n=number)) if x)
    body = escape(_clip(text, MAX_TEXT - 400))
    return _clip_html(f"<i>{escape(_clip(head, 300))}</i>\n\n{body}")


def _clip_html(text: str) -> str:
    # every piece was clipped before escaping; this is the last guard
    if len(text) <= MAX_TEXT:
        return text
    from re import sub

    # escaping can lengthen the text up to 5x per character (&amp;); clip well below the limit
    return escape(_clip(html.unescape(sub(r"<[^>]+>", "", text)), MAX_TEXT // 5))
