"""A transcript's turns: a question asked in one speaker's turn (``记者（联合报张记者）：请问今年台风期间出动了几次？``,
``Reporter (Daily Post): How many crews went out?``) and the next speaker's answer (``陈志豪大队长：今年7月…``) are two
turns, a passage each, as every other turn of a press conference or an interview is; the answer is read under the
question (``Paragraph.lead``, :mod:`.leads`), so the words it answers stay with it. A FAQ's question (``问：…？``,
``Q: …?``) over its answer (``答：…``, ``A: …``), or a question with no speaker over its answer, stays one passage."""
from __future__ import annotations

import re

# a speaker's label opening a turn: a name, a post or both (陈志豪大队长：, 主持人：), with the outlet or the seat in
# brackets (记者（联合报张记者）：); in English a few capitalised words (Chief Officer Lee:, Reporter (Daily Post):)
_SPEAKER_ZH = re.compile(r"^[\u4e00-\u9fff·]{2,10}(?:[（(][^（()）:：]{1,20}[)）])?[:：]")
_SPEAKER_EN = re.compile(r"^(?:[A-Z][\w.'-]*\s){0,3}[A-Z][\w.'-]*(?:\s\([^()]{1,30}\))?:\s")
# a FAQ's labels, a question's and an answer's, no speaker's (问：, 市民问：, 答：, Q:, Answer:)
_FAQ = re.compile(r"^(?:[\u4e00-\u9fff]{0,8}[问問答]|提问|提問|回答|Q|A|Question|Answer)\s*[:：]", re.IGNORECASE)


def speaker_turn(text: str) -> bool:
    """Whether a paragraph opens with a speaker's label, as a transcript's turn does (``林佩君总干事：…``), not with a
    FAQ's question or answer label (``问：…``, ``A: …``)."""
    text = text.strip()
    return bool(_SPEAKER_ZH.match(text) or _SPEAKER_EN.match(text)) and not _FAQ.match(text)


def turns(question: str, answer: str) -> bool:
    """Whether a question standing alone (``question``, its first sentence) and the paragraph after it (``answer``)
    are two speakers' turns: each opens with a speaker's label."""
    return speaker_turn(question) and speaker_turn(answer)
