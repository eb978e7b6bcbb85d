"""A note read under the sentence that marks it (``Paragraph.lead``).

A footnote (Markdown's ``[^1]``, a Word note typed by hand under a raised figure: ``… worth about 185 dollars¹``) is
read right after the paragraph marking it, a passage of its own (.md_notes, .docx_notes). Its own words often do not
name what it is about (``¹ Bought with a grant from the Rotary Trust.``: bought what?); the sentence its mark ends does.
That sentence is the note's lead, as a list of names standing apart reads under the sentence over it (.leads): counted
with the passage's context where a question is matched, not part of its text. Not the marking paragraph's last
sentence, which .leads would give: a mark may end its first."""
from __future__ import annotations

import re
from dataclasses import replace

from reportbot.corpus.blocks import Block
from reportbot.corpus.sentences import split_sentences

_RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# a note opening with its raised mark (¹ Bought with …), as .docx_notes writes a Word note typed by hand
_OPENING = re.compile(rf"^([{_RAISED}]{{1,3}})\s+(?=\S)")
# a mark standing after a word: a whole run of raised figures (¹, ¹²), no space before it
_MARK = re.compile(rf"(?<=[^\s{_RAISED}])[{_RAISED}]+")
_CHINESE = re.compile(r"[\u4e00-\u9fff（）]")
_CLAUSE = ("，", "；", "：")  # (a clause ends at a comma or a semicolon; a colon opens one)


def marking_sentence(before: str, after: str = "") -> str:
    """The sentence a mark stands in: of the paragraph's text before the mark and after it, the sentence running over
    the mark (``… up from 8,915 in 2023-24[^1].``: the whole of it); in Chinese, whose sentence runs clause after
    clause (…，…，…。), the clause the mark stands in (``全省救援队达到37支（2024年底为35支[^1]），新建…``: up to its
    comma, its bracket closed); "" when none."""
    head, tail = " ".join(before.split()), " ".join(after.split())
    text = f"{head}{' ' if after[:1].isspace() and head else ''}{tail}"
    at = 0
    for sentence in split_sentences(text):
        start = text.find(sentence, at)
        at = start + len(sentence)
        if at >= len(head):
            mark = len(head) - start
            if not _CHINESE.search(sentence[max(mark - 1, 0):mark + 1]):
                return sentence
            opens = max(sentence.rfind(x, 0, mark) for x in _CLAUSE) + 1
            ends = min((k for x in _CLAUSE[:2] if (k := sentence.find(x, mark)) >= 0), default=len(sentence))
            return sentence[opens:ends].strip()
    return ""


def raised_notes(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each paragraph opening with a raised mark (``¹ …``) read under the sentence that mark ends in
    the nearest paragraph before it marking it (``… 185 dollars¹. Kits must …``); one no paragraph marks is left."""
    out = list(blocks)
    marking: dict[str, tuple[int, re.Match]] = {}  # each mark: the last paragraph so far marking it, and where first
    for i, b in enumerate(out):
        m = _OPENING.match(b.text) if b.kind == "text" and not b.lead else None
        if m and (seen := marking.get(m.group(1))):
            text, at = out[seen[0]].text, seen[1]
            out[i] = replace(b, lead=marking_sentence(text[:at.start()], text[at.end():]))
        if b.kind in ("text", "item"):  # (its marks read once, not again for each note after it)
            first: dict[str, re.Match] = {}
            for run in _MARK.finditer(b.text):
                first.setdefault(run.group(), run)
            marking.update((k, (i, x)) for k, x in first.items())
    return out
