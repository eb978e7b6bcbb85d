"""Leave-one-set-out evaluation of the refusal model: the yardstick for a change of its signals or its fit.

    pip install -e '.[tools]'
    python tools/refusal_loso.py [--rows FILE] [--refresh] [--data DIR] [--library-data DIR]
                                 [--model FILE] [--errors] [--only FEATURE ...] [--curve T ...] [--jobs N]
                                 [--seed SET ...] [--library SET ...] [--c-grid C ...]

A model fitted on every tune half scores well on them whatever it learned; what counts is how it does
on a set it never saw. So the signals of every tune half are computed once (``fit_refusal.collect``;
cached in ``--rows``, recomputed with ``--refresh`` or when the signals' names change), and for each tune
half the model is fitted on the others exactly as ``tools/fit_refusal.py`` fits it (C, weighting and threshold chosen
by leave one set out inside them: nested) and applied to the held-out half. Printed: per held-out half and summed,
out-of-scope questions refused and answerable ones refused; with ``--model``, the same rows scored with that
model file too (in sample for the sets it was fitted on). ``--errors`` lists the held-out errors (tune
halves only). ``--only`` fits on some signals alone (the gates of ``refusal.GATES`` always apply). ``--curve T ...``
prints the trade-off (summed held-out near misses refused and answerable refused) with every held-out model's
threshold set to each T in turn.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_refusal  # noqa: E402
from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.answering.signals import FEATURES, Signals  # noqa: E402

ROWS = Path("/tmp/reportbot-refusal-rows.json")


def rows_for(path: Path, refresh: bool, data: Path | None, library_data: Path | None,
             sets: argparse.Namespace | None = None, jobs: int = 1) -> list[dict]:
    """Every tune half's rows (or ``sets.seed`` / ``sets.library``), from the cache when it holds these signals and
    these sets."""
    seed, library = fit_refusal._defaults(sets or argparse.Namespace(seed=None, library=None))
    names = sorted(p.name for p in seed + library)
    if path.exists() and not refresh:
        cached = json.loads(path.read_text(encoding="utf-8"))
        if cached["features"] == list(FEATURES) and cached["sets"] == names:
            return cached["rows"]
    rows = fit_refusal.collect_all(seed, library, data, library_data, jobs)
    path.write_text(json.dumps({"features": list(FEATURES), "sets": names, "rows": rows}, ensure_ascii=False),
                    encoding="utf-8")
    return rows


def _model(fields: dict) -> refusal.Model:
    return refusal.Model(tuple(fields["features"]), tuple(fields["weights"]), fields["bias"], fields["threshold"],
                         tuple(fields["mean"]), tuple(fields["scale"]))


def answered(row: dict, model: refusal.Model) -> bool:
    """What the engine does with this row under ``model``: the gates and forced refusals hold whatever it says."""
    if row["x"] is None or row["forced"]:
        return not row["forced"]
    if row.get("header"):
        return refusal.header_answers(Signals(*row["x"]), model)
    return refusal.answers(Signals(*row["x"]), model)


def _masked(rows: list[dict], only: list[str] | None) -> list[dict]:
    """Rows whose signals outside ``only`` are constant (standardised to nothing: the fit ignores them)."""
    if not only:
        return rows
    keep = [f in only or f in refusal.GATES for f in FEATURES]
    return [dict(r, x=[v if k else 0.0 for v, k in zip(r["x"], keep)]) if r["x"] is not None else r for r in rows]


def leave_one_out(rows: list[dict]) -> dict[str, tuple[refusal.Model, dict]]:
    """For each set: the model fitted on the other sets (as fit_refusal fits), and the choice it made."""
    out = {}
    for held in sorted({r["set"] for r in rows}):
        train = [r for r in rows if r["set"] != held and r["x"] is not None]
        chosen = fit_refusal.cross_validate(train)
        out[held] = (_model(fit_refusal.fit(train, chosen["C"], chosen["threshold"], chosen["weighting"])), chosen)
    return out


def held_out_auc(rows: list[dict], models: dict[str, tuple[refusal.Model, dict]]) -> float:
    """How well the held-out probabilities rank answerable above out-of-scope questions, pooled over the sets
    (threshold-free; only the questions no gate or forced refusal decides)."""
    from sklearn.metrics import roc_auc_score

    decided = [r for r in rows if r["x"] is not None and not r["forced"] and not refusal.contradicted(Signals(*r["x"]))]
    p = [models[r["set"]][0].probability(Signals(*r["x"])) for r in decided]
    return float(roc_auc_score([r["y"] for r in decided], p))


def tally(rows: list[dict], decide) -> dict[str, list[int]]:
    """Per set: [out-of-scope refused, out of scope, answerable refused, answerable, right answers kept] (kept: an
    answerable question answered, and rightly; the adoption rule weighs kept + out-of-scope refused)."""
    out: dict[str, list[int]] = {}
    for r in rows:
        t = out.setdefault(r["set"], [0, 0, 0, 0, 0])
        refused = not decide(r)
        t[0 if not r["y"] else 2] += refused
        t[1 if not r["y"] else 3] += 1
        t[4] += bool(r["y"] and r.get("right") and not refused)
    return out


def report(title: str, counts: dict[str, list[int]]) -> None:
    print(f"\n{title}\n{'set':22} {'OOS refused':>12} {'answerable refused':>19} {'right kept':>11}")
    total = [0, 0, 0, 0, 0]
    for s, t in sorted(counts.items()):
        print(f"{s:22} {t[0]:>5}/{t[1]:<6} {t[2]:>11}/{t[3]:<6} {t[4]:>11}")
        total = [a + b for a, b in zip(total, t)]
    print(f"{'sum':22} {total[0]:>5}/{total[1]:<6} {total[2]:>11}/{total[3]:<6} {total[4]:>11}"
          f"  ({total[0] / max(1, total[1]):.1%} / {total[2] / max(1, total[3]):.1%}; "
          f"right kept + OOS refused {total[4] + total[0]})")


def curve(rows: list[dict], models: dict[str, tuple[refusal.Model, dict]], thresholds: list[float]) -> None:
    """The trade-off: summed over the held-out sets, near misses refused and answerable refused when every held-out
    model answers at ``threshold`` instead of the one its cross-validation chose."""
    from dataclasses import replace

    print(f"\n{'threshold':>9} {'OOS refused':>12} {'answerable refused':>19} {'right kept':>11}")
    for t in thresholds:
        moved = {s: replace(m, threshold=t) for s, (m, _) in models.items()}
        total = [0, 0, 0, 0, 0]
        for counts in tally(rows, lambda r, moved=moved: answered(r, moved[r["set"]])).values():
            total = [a + b for a, b in zip(total, counts)]
        print(f"{t:>9.3f} {total[0]:>5}/{total[1]:<6} {total[2]:>11}/{total[3]:<6} {total[4]:>11}")


def errors(rows: list[dict], decide) -> None:
    """The held-out errors: near misses answered, answerable questions refused (tune halves only)."""
    for r in rows:
        if bool(r["y"]) != decide(r):
            what = "answered" if not r["y"] else "refused "
            x = "" if r["x"] is None else " ".join(f"{f[:5]}={v:.2f}" for f, v in zip(FEATURES, r["x"]))
            print(f"{what} {r['set']:18} {r['id']:7} {r['question']}\n    -> {r['answer']!r} right={r['right']} {x}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, default=ROWS, help="the cache of the tune halves' signals")
    ap.add_argument("--refresh", action="store_true", help="recompute the signals")
    ap.add_argument("--data", type=Path, help="a seed data folder to reuse")
    ap.add_argument("--library-data", type=Path, help="a data folder that already holds the library")
    ap.add_argument("--model", type=Path, help="also score this model file on the rows")
    ap.add_argument("--jobs", type=int, default=1, help="groups of sets asked at once when the signals are computed")
    ap.add_argument("--errors", action="store_true", help="list the held-out errors")
    ap.add_argument("--only", nargs="*", help="fit on these signals alone")
    ap.add_argument("--c-grid", nargs="*", type=float, help="the regularisation strengths the nested choice tries "
                    "(default refusal_select.C_GRID; smaller C: a more regularised model)")
    ap.add_argument("--curve", nargs="*", type=float, help="also print the held-out trade-off at these thresholds")
    ap.add_argument("--seed", nargs="*", type=Path, default=None, help="seed sets (default: every seed_tune*)")
    ap.add_argument("--library", nargs="*", type=Path, default=None,
                    help="library sets (default: every library_tune*, each over the folders of bench/library its "
                         "documents are in)")
    args = ap.parse_args(argv)
    if args.c_grid:
        import refusal_select

        refusal_select.C_GRID = tuple(args.c_grid)
    rows = _masked(rows_for(args.rows, args.refresh, args.data, args.library_data, args, args.jobs), args.only)
    if args.model:
        fixed = _model(json.loads(args.model.read_text(encoding="utf-8")))
        report(f"model file {args.model.name}", tally(rows, lambda r: answered(r, fixed)))
    models = leave_one_out(rows)
    for held, (m, chosen) in models.items():
        kept = [f for f, w in zip(m.features, m.weights) if w]
        print(f"{held}: C={chosen['C']} {chosen['weighting']} threshold={chosen['threshold']} "
              f"signals={','.join(kept)}")

    def decide(r):
        return answered(r, models[r["set"]][0])

    report("leave one set out (each set scored by the model fitted on the others)", tally(rows, decide))
    print(f"held-out AUC (questions the model decides): {held_out_auc(rows, models):.3f}")
    if args.curve:
        curve(rows, models, args.curve)
    if args.errors:
        errors(rows, decide)


if __name__ == "__main__":
    main()
