"""Sort the near misses a run answered by what the question constrains that the answer and its document do not give.

    pip install -e '.[tools]'
    python tools/nearmiss_sort.py ROWS.jsonl [--list]

ROWS holds a run's rows of tune halves (``bench/halves.sh tune``'s ``OUT/LABEL-t-*.jsonl``, or rows with the fields
question, answers, bot_answer, bot_top, refused): the near misses answered (no gold evidence, not refused) are read
with the document their answer came from (by its file name, from ``bench/library/docs*`` or ``seeds``, through
``stored_text.stored``) and given the first kind that fits, in this order:

- ``hour``: a clock time asked (几点, what time), a date given (``time_said.clock_given``);
- ``role``: a role's holder asked, a role alone or someone of another rank given (``role_rank.rank_given``);
- ``person``: someone asked (who, 叫啥, 是谁), the answer names someone the question does not ask for;
- ``name``: the question names a place, a body or a thing the document never says (``unsaid.unsaid``: Chinese
  questions; for English ones, a capitalised or Latin word of the question the document lacks);
- ``year``: the question names a year its answer's passage (the document's paragraph that holds the answer, and
  the document's first line) does not write;
- ``passage``: the question names a place, a body or a thing the document says elsewhere, not in that passage;
- ``thing``: a count asked whose counted thing (``counted_said.counted_word_zh``, the head of "how many X") that
  passage never says;
- ``measure``: a count or an amount asked, the answer's figure of another measure (``dimension_said``; heads for
  a count of things, a share for money; ``measure_class``: a count of things for money, a duration or a share);
- ``qualifier``: the answer's clause in its sentence says none of the question's qualifying words
  (``qualifying.qualifying_held`` over the clause, words read in their script, typos and renderings);
- ``other``: the passage gives everything the question names; another detail (a part) is missing.

Check halves are never read: rows of a check set are skipped. Prints the count of each kind (and with ``--list``
each row under its kind). Pure reading: nothing is asked of an engine.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from functools import lru_cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportbot.corpus.normalize import to_simplified  # noqa: E402
from reportbot.index.answering.counted_said import counted_word_zh  # noqa: E402
from reportbot.index.answering.dimension_said import answered_dimension, asked_measure  # noqa: E402
from reportbot.index.answering.kind_asked import asks_person_by_role  # noqa: E402
from reportbot.index.answering.measure_class import measure_answers  # noqa: E402
from reportbot.index.answering.qualifying import qualifying_held  # noqa: E402
from reportbot.index.answering.role_rank import rank_given  # noqa: E402
from reportbot.index.answering.spans import Span  # noqa: E402
from reportbot.index.answering.time_said import clock_given  # noqa: E402
from reportbot.index.answering.unsaid import said, unsaid  # noqa: E402
from reportbot.index.retrieval.counted import counted_head  # noqa: E402
from reportbot.index.retrieval.query import analyse  # noqa: E402
from reportbot.index.retrieval.tokenize import english_words, stem  # noqa: E402
from stored_text import stored  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("hour", "role", "person", "name", "year", "passage", "thing", "measure", "qualifier", "other")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PERSON_ASKED = re.compile(r"\bwho\b|\bwhose\b|\bname of\b|叫什么|叫啥|是谁|係邊個|是哪位|邊個", re.I)
_NAMED_EN = re.compile(r"\b(?:[A-Z][a-zA-Z]+|[A-Z]{2,}s?)\b")


@lru_cache(maxsize=512)
def document_text(name: str) -> str:
    """The stored text of the document called ``name`` (the first found under bench/library or seeds); '' if none."""
    for path in (*sorted((ROOT / "bench" / "library").glob(f"docs*/{name}")), ROOT / "seeds" / name):
        if path.is_file():
            return stored(path)
    return ""


def _passage(document: str, answer: str) -> str:
    """The document's paragraph holding the answer, with the document's first line (its title); the whole document
    when no paragraph holds it."""
    paragraphs = [p for p in re.split(r"\n\s*\n|\n(?=#)", document) if answer and answer in p]
    return f"{document.split(chr(10), 2)[:2]}\n{paragraphs[0]}" if paragraphs else document


def _lacks(q, question: str, text: str) -> bool:
    """``text`` never says a noun the question names its thing by (Chinese), or a capitalised or Latin word of an
    English question."""
    low = text.lower()
    return bool(unsaid(q, text)) or q.lang == "en" and any(
        w.lower().rstrip("s") not in low for w in _NAMED_EN.findall(question) if len(w) > 2)


def near_kind(question: str, answer: str, document: str) -> str:
    """The kind of one near miss answered: what the question names or asks that ``answer`` and ``document`` (its
    stored text) do not give (:data:`KINDS`, in the module's order)."""
    q = analyse(question)
    span = Span(answer, 0, len(answer), "clause")
    if not clock_given(q, answer, span):
        return "hour"
    if not rank_given(q, answer, span):
        return "role"
    if q.kind == "who" or _PERSON_ASKED.search(question) or asks_person_by_role(q):
        return "person"
    if _lacks(q, question, document):
        return "name"
    passage = _passage(document, answer)
    if any(y not in passage for y in _YEAR.findall(q.text)):
        return "year"
    if _lacks(q, question, passage):
        return "passage"
    thing = counted_word_zh(q.text) if q.lang == "zh" else counted_head(question.lower())
    if q.kind == "count" and thing and not said(to_simplified(thing), to_simplified(passage.lower())) \
            and stem(thing) not in {stem(w) for w in english_words(passage.lower())}:
        return "thing"
    asked, found = asked_measure(q), answered_dimension(answer)
    if q.kind == "count" and found in ("people", "money", "share", "time") and asked not in (None, found) \
            or asked and found and asked != found or not measure_answers(q, answer, span):
        return "measure"
    if _clause_share(q, answer, document) == 0:
        return "qualifier"
    return "other"


def _clause_share(q, answer: str, document: str) -> float:
    """The share of the question's qualifying words the answer's clause says, read in the document's sentence that
    holds the answer (the document's first line as its context); 1 when no sentence holds it."""
    at = document.find(answer) if answer else -1
    if at < 0:
        return 1.0
    start = max(document.rfind(c, 0, at) for c in "。！？\n") + 1
    ends = [j for j in (document.find(c, at + len(answer)) for c in "。！？\n") if j >= 0]
    sentence = document[start:min(ends) + 1 if ends else len(document)]
    offset = at - start
    return qualifying_held(q, sentence, document.split("\n", 1)[0], span=(offset, offset + len(answer)))


def near_misses(rows: list[dict]) -> list[dict]:
    """The near misses answered of tune halves: no gold evidence (or not answerable), not refused."""
    out = []
    for r in rows:
        if "check" in r.get("set", "") or r.get("refused"):
            continue
        if r.get("answerable") is False or "evidence" in r and r["evidence"] is None:
            out.append(r)
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("rows", type=Path, nargs="+")
    ap.add_argument("--list", action="store_true")
    args = ap.parse_args(argv)
    rows = [json.loads(line) for path in args.rows for line in path.read_text(encoding="utf-8").splitlines()]
    sorted_rows = []
    for r in near_misses(rows):
        answer, top = r.get("bot_answer", r.get("answer", "")), r.get("bot_top", r.get("top", ""))
        sorted_rows.append((near_kind(r["question"], answer, document_text(top or "")), r, answer, top))
    counts = Counter(k for k, *_ in sorted_rows)
    print(f"near misses answered: {len(sorted_rows)}")
    for k in KINDS:
        print(f"  {k}: {counts[k]}")
    if args.list:
        for k in KINDS:
            for kind, r, answer, top in sorted_rows:
                if kind == k:
                    print(f"- {k} {r['set']} {r['id']} | {r['question']} => {answer[:50]} @ {top}")


if __name__ == "__main__":
    main()
