"""The bridge's file, ``bridge.json`` in each index folder.

Its ``written`` list holds the English words the bridge's Chinese-to-English side was made from and the capitalised
pairs of words in a row (an entry with a space), as it has since format 8: the bridge keeps the two apart, the file
keeps the form every reportbot that reads format 8 reads.
"""
from __future__ import annotations

import json
from pathlib import Path

from reportbot.index.retrieval.bridge import Bridge


def save_bridge(bridge: Bridge, path: Path) -> None:
    """Write ``bridge`` to ``path``."""
    written = None if bridge.written is None else sorted(bridge.english_names)
    path.write_text(json.dumps({"phrases": bridge.phrases, "pinyin": bridge.pinyin, "partial": bridge.partial,
                                "english": sorted(bridge.english), "to_english": bridge.to_english,
                                "written": written, "composed": bridge.composed}, ensure_ascii=False),
                    encoding="utf-8")


def load_bridge(path: Path) -> Bridge:
    """The bridge :func:`save_bridge` wrote to ``path`` (or an older reportbot: ``written`` and later keys may
    be missing)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    written = data.get("written")
    return Bridge({k: [tuple(x) for x in v] for k, v in data["phrases"].items()}, data["pinyin"],
                  set(data["english"]), {k: [tuple(x) for x in v] for k, v in data["partial"].items()},
                  {k: [tuple(x) for x in v] for k, v in data.get("to_english", {}).items()},
                  None if written is None else frozenset(w for w in written if " " not in w),
                  {k: [tuple(x) for x in v] for k, v in data.get("composed", {}).items()},
                  None if written is None else frozenset(w for w in written if " " in w))
