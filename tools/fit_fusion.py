"""Fit the fusion's weights: the keyword side's, and the second dense opinion's for English questions.

    python tools/fit_fusion.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]

Scores paragraph hit@1 of the search alone on every tune half, each over its documents (``tune_halves.py``), for
every point of two small grids, each judged by ``tune_halves``' rule (leave one set out; a new value only when it
holds up):

1. every question: the keyword weight and how much an English question's expressible share scales it (what serves
   wherever the second opinion is not asked: Chinese questions, and English ones beside English passages);
2. the English questions of the seed sets, where the second opinion (USE multilingual, ``second_opinion.py``) is
   asked (no candidate in the question's language): its share of the dense side, with the keyword weight and
   expressible share that go with it;
3. the English questions of the library sets where the second opinion is not asked (English passages among the
   candidates): the keyword weight (``keyword_weight_en_alone``). With ``--english-alone`` only this grid is scored
   and the other two keep the values fitted before.
4. with ``--cross`` (alone; writes ``fitted/cross.json``): the keyword weight of a candidate not in the question's
   language, per language pair, on the library tune halves (the pairs meet there): an English question's Chinese
   candidates (``en_zh``, where the second opinion is not asked), then a Chinese question's English ones (``zh_en``),
   each scored on that pair's questions only, the first's value kept while the second is fitted. Its shipped point
   is the question's own weight (the same ranking as no cross weight).

The Chinese questions' share of the second opinion is not fitted: every corpus holds the Chinese report, so a
Chinese question always has candidates in its language and USE is never asked for one (it stays 0).
Writes ``index/retrieval/fitted/fusion.json``. Never fit on a check half.
"""
from __future__ import annotations

import dataclasses
import itertools
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "fusion.json"
CROSS_OUT = OUT.with_name("cross.json")
CROSS = [0.8, 0.85, 0.9, 0.95, 0.975]
# the dense side keeps at least a tenth of the vote, so passages the keyword side scores alike are
# still told apart by meaning
WEIGHTS = [0.5, 0.6, 0.7, 0.8, 0.9]
SHARES = [0.0, 0.25, 0.5, 0.75, 1.0]
SECOND_SHARES = [0.0, 0.2, 0.3, 0.4, 0.5, 0.6]


def english(q: dict) -> bool:
    return q.get("lang") == "en"


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.second_opinion import installed
    from reportbot.index.retrieval.tuning import DEFAULT

    def more(ap):
        ap.add_argument("--english-alone", action="store_true", help="score grid 3 only; keep the fit of grids 1 and 2")
        ap.add_argument("--cross", action="store_true", help="score grid 4 only (fitted/cross.json)")

    args = th.arguments(__doc__.splitlines()[0], argv, more)
    if args.cross:
        args.seed = []
    parts = th.open_parts(args.seed, args.library, args.data_root, guard=not args.cross)
    tune = th.tune_names(parts)
    if args.cross:
        th.write(CROSS_OUT, cross(parts, tune, args.near) | th.provenance(parts), args.dry_run)
        return
    if args.english_alone:
        alone = english_alone(parts, tune, DEFAULT, args.near)
        before = json.loads(OUT.read_text(encoding="utf-8"))
        th.write(OUT, before | {"en_alone": alone | th.provenance(parts)}, args.dry_run)
        return
    print("1. keyword weight, expressible share (every question)", flush=True)
    points = itertools.product(th.grid(WEIGHTS, DEFAULT.keyword_weight, args.near),
                               th.grid(SHARES, DEFAULT.possible_share, args.near))
    table = th.score_grid(parts, points, lambda p: dataclasses.replace(DEFAULT, keyword_weight=p[0],
                                                                     possible_share=p[1]))
    every = th.fit(table, tune, (DEFAULT.keyword_weight, DEFAULT.possible_share))
    base = dataclasses.replace(DEFAULT, keyword_weight=every["value"][0], possible_share=every["value"][1])
    print("2. English questions with the second opinion: keyword weight, expressible share, its share", flush=True)
    seed = [pt for pt in parts if pt.corpus == "seed"]
    points = itertools.product(th.grid(WEIGHTS, DEFAULT.keyword_weight_en, args.near),
                               th.grid(SHARES, DEFAULT.possible_share_en, args.near),
                               th.grid(SECOND_SHARES, DEFAULT.second_share_en, args.near))
    table = th.score_grid(seed, points, lambda p: dataclasses.replace(
        base, keyword_weight_en=p[0], possible_share_en=p[1], second_share_en=p[2]), english)
    shipped = (DEFAULT.keyword_weight_en, DEFAULT.possible_share_en, DEFAULT.second_share_en)
    en = th.fit(table, [s for s in tune if s in seed[0].sets], shipped)
    en["without_second_opinion"] = max((v for p, v in en["grid"].items() if p.endswith(",0.0")), default=None)
    alone = english_alone(parts, tune, base, args.near)
    second = installed()
    th.write(OUT, {"keyword_weight": every["value"][0], "possible_share": every["value"][1], "every": every,
                   "en_alone": alone,
                   "en": {"keyword_weight": en["value"][0], "possible_share": en["value"][1],
                          "second_share": en["value"][2]} | en,
                   "zh": {"second_share": 0.0, "why": "not fitted: every corpus holds the Chinese report, so USE is "
                                                      "never asked for a Chinese question"},
                   "second_opinion": second.name if second else None} | th.provenance(parts), args.dry_run)


def english_alone(parts, tune, base, near: bool) -> dict:
    """Grid 3: the keyword weight of English questions the second opinion is not asked for (the library's)."""
    from reportbot.index.retrieval.tuning import DEFAULT

    print("3. English questions beside English passages: keyword weight", flush=True)
    library = [pt for pt in parts if pt.corpus != "seed"]
    points = [(w,) for w in th.grid(WEIGHTS, DEFAULT.keyword_weight_en_alone, near)]
    table = th.score_grid(library, points, lambda p: dataclasses.replace(base, keyword_weight_en_alone=p[0]), english)
    fit = th.fit(table, [s for s in tune if any(s in pt.sets for pt in library)], (DEFAULT.keyword_weight_en_alone,))
    return {"keyword_weight": fit["value"][0]} | fit



def cross(parts, tune, near: bool) -> dict:
    """Grid 4: the keyword weight of a candidate in the other language, per language pair (library tune halves)."""
    from reportbot.index.retrieval.tuning import DEFAULT

    library = [pt for pt in parts if pt.corpus != "seed"]
    kept, out = DEFAULT, {}
    for pair, field, own, keep in (("en_zh", "keyword_weight_en_zh", DEFAULT.keyword_weight_en_alone, english),
                                   ("zh_en", "keyword_weight_zh_en", DEFAULT.keyword_weight,
                                    lambda q: not english(q))):
        print(f"4. {pair}: the keyword weight of a candidate in the other language", flush=True)
        shipped = getattr(DEFAULT, field) or own
        table = th.score_grid(library, [(w,) for w in th.grid(CROSS, shipped, near)],
                              lambda p: dataclasses.replace(kept, **{field: p[0]}), keep)  # noqa: B023
        fit = th.fit(table, tune, (shipped,))
        out[pair] = {"keyword_weight": fit["value"][0], "own_weight": own} | fit
        kept = dataclasses.replace(kept, **{field: fit["value"][0]})
    return out


if __name__ == "__main__":
    main()
