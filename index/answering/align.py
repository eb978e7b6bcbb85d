"""Answer by alignment: the words of the evidence sentence that fill the question word's slot.

A Chinese question and the sentence that answers it share words around the question word:
根据**谁**的部署开展了演练 over 根据省应急管理厅部署开展演练. The question's text just before
and just after its question word is aligned with the sentence (the longest piece of it the
sentence contains, a character at a time, so typos and word boundaries matter little); what
the sentence holds between those neighbours is the answer, cut at the nearest constituent
boundary (clause, quote, 、-list, 等). Pure functions over strings.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property, lru_cache

# the question word; 哪X/几X/什么X keep their head noun on the right-hand side
QWORD_ZH = re.compile(r"多少|多[深久长远大高重宽厚快]|几|什么|啥|哪些|哪几|哪个|哪一|哪|谁|何|怎么|如何|咋")
_LIST_ZH = re.compile(r"哪些|哪几|哪[两三四五六七八九十]|都有(什么|啥)|有哪")
_LIST_EN = re.compile(r"\b(which|what) (\w+ ){0,3}(are|were)\b|\blist\b|\bwho (are|were)\b|\bwhat are\b")
CLASSIFIERS = "支个位家项种类所座条名批场次件"  # measure words between 哪 / 几 and the noun they ask about
_WHICH_HEAD = ("哪", "哪个", "哪一", "什么", "啥")  # question words followed by the noun they ask about
_CLAUSE = re.compile(r"[，；：。！？,;:!?]")
_OPEN, _CLOSE = "“《「『\"", "”》」』\""
_QUOTE = re.compile(r"“[^”]{1,40}”|《[^》]{1,40}》|「[^」]{1,40}」|『[^』]{1,40}』")


@dataclass(frozen=True)
class Tuning:
    """How far alignment looks; set by reading the seed's sentences, not fitted."""

    max_gap: int = 4          # question characters skipped between the question word and its aligned neighbour
    gap_cost: float = 1.0     # a skipped character costs this much of an aligned one
    max_piece: int = 12       # longest question piece tried as a neighbour
    max_slot: int = 40        # longest slot between two neighbours
    max_answer: int = 40      # longest single-constituent answer
    max_list: int = 60        # longest enumeration
    min_piece: int = 2        # a lone neighbour is a word of two characters or more
    strong_anchor: float = 2.0  # a lone neighbour this strong (two characters next to the question word) is sure
    pair_share: float = 0.5   # two neighbours beat the strongest lone one when their scores sum to this share of it
    far_gap: int = 8          # a neighbour this far from the question word still counts when it is long
    far_piece: int = 8        # ... at least this long (past a head noun the sentence words otherwise)
    context_weight: float = 1.0  # a lone neighbour also scores this much per question character its clause holds


TUNING = Tuning()


@dataclass(frozen=True)
class Anchor:
    piece: str
    starts: tuple[int, ...]   # where the piece occurs in the sentence
    score: float
    ends: tuple[int, ...] = ()  # where each occurrence ends (a 、 inside it makes it longer than the piece)
    gap: int = 0  # question characters between the piece and the question word

    def end(self, start: int) -> int:
        """Where the occurrence that starts at ``start`` ends."""
        return self.ends[self._first[start]] if self.ends else start + len(self.piece)

    @cached_property
    def _first(self) -> dict[int, int]:  # where each start first stands, found once (not walked for each asked)
        return {s: i for i, s in reversed(list(enumerate(self.starts)))}


@dataclass(frozen=True)
class Slot:
    """The question word's place in a sentence: the span between its aligned neighbours.

    ``left_at`` / ``right_at`` are where the chosen occurrence of each neighbour starts.
    """

    start: int
    end: int
    left: Anchor | None
    right: Anchor | None
    left_at: int = -1
    right_at: int = -1


def wants_list(text: str, lang: str) -> bool:
    """The question asks for an enumeration (哪些, 哪几, which … are, list)."""
    return bool((_LIST_ZH if lang == "zh" else _LIST_EN).search(text if lang == "zh" else text.lower()))


def _occurrences(sentence: str, piece: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of ``piece`` in the sentence, reading through the list marks and quote marks between its
    characters (走访慰问帮扶 in 走访、慰问、帮扶; 湖畔之星先进奖 in “湖畔之星”先进奖)."""
    text, at = _squeezed(sentence)
    raw, piece = piece, "".join(c for c in piece if c not in _READ_THROUGH)
    starts, ends = [], []
    i = text.find(piece) if piece else -1
    while i >= 0:
        found = _whole_quotes(sentence, at[i], at[i + len(piece) - 1] + 1, raw)
        if found is not None:
            starts.append(found[0])
            ends.append(found[1])
        i = text.find(piece, i + len(piece))
    return tuple(starts), tuple(ends)


_PAIRS = {"“": "”", "「": "」", "『": "』"}


def _whole_quotes(sentence: str, start: int, end: int, piece: str) -> tuple[int, int] | None:
    """The occurrence [start, end) with the quote marks it reads through whole: a piece that takes in a quoted name
    and what follows it (“湖畔之星”先进奖) counts from the opening mark; one that reads out of a quote into the
    words around it (急救圈”试点 of “十分钟急救圈”试点) is no occurrence, unless the question quotes it so too."""
    if sentence[start:end] == piece:
        return start, end
    if start > 0 and sentence[start - 1] in _PAIRS and _PAIRS[sentence[start - 1]] in sentence[start:end]:
        start -= 1
    if end < len(sentence) and sentence[end] in _PAIRS.values() and \
            any(o in sentence[start:end] and c == sentence[end] for o, c in _PAIRS.items()):
        end += 1
    depth = []
    for c in sentence[start:end]:
        if c in _PAIRS:
            depth.append(_PAIRS[c])
        elif c in _PAIRS.values() and (not depth or depth.pop() != c):
            return None
    return None if depth else (start, end)


_READ_THROUGH = frozenset("、 “”「」『』")  # marks alignment reads through: they split no word


@lru_cache(maxsize=512)
def _squeezed(sentence: str) -> tuple[str, tuple[int, ...]]:
    """The sentence without its list marks and spaces, and where each remaining character stands."""
    keep = tuple(i for i, c in enumerate(sentence) if c not in _READ_THROUGH)
    return "".join(sentence[i] for i in keep), keep


def _anchors(q: str, pos: int, sentence: str, step: int, singles: set[int], t: Tuning = TUNING) -> list[Anchor]:
    """Pieces of ``q`` next to ``pos`` (left when step is -1, right when +1) that the sentence holds, best first.

    One candidate per distance from the question word: the longest piece found there.
    """
    out = []
    for gap in range(t.far_gap + 1):
        edge = pos - gap if step < 0 else pos + gap
        if edge < 0 or edge > len(q):
            break
        for size in range(min(t.max_piece, edge if step < 0 else len(q) - edge), 0, -1):
            piece = q[edge - size:edge] if step < 0 else q[edge:edge + size]
            if size == 1 and (gap or (edge - 1 if step < 0 else edge) not in singles):
                break  # a lone character far from the question word, or part of a word (荣 of 荣誉), is noise
            if gap > t.max_gap and size < t.far_piece:
                break
            if any(c in "，。？！?!,. " for c in piece) or piece[0] in _CLOSE or piece[-1] in _OPEN:
                continue
            starts, ends = _occurrences(sentence, piece)
            if starts:
                held = sum(c not in _READ_THROUGH for c in piece)  # a quote mark aligns no word
                out.append(Anchor(piece, starts, held - t.gap_cost * gap, ends, gap))
                break
    return sorted(out, key=lambda a: -a.score)


def _single_words(question: str) -> set[int]:
    """Positions of the question's one-character words (按, 县), which alone may be a neighbour."""
    import jieba

    out, pos = set(), 0
    for w in jieba.lcut(question):
        if len(w) == 1:
            out.add(pos)
        pos += len(w)
    return out


def _pair(left: Anchor, right: Anchor, t: Tuning) -> tuple[int, int] | None:
    """The closest left-then-right occurrences: (start of left, start of right)."""
    best = None
    for ls in left.starts:
        le = left.end(ls)
        for rs in right.starts:
            if 1 <= rs - le <= t.max_slot and (best is None or rs - le < best[1] - left.end(best[0])):
                best = (ls, rs)
    return best


def _context(question: str, sentence: str, at: int, bounds: list[int], seen: dict) -> float:
    """How much of the question the clause around position ``at`` holds (picks among repeated words); ``bounds``
    (the clauses' starts, then the end) found once, and ``seen`` each clause's share (a word repeated through one
    long clause read the clause again for each of its occurrences)."""
    i = bisect_right(bounds, at)
    a, e = bounds[i - 1], bounds[i]
    if (a, e) not in seen:
        seen[a, e] = alignment(question, sentence[a:e])
    return seen[a, e]


def _lone(question: str, sentence: str, lefts: list[Anchor], rights: list[Anchor], t: Tuning
          ) -> tuple[Anchor | None, int]:
    """The best single neighbour and where it stands: its own score plus how much of the question its clause
    holds, so a long match in the clause the question describes beats a head noun matched elsewhere."""
    size = len(re.findall(r"[\u4e00-\u9fff]", QWORD_ZH.sub("", question)))
    best, best_at, best_score = None, -1, 0.0
    bounds, seen = [0] + [b.end() for b in _CLAUSE.finditer(sentence)] + [len(sentence) + 1], {}
    for a in lefts + rights:
        if len(a.piece) < t.min_piece:
            continue
        for st in a.starts:
            score = a.score + t.context_weight * size * _context(question, sentence, st, bounds, seen)
            if best is None or score > best_score:
                best, best_at, best_score = a, st, score
    return best, best_at


# the noun "name" after 什么 / 啥 (叫啥名, 什么名称): part of the question word, a sentence never writes it by the name
_NAME_NOUN = re.compile(r"名字|名称|名(?=$|[啊呀呢吧嘛？?。!！\s])")


def asked_end(question: str, m: re.Match) -> int:
    """Where the question word ``m`` ends, the classifier of 哪支 / 几项 with it: its noun is the first word after;
    and the noun "name" after 什么 / 啥 (叫啥名): what is asked is the name itself."""
    if m.group(0) in ("什么", "啥") and (name := _NAME_NOUN.match(question, m.end())):
        return name.end()
    return m.end() + (m.group(0) in ("哪", "几") and question[m.end():m.end() + 1] in CLASSIFIERS)


def find_slot(question: str, sentence: str, t: Tuning = TUNING) -> Slot | None:
    """Where the question word of a Chinese question sits in ``sentence``, or None.

    Two neighbours found in the question's order beat one; of those pairs, the strongest.
    """
    m = QWORD_ZH.search(question)
    if not m:
        return None
    singles = _single_words(question)
    lefts = _anchors(question, m.start(), sentence, -1, singles, t)
    rights = _anchors(question, asked_end(question, m), sentence, +1, singles, t)
    pairs = [(lft.score + rgt.score, lft, rgt, p) for lft in lefts for rgt in rights
             if (p := _pair(lft, rgt, t)) is not None]
    best = max(lefts[:1] + rights[:1], key=lambda a: a.score, default=None)
    if pairs:
        # of equally strong pairs, one of two words (按总会要求支援哪个省救灾: …救灾, not the head noun 省 of 浙江省
        # past a comma); else the first, the nearest the question word
        total, left, right, (ls, rs) = max(pairs, key=lambda x: (x[0], min(len(x[1].piece), len(x[2].piece)) >= 2))
        if best is None or total >= t.pair_share * best.score:
            # across a clause mark, the clause of the stronger neighbour (奉命支援了哪个市 over
            # …奉命支援安庆抗洪，杭州市…: 奉命支援 outweighs the head noun 市), unless the left one describes the
            # asked thing (奉命支援安庆的是哪个队: a relative clause, the sentence names the team in a clause of its
            # own); of equal ones, the nearer
            described = "的" in question[m.start() - left.gap:m.start()]
            keep_left = (left.score, -left.gap) >= (right.score, -right.gap) if not described \
                else left.gap <= right.gap
            start, end = _one_clause(sentence, left.end(ls), rs, keep_left)
            return Slot(start, end, left, right, ls, rs)
    best, at = _lone(question, sentence, lefts, rights, t)
    if best is None:
        return None
    bounds = [0] + [b.end() for b in _CLAUSE.finditer(sentence)] + [len(sentence) + 1]
    if best in lefts:
        le = best.end(at)
        end = min(b for b in bounds if b > le) - 1
        return Slot(le, max(end, le), best, None, at, -1)
    start = max(b for b in bounds if b <= at)
    # the question's later words may stand closer (谁负责调研、指导… over 上级协会调研、指导…):
    # the slot ends at the first
    # (哪支红十字救援队… keeps its head noun phrase whole: there the closer words are part of the answer)
    head = m.group(0) in _WHICH_HEAD
    first = min((o for r in rights if len(r.piece) >= t.min_piece and not head for o in r.starts if start < o < at),
                default=at)
    return Slot(start, first, None, best, -1, at)


def _one_clause(sentence: str, start: int, end: int, keep_left: bool) -> tuple[int, int]:
    """A slot between two neighbours that crosses a clause boundary keeps the clause of one of them (the stronger,
    see :func:`find_slot`) (由何单位负责验收 over 工程完工后，由区住建局负责验收…: the clause of 验收)."""
    marks = list(_CLAUSE.finditer(sentence, start, end))
    if not marks:
        return start, end
    return (start, marks[0].start()) if keep_left else (marks[-1].end(), end)


def alignment(question: str, sentence: str, min_piece: int = 2) -> float:
    """Share of the question's Chinese characters (question word aside) that the sentence holds in pieces."""
    text = QWORD_ZH.sub("", question)
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    if not chars:
        return 0.0
    covered, i = 0, 0
    while i < len(text):
        size = 0
        for n in range(min(12, len(text) - i), min_piece - 1, -1):
            if text[i:i + n] in sentence:
                size = n
                break
        if size:
            covered += sum("\u4e00" <= c <= "\u9fff" for c in text[i:i + size])
            i += size
        else:
            i += 1
    return covered / len(chars)
