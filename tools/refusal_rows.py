"""The rows the refusal fit reads: each tune question asked of the documents it was written on, with its
signals, label and the answer the engine would give (split from ``fit_refusal.py``, which imports them from here)."""
from __future__ import annotations

import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIBRARY = ROOT / "bench" / "library" / "docs"

from reportbot.index.answering import refusal  # noqa: E402
from reportbot.index.answering.signals import FEATURES  # noqa: E402
from reportbot.index.evaluate import load_questions  # noqa: E402
from tune_halves import folders_for, library_groups, service  # noqa: E402, F401  (tools/ is the script folder)


def _always() -> refusal.Model:
    """A stand-in model while signals are collected: every question answered."""
    n = len(FEATURES)
    return refusal.Model(FEATURES, (0.0,) * n, 10.0, 0.5, (0.0,) * n, (1.0,) * n)


def _service(folders: list[Path], data: Path | None):
    """A service over the seed plus the files of ``folders`` (added only to a data folder made here):
    ``tune_halves.service``, in a temporary data folder when none is given."""
    return service(folders, data or Path(tempfile.mkdtemp()) / "data")


def row(name: str, q: dict, a) -> dict:
    """The row of question ``q`` of the set ``name`` given the engine's answer ``a``: its set, signals (None when
    the engine decides without them: no content words, a section's title), label, whether it is refused whatever
    the model says, and for reading the errors the question, the answer the engine would give and whether that
    answer is right."""
    from reportbot.bot.render import answer_json
    from reportbot.index.evaluate import judge

    judged = judge(q, answer_json(a))
    return {"set": name, "x": a.signals.vector() if a.signals is not None else None,
            "y": int(q["evidence"] is not None), "forced": a.abstained, "id": q["id"],
            "question": q["question"], "lang": q["lang"], "kind": a.kind, "answer": a.answer,
            "evidence": a.evidence, "right": bool(judged.get("answer_ok")),
            "hit1": bool(judged.get("hit1")), "header": a.span is not None and a.span.source == "header",
            "source": a.span.source if a.span is not None else None}


def collect(sets: list[Path], library: bool | list[Path], data: Path | None = None) -> list[dict]:
    """One :func:`row` per question of ``sets``."""
    folders = library if isinstance(library, list) else [LIBRARY] if library else []
    svc = _service(folders, data)
    return [row(path.name, q, svc.ask(q["question"])) for path in sets for q in load_questions(path)]


def library_tasks(sets: list[Path], data: Path | None) -> list[tuple[list[Path], list[Path], Path | None]]:
    """(sets, folders, data folder) for each group of library sets written on the same folders (``data`` holds the
    library of ``bench/library/docs`` alone; a set on more folders uses ``data`` named after them, ``DATA+docs5``)."""
    return [(paths, list(folders), data and data.with_name("+".join([data.name] + [f.name for f in folders[1:]])))
            for folders, paths in library_groups(sets).items()]


def ask_everywhere(run, seed: list[Path], library: list[Path], data: Path | None, library_data: Path | None,
                   guard: Path | None = None) -> list[dict]:
    """``run(service, sets)``'s rows for the seed sets (and ``guard``, the dev set) on the seed alone, then for each
    group of library sets over the folders they were written on (the data folders of :func:`library_tasks`)."""
    print("seed report alone", flush=True)
    rows = run(_service([], data), seed + ([guard] if guard else []))
    for paths, folders, where in library_tasks(library, library_data):
        print("library: " + " + ".join(f.name for f in folders), flush=True)
        rows += run(_service(folders, where), paths)
    return rows


def set_arguments(ap) -> None:
    """The arguments every fitting tool over the tune halves takes: the sets and the data folders to reuse."""
    ap.add_argument("--seed", nargs="*", type=Path, default=None, help="seed sets (default: every seed_tune*)")
    ap.add_argument("--library", nargs="*", type=Path, default=None, help="library sets (default: every library_tune*)")
    ap.add_argument("--seed-data", type=Path, help="a data folder holding the seed report alone, to reuse")
    ap.add_argument("--library-data", type=Path, help="a data folder holding the library (DIR+docs5 for docs5 …)")


def collect_library(sets: list[Path], data: Path | None = None) -> list[dict]:
    """Rows of the library sets, each set over the folders it was written on (the data folders of
    :func:`library_tasks`, made and filled here when missing)."""
    return [r for paths, folders, where in library_tasks(sets, data) for r in collect(paths, folders, where)]


def _collect_unmodelled(paths: list[Path], folders: list[Path], data: Path | None) -> list[dict]:
    refusal.default_model = _always  # signals are measured before any model exists
    return collect(paths, folders, data)


def collect_all(seed: list[Path], library: list[Path], data: Path | None = None, library_data: Path | None = None,
                jobs: int = 1) -> list[dict]:
    """The rows of the seed sets (on the seed alone) and of the library sets (each over its folders), in that
    order; ``jobs`` > 1 runs that many groups of sets at once, each in a process of its own with its own data
    folder (the rows are the same: each question is asked of the same documents)."""
    tasks = ([(seed, [], data)] if seed else []) + library_tasks(library, library_data)
    if jobs <= 1:
        return [r for t in tasks for r in _collect_unmodelled(*t)]
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(min(jobs, len(tasks))) as pool:
        return [r for part in pool.starmap(_collect_unmodelled, tasks) for r in part]
