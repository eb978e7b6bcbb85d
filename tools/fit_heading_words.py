"""Fit whether a question word only a passage's heading path holds counts in the sentence that says it.

    python tools/fit_heading_words.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]

``SearchTuning.heading_sentence`` (heading_words.py): off, every word a passage's context holds counts nothing
sentence by sentence (the shipped reading, made for a word naming the document); on, only the words naming the
document (title, date, own places and names) are skipped there, and a heading word counts where its sentence says it.
Paragraph hit@1 of the search alone on the tune halves, each over its documents (``tune_halves.py``), judged by
``tune_halves``' rule (leave one set out; the dev set a guard). Writes ``index/retrieval/fitted/heading_words.json``
only when not ``--dry-run``. Never fit on a check half.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "heading_words.json"


def folds(record: dict) -> dict[str, int]:
    """The folds the point chosen on the other sets won, lost and tied on the set held out (against the shipped)."""
    out = {"won": 0, "lost": 0, "tied": 0}
    for f in record["leave_one_set_out"].values():
        out["won" if f["held_out"] > f["shipped"] else "lost" if f["held_out"] < f["shipped"] else "tied"] += 1
    return out


def main(argv: list[str] | None = None) -> None:
    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts(args.seed, args.library, args.data_root)
    fit = th.fit_in_turn(parts, th.tune_names(parts), [("heading_sentence", [0.0, 1.0])], args.near)
    record = fit["heading_sentence"]
    record["folds"] = folds(record)
    print(f"  folds won/lost/tied held out: {record['folds']}", flush=True)
    th.write(OUT, {"heading_sentence": float(record["value"][0]), "fit": record} | th.provenance(parts),
             args.dry_run)


if __name__ == "__main__":
    main()
