"""Answers as the CLI shows them: the JSON contract and plain text."""
from __future__ import annotations

from reportbot.index.answering.engine import Answer

REFUSAL = {
    "zh": "文档中没有找到这个问题的答案。",
    "en": "The documents don't cover this question.",
}


def answer_json(a: Answer) -> dict:
    """The JSON contract: question, answer, abstained, evidence, passages (best first)."""
    return {
        "question": a.question,
        "answer": a.answer,
        "abstained": a.abstained,
        "evidence": a.evidence,
        "passages": [
            {"doc": h.paragraph.doc_id, "paragraph": h.paragraph.number, "text": h.paragraph.text,
             "score": round(h.score, 4), "title": a.titles.get(h.paragraph.doc_id, ""),
             "section": h.paragraph.section, "source": a.sources.get(h.paragraph.doc_id, "")}
            for h in a.hits
        ],
    }


def source_line(a: Answer) -> str:
    """Where the evidence comes from: title, section, paragraph number."""
    top = a.top
    if top is None:
        return ""
    p = top.paragraph
    parts = [a.titles.get(p.doc_id, p.doc_id)]
    if p.section:
        parts.append(p.section)
    parts.append("标题与作者" if p.is_header and a.lang == "zh" else
                 "title and author" if p.is_header else
                 f"第{p.number}段" if a.lang == "zh" else f"paragraph {p.number}")
    return " · ".join(parts)


def answer_text(a: Answer) -> str:
    """A plain-text answer for a terminal."""
    if a.abstained:
        return REFUSAL.get(a.lang, REFUSAL["en"])
    lines = [a.answer]
    if a.evidence and a.evidence != a.answer:
        lines.append(f"  “{a.evidence}”")
    lines.append(f"  — {source_line(a)}")
    return "\n".join(lines)
