"""Which passage cutting an index's documents were cut by (``corpus/cutting.py``), recorded in its manifest.

A full build parses every document from its stored text, so its index is cut by this reportbot's version. The
append path takes the documents already indexed from the index, as they were cut then, so an index it extends
keeps the version it had (even with new documents cut by this one beside them): until a full build, the old
passages stay, and this says so. An index of another version still serves at once; ``reportbot serve`` rebuilds
it in the background at start, ``health`` reports it, ``reportbot index`` re-reads the texts.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from reportbot.corpus import cutting as corpus_cutting
from reportbot.index.library.registry import write_atomic

if TYPE_CHECKING:
    from reportbot.index.retrieval.passage_index import PassageIndex

UNRECORDED = 1  # an index built before the version was recorded (its manifest has no ``cutting``)


def current() -> int:
    """The version this reportbot cuts by (read when asked, so a test can stand in for another reportbot)."""
    return corpus_cutting.CUTTING_VERSION


def cut_by(index: PassageIndex | None) -> int:
    """The version ``index``'s documents were cut by; None stands for no index (a full build parses every text)."""
    if index is None:
        return current()
    return int(index.manifest.get("cutting", UNRECORDED))


def cut_otherwise(index: PassageIndex) -> int | None:
    """The version ``index``'s documents were cut by when it is not this reportbot's; None when it is."""
    version = cut_by(index)
    return None if version == current() else version


def record(index: PassageIndex, folder: Path, version: int) -> None:
    """Record ``version`` in the manifest of the build just written to ``folder`` (not current yet)."""
    if index.manifest.get("cutting") != version:
        index.manifest["cutting"] = version
        write_atomic(folder / "manifest.json", json.dumps(index.manifest, indent=2))


def recut_note(version: int) -> str:
    """Words on an index cut by ``version``, after "its" or "whose" (health and the log say what follows)."""
    age = "an older" if version < current() else "a newer"
    return f"documents were cut into passages by {age} reportbot (passage cutting {version}; this one cuts {current()})"
