"""Fit three readings set by hand in the eighth round, or count why the tune halves cannot decide them.

    python tools/fit_readings.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]

- ``SearchTuning.latest_edition``: what the latest of a document's editions gets added for a question naming no
  year (``retrieval/editions.py``);
- ``PlaceForms.respelled``: how close a dictionary name must be to a place's pinyin to respell it (陕西 shaanxi,
  not shanxi: ``retrieval/place_names.py``);
- ``GazetteerReading.common_freq``: how often jieba's dictionary must tag a CC-CEDICT place as a common word for it
  to be no place (``retrieval/gazetteer.py``).

Each reaches few questions. One pass at the shipped values over every tune half (each over its documents,
``tune_halves.py``) finds them: a question whose search met an older edition first (the tie-break applied); one
whose place constraint's forms differ at some grid point; one holding a word that is a place at some grid point and
not at another, or asked of a corpus whose documents' own places differ. Only those are searched again at each
point. Judged by ``tune_halves``' rule (leave one set out; a new value only when it holds up); the questions each
reaches, those whose hit changes anywhere on its grid, and the near misses whose place constraints change with
either place reading (their refusal may), are written with the fit to
``index/retrieval/fitted/readings.json``. Never fit on a check half.
"""
from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "readings.json"
EDITION = [0.0, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3]
RESPELLED = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01]  # 1.01: never respelled
COMMON = [1, 3, 10, 30, 100, 300, 1000, 3000, 10**9]  # 10**9: no place is a common word


class Gazetteers:
    """The gazetteer as :func:`gazetteer.parse_gazetteer` reads it at each ``common_freq``, put in place on demand."""

    def __init__(self, values):
        from reportbot.index.retrieval import gazetteer as gz

        self.gz, self.shipped, self.original = gz, gz.READING, gz.gazetteer
        self.tables = {}
        for v in values:
            gz.READING = dataclasses.replace(self.shipped, common_freq=v)
            self.tables[v] = gz.parse_gazetteer()
        gz.READING = self.shipped

    def use(self, value) -> None:
        from reportbot.index.retrieval import search

        table = self.tables[value]
        self.gz.gazetteer = search.gazetteer = lambda: table
        self.gz._named_places.cache_clear()
        self.gz._by_name.cache_clear()

    def restore(self) -> None:
        from reportbot.index.retrieval import search

        self.gz.gazetteer = search.gazetteer = self.original
        self.gz._named_places.cache_clear()
        self.gz._by_name.cache_clear()


def respelled(value: float) -> None:
    from reportbot.index.retrieval import place_names

    place_names.PLACE_FORMS = dataclasses.replace(place_names.PLACE_FORMS, respelled=value)


def constraints(s, q: dict) -> tuple:
    from reportbot.index.retrieval.context import question_constraints

    a = s.analyse(q["question"])
    return question_constraints(a.text, a.groups, s.places)


def near_misses(name: str) -> list[dict]:
    """The questions of a set that must be refused (no evidence)."""
    from reportbot.index.evaluate import load_questions

    path = th.GUARD if name == th.GUARD.name else th.DATA / name
    return [q for q in load_questions(path) if not q["evidence"]]


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval import place_names
    from reportbot.index.retrieval.tuning import DEFAULT

    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts(args.seed, args.library, args.data_root)
    tune = th.tune_names(parts)
    shipped_forms, gazetteers = place_names.PLACE_FORMS, Gazetteers(COMMON)
    shipped_freq = gazetteers.shipped.common_freq
    # the shipped pass: every question's hit, and which questions each reading reaches
    base: dict[tuple[str, str], bool] = {}
    reach: dict[str, set[tuple[str, str]]] = {"edition": set(), "respelled": set()}
    common_reach: dict[int, set[tuple[str, str]]] = {v: set() for v in COMMON}
    misses = {"respelling": 0, "common_word": 0}
    for pt in parts:
        s = th.searcher(pt, DEFAULT)
        newer, met = s.editions.newer, []
        s.editions.newer = lambda docs, best, newer=newer, met=met: met.append(r := newer(docs, best)) or r
        own = {}
        for v in COMMON:
            gazetteers.use(v)
            own[v] = th.searcher(pt, DEFAULT)
        gazetteers.restore()
        for name, questions in pt.sets.items():
            for q in questions:
                key = (name, q["question"])
                met.clear()
                base[key] = th.hit(s, q)
                if any(r.any() for r in met):
                    reach["edition"].add(key)
                forms = set()
                for v in RESPELLED:
                    respelled(v)
                    forms.add(constraints(s, q))
                place_names.PLACE_FORMS = shipped_forms
                if len(forms) > 1:
                    reach["respelled"].add(key)
                for v, other in own.items():
                    if other.field.own != s.field.own or constraints(other, q) != constraints(s, q):
                        common_reach[v].add(key)
        for name in pt.sets:  # near misses: a place constraint their answer contradicts refuses them
            for q in near_misses(name):
                forms = set()
                for v in RESPELLED:
                    respelled(v)
                    forms.add(constraints(s, q))
                place_names.PLACE_FORMS = shipped_forms
                misses["respelling"] += len(forms) > 1
                misses["common_word"] += any(constraints(o, q) != constraints(s, q) for o in own.values())
    where = {(name, q["question"]): (pt, q) for pt in parts for name, qs in pt.sets.items() for q in qs}

    def table(points, cases: Callable, setup: Callable, tuning_at: Callable) -> tuple[th.Table, int]:
        """Hits per set at every point, and how many reached questions' hits differ somewhere on the grid."""
        out, seen = {}, {}
        for p in points:
            setup(p)
            moved = {name: 0 for pt in parts for name in pt.sets}
            searchers = {}
            for key in cases(p):
                pt, q = where[key]
                if pt.corpus not in searchers:
                    searchers[pt.corpus] = th.searcher(pt, tuning_at(p))
                s = searchers[pt.corpus]
                h = th.hit(s, q)
                seen.setdefault(key, {base[key]}).add(h)
                moved[key[0]] += h - base[key]
            out[p] = {name: sum(v for k, v in base.items() if k[0] == name) + moved[name] for name in moved}
            print(f"  {p}: tune {sum(v for k, v in out[p].items() if k in tune)}", flush=True)
        return out, sum(len(v) > 1 for v in seen.values())

    def record(scored: tuple[th.Table, int], shipped: tuple, cases: set) -> dict:
        fit = th.fit(scored[0], tune, shipped)
        return fit | {"questions_reached": len(cases), "hits_changing_on_the_grid": scored[1], "per_set_reached": {
            name: sum(k[0] == name for k in cases) for pt in parts for name in pt.sets}}

    print(f"latest edition: {len(reach['edition'])} questions reached", flush=True)
    ed = table([(v,) for v in EDITION], lambda p: reach["edition"], lambda p: None,
               lambda p: dataclasses.replace(DEFAULT, latest_edition=p[0]))
    edition = record(ed, (DEFAULT.latest_edition,), reach["edition"])
    print(f"respelled: {len(reach['respelled'])} questions reached", flush=True)
    rs = table([(v,) for v in RESPELLED], lambda p: reach["respelled"], lambda p: respelled(p[0]),
               lambda p: DEFAULT)
    place_names.PLACE_FORMS = shipped_forms
    spelled = record(rs, (shipped_forms.respelled,), reach["respelled"]) | {
        "near_misses_whose_constraints_change": misses["respelling"]}
    every = set().union(*common_reach.values())
    print(f"common word: {len(every)} questions reached", flush=True)
    cw = table([(v,) for v in COMMON], lambda p: common_reach[p[0]], lambda p: gazetteers.use(p[0]),
               lambda p: DEFAULT)
    gazetteers.restore()
    common = record(cw, (shipped_freq,), every) | {"near_misses_whose_constraints_change": misses["common_word"]}
    th.write(OUT, {"latest_edition": edition["value"][0], "respelled": spelled["value"][0],
                   "common_freq": common["value"][0], "edition": edition, "respelling": spelled,
                   "common_word": common} | th.provenance(parts), args.dry_run)


if __name__ == "__main__":
    main()
