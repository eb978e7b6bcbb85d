"""Print or save the stored text (and header card) of library documents, to compare a loader change before and after.

    python tools/stored_text.py bench/library/docs7/huaxin_2023_annual_report.pdf   # print one
    python tools/stored_text.py --save DIR bench/library/docs*/*                     # one file per document in DIR
"""
from __future__ import annotations

import argparse
from pathlib import Path

from reportbot.corpus.loaders import read_document, read_file
from reportbot.corpus.split import parse_text


def stored(path: Path) -> str:
    """The stored text of ``path``, under a line with the title and author its header card shows (and, for a
    plain text, whose stored text is the file itself, the headings read from its lines)."""
    text = read_document(read_file(path), path.name)
    doc = parse_text(text, path.name)
    headings = "" if text.lstrip().startswith(("#", "<!--")) else f"[headings: {' / '.join(doc.headings)}]\n"
    return f"[title: {doc.title} | author: {doc.author}]\n{headings}{text}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+", type=Path)
    ap.add_argument("--save", type=Path, help="write DIR/<folder>__<name>.md instead of printing")
    args = ap.parse_args()
    for path in args.paths:
        text = stored(path)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"{path.parent.name}__{path.name}.md").write_text(text, encoding="utf-8")
        else:
            print(f"==== {path}\n{text}")


if __name__ == "__main__":
    main()
