"""Sentences and heading-like lines of normalised text."""
from __future__ import annotations

import re

END = "。！？!?…"
CLOSE = "”’」』）)》\"'"
_SENT_END = re.compile(rf"([{END}]+|(?<![\d.])\.(?=\s|$)|；(?=.{{40}}))([{re.escape(CLOSE)}]*)")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:Dr|Mr|Mrs|Ms|Prof|St|No|Nos|Fig|vs|etc|e\.g|i\.e|approx)\.$", re.I)
_LABEL = re.compile(r"^[\w .()（）/-]{1,30}[:：]\s*\S")


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping closing quotes with their sentence.

    Args:
        text: one normalised paragraph.

    Returns:
        The non-empty sentences, stripped, in order. A long run of clauses joined by
        full-width semicolons is also cut there.
    """
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    merged: list[str] = []
    for piece in out:  # "Dr. Helen Zhou": an abbreviation's full stop ends no sentence
        if merged and _ABBREVIATION.search(merged[-1]):
            merged[-1] += " " + piece
        else:
            merged.append(piece)
    return merged


def is_heading(line: str) -> bool:
    """A short line that does not end a sentence: a title or section heading.

    Short means 40 characters of Chinese, or 12 words of a language written with spaces;
    a ``label: value`` line (``Date: 14 March 2024``) is no heading.
    """
    line = line.strip()
    if not line:
        return False
    latin = re.search(r"[A-Za-z]{2}", line) and not re.search(r"[\u4e00-\u9fff]", line)
    if (len(line.split()) > 12 or len(line) > 90) if latin else len(line) > 40:
        return False
    if latin and line.isupper() and len(line.split()) <= 8:
        return True  # PART 1. CAN I DONATE?: a plain-text heading in capitals, whatever it ends with
    if line[-1] in END + "；;：:，,、" or line.endswith("."):
        return False
    if latin and _LABEL.match(line):
        return False
    return not re.fullmatch(r"[\d\W_]+", line)
