"""Telegram replies as HTML: pure functions, tested alone, always within Telegram's length limit."""
from __future__ import annotations

import html

from reportbot.bot.messages import REFUSAL, count, t
from reportbot.bot.render import source_line
from reportbot.corpus.normalize import one_line
from reportbot.index.answering.engine import Answer
from reportbot.index.answering.english import english_answer
from reportbot.index.library.registry import DocRecord
from reportbot.index.library.served import About, PassageView

MAX_TEXT = 4096  # telegram.constants.MessageLimit.MAX_TEXT_LENGTH
MAX_EVIDENCE = 700


def escape(text: str) -> str:
    """Escape for Telegram HTML (quotes need no escaping outside attributes)."""
    return html.escape(text, quote=False)


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
    # an English asker reads the figure in English too: "123 rescue teams (123支救援队)"
    parts = [f"<b>{escape(_clip(english_answer(a.answer, a.lang, a.kind) or a.answer, 300))}</b>"]
    if evidence and evidence != a.answer:
        parts.append(f"<blockquote>{quoted}</blockquote>")
    parts.append(f"<i>{escape(t(lang, 'source'))}: {escape(_clip(source_line(a, lang), 300))}</i>")
    return _clip_html("\n".join(parts))


def format_passage(p: PassageView, lang: str) -> str:
    """A whole paragraph with its source line."""
    where = t(lang, "header") if p.number == 0 else t(lang, "passage", n=p.number)
    head = " · ".join(x for x in (one_line(p.title or ""), one_line(p.section or ""), where) if x)
    body = escape(_clip(p.text, MAX_TEXT - 400))
    return _clip_html(f"<i>{escape(_clip(head, 300))}</i>\n\n{body}")


def format_about(about: About, lang: str, limit: int = 30) -> str:
    """/about: the documents in the index in use, its size, model and date, and what is pending."""
    lines = [t(lang, "about_docs")]
    lines += [f"• {escape(one_line(title))} ({count(lang, n, 'passage')})" for title, n in about.documents[:limit]]
    if len(about.documents) > limit:
        lines.append(f"… +{len(about.documents) - limit}")
    lines += ["", t(lang, "about_index", passages=count(lang, about.passages, "passage"), model=escape(about.model),
                   created=escape(about.created))]
    if about.pending:
        lines.append(t(lang, "about_pending", names=escape(", ".join(r.source for r in about.pending[:10]))))
    return _clip_html("\n".join(lines))


def format_docs(records: list[DocRecord], lang: str, never_kept: frozenset[str] = frozenset()) -> list[str]:
    """/docs for admins: id, title, passages, when and by whom, and a mark on pending documents and on those an older
    reportbot read whose files were never kept (``never_kept``: sent again, each is read anew); as many messages as
    the list needs (a long library is split between lines, never clipped: every id stays there to /remove)."""
    marks = {"adding": t(lang, "pending_mark"), "removing": t(lang, "removing_mark"), "indexed": ""}
    unkept = t(lang, "unkept_mark")
    lines = [f"<code>{r.id}</code> {escape(_clip(one_line(r.title), 300))}{marks[r.state]}"
             f"{unkept if r.id in never_kept else ''} — "
             f"{count(lang, r.passages, 'passage')} · {escape(r.added_at)} · {escape(_clip(r.added_by, 64))}"
             for r in records]
    return split_lines(lines) if lines else [t(lang, "no_docs")]


def split_lines(lines: list[str], limit: int = MAX_TEXT) -> list[str]:
    """Whole lines (each well under ``limit``) packed into as few messages of at most ``limit`` characters."""
    pages: list[str] = []
    for line in lines:
        if pages and len(pages[-1]) + 1 + len(line) <= limit:
            pages[-1] += "\n" + line
        else:
            pages.append(line)
    return pages


def _clip_html(text: str) -> str:
    # every piece was clipped before escaping; this is the last guard
    if len(text) <= MAX_TEXT:
        return text
    from re import sub

    # escaping can lengthen the text up to 5x per character (&amp;); clip well below the limit
    return escape(_clip(html.unescape(sub(r"<[^>]+>", "", text)), MAX_TEXT // 5))
