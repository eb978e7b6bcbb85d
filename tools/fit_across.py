"""Fit how far the keyword weight moves toward 1 for a passage not in the question's language (``cross_keyword_share``).

    python tools/fit_across.py --from /tmp/halves/data-LABEL [--work DIR] [--dry-run]

Scores paragraph hit@1 of the search alone on every tune half (seed sets and the dev set over the seed, each library
set over its documents), for shares 0 to 0.6, judged by ``tune_halves``' rule (leave one set out; a new value only
when it holds up and the dev set loses nothing). The corpora are a run's data folders (``bench/halves.sh tune
LABEL``), copied one at a time to ``--work`` and removed after, so one corpus's copy is on disk at a time. Writes
``index/retrieval/fitted/across.json``. Never fit on a check half.
"""
from __future__ import annotations

import argparse
import dataclasses
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "across.json"
GRID = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6]


def corpora() -> list[tuple[str, list[Path]]]:
    """(the data folder's suffix in ``bench/halves.sh``, the tune halves asked over it)."""
    seed = sorted(th.DATA.glob("seed_tune*.jsonl")) + [th.GUARD]
    out = [("seed", seed)]
    for folders, paths in th.library_groups(sorted(th.DATA.glob("library_tune*.jsonl"))).items():
        out.append(("lib" + "".join(f.name.removeprefix("docs") for f in folders[1:]), paths))
    return out


def score(data: Path, sets: list[Path], shares: list[float]) -> dict[tuple[float, ...], dict[str, int]]:
    from reportbot.index.evaluate import load_questions
    from reportbot.index.library.registry import SEED
    from reportbot.index.library.service import QAService
    from reportbot.index.retrieval.tuning import DEFAULT

    svc = QAService(data, th.ROOT / "seeds")
    primary = frozenset(r.id for r in svc.library.documents() if r.added_by == SEED)
    pt = th.Part(data.name, svc.engine.index, th.MemoEmbedder(svc.embedder), primary,
                 {p.name: [q for q in load_questions(p) if q["evidence"]] for p in sets})
    return {(s,): th.hits([pt], dataclasses.replace(DEFAULT, cross_keyword_share=s)) for s in shares}


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.tuning import DEFAULT

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="prefix", required=True, help="a tune run's data folders' prefix")
    ap.add_argument("--work", type=Path, default=Path("/tmp/fit-across"))
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    table: dict[tuple[float, ...], dict[str, int]] = {(s,): {} for s in GRID}
    for tag, sets in corpora():
        if any("check" in p.name for p in sets):
            sys.exit("tune halves only")
        work = args.work / tag
        shutil.rmtree(work, ignore_errors=True)
        shutil.copytree(f"{args.prefix}-{tag}", work)
        try:
            for point, per_set in score(work, sets, GRID).items():
                table[point].update(per_set)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        print(tag, {p[0]: sum(v for k, v in table[p].items() if k in {s.name for s in sets}) for p in table},
              flush=True)
    tune = sorted({k for row in table.values() for k in row} - {th.GUARD.name})
    for point, row in table.items():
        print(f"  {point}: tune {sum(row[k] for k in tune)}  dev {row[th.GUARD.name]}  "
              + " ".join(f"{k.removesuffix('.jsonl')} {row[k]}" for k in tune if k.startswith("library_tune2")))
    guard = table[(DEFAULT.cross_keyword_share,)][th.GUARD.name]
    chosen = th.fit(table, tune, (DEFAULT.cross_keyword_share,), lambda p: table[p][th.GUARD.name] >= guard)
    th.write(OUT, {"cross_keyword_share": chosen["value"][0], "share": chosen,
                   "rule": th.RULE, "data": args.prefix}, args.dry_run)


if __name__ == "__main__":
    main()
