"""Check bench/data/library_tune.jsonl against the library documents.

- every line parses as JSON, ids unique, required fields, allowed lang / kind values
- oos rows: answers [], evidence null, doc null
- in-scope rows: doc exists; evidence is 4-20 chars, has no line break / table separator, and occurs in
  the doc's extracted text (docx via python-docx, pdf via pypdf AND the generator's source text,
  html with tags stripped); at least one answer occurs in the line/paragraph holding the evidence
  (after NFKC and space removal), unless the answer is a translation (then it must occur somewhere
  in the doc or be allowed as a cross-language alternative)
- board_minutes.pdf has exactly 4 pages
Usage: python verify_library.py   (needs python-docx and pypdf)
"""
from __future__ import annotations

import collections
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOCS = HERE / "docs"
SEED = Path("/work/shared/seeds/000_c28ffc7f97d75152.txt")
DATA = HERE.parent / "data" / "library_tune.jsonl"
LANGS = {"zh", "zh-hant", "en"}
KINDS = {"number", "name", "role", "place", "list", "what", "when", "title", "table", "page", "oos"}


def norm(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def doc_units(name: str) -> list[str]:
    """Return the doc's text split into units (lines / paragraphs / table rows / pages)."""
    if name == SEED.name:
        return SEED.read_text(encoding="utf-8").splitlines()
    p = DOCS / name
    if p.suffix in (".txt", ".md"):
        return p.read_text(encoding="utf-8").splitlines()
    if p.suffix == ".html":
        raw = p.read_text(encoding="utf-8")
        raw = re.sub(r"<br\s*/?>", "\n", raw)
        raw = re.sub(r"</(td|th)>", "\t", raw)
        text = html.unescape(re.sub(r"<[^>]+>", "", raw))
        return [ln for ln in text.splitlines() if ln.strip()]
    if p.suffix == ".docx":
        import docx
        d = docx.Document(str(p))
        units = [para.text for para in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                units.append(" | ".join(c.text for c in row.cells))
        return units
    if p.suffix == ".pdf":
        from pypdf import PdfReader
        r = PdfReader(str(p))
        # one unit per page with line breaks joined by spaces, plus the generator's source lines
        units = [" ".join(pg.extract_text().split("\n")) for pg in r.pages]
        import make_binary_docs
        units += make_binary_docs.minutes_text().splitlines()
        return units
    raise ValueError(name)


def main() -> int:
    errors: list[str] = []
    rows = []
    for n, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            errors.append(f"line {n}: bad json {e}")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    cache: dict[str, list[str]] = {}
    for r in rows:
        rid = r["id"]
        if set(r) != {"id", "lang", "question", "answers", "evidence", "doc", "kind"}:
            errors.append(f"{rid}: fields {sorted(r)}")
        if r["lang"] not in LANGS:
            errors.append(f"{rid}: lang {r['lang']}")
        if r["kind"] not in KINDS:
            errors.append(f"{rid}: kind {r['kind']}")
        if r["kind"] == "oos":
            if r["answers"] or r["evidence"] is not None or r["doc"] is not None:
                errors.append(f"{rid}: oos row must have answers [], evidence null, doc null")
            continue
        if not r["answers"]:
            errors.append(f"{rid}: no answers")
        doc = r["doc"]
        if doc not in cache:
            try:
                cache[doc] = doc_units(doc)
            except Exception as e:  # noqa: BLE001
                errors.append(f"{rid}: cannot read {doc}: {e}")
                cache[doc] = []
        units = cache[doc]
        ev = r["evidence"]
        if not (4 <= len(ev) <= 20):
            errors.append(f"{rid}: evidence length {len(ev)}: {ev!r}")
        if "\n" in ev or "|" in ev:
            errors.append(f"{rid}: evidence spans a line break / table separator: {ev!r}")
        if doc.endswith(".pdf"):
            from pypdf import PdfReader
            raw = "\n".join(pg.extract_text() for pg in PdfReader(str(DOCS / doc)).pages)
            if ev not in raw:
                errors.append(f"{rid}: pdf evidence not on one extracted line (pypdf): {ev!r}")
        hits = [u for u in units if ev in u]
        if not hits:
            errors.append(f"{rid}: evidence not found in {doc}: {ev!r}")
            continue
        alltext = norm("\n".join(units))
        in_unit = any(norm(a) in norm(u) for u in hits for a in r["answers"])
        in_doc = any(norm(a) in alltext for a in r["answers"])
        if not in_unit:
            errors.append(f"{rid}: no answer in the evidence unit ({'but in doc' if in_doc else 'not in doc'}): {r['answers']}")
    # pdf page count
    from pypdf import PdfReader
    pages = len(PdfReader(str(DOCS / "board_minutes.pdf")).pages)
    if pages != 4:
        errors.append(f"board_minutes.pdf has {pages} pages")

    langs = collections.Counter(r["lang"] for r in rows)
    kinds = collections.Counter(r["kind"] for r in rows)
    docs = collections.Counter(r["doc"] for r in rows)
    oos_by_lang = collections.Counter(r["lang"] for r in rows if r["kind"] == "oos")
    print(f"rows {len(rows)}  langs {dict(langs)}  oos {kinds['oos']} {dict(oos_by_lang)}")
    print("kinds", dict(kinds))
    print("docs", dict(docs))
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
