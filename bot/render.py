"""Answers as the CLI shows them: the JSON contract and plain text."""
from __future__ import annotations

from reportbot.bot.languages import question_lang
from reportbot.bot.messages import REFUSAL, t
from reportbot.corpus.normalize import one_line
from reportbot.index.answering.engine import Answer
from reportbot.index.answering.english import english_answer


def answer_json(a: Answer) -> dict:
    """The JSON contract: question, answer, answer_en, abstained, evidence, passages (best first).

    ``answer_en`` is the short answer for an English question in English ("123 rescue teams
    (123支救援队)"), "" for a Chinese question or a refusal.
    """
    return {
        "question": a.question,
        "answer": a.answer,
        "answer_en": english_answer(a.answer, a.lang, a.kind),
        "abstained": a.abstained,
        "evidence": a.evidence,
        "passages": [
            {"doc": h.paragraph.doc_id, "paragraph": h.paragraph.number, "text": h.paragraph.shown,
             "score": round(h.score, 4), "title": a.titles.get(h.paragraph.doc_id, ""),
             "section": h.paragraph.section, "page": h.paragraph.page,
             "source": a.sources.get(h.paragraph.doc_id, "")}
            for h in a.hits
        ],
    }


def source_line(a: Answer, lang: str | None = None, asker: str | None = None) -> str:
    """Where the evidence comes from: title, heading path, page (for files with pages), paragraph number; in the
    interface language ``lang`` (when None, the question's language for an asker whose own language is ``asker``,
    a language tag: :func:`.languages.question_lang`)."""
    top = a.top
    if top is None:
        return ""
    p = top.paragraph
    parts = [one_line(a.titles.get(p.doc_id, p.doc_id))]
    if p.section:
        parts.append(one_line(p.section))
    if lang is None:
        lang = question_lang(a.question, asker)
    if p.page is not None:
        parts.append(t(lang, "page", n=p.page))
    parts.append(t(lang, "header") if p.is_header else t(lang, "passage", n=p.number))
    return " · ".join(parts)


def answer_text(a: Answer, asker: str | None = None) -> str:
    """A plain-text answer for a terminal whose user's language is ``asker`` (a language tag, as the bot reads a
    Telegram user's: zh_HK reads Hong Kong's wording)."""
    if a.abstained:  # a traditional question is refused in traditional characters
        return REFUSAL[question_lang(a.question, asker)]
    lines = [a.answer]
    if a.evidence and a.evidence != a.answer:
        lines.append(f"  “{a.evidence}”")
    lines.append(f"  — {source_line(a, asker=asker)}")
    return "\n".join(lines)
