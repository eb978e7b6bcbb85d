"""Why an answerable question whose first passage is right still misses: the wrong sentence, the wrong span in the
right sentence, a right span the scorer judges wrong, or a right span refused by a gate or the model.

    pip install -e '.[tools]'
    python tools/right_passage_why.py LABEL [--out-dir /tmp/halves] [--parts lib21 ...] [--answered] [--list]
        [--json FILE]

Reads the rows ``bench/halves.sh tune LABEL`` wrote (``OUT/LABEL-t-*.jsonl``), picks those with hit@1 and no right
answer, and asks each again over the data folder that run made for its set (``OUT/data-LABEL-*``, copied first so
the run's folder is never touched), with the engine's sentence and span caught before any refusal. Tune halves only:
a check half's rows are never read. Prints the count of each kind, overall and for the English questions, and with
``--list`` each question with its kind, the refusing part (``refusal_why``'s reasons), the span and the sentence. Of
those the model refused, the signal that pulls each down most (the most negative term of its logit, :func:`pulled_by`)
is counted too, and the signals any one of which, raised to 1 alone, would have let it answer (:func:`flipped_by`).
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from reportbot.index.evaluate import load_questions, norm  # noqa: E402
from tune_halves import DATA, ROOT  # noqa: E402

KINDS = ("wrong sentence", "right sentence, wrong span", "right span judged wrong", "right span refused")
# the seed sets asked beside a library of their own (bench/halves.sh's pairs) are asked over that library's folder
_BESIDE = {"in5": "lib9", "in6": "lib10", "in7": "lib11"}
_SHOWN = 60  # the scorer's longest answer (``evaluate.judge``): a longer span is cut and judged wrong


def kind(answers: list[str], sentence: str, span: str | None, refused: bool) -> str:
    """The kind of miss of one question whose first passage is right, from its gold answers, the sentence the engine
    quoted, the span it read there (before any refusal) and whether it refused."""
    golds = [norm(a) for a in answers]
    if span is not None and any(g in norm(span) for g in golds):
        if refused:
            return "right span refused"
        return "right span judged wrong" if len(norm(span)) <= _SHOWN else "right sentence, wrong span"
    return "right sentence, wrong span" if any(g in norm(sentence) for g in golds) else "wrong sentence"


def pulled_by(model, signals) -> str:
    """The model's term that lowers P(answerable) most for ``signals``: its feature's name (``refusal.Model``'s
    weight times the standardised value; '' when none lowers it)."""
    terms = model.terms(signals)
    low = min(terms, key=terms.get, default="")
    return low if low and terms[low] < 0 else ""


def flipped_by(model, signals) -> list[str]:
    """The signals each of which, alone raised to 1, would let the model answer ``signals`` (the one reading that
    refused a right span: ``counts`` 0 where the figure does count the asked noun); empty when no single one does."""
    from types import SimpleNamespace

    from reportbot.index.answering.signals import FEATURES

    values = list(signals.vector())
    out = []
    for i, f in enumerate(FEATURES):
        if values[i] < 1.0:
            raised = values[:i] + [1.0] + values[i + 1:]
            if model.answers(SimpleNamespace(vector=lambda v=raised: v)):
                out.append(f)
    return out


def misses(label: str, out: Path, answered: bool = False) -> dict[str, list[dict]]:
    """The rows of run ``label`` with the right first passage and no right answer, by the part of the run (seed, lib,
    lib5 …) whose data folder asked them; with ``answered``, only those the run answered (not refused)."""
    by_part: dict[str, list[dict]] = {}
    for path in sorted(out.glob(f"{label}-t-*.jsonl")):
        if "check" in path.name:
            continue
        part = path.name[len(f"{label}-t-"):-len(".jsonl")]
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r["answerable"] and r["hit1"] and not r["ok"] and not (answered and r["refused"]):
                by_part.setdefault(part, []).append(r)
    return by_part


def ask_again(label: str, out: Path, parts: list[str] | None = None, answered: bool = False) -> list[dict]:
    """Each miss asked again (of ``parts`` of the run only, when given: seed, lib, lib5 …), with its kind and the
    refusing part."""
    from refusal_why import _reason
    from reportbot.index.answering.refusal import default_model
    from reportbot.index.library.service import QAService

    rows = []
    scratch = Path(tempfile.mkdtemp(prefix="right-passage-"))
    for part, picked in misses(label, out, answered).items():
        if parts and part not in parts:
            continue
        data = scratch / part
        shutil.copytree(out / f"data-{label}-{_BESIDE.get(part, part)}", data)
        svc = QAService(data, ROOT / "seeds")
        eng, seen = svc.engine, {}
        inner = eng.signals

        def spy(q, hit, coverage, dense, sentence, span, inner=inner, seen=seen):
            seen.update(q=q, span=span, sentence=sentence)
            return inner(q, hit, coverage, dense, sentence, span)

        eng.signals = spy
        for r in picked:
            name = r["set"].replace(" in the library", "")
            q = next(x for x in load_questions(DATA / name) if x["id"] == r["id"])
            seen.clear()
            a = svc.ask(q["question"])
            span, sentence = seen.get("span"), seen.get("sentence") or ""
            header = span is not None and span.source == "header"
            rows.append({"set": r["set"], "id": r["id"], "lang": q["lang"], "question": q["question"],
                         "answers": q["answers"], "refused": a.abstained, "span": span.text if span else None,
                         "sentence": sentence, "kind": kind(q["answers"], sentence, span.text if span else None,
                                                            a.abstained),
                         "why": _reason(eng, a, seen.get("q"), span, header, sentence) if a.abstained else ""})
            if rows[-1]["why"] == "model":
                rows[-1]["pull"] = pulled_by(default_model(), a.signals)
                rows[-1]["flip"] = flipped_by(default_model(), a.signals)
        del eng.signals
        shutil.rmtree(data, ignore_errors=True)
    return rows


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("label")
    ap.add_argument("--out-dir", type=Path, default=Path("/tmp/halves"))
    ap.add_argument("--parts", nargs="*", help="only these parts of the run (seed, lib, lib5 …, in5 …)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--answered", action="store_true", help="only the misses the run answered (a wrong answer)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args(argv)
    rows = ask_again(args.label, args.out_dir, args.parts, args.answered)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    for name, keep in (("all", lambda r: True), ("English", lambda r: r["lang"] == "en")):
        mine = [r for r in rows if keep(r)]
        counts = Counter((r["kind"], "refused" if r["refused"] else "answered") for r in mine)
        print(f"{name}: {len(mine)}")
        for k in KINDS:
            print(f"  {k}: {counts[k, 'answered'] + counts[k, 'refused']} "
                  f"(answered {counts[k, 'answered']}, refused {counts[k, 'refused']})")
    print("refused by:", dict(Counter(r["why"] for r in rows if r["refused"]).most_common()))
    print("the model's, pulled down most by:", dict(Counter(r["pull"] for r in rows if r.get("pull")).most_common()))
    print("the model's, answered if this one signal alone were 1:",
          dict(Counter(f for r in rows for f in r.get("flip", [])).most_common()),
          "none alone:", sum(1 for r in rows if r.get("why") == "model" and not r.get("flip")))
    if args.list:
        for r in rows:
            print(f"- {r['set']} {r['id']} [{r['lang']}] {r['kind']} {r['why'] or 'answered'} {r.get('pull', '')} "
                  f"{'+'.join(r.get('flip', []))} "
                  f"span={r['span']!r} "
                  f"gold={r['answers'][:2]} | {r['question']} | {r['sentence'][:120]}")


if __name__ == "__main__":
    main()
