"""A note read under the sentence that marks it (``Paragraph.lead``).

A footnote (Markdown's ``[^1]``, a Word note typed by hand under a raised figure: ``… worth about 185 dollars¹``) is
read right after the paragraph marking it, a passage of its own (.md_notes, .docx_notes). Its own words often do not
name what it is about (``¹ Bought with a grant from the Rotary Trust.``: bought what?); the sentence its mark ends does.
That sentence is the note's lead, as a list of names standing apart reads under the sentence over it (.leads): counted
with the passage's context where a question is matched, not part of its text. Not the marking paragraph's last
sentence, which .leads would give: a mark may end its first."""
from __future__ import annotations

import bisect
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
    return _running_over(text, _placed(text), len(head))


def _placed(text: str) -> list[tuple[int, str]]:
    """The sentences of ``text`` with where each starts."""
    out, at = [], 0
    for sentence in split_sentences(text):
        start = text.find(sentence, at)
        at = start + len(sentence)
        out.append((start, sentence))
    return out


def _running_over(text: str, placed: list[tuple[int, str]], mark: int) -> str:
    """Of ``placed`` (``text``'s sentences), the sentence running over offset ``mark``, or its clause
    (marking_sentence)."""
    ends = [start + len(sentence) for start, sentence in placed]
    return _clause_over(placed, bisect.bisect_left(ends, mark), mark)


def _clause_over(placed: list[tuple[int, str]], k: int, mark: int) -> str:
    """The ``k``-th of ``placed`` (its clause in Chinese, around ``mark``), "" past the last."""
    if k >= len(placed):
        return ""
    start, sentence = placed[k]
    mark -= start
    if not _CHINESE.search(sentence[max(mark - 1, 0):mark + 1]):
        return sentence
    opens = max(sentence.rfind(x, 0, mark) for x in _CLAUSE) + 1
    ends = min((j for x in _CLAUSE[:2] if (j := sentence.find(x, mark)) >= 0), default=len(sentence))
    return sentence[opens:ends].strip()


def marking_sentences_at(text: str, marks: list[int]) -> list[str]:
    """``marking_sentence(text[:k], text[k:])`` for each offset ``k`` of ``marks``, ``text`` split into sentences
    once (a paragraph with hundreds of marks: linear, not once over the whole text for each mark)."""
    whole = " ".join(text.split())
    placed = _placed(whole)
    ends = [start + len(sentence) for start, sentence in placed]
    kept, emitted, spaced, seen = [0], 0, True, False  # kept[i]: the length of text[:i], its spaces closed up
    for ch in text:
        if ch.isspace():
            spaced = True
        else:
            emitted += 1 + (spaced and seen)  # (a word after a space: the one space the whole keeps before it)
            spaced, seen = False, True
        kept.append(emitted)
    out, last = [], len(text.rstrip())
    for k in marks:
        # the text read for one mark closes its gap as the whole does, but where a space stands before the mark
        # and none after it, or only spaces follow it: read that mark alone
        gap_differs = kept[k] and (last <= k < len(text) or text[k - 1:k].isspace() and text[k:k + 1].strip())
        out.append(marking_sentence(text[:k], text[k:]) if gap_differs
                   else _clause_over(placed, bisect.bisect_left(ends, kept[k]), kept[k]))
    return out


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
