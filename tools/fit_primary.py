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

Then, at the chosen pair, the prior for a question that names no document and that the report's passages cover as
well as any other document's do (``primary_prior_even``: a look-alike's table row that matches the words more
closely does not answer a question that names neither), on a grid of its own from the plain prior up; a seed set
written beside a library of its own (``SEED_WITH``: seed_tune5 with docs9) is asked beside that library too.
When no even prior keeps every library set within ``TOLERANCE`` of the chosen pair alone, the shipped one is kept
(said so).

The guard's baseline is no prior at all (all three zero): the pair's grid is scored with the shipped even prior in
force (what would ship), so its (0, 0) point is not "no prior". A shipped pair that fails the guard is named with the
sets it costs and the hits it costs them (``guard`` in the record); the fit's rule still decides whether a guarded
point replaces it.
"""
from __future__ import annotations

import dataclasses
import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "primary.json"
TOLERANCE = 0.025
PRIORS = [0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4]
# the prior for a question that names another document (Searcher._primary_prior): at most the other one
NAMED = [0.0, 0.05, 0.1, 0.15]
EVEN = [0.25, 0.35, 0.5, 0.7]
# seed sets written beside a library of their own: asked beside it too (the look-alikes they were written against)
SEED_WITH = {"seed_tune5.jsonl": "docs9", "seed_tune6.jsonl": "docs10", "seed_tune7.jsonl": "docs11"}


def costs(row: dict[str, int], base: dict[str, int], library: dict[str, int]) -> dict[str, int]:
    """The library sets ``row`` costs more than ``TOLERANCE`` of their questions against ``base``, and how many
    hits (a question that names its document must keep its passage)."""
    return {s: base[s] - row[s] for s, n in library.items() if row[s] < base[s] - TOLERANCE * n}


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.tuning import DEFAULT

    args = th.arguments(__doc__.splitlines()[0], argv, lambda ap: ap.add_argument(
        "--even-only", action="store_true", help="keep the pair shipped; fit the even prior"))
    groups: dict[tuple[Path, ...], list[Path]] = {(th.LIBRARY,): list(args.seed)}
    for p in args.library + [s for s in args.seed if s.name in SEED_WITH]:
        folders = (th.LIBRARY, th.LIBRARY.parent / SEED_WITH[p.name]) if p.name in SEED_WITH else th.folders_for(p)
        groups.setdefault(tuple(folders), []).append(p)
    parts = [th.part(list(folders), args.data_root, paths) for folders, paths in groups.items()]
    for pt in parts:  # a seed set asked beside two libraries is two sets
        pt.sets = {(f"{n}+{pt.corpus.rsplit('+', 1)[-1]}" if n.startswith("seed") and pt.corpus != "seed+library"
                    else n): qs for n, qs in pt.sets.items()}
    tune = th.tune_names(parts)
    shipped = (DEFAULT.primary_prior, DEFAULT.primary_prior_named)
    priors, named = th.grid(PRIORS, shipped[0], args.near), th.grid(NAMED, shipped[1], args.near)
    points = sorted({(p, n) for p in priors for n in named if n <= p} | {shipped, (0.0, 0.0)}) if not args.even_only \
        else [(0.0, 0.0), shipped]
    without = th.hits(parts, dataclasses.replace(DEFAULT, primary_prior=0.0, primary_prior_named=0.0,
                                                 primary_prior_even=0.0))  # the guard's baseline: no prior at all
    table = th.score_grid(parts, points, lambda p: dataclasses.replace(
        DEFAULT, primary_prior=p[0], primary_prior_named=p[1], primary_prior_even=max(DEFAULT.primary_prior_even,
                                                                                       p[0])))
    library = {name: n for name, n in th.sizes(parts).items() if name.startswith("library")}
    shipped_costs = costs(table[shipped], without, library)
    for s, lost in shipped_costs.items():
        print(f"  the shipped pair {shipped} fails the guard: it costs {s} {lost} of {library[s]} hits "
              f"({table[shipped][s]} vs {without[s]} with no prior; at most {TOLERANCE * library[s]:.1f})", flush=True)
    prior = th.fit(table, tune, shipped, lambda p: not costs(table[p], without, library))
    p, n = prior["value"]
    even_shipped = (max(DEFAULT.primary_prior_even, p),)
    evens = sorted({(e,) for e in th.grid([e for e in EVEN if e >= p], even_shipped[0], args.near)} | {(p,)})
    base = dataclasses.replace(DEFAULT, primary_prior=p, primary_prior_named=n)
    even_table = th.score_grid(parts, evens, lambda e: dataclasses.replace(base, primary_prior_even=e[0]))

    def guarded(e: tuple[float, ...]) -> bool:  # what the even prior costs a library set beyond the pair alone
        return not costs(even_table[e], even_table[p,], library)
    allowed_even = guarded
    if not any(map(guarded, even_table)):  # no even prior keeps every library set: nothing to choose, keep it
        print(f"  no even prior keeps each library set within {TOLERANCE} of the pair alone: keep {even_shipped}")
        allowed_even = even_shipped.__eq__
    even = th.fit(even_table, tune, even_shipped, allowed_even)
    made = th.provenance(parts)
    for s in made["fitted_on"]:  # a seed set asked beside its own library: its file's hash
        if s["sha256"] is None and "+" in s["file"]:
            s["sha256"] = hashlib.sha256((th.DATA / s["file"].split("+")[0]).read_bytes()).hexdigest()[:16]
    th.write(OUT, {"primary_prior": p, "primary_prior_named": n, "primary_prior_even": even["value"][0],
                   "prior": prior, "even": even, "without": without, "library_tolerance": TOLERANCE,
                   "guard": {"shipped_costs": shipped_costs,
                             "chosen_costs": costs(even_table[even["value"][0],], without, library)}}
             | made | share_kept(), args.dry_run)


def share_kept() -> dict:
    """The coverage share fit_primary_share.py wrote beside the priors, kept when the priors are fitted again."""
    import json

    old = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    return {k: old[k] for k in ("primary_coverage_share", "coverage_share") if k in old}


if __name__ == "__main__":
    main()
