"""A salutation or lead-in line ending in a colon (各位理事：, Dear members:): it opens the prose passage under it."""
from __future__ import annotations

from reportbot.corpus.normalize import is_chinese


def salutation(intro: list[str]) -> bool:
    """Whether a paragraph leading in with a colon is a short line of its own, a salutation or a lead-in (各位理事：,
    Dear members:): over a paragraph of prose (no list) it opens that paragraph's passage, where it stood as a passage
    of its own with the lines above it (a report's dateline and its speaker)."""
    if len(intro) != 1:
        return False
    line = intro[0].strip()
    return line.endswith(("：", ":")) and (len(line) <= _SALUTATION_CHARS if is_chinese(line)
                                          else len(line.split()) <= _SALUTATION_WORDS)


# set by hand: the longest line read as a salutation or a lead-in ending in a colon, in Chinese characters (各位理事：)
# or English words (Dear fellow members:); a longer line ending in a colon is not read so
_SALUTATION_CHARS, _SALUTATION_WORDS = 12, 5
