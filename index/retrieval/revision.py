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
- in English, one of :data:`REVISED_EN` as whole words (corrected, revised, amended, adjusted, final, finally, in
  the end).

A negation right before the word turns it off, as for the latest cue (not the corrected figure, 不是最终的).
"""
from __future__ import annotations

import re

from reportbot.index.retrieval.editions import NEGATED_EN, NEGATED_ZH  # a negation turns a cue off, as there

FINAL_SENSES = frozenset({"final", "finally", "ultimate", "ultimately", "eventually", "in the end", "at last"})
REVISED_SENSES = frozenset({"correct", "revise", "amend", "adjust", "rectify", "modify", "change into"})
REVISED_EN = ("corrected", "revised", "amended", "adjusted", "final", "finally", "ultimately", "eventually",
              "in the end")
# a sense of emphasis: a word of finality that also means "after all" asks "on earth" in a question (到底是多少)
EMPHASIS_SENSES = frozenset({"after all", "when all is said and done"})
_EN = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, REVISED_EN), key=len, reverse=True)) + r")\b", re.I)
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
        after = words[i + 1][:2] if i + 1 < len(words) else ("", "")
        if tag.startswith(_FINAL_TAGS) and sense in FINAL_SENSES and not after[1].startswith("m") \
                and not EMPHASIS_SENSES & set(_all_senses(word)):
            return True
        if sense in REVISED_SENSES and (after[0].startswith(_AFTER) or word.endswith(_AFTER[1:])):
            return True
    return False


def _all_senses(word: str) -> list[str]:
    """Every sense of the first common entry of ``word``, lowercased."""
    from reportbot.index.retrieval import cedict

    for proper, defs in cedict.entries_of(word):
        if not proper:
            return [d.strip().lower() for d in defs.split("/")]
    return []
