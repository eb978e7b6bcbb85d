"""Fit the share of the keyword weight that scales with how much of the question the best candidate covers.

    python tools/fit_matched_share.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]
                                      [--table FILE]
    python tools/fit_matched_share.py --join FILE ... [--dry-run]

The keyword side's weight in the fusion is its most times the matched mass (the best candidate's coverage of the
question's words, ``fusion.keyword_weight``): a question the documents write only in part (colloquial, or asked in
the other language) gives the keyword side a small vote, and the dense side, whose cosines tell one passage of a
document from the next by a hair, decides. ``matched_share`` (``fusion.matched_vote``) is the share of the weight
that scales with the mass; the rest is whole once anything matched (1 scales it all: the weight as before).

Scores paragraph hit@1 of the search alone on every tune half, each over its documents (``tune_halves.py``), at each
share of the grid, and judges by ``tune_halves``' rule (leave one set out, the sets as folds; a new value only when
it holds up; the dev set a guard). ``--table`` writes the per-set table of a run; ``--join`` judges the tables of
several runs (each over some of the sets: one data folder at a time) as one. Writes
``index/retrieval/fitted/matched_share.json``. Never fit on a check half.
"""
from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "matched_share.json"
GRID = [0.0, 0.5, 1.0]


def joined(files: list[Path]) -> dict[tuple[float, ...], dict[str, int]]:
    """The per-set tables of several runs as one (a point scored in every run)."""
    tables = [json.loads(f.read_text(encoding="utf-8")) for f in files]
    points = set.intersection(*(set(t) for t in tables))
    return {tuple(float(x) for x in p.split(",")): {k: v for t in tables for k, v in t[p].items()} for p in points}


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.tuning import DEFAULT

    shipped = (DEFAULT.matched_share,)
    if argv is None:
        argv = sys.argv[1:]
    if "--join" in argv:
        i = argv.index("--join")
        files = [Path(a) for a in argv[i + 1:] if not a.startswith("--")]
        table = joined(files)
        tune = sorted({k for row in table.values() for k in row if k != th.GUARD.name})
        record = th.fit(table, tune, shipped)
        th.write(OUT, {"matched_share": record["value"][0], "share": record, "rule": th.RULE,
                       "fitted_on": [{"file": name, "sha256": th.hashlib.sha256((th.DATA / name).read_bytes()
                                                                                ).hexdigest()[:16]} for name in tune],
                       "joined": [str(f) for f in files], "date": th.datetime.date.today().isoformat(),
                       "commit": th._commit()}, "--dry-run" in argv)
        return

    def more(ap):
        ap.add_argument("--table", type=Path, help="write the per-set table here")
        ap.add_argument("--grid", nargs="*", type=float, default=GRID, help=f"the shares scored (default {GRID})")

    args = th.arguments(__doc__.splitlines()[0], argv, more)
    parts = th.open_parts(args.seed, args.library, args.data_root, guard=bool(args.seed))
    table = th.score_grid(parts, [(v,) for v in th.grid(args.grid, shipped[0], args.near)],
                          lambda p: dataclasses.replace(DEFAULT, matched_share=p[0]))
    if args.table:
        args.table.write_text(json.dumps({",".join(map(str, p)): row for p, row in table.items()}), encoding="utf-8")
    record = th.fit(table, th.tune_names(parts), shipped)
    th.write(OUT, {"matched_share": record["value"][0], "share": record} | th.provenance(parts), args.dry_run)


if __name__ == "__main__":
    main()
