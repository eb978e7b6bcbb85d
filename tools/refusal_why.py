"""Which part of the refusal refused each question of the tune halves: a gate, the model, the search's constraints.

    pip install -e '.[tools]'
    python tools/refusal_why.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--list] [--out FILE]

Asks every tune half (by default each ``*_tune*.jsonl`` of ``bench/data``; seed sets of the seed alone, library
sets of the folders they were written on, as ``refusal_rows`` asks them) and tells for each refusal its first
reason, in the engine's order: ``nothing`` (no passage or no content word), ``no answer`` (no span found), a gate
of ``refusal.GATES`` (``measure``, ``structure``, ``qualifier``, ``shape``), ``model`` (P(answerable) under the
threshold), ``constraints`` (the best passage lacks a place or year the question names), ``beyond`` (a page or
part past the document's end), ``placed`` (a place the question names stands in the passage only outside the
answer's clause: ``answering.placed``), ``counted`` (the figure counts another thing than asked, a person or role
the question names stands apart from the answer, a when-question's answer says no time: ``Engine._counts_asked``;
told before ``placed`` when both refuse), ``dated`` (a year a Chinese question names stands in the passage only
outside the answer's part of its sentence: ``answering.years_placed``; told after ``counted``), ``new or total`` (a
total asked of a figure its clause marks new, or the reverse: ``answering.new_or_total``), ``part of year`` (全年
asked of the months so far: ``answering.part_year``; both told after ``dated``), ``change asked`` (a change asked of a
level: ``answering.change_asked``), ``last year`` (去年 against the document's date: ``answering.last_year``; both
told after ``part of year``), ``own year`` (the answer's clause writes another year than the question's:
``answering.own_year``; told after ``new or total``), ``plan`` (a plan's or a target's figure for a question on
what was done: ``answering.plan_asked``; told after ``change asked``) and ``stated`` (an English question's
year, month or grade that the evidence states otherwise: ``answering.stated_otherwise``; told after ``counted``).
Prints per set and
summed the answerable questions refused and the near misses answered by reason; ``--list`` prints each one (tune
halves only: check halves are refused here). ``--out`` writes the rows as JSON, to compare two checkouts.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.evaluate import judge, load_questions  # noqa: E402
from tune_halves import DATA, ask_tune_halves  # noqa: E402


def _reason(eng, a, q, span, header: bool, sentence: str = "") -> str:
    """The first reason the engine refused ``a`` for (its order of checks in ``Engine.ask``)."""
    s = a.signals
    if s is None:
        return "nothing"
    if span is None:
        return "no answer"
    gates = [g for g in refusal.GATES if getattr(s, g) == 0]
    if gates:
        return gates[0]
    if not (refusal.header_answers(s) if header else refusal.default_model().answers(s)):
        return "model"
    if not a.top.constraints_ok:
        return "constraints"
    if eng._beyond_document(q, a.top):
        return "beyond"
    if not eng._counts_asked(q, sentence, span, a.top):
        return "counted"
    if not _years_placed(eng, q, sentence, span, a.top):
        return "dated"
    return _kind_or_part(q, sentence, span, eng._context(a.top), a.top.paragraph.text) \
        or _change_or_last_year(eng, q, sentence, span, a.top) \
        or ("stated" if _stated_otherwise(eng, q, sentence, span, a.top) else "placed")


def _change_or_last_year(eng, q, sentence: str, span, top) -> str:
    """``change asked`` (a change asked of a level: ``answering.change_asked``) or ``last year`` (去年 asked, the year
    before the document's date not scoping the answer: ``answering.last_year``) for a Chinese question, else ''."""
    from reportbot.index.answering.change_asked import change_kept
    from reportbot.index.answering.last_year import last_year_kept
    from reportbot.index.answering.plan_asked import plan_kept
    from reportbot.index.retrieval.context import question_constraints

    if q.lang != "zh":
        return ""
    if not change_kept(q.text, sentence, span):
        return "change asked"
    if not plan_kept(q.text, sentence, span, top.paragraph.section or ""):
        return "plan"
    date = eng.index.docs[top.paragraph.doc_id].date
    return "" if last_year_kept(question_constraints(q.text, (), frozenset()), q.text, sentence, span,
                                eng._context(top), top.paragraph.text, date) else "last year"


def _kind_or_part(q, sentence: str, span, context: str, passage: str) -> str:
    """``new or total`` (a total asked of a figure marked new, or new of a total: ``answering.new_or_total``) or
    ``part of year`` (全年 asked of the months so far: ``answering.part_year``) for a Chinese question, else ''."""
    from reportbot.index.answering.new_or_total import new_or_total_kept
    from reportbot.index.answering.own_year import own_year_kept
    from reportbot.index.answering.part_year import whole_year_kept
    from reportbot.index.retrieval.context import question_constraints

    if q.lang != "zh":
        return ""
    if not new_or_total_kept(q.text, sentence, span):
        return "new or total"
    if not own_year_kept(question_constraints(q.text, (), frozenset()), q.text, sentence, span):
        return "own year"
    return "" if whole_year_kept(q.text, sentence, span, context, passage) else "part of year"


def _stated_otherwise(eng, q, sentence: str, span, top) -> bool:
    """Whether the evidence states a year, month or grade an English question names otherwise (``stated_otherwise``)."""
    from reportbot.index.answering.stated_otherwise import stated_otherwise

    return q.lang != "zh" and stated_otherwise(q.text, sentence, span, top.paragraph.text, eng._context(top))


def _years_placed(eng, q, sentence: str, span, top) -> bool:
    """Whether the years a Chinese question names scope the answer (``years_placed``; the search's year constraints
    read again from the question: they do not depend on the index)."""
    from reportbot.index.answering.years_placed import years_placed
    from reportbot.index.retrieval.context import question_constraints

    return q.lang != "zh" or years_placed(question_constraints(q.text, (), frozenset()), sentence, span,
                                          eng._context(top), top.paragraph.text, q.text)


def ask_set(svc, path: Path) -> list[dict]:
    """Each question of ``path`` asked, with whether it was refused and why, and whether its answer is right."""
    from reportbot.bot.render import answer_json

    eng = svc.engine
    seen: dict = {}
    inner = eng.signals

    def spy(q, hit, coverage, dense, sentence, span):
        seen.update(span=span, q=q, sentence=sentence, context=eng._context(hit))
        return inner(q, hit, coverage, dense, sentence, span)

    eng.signals = spy
    rows = []
    try:
        for q in load_questions(path):
            seen.clear()
            a = svc.ask(q["question"])
            span = seen.get("span")
            header = span is not None and span.source == "header"
            p = refusal.default_model().probability(a.signals) if a.signals is not None else None
            rows.append({"set": path.name, "id": q["id"], "lang": q["lang"], "kind": a.kind,
                         "answerable": q["evidence"] is not None, "refused": a.abstained,
                         "why": _reason(eng, a, seen.get("q"), span, header, seen.get("sentence") or "")
                         if a.abstained else "",
                         "p": None if p is None else round(p, 3), "answer": a.answer,
                         "span": span.text if span is not None else None,
                         "source": span.source if span is not None else None,
                         "start": span.start if span is not None else None,
                         "end": span.end if span is not None else None,
                         "sentence": seen.get("sentence"), "context": seen.get("context"),
                         "right": bool(judge(q, answer_json(a)).get("answer_ok")), "question": q["question"],
                         "signals": dict(zip(refusal.FEATURES, a.signals.vector())) if a.signals else None})
    finally:
        del eng.signals
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", nargs="*", type=Path, default=None)
    ap.add_argument("--library", nargs="*", type=Path, default=None)
    ap.add_argument("--data-root", type=Path, default=Path("/tmp/reportbot-why"))
    ap.add_argument("--list", action="store_true", help="print each answerable refused and near miss answered")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    seed = sorted(DATA.glob("seed_tune*.jsonl")) if args.seed is None else args.seed
    library = sorted(DATA.glob("library_tune*.jsonl")) if args.library is None else args.library
    rows = ask_tune_halves(seed, library, args.data_root, ask_set)
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    for label, wrong in (("answerable refused", lambda r: r["answerable"] and r["refused"]),
                         ("near misses answered", lambda r: not r["answerable"] and not r["refused"])):
        picked = [r for r in rows if wrong(r)]
        print(f"\n## {label}: {len(picked)}")
        print("  by reason:", dict(Counter(r["why"] or "answered" for r in picked).most_common()))
        for s in sorted({r["set"] for r in rows}):
            mine = [r for r in picked if r["set"] == s]
            print(f"  {s}: {len(mine)} {dict(Counter(r['why'] or r['kind'] for r in mine).most_common())}")
        if args.list:
            for r in picked:
                print(f"- {r['set']} {r['id']} [{r['lang']}/{r['kind']}] {r['why'] or 'answered'} p={r['p']} "
                      f"span={r['span']!r}({r['source']}) {r['question']}")


if __name__ == "__main__":
    main()
