"""Whether each forced refusal holds on the question sets written after it: the gate audit split by time.

    python tools/gate_audit.py --rows FILE --eras          # saved audit rows, split by when each rule was added
    python tools/gate_audit.py --eras [--out FILE] ...     # or after asking every tune half

A rule written while some sets existed was checked against those sets; a set that landed later is the rule's own
held-out test. For each reason ``gate_audit`` names, the commit that first wrote its rule is found with
``git log -S`` (:data:`RULES`: where the rule lives and a string only its introduction adds), and each tune half's
landing is the commit that added its file under ``bench/data``. Per reason, the sets landed after the rule
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
    "shape:phone": ("index/", "def shape_agrees"),
    "shape:email": ("index/", "def shape_agrees"),
    "shape:money": ("index/", "def shape_agrees"),
    "shape:date": ("index/", "def shape_agrees"),
    "shape:web": ("index/answering/shape.py", 'return "web"'),
    "shape:name": ("index/answering/shape.py", 'return "name"'),
    "shape:share": ("index/answering/shape.py", 'return "share"'),
    "shape:someone": ("index/answering/shape.py", '"someone"'),
}
# reasons refitted rather than written once: dated by their file's latest change (the sets it was last fitted beside)
REFITTED: dict[str, str] = {"model": "index/answering/refusal_model.json"}
COUNTED = ("counted_said", "heads_counted", "counted_not_measured", "label_checked", "time_said", "items_named",
           "role_with_answer", "clause_across", "dimension_said", "unit_named", "persons_placed", "role_placed",
           "person_given", "day_given", "place_given", "time_not_phone", "someone_not_street", "unsaid_counted")
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


def last_time(where: str) -> int | None:
    """The author time of the latest commit that changed ``where``."""
    out = _git("log", "-1", "--format=%at", "--", where).split()
    return int(out[0]) if out else None


def rule_times(reasons) -> dict[str, int | None]:
    """When each reason's rule was written (None: a reason neither :data:`RULES` nor :data:`REFITTED` knows)."""
    return {r: first_time(*RULES[r]) if r in RULES else last_time(REFITTED[r]) if r in REFITTED else None
            for r in reasons}


def set_times(names) -> dict[str, int | None]:
    """When each question set landed: the commit time of the commit that added its file under ``bench/data``."""
    out = {}
    for name in names:
        times = _git("log", "--diff-filter=A", "--format=%ct", "--", f"bench/data/{name}").split()
        out[name] = int(times[-1]) if times else None
    return out


def era_table(rows: list[dict], sets: dict[str, int | None], rules: dict[str, int | None]) -> dict[str, dict]:
    """Per reason, per era (``later``: sets landed after the rule; ``earlier``): right, wrong and near, each with its
    ``!`` count (the only reason). Rows of a set or a rule of unknown time are left out."""
    out: dict[str, dict[str, Counter]] = {}
    for r in rows:
        if not r["why"]:
            continue
        kind = "near" if not r["answerable"] else "right" if r["would"] else "wrong"
        for w in r["why"]:
            landed, written = sets.get(r["set"]), rules.get(w)
            if landed is None or written is None:
                continue
            c = out.setdefault(w, {}).setdefault("later" if landed > written else "earlier", Counter())
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
    table = era_table(rows, sets, rules)
    keys = ("right", "right!", "wrong", "wrong!", "near", "near!")
    print(f"{'reason':28}{'later sets':>11}{'later ' + '/'.join(keys):>44}{'earlier ' + '/'.join(keys):>46}  verdict")
    verdicts = {}
    for reason in sorted(table, key=lambda w: -table[w].get("later", Counter())["right!"]):
        later, earlier = table[reason].get("later", Counter()), table[reason].get("earlier", Counter())
        verdicts[reason] = verdict(later)
        print(f"{reason:28}{len(later_sets(sets, rules[reason])):>11}{'/'.join(str(later[k]) for k in keys):>44}"
              f"{'/'.join(str(earlier[k]) for k in keys):>46}  {verdicts[reason]}")
    unknown = sorted({w for r in rows for w in r["why"]} - set(table))
    if unknown:
        print("rules of unknown date:", ", ".join(unknown))
    return verdicts

