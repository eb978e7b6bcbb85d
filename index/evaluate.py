"""Scoring answers against a question set with gold answers (as ``shared/eval/README.md`` says)."""
from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from pathlib import Path

from reportbot.corpus.errors import QuestionSetError
from reportbot.corpus.normalize import to_simplified


def norm(s: str | None) -> str:
    """NFKC, no whitespace, lower case: how answers and evidence are compared."""
    return "".join(unicodedata.normalize("NFKC", s or "").split()).lower()


def load_questions(path: Path) -> list[dict]:
    """Read a JSONL question set; each line needs ``question``, ``answers`` and ``evidence``.

    An optional ``doc`` names the file the evidence must come from (for a library of look-alike documents).

    Raises:
        QuestionSetError: unreadable, not UTF-8, empty, or a line that is no question (named with its number).
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise QuestionSetError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError:
        raise QuestionSetError(f"{path}: not UTF-8 text (a question set is JSON lines)") from None
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            q = json.loads(line)
        except ValueError:
            raise QuestionSetError(f"{path}:{n}: not a JSON object") from None
        if not isinstance(q, dict) or "question" not in q or "evidence" not in q:
            raise QuestionSetError(f"{path}:{n}: needs 'question', 'answers' and 'evidence'")
        if (fault := _fault(q)) is not None:
            raise QuestionSetError(f"{path}:{n}: {fault}")
        q.setdefault("answers", [])
        q.setdefault("lang", "zh")
        q.setdefault("id", str(n))
        out.append(q)
    if not out:
        raise QuestionSetError(f"{path}: no questions")
    return out


def _fault(q: dict) -> str | None:
    """What makes a question set's line no question, or None."""
    if not isinstance(q["question"], str) or not q["question"].strip():
        return "'question' must be a non-empty text"
    answers = q.get("answers", [])
    if not isinstance(answers, list) or not all(isinstance(a, str) for a in answers):
        return "'answers' must be a list of texts"
    if q["evidence"] is not None and not isinstance(q["evidence"], str):
        return "'evidence' must be a text or null"
    if q.get("doc") is not None and not isinstance(q["doc"], str):
        return "'doc' must be a file name or null"
    return next((f"'{k}' must be a text" for k in ("lang", "id") if k in q and not isinstance(q[k], str)), None)


def judge(q: dict, result: dict) -> dict:
    """Score one answer (the JSON contract's dict) against its gold question."""
    passages = result.get("passages") or []
    # with a library, the evidence must come from the right document (``doc``: its file name)
    texts = [norm(p.get("text")) if not q.get("doc") or p.get("source") == q["doc"] else "" for p in passages]
    if q["evidence"] is None:
        return {"answerable": False, "refused": bool(result.get("abstained"))}
    ev = norm(q["evidence"])
    rank = next((i + 1 for i, t in enumerate(texts) if ev in t), None)
    answer = norm(result.get("answer"))
    right = (not result.get("abstained")) and len(answer) <= 60 and any(norm(a) in answer for a in q["answers"])
    return {"answerable": True, "rank": rank, "hit1": rank == 1, "hit3": rank is not None and rank <= 3,
            "rr": 1 / rank if rank else 0.0, "answer_ok": right, "refused": bool(result.get("abstained"))}


def summarise(questions: list[dict], judged: list[dict]) -> dict:
    """Metrics overall and per language."""
    groups: dict[str, list[tuple[dict, dict]]] = defaultdict(list)
    for q, j in zip(questions, judged):
        groups["all"].append((q, j))
        groups[q.get("lang", "zh")].append((q, j))
    out = {}
    for name, items in groups.items():
        pos = [j for _, j in items if j["answerable"]]
        neg = [j for _, j in items if not j["answerable"]]
        n = len(pos)
        out[name] = {
            "questions": len(items),
            "answerable": n,
            "hit@1": sum(j["hit1"] for j in pos) / n if n else None,
            "hit@3": sum(j["hit3"] for j in pos) / n if n else None,
            "mrr": sum(j["rr"] for j in pos) / n if n else None,
            "answer": sum(j["answer_ok"] for j in pos) / n if n else None,
            "wrongly_refused": sum(j["refused"] for j in pos),
            "out_of_scope": len(neg),
            "refused": sum(j["refused"] for j in neg),
        }
    return out


def search_hit_at_1(searcher, questions: list[dict]) -> float:
    """Paragraph hit@1 of a searcher alone (no answer extraction), for the fitting tools in ``tools/``."""
    ix, hits, n = searcher.index, 0, 0
    for q in questions:
        if not q["evidence"]:
            continue
        n += 1
        top = searcher.search(q["question"], 1).top
        if top is None:
            continue
        source_ok = not q.get("doc") or ix.docs[top.paragraph.doc_id].source == q["doc"]
        # the index holds simplified text; a traditional-script document's evidence is compared as it
        hits += source_ok and norm(to_simplified(q["evidence"])) in norm(top.paragraph.shown)
    return hits / n if n else 0.0


def side_ranks(searcher, question: str, evidence: str) -> dict[str, int | None]:
    """Rank of the first paragraph holding ``evidence`` by the dense side alone and the keyword side alone."""
    import numpy as np
    from reportbot.index.retrieval.candidate_scores import dense, keyword_all
    from reportbot.index.retrieval.hits import Candidates

    ix = searcher.index
    q = searcher.analyse(question)
    qv = searcher.embedder.encode_queries([q.text])[0]
    c = Candidates.of(ix, np.arange(len(ix.paragraphs)))
    dense_side, _ = dense(ix, searcher.tuning, searcher.heading_line, c, qv, q.lang)
    keyword = keyword_all(ix, q, searcher.field)
    key = "".join(to_simplified(evidence).split())
    gold = {i for i, p in enumerate(ix.paragraphs) if key in "".join(p.text.split())}

    def rank(scores: np.ndarray) -> int | None:
        if not gold or not scores.any():
            return None
        order = list(np.argsort(-scores))
        return min(order.index(g) for g in gold) + 1
    return {"dense": rank(dense_side), "keyword": rank(keyword)}
