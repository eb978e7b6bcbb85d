"""Revision words: a question that says it wants a figure as corrected or as finally set (更正后, 调整为, 最终,
最后定在; corrected, revised, final) asks what the later of one body's documents says: a progress update or a bulletin
restates the report's figures and corrects them, and a date moved last is in the document written after the
move.

A class of its own, apart from the time words of :func:`.editions.asks_latest` (review-44: revision and order name no
moment), with its own weight (``SearchTuning.revision_cue``, fitted by ``tools/fit_revision_cue.py``). The words are
read from CC-CEDICT's first sense and jieba's tags, never from questions:

- a word of finality: an adverb, localizer, time word or distinguishing word (jieba d, f, t, b) whose first sense is
  one of :data:`FINAL_SENSES` (最终 final, 最后 final, 终于 at last) — not before a numeral (最后一条: the last of a
  list is order, not a revision) and not a word that also means "after all" (到底: a question's emphasis);
- a word of revision (first sense one of :data:`REVISED_SENSES`: 更正 correct, 修订 revise, 修正 amend, 调整 adjust)
  followed by the state after it: the localizer 后 (更正后, 调整后) or a verb of result 为 / 到 / 成 (调整为, 改到);
- a word of checking (first sense one of :data:`CHECKED_SENSES`: 审计 audit, 核实 verify, 核对 check, 复核
  reconsider) followed by the state after it, as a word of revision (审计后, 复核以后): the figure as the check left
  it; a word of checking alone asks about the check (哪家事务所审计, 多久审核完), not a figure it changed;
- a word whose sense is a check that settled the figure (核定 "audit and determine", 核销 "audit and write off": a
  checking sense joined by "and" to what it did) or the account as finally set (决算 "final account",
  :data:`SETTLED_SENSES`), with or without a state after it: the word says the figure is the checked one;
- a word saying a figure disagrees with another (对不上 disagree, 不符 inconsistent: :data:`DISAGREE_SENSES`): the
  later document that corrected it says why;
- in English, one of :data:`REVISED_EN` as whole words (corrected, revised, amended, adjusted, final, finally, in
  the end), a check's state after it ("after the audit", "after verification": :data:`CHECKED_EN`) or a figure that
  does not match ("doesn't match", "discrepancy").

The state after a word is the localizer 后, a localizer whose first sense is "after" (以后, 之后) or a verb of result
为 / 到 / 成.

A negation right before the word turns it off, as for the latest cue (not the corrected figure, 不是最终的).
"""
from __future__ import annotations

import re

from reportbot.index.retrieval.editions import NEGATED_EN, NEGATED_ZH  # a negation turns a cue off, as there

FINAL_SENSES = frozenset({"final", "finally", "ultimate", "ultimately", "eventually", "in the end", "at last"})
REVISED_SENSES = frozenset({"correct", "revise", "amend", "adjust", "rectify", "modify", "change into"})
# checking: the sense of a word that checks a figure; alone it names the check, with the state after it (审计后) the
# figure the check left; joined by "and" to what the check did (audit and determine) it names the settled figure
CHECKED_SENSES = frozenset({"audit", "verify", "check", "ratify", "reexamine", "recheck", "reconsider"})
SETTLED_SENSES = frozenset({"final account", "final accounts"})
DISAGREE_SENSES = frozenset({"disagree", "inconsistent", "discrepancy"})
CHECKED_EN = ("audit", "check", "verification", "recount", "reconciliation")
REVISED_EN = ("corrected", "revised", "amended", "adjusted", "final", "finally", "ultimately", "eventually",
              "in the end")
# a sense of emphasis: a word of finality that also means "after all" asks "on earth" in a question (到底是多少)
EMPHASIS_SENSES = frozenset({"after all", "when all is said and done"})
_EN = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, REVISED_EN), key=len, reverse=True))
                 + r"|after\s+(?:the\s+|an?\s+)?(?:" + "|".join(CHECKED_EN) + r")"
                 + r"|discrepanc(?:y|ies)|(?:does|do|did)\s*(?:n[o']?t)\s+(?:match|tally|add up))\b", re.I)
_FINAL_TAGS = ("d", "f", "t", "b")
_AFTER = ("后", "为", "到", "成")  # the state after a revision: 更正后, 调整为, 改到, 改成


def asks_revised(question: str) -> bool:
    """Whether a question asks the figure after a revision or the one finally set (see the module's words)."""
    if any(not NEGATED_EN.search(question[:m.start()]) for m in _EN.finditer(question)):
        return True
    from reportbot.index.retrieval.cue_words import cue_words

    words = cue_words(question)
    for i, (word, tag, start, sense) in enumerate(words):
        if sense is None or question[:start].endswith(NEGATED_ZH):
            continue
        after = words[i + 1] if i + 1 < len(words) else ("", "", 0, None)
        if tag.startswith(_FINAL_TAGS) and sense in FINAL_SENSES and not after[1].startswith("m") \
                and not EMPHASIS_SENSES & set(_all_senses(word)):
            return True
        if (sense in REVISED_SENSES or sense in CHECKED_SENSES) and (_state_after(after) or word.endswith(_AFTER[1:])):
            return True
        if _settled(sense) or sense in DISAGREE_SENSES:
            return True
    return False


def _state_after(word: tuple[str, str, int, str | None]) -> bool:
    """Whether a question's word says the state after the one before it: 后, a localizer of "after" (以后, 之后), a
    verb of result (为, 到, 成)."""
    text, tag, _, sense = word
    return text.startswith(_AFTER) or (tag.startswith("f") and (sense or "").startswith("after"))


def _settled(sense: str) -> bool:
    """A sense that names a checked and settled figure: a check joined by "and" to what it did (audit and
    determine, check and ratify) or the final account."""
    head, _, rest = sense.partition(" and ")
    return sense in SETTLED_SENSES or (head in CHECKED_SENSES and bool(rest))


def _all_senses(word: str) -> list[str]:
    """Every sense of the first common entry of ``word``, lowercased."""
    from reportbot.index.retrieval import cedict

    for proper, defs in cedict.entries_of(word):
        if not proper:
            return [d.strip().lower() for d in defs.split("/")]
    return []
