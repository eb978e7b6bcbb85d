"""List the headings whose text stands in no passage: neither in a passage's text nor in its heading path (nor the
title). Such a heading (a 文号 line under a letterhead, an ``…印发`` line at the end) is lost to search and answers.

    python tools/lost_headings.py [FILE ...]     # default: the seed and every document of bench/library
"""
from __future__ import annotations

import sys
from pathlib import Path

from reportbot.corpus.loaders import read_document, read_file
from reportbot.corpus.split import parse_text

ROOT = Path(__file__).resolve().parents[1]


def lost_headings(path: Path) -> list[str]:
    """The headings of ``path``'s document that stand in no passage's text or path and are not its title."""
    doc = parse_text(read_document(read_file(path), path.name), path.name)
    in_paths = {h for p in doc.paragraphs for h in p.path}
    text = "\n".join(p.text for p in doc.paragraphs)
    return [h for h in doc.headings if h not in in_paths and h not in text and h != doc.title]


def main(argv: list[str]) -> None:
    files = [Path(a) for a in argv] or [*sorted((ROOT / "seeds").glob("*.txt")),
                                        *sorted(ROOT.glob("bench/library/docs*/*.*"))]
    total = documents = 0
    for path in files:
        try:
            lost = lost_headings(path)
        except (OSError, ValueError) as e:
            print(f"{path.name}: not read ({e.__class__.__name__})")
            continue
        if lost:
            total, documents = total + len(lost), documents + 1
            print(f"{path.parent.name}/{path.name}: " + " | ".join(lost))
    print(f"{total} heading(s) in no passage, in {documents} document(s)")


if __name__ == "__main__":
    main(sys.argv[1:])
