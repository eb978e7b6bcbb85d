"""The data the rest of the system works on: documents made of paragraphs."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraph:
    """One passage: a body paragraph, or a document's header card (number 0).

    Attributes:
        doc_id: id of the document it belongs to.
        number: 1-based position among the document's body paragraphs; 0 for
            the header card that holds the title and author line.
        text: the normalised paragraph text.
        sentences: ``text`` split into sentences, in order.
        section: the heading path as one line (``2. CPR › 2.1 Adult CPR``), if any.
        path: the headings the paragraph stands under, outermost first.
        page: the page it starts on, for files that have pages (PDF).
        kind: ``text``, ``list`` (list items, one sentence or more each) or ``table``
            (one row a sentence, each read with its header: ``献血人次：1260``).
        written: for a table's passage, its table as the document writes it: the header row and the passage's
            rows, each as a pipe-table row (``| 四平市 | 1830 | 5.1 |``), which is how every loader's text writes
            a table; "" for other passages. Shown after ``text`` (:attr:`shown`), so a citation of the row as
            written is in the passage, while search and the answer engine read ``text`` and ``sentences`` alone,
            each row read with its header, a value paired with its column's name. A form's lines read with a
            legend's year in their bracket (``Reserves: 212,300 (193,845 in 2023-24)``, .bracket_legend) are shown
            so too, as the document writes them (``Reserves ........ 212,300 (193,845)``).
        lead: for a passage that stands apart from the text it belongs to (a labelled list of names, a document's
            closing: :mod:`.leads`), the sentence it is read under: the last sentence of the passage
            before it that does not stand apart (``Minutes of the ordinary committee meeting held on 12 November
            2025.`` over ``Apologies: …``); "" for other passages. Not part of its text: it counts with the
            passage's context (title, date, heading path) where a question is matched, as a heading does.
    """

    doc_id: str
    number: int
    text: str
    sentences: tuple[str, ...]
    section: str | None = None
    path: tuple[str, ...] = ()
    page: int | None = None
    kind: str = "text"
    written: str = ""
    lead: str = ""

    @property
    def shown(self) -> str:
        """The passage as a reader sees it and a citation quotes it: its text, then, for a table, the table as the
        document writes it (a row is quoted as written, ``四平市 | 1830 | 5.1``, or as read with its header, as a
        reply quotes it, ``四平市 — 募集款物（万元）：1830；…``)."""
        return f"{self.text}\n{self.written}" if self.written else self.text

    @property
    def pid(self) -> str:
        """Stable passage id: document id and paragraph number."""
        return f"{self.doc_id}:{self.number}"

    @property
    def is_header(self) -> bool:
        return self.number == 0


@dataclass(frozen=True)
class Document:
    """A parsed document.

    Attributes:
        doc_id: short content hash; the same text always gets the same id.
        title: the title line, or the file name where the text has none.
        author: the author line's name, if the document has one.
        headings: section headings in order of appearance.
        paragraphs: the header card (number 0) followed by the body paragraphs.
        source: the file name it was read from.
        date: the date the document gives for itself (its first date), if any.
        names: the lines its header card holds beside the title that name it too (a PDF's title block: its issuer,
            its name, its edition): names a question may call it by, as it could when they opened the first passage.
    """

    doc_id: str
    title: str
    author: str | None
    headings: tuple[str, ...]
    paragraphs: tuple[Paragraph, ...]
    source: str = ""
    date: str | None = None
    names: tuple[str, ...] = ()

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if not p.is_header)


PATH_SEPARATOR = " › "


def content_id(text: str) -> str:
    """Short, stable id of a document's content (whitespace-insensitive)."""
    digest = hashlib.sha256("".join(text.split()).encode("utf-8")).hexdigest()
    return digest[:10]
