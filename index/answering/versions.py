"""Whether a question asks for a version or an edition (第几版, 3.0版, 版本, 新版, version), read by jieba's words.

版 alone is a printing's edition or a version. A word that holds it asks one only when the word means an edition or
a version: CC-CEDICT's glosses tell (新版 "new edition", 修订版 "revised edition", 版本 "version" ask; 出版 "to
publish", 版权 "copyright", 头版 "front page", 版块 "section", 翻版 "reprint" ask none). A word the dictionary lacks
(中文版, 电子版) is read by the dictionary's words that spell it: the one holding 版 decides. Pure functions.
"""
from __future__ import annotations

import re

import jieba
from reportbot.index.retrieval.cedict import entries_of, spelling_parts

_MEANS_VERSION = re.compile(r"\b(?:edition|version)s?\b", re.I)


def means_version(word: str) -> bool:
    """``word`` (holding 版) names an edition or a version."""
    if word == "版":
        return True
    entries = entries_of(word)
    if entries:
        return any(_MEANS_VERSION.search(defs) for _, defs in entries)
    part = next((p for p in spelling_parts(word) or () if "版" in p), "版")  # 中文版: 中文 + 版
    return part != word and means_version(part)


def asks_version(text: str) -> bool:
    """The question asks for a version or an edition (第几版, 几点零版本, 新版, which version)."""
    if re.search(r"\bversion", text, re.I):
        return True
    return "版" in text and any(means_version(w) for w in jieba.lcut(text) if "版" in w)
