"""The English name a Chinese question quotes: context for its document, not words its passages must say.

A Chinese question about an English document often calls the document by its English name, in Latin letters
("Harbor Valley Relief Network 服务多少个镇", "maple诊所 周日开不开"). Read as content, the name draws the passage
that repeats it (the welcome line, the cover) over the passage that answers: on the keyword side it is a matched
word only that passage has, on the dense side the closest thing question and document share. The name names the
document, as its title does, so (:func:`name_context`) its words count as the context of every passage of the
named document alike (``scope.ContextField.named``, as ``names.py`` does for Chinese names). The dense side asks the
whole question once: asking it again without the name among the named document's passages gained no search hit
beside the context (zhen-15, fifteenth round; dropped).

A Latin stretch names a document when a document writes it as a name: in its title or file name, or as a
capitalised phrase (or an acronym) in its opening passage, where a document introduces itself; and one of its words
is written in no other document's passages (a common word a file name holds, CPR, is what is asked). Latin words
that are not such a name ("walk-in") stay content. English questions are read whole.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from reportbot.corpus.normalize import is_chinese
from reportbot.index.retrieval.tokenize import stem

_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9'&.-]*(?:[ \t]+[A-Za-z][A-Za-z0-9'&.-]*)*")
_CAPITALISED = re.compile(r"[A-Z][A-Za-z0-9'&-]*(?:[ \t]+(?:of|and|the|for|&)?[ \t]*[A-Z][A-Za-z0-9'&-]*)*")
_HAN = re.compile(r"[\u3400-\u9fff]")
MIN_HAN = 2  # Chinese characters the rest of the question must keep to be worth asking alone
MIN_WORDS = 2  # words an English question without its document's name must keep; 1, 2 and 3 alike on tune 22/33/35


def _plain(text: str) -> str:
    """Lower case, words separated by single spaces, padded so a phrase is found at word boundaries."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


@dataclass(frozen=True)
class DocumentNames:
    """The Latin names the documents give themselves, each as (document number, plain lower-case string).

    ``whole``: titles and file names (any of their words names its document); ``phrases``: the capitalised phrases
    and acronyms of the documents' openings (a run of two words or more, or an acronym, names it).
    """

    whole: tuple[tuple[int, str], ...]
    phrases: tuple[tuple[int, str], ...]

    @classmethod
    def of(cls, titles: Sequence[str], sources: Sequence[str], openings: Sequence[str]) -> DocumentNames:
        """From each document's title, file name and opening passage, by document number."""
        whole = [(d, _plain(t)) for d, t in enumerate(titles)] + \
            [(d, _plain(re.sub(r"\.[A-Za-z0-9]+$", "", s))) for d, s in enumerate(sources)]
        phrases = [(d, _plain(m)) for d, o in enumerate(openings) for m in _CAPITALISED.findall(o)]
        return cls(tuple(w for w in whole if w[1].strip()), tuple(p for p in phrases if p[1].strip()))

    def named(self, words: list[str], acronym: bool, written_in: Callable[[str], frozenset[int]]
              ) -> frozenset[int]:
        """The documents these consecutive Latin words are (part of) the name of.

        A name is proper to its documents: one of its words is written in no other document's passages
        (``written_in``: the documents whose passages write a word). A common word a file name holds ("CPR" in
        cpr_handbook.html) is what a question asks about, not a name.
        """
        run = _plain(" ".join(words))
        if run.strip() == "":
            return frozenset()
        docs = {d for d, w in self.whole if run in w}
        if len(words) >= 2 or acronym:
            docs |= {d for d, p in self.phrases if run in p}
        return frozenset(docs) if docs and any(written_in(w) <= docs for w in run.split()) else frozenset()


def _named_spans(words: list[str], names: DocumentNames, written_in: Callable[[str], frozenset[int]]
                 ) -> tuple[list[bool], set[int]]:
    """For each word of a Latin stretch, whether it lies in a longest run that names a document; and those documents."""
    out, docs = [False] * len(words), set()
    i = 0
    while i < len(words):
        for j in range(len(words), i, -1):
            part = words[i:j]
            found = names.named(part, len(part) == 1 and len(part[0]) >= 2 and part[0].isupper(), written_in)
            if found:
                out[i:j] = [True] * (j - i)
                docs |= found
                i = j
                break
        else:
            i += 1
    return out, docs


def _names_cut(text: str, names: DocumentNames, written_in: Callable[[str], frozenset[int]], pad: bool
               ) -> tuple[str, set[int]]:
    """(``text`` with each Latin run's words that name a document cut, its spaces folded; the documents they name).
    ``pad``: a cut run stands apart from the Chinese around it (a Chinese question's Latin words)."""
    docs: set[int] = set()

    def cut(m: re.Match) -> str:
        words = m.group(0).split()
        named, found = _named_spans(words, names, written_in)
        docs.update(found)
        kept = " ".join(w for w, n in zip(words, named) if not n)
        return (f" {kept} " if pad else kept) if any(named) else m.group(0)

    return re.sub(r"\s+", " ", _LATIN_RUN.sub(cut, text)).strip(), docs


def dense_text(text: str, names: DocumentNames, written_in: Callable[[str], frozenset[int]]
               ) -> tuple[str, frozenset[int]]:
    """(the text of a Chinese question the dense side embeds: ``text`` without the Latin words that name a
    document, the documents they name).

    Unchanged (and no document) for a question read as English (``normalize.is_chinese``: its analysis is English
    too), and when what would be left is not Chinese or holds fewer than ``MIN_HAN`` Chinese characters.
    ``written_in``: the documents whose passages write a (lower-case) word.
    """
    if not is_chinese(text) or not (names.whole or names.phrases):
        return text, frozenset()
    out, docs = _names_cut(text, names, written_in, pad=True)
    if out == text or len(_HAN.findall(out)) < MIN_HAN or not is_chinese(out):
        return text, frozenset()
    return out, frozenset(docs)


def english_name_free(text: str, names: DocumentNames, written_in: Callable[[str], frozenset[int]]
                      ) -> tuple[str, frozenset[int]]:
    """(an English question without the words that name a document, read as :func:`dense_text` reads a Chinese
    question's Latin words, the documents they name): what the question asks of the document it names ("who
    checked the accounts" of "who checked the ashcombe accounts"), for holding the name's lift (:mod:`.name_lift`),
    not for the dense side's own question, which stays whole. Unchanged (and no document) for a Chinese question,
    and when what would be left has fewer than ``MIN_WORDS`` words."""
    if is_chinese(text) or not (names.whole or names.phrases):
        return text, frozenset()
    out, docs = _names_cut(text, names, written_in, pad=False)
    if not docs or len(re.findall(r"[A-Za-z0-9]+", out)) < MIN_WORDS:
        return text, frozenset()
    return out, frozenset(docs)


def documents_called(text: str, names: DocumentNames, written_in: Callable[[str], frozenset[int]],
                     constraints: Sequence = (), own: frozenset[str] = frozenset()) -> frozenset[int]:
    """The documents a question's Latin words call by name (in either language: "northgate A&E attendances", "eastfield
    紧急出动了几次"), read as :func:`dense_text` reads a Chinese question's. A place the question names (its place
    ``constraints``, context.py) is no name here: the constraints hold the question to it, and the report may be
    about it too (zhejiang in a Zhejiang update's file name); so is a word of the report's own (``own``, stems: the
    report writes its Chinese words, 红十字会 for the red cross one English document writes)."""
    places = {f for x in constraints if x.kind == "place" for f in x.forms if f.isascii()}
    docs: set[int] = set()
    for m in _LATIN_RUN.finditer(text):
        words = m.group(0).split()
        cuts = [-1] + [i for i, w in enumerate(words) if w.lower() in places or stem(w.lower()) in own] + [len(words)]
        for a, b in zip(cuts, cuts[1:]):  # the runs between the places
            docs |= _named_spans(words[a + 1:b], names, written_in)[1]
    return frozenset(docs)


def name_context(groups: Sequence[dict[str, float]], text: str, free: str, named: frozenset[int],
                 para_doc: np.ndarray, stem: Callable[[str], str]) -> dict[str, np.ndarray]:
    """The question's Latin terms that name a document (``text`` writes them, ``free`` left them out), each with the
    named documents' passage rows: they count as those passages' context (``scope.ContextField.named``), as a
    title's words do, not as words a welcome line that repeats the name answers."""
    cut = {stem(w) for w in re.findall(r"[a-z0-9]+", text.lower())} - \
        {stem(w) for w in re.findall(r"[a-z0-9]+", free.lower())}
    rows = np.flatnonzero(np.isin(para_doc, list(named)))
    return {t: rows for g in groups for t in g if t.isascii() and t in cut}


def written_in(index, word: str) -> frozenset[int]:
    """The documents whose passages write ``word`` (by its stem, as the keyword index keeps it)."""
    hit = index.para_bm25.postings(stem(word))
    return frozenset() if hit is None else frozenset(np.unique(index.para_doc[hit[0]]).tolist())


def openings(index) -> list[str]:
    """Each document's opening, by document number: the lines its header card names it with beside the title
    (``Document.names``, a title block printed above the first passage) and the passage after its header card."""
    out = []
    for doc in index.doc_order:
        row = index.header_row.get(doc)
        same = row is not None and row + 1 < len(index.paragraphs) and index.para_doc[row + 1] == index.para_doc[row]
        names = index.docs[doc].names if doc in index.docs else ()
        out.append("\n".join([*names, index.paragraphs[row + 1].text if same else ""]))
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
