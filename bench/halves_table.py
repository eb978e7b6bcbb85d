"""The README's before → after table from two runs of ``bench/halves.sh`` (check tables and tune rows).

    python bench/halves_table.py START END [--dir /tmp/halves]

Check halves come from ``reportbot eval``'s tables (``START-check-*.out``), tune halves from the per-question rows
(``START-tune.jsonl``; English hit@1 from the sets' ``lang``). A set missing from one run shows "–" there. Prints the
table's rows, check halves first, then the sums over the check halves (seed, library, all), the check halves asked
beside a library, and the tune halves. Nothing here asserts.
"""
from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAD = re.compile(r"^== (\S+)\.jsonl \((seed|library)\)")
ROW = re.compile(r"^(all|en)\s+(\d+)\s+([\d.]+)\s+[\d.]+\s+[\d.]+\s+([\d.]+)\s+(\d+)\s+(\d+)/(\d+)")


def read_checks(folder: Path, label: str) -> dict[str, dict]:
    """set name ("seed_check9", "seed_check9 in the library") -> counts, from every check table of one run."""
    out: dict[str, dict] = {}
    for path in sorted(folder.glob(f"{label}-check-*.out")):
        name = None
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if m := HEAD.match(line):
                name = m[1] + (" in the library" if m[1].startswith("seed") and m[2] == "library" else "")
                name = "dev" if name == "qa_dev" else name
            elif name and (m := ROW.match(line)):
                n, hit, ans, wrong, oos_ok, oos = int(m[2]), float(m[3]), float(m[4]), int(m[5]), int(m[6]), int(m[7])
                k = n - oos
                rec = out.setdefault(name, {})
                if m[1] == "all":
                    rec.update(n=k, hit=round(hit * k), ok=round(ans * k), refused=wrong, near=oos_ok, near_n=oos)
                else:
                    rec.update(en_n=k, en_hit=round(hit * k))
    return out


def read_tune(folder: Path, label: str) -> dict[str, dict]:
    rows_path = folder / f"{label}-tune.jsonl"
    if not rows_path.exists():
        return {}
    lang: dict[tuple[str, str], str] = {}
    for f in (ROOT / "bench" / "data").glob("*tune*.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                q = json.loads(line)
                lang[(f.name, q["id"])] = q.get("lang", "")
    out: dict[str, dict] = defaultdict(lambda: dict.fromkeys(("n", "hit", "ok", "refused", "near", "near_n", "en_n",
                                                               "en_hit"), 0))
    for line in rows_path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        name = r["set"].removesuffix(".jsonl")
        rec = out[name]
        base = r["set"].split(" in the library")[0]
        base = base if base.endswith(".jsonl") else base + ".jsonl"
        if r["answerable"]:
            rec["n"] += 1
            rec["hit"] += r["hit1"]
            rec["ok"] += r["ok"]
            rec["refused"] += r["refused"]
            if lang.get((base, r["id"])) == "en":
                rec["en_n"] += 1
                rec["en_hit"] += r["hit1"]
        else:
            rec["near_n"] += 1
            rec["near"] += r["refused"]
    return dict(out)


def _share(a: int, n: int) -> str:
    return f"{a / n:.3f}".lstrip("0") if n else "–"


def cell(a: dict | None, b: dict | None, field: str) -> str:
    def one(rec: dict | None) -> str:
        if not rec or "n" not in rec:
            return "–"
        if field == "near":
            return f"{rec['near']}/{rec['near_n']}"
        if field == "refused":
            return str(rec["refused"])
        return _share(rec[field], rec["n"])
    text = f"{one(a)} → {one(b)}"
    if field == "hit" and (a or b or {}).get("en_n") and _english((a or b or {}).get("name", "")):
        ea = _share(a["en_hit"], a["en_n"]) if a else "–"
        eb = _share(b["en_hit"], b["en_n"]) if b else "–"
        text += f" (English {ea} → {eb})"
    return text


def _english(name: str) -> bool:
    return name.startswith("seed") and "in the library" not in name


def _order(name: str) -> tuple:
    kind = 0 if name.startswith("seed") and "library" not in name else (1 if name.startswith("library") else 2)
    num = int(re.sub(r"\D", "", name.split(" ")[0]) or 1)
    return ("tune" in name, name == "dev", kind, num)


def sums(table: dict[str, dict], names: list[str]) -> dict[str, int]:
    keys = ("n", "hit", "ok", "refused", "near", "near_n")
    return {k: sum(table[n].get(k, 0) for n in names if n in table) for k in keys}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("start")
    ap.add_argument("end")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/halves"))
    args = ap.parse_args()
    a = {**read_checks(args.dir, args.start), **read_tune(args.dir, args.start)}
    b = {**read_checks(args.dir, args.end), **read_tune(args.dir, args.end)}
    print("| set | hit@1 | short answer right | answerable refused | out of scope refused |\n|---|---|---|---|---|")
    for name in sorted(set(a) | set(b), key=_order):
        ra, rb = a.get(name), b.get(name)
        for rec in (ra, rb):
            if rec:
                rec["name"] = name
        bold = f"**{name}**" if "check" in name and "library" not in name.split("check")[1] else name
        label = "dev (33 + 3)" if name == "dev" else bold
        print(f"| {label} | {cell(ra, rb, 'hit')} | {cell(ra, rb, 'ok')} | {cell(ra, rb, 'refused')} | "
              f"{cell(ra, rb, 'near')} |")
    groups = {
        "seed check halves": [n for n in set(a) | set(b) if n.startswith("seed_check") and "library" not in n],
        "library check halves": [n for n in set(a) | set(b) if n.startswith("library_check")],
        "check halves in the library": [n for n in set(a) | set(b) if "check" in n and n.endswith("in the library")],
        "tune halves": [n for n in set(a) | set(b) if "tune" in n and "library" not in n.split("tune")[1]],
        "tune halves in the library": [n for n in set(a) | set(b) if "tune" in n and n.endswith("in the library")],
    }
    groups["all check halves"] = groups["seed check halves"] + groups["library check halves"]
    for title, names in groups.items():
        sa, sb = sums(a, names), sums(b, names)
        print(f"{title} ({len(names)}; {sb['n'] or sa['n']} answerable, {sb['near_n'] or sa['near_n']} near misses): "
              f"hit@1 {sa['hit']} → {sb['hit']}, right {sa['ok']} → {sb['ok']}, answerable refused {sa['refused']} → "
              f"{sb['refused']}, near misses refused {sa['near']} → {sb['near']}")


if __name__ == "__main__":
    main()
