"""``reportbot eval``: score the answers to a question set and print the figures and the misses."""
from __future__ import annotations

import json
import time

from reportbot.bot.render import answer_json
from reportbot.index.evaluate import judge, summarise


def _score(service, questions: list[dict]) -> tuple[list[dict], list[tuple], float]:
    judged, misses = [], []
    t0 = time.perf_counter()
    for q in questions:
        result = answer_json(service.ask(q["question"], 3))
        j = judge(q, result)
        judged.append(j)
        if j["answerable"] and not (j["hit1"] and j["answer_ok"]):
            misses.append((q, result, j, service.diagnose(q["question"], q["evidence"])))
        elif not j["answerable"] and not j["refused"]:
            misses.append((q, result, j, None))
    return judged, misses, time.perf_counter() - t0


def _print_table(metrics: dict, n: int, seconds: float) -> None:
    fmt = lambda v: "  -  " if v is None else f"{v:.3f}"  # noqa: E731
    print(f"{'set':<8} {'n':>3} {'hit@1':>6} {'hit@3':>6} {'MRR':>6} {'answer':>6} {'refused-wrongly':>16} "
          f"{'out-of-scope refused':>21}")
    for name in ["all"] + sorted(k for k in metrics if k != "all"):
        m = metrics[name]
        print(f"{name:<8} {m['questions']:>3} {fmt(m['hit@1']):>6} {fmt(m['hit@3']):>6} {fmt(m['mrr']):>6} "
              f"{fmt(m['answer']):>6} {m['wrongly_refused']:>16} {m['refused']:>12}/{m['out_of_scope']:<8}")
    print(f"\n{n} questions in {seconds:.1f} s ({1000 * seconds / max(n, 1):.0f} ms each)")


def _print_misses(misses: list[tuple]) -> None:
    if misses:
        print("\nmisses:")
    for q, result, j, side in misses:
        if not j["answerable"]:
            print(f"- [{q['id']}] {q['question']}: out of scope but answered {result['answer']!r}")
            continue
        what = []
        if not j["hit1"]:
            what.append(f"evidence at rank {j['rank'] or '>3'}")
        if not j["answer_ok"]:
            what.append("refused" if j["refused"] else f"answer {result['answer']!r}, want {q['answers']}")
        sides = f" (dense rank {side['dense']}, keyword rank {side['keyword']})" if side else ""
        print(f"- [{q['id']}] {q['question']}: {'; '.join(what)}{sides}")


def run_eval(service, args, questions: list[dict]) -> int:
    """Score ``questions`` (read by ``load_questions`` before the service opens) and print the figures."""
    judged, misses, seconds = _score(service, questions)
    metrics = summarise(questions, judged)
    if args.json:
        print(json.dumps({"metrics": metrics, "seconds": round(seconds, 2)}, ensure_ascii=False, indent=1))
        return 0
    _print_table(metrics, len(questions), seconds)
    if not args.quiet:
        _print_misses(misses)
    return 0
