"""Fit how much of the report's prior scales with a passage's coverage (``primary_coverage_share``).

    python tools/fit_primary_share.py [--seed SET ...] [--library SET ...] [--data-root DIR] [--dry-run]

The report's prior (``primary_prior`` and its kin, fitted by ``fit_primary.py``) is given to each of its passages
times ``1 - s + s * coverage / the best candidate's coverage``: with ``s`` 0 every report passage gets it whole; with
1 a report passage that covers none of the question's words gets none. Scores paragraph hit@1 of the search alone on
every tune half, each over its documents (``tune_halves.py``), and the seed's tune halves again beside the library
(``+library``; those written beside a library of their own beside that one too, as ``fit_primary.py`` asks them:
the questions the prior is for), and judges by ``tune_halves``' rule (leave one set out; a new value only when it
holds up). Writes ``primary_coverage_share`` and its record into
``index/retrieval/fitted/primary.json``, keeping the rest. Never fit on a check half.
"""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import tune_halves as th  # noqa: E402

OUT = th.ROOT / "index" / "retrieval" / "fitted" / "primary.json"
SHARES = [0.0, 0.5, 1.0]


def beside_library(seed: list[Path], root: Path) -> list[th.Part]:
    """The seed sets asked of the report with ``bench/library/docs`` beside it, and those written beside a library of
    their own (``fit_primary.SEED_WITH``) beside that one too; each named with the corpus it is asked of."""
    from fit_primary import SEED_WITH

    parts = [th.part([th.LIBRARY], root, seed)] if seed else []
    parts += [th.part([th.LIBRARY, th.LIBRARY.parent / SEED_WITH[p.name]], root, [p])
              for p in seed if p.name in SEED_WITH]
    for pt in parts:
        pt.sets = {f"{n}+{pt.corpus.rsplit('+', 1)[-1]}": qs for n, qs in pt.sets.items()}
    return parts


def main(argv: list[str] | None = None) -> None:
    args = th.arguments(__doc__.splitlines()[0], argv)
    parts = th.open_parts(args.seed, args.library, args.data_root) + beside_library(args.seed, args.data_root)
    fits = th.fit_in_turn(parts, th.tune_names(parts), [("primary_coverage_share", SHARES)], args.near)
    share = fits["primary_coverage_share"]
    record = json.loads(OUT.read_text(encoding="utf-8")) if OUT.exists() else {}
    made = th.provenance(parts)
    for s in made["fitted_on"]:  # a seed set asked beside a library: its file's hash
        if s["sha256"] is None and "+" in s["file"]:
            s["sha256"] = hashlib.sha256((th.DATA / s["file"].split("+")[0]).read_bytes()).hexdigest()[:16]
    record |= {"primary_coverage_share": share["value"][0], "coverage_share": share | made}
    th.write(OUT, record, args.dry_run)


if __name__ == "__main__":
    main()
