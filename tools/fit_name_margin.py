"""Fit by how much a text that writes a document's name must match the question without the name better than the
document's texts that do not write it, to keep the name's lift (``name_bare_lead``,
:mod:`reportbot.index.retrieval.name_lift`).

    python tools/fit_name_margin.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]

A question that calls a document by its Latin name has the name's dense lift held in that document's texts that
write the name, except those whose cosine with the name-free question beats the best of the document's texts that
do not write it by more than the lead (0: any text ahead of them; a title block a hair ahead keeps its lift, and a
tie the host's arithmetic turns decides the first place; below 0: a text a little under them keeps it too).
Only questions whose name is held at all move, so only those are scored: paragraph hit@1 of the search alone on
every tune half, each over its documents (``tune_halves.py``), judged by ``tune_halves``' rule (leave one set out;
a new value only when it holds up). Writes ``name_bare_lead`` and its record to
``index/retrieval/fitted/name_lift.json``. Never fit on a check half.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "name_lift.json"
LEADS = [-0.01, 0.0, 0.005, 0.01, 0.02, 0.03]


def held(searcher, question: str) -> bool:
    """Whether the search holds a document's name for ``question`` (the Chinese question's Latin name, or the English
    question's: ``dense_text``), as :meth:`.Searcher.search` decides it."""
    from reportbot.index.retrieval import dense_text as dt
    from reportbot.index.retrieval.query import question_text

    ix, text = searcher.index, question_text(question)
    written = lambda w: dt.written_in(ix, w)  # noqa: E731
    return bool(dt.dense_text(text, searcher.names, written)[1]
                or dt.english_name_free(text, searcher.names, written)[1])


def main(argv: list[str] | None = None) -> None:
    from reportbot.index.retrieval.tuning import DEFAULT

    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts(args.seed, args.library, args.data_root)
    for pt in parts:  # only the questions whose name is held: the lead moves no other
        s = th.searcher(pt, DEFAULT)
        pt.sets = {name: [q for q in qs if held(s, q["question"])] for name, qs in pt.sets.items()}
    print("questions with a held name:", {n: len(qs) for pt in parts for n, qs in pt.sets.items()}, flush=True)
    fits = th.fit_in_turn(parts, th.tune_names(parts), [("name_bare_lead", LEADS)], args.near)
    lead = fits["name_bare_lead"]
    th.write(OUT, {"name_bare_lead": lead["value"][0], **th.provenance(parts), "lead": lead}, args.dry_run)


if __name__ == "__main__":
    main()
