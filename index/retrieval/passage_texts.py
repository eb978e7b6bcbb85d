"""What an index is made of, derived from documents alone (moved from passage_index.py): the text each vector
embeds, each paragraph's language, each passage's context tokens, the corpus hash, the distinct sentences.
"""
from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence

import numpy as np
from reportbot.corpus.document import Document, Paragraph
from reportbot.corpus.normalize import SCRIPT, is_chinese
from reportbot.corpus.pdf_pages import LAYOUT
from reportbot.corpus.split import MAX_PASSAGE_CHARS, PLAIN
from reportbot.index.retrieval.addresses import without_addresses
from reportbot.index.retrieval.bm25 import BM25
from reportbot.index.retrieval.bridge_weights import BRIDGE
from reportbot.index.retrieval.context import context_text
from reportbot.index.retrieval.tokenize import tokenize


def sentence_ids(sentences: list[str]) -> np.ndarray:
    """For each sentence, the number of its distinct text in order of first appearance."""
    seen: dict[str, int] = {}
    return np.array([seen.setdefault(t, len(seen)) for t in sentences], dtype=np.int64)


def chinese_rows(paragraphs: Sequence[Paragraph]) -> np.ndarray:
    """For each paragraph, whether it is written in Chinese (three in ten of its letters or more), its e-mail and web
    addresses left out: an address is an identifier, not words (a contact line, 查詢電話：…　電郵：name@example.org,
    whose address has more Latin letters than the line has Chinese characters, is Chinese; read as English it took
    the cross-language offset every Chinese question gives an English passage, and came first for any of them)."""
    return np.array([is_chinese(_words(p.text)[:200]) for p in paragraphs], dtype=bool)  # the start tells


def _words(text: str) -> str:
    """``text`` without its addresses, or as written when it is an address alone."""
    bare = without_addresses(text)
    return bare if bare.strip() else text


def context_tokens(documents: Sequence[Document]) -> list[list[str]]:
    """Each passage's context (title, date, heading path) as keyword tokens; one tokenization per distinct context."""
    tokens: dict[str, list[str]] = {}
    rows = []
    for d in documents:
        for p in d.paragraphs:
            # the header card holds the title itself: its context would count it twice
            text = "" if p.is_header else context_text(d.title, d.date, p)
            if text not in tokens:
                tokens[text] = tokenize(text)
            rows.append(tokens[text])
    return rows


def context_bm25(documents: Sequence[Document]) -> BM25:
    """Keyword postings of each passage's context."""
    return BM25.from_tokens(context_tokens(documents))


def vector_texts(documents: Sequence[Document]) -> list[str]:
    """What each paragraph's vector is made of, in order: its text (without addresses) under its context (title,
    date, heading path), so a question that names the document or the section finds it on the dense side too."""
    return [p.text if p.is_header else f"{context_text(d.title, d.date, p)}\n{without_addresses(p.text)}"
            for d in documents for p in d.paragraphs]


def corpus_hash(documents: Sequence[Document]) -> str:
    h = hashlib.sha256()
    for d in sorted(documents, key=lambda d: d.doc_id):
        for p in d.paragraphs:
            written = f"\x00{p.written}" if p.written else ""  # (a table as written; other passages hash as they did)
            lead = f"\x01{p.lead}" if p.lead else ""  # (the sentence a passage standing apart is read under)
            h.update(f"{p.pid}\x00{p.section}\x00{p.page}\x00{p.kind}\x00{p.text}{written}{lead}\n".encode())
    return h.hexdigest()[:16]


def tunables() -> dict:
    """The tunables that shape what an index is built from and of, for its manifest: how this reportbot reads a
    PDF's and a plain text's lines, which of a text's last lines close it, and tells Chinese text (a document's text
    is read when it is added, so a value changed since shows here), the bridge's weights (``bridge.json``), and the
    named limits that size passages, PDF tables and the vector store."""
    from reportbot.corpus import (
        closing,
        end_mark,
        item_runs,
        leader_lines,
        pdf_furniture,
        pdf_grid,
        pdf_lists,
        pdf_panels,
        pdf_sizes,
        pdf_slides,
        pdf_spacing,
        pdf_tables,
        plain_structure,
        sentences,
    )
    from reportbot.corpus.passage_builder import CAPTION_CHARS
    from reportbot.corpus.pdf_rules import RULES
    from reportbot.index.answering import figure_nouns
    from reportbot.index.retrieval.store import HNSW_M

    limits = {"max_passage_chars": MAX_PASSAGE_CHARS, "max_sentence_chars": sentences.MAX_SENTENCE_CHARS,
              "pdf_edge_lines": pdf_furniture.EDGE_LINES,
              "pdf_table_cell_chars": pdf_tables.MAX_CELL_CHARS, "pdf_table_rows": pdf_tables.MIN_ROWS,
              "pdf_table_width": pdf_tables.MAX_WIDTH, "hnsw_m": HNSW_M,
              "table_caption_chars": CAPTION_CHARS}  # (a numbered caption opening its table's passage)
    return {"pdf_layout": dataclasses.asdict(LAYOUT), "pdf_grid": dataclasses.asdict(pdf_grid.GRID),
            "pdf_rules": dataclasses.asdict(RULES),
            "pdf_spacing": dataclasses.asdict(pdf_spacing.SPACING), "pdf_sizes": dataclasses.asdict(pdf_sizes.SIZES),
            "pdf_items": dataclasses.asdict(pdf_lists.ITEMS), "pdf_slides": dataclasses.asdict(pdf_slides.SLIDE),
            "item_runs": dataclasses.asdict(item_runs.RUNS),  # (numbered paragraphs read as one list)
            "pdf_panels": dataclasses.asdict(pdf_panels.PANELS),
            "plain_layout": dataclasses.asdict(PLAIN), "plain_tables": dataclasses.asdict(plain_structure.PLAIN_TABLES),
            "leader_values": dataclasses.asdict(leader_lines.LEADER_VALUES),  # (a form's value after leader dots)
            "end_mark": dataclasses.asdict(end_mark.END_MARK),  # (a release's closing after －完－)
            "script": dataclasses.asdict(SCRIPT),
            "closing": dataclasses.asdict(closing.CLOSING),
            "figure_nouns": dataclasses.asdict(figure_nouns.NOUNS),  # (the answering's hand-set gap, recorded too)
            "bridge": dataclasses.asdict(BRIDGE), "limits": limits}
