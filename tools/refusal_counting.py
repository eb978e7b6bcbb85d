"""What the document says the answer's figure counts, against what the question asks counted, judged held out as a
refusal signal and as a gate (``answer_labels.py``; refusal-36).

    pip install -e '.[tools]'
    python tools/refusal_counting.py --rows FILE --collect [--jobs N] [--seed-data DIR] [--library-data DIR]
    python tools/refusal_counting.py --rows FILE [--add NAME ...] [--gate NAME ...] [--list] [--sort]

``--collect`` asks every tune half as ``refusal_loso.py`` does (the same rows) and keeps with each row what the
engine's first signals of its ask were measured on: the evidence sentence, the span's place in it and its source,
the passage's text and its context (title, headings, places). The candidates are computed from those when judged, so
a candidate can change without asking again.

The judgement prints, for the same folds as ``refusal_lack.py`` (each tune half decided by what was fitted and chosen
on the others): the shipped model file; the shipped signals refitted; + each candidate; each candidate as a gate in
front of the refitted model (threshold chosen on the other halves). Tune halves only.

Measured in round 36 (40 tune halves, 4,460 rows at bd7080b's engine; kept + refused = right answers kept + near
misses refused; answerable refused in brackets): shipped file 2486 + 1077 = 3563 (390); shipped signals refitted
3564 (386); + cnt_all_same 3570 (358); + cnt_all 3568 (368); + cnt_all_samecount 3563 (383); + cnt_own_same,
cnt_unit 3553 (403); + cnt_before_same 3566 (379); + cnt_colon, cnt_row, cnt_after_same, cnt_before_same, cnt_unit
3571 (370). As gates (cnt_unit, cnt_colon_samecount, cnt_own_samecount, cnt_all_samecount, cnt_all_same,
cnt_any_figure) no fold chose one but cnt_unit's, which refused no near miss the model answers. Short of the +25
bar: right answers lack the label as near misses do (cnt_any 0 for 524 of 2,486 right answers, 80 of 220 near misses
answered).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import refusal_extra  # noqa: E402
import refusal_lack  # noqa: E402
import refusal_record  # noqa: E402
from answer_labels import label_held, unit_agrees  # noqa: E402
from reportbot.index.answering.figures_en import is_english  # noqa: E402
from reportbot.index.retrieval.query import Query  # noqa: E402


def _materials(engine, q, hit, sentence: str, span) -> dict:
    return {"sentence": sentence, "span": None if span is None else [span.text, span.start, span.end, span.source],
            "passage": hit.paragraph.text, "context": engine._context(hit), "query": asdict(q)}


def collect(path: Path, jobs: int, data: Path | None, library_data: Path | None) -> None:
    refusal_record.collect(path, jobs, data, library_data, "said", _materials)


KINDS = {"colon": ("colon",), "after": ("after",), "before": ("before",), "row": ("row",),
         "own": ("colon", "after"), "any": ("colon", "after", "before"), "all": ("colon", "after", "before", "row")}
SCOPES = ("", "_figure", "_count", "_same", "_samecount")
NAMES = tuple(f"cnt_{k}{scope}" for k in KINDS for scope in SCOPES) + ("cnt_unit",)


def _query(fields: dict) -> Query:
    return Query(**{k: tuple(v) if isinstance(v, list) else v for k, v in fields.items()})


def measured(r: dict) -> dict[str, float]:
    """The candidates of a row from its materials (1, nothing to weigh, for a row without them)."""
    m = r.get("said")
    if not m or m["span"] is None:
        return dict.fromkeys(NAMES, 1.0)
    q, sentence, span = _query(m["query"]), m["sentence"], tuple(m["span"][:3])
    figure, count = bool(re.search(r"\d", span[0])), q.kind == "count"
    same = is_english(sentence) == (q.lang == "en")
    out = {}
    for k, kinds in KINDS.items():
        v = label_held(q, sentence, span, kinds)
        for scope, applies in zip(SCOPES, (True, figure, count, same, same and count)):
            out[f"cnt_{k}{scope}"] = v if applies else 1.0
    out["cnt_unit"] = unit_agrees(q, sentence, span)
    return out


def judge(path: Path, jobs: int, listed: bool, chosen: list[list[str]] | None, gates: list[str] | None) -> None:
    rows = json.loads(path.read_text(encoding="utf-8"))["rows"]
    for r in rows:
        r["lack"] = measured(r)  # the field refusal_lack's gate and candidates read
    for n in NAMES:
        refusal_extra.CANDIDATES[n] = refusal_lack._candidate(n)
    if listed:
        refusal_extra.score_statistics(rows)
        return
    refusal_record.judge(rows, list(NAMES), jobs, chosen, gates)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=Path, required=True)
    ap.add_argument("--collect", action="store_true", help="ask every tune half and cache its rows with materials")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--seed-data", type=Path, help="a data folder holding the seed report alone, to reuse")
    ap.add_argument("--library-data", type=Path, help="a data folder holding the library (DIR+docs5 for docs5 …)")
    ap.add_argument("--list", action="store_true", help="print the candidates' score statistics and stop")
    ap.add_argument("--add", nargs="*", action="append", default=None,
                    help="candidates judged together in the model (repeat for another set; default: each alone)")
    ap.add_argument("--gate", nargs="*", default=None, help="candidates judged as gates (default: every one)")
    args = ap.parse_args(argv)
    if args.collect:
        collect(args.rows, args.jobs, args.seed_data, args.library_data)
    else:
        judge(args.rows, args.jobs, args.list, args.add, args.gate)


if __name__ == "__main__":
    main()
