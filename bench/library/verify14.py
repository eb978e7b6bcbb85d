"""Verify bench/data/unsplit/library_fresh14.jsonl (the sixteenth blind set, written by a helper who read only the documents) against the seed, docs/ and docs14/ (needs python-docx and pypdf)."""

import json
import os
import re
import sys
import unicodedata
from html.parser import HTMLParser

import docx
import pypdf

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, "..", "..", "seeds", "000_c28ffc7f97d75152.txt")
LIB = os.path.join(HERE, "docs")
NEW = os.path.join(HERE, "docs14")

BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "td", "th", "tr", "title", "div", "header", "footer"}


class Blocks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack = []  # list of [tag, text]
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
        for line in open(path, encoding="utf-8").read().splitlines():
            if not line.strip():
                continue
            units.append(line)
            if "|" in line or "｜" in line:
                units += [c.strip() for c in re.split(r"[|｜]", line) if c.strip()]
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
        for f in os.listdir(d):
            docs[f] = os.path.join(d, f)
    units = {k: units_of(v) for k, v in docs.items()}
    full = {k: norm("\n".join(u)) for k, u in units.items()}
    errs = []
    ids = set()
    rows = [json.loads(line) for line in open(os.path.join(HERE, "..", "data", "unsplit", "library_fresh14.jsonl"), encoding="utf-8")]
    kinds = {"number", "table", "name", "role", "place", "list", "what", "when", "title", "page", "oos"}
    for r in rows:
        i = r.get("id")
        if set(r) != {"id", "lang", "question", "answers", "evidence", "doc", "kind"}:
            errs.append(f"{i}: bad fields {sorted(r)}")
        if i in ids:
            errs.append(f"{i}: duplicate id")
        ids.add(i)
        if r["lang"] not in ("zh", "zh-hant", "en"):
            errs.append(f"{i}: bad lang")
        if r["kind"] not in kinds:
            errs.append(f"{i}: bad kind")
        if not r["question"].strip():
            errs.append(f"{i}: empty question")
        if r["kind"] == "oos":
            if r["answers"] or r["evidence"] is not None or r["doc"] is not None:
                errs.append(f"{i}: oos row must have no answers/evidence/doc")
            continue
        doc = r["doc"]
        if doc not in docs:
            errs.append(f"{i}: unknown doc {doc}")
            continue
        ev = r["evidence"]
        if not isinstance(ev, str) or not (4 <= len(ev) <= 20):
            errs.append(f"{i}: evidence length {len(ev or '')}: {ev!r}")
        elif not any(ev in u for u in units[doc]):
            errs.append(f"{i}: evidence not in one unit of {doc}: {ev!r}")
        if not r["answers"] or not all(isinstance(a, str) and a.strip() for a in r["answers"]):
            errs.append(f"{i}: empty answers")
        elif not any(norm(a) in full[doc] for a in r["answers"]):
            errs.append(f"{i}: no answer found in {doc}: {r['answers']}")
    for e in errs:
        print(e)
    from collections import Counter
    print("rows", len(rows), "lang", dict(Counter(r["lang"] for r in rows)),
          "kind", dict(Counter(r["kind"] for r in rows)))
    print("FAIL" if errs else "PASS", len(errs), "errors")
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
