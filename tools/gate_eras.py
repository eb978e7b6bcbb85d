"""Whether each forced refusal holds on the question sets written after it: the gate audit split by time.

    python tools/gate_audit.py --rows FILE --eras          # saved audit rows, split by when each rule was added
    python tools/gate_audit.py --eras [--out FILE] ...     # or after asking every tune half

A rule written while some sets existed was checked against those sets; a set that landed later is the rule's own
held-out test. For each reason ``gate_audit`` names, the commit that first wrote its rule is found with
``git log -S`` (:data:`RULES`: where the rule lives and a string only its introduction adds), and each tune half's
landing is the commit that added its file under ``bench/data``; the fitted model's later sets are those its file does
not list as fitted on (:data:`FITTED`). Per reason, the sets landed after the rule
("later") are counted apart from those before ("earlier"): answerable questions it refuses whose unvetoed answer
is right (``right``) or wrong (``wrong``), and near misses (``near``); ``!`` marks those it is the only reason for
(switching it off changes them). A rule earns its place when on the later sets it alone stops more near misses than
right answers (``near!`` > ``right!``); it loses when it alone stops no more near misses than right answers it
refuses; with no later set refusing anything alone it is untested.
"""
from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# reason -> (where its rule lives, a string whose first appearance there is the rule's introduction)
RULES: dict[str, tuple[str, str]] = {
    "measure": ("index/answering/signals.py", "measure: float"),
    "structure": ("index/answering/signals.py", "structure: float"),
    "qualifier": ("index/answering/signals.py", "qualifier: float"),
    "constraints": ("index/", "constraints_ok"),
    "beyond": ("index/", "def _beyond_document"),
    "placed": ("index/", "def places_placed"),
    "stated": ("index/", "def stated_otherwise"),
    "dated": ("index/", "def years_placed"),
    "new or total": ("index/", "def new_or_total_kept"),
    "part of year": ("index/", "def whole_year_kept"),
    "shape:phone": ("index/", "def shape_agrees"),
    "shape:email": ("index/", "def shape_agrees"),
    "shape:money": ("index/", "def shape_agrees"),
    "shape:date": ("index/", "def shape_agrees"),
    "shape:web": ("index/answering/shape.py", 'return "web"'),
    "shape:name": ("index/answering/shape.py", 'return "name"'),
    "shape:share": ("index/answering/shape.py", 'return "share"'),
    "shape:someone": ("index/answering/shape.py", '"someone"'),
}
# reasons fitted rather than written: their later sets are those their file says they were not fitted on
FITTED: dict[str, str] = {"model": "index/answering/refusal_model.json"}
COUNTED = ("counted_said", "heads_counted", "counted_not_measured", "label_checked", "time_said", "items_named",
           "role_with_answer", "clause_across", "dimension_said", "unit_named", "persons_placed", "role_placed",
           "person_given", "day_given", "place_given", "time_not_phone", "someone_not_street", "unsaid_counted",
           "interval_given", "name_unwritten", "clock_given", "hour_answers", "heads_not_things", "measure_answers",
           "plan_not_given")
RULES.update({f"counted:{n}": ("index/", f"def {n}(") for n in COUNTED})


def _git(*args: str) -> str:
    try:
        return subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return ""


def first_time(where: str, needle: str) -> int | None:
    """The author time of the earliest commit that changed how often ``needle`` occurs under ``where``."""
    out = _git("log", "-S", needle, "--reverse", "--format=%at", "--", where).split()
    return int(out[0]) if out else None


def rule_times(reasons) -> dict[str, int | None]:
    """When each reason's rule was first written (None: a reason :data:`RULES` does not know)."""
    return {r: first_time(*RULES[r]) if r in RULES else None for r in reasons}


def fitted_on(reason: str) -> set[str] | None:
    """The sets a fitted reason (:data:`FITTED`) was fitted on, as its file's ``fitted_on`` names them."""
    import json

    if reason not in FITTED:
        return None
    data = json.loads((ROOT / FITTED[reason]).read_text(encoding="utf-8"))
    return {f["file"] for f in data.get("fitted_on", [])}


def set_times(names) -> dict[str, int | None]:
    """When each question set landed: the commit time of the commit that added its file under ``bench/data``."""
    out = {}
    for name in names:
        times = _git("log", "--diff-filter=A", "--format=%ct", "--", f"bench/data/{name}").split()
        out[name] = int(times[-1]) if times else None
    return out


def era_table(rows: list[dict], sets: dict[str, int | None], rules: dict[str, int | None],
              fitted: dict[str, set[str]] | None = None) -> dict[str, dict]:
    """Per reason, per era (``later``: sets landed after the rule, or for a fitted reason sets it was not fitted on;
    ``earlier``): right, wrong and near, each with its ``!`` count (the only reason). Rows of a set or a rule of
    unknown time are left out."""
    out: dict[str, dict[str, Counter]] = {}
    fitted = fitted or {}
    for r in rows:
        if not r["why"]:
            continue
        kind = "near" if not r["answerable"] else "right" if r["would"] else "wrong"
        for w in r["why"]:
            landed, written = sets.get(r["set"]), rules.get(w)
            if w in fitted:
                later = r["set"] not in fitted[w]
            elif landed is None or written is None:
                continue
            else:
                later = landed > written
            c = out.setdefault(w, {}).setdefault("later" if later else "earlier", Counter())
            c[kind] += 1
            c[kind + "!"] += len(r["why"]) == 1
    return out


def verdict(later: Counter | None) -> str:
    """``earns`` when on the later sets the rule alone stops more near misses than right answers; ``loses`` when
    it alone refuses right answers and stops no more near misses; else ``untested``."""
    later = later or Counter()
    if later["near!"] > later["right!"]:
        return "earns"
    return "loses" if later["right!"] else "untested"


def later_sets(sets: dict[str, int | None], written: int | None) -> list[str]:
    """The sets landed after a rule written at ``written``."""
    return sorted(n for n, t in sets.items() if t is not None and written is not None and t > written)


def show_eras(rows: list[dict]) -> dict[str, str]:
    """Print the split table, one line per reason, and return each reason's verdict."""
    sets = set_times(sorted({r["set"] for r in rows}))
    rules = rule_times(sorted({w for r in rows for w in r["why"]}))
    fitted = {w: fitted_on(w) for w in FITTED}
    table = era_table(rows, sets, rules, {w: f for w, f in fitted.items() if f is not None})
    keys = ("right", "right!", "wrong", "wrong!", "near", "near!")
    print(f"{'reason':28}{'later sets':>11}{'later ' + '/'.join(keys):>44}{'earlier ' + '/'.join(keys):>46}  verdict")
    verdicts = {}
    for reason in sorted(table, key=lambda w: -table[w].get("later", Counter())["right!"]):
        later, earlier = table[reason].get("later", Counter()), table[reason].get("earlier", Counter())
        verdicts[reason] = verdict(later)
        n = len(set(sets) - fitted[reason]) if fitted.get(reason) is not None else len(later_sets(sets, rules[reason]))
        print(f"{reason:28}{n:>11}{'/'.join(str(later[k]) for k in keys):>44}"
              f"{'/'.join(str(earlier[k]) for k in keys):>46}  {verdicts[reason]}")
    unknown = sorted({w for r in rows for w in r["why"]} - set(table))
    if unknown:
        print("rules of unknown date:", ", ".join(unknown))
    return verdicts

