"""The precision of each forced refusal: how many right answers each gate or engine veto refuses, how many near misses.

    pip install -e '.[tools]'
    python tools/gate_audit.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--list REASON] [--out FILE]
    python tools/gate_audit.py --rows FILE [--rows FILE2]     # the tables of saved rows (two: before → after)
    python tools/gate_audit.py --rows FILE --eras             # also split by sets written after each rule (gate_eras)

Asks every tune half as ``refusal_why`` does (by default each ``*_tune*.jsonl`` of ``bench/data``) and, for each
question the engine refuses after finding a span, reads **every** reason that holds, not only the first: each gate
of ``refusal.GATES`` (``shape`` told by the asked shape, ``shape:someone``), ``model`` (P(answerable) under the
threshold), ``constraints``, ``beyond``, ``placed``, a Chinese question's ``dated``, ``new or total`` and
``part of year`` (:func:`chinese_reasons`), ``own year``, ``change``, ``plan``, ``last year``
(:func:`chinese_more`), ``stated``, and each check of ``Engine._counts_asked`` by name
(``counted:items_named``). It also judges the answer the engine would have given with every veto off (the span it
found, shown as an answer is). Per reason it prints, per group of sets (seed, library, and the fresh halves):

- ``right``: answerable questions it refuses whose answer would have been right; ``right!``: those it is the only
  reason for refusing (switching it off gains them);
- ``near``: near misses it refuses; ``near!``: those it is the only reason for (switching it off answers them).

A veto whose ``right!`` comes near its ``near!`` refuses as many right answers as near misses.

``--fit-rows FILE`` also writes the same pass's rows as ``refusal_loso.py`` caches them (each question's signals,
label, whether a veto other than the model refuses it, and whether its unvetoed answer is right), so a model change
can be judged with ``refusal_over.py --rows FILE`` without asking every tune half a second time.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Container
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.evaluate import judge, load_questions  # noqa: E402
from tune_halves import DATA, ask_tune_halves  # noqa: E402


def newest_added(log: str) -> frozenset[str]:
    """The tune halves the newest commit that added any added (``log``: ``git log --diff-filter=A --format=@%H
    --name-only`` over the tune halves, newest first): each round's blind set lands in a commit of its own and is
    the one no veto was written against until the next lands."""
    commits = [chunk.split() for chunk in log.split("@")[1:]]
    return frozenset(Path(p).name for p in commits[0][1:]) if commits else frozenset()


def fresh_sets(root: Path = DATA.parents[1]) -> frozenset[str]:
    """The newest blind set's tune halves, read from git (:func:`newest_added`); none outside a checkout."""
    try:
        log = subprocess.run(["git", "-C", str(root), "log", "--diff-filter=A", "--format=@%H", "--name-only", "--",
                              "bench/data/*_tune*.jsonl"], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return frozenset()
    return newest_added(log)


def group_of(name: str, fresh: Container[str] = ()) -> str:
    """The group a set is told in: fresh (no veto was written against it: ``fresh``), seed, library."""
    return "fresh" if name in fresh else "seed" if name.startswith("seed") else "library"


def counted_checks():
    """``Engine._counts_asked``'s checks by name (:mod:`.answer_checks`): (name, check, takes span offsets)."""
    from reportbot.index.answering.answer_checks import PLACED_CHECKS, SPAN_CHECKS

    return [(c.__name__, c, False) for c in SPAN_CHECKS] + [(c.__name__, c, True) for c in PLACED_CHECKS]


def reasons(eng, q, s, span, sentence: str, top, constraints, header: bool) -> list[str]:
    """Every reason that refuses answering ``q`` with ``span``, in the engine's order."""
    from reportbot.index.answering.placed import places_placed
    from reportbot.index.answering.shape import asked_shape

    out = [g if g != "shape" else f"shape:{asked_shape(q)}" for g in refusal.GATES if getattr(s, g) == 0]
    model = refusal.default_model()
    if not (refusal.header_answers(replace(s, **{g: 1.0 for g in refusal.GATES})) if header else model.answers(s)):
        out.append("model")
    if not top.constraints_ok:
        out.append("constraints")
    if eng._beyond_document(q, top):
        out.append("beyond")
    context = eng._context(top)
    if not places_placed(constraints, sentence, span, context, top.paragraph.text):
        out.append("placed")
    if q.lang == "zh":
        out += chinese_reasons(q.text, constraints, sentence, span, context, top.paragraph.text)
        out += chinese_more(q.text, constraints, sentence, span, context, top, eng)
    from reportbot.index.answering.stated_otherwise import stated_otherwise

    if q.lang != "zh" and stated_otherwise(q.text, sentence, span, top.paragraph.text, context):
        out.append("stated")
    if sentence[span.start:span.end] == span.text:
        from reportbot.index.answering.counted_en import unsaid_counted
        from reportbot.index.retrieval.cedict import english_vocabulary

        doc = top.paragraph.doc_id
        if unsaid_counted(q, sentence, span, lambda w: w in eng._said.stems(doc), english_vocabulary().__contains__):
            out.append("counted:unsaid_counted")
        from reportbot.index.answering.acronym_counted import acronym_unwritten
        from reportbot.index.answering.name_written import name_unwritten

        if acronym_unwritten(q, sentence, span, lambda w: w in eng._said.stems(doc), english_vocabulary().__contains__):
            out.append("counted:acronym_unwritten")

        if name_unwritten(q, lambda w: w in eng._said.stems(doc), eng.index.para_bm25.vocab.__contains__,
                          english_vocabulary().__contains__):
            out.append("counted:name_unwritten")
        for name, check, offsets in counted_checks():
            ok = check(q, sentence, span.start, span.end) == 1.0 if offsets else check(q, sentence, span, context)
            if not ok:
                out.append(f"counted:{name}")
    return out


def chinese_reasons(question: str, constraints, sentence: str, span, context: str, passage: str) -> list[str]:
    """The engine's checks of a Chinese question's period that refuse ``span``: ``dated`` (a year it names does not
    scope the answer: ``years_placed``), ``new or total`` (``new_or_total``), ``part of year`` (``part_year``)."""
    from reportbot.index.answering.new_or_total import new_or_total_kept
    from reportbot.index.answering.part_year import whole_year_kept
    from reportbot.index.answering.years_placed import years_placed

    out = [] if years_placed(constraints or (), sentence, span, context, passage, question) else ["dated"]
    if not new_or_total_kept(question, sentence, span):
        out.append("new or total")
    if not whole_year_kept(question, sentence, span, context, passage):
        out.append("part of year")
    return out


def chinese_more(question: str, constraints, sentence: str, span, context: str, top, eng) -> list[str]:
    """The engine's later checks of a Chinese question that refuse ``span``: ``own year`` (``own_year_kept``),
    ``change`` (``change_kept``), ``plan`` (``plan_kept``), ``last year`` (``last_year_kept``)."""
    from reportbot.index.answering.change_asked import change_kept
    from reportbot.index.answering.last_year import last_year_kept
    from reportbot.index.answering.own_year import own_year_kept
    from reportbot.index.answering.plan_asked import plan_kept

    p, out = top.paragraph, []
    if not own_year_kept(constraints or (), question, sentence, span):
        out.append("own year")
    if not change_kept(question, sentence, span):
        out.append("change")
    if not plan_kept(question, sentence, span, p.section or ""):
        out.append("plan")
    if not last_year_kept(constraints or (), question, sentence, span, context, p.text, eng.index.docs[p.doc_id].date):
        out.append("last year")
    return out


def ask_set(svc, path: Path) -> list[dict]:
    """Each question of ``path`` asked: refused or not, every reason, and whether the unvetoed answer is right."""
    from reportbot.bot.render import answer_json
    from reportbot.index.answering.lists import shown

    eng = svc.engine
    seen: dict = {}
    inner, search, ask = eng.signals, eng.searcher.search, eng.ask

    def spy(q, hit, coverage, dense, sentence, span):
        seen.update(span=span, q=q, sentence=sentence, hit=hit)
        return inner(q, hit, coverage, dense, sentence, span)

    def spy_search(*args, **kwargs):
        result = search(*args, **kwargs)
        seen.update(constraints=result.constraints)
        return result

    def spy_ask(*args, **kwargs):
        seen.update(raw=ask(*args, **kwargs))
        return seen["raw"]

    eng.signals, eng.searcher.search, eng.ask = spy, spy_search, spy_ask
    rows = []
    try:
        for q in load_questions(path):
            seen.clear()
            a = svc.ask(q["question"])
            span, why, would = seen.get("span"), [], None
            if a.abstained and a.signals is not None and span is not None:
                header = span.source == "header"
                why = reasons(eng, seen["q"], a.signals, span, seen.get("sentence") or "", seen["hit"],
                              seen.get("constraints"), header)
                unvetoed = svc.scripts.answer(replace(seen["raw"], answer=shown(span.text), abstained=False,
                                                      evidence=seen.get("sentence") or ""))
                would = bool(judge(q, answer_json(unvetoed)).get("answer_ok")) if q["evidence"] is not None else None
            rows.append({"set": path.name, "id": q["id"], "lang": q["lang"], "kind": a.kind,
                         "answerable": q["evidence"] is not None, "refused": a.abstained,
                         "right": bool(judge(q, answer_json(a)).get("answer_ok")), "why": why, "would": would,
                         "span": span.text if span is not None else None, "question": q["question"],
                         "x": a.signals.vector() if a.signals is not None else None,
                         "header": span is not None and span.source == "header"})
    finally:
        del eng.signals, eng.ask
        del eng.searcher.search
    return rows


def fit_rows(rows: list[dict]) -> list[dict]:
    """The rows as the refusal fit reads them (``refusal_rows.row``): a question refused by any veto but the model,
    or with no span, is a forced refusal; a refused question's answer is right when its unvetoed answer is."""
    return [{"set": r["set"], "id": r["id"], "question": r["question"], "x": r["x"], "y": int(r["answerable"]),
             "forced": r["refused"] and (r["x"] is None or not r["why"] or any(w != "model" for w in r["why"])),
             "right": bool(r["would"]) if r["refused"] else r["right"], "header": r["header"]} for r in rows]


def table(rows: list[dict], fresh: Container[str] = ()) -> dict[str, dict[str, Counter]]:
    """Per reason, per group (``fresh``: the fresh halves' names): right (refused, unvetoed answer right), right!
    (the only reason), near, near!."""
    out: dict[str, dict[str, Counter]] = {}
    for r in rows:
        if not r["why"] or r["answerable"] and not r["would"]:
            continue
        kind = "right" if r["answerable"] else "near"
        for w in r["why"]:
            c = out.setdefault(w, {}).setdefault(group_of(r["set"], fresh), Counter())
            c[kind] += 1
            c[kind + "!"] += len(r["why"]) == 1
    return out


def show(before: list[dict], after: list[dict] | None = None, fresh: Container[str] = ()) -> None:
    """Print the table (with two row sets: before → after per cell)."""
    tb, ta = table(before, fresh), table(after, fresh) if after is not None else None
    groups = ("seed", "library", "fresh")
    print(f"{'reason':28}" + "".join(f"{g + ' right/right!/near/near!':>34}" for g in groups))
    for reason in sorted(set(tb) | set(ta or {}), key=lambda w: -sum(c["right!"] for c in tb.get(w, {}).values())):
        cells = []
        for g in groups:
            b = tb.get(reason, {}).get(g, Counter())
            a = ta.get(reason, {}).get(g, Counter()) if ta is not None else None
            cells.append("/".join(f"{b[k]}" if a is None or a[k] == b[k] else f"{b[k]}→{a[k]}"
                                  for k in ("right", "right!", "near", "near!")))
        print(f"{reason:28}" + "".join(f"{c:>34}" for c in cells))
    for label, rs in (("before", before), ("after", after)):
        if rs is None:
            continue
        for g in groups:
            mine = [r for r in rs if group_of(r["set"], fresh) == g]
            ans = [r for r in mine if r["answerable"]]
            if mine:
                print(f"{label} {g}: right {sum(r['right'] for r in ans)}/{len(ans)}, answerable refused "
                      f"{sum(r['refused'] for r in ans)}, near misses refused "
                      f"{sum(r['refused'] for r in mine if not r['answerable'])}/{len(mine) - len(ans)}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", nargs="*", type=Path, default=None)
    ap.add_argument("--library", nargs="*", type=Path, default=None)
    ap.add_argument("--data-root", type=Path, default=Path("/tmp/reportbot-audit"))
    ap.add_argument("--rows", nargs="*", type=Path, help="print the tables of saved rows instead of asking")
    ap.add_argument("--list", metavar="REASON", help="print each refusal a reason takes part in (prefix)")
    ap.add_argument("--out", type=Path)
    ap.add_argument("--fresh", nargs="*", help="the fresh halves' names (default: the newest blind set, from git)")
    ap.add_argument("--fit-rows", type=Path, help="also write the rows refusal_loso.py / refusal_over.py read")
    ap.add_argument("--eras", action="store_true", help="also split each reason's counts by the sets landed after "
                    "its rule was written and before (gate_eras.py)")
    args = ap.parse_args(argv)
    if args.rows:
        sets = [json.loads(p.read_text(encoding="utf-8")) for p in args.rows]
    else:
        seed = sorted(DATA.glob("seed_tune*.jsonl")) if args.seed is None else args.seed
        library = sorted(DATA.glob("library_tune*.jsonl")) if args.library is None else args.library
        rows = ask_tune_halves(seed, library, args.data_root, ask_set)
        if args.out:
            args.out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        if args.fit_rows:
            from reportbot.index.answering.signals import FEATURES

            cache = {"features": list(FEATURES), "sets": sorted({r["set"] for r in rows}), "rows": fit_rows(rows)}
            args.fit_rows.write_text(json.dumps(cache, ensure_ascii=False), encoding="utf-8")
        sets = [rows]
    show(*sets[:2], fresh=fresh_sets() if args.fresh is None else frozenset(args.fresh))
    if args.eras:
        from gate_eras import show_eras

        show_eras(sets[-1])
    if args.list:
        for r in sets[-1]:
            if any(w.startswith(args.list) for w in r["why"]) and (r["would"] or not r["answerable"]):
                print(f"- {r['set']} {r['id']} [{r['lang']}/{r['kind']}] {'RIGHT' if r['would'] else 'NEAR'} "
                      f"{','.join(r['why'])} span={r['span']!r} {r['question']}")


if __name__ == "__main__":
    main()
