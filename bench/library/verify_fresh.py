"""Verify a blind set, library_freshN.jsonl, against the seed, the base library (bench/library/docs) and docsN/.

Checks: fields exactly, unique ids, lang/kind values, oos rows empty, evidence 4-20 chars found verbatim inside
one unit (line / table cell / Q-A pair / html block / docx paragraph or table row / pdf page) of its document,
and at least one answer (NFKC, spaces removed, case-folded) inside that same unit. Prints counts and PASS/FAIL.
Needs python-docx and pypdf: python bench/library/verify_fresh.py N   (N = 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49: the sets written this way)
"""

import json
import os
import re
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser

import docx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "..", "seeds", "000_c28ffc7f97d75152.txt")
LIB = os.path.join(HERE, "docs")
SET = sys.argv[1] if len(sys.argv) > 1 else ""
NEW = os.path.join(HERE, f"docs{SET}")
QFILE = os.path.join(HERE, "..", "data", "unsplit", f"library_fresh{SET}.jsonl")

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "td", "th", "tr", "title", "div", "header", "footer", "dt", "dd", "summary"}
KINDS = {"number", "name", "place", "date", "list", "role", "reason", "yesno", "other", "oos"}


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []
        self.units = []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCKS:
            self.stack.append([tag, ""])
        elif tag == "br":
            for s in self.stack:
                s[1] += "\n"

    def handle_endtag(self, tag):
        if tag in BLOCKS:
            for i in range(len(self.stack) - 1, -1, -1):
                if self.stack[i][0] == tag:
                    t = self.stack.pop(i)[1]
                    if t.strip():
                        self.units.append(re.sub(r"\s+", " ", t).strip())
                    break

    def handle_data(self, data):
        for s in self.stack:
            s[1] += data if s[0] != "tr" else data + " "


def units_of(path):
    ext = path.rsplit(".", 1)[-1].lower()
    units = []
    if ext in ("md", "txt"):
        lines = [ln for ln in open(path, encoding="utf-8").read().splitlines() if ln.strip()]
        for k, line in enumerate(lines):
            units.append(line)
            if "|" in line or "｜" in line:
                units += [c.strip() for c in re.split(r"[|｜]", line) if c.strip()]
            if line.startswith("Q:") and k + 1 < len(lines) and lines[k + 1].startswith("A:"):
                units.append(line + "\n" + lines[k + 1])  # a Q-A pair is one unit
    elif ext == "html":
        p = Blocks()
        p.feed(open(path, encoding="utf-8").read())
        units = p.units
    elif ext == "docx":
        d = docx.Document(path)
        units = [p.text for p in d.paragraphs if p.text.strip()]
        for t in d.tables:
            for r in t.rows:
                cells = [c.text for c in r.cells]
                units += cells
                units.append(" | ".join(cells))
    elif ext == "pdf":
        units = [pg.extract_text() or "" for pg in pypdf.PdfReader(path).pages]
    return units


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s)).lower()


def main():
    docs = {os.path.basename(SEED): SEED}
    for d in (LIB, NEW):
        for f in sorted(os.listdir(d)):
            docs[f] = os.path.join(d, f)
    units = {k: units_of(v) for k, v in docs.items()}
    rows = [json.loads(line) for line in open(QFILE, encoding="utf-8") if line.strip()]
    errs = []
    ids = set()
    for r in rows:
        i = r.get("id")
        if list(r) != ["id", "lang", "question", "answers", "evidence", "doc", "kind"]:
            errs.append(f"{i}: bad fields {list(r)}")
            continue
        if not re.fullmatch(rf"f{SET}\d{{3}}", i or ""):
            errs.append(f"{i}: bad id")
        if i in ids:
            errs.append(f"{i}: duplicate id")
        ids.add(i)
        if r["lang"] not in ("zh", "zh-hant", "en"):
            errs.append(f"{i}: bad lang {r['lang']}")
        if r["kind"] not in KINDS:
            errs.append(f"{i}: bad kind {r['kind']}")
        q = r["question"]
        if not q.strip() or "?" in q or "？" in q:
            errs.append(f"{i}: empty question or question mark: {q!r}")
        if r["kind"] == "oos":
            if r["answers"] != [] or r["evidence"] is not None or r["doc"] is not None:
                errs.append(f"{i}: oos row must have answers [], evidence null, doc null")
            continue
        doc = r["doc"]
        if doc not in docs:
            errs.append(f"{i}: unknown doc {doc}")
            continue
        ev = r["evidence"]
        ans = r["answers"]
        if not isinstance(ev, str) or not (4 <= len(ev) <= 20):
            errs.append(f"{i}: evidence length {len(ev or '')}: {ev!r}")
            continue
        if not ans or not all(isinstance(a, str) and a.strip() for a in ans):
            errs.append(f"{i}: empty answers")
            continue
        hits = [u for u in units[doc] if ev in u]
        if not hits:
            errs.append(f"{i}: evidence not in one unit of {doc}: {ev!r}")
        elif not any(norm(a) in norm(u) for u in hits for a in ans):
            errs.append(f"{i}: no answer inside the evidence's unit in {doc}: {ans} / {ev!r}")
    for e in errs:
        print(e)
    print("rows", len(rows), "unique ids", len(ids))
    print("lang", dict(Counter(r["lang"] for r in rows)))
    print("kind", dict(Counter(r["kind"] for r in rows)))
    print("doc", dict(Counter(r["doc"] or "(oos)" for r in rows)))
    print("lang x oos", dict(Counter((r["lang"], r["kind"] == "oos") for r in rows)))
    print("FAIL" if errs else "PASS", len(errs), "errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    if not SET.isdigit():
        print("usage: python bench/library/verify_fresh.py N   (checks library_freshN.jsonl against docsN/)",
              file=sys.stderr)
        sys.exit(2)
    main()
