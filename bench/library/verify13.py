"""Verify library_fresh13.jsonl (bench/data/unsplit) against seed + docs/ + docs13/ (the fourteenth blind set's writer; needs python-docx and pypdf)."""

import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "/work/shared/seeds/000_c28ffc7f97d75152.txt"
LIB = os.path.join(HERE, "docs")
D13 = os.path.join(HERE, "docs13")
JSONL = os.path.join(HERE, "..", "data", "unsplit", "library_fresh13.jsonl")
KINDS = {"number", "table", "name", "role", "place", "list", "what", "when", "title", "page", "oos"}
LANGS = {"zh", "zh-hant", "en"}
BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "title"}


def text_units(text):
    units = []
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if s.startswith("|") and s.endswith("|"):
            units.extend(c.strip() for c in s.strip("|").split("|") if c.strip())
        else:
            units.append(s)
    return units


class HP(HTMLParser):
    def __init__(self):
        super().__init__()
        self.units, self.stack = [], []

    def handle_starttag(self, tag, attrs):
        if tag in BLOCK:
            self.stack.append([tag, ""])
        elif tag == "br" and self.stack:
            self.stack[-1][1] += "\n"

    def handle_endtag(self, tag):
        if tag in BLOCK and self.stack and self.stack[-1][0] == tag:
            t, s = self.stack.pop()
            s = re.sub(r"\s+", " ", s).strip()
            if s:
                self.units.append(s)

    def handle_data(self, data):
        if self.stack:
            self.stack[-1][1] += data


def load_units(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("txt", "md"):
        return text_units(open(path, encoding="utf-8").read())
    if ext == "html":
        p = HP()
        p.feed(open(path, encoding="utf-8").read())
        return p.units
    if ext == "docx":
        import docx

        d = docx.Document(path)
        u = [p.text.strip() for p in d.paragraphs if p.text.strip()]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    if c.text.strip():
                        u.append(c.text.strip())
        return u
    if ext == "pdf":
        import pypdf

        u = []
        for pg in pypdf.PdfReader(path).pages:
            for line in (pg.extract_text() or "").splitlines():
                if line.strip():
                    u.append(line.strip())
        return u
    raise ValueError(path)


def all_docs():
    docs = {os.path.basename(SEED): SEED}
    for d in (LIB, D13):
        for f in sorted(os.listdir(d)):
            docs[f] = os.path.join(d, f)
    return {k: load_units(v) for k, v in docs.items()}


def main():
    docs = all_docs()
    fulltext = {k: "\n".join(v) for k, v in docs.items()}
    errs, ids = [], set()
    rows = [json.loads(line) for line in open(JSONL, encoding="utf-8") if line.strip()]
    for r in rows:
        rid = r.get("id")

        def E(m, rid=rid, r=r):
            errs.append(f"{rid}: {m} | {r.get('question')}")

        if set(r) != {"id", "lang", "question", "answers", "evidence", "doc", "kind"}:
            E(f"fields {sorted(r)}")
            continue
        if not re.fullmatch(r"f13\d{3}", rid or "") or rid in ids:
            E("bad/dup id")
        ids.add(rid)
        if r["lang"] not in LANGS:
            E("lang")
        if r["kind"] not in KINDS:
            E("kind")
        if not isinstance(r["question"], str) or not r["question"].strip():
            E("question")
        if not isinstance(r["answers"], list) or not all(isinstance(a, str) and a for a in r["answers"]):
            E("answers")
        if r["kind"] == "oos":
            if r["answers"] or r["evidence"] is not None or r["doc"] is not None:
                E("oos fields")
            continue
        ev, doc = r["evidence"], r["doc"]
        if not r["answers"]:
            E("no answers")
        if doc not in docs:
            E(f"doc {doc}")
            continue
        if not isinstance(ev, str) or not (4 <= len(ev) <= 20):
            E(f"evidence len {ev!r}")
            continue
        n = sum(1 for u in docs[doc] if ev in u)
        if n != 1:
            E(f"evidence {ev!r} in {n} units of {doc}")
        others = [k for k, t in fulltext.items() if k != doc and ev in t]
        if others:
            E(f"evidence {ev!r} also in {others}")
    for e in errs:
        print(e)
    print("rows", len(rows), "errors", len(errs))
    sys.exit(1 if errs else 0)


if __name__ == "__main__":
    main()
