"""The data the rest of the system works on: documents made of paragraphs."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    """One passage: a body paragraph, or a document's header card (number 0).

    Attributes:
        doc_id: id of the document it belongs to.
        number: 1-based position among the document's body paragraphs; 0 for
            the header card that holds the title and author line.
        text: the normalised paragraph text.
        sentences: ``text`` split into sentences, in order.
        section: the heading of the section the paragraph stands in, if any.
    """

    doc_id: str
    number: int
    text: str
    sentences: tuple[str, ...]
    section: str | None = None

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
    """

    doc_id: str
    title: str
    author: str | None
    headings: tuple[str, ...]
    paragraphs: tuple[Paragraph, ...]
    source: str = ""
    meta: dict = field(default_factory=dict, compare=False)

    @property
    def body(self) -> tuple[Paragraph, ...]:
        return tuple(p for p in self.paragraphs if not p.is_header)


def content_id(text: str) -> str:
    """Short, stable id of a document's content (whitespace-insensitive)."""
    digest = hashlib.sha256("".join(text.split()).encode("utf-8")).hexdigest()
    return digest[:10]
