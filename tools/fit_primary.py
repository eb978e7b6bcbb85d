"""Fit how much the report the bot is about (the seed documents) is preferred when other documents sit beside it.

    python tools/fit_primary.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]

Scores paragraph hit@1 of the search alone for every pair of priors of a small grid (one for a question that names
no other document, one for a question that names one: a word of its title or own places, or one only it says, that
the report never says) on the seed's tune halves asked with ``bench/library/docs`` beside the report (questions that
name no document: what the prior is for) and on the library's tune halves, each over its documents (questions about
every document, most naming theirs; ``tune_halves.py``). A pair that costs a library set more than ``TOLERANCE`` of
its hits without a prior is not taken (a question that names its document must keep its passage). Judged by
``tune_halves``' rule (leave one set out; a new value only when it holds up). Writes
``index/retrieval/fitted/primary.json``. Never fit on a check half.
"""
from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "primary.json"
TOLERANCE = 0.025
PRIORS = [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4]
# the prior for a question that names another document (Searcher._primary_prior): at most the other one
NAMED = [0.0, 0.05, 0.1, 0.15]


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.tuning import DEFAULT

    args = th.arguments(__doc__.splitlines()[0], argv)
    groups: dict[tuple[Path, ...], list[Path]] = {(th.LIBRARY,): list(args.seed)}
    for p in args.library:
        groups.setdefault(tuple(th.folders_for(p)), []).append(p)
    parts = [th.part(list(folders), args.data_root, paths) for folders, paths in groups.items()]
    tune = th.tune_names(parts)
    shipped = (DEFAULT.primary_prior, DEFAULT.primary_prior_named)
    priors, named = th.grid(PRIORS, shipped[0], args.near), th.grid(NAMED, shipped[1], args.near)
    points = sorted({(p, n) for p in priors for n in named if n <= p} | {shipped, (0.0, 0.0)})
    table = th.score_grid(parts, points, lambda p: dataclasses.replace(DEFAULT, primary_prior=p[0],
                                                                        primary_prior_named=p[1]))
    library = {name: n for name, n in th.sizes(parts).items() if name.startswith("library")}

    def allowed(p: tuple[float, ...]) -> bool:
        return all(table[p][s] >= table[0.0, 0.0][s] - TOLERANCE * n for s, n in library.items())
    prior = th.fit(table, tune, shipped, allowed)
    th.write(OUT, {"primary_prior": prior["value"][0], "primary_prior_named": prior["value"][1], "prior": prior,
                   "without": table[0.0, 0.0], "library_tolerance": TOLERANCE} | th.provenance(parts), args.dry_run)


if __name__ == "__main__":
    main()
