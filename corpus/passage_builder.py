"""The passages a document's blocks make, read in order (:class:`PassageBuilder`): its headings make each passage's
heading path, list items one passage, a table one passage of rows, short lines the opening of the passage after them.
:func:`.assemble.assemble` feeds it a document's blocks and makes the document of what it holds."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from reportbot.corpus.item_fields import ItemNames
from reportbot.corpus.item_runs import numbered_halves, one_list, run_item
from reportbot.corpus.label_lists import names_list
from reportbot.corpus.passage_size import MAX_PASSAGE_CHARS, chunks, joined, line_chunks, prose_text
from reportbot.corpus.passage_table import CAPTION_CHARS, table
from reportbot.corpus.salutation import salutation
from reportbot.corpus.sentences import ENUMERATED, SECTION, asks, is_heading, opens_with_label, split_sentences
from reportbot.corpus.table_rows import table_caption
from reportbot.corpus.turns import turns
from reportbot.corpus.when_who import DATE

# a list item's number as the loaders store it (3. text): it labels the item, no figure of its sentence (an answer
# to "how many cm" is not the 4 of "4. Apply a tourniquet 5–7 cm above the wound")
_ITEM_NUMBER = re.compile(r"^\d{1,3}[.)]\s+(?=\S)")

# a FAQ's answer label opening a paragraph (答：…, A: …, Answer: …)
_ANSWER = re.compile(r"^(?:答|回答|A|Answer)\s*[:：]")


def _caption(text: str) -> bool:
    """A table's numbered caption too long for a heading's shape (表一　… Table 1. …): a line opening the passage after
    it, the table's, as a short one does."""
    return len(text) <= CAPTION_CHARS and table_caption(text) and not text.endswith(("。", "；", ".", ";", "！", "？"))


@dataclass
class PassageBuilder:
    """Walks the blocks once, keeping the heading path and the page."""

    stack: list[tuple[int, str]] = field(default_factory=list)
    page: int | None = None
    bodies: list[tuple[str, tuple[str, ...], tuple[str, ...], int | None, str]] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    items: list[str] = field(default_factory=list)
    item_starts: list[int] = field(default_factory=list)  # where each item of ``items`` begins
    names: ItemNames = field(default_factory=ItemNames)  # a nested item's fields read with its item's name
    intro: list[str] = field(default_factory=list)  # a paragraph ending in a colon leads into the list
    items_page: int | None = None
    # in a paged document (a PDF) headings are lines of the page guessed from their shape: they open the
    # passage that follows them, so a line taken for a heading stays searchable and quotable, on its page
    carry_headings: bool = False
    pending: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)  # a FAQ's question on a line of its own leads into its answer
    # a FAQ's question a table answers (问：有哪些站点？ over the table): the answer right under the table reads under
    # it too
    answered: list[str] = field(default_factory=list)
    enumerated: bool = False  # the list is of numbered paragraphs, after a colon
    # short numbered paragraphs opening a section, no lead-in (.item_runs)
    bare: list[str] = field(default_factory=list)
    bare_pages: list[int | None] = field(default_factory=list)  # (the page each of them starts on)
    bare_at: set[int] = field(default_factory=set)  # (which items of ``item_starts`` they are)
    # short lines that are no headings (a label, an issuer, a date, a signature, a bold line set as a heading): no
    # passage of their own, they open the passage that follows (a paragraph, a list, a table); before a heading
    # (outside a paged document) and at the end they end the one before
    lone: list[str] = field(default_factory=list)
    fresh: bool = True  # no passage since the last heading
    title: str | None = None  # (a line of the title block that repeats it is on the header card: left out)
    filled: list[bool] = field(default_factory=list)  # whether a passage stands under each heading of the stack
    # a PDF's title block, headings right under its title (no section, no date): the document's name in parts (issuer,
    # name, edition), on the header card; opening the first passage they made it win every question naming them
    named: list[str] = field(default_factory=list)
    carded: list[str] = field(default_factory=list)
    written: dict[int, str] = field(default_factory=dict)  # a table passage's number (from 0): its table as written
    apart: set[int] = field(default_factory=set)  # the passages (from 0) standing apart from their text (.leads)
    noted: dict[int, str] = field(default_factory=dict)  # a note's passages (from 0): the sentence marking it

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(t for _, t in self.stack)

    def heading(self, level: int, text: str) -> None:
        self.flush_items()
        self.answered = []
        if not self.carry_headings or self.bodies:  # (in a PDF, lines of the title block open the first passage)
            self.end_lone()
        self.fresh = True
        empty = []  # a heading no passage stood under (a 文号 line under a letterhead): a line of the next passage
        while self.stack and self.stack[-1][0] >= level:
            if not self.filled.pop() and not self.carry_headings:
                empty.insert(0, self.stack[-1][1])
            self.stack.pop()
        self.lone.extend(empty)
        self.stack.append((level, text))
        self.filled.append(False)
        self.headings.append(text)
        if self.carry_headings:
            self.pending.append(text)
            if not self.bodies and not self.lone and not SECTION.match(text) and not DATE.search(text):
                self.named.append(text)  # (the run right under the title; a heading with a date says a fact: stays)

    def add(self, units: list[str], kind: str, page: int | None = None, prose: bool = True, written=(),
            starts: tuple[int, ...] = ()) -> None:
        # (before the first passage, every line of the title block after the title opens it, in its place: a
        # letter's sender and addressee, a subtitle, a date; lines too many for one passage stand as their own)
        head = [x for x in self.pending if self.bodies or x != self.title] if self.carry_headings else self.lone
        if self.carry_headings and not self.bodies:  # (the lines set as body text stay: a letter's addressee, a date)
            self.carded = [x for x in head if x in self.named and x not in self.path]
            head = [x for x in head if x not in self.carded]
        self.pending, self.lone, self.fresh = [], [], False
        self.filled = [True] * len(self.stack)
        page = page if page is not None else self.page
        *alone, head = line_chunks(head)  # lines too many to open one passage stand as passages of their own
        self.bodies += [(joined(c), tuple(c), self.path, page, "text") for c in alone]
        for chunk in chunks(units, len(joined(head)) + 1 if head else 0, starts):
            if not chunk:  # the lines opening it fill a passage: they stand as one
                self.bodies.append((joined(head), tuple(head), self.path, page, "text"))
                head = []
                continue
            text = prose_text(chunk) if prose else joined([self.names.shown.get(u, u) for u in chunk])
            if kind == "list":  # an item's number stays in the passage ("step 3" finds it), out of its sentence
                chunk = [_ITEM_NUMBER.sub("", u, count=1) for u in chunk]
            if written:  # (a table: its header row in each of its passages, its rows as written)
                self.written[len(self.bodies)] = joined([*written[0], *(written[1].get(u, u) for u in chunk)])
            if head:  # the headings just before it open the passage, a line each
                text, chunk, head = joined([*head, text]), [*head, *chunk], []
            self.bodies.append((text, tuple(chunk), self.path, page, kind))

    def text(self, text: str) -> None:
        answered, self.answered = self.answered, []
        if answered and not self.asked and _ANSWER.match(text):  # (答：… under the table its question opened)
            self.asked = answered
        if run_item(text) and (self.bare or self.fresh and not (self.intro or self.items or self.asked or self.lone)):
            # （一）…； （二）…； opening a section with no line leading into them: one list all the same (.item_runs)
            self.bare.append(text)
            self.bare_pages.append(self.page)
            self.bare_at.add(len(self.item_starts))
            self.enumerated = True
            self.item(text)
            return
        if ((self.intro and not self.items) or self.enumerated and not self.bare) and ENUMERATED.match(text):
            # （一）… （二）… under a paragraph that leads into them with a colon: the items of one list
            self.enumerated = True
            self.item(text)
            return
        if not self.asked and (is_heading(text, labels=False) or _caption(text)) and not names_list(text):
            # (Apologies: …: .label_lists)
            self.flush_items()
            self.lone.append(text)
            if self.carry_headings:
                self.pending.append(text)
            return
        asked, self.asked = self.asked, []
        answers = bool(asked) and turns(asked[0], text)
        if answers:  # (a reporter's question, then a speaker's answer: two turns, the answer read under it: .turns)
            self.flush_items()
            self.add(asked, "text")
            asked = []
        addressed = self.intro if not self.items and not asked and not self.enumerated and salutation(self.intro) \
            and not text.endswith(("：", ":")) else []
        if addressed and asks(text, split_sentences(text)):  # (问： over a question: both over its answer)
            self.intro, self.asked = [], addressed + split_sentences(text)
            return
        if addressed:  # (各位理事： over the report's first paragraph: it opens that paragraph's passage)
            self.intro = []
            self.end_lone()  # the lines above it (a dateline, the speaker) stand apart, as before a paragraph
            self.add(addressed + split_sentences(text), "text")
            return
        self.flush_items()
        sentences = asked + split_sentences(text)
        if not asked and asks(text, sentences):
            self.asked = sentences
            return
        if text.endswith(("：", ":")):
            self.intro, self.items_page = sentences, self.page
            return
        before = len(self.bodies)
        self.add(sentences, "text")
        if answers or names_list(text):  # (Apologies: …: a passage of its own, read under the sentence over it: .leads)
            self.apart.update(range(before, len(self.bodies)))

    def note(self, text: str, lead: str) -> None:
        """A footnote, read after the paragraph marking it: a passage of its own, read under the sentence its mark
        ends (``lead``, .note_leads)."""
        before = len(self.bodies)
        self.text(text)
        self.noted.update((n, lead) for n in range(before, len(self.bodies)))

    def end(self) -> None:
        """The document's end: headings no passage stood under (an ``…印发`` line, a signature set as a heading) and
        short lines left over end the passage before; in a PDF, a heading after its last passage (a signature read
        as one) stands as a line of its own."""
        self.flush_items()
        if self.carry_headings and self.pending and not self.lone:
            self.lone = list(self.pending)
        self.end_lone()
        if not self.carry_headings:
            self.lone.extend(t for (_, t), filled in zip(self.stack, self.filled) if not filled)
            self.fresh = not self.bodies
            self.end_lone()

    def closing(self, lines: list[str]) -> None:
        """A document's closing (此致 / 敬礼！ / a signature / a date, :mod:`.closing`): a passage of its own, a line
        each, under no section (who signed it and when is no section's text)."""
        if lines:
            self.stack, self.filled = [], []
            before = len(self.bodies)
            self.add(lines, "text", prose=False)
            self.apart.update(range(before, len(self.bodies)))  # (read under the text's last passage: .leads)

    def end_lone(self) -> None:
        """Short lines left over (before a heading in a document without pages, at the end): the passage before
        ends with them, or they stand as one when none came before under their heading; a labelled line right
        after a list of no labelled lines stands as one too, and the lines after it end it."""
        if not self.lone:
            return
        if self.fresh:
            lone = self.pending if self.carry_headings else self.lone  # (in a PDF, after the headings above them)
            if self.carry_headings and not self.bodies:  # (a line of the title block repeating the title: the card's)
                lone = [x for x in lone if x != self.title]
            self.lone, self.pending = [], []
            for run in line_chunks(lone):
                self.add(run, "text", prose=False)
            return
        self.pending = []  # (in a PDF, the lines themselves: the headings above went into the passage before)
        for k, line in enumerate(self.lone):  # (one making a passage longer than MAX_PASSAGE_CHARS opens a new one)
            text, chunk, path, page, kind = self.bodies[-1]
            if not k and kind == "list" and opens_with_label(line) and not any(map(opens_with_label, chunk)):
                # a labelled line right under a list of no labelled lines (Membership queries: Ana Riley, Club
                # Administrator under the events) is no item of it, the list's last: a passage of its own, under the
                # list's headings (under Phone: …, Email: …, Office hours: … is the list's next line)
                self.bodies.append((line, (line,), path, page, "text"))
            elif len(text) + 1 + len(line) <= MAX_PASSAGE_CHARS:
                self.bodies[-1] = (joined([text, line]), (*chunk, line), path, page, kind)
            else:
                self.bodies.append((line, (line,), path, page, "text"))
        self.lone = []

    def item(self, text: str, depth: int = 0) -> None:
        self.answered = []
        if self.asked and not self.items and not self.intro:
            self.intro, self.asked = self.asked, []
        if not self.items and not self.intro:
            self.items_page = self.page
        self.item_starts.append(len(self.items))  # (its sentences stay in one passage: passage_size.chunks)
        self.items.extend(self.names.read(text, depth, numbered_halves(split_sentences(text)) or [text]))

    def flush_items(self) -> None:
        if self.bare and not one_list(self.bare):
            # (a numbered paragraph alone, or items each ending their own sentence: paragraphs, as before .item_runs)
            # (an item met among them, a marked note under the last, is a list of its own in its place: it was lost)
            rest: list[str] = []
            starts: list[int] = []
            bare = iter(zip(self.bare, self.bare_pages))
            for k, (a, b) in enumerate(zip(self.item_starts, [*self.item_starts[1:], len(self.items)])):
                if k not in self.bare_at:
                    starts.append(len(rest))
                    rest += self.items[a:b]
                    continue
                if rest:
                    self.add(rest, "list", self.page, prose=False, starts=tuple(starts))
                rest, starts = [], []
                text, page = next(bare)
                self.add(split_sentences(text), "text", page)
            if rest:
                self.add(rest, "list", self.page, prose=False, starts=tuple(starts))
            self.items, self.item_starts = [], []
        elif self.items:
            self.add(self.intro + self.items, "list", self.items_page, prose=False,
                     starts=(*range(len(self.intro)), *(len(self.intro) + k for k in self.item_starts)))
        elif self.intro:
            self.add(self.intro, "text", self.items_page)
        if self.asked:
            self.add(self.asked, "text")
        self.items, self.intro, self.asked, self.enumerated, self.bare, self.bare_pages = [], [], [], False, [], []
        self.item_starts, self.bare_at = [], set()
        self.names.clear()

    def table(self, rows: tuple[tuple[str, ...], ...], drawn: tuple[str, ...] = ()) -> None:
        """A table: one passage of rows, each read with its header (:func:`.passage_table.table`)."""
        table(self, rows, drawn)
