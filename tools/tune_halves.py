"""The tune halves the search's fitting tools score, each over the documents it was written on; a grid scored per
set, the best point, and leave one set out.

Seed sets (``seed_tune*``) are asked of the seed report alone; each library set (``library_tune*``) of the seed,
``bench/library/docs`` and every other folder of ``bench/library`` holding a document it names (``docs5`` for
``library_tune5``), as ``bench/eval_sets.py`` scores them. Each corpus gets a data folder under ``--data-root``
(made and filled when missing, then reused). The dev set is a guard, scored and never fitted on. Only paragraph
hit@1 of the search alone is scored (``evaluate.search_hit_at_1``'s judgement), with the engine's searcher: the
report's documents are its primary ones. Never fit on a check half.

The rule every tool here follows: the point with the most hits summed over the tune halves is the full fit (ties:
nearest the value shipped now). Leave one set out: for each tune half, the point chosen on the others is scored on
it. A new value is adopted only when the full fit sums more hits than the shipped value, the held-out hits summed
over the folds do too, at least half the folds choose the full fit, and the dev set loses nothing; otherwise the
shipped value stays and the figures are recorded.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from git_commit import commit as _commit  # noqa: E402  (tools/ is the script folder)

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
LIBRARY = ROOT / "bench" / "library" / "docs"
GUARD = ROOT / "tests" / "data" / "qa_dev.jsonl"
RULE = ("most paragraph hits@1 of the search summed over the tune halves (ties: nearest the shipped value); adopted "
        "only when the full fit and the held-out folds summed beat the shipped value, at least half the folds choose "
        "the full fit and the dev set loses nothing")

Point = tuple[float, ...]
Table = dict[Point, dict[str, int]]


class MemoEmbedder:
    """The service's embedder with question vectors kept, so each grid point does not embed again."""

    def __init__(self, inner):
        self.inner, self.name, self.dim, self.memo = inner, inner.name, inner.dim, {}

    def encode_queries(self, texts):
        import numpy as np

        missing = [t for t in texts if t not in self.memo]
        if missing:
            self.memo.update(zip(missing, self.inner.encode_queries(missing)))
        return np.vstack([self.memo[t] for t in texts])


@dataclasses.dataclass
class Part:
    """One corpus: its index, embedder, primary documents and the answerable questions of the sets asked of it."""

    corpus: str
    index: object
    embedder: MemoEmbedder
    primary: frozenset[str]
    sets: dict[str, list[dict]]


def folders_for(path: Path) -> list[Path]:
    """The library folders a library set was written on: ``docs`` and each other folder holding a document it names."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    named = {r["doc"] for r in rows if r.get("doc")}
    extra = [f for f in sorted(LIBRARY.parent.iterdir()) if f.is_dir() and f != LIBRARY
             and named & {p.name for p in f.iterdir()}]
    return [LIBRARY] + extra


def library_groups(sets: Iterable[Path]) -> dict[tuple[Path, ...], list[Path]]:
    """The library sets grouped by the folders they were written on (:func:`folders_for`), so each corpus is built
    once for all its sets."""
    groups: dict[tuple[Path, ...], list[Path]] = {}
    for path in sets:
        groups.setdefault(tuple(folders_for(path)), []).append(path)
    return groups


def ask_tune_halves(seed: list[Path], library: list[Path], data_root: Path,
                    ask: Callable[[object, Path], list[dict]]) -> list[dict]:
    """Every tune half asked with the documents it was written on, by ``ask(service, path)``; each row is marked with
    its corpus. Check halves are refused here."""
    if any("check" in p.name for p in seed + library):
        sys.exit("tune halves only")
    groups = ({(): seed} if seed else {}) | library_groups(library)
    rows: list[dict] = []
    for folders, paths in groups.items():
        name = "+".join(["seed"] + [f.name for f in folders])
        svc = service(list(folders), data_root / name)
        for path in paths:
            rows += [dict(r, corpus=name) for r in ask(svc, path)]
    return rows


def arguments(description: str, argv: Sequence[str] | None = None,
              more: Callable[[argparse.ArgumentParser], None] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--seed", nargs="*", type=Path, default=None, help="seed sets (default: every seed_tune*)")
    ap.add_argument("--library", nargs="*", type=Path, default=None, help="library sets (default: every library_tune*)")
    ap.add_argument("--data-root", type=Path, default=Path(tempfile.gettempdir()) / f"reportbot-fit-{os.getuid()}",
                    help="data folders are ROOT-seed, ROOT-library, ROOT-library+docs5 …, made when missing")
    ap.add_argument("--dry-run", action="store_true", help="print the fit, write nothing")
    ap.add_argument("--near", action="store_true",
                    help="score only the shipped value and its neighbours on each grid (a quick refit)")
    if more:
        more(ap)
    args = ap.parse_args(argv)
    args.seed = sorted(DATA.glob("seed_tune*.jsonl")) if args.seed is None else args.seed
    args.library = sorted(DATA.glob("library_tune*.jsonl")) if args.library is None else args.library
    if any("check" in p.name for p in args.seed + args.library):
        sys.exit("fit on tune halves only")
    return args


def service(folders: Sequence[Path], data: Path):
    """A service over the seed plus the files of ``folders``, in ``data`` (filled here when it does not exist)."""
    from reportbot.index.library.service import QAService

    fresh = not data.exists()
    svc = QAService(data, ROOT / "seeds")
    if fresh:
        for p in sorted(p for f in folders for p in f.iterdir()):
            if p.is_file() and not p.name.endswith(".py"):
                svc.add(p.read_bytes(), p.name, "fit")
    return svc


def part(folders: Sequence[Path], root: Path, sets: Iterable[Path]) -> Part:
    """The corpus of the seed plus ``folders`` (none: the seed alone) with the answerable questions of ``sets``."""
    from reportbot.index.evaluate import load_questions
    from reportbot.index.library.registry import SEED

    corpus = "+".join(["seed"] + ["library" if f == LIBRARY else f.name for f in folders])
    name = "seed" if not folders else "+".join(["library"] + [f.name for f in folders[1:]])
    svc = service(folders, root.with_name(f"{root.name}-{name}"))
    primary = frozenset(r.id for r in svc.library.documents() if r.added_by == SEED)
    return Part(corpus, svc.engine.index, MemoEmbedder(svc.embedder), primary,
                {p.name: [q for q in load_questions(p) if q["evidence"]] for p in sets})


def open_parts(seed: Sequence[Path], library: Sequence[Path], root: Path, guard: bool = True) -> list[Part]:
    """The seed sets (and the dev set, when ``guard``) on the seed alone; each library set on its folders."""
    parts = [part([], root, [*seed, *([GUARD] if guard else [])])] if seed or guard else []
    return parts + [part(list(folders), root, paths) for folders, paths in library_groups(library).items()]


def hit(searcher, q: dict) -> bool:
    """Whether the search's first passage for ``q`` holds its evidence (in its document, when it names one)."""
    from reportbot.index.evaluate import norm, to_simplified

    top = searcher.search(q["question"], 1).top
    if top is None:
        return False
    source_ok = not q.get("doc") or searcher.index.docs[top.paragraph.doc_id].source == q["doc"]
    return bool(source_ok and norm(to_simplified(q["evidence"])) in norm(top.paragraph.text))


def searcher(pt: Part, tuning):
    """The engine's searcher over ``pt`` under ``tuning``."""
    from reportbot.index.retrieval.search import Searcher

    return Searcher(pt.index, pt.embedder, tuning, primary=pt.primary)


def hits(parts: Sequence[Part], tuning, keep: Callable[[dict], bool] = lambda q: True) -> dict[str, int]:
    """Paragraph hits@1 of the search per set, under ``tuning``, of the questions ``keep`` accepts."""
    out = {}
    for pt in parts:
        s = searcher(pt, tuning)
        for name, questions in pt.sets.items():
            out[name] = sum(hit(s, q) for q in questions if keep(q))
    return out


def sizes(parts: Sequence[Part], keep: Callable[[dict], bool] = lambda q: True) -> dict[str, int]:
    return {name: sum(map(keep, qs)) for pt in parts for name, qs in pt.sets.items()}


def score_grid(parts: Sequence[Part], points: Iterable[Point], tuning_at: Callable[[Point], object],
               keep: Callable[[dict], bool] = lambda q: True) -> Table:
    """Hits per set at every point, printed as they come."""
    table = {}
    for point in points:
        table[point] = hits(parts, tuning_at(point), keep)
        tune = sum(v for k, v in table[point].items() if k != GUARD.name)
        print(f"  {point}: tune {tune}  " + " ".join(f"{k.removesuffix('.jsonl')} {v}" for k, v in
                                                    table[point].items()), flush=True)
    return table


def grid(values: Sequence[float], shipped: float, near: bool) -> list[float]:
    """``values`` with ``shipped`` among them; with ``near``, only it and its neighbours."""
    values = sorted(set(values) | {shipped})
    i = values.index(shipped)
    return values[max(i - 1, 0):i + 2] if near else values


def _distance(a: Point, b: Point) -> float:
    return sum(abs(x - y) for x, y in zip(a, b))


def best(table: Table, sets: Iterable[str], near: Point, allowed: Callable[[Point], bool] = lambda p: True) -> Point:
    """The point with the most hits summed over ``sets`` (ties: nearest ``near``)."""
    sets = set(sets)
    return max((p for p in table if allowed(p)),
               key=lambda p: (sum(v for k, v in table[p].items() if k in sets), -_distance(p, near)))


def fit(table: Table, tune: Sequence[str], shipped: Point, allowed: Callable[[Point], bool] = lambda p: True
        ) -> dict:
    """The full fit, leave one set out and the verdict (see the module's rule), as a record."""
    total = lambda p, sets=tune: sum(table[p][s] for s in sets)  # noqa: E731
    full = best(table, tune, shipped, allowed)
    folds, held = {}, 0
    for s in tune:
        chosen = best(table, [t for t in tune if t != s], shipped, allowed)
        folds[s] = {"chosen": list(chosen), "held_out": table[chosen][s], "shipped": table[shipped][s]}
        held += table[chosen][s]
        print(f"    held out {s:22} chose {chosen}: {table[shipped][s]} -> {table[chosen][s]}", flush=True)
    agree = sum(f["chosen"] == list(full) for f in folds.values())
    guard_ok = GUARD.name not in table[full] or table[full][GUARD.name] >= table[shipped][GUARD.name]
    adopt = full != shipped and total(full) > total(shipped) and held > total(shipped) \
        and 2 * agree >= len(tune) and guard_ok
    chosen = full if adopt else shipped
    print(f"  shipped {shipped}: {total(shipped)}; full fit {full}: {total(full)}; held out {held}; "
          f"{agree}/{len(tune)} folds chose the full fit -> {'adopt' if adopt else 'keep'} {chosen}", flush=True)
    return {"value": list(chosen), "adopted": adopt, "shipped": list(shipped), "full_fit": list(full),
            "tune_hits": {"shipped": total(shipped), "full_fit": total(full), "held_out": held},
            "per_set": {s: {"shipped": table[shipped][s], "chosen": table[chosen][s]} for s in table[shipped]},
            "folds_choosing_the_full_fit": f"{agree}/{len(tune)}", "leave_one_set_out": folds,
            "grid": {",".join(map(str, p)): total(p) for p in table}}


def fit_in_turn(parts: Sequence[Part], tune: Sequence[str], fields: Sequence[tuple[str, Sequence[float]]],
                near: bool) -> dict[str, dict]:
    """Fit the search tunables ``fields`` (name, grid) one after the other, each at the values kept before it, by
    :func:`fit`; the record of each by name (its ``value`` the one kept)."""
    from reportbot.index.retrieval.tuning import DEFAULT

    kept, records = DEFAULT, {}
    for name, values in fields:
        shipped = getattr(DEFAULT, name)
        print(name, flush=True)
        table = score_grid(parts, [(v,) for v in grid(values, shipped, near)],
                           lambda p: dataclasses.replace(kept, **{name: type(shipped)(p[0])}))  # noqa: B023
        records[name] = fit(table, tune, (shipped,))
        kept = dataclasses.replace(kept, **{name: type(shipped)(records[name]["value"][0])})
    return records


def provenance(parts: Sequence[Part]) -> dict:
    """What a fit was made on: each set's file, corpus, hash and answerable questions; the date, commit and model."""
    files = {p.name: p for p in [*DATA.glob("*.jsonl"), GUARD]}
    sets = [{"file": name, "corpus": pt.corpus, "answerable": len(qs),
             "sha256": hashlib.sha256(files[name].read_bytes()).hexdigest()[:16] if name in files else None}
            for pt in parts for name, qs in pt.sets.items()]
    return {"fitted_on": [s for s in sets if s["file"] != GUARD.name],
            "guard": [s for s in sets if s["file"] == GUARD.name], "rule": RULE,
            "date": datetime.date.today().isoformat(), "commit": _commit(), "model": parts[0].embedder.name}


def tune_names(parts: Sequence[Part]) -> list[str]:
    return [name for pt in parts for name in pt.sets if name != GUARD.name]


def write(out: Path, record: dict, dry_run: bool) -> None:
    text = json.dumps(record, ensure_ascii=False, indent=1) + "\n"
    if dry_run:
        print(text)
    else:
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out}")
