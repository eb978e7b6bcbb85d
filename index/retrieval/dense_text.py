"""What the dense side embeds of a Chinese question: its words without the English name it quotes.

A Chinese question about an English document often calls the document by its English name, in Latin letters
("Harbor Valley Relief Network 服务多少个镇", "maple诊所 周日开不开"). To e5 that name is the closest thing the
question and the document share, so the dense side prefers the passage that repeats the name (the welcome line,
the cover) over the passage that answers. The name names the document, as its title does: the keyword side
already counts it as context for every passage of the document alike (``scope.ContextField``). The dense side
is asked with the question's other words, so it compares what is asked with what each passage says.

A Latin stretch names a document when a document writes it as a name: in its title or file name, or as a
capitalised phrase (or an acronym) in its opening passage, where a document introduces itself. Latin words that
are not such a name ("walk-in", "Logistics Drivers" when no document is called so) stay: they are what is asked.
English questions are embedded whole.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reportbot.corpus.normalize import is_chinese

_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9'&.-]*(?:[ \t]+[A-Za-z][A-Za-z0-9'&.-]*)*")
_CAPITALISED = re.compile(r"[A-Z][A-Za-z0-9'&-]*(?:[ \t]+(?:of|and|the|for|&)?[ \t]*[A-Z][A-Za-z0-9'&-]*)*")
_HAN = re.compile(r"[\u3400-\u9fff]")
MIN_HAN = 2  # Chinese characters the rest of the question must keep to be worth asking alone


def _plain(text: str) -> str:
    """Lower case, words separated by single spaces, padded so a phrase is found at word boundaries."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


@dataclass(frozen=True)
class DocumentNames:
    """The Latin names the documents give themselves, as plain lower-case strings (padded with spaces).

    ``whole``: titles and file names (any of their words names its document); ``phrases``: the capitalised phrases
    and acronyms of the documents' openings (a run of two words or more, or an acronym, names it).
    """

    whole: tuple[str, ...]
    phrases: tuple[str, ...]

    @classmethod
    def of(cls, titles: Iterable[str], sources: Iterable[str], openings: Iterable[str]) -> DocumentNames:
        whole = [_plain(t) for t in titles] + [_plain(re.sub(r"\.[A-Za-z0-9]+$", "", s)) for s in sources]
        phrases = [_plain(m) for o in openings for m in _CAPITALISED.findall(o)]
        return cls(tuple(w for w in whole if w.strip()), tuple(p for p in phrases if p.strip()))

    def names(self, words: list[str], acronym: bool) -> bool:
        """Whether these consecutive Latin words are (part of) a document's name."""
        run = _plain(" ".join(words))
        if run.strip() == "":
            return False
        if any(run in w for w in self.whole):
            return True
        return (len(words) >= 2 or acronym) and any(run in p for p in self.phrases)


def _named_spans(words: list[str], names: DocumentNames) -> list[bool]:
    """For each word of a Latin stretch, whether it lies in a longest run that names a document."""
    out = [False] * len(words)
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            part = words[i:j]
            if names.names(part, len(part) == 1 and len(part[0]) >= 2 and part[0].isupper()):
                out[i:j] = [True] * (j - i)
                i = j
                break
        else:
            i += 1
    return out


def dense_text(text: str, names: DocumentNames) -> str:
    """The text of a Chinese question the dense side embeds: ``text`` without the Latin words that name a document.

    Unchanged when what would be left is not Chinese (an English question quoting a Chinese term) or holds fewer
    than ``MIN_HAN`` Chinese characters.
    """
    if len(_HAN.findall(text)) < MIN_HAN or not (names.whole or names.phrases):
        return text

    def cut(m: re.Match) -> str:
        words = m.group(0).split()
        named = _named_spans(words, names)
        return " " + " ".join(w for w, n in zip(words, named) if not n) + " " if any(named) else m.group(0)

    out = re.sub(r"\s+", " ", _LATIN_RUN.sub(cut, text)).strip()
    return out if out != text and len(_HAN.findall(out)) >= MIN_HAN and is_chinese(out) else text


def openings(index) -> list[str]:
    """Each document's opening passage (the one after its header card), by document number; "" where none."""
    out = []
    for doc in index.doc_order:
        row = index.header_row.get(doc)
        same = row is not None and row + 1 < len(index.paragraphs) and index.para_doc[row + 1] == index.para_doc[row]
        out.append(index.paragraphs[row + 1].text if same else "")
    return out


def headings_after_cards(index) -> list[str]:
    """Each document's opening heading, by document number: the heading over the passage after its header card (the
    title is the context of every passage already)."""
    out = []
    for doc in index.doc_order:
        row = index.header_row.get(doc)
        same = row is not None and row + 1 < len(index.paragraphs) and index.para_doc[row + 1] == index.para_doc[row]
        out.append((index.paragraphs[row + 1].section or "") if same else "")
    return out
