"""Pure formatting for votes, unanswered questions, scopes and inline results (HTML, within limits)."""
from __future__ import annotations

import time

from reportbot.bot.format import _clip, _clip_html, escape, format_answer
from reportbot.bot.messages import t
from reportbot.bot.render import source_line
from reportbot.corpus.normalize import one_line
from reportbot.index.answering.engine import Answer
from reportbot.index.answering.english import english_answer
from reportbot.index.library.feedback import VoteTally
from reportbot.index.library.neardup import QuestionGroup
from reportbot.index.library.registry import DocRecord

MAX_LISTED = 30
VOTE_PREFIX = "v"


CALLBACK_BYTES = 64  # Telegram's limit on a button's callback data


def pack_ids(head: str, pids: list[str]) -> str:
    """A button's callback data: ``head`` then the passage ids, "|"-joined, the last ids left off until it fits
    Telegram's 64 bytes (the first always kept)."""
    while len((data := f"{head}|" + "|".join(pids)).encode()) > CALLBACK_BYTES and len(pids) > 1:
        pids = pids[:-1]
    return data


# ---- vote buttons: "v|1|lang|pid…" (👍) and "v|0|lang|pid…" (👎), under 64 bytes ----------
def pack_vote(up: bool, lang: str, pids: list[str]) -> str:
    return pack_ids(f"{VOTE_PREFIX}|{int(up)}|{lang}", pids)


def unpack_vote(data: str | None) -> tuple[bool, str, list[str]] | None:
    """(👍?, the question's language, passage ids), or None for data this bot did not make."""
    parts = (data or "").split("|")
    if len(parts) < 4 or parts[0] != VOTE_PREFIX or parts[1] not in ("0", "1") or parts[2] not in ("zh", "en"):
        return None
    return parts[1] == "1", parts[2], [p for p in parts[3:] if p]


def format_tally(tally: VoteTally, lang: str) -> str:
    if tally.share_up is None:
        return t(lang, "votes_none")
    return t(lang, "votes", share=round(100 * tally.share_up), n=tally.total)


def format_unanswered(groups: list[QuestionGroup], lang: str, keep_days: float, kept: bool) -> str:
    """/unanswered: the most frequent first, with counts and the last date."""
    if not kept:
        return t(lang, "unanswered_off")
    if not groups:
        return t(lang, "unanswered_none", days=f"{keep_days:g}")
    lines = [t(lang, "unanswered_head", days=f"{keep_days:g}", n=sum(g.count for g in groups))]
    for g in groups[:MAX_LISTED]:
        day = time.strftime("%Y-%m-%d", time.localtime(g.last))
        why = "👎" if g.reasons == ("downvoted",) else ""
        lines.append(f"{g.count}× {escape(_clip(g.question, 200))} — {day} {why}".rstrip())
    if len(groups) > MAX_LISTED:
        lines.append(f"… +{len(groups) - MAX_LISTED}")
    return _clip_html("\n".join(lines))


def format_scope(records: list[DocRecord], lang: str) -> str:
    """/scope list: the documents a group answers from."""
    if not records:
        return t(lang, "scope_none")
    docs = "\n".join(f"<code>{r.id}</code> {escape(one_line(r.title))}" for r in records[:MAX_LISTED])
    return _clip_html(t(lang, "scope_now", docs=docs))


def format_reply(a: Answer, lang: str, understood: str | None = None) -> str:
    """An answer as sent in a chat: what a follow-up was understood as, then the answer."""
    body = format_answer(a, lang)
    if understood:
        body = f"<i>→ {escape(_clip(understood, 300))}</i>\n" + body
    return _clip_html(body)


def inline_result(a: Answer, lang: str) -> tuple[str, str, str]:
    """(title, description, message HTML) of one inline result."""
    if a.abstained:
        text = format_answer(a, lang)
        return t(lang, "inline_refused"), "", text
    title = english_answer(a.answer, a.lang, a.kind) or a.answer
    description = f"{_clip(a.evidence, 150)}\n{_clip(source_line(a, lang), 100)}"
    return _clip(title, 200), description, format_answer(a, lang)
