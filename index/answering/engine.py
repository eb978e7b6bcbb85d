"""The question-answering engine: search, pick the evidence sentence, extract, decide."""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field, replace

from reportbot.corpus.document import Paragraph
from reportbot.index.answering.acronym import asked_letter, spelled_item
from reportbot.index.answering.answer_checks import counts_asked
from reportbot.index.answering.change_asked import change_kept
from reportbot.index.answering.evidence import evidence
from reportbot.index.answering.faq import asks, asks_whether, faq_answer
from reportbot.index.answering.figure_nouns import QUALIFIER
from reportbot.index.answering.figures_en import is_english
from reportbot.index.answering.held import known_share
from reportbot.index.answering.issued import asks_issued, own_date
from reportbot.index.answering.last_year import last_year_kept
from reportbot.index.answering.lists import shown
from reportbot.index.answering.new_or_total import new_or_total_kept
from reportbot.index.answering.own_year import own_year_kept
from reportbot.index.answering.part_year import whole_year_kept
from reportbot.index.answering.placed import places_placed
from reportbot.index.answering.places import context_place, extract_place
from reportbot.index.answering.plan_asked import plan_kept
from reportbot.index.answering.refusal import answers, header_answers
from reportbot.index.answering.search_side import search_side
from reportbot.index.answering.signals import Signals, measure
from reportbot.index.answering.spans import Span
from reportbot.index.answering.stated_otherwise import stated_otherwise
from reportbot.index.answering.structure import (
    asks_page,
    asks_section_title,
    beyond_pages,
    beyond_parts,
    named_page,
    page_answer,
    page_section,
    part_number,
    section_title_among,
)
from reportbot.index.answering.together import measure_together
from reportbot.index.answering.units import named_unit, question_unit, usual_unit
from reportbot.index.answering.unnamed_first import kept, one_further
from reportbot.index.answering.unsaid import DocumentTexts
from reportbot.index.answering.years_placed import years_placed
from reportbot.index.retrieval.embedders import Embedder
from reportbot.index.retrieval.passage_index import PassageIndex
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.search import Hit, Searcher, SearchResult

_COUNTABLE = re.compile(r"\bhow many\b")  # counts things: never an amount of money, whatever its thing is given in


@dataclass
class Answer:
    """What the CLI and the bot show for one question."""

    question: str
    answer: str
    abstained: bool
    evidence: str
    span: Span | None
    hits: list[Hit]
    lang: str
    kind: str
    signals: Signals | None = None
    seconds: float = 0.0
    titles: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)  # doc id -> the file name it was added as

    @property
    def top(self) -> Hit | None:
        return self.hits[0] if self.hits else None


class Engine:
    """Answers questions from one index; replace the whole engine to swap indexes."""

    def __init__(self, index: PassageIndex, embedder: Embedder, primary: frozenset[str] = frozenset()):
        self.index = index
        self.embedder = embedder
        self.searcher = Searcher(index, embedder, primary=primary)
        self._idf = index.sent_bm25.idf
        self._titles = {d: info.title for d, info in index.docs.items()}
        self._sources = {d: info.source for d, info in index.docs.items()}
        self._said = DocumentTexts(index.paragraphs, self._titles)

    def _context(self, hit: Hit) -> str:
        """What names the evidence's document beyond its text: its title, date and heading path, and the places
        the document is about (those most of its passages name) and the name it defines as itself (本队)."""
        own = self.searcher.field.words_of(int(self.index.para_doc[hit.row]))
        return " ".join(x for x in (self.index.context[hit.row], *sorted(own)) if x)

    def names_document(self, term: str) -> bool:
        """Whether a keyword term names some documents (their title, date, headings or own places), not all."""
        return 0 < self.searcher.field.documents(term) < len(self.index.doc_order)

    def usual_unit(self, q: Query, per_term: int = 40) -> str | None:
        """For a count question that names no measure: the unit the documents give the thing it asks about,
        by all its words together, else by its likeliest word alone (donations -> 捐赠, not 献血)."""
        if q.kind != "count" or question_unit(q) or named_unit(q.text):
            return None
        group = q.groups[q.focus[-1]] if q.focus else {}  # the counted thing: after the question word if named
        ranked = [t for t in sorted(group, key=lambda t: -group[t]) if not QUALIFIER.fullmatch(t)
                  and (len(t) >= 3 and q.lang == "zh" if t.isascii() else len(t) >= 2)]
        spelled = [self._corpus_words(t, group) for t in ranked]
        for chosen in [[w for ws in spelled for w in ws]] + [ws[:1] for ws in spelled[:1]]:
            rows: set[int] = set()
            for t in chosen:
                hit = self.index.para_bm25.postings(t)
                if hit is not None:
                    rows.update(int(r) for r in hit[0][:per_term])
            unit = usual_unit(chosen, (self.index.paragraphs[r].text for r in sorted(rows)))
            if unit is not None:
                return None if unit == "元" and _COUNTABLE.search(q.text.lower()) else unit
        return None

    def _corpus_words(self, term: str, group: dict[str, float]) -> list[str]:
        """The term if the documents use it, else the documents' words for its English forms through the
        dictionary (捐款 -> donation -> 捐赠), best first."""
        if term in self.index.para_bm25.vocab or term.isascii():
            return [term] if term in self.index.para_bm25.vocab else []
        phrases = self.index.bridge.phrases if self.index.bridge is not None else {}
        found = sorted(((w, weight) for t in group if t.isascii() for w, weight in phrases.get(t, ())),
                       key=lambda x: -x[1])
        return list(dict.fromkeys(w for w, _ in found if w in self.index.para_bm25.vocab))[:3]

    def signals(self, q: Query, hit: Hit, coverage: float, dense: float, sentence: str, span: Span | None) -> Signals:
        """The refusal model's signals for answering ``q`` with ``span`` from ``sentence`` of ``hit``."""
        context, usual, p = self._context(hit), self.usual_unit(q), hit.paragraph
        said = self._said(p.doc_id) if q.lang == "zh" and not is_english(sentence) else ""  # English says it in English
        s = measure(q, coverage, dense, sentence, context, span, known_share(q, self.index.para_bm25.vocab),
                    p.text, self.names_document, usual, said)
        asked = named_unit(q.text) or question_unit(q)  # what the documents usually give is weighed by typed
        document = self._document(p.doc_id) if named_page(q) is not None else ()
        known = self.index.para_bm25.vocab.__contains__
        return replace(s, **measure_together(q, sentence, span, context, asked, document, known))

    def _document(self, doc_id: str) -> list[Paragraph]:
        return [p for p in self.index.paragraphs if p.doc_id == doc_id]

    def ask(self, question: str, k: int = 3, allowed: frozenset[str] | None = None) -> Answer:
        """Answer one question.

        Args:
            question: the user's text.
            k: how many passages to return, best first.
            allowed: answer only from these documents (a group's scope); None: all.
        """
        t0 = time.perf_counter()
        result = self.searcher.search(question, k=max(k, 1), allowed=allowed)
        q = result.query
        hits = result.hits[:max(k, 1)]
        titles = self._titles
        if not hits or not q.content:
            return Answer(question, "", True, "", None, hits, q.lang, q.kind, None, time.perf_counter() - t0, titles,
                          self._sources)
        answer = self._answered(question, q, result, hits, t0, allowed)
        further = one_further(q, hits) if answer.abstained else None
        if further is not None:  # a first passage that cannot answer the question's kind: the next, if it answers
            second = self._answered(question, q, result, further, t0, allowed)
            return answer if second.abstained or not kept(q, second.evidence, second.span) else second
        return answer

    def _answered(self, question: str, q: Query, result: SearchResult, hits: list[Hit], t0: float,
                  allowed: frozenset[str] | None) -> Answer:
        """The answer from the first of ``hits`` (the passages in the order cited), or a refusal; ``allowed``: the
        documents a section title may come from (None: all)."""
        titles = self._titles
        top = hits[0]
        if asks_page(q) and top.paragraph.page is not None:
            hits, top = self._page_cited(q, hits)
        if asks_section_title(q):
            docs = dict.fromkeys([top.paragraph.doc_id,
                                  *(d for d in self.index.doc_order if allowed is None or d in allowed)])
            part = section_title_among(q, [self._document(d) for d in docs])
            if part is not None:
                return self._section_answer(question, q, hits, part, t0)
        issued = self._issued(q, hits) if asks_issued(q) else None  # when the document itself was issued: its date
        header = top.paragraph.is_header and q.kind in ("title", "author") or issued is not None
        if issued is not None:
            top, sentence, span = issued
            hits = [top, *(h for h in hits if h.row != top.row)]
        elif header:
            info = self.index.docs[top.paragraph.doc_id]
            text = info.title if q.kind == "title" else info.author  # None: the document names no author
            sentence = top.paragraph.text
            start = max(sentence.find(text or ""), 0)
            span = Span(text, start, start + len(text), "header") if text else None
        else:
            sentence, span = self._spelled(question, top) or evidence(result, top, self._idf)
            if (span.source == "clause" or asks(sentence)) and (q.kind in ("what", "other") or asks_whether(q)):
                sentence, span = faq_answer(q, top.paragraph) or (sentence, span)  # a FAQ's answer to its question
            if q.kind == "where" and span.source == "clause" and extract_place(q, sentence, []) is None:
                p = top.paragraph
                span = context_place(q, [p.section or "", self._titles.get(p.doc_id, "")]) or span
        page = page_answer(q, top.paragraph) if asks_page(q) else None
        if page:
            span = Span(page, 0, 0, "page")  # "on which page": the page the passage stands on
        coverage = 1.0 if header else top.coverage * (q.coverage_possible if q.lang == "en" else 1.0)
        signals = self.signals(q, top, coverage, result.dense_top, sentence, span)
        signals = replace(signals, **search_side(top.dense, result.dense_top, top.paragraph.sentences,
                                                 top.sentence_scores, sentence))
        # a passage that lacks a place or year the question names does not answer it (search puts any that agree first)
        decided = header_answers(signals) if header and span is not None else answers(signals)
        ok = span is not None and decided and top.constraints_ok and not self._beyond_document(q, top) \
            and places_placed(result.constraints, sentence, span, context := self._context(top), top.paragraph.text) \
            and (q.lang != "zh" or years_placed(result.constraints, sentence, span, context, top.paragraph.text,
                                                q.text) and new_or_total_kept(q.text, sentence, span)
                                 and own_year_kept(result.constraints, q.text, sentence, span)
                                 and whole_year_kept(q.text, sentence, span, context, top.paragraph.text)
                                 and change_kept(q.text, sentence, span)
                                 and plan_kept(q.text, sentence, span, top.paragraph.section or "")
                                 and last_year_kept(result.constraints, q.text, sentence, span, context,
                                                    top.paragraph.text, self.index.docs[top.paragraph.doc_id].date)) \
            and (q.lang == "zh" or not stated_otherwise(q.text, sentence, span, top.paragraph.text, context)) \
            and self._counts_asked(q, sentence, span, top)
        text = shown(span.text) if ok else ""  # a list too long to show: its first whole items
        return Answer(question, text, not ok, sentence if ok else "", span if ok else None, hits, q.lang,
                      q.kind, signals, time.perf_counter() - t0, titles, self._sources)

    def _issued(self, q: Query, hits: list[Hit]) -> tuple[Hit, str, Span] | None:
        """The date line of the document a question about its issuing names, as a hit, its sentence and the date."""
        docs = list(dict.fromkeys(h.paragraph.doc_id for h in hits))
        found = own_date(q, [self._document(d) for d in docs], [self._titles.get(d, "") for d in docs],
                         [self.index.docs[d].date for d in docs])
        if found is None:
            return None
        p, sentence, span = found
        hit = next((h for h in hits if h.paragraph.pid == p.pid), None) or replace(
            hits[0], row=self._row_of(p, hits), paragraph=p,
            sentence_scores=[max(hits[0].sentence_scores, default=hits[0].score)] * len(p.sentences))
        return hit, sentence, span

    def _row_of(self, p: Paragraph, hits: list[Hit]) -> int:
        """The index row of a passage: a hit's, else found among the index's passages."""
        row = next((h.row for h in hits if h.paragraph.pid == p.pid), None)
        return row if row is not None else next(i for i, x in enumerate(self.index.paragraphs) if x.pid == p.pid)

    def _counts_asked(self, q: Query, sentence: str, span: Span | None, top: Hit) -> bool:
        """Whether the answer's span answers what the question counts, names or asks (:mod:`.answer_checks`), read
        with the evidence's document: its context, its English stems and the passages' vocabulary."""
        doc, said = top.paragraph.doc_id, self._said  # (a document's English stems are made only when asked)
        return counts_asked(q, sentence, span, lambda: self._context(top), lambda s: s in said.stems(doc),
                            self.index.para_bm25.vocab.__contains__)

    @staticmethod
    def _spelled(question: str, top: Hit) -> tuple[str, Span] | None:
        """For "what does the S in DRSABC stand for": the item of the passage's list that spells it, for that letter."""
        asked = asked_letter(question)
        found = spelled_item(*asked, top.paragraph.sentences) if asked else None
        if found is None:
            return None
        sentence = top.paragraph.sentences[found[0]]
        return sentence, Span(sentence[found[1]:found[2]], found[1], found[2], "acronym")

    def _beyond_document(self, q, top: Hit) -> bool:
        """The question names a page or a part past the end of the document the best passage is in."""
        if part_number(q) is None and named_page(q) is None:
            return False
        own = [p for p in self.index.paragraphs if p.doc_id == top.paragraph.doc_id]
        return beyond_pages(q, own) or beyond_parts(q, own)

    def _page_cited(self, q, hits: list[Hit]) -> tuple[list[Hit], Hit]:
        """For "on which page is X": the first passage of the part of the best passage's document whose heading
        names X, cited first (the page is where that part starts); the hits as they were when no heading does."""
        doc = hits[0].paragraph.doc_id
        part = page_section(q, [p for p in self.index.paragraphs if p.doc_id == doc], self._titles.get(doc, ""))
        if part is None or hits[0].paragraph.path[:1] == (part[0],):
            return hits, hits[0]
        first = part[1]
        row = next((h.row for h in hits if h.paragraph.pid == first.pid), None)
        if row is None:
            row = next(i for i, p in enumerate(self.index.paragraphs) if p.pid == first.pid)
        old = next((h for h in hits if h.paragraph.pid == first.pid), hits[0])
        cited = [Hit(row, first, hits[0].score, old.dense, old.keyword, max(old.coverage, hits[0].coverage),
                     old.sentence_scores if old is not hits[0] else [0.0] * len(first.sentences), old.constraints_ok)]
        cited += [h for h in hits if h.paragraph.pid != first.pid][:len(hits) - 1]
        return cited, cited[0]

    def _section_answer(self, question: str, q, hits: list[Hit], part: tuple[str, Paragraph], t0: float) -> Answer:
        """The heading a section-title question asks for, cited at the first passage under it, which it opens."""
        heading, first = part
        row = self._row_of(first, hits)
        # the heading is what is quoted, so it opens the cited passage (as a PDF's headings open theirs)
        shown = first if first.text.startswith(heading) else \
            replace(first, text=f"{heading}\n{first.text}", sentences=(heading, *first.sentences))
        cited = [Hit(row, shown, hits[0].score, hits[0].dense, hits[0].keyword, 1.0)]
        cited += [h for h in hits if h.paragraph.pid != first.pid][:len(hits) - 1]
        return Answer(question, heading, False, heading, Span(heading, 0, len(heading), "heading"), cited, q.lang,
                      q.kind, None, time.perf_counter() - t0, self._titles, self._sources)
