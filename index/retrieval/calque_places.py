"""The English-named document a Chinese question names by meaning (松湾 for Pine Bay, 榆河 for Elm River).

:mod:`.calques` lets a Chinese question's two characters reach the English words their glosses spell (松湾 ->
pine, bay), but a place constraint (:mod:`.context`) was made only for a word the place dictionaries know, and
松湾 is in none: the question's words reached "bay" in every document, and another place's report answered. Here a
question word the bridge reads as a calque of a name a document gives itself (its title, header card or file name:
Pine Bay Rescue Society - Committee Minutes) becomes a place constraint on that name, as a place written by sound
does (:mod:`.transliterated`). A calque only a passage's body writes (the Pine Bay society raised …) makes none:
it names no document.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
from reportbot.index.retrieval.calques import calque_forms
from reportbot.index.retrieval.context import Constraint, written


class CalquedPlaces:
    """The names documents give themselves, and the ones a Chinese question writes by meaning."""

    def __init__(self, names: Iterable[str], bridge):
        """``names``: each document's title, header card and file name's words, one text each; ``bridge``: the
        index's bridge (its Chinese-to-English side and the English words and capitalised pairs it was made from)."""
        self.names = [n.lower() for n in names]
        self.bridge = bridge

    def named(self, groups: Iterable[dict[str, float]]) -> list[tuple[str, ...]]:
        """Each question word (a group's own, two Chinese characters) read as a calque of a document's name, as
        the English forms that name is written in."""
        out = []
        for g in groups:
            top = max(g.values(), default=0.0)
            for word in (t for t, w in g.items() if w >= top and len(t) == 2 and not t.isascii()):
                forms = tuple(f for f in calqued_forms(word, self.bridge) if any(written(f, n) for n in self.names))
                if forms and forms not in out:
                    out.append(forms)
        return out

    def constraints(self, groups: Iterable[dict[str, float]], constraints: tuple) -> tuple:
        """A ``named`` constraint (context.Constraint) for each name ``groups`` (a Chinese question's) write by meaning
        that no constraint of ``constraints`` holds."""
        held = {f for c in constraints for f in c.forms}
        out = []
        for forms in self.named(groups):
            if not held.intersection(forms):
                held.update(forms)
                out.append(Constraint("named", forms))
        return tuple(out)


def calqued_forms(word: str, bridge) -> tuple[str, ...]:
    """The English names the documents write, single words and capitalised pairs (``Bridge.english_names``), that a
    Chinese word translates by meaning (:func:`.calques.calque_forms`: 南港 -> southport, 港城 -> harbour city); ()
    without a bridge that records them. The one reading both a dictionary place's constraint (:mod:`.context`) and a
    document's own name (:class:`CalquedPlaces`) take."""
    if bridge is None or not bridge.to_english or not bridge.english_names:
        return ()
    return calque_forms(word, (w for w, _ in bridge.to_english.get(word, ())), bridge.english_names)


def named_rows(heard: tuple, names: Sequence[str], para_doc: np.ndarray, most: int) -> np.ndarray | None:
    """The passages of the documents whose own name (``names``: title, card and file name, by document number)
    writes a place a Chinese question wrote by sound or meaning (``heard``): its words reach none of their English
    passages, so neither search side made them candidates, and the constraint alone would have held the question
    to nothing (韦克斯伯里: the Wexbury report). None when no document, or more than ``most``, is named so."""
    forms = [f for x in heard for f in x.forms]
    docs = [i for i, n in enumerate(names) if any(written(f, n) for f in forms)]
    if not docs or len(docs) > most:
        return None
    return np.flatnonzero(np.isin(para_doc, docs))
