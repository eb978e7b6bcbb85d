"""Print what the refusal model saw for questions of a tune half: each signal, P(answerable), the decision.

    pip install -e '.[tools]'
    python tools/refusal_debug.py SET.jsonl [--id ID ...] [--wrong] [--data DIR] [--model FILE]

Asks each question of ``SET`` through the service (``fit_refusal._service``: the seed alone for a ``seed_*`` set,
else the seed plus the folders of ``bench/library`` the set's documents are in; ``--data`` reuses a data folder
that holds them) and prints its signals, the model's probability and threshold, the answer, the evidence sentence
and the best passage's document. ``--wrong`` prints only near misses answered and answerable questions refused.
For reading tune halves only: the check halves stay unseen.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_refusal  # noqa: E402
from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.answering.signals import FEATURES  # noqa: E402
from reportbot.index.evaluate import load_questions  # noqa: E402


def describe(q: dict, a, model: refusal.Model) -> str:
    """One question's block: what was asked, what came back, the signals and the probability."""
    p = model.probability(a.signals) if a.signals is not None else None
    top = a.top
    where = f"{a.sources.get(top.paragraph.doc_id, top.paragraph.doc_id)}#{top.paragraph.number}" if top else "-"
    gold = "OOS" if q["evidence"] is None else f"answerable ({q.get('doc') or 'seed'})"
    lines = [f"{q['id']} [{q['lang']}/{a.kind}] {gold}: {q['question']}",
             f"  refused={a.abstained} p={'-' if p is None else f'{p:.3f}'} threshold={model.threshold}"
             f" contradicted={a.signals is not None and refusal.contradicted(a.signals)}"
             f" constraints_ok={top.constraints_ok if top else '-'}",
             f"  answer={a.answer or (a.span.text if a.span else '')!r} top={where}",
             f"  evidence={a.evidence or '-'}"]
    if a.signals is not None:
        values = dict(zip(FEATURES, a.signals.vector()))
        lines.append("  " + " ".join(f"{f}={v:.2f}" for f, v in values.items()))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", type=Path)
    ap.add_argument("--id", nargs="*", help="only these questions")
    ap.add_argument("--wrong", action="store_true", help="only near misses answered and answerable refused")
    ap.add_argument("--data", type=Path, help="a data folder holding the set's documents, to reuse")
    ap.add_argument("--model", type=Path, default=refusal.MODEL_FILE)
    args = ap.parse_args(argv)
    model = refusal.load(args.model)
    folders = [] if args.set.name.startswith("seed_") else fit_refusal.folders_for(args.set)
    svc = fit_refusal._service(folders, args.data)
    for q in load_questions(args.set):
        if args.id and q["id"] not in args.id:
            continue
        a = svc.ask(q["question"])
        if args.wrong and a.abstained != (q["evidence"] is not None):
            continue
        print(describe(q, a, model), flush=True)


if __name__ == "__main__":
    main()
