"""Split a document's text into its title, author line, headings, paragraphs and sentences."""
from __future__ import annotations

import re

from reportbot.corpus.document import Document, Paragraph, content_id
from reportbot.corpus.errors import EmptyDocumentError
from reportbot.corpus.normalize import normalize

_END = "。！？!?…"
_CLOSE = "”’」』）)》\"'"
_SENT_END = re.compile(rf"([{_END}]+|(?<![\d.])\.(?=\s|$)|；(?=.{{40}}))([{re.escape(_CLOSE)}]*)")
_AUTHOR = re.compile(r"^(?:[■□●◆▲★☆◇]+|作者[:：]|文[/／:：]|by\s+|撰稿[:：]|记者[:：]?)\s*(.{1,40})$", re.I)
# A paragraph longer than this is cut at sentence boundaries into several passages.
MAX_PASSAGE_CHARS = 600


def split_sentences(text: str) -> list[str]:
    """Split a paragraph into sentences, keeping closing quotes with their sentence.

    Args:
        text: one normalised paragraph.

    Returns:
        The non-empty sentences, stripped, in order. A long run of clauses joined by
        full-width semicolons is also cut there.
    """
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def is_heading(line: str) -> bool:
    """A short line that does not end a sentence: a title or section heading."""
    line = line.strip()
    if not line or len(line) > 40:
        return False
    if line[-1] in _END + "；;：:，,、" or line.endswith("."):
        return False
    return not re.fullmatch(r"[\d\W_]+", line)


def _unwrap(lines: list[str]) -> list[str]:
    """Join lines that a PDF or fixed-width export broke inside a paragraph."""
    long_lines = sorted(len(x) for x in lines if len(x) > 15)
    if len(long_lines) < 4:
        return lines
    width = long_lines[int(len(long_lines) * 0.9)]
    # Only files whose lines mostly stop at one width were hard-wrapped.
    wrapped = sum(1 for x in lines if len(x) >= 0.8 * width and x[-1] not in _END + _CLOSE)
    if wrapped < len(lines) * 0.3:
        return lines
    out: list[str] = []
    prev = ""
    for line in lines:
        if out and (line[0] in _CLOSE + "，。、；：,.;:" or
                    (len(prev) >= 0.8 * width and prev[-1] not in _END + _CLOSE)):
            joiner = " " if re.search(r"[A-Za-z0-9]$", out[-1]) and re.match(r"[A-Za-z0-9]", line) else ""
            out[-1] = out[-1] + joiner + line
        else:
            out.append(line)
        prev = line
    return out


def _blocks(text: str) -> list[str]:
    """Paragraph blocks: blank-line separated blocks, or lines when there are no blank lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n")
    raw_lines = [normalize(x) for x in text.split("\n")]
    blank = sum(1 for x in raw_lines if not x)
    if blank and blank >= 0.25 * (len(raw_lines) - blank):
        # Blank-line separated: lines inside one block belong together,
        # unless they look like a heading of their own.
        blocks, cur = [], []
        for line in raw_lines + [""]:
            if line:
                cur.append(line)
                continue
            if cur:
                blocks.extend(_unwrap_block(cur))
                cur = []
        return blocks
    return _unwrap([x for x in raw_lines if x])


def _unwrap_block(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if out and not is_heading(out[-1]) and not is_heading(line) or (out and line[0] in _CLOSE):
            joiner = " " if re.search(r"[A-Za-z0-9,;]$", out[-1]) and re.match(r"[A-Za-z0-9(]", line) else ""
            out[-1] = out[-1] + joiner + line
        else:
            out.append(line)
    return out


def _chunks(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """Cut an over-long paragraph at sentence boundaries."""
    sentences = split_sentences(text)
    chunks: list[list[str]] = [[]]
    for s in sentences:
        if chunks[-1] and sum(len(x) for x in chunks[-1]) + len(s) > MAX_PASSAGE_CHARS:
            chunks.append([])
        chunks[-1].append(s)
    return [("".join(c) if not re.search(r"[A-Za-z]", "".join(c)) else " ".join(c), tuple(c)) for c in chunks if c]


def parse_text(text: str, source: str = "", max_paragraphs: int = 20000) -> Document:
    """Parse plain text into a :class:`Document`.

    The first line is the title when it is heading-like; a following line marked
    like ``■  张亚东`` or ``作者：…`` is the author line; other heading-like lines
    are section headings and become the ``section`` of the paragraphs below them.
    None of these is a body paragraph; the title and author line make up the
    header card, paragraph 0.

    Args:
        text: the document's text.
        source: the file name, used as the title when the text has none.
        max_paragraphs: refuse documents with more body paragraphs than this.

    Raises:
        EmptyDocumentError: when no body paragraph is left.
        ValueError: when the document has more than ``max_paragraphs`` paragraphs.
    """
    blocks = _blocks(text)
    doc_id = content_id("\n".join(blocks))
    title, author, author_line = None, None, None
    i = 0
    if blocks and is_heading(blocks[0]) and len(blocks) > 1:
        title, i = blocks[0], 1
    if i < len(blocks):
        m = _AUTHOR.match(blocks[i])
        if m and len(blocks[i]) <= 40:
            author, author_line, i = m.group(1).strip(), blocks[i], i + 1
    section, headings, bodies = None, [], []
    for block in blocks[i:]:
        if not re.search(r"\w", block):
            continue  # punctuation or rules only
        if is_heading(block):
            section = block
            headings.append(block)
            continue
        for chunk_text, sentences in _chunks(block):
            bodies.append((chunk_text, sentences, section))
    if not bodies:
        raise EmptyDocumentError("no paragraph of text found")
    if len(bodies) > max_paragraphs:
        raise ValueError(f"{len(bodies)} paragraphs; at most {max_paragraphs} per document")
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", source.rsplit("/", 1)[-1]) if source else ""
    title = title or stem or bodies[0][0][:30]
    header_text = title + (f" {author_line}" if author_line else "")
    paragraphs = [Paragraph(doc_id, 0, header_text, (header_text,), None)]
    paragraphs += [Paragraph(doc_id, n, t, s, sec) for n, (t, s, sec) in enumerate(bodies, start=1)]
    return Document(doc_id, title, author, tuple(headings), tuple(paragraphs), source)
