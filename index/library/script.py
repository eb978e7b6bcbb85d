"""Quote a traditional-Chinese document in its own script.

Every passage is indexed in simplified characters (``corpus.normalize``), so both sides of a search see the
same characters whatever script a document or a question is written in. A document written in traditional
characters would then be quoted back in simplified ones: its passages, its evidence sentence, its short answer
and its title. The document's own stored text says which traditional character each simplified one stood
for, so what is shown is mapped back:

- by position, where the shown text is found verbatim in the document's simplified text (almost always:
  evidence sentences, answers, passages other than table rows);
- else character by character, by what that character was most often in this document, a neighbouring
  character deciding where one simplified character stood for several (台 for 颱 and for 臺).

Documents in simplified characters (to_simplified changes nothing in them) get no map and pay nothing.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from reportbot.corpus.document import Paragraph
from reportbot.corpus.normalize import normalize, to_simplified
from reportbot.index.answering.engine import Answer


@dataclass(frozen=True)
class ScriptMap:
    """A document's text in simplified characters and as written, position for position.

    Attributes:
        simplified: the document's lines, normalised as passages are (simplified characters), joined by
            newlines; lines whose simplification changed their length are kept simplified on both sides.
        original: the same lines normalised but in the document's own characters.
        chars: simplified character -> the character it most often stood for in this document.
        context: (simplified character, its next or previous character, side) -> the character it stood for,
            for the characters that stood for more than one.
        positions: where each character of ``simplified`` stands, built with the map (:class:`Positions`).
    """

    simplified: str
    original: str
    chars: dict[str, str]
    context: dict[tuple[str, str, int], str]
    positions: Positions = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "positions", Positions(self.simplified))

    def restore(self, text: str) -> str:
        """``text`` (simplified, taken from this document) in the document's own characters."""
        if not text or not any(c in self.chars for c in text):
            return text
        at = self.positions.find(text)
        if at >= 0:
            return self.original[at:at + len(text)]
        out = []
        for i, c in enumerate(text):
            if c not in self.chars:
                out.append(c)
                continue
            after = self.context.get((c, text[i + 1], 1)) if i + 1 < len(text) else None
            before = self.context.get((c, text[i - 1], -1)) if i else None
            out.append(after or before or self.chars[c])
        return "".join(out)


class Positions:
    """Where each character stands in a text: finds a piece of it from the positions of its rarest character
    instead of scanning the whole text (a document is searched once for every sentence shown from it)."""

    def __init__(self, text: str):
        self.text = text
        codes = np.frombuffer(text.encode("utf-32-le"), dtype="<u4")
        self._order = np.argsort(codes, kind="stable")  # positions grouped by character, ascending in each group
        self._codes = codes[self._order]

    def _of(self, c: str) -> np.ndarray:
        code = ord(c)
        return self._order[np.searchsorted(self._codes, code, "left"):np.searchsorted(self._codes, code, "right")]

    def find(self, piece: str) -> int:
        """The first position of ``piece`` in the text, or -1: what ``text.find(piece)`` gives."""
        if not piece:
            return 0
        rarest = min(set(piece), key=lambda c: len(self._of(c)))
        offset = piece.index(rarest)
        for at in self._of(rarest).tolist():
            if at >= offset and self.text.startswith(piece, at - offset):
                return at - offset
        return -1


def learn(text: str) -> ScriptMap | None:
    """The map of a document's stored text, or None when it is written in simplified characters."""
    if to_simplified(text) == text:
        return None
    simplified, original = [], []
    for line in text.split("\n"):
        kept = normalize(line, simplify=False)
        simple = to_simplified(kept)
        simplified.append(simple)
        original.append(kept if len(kept) == len(simple) else simple)
    s, o = "\n".join(simplified), "\n".join(original)
    if s == o:
        return None
    counts: dict[str, Counter] = defaultdict(Counter)
    for a, b in zip(s, o):
        counts[a][b] += 1
    changed = {a for a, b in zip(s, o) if a != b}
    chars = {a: counts[a].most_common(1)[0][0] for a in changed}
    return ScriptMap(s, o, chars, _context(s, o, {a for a in changed if len(counts[a]) > 1}))


def _context(s: str, o: str, ambiguous: set[str]) -> dict[tuple[str, str, int], str]:
    """For characters that stood for several: what each neighbour says they stood for (its majority)."""
    seen: dict[tuple[str, str, int], Counter] = defaultdict(Counter)
    for i, a in enumerate(s):
        if a not in ambiguous:
            continue
        if i + 1 < len(s):
            seen[(a, s[i + 1], 1)][o[i]] += 1
        if i:
            seen[(a, s[i - 1], -1)][o[i]] += 1
    return {k: v.most_common(1)[0][0] for k, v in seen.items()}


class Scripts:
    """The maps of a data folder's documents (``documents/<id>.txt``), each learned when first needed.

    A document's id is a hash of its content, so a map goes stale only when a build reads its file again into
    another text under the same id (``originals.py``): the service then makes a new :class:`Scripts`.
    """

    def __init__(self, folder: Path):
        self._folder = folder
        self._maps: dict[str, ScriptMap | None] = {}

    def of(self, doc_id: str) -> ScriptMap | None:
        if doc_id not in self._maps:
            try:
                text = (self._folder / f"{doc_id}.txt").read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                text = ""
            self._maps[doc_id] = learn(text)
        return self._maps[doc_id]

    def title(self, doc_id: str, title: str) -> str:
        m = self.of(doc_id)
        return m.restore(title) if m else title

    def paragraph(self, p: Paragraph) -> Paragraph:
        """The passage as its document writes it."""
        m = self.of(p.doc_id)
        if m is None:
            return p
        return replace(p, text=m.restore(p.text), sentences=tuple(m.restore(x) for x in p.sentences),
                       section=m.restore(p.section) if p.section else p.section,
                       path=tuple(m.restore(x) for x in p.path),
                       written="\n".join(m.restore(x) for x in p.written.split("\n")) if p.written else "",
                       lead=m.restore(p.lead) if p.lead else "")

    def answer(self, a: Answer) -> Answer:
        """The answer with its passages, evidence, short answer and titles in their documents' own script."""
        if not any(self.of(h.paragraph.doc_id) for h in a.hits):
            return a
        home = next((h.paragraph.doc_id for h in a.hits if a.evidence and a.evidence in h.paragraph.text),
                    a.hits[0].paragraph.doc_id)
        m = self.of(home)
        own = m.restore if m else (lambda x: x)
        titles = dict(a.titles)
        for d in {h.paragraph.doc_id for h in a.hits} & titles.keys():
            titles[d] = self.title(d, titles[d])
        return replace(a, answer=own(a.answer), evidence=own(a.evidence),
                       hits=[replace(h, paragraph=self.paragraph(h.paragraph)) for h in a.hits], titles=titles)
