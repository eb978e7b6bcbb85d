"""The corpus's Chinese words by their romanised form (toneless pinyin): how the bridge reads a name typed in
pinyin (Xianju -> 仙居, Yuan Jiajun -> 袁家军). Moved from bridge.py."""
from __future__ import annotations

import re
from collections import defaultdict


def pinyin_index(vocabulary: dict[str, float], names: dict[str, list[str]]) -> dict[str, list[str]]:
    """Romanised forms (toneless pinyin) of the corpus's Chinese words of 2-4 characters, and of its quoted
    names (their tokens), to the words they spell."""
    pinyin: dict[str, list[str]] = defaultdict(list)
    for w in vocabulary:
        if 2 <= len(w) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", w):
            pinyin[pinyin_key(w)].append(w)
    for name, tokens in names.items():
        key = pinyin_key(name)
        if re.fullmatch(r"[\u4e00-\u9fff]{2,6}", name) and key not in pinyin:
            pinyin[key] = [t for t in tokens if t in vocabulary]
    return {k: sorted(set(v)) for k, v in pinyin.items() if v}


def pinyin_key(word: str) -> str:
    from pypinyin import lazy_pinyin

    return "".join(lazy_pinyin(word)).lower()
