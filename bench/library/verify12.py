#!/usr/bin/env python3
"""Check library_fresh12.jsonl against the documents.

Run with an interpreter that has python-docx and pypdf:
    python bench/library/verify12.py   (needs python-docx and pypdf; written by the thirteenth blind set's writer)
Units: txt/md lines (markdown table rows split into cells), html block elements
(p, li, h1-h6, td, th, title) with tags stripped, docx paragraphs and table cells,
pdf page-text lines (pypdf). Exits non-zero on any error.
"""
import json
import re
import sys
import unicodedata
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = Path("/work/shared/seeds/000_c28ffc7f97d75152.txt")
DOCS = {SEED.name: SEED}
for p in sorted((HERE / "docs12").iterdir()):
    DOCS[p.name] = p

FIELDS = {"id", "lang", "question", "answers", "evidence", "doc", "kind"}
LANGS = {"zh", "zh-hant", "en"}
KINDS = {"number", "name", "role", "place", "list", "what", "when", "title", "table", "page", "oos"}
CJK_DOCS = {SEED.name, "anhui_red_cross_party_building_review.docx", "zhejiang_red_cross_2026_update.html",
            "kowloon_east_disaster_preparedness_faq.txt", "wenzhou_red_cross_report_2022_2025.md"}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


class BlockParser(HTMLParser):
    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "td", "th", "title"}

    def __init__(self):
        super().__init__()
        self.units, self.stack = [], []

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self.stack.append([])

    def handle_endtag(self, tag):
        if tag in self.BLOCKS and self.stack:
            self.units.append("".join(self.stack.pop()).strip())

    def handle_data(self, data):
        if self.stack:
            self.stack[-1].append(data)


def text_lines(text, markdown):
    units = []
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if markdown and s.startswith("|") and s.endswith("|"):
            units.extend(c.strip() for c in s.strip("|").split("|") if c.strip())
        else:
            units.append(s)
    return units


def load_units(path):
    """Return a list of (unit_text, page_number_or_None)."""
    ext = path.suffix.lower()
    if ext in (".txt", ".md"):
        return [(u, None) for u in text_lines(path.read_text(encoding="utf-8"), ext == ".md")]
    if ext == ".html":
        bp = BlockParser()
        bp.feed(path.read_text(encoding="utf-8"))
        return [(u, None) for u in bp.units if u]
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        units = [p.text for p in d.paragraphs if p.text.strip()]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    units.append(c.text)
        return [(u, None) for u in units]
    if ext == ".pdf":
        import pypdf
        units = []
        for i, page in enumerate(pypdf.PdfReader(str(path)).pages, 1):
            for line in page.extract_text().split("\n"):
                if line.strip():
                    units.append((line.strip(), i))
        return units
    raise ValueError(path)


def main():
    units = {name: load_units(p) for name, p in DOCS.items()}
    rows = [json.loads(line) for line in (HERE.parent / "data" / "unsplit" / "library_fresh12.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    errors = []
    ids = Counter(r.get("id") for r in rows)
    for i, n in ids.items():
        if n > 1:
            errors.append(f"duplicate id {i}")
    for r in rows:
        rid = r.get("id")
        if set(r) != FIELDS:
            errors.append(f"{rid}: fields {sorted(r)}")
            continue
        if not re.fullmatch(r"f12\d{3}", rid):
            errors.append(f"{rid}: bad id")
        if r["lang"] not in LANGS:
            errors.append(f"{rid}: lang {r['lang']}")
        if r["kind"] not in KINDS:
            errors.append(f"{rid}: kind {r['kind']}")
        if not isinstance(r["question"], str) or not r["question"].strip():
            errors.append(f"{rid}: empty question")
        if not isinstance(r["answers"], list) or not all(isinstance(a, str) and a.strip() for a in r["answers"]):
            errors.append(f"{rid}: answers")
            continue
        if r["kind"] == "oos":
            if r["answers"] or r["evidence"] is not None or r["doc"] is not None:
                errors.append(f"{rid}: oos row must have answers [], evidence null, doc null")
            continue
        if r["doc"] not in DOCS:
            errors.append(f"{rid}: unknown doc {r['doc']}")
            continue
        if not r["answers"]:
            errors.append(f"{rid}: answerable row without answers")
            continue
        ev = r["evidence"]
        if not isinstance(ev, str) or not (4 <= len(ev) <= 20) or "\n" in ev:
            errors.append(f"{rid}: evidence length/type {ev!r}")
            continue
        hits = [(u, pg) for u, pg in units[r["doc"]] if ev in u]
        if not hits:
            errors.append(f"{rid}: evidence {ev!r} not inside one unit of {r['doc']}")
            continue
        others = [d for d, us in units.items() if d != r["doc"] and any(ev in u for u, _ in us)]
        if others:
            errors.append(f"{rid}: evidence {ev!r} also occurs in {others}")
        if r["kind"] == "page":
            pages = {str(pg) for _, pg in hits}
            if not pages & {norm(a) for a in r["answers"]}:
                errors.append(f"{rid}: page answer {r['answers']} but evidence on pages {pages}")
            continue
        if not any(norm(a) in norm(u) for u, _ in hits for a in r["answers"]):
            errors.append(f"{rid}: no answer of {r['answers']} in the unit holding {ev!r}")
    # distribution report
    n = len(rows)
    langs = Counter(r.get("lang") for r in rows)
    oos = sum(1 for r in rows if r.get("kind") == "oos")
    ans = [r for r in rows if r.get("kind") != "oos"]
    by_doc = Counter(r.get("doc") for r in ans)
    en_on_cjk = sum(1 for r in ans if r["lang"] == "en" and r["doc"] in CJK_DOCS)
    zh_on_en = sum(1 for r in ans if r["lang"] != "en" and r["doc"] not in CJK_DOCS)
    print(f"rows {n}  answerable {len(ans)}  oos {oos} ({oos / max(n, 1):.0%})")
    print("langs", dict(langs), {k: f"{v / max(n, 1):.0%}" for k, v in langs.items()})
    print("by doc", dict(by_doc))
    print(f"seed share of answerable {by_doc[SEED.name] / max(len(ans), 1):.0%}")
    print(f"en questions on Chinese docs {en_on_cjk}; Chinese questions on English docs {zh_on_en}")
    print("kinds", dict(Counter(r.get("kind") for r in rows)))
    if n != 220:
        errors.append(f"expected 220 rows, got {n}")
    if en_on_cjk < 60 or zh_on_en < 25:
        errors.append("cross-language minimums not met")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
