"""Names in English evidence: people, firms and bodies written with capitals.

"Who leads the survey team?" over "…a Survey Team, led by Mara Quinn, with Tom Ellery…" is answered by
the capitalised name nearest the question's words that the question does not already say; "Which firm
was hired as surveyor?" over "Harbourside Surveys was hired…" likewise.
Pure functions over strings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from reportbot.index.answering.apposed import person_beside_role
from reportbot.index.answering.figures_en import LABEL
from reportbot.index.answering.shape import MONTH_EN
from reportbot.index.answering.spans import BOUNDARIES, Span, _clauses, _covered, _proximity
from reportbot.index.retrieval.query import Query
from reportbot.index.retrieval.tokenize import stem

_WORD = r"[A-Z][a-zA-Z'’.-]*[a-zA-Z]"
# a run of capitalised words on one line (a signature's name and the role on the line under it are two runs)
# a short word abbreviated with a dot that opens a name (St. Mary's Hospital Group, Mt. Pleasant Road): not a
# person's title (Dr. Amara Nwosu), which :data:`_TITLED` reads before the name
_OPENER = r"(?:(?!(?:Mr|Mrs|Ms|Mx|Dr|Rev|Sir)\.)[A-Z][a-z]{1,2}\.[ \t](?=[A-Z]))?"
_NAME = re.compile(rf"\b{_OPENER}{_WORD}(?:[ \t](?:&[ \t]|and[ \t]|of[ \t]|for[ \t]|de[ \t]|van[ \t])?{_WORD})*")
_NOT_NAMES = frozenset(
    "the a an this that these those it he she they we i in on at for of to by with from and or but if when as "
    "decision action item items note minutes agenda page section part chapter table figure step".split())
# a month or weekday opening a capitalised run ("March 2024", "Sept. Board"): a whole word, so a name that begins
# like one (Mary, Marcus, Junior, Augustine, Decker) stays a name
_MONTHS = re.compile(rf"^{MONTH_EN}\.?$|^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$")
_WHICH_NOUN = re.compile(r"\b(?:which|what) (?:[a-z-]+ ){0,2}?([a-z-]+) (?:did|does|do|was|were|is|are|has|had|will)\b")


def which_noun(q: Query) -> str | None:
    """The noun a which/what question asks about ("which firm did …" -> firm), if it has one."""
    m = _WHICH_NOUN.search(q.text.lower())
    return m.group(1) if m else None


_OPENING_WHICH = re.compile(r"^\W*which ([a-z-]+) (?!of\b)[a-z]+")


# a question that asks what a thing is called: the name the sentence gives it ("a programme called “Crew Care”")
_NAME_ASKED = re.compile(r"\b(?:called|named|known as|name of|name for)\b|\bwhat(?:'s| is) (?:its|their|the) name\b")
_CALLED = re.compile(r"\b(?:called|named|known as|titled|entitled)\s+[\"“‘']?([A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,5})")
_QUOTED = re.compile(r"[\"“]([^\"”]{2,60})[\"”]")


@dataclass(frozen=True)
class NameChoice:
    """How an English name that answers is chosen; set by hand on made-up sentences (tests) when the rule was
    written."""

    # added to a name after called / named / known as: it goes before a quoted one as near the question's words
    called_bonus: float = 0.1


NAMES = NameChoice()


def asks_called(q: Query) -> bool:
    """An English question asks what something is called (its name, not a person)."""
    return q.lang == "en" and q.kind in ("what", "other") and bool(_NAME_ASKED.search(q.text.lower()))


def called_name(q: Query, sentence: str, terms: list[tuple[int, int, float]], c: NameChoice = NAMES) -> Span | None:
    """The name an English sentence gives a thing, nearest the question's words: after called / named / known as,
    or in quotes; none that the question itself says."""
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", q.text)}
    clauses = _clauses(sentence)
    best, best_score = None, -1.0
    for m in [*_CALLED.finditer(sentence), *_QUOTED.finditer(sentence)]:
        s, e = m.span(1)
        words = re.findall(r"[A-Za-z]+", m.group(1))
        if not words or all(w.lower() in asked for w in words):
            continue
        score = _proximity(s, e, terms, clauses) + (c.called_bonus if m.re is _CALLED else 0.0)
        if score > best_score:
            best, best_score = Span(sentence[s:e], s, e, "name"), score
    return best


def wants_name(q: Query, sentence: str) -> bool:
    """An English sentence answers with a name: a who question, or a which-noun the sentence does not say
    (the firm is named, not called a firm): "which firm was appointed", "which firm got the audit"; or what a
    thing is called, where the sentence names one."""
    if q.kind == "who":
        return True
    if asks_called(q) and called_name(q, sentence, []) is not None:
        return True
    opening = _OPENING_WHICH.match(q.text.lower())
    noun = (which_noun(q) or (opening.group(1) if opening else None)) if q.kind in ("what", "other") else None
    return bool(noun) and stem(noun) not in {stem(w) for w in re.findall(r"[a-z]+", sentence.lower())}


_AUX = re.compile(r"\s+(?:(?:was|were|is|are|has|have|had|will|would)\s+)?(?:been\s+|be\s+)?")


def _subject_of(end: int, sentence: str, terms: list[tuple[int, int, float]]) -> float:
    """The name is the subject of one of the question's verbs: the verb (after an auxiliary) follows it
    ("Harbourside Surveys was hired" for "which firm was hired"); that term's weight again. Not when "by" names who
    did it (the survey is led by Mara Quinn): the agent is that name's (:func:`_holder_of`)."""
    m = _AUX.match(sentence, end)
    if m is None:
        return 0.0
    at = m.end()
    verb = re.match(r"[\w'’-]+\s+by\s+[A-Z]", sentence[at:])
    return 0.0 if verb else max((w for a, _, w in terms if a == at), default=0.0)


_HOLDER = re.compile(r"(?:\s+by|\s*:)\s+$")


def _holder_of(start: int, sentence: str, terms: list[tuple[int, int, float]]) -> float:
    """The name holds one of the question's words as its role: it stands after that word and "by" or a label's colon
    ("led by Mara Quinn", "Stores Officer: Tom Ellery" for who leads / who is the officer); that term's weight
    again."""
    m = _HOLDER.search(sentence, 0, start)
    if m is None or m.end() != start:
        return 0.0
    word = m.start() - len(re.search(r"[\w'’-]*$", sentence[:m.start()]).group(0))  # chair of chaired
    return max((w for a, b, w in terms if word <= a and b <= m.start()), default=0.0)


def extract_name_en(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """The capitalised name nearest the question's words that the question does not say (what a thing is called:
    the name the sentence gives it)."""
    called = called_name(q, sentence, terms) if asks_called(q) else None
    if called is not None:
        return called
    asked = {w.lower() for w in re.findall(r"[A-Za-z]+", q.text)}
    clauses = _clauses(sentence)
    best, best_score, best_labelled, best_other = None, 0.0, False, (False, False)
    for m in _NAME.finditer(sentence):
        words = m.group(0).split()
        while words and (words[0].lower() in _NOT_NAMES or _MONTHS.match(words[0])):
            words.pop(0)
        if not words or all(w.lower().strip(".") in asked or w in "&" for w in words):
            continue
        words = _without_labels(words, asked, sentence, m.end())
        if _covered(m.start(), m.end(), terms) >= BOUNDARIES.own_words:
            continue  # the question's own words in translation (审计和风险委员会 -> Audit and Risk Committee)
        text = " ".join(words)
        s = m.start() + m.group(0).find(words[0])
        opening = s == 0 or LABEL.fullmatch(sentence[:s]) is not None  # "A: You need …": the line's first word
        if len(words) == 1 and (opening or q.kind == "who"):
            continue  # one capitalised word opening a sentence is no name; a person has two
        score = 0.1 + _proximity(s, s + len(text), terms, clauses) + _subject_of(s + len(text), sentence, terms)
        holder = _holder_of(s, sentence, terms) if q.kind == "who" else 0.0
        # who holds the asked role: a name its label gives goes before any name that only stands near it (Company
        # Secretary: Fiona MacLeod, not the Chief Executive's name written just before that label); "by" only adds
        labelled = holder > 0 and sentence[:s].rstrip().endswith(":")
        # who: a name made of none of the question's own words (the body or role it asks about: "who signed for the
        # Kestrel Trust" over "the Kestrel Bay Trust, represented by … Marian Okafor") goes first
        # of those, a person written with a title (Ms. Marian Okafor, Dr. Amara Nwosu) before a road's or a firm's name
        who = q.kind == "who"
        other = (not who or not _says_asked(words, asked), who and bool(_TITLED.search(sentence, 0, s)))
        if (labelled, other, score + holder) > (best_labelled, best_other, best_score):
            best, best_score, best_labelled, best_other = Span(text, s, s + len(text), "name"), score + holder, \
                labelled, other
    if best is not None and q.kind == "who":
        return person_beside_role(sentence, best) or best  # the Unit Lead, Gareth Pryce: the person, not the post
    return best


_TITLED = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Rev|Cllr)\.?\s+$")


def _says_asked(words: list[str], asked: set[str]) -> bool:
    """One of the name's words (not a short function word) is the question's own."""
    return any(len(w) > 2 and w.lower().strip(".") in asked and w.lower() not in _NOT_NAMES for w in words)


# "… Registered office: …": a label's words run on to its colon; a relative clause or a verb of saying before a colon
# ("Amelia Hartley who said: …", "Tom Reed said: …") is a quote's lead-in, and the name before it is whole
_LEAD_IN = r"(?:who|whom|whose|which|that|said|says|added|adds|stated|states|told|wrote|writes|noted|notes|" \
    r"explained|explains|replied|commented|comments|announced|remarked|recalled|declared)"
_NEXT_LABEL = re.compile(rf"(?!(?:\s+[a-z]+){{0,1}}\s+{_LEAD_IN}\b)(?:\s+[a-z]+){{0,2}}\s*:")


def _without_labels(words: list[str], asked: set[str], sentence: str, end: int) -> list[str]:
    """A run of capitalised words read off a line of labels and names ("Chief Executive: Daniel Mensah Company
    Secretary: Fiona MacLeod Registered office: …"): without the question's own words at its end (the next label,
    Company Secretary) and without a last word that opens the next label (Registered of "Registered office:")."""
    kept = list(words)
    while len(kept) > 1 and kept[-1].lower().strip(".") in asked and sentence[end:end + 2].lstrip().startswith(":"):
        kept.pop()
    if len(kept) == len(words) and len(kept) > 2 and _NEXT_LABEL.match(sentence, end):
        kept.pop()
    return kept


_ROOM = re.compile(r"(?:\s(?:\d+[A-Z]?|[A-Z]\d*)\b)?")
_AT = re.compile(r"\b(?:at|in|on|from|to|inside|near)\s+(?:the\s+)?$", re.I)


# a name that stands as the asked thing: "X will serve as / is to be / becomes the …" (the place is the subject)
_SERVES_AS = re.compile(r"\s+(?:(?:will|shall|would|is to|are to)\s+)?(?:serves?|served|acts?|acted|functions?|"
                        r"be(?:comes?)?|became|is|are|was|were)(?:\s+as)?\s+(?:the\s+|a\s+|an\s+|our\s+)?")


def _stands_as(end: int, sentence: str, terms: list[tuple[int, int, float]]) -> float:
    """The name is the subject of a predicate whose complement is the question's thing ("the Millbrook Library will
    serve as the volunteer reception centre" for where the reception centre will be): that term's weight."""
    m = _SERVES_AS.match(sentence, end)
    return max((w for a, _, w in terms if a == m.end()), default=0.0) if m else 0.0


def extract_place_en(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """Where, over English: the capitalised name a place preposition opens (at the Harbour City Convention
    Centre), or that stands as the question's thing (the Elm Library will serve as the centre), nearest the
    question's words."""
    clauses = _clauses(sentence)
    best, best_score = None, 0.0
    for m in _NAME.finditer(sentence):
        subject = _stands_as(m.end(), sentence, terms)
        if not (subject or _AT.search(sentence[max(0, m.start() - 12):m.start()])) \
                or _MONTHS.match(m.group(0).split()[0]):
            continue
        end = m.end() + len(_ROOM.match(sentence, m.end()).group(0))  # Boardroom 3B
        score = 0.1 + _proximity(m.start(), end, terms, clauses) + subject
        if score > best_score:
            best, best_score = Span(sentence[m.start():end], m.start(), end, "place"), score
    return best


_WHICH_ZH = re.compile(r"哪(?:一)?[个条家所座位支项种名]?")


def asked_noun_glosses(question: str) -> set[str]:
    """The English words for the noun a Chinese which-question asks about (哪条河 -> river, 哪家公司 -> company,
    firm), from CC-CEDICT; empty when it asks none."""
    import jieba
    from reportbot.index.answering.glosses import cedict_entries

    m = _WHICH_ZH.search(question)
    if m is None or m.group(0)[-1] in "位名":
        return set()  # 哪位董事 asks for a person: a name, not a title that ends in the noun (Medical Director)
    rest = re.match(r"[\u4e00-\u9fff]+", question[m.end():])
    words = jieba.lcut(rest.group(0)) if rest else []
    for noun in dict.fromkeys([words[0], words[0][:1]] if words else []):  # 河超 (jieba's cut of 河超警戒): 河
        glosses = {g.strip().lower() for _, defs in cedict_entries(noun) for g in defs.split("/")}
        found = {stem(g) for g in glosses if re.fullmatch(r"[a-z]+", g)}
        if found:
            return found
    return set()


def named_of_kind(q: Query, sentence: str, terms: list[tuple[int, int, float]]) -> Span | None:
    """哪条河 over English: the capitalised name whose last word is the asked noun in English (the Juma River),
    nearest the question's words."""
    glosses = asked_noun_glosses(q.text) if q.lang == "zh" else set()
    if not glosses:
        return None
    clauses = _clauses(sentence)
    best, best_score = None, -1.0
    for m in _NAME.finditer(sentence):
        words = m.group(0).split()
        while words and words[0].lower() in _NOT_NAMES:
            words.pop(0)
        if len(words) < 2 or stem(words[-1].lower()) not in glosses:
            continue
        text = " ".join(words)
        s = m.start() + m.group(0).find(words[0])
        score = _proximity(s, s + len(text), terms, clauses)
        if score > best_score:
            best, best_score = Span(text, s, s + len(text), "name"), score
    return best
