"""The lift a document's name gives the passages that write it, held to what it gives the rest of the document.

A question that calls a document by its English name ("Ashcombe去年捐款收入多少", "kelmore分会电话是多少", or in
English "who checked the ashcombe accounts": its name cut by :func:`.dense_text.english_name_free`) is about the
whole document. The keyword side already counts the name as the context of every passage of the named document alike
(:func:`.dense_text.name_context`); the dense side did not: each passage's vector embeds its document's title, but
each sentence's vector embeds the sentence alone, and the sentence level weighs most (``sentence_share``). So the one
sentence that writes the name (the cover's title block, the welcome line, the address) had the name's cosine as well
as the rest of the question's, and drew the first place over the passage holding what is asked (the Ashcombe
trust's title block over its financial review, for a question naming the trust and asking its income).

The name's lift (the cosine with the whole question less the cosine with the question without its name) of a
sentence or passage of the named document that writes the name as the document names itself (the name's word with
the word beside it in the document's title, file name or opening: "Ashcombe Community", "Kelmore Area"; a "Kelmore
Town" unit's row is about a place the question may ask, and holding it lost that row's question) is held to the
median lift of the document's sentences or passages that do not (:func:`.place_levels.held_lift`, as a place at
another level is held); what the rest of the question gives them is unchanged. Asking the question again
without its name for all the named
document's passages (zhen-15) replaced what the name gives every passage and gained nothing; this only takes off
the part of the name one passage has and its neighbours lack.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import numpy as np
from reportbot.index.retrieval.place_levels import held_lift


def name_words(text: str, free: str) -> tuple[str, ...]:
    """The Latin words the question's name is made of: those of ``text`` that ``free`` (the question without the
    name, :func:`.dense_text.dense_text`) left out, lower case."""
    kept = set(re.findall(r"[a-z0-9]+", free.lower()))
    return tuple(dict.fromkeys(w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in kept and len(w) > 1))


def name_pairs(words: Sequence[str], names: Iterable[str]) -> tuple[str, ...]:
    """Each of the name's ``words`` with the word beside it in a name the named document gives itself (``names``:
    its title, file name and the capitalised phrases of its opening, as plain lower-case text,
    :class:`.dense_text.DocumentNames`): how the document writes its own name ("ashcombe community", "kelmore
    area"), not where the word is something the document is about (a "Kelmore Town" unit's row)."""
    asked, out = set(words), []
    for name in names:
        ws = name.split()
        out += [f"{a} {b}" for a, b in zip(ws, ws[1:]) if (a in asked or b in asked) and a != b]
    return tuple(dict.fromkeys(out))


def writes_name(pairs: Iterable[str], texts: Iterable[str]) -> np.ndarray:
    """For each text, whether it writes one of the name's ``pairs`` of words (case and punctuation aside)."""
    pairs = [f" {p} " for p in pairs]
    plain = (" " + " ".join(re.findall(r"[a-z0-9]+", t.lower())) + " " for t in texts)
    return np.array([any(p in t for p in pairs) for t in plain], bool)


def held_name(full: np.ndarray, bare: np.ndarray, writes: np.ndarray, named: np.ndarray, doc: np.ndarray,
              lead: float = 0.0) -> np.ndarray:
    """Scores with the name's lift (``full - bare``) held, where a ``named`` text (a named document's passage or
    sentence, not its header card) ``writes`` the name, to the median lift of the same document's texts that do
    not (:func:`.place_levels.held_lift`); unchanged elsewhere, and where the document has no such text among
    these.

    A named text that writes the name keeps its lift when it matches the question without its name (``bare``)
    better by more than ``lead`` than every named text of its document that does not write it: it does not win by
    the name. A sentence that says what is asked of the named body writes its name as its subject (``Harbourside
    Youth Choir … was formed in 1962`` for "when did the harbourside choir start"); held, it fell under a text the
    rest of the question alone drew (a line of rehearsal times for "when did start"). A title block that repeats
    the name matches the rest of the question less well than the passage that answers, and is held; so is one that
    matches it a hair better (``31 March 2025`` against ``replace the rescue boat in 2026`` for "when will the
    trust replace its boat", 0.892 against 0.888: a tie the host's arithmetic turns either way), which the lead
    asks it to beat the answer by. A negative ``lead`` lets a text that writes the name keep its lift a little
    below the best that does not (a passage that answers beside a line the rest of the question draws a little
    more)."""
    return held_lift(full, bare, writes & named & ~_leads(bare, writes, named, doc, lead), ~writes, doc)


def _leads(bare: np.ndarray, writes: np.ndarray, named: np.ndarray, doc: np.ndarray, lead: float = 0.0) -> np.ndarray:
    """For each text, whether its ``bare`` score beats by more than ``lead`` the best ``bare`` of its document's
    ``named`` texts that do not ``write`` the name (none, where the document has no such text: nothing to hold to)."""
    out = np.zeros(len(bare), bool)
    for d in np.unique(doc[named]):
        plain = named & ~writes & (doc == d)
        if plain.any():
            rows = doc == d
            out[rows] = bare[rows] > bare[plain].max() + lead
    return out
