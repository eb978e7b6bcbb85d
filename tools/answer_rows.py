"""Candidate answers of the tune halves, each with the features the rules compute and a gold label (issue 14).

    python tools/answer_rows.py --data-root DIR --out ROWS.jsonl [--only SET ...]

For every answerable question of the tune halves (seed_tune*, library_tune*), asked over the documents it was
written on as ``bench/halves.sh`` asks it (``DIR/seed``, ``DIR/lib``, ``DIR/libN``: data folders kept between runs),
whose first passage is the right one: each candidate short answer the engine's extractors propose in the passage's
best-ranked sentences (the cascade's own answer, the typed extractor, the aligned slot, the layout's cell, the best
clause), with the features the sentence choice and the extractors already compute, and whether it holds a gold
answer (``index/evaluate.py``'s test: a gold answer inside it, 60 characters at most). One JSON line per question:
its set, id, the shipped end-to-end answer and whether it was right, and its candidates. Check halves are refused.
``tools/fit_answer_choice.py`` fits a ranker on these rows.
"""
from __future__ import annotations

import argparse
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "bench" / "data"
LIBRARY = ROOT / "bench" / "library"
WINDOW = 4  # how many of the best-ranked sentences give candidates
SOURCES = ("slot", "figure", "name", "place", "date", "year", "quote", "which", "clause", "cell", "row", "field")
KINDS = ("count", "who", "where", "when", "what", "other")


def groups() -> list[tuple[str, list[Path], list[Path]]]:
    """(data folder name, document folders beside the seed, question sets) as ``bench/halves.sh`` asks them."""
    out = [("seed", [], sorted(DATA.glob("seed_tune*.jsonl"))),
           ("lib", [LIBRARY / "docs"], [DATA / f"library_tune{n}.jsonl" for n in ("", "2", "3", "4")])]
    for p in sorted(DATA.glob("library_tune*.jsonl")):
        n = p.stem.removeprefix("library_tune")
        if n and int(n) >= 5 and (LIBRARY / f"docs{n}").is_dir():
            out.append((f"lib{n}", [LIBRARY / "docs", LIBRARY / f"docs{n}"], [p]))
    return out


def gold_in(answer: str, golds: list[str]) -> bool:
    """``evaluate.judge``'s test of a short answer, against the gold as written and both in simplified characters."""
    from reportbot.corpus.normalize import to_simplified
    from reportbot.index.evaluate import norm

    a, simple = norm(answer), norm(to_simplified(answer))
    return bool(a) and len(a) <= 60 and any(norm(g) in a or norm(to_simplified(g)) in simple for g in golds if g)


def candidates(q, sentence: str, idf: dict[str, float]) -> list:
    """The spans the extractors propose in one sentence, the cascade's answer first, each once."""
    from reportbot.index.answering import choose
    from reportbot.index.answering.bounds import bounded
    from reportbot.index.answering.figures_en import is_english
    from reportbot.index.answering.fill import slot_answer
    from reportbot.index.answering.spans import Span, best_clause
    from reportbot.index.answering.terms import term_positions, unguessed

    terms = unguessed(q, sentence, term_positions(q, sentence, idf))
    english = is_english(sentence)
    found = [("cascade", choose.extract(q, sentence, idf))]

    def settled(span):
        return bounded(q, sentence, terms, english, span) if span is not None else None

    found.append(("typed", settled(choose.typed(q, sentence, terms))))
    found.append(("clause", settled(best_clause(q, sentence, terms))))
    found.append(("laid_out", settled(choose._laid_out(q, sentence, terms, english))))
    found.append(("asked_for", settled(choose._asked_for(q, sentence, terms, english))))
    slot = slot_answer(q.text, sentence, q.lang) if q.lang == "zh" and not english else None
    if slot:
        found.append(("slot", settled(Span(sentence[slot[0]:slot[1]], slot[0], slot[1], "slot", slot[2]))))
    out: dict[tuple[int, int, str], dict] = {}
    for how, span in found:
        if span is None or not span.text.strip():
            continue
        key = (span.start, span.end, span.text)
        if key in out:
            out[key]["by"].append(how)
        else:
            out[key] = {"span": span, "by": [how], "terms": terms}
    return list(out.values())


def features(q, sentence: str, rank: int, score: float, top: float, lead: bool, f: dict[str, float], cand: dict,
             shipped: tuple[str, int, int] | None) -> dict[str, float]:
    """One candidate's features: the sentence choice's (rank, score, gap, bonuses), the extractors' (who proposed
    it, its source, its strength) and the span's shape (length, place, the question's words in it and near it)."""
    from reportbot.index.answering.evidence import _needed, own_words
    from reportbot.index.answering.units import question_unit

    span, terms = cand["span"], cand["terms"]
    x: dict[str, float] = {"rank0": float(rank == 0), "rank": float(rank), "score": score, "gap": top - score,
                           "lead": float(lead)}
    x.update({f"s_{k}": v for k, v in f.items()})
    for how in ("cascade", "typed", "clause", "laid_out", "asked_for", "slot"):
        x[f"by_{how}"] = float(how in cand["by"])
    x["agree"] = float(len(cand["by"]))
    x["shipped"] = float(shipped is not None and (sentence, span.start, span.end) == shipped)
    src = span.source if span.source in SOURCES else "other"
    x[f"src_{src}"] = 1.0
    for k in KINDS:
        if q.kind == k:
            x[f"kind_{k}"] = 1.0
            x[f"kind_{k}_src_{src}"] = 1.0
    x["strength"] = span.strength
    n = max(len(sentence), 1)
    x["log_len"] = math.log1p(len(span.text))
    x["len_share"] = len(span.text) / n
    x["start_share"] = span.start / n
    x["digit"] = float(bool(re.search(r"\d", span.text)))
    need = _needed(q)
    x["need_met"] = float(need is not None and need.answer(span.text))
    x["need_unmet"] = float(need is not None and not need.answer(span.text))
    x["own_words"] = float(own_words(q.text, span.text))
    unit = question_unit(q) if q.kind == "count" else None
    x["unit_in"] = float(bool(unit) and unit in span.text)
    inside = sum(max(0, min(b, span.end) - max(a, span.start)) for a, b, _ in terms)
    x["terms_inside"] = inside / max(len(span.text), 1)
    gaps = [max(a - span.end, span.start - b, 0) for a, b, _ in terms]
    x["near"] = 1.0 / (1.0 + min(gaps)) if gaps else 0.0
    x["lang_en"] = float(q.lang == "en")
    x["sent_en"] = float(sentence.isascii())
    return x


def rows_of(group: str, folders: list[Path], sets: list[Path], data: Path):
    """Each answerable question's row, over one data folder."""
    from reportbot.bot.render import answer_json
    from reportbot.corpus.normalize import to_simplified
    from reportbot.index.answering.evidence import evidence, rank_features, sentence_features
    from reportbot.index.evaluate import judge, load_questions, norm
    from reportbot.index.library.service import QAService

    svc = QAService(data, ROOT / "seeds")
    for p in sorted(p for f in folders for p in f.iterdir()):
        if p.is_file() and not p.name.endswith(".py"):
            svc.add(p.read_bytes(), p.name, "bench")
    engine = svc.engine
    searched = {}
    search = engine.searcher.search

    def remembered(*a, **k):
        searched["r"] = search(*a, **k)
        return searched["r"]

    engine.searcher.search = remembered
    for path in sets:
        for gq in load_questions(path):
            if gq["evidence"] is None:
                continue
            a = svc.ask(gq["question"], 3)
            judged = judge(gq, answer_json(a))
            result = searched["r"]
            row = {"set": path.name, "group": group, "id": gq["id"], "hit1": judged["hit1"], "ok": judged["answer_ok"],
                   "refused": judged["refused"], "answer": a.answer, "cands": []}
            if not judged["hit1"] or not result.hits:
                yield row
                continue
            top = result.hits[0]
            q = result.query
            ev = norm(to_simplified(gq["evidence"]))
            idf = {t: engine._idf(t) for t in q.terms}
            try:
                shipped_sentence, shipped_span = evidence(result, top, engine._idf)
            except Exception:  # noqa: BLE001 (a header or an empty passage: no sentence choice to learn)
                yield row
                continue
            shipped = (shipped_sentence, shipped_span.start, shipped_span.end)
            row["evidence_path"] = a.span is not None and a.span.text == shipped_span.text
            feats = sentence_features(result, top)
            ranked = rank_features(feats)
            best = ranked[0][0]
            seen = set()
            for rank, (score, i) in enumerate(ranked[:WINDOW]):
                sentence = top.paragraph.sentences[i]
                for cand in candidates(q, sentence, idf):
                    key = (sentence, cand["span"].start, cand["span"].end)
                    if key in seen:
                        continue
                    seen.add(key)
                    x = features(q, sentence, rank, score, best, feats[i][1], feats[i][2], cand, shipped)
                    row["cands"].append({"text": cand["span"].text, "x": x, "y": gold_in(cand["span"].text,
                                                                                        gq["answers"]),
                                         "ev": ev in norm(sentence)})
            if not any(c["x"]["shipped"] for c in row["cands"]):  # the shipped answer's sentence fell past WINDOW
                row["shipped_missing"] = True
            row["shipped_y"] = gold_in(shipped_span.text, gq["answers"])
            yield row


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data-root", type=Path, required=True, help="holds seed/, lib/, libN/ data folders")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--only", nargs="*", default=None, help="data folder names to run (seed, lib, lib5, ...)")
    args = ap.parse_args()
    with args.out.open("w", encoding="utf-8") as out:
        for group, folders, sets in groups():
            if args.only and group not in args.only:
                continue
            if any("check" in p.name for p in sets):
                sys.exit("tune halves only")
            for row in rows_of(group, folders, sets, args.data_root / group):
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
                out.flush()


if __name__ == "__main__":
    main()
