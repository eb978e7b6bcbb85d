"""The keyword side of an appended index (moved from update.py): the postings with the removed documents' rows
dropped and the added ones' appended, and the bridge extended by the new words."""
from __future__ import annotations

import math
import re
from collections.abc import Sequence

import numpy as np
from reportbot.corpus.document import Document, Paragraph
from reportbot.index.retrieval import passage_index as pi
from reportbot.index.retrieval import passage_texts as pt
from reportbot.index.retrieval.bm25 import BM25
from reportbot.index.retrieval.bridge import COMPOSED_WEIGHT, PARTIAL_WEIGHT, Bridge, _pinyin_key
from reportbot.index.retrieval.bridge_en import english_glosses
from reportbot.index.retrieval.cedict import _gloss_keys_of, composed_keys, is_composable, partial_keys
from reportbot.index.retrieval.tokenize import tokenize


def keywords(prev: pi.PassageIndex, gone: np.ndarray, gone_sent: np.ndarray, added: Sequence[Document],
              new_paras: list[Paragraph], paragraphs: list[Paragraph]) -> tuple[BM25, BM25, BM25, Bridge]:
    """The keyword postings (paragraphs, sentences, contexts) and the bridge, the removed rows dropped and the
    added documents' appended."""
    para_bm25 = prev.para_bm25.without(gone).appended([tokenize(p.text) for p in new_paras])
    sent_bm25 = prev.sent_bm25.without(gone_sent).appended([tokenize(s) for p in new_paras for s in p.sentences])
    context_bm25 = prev.context_bm25.without(gone).appended(pt.context_tokens(added))
    new_words = [t for t in para_bm25.vocab if t not in prev.para_bm25.vocab]
    bridge = _extend_bridge(prev.bridge, new_words, new_paras, para_bm25.vocab)
    if _english_grew(prev.bridge, new_words, new_paras):  # the Chinese-to-English side is redone
        bridge.written = frozenset(w for p in paragraphs for w in re.findall(r"[a-z]+", p.text.lower()))
        bridge.to_english = english_glosses(set(bridge.written), set(para_bm25.vocab))
    return para_bm25, sent_bm25, context_bm25, bridge


def _english_grew(bridge: Bridge, new_words: list[str], new_paras: list[Paragraph]) -> bool:
    """Whether what ``english_glosses`` starts from grew: English keyword terms, or English words as written."""
    if any(t.isascii() and t.isalpha() and len(t) > 1 for t in new_words):
        return True
    written = {w for p in new_paras for w in re.findall(r"[a-z]+", p.text.lower())}
    return bool(written) and (bridge.written is None or not written <= bridge.written)


def _extend_bridge(bridge: Bridge, words: list[str], new_paras: list[Paragraph], vocab) -> Bridge:
    """The bridge plus the translations of corpus words it has not seen (and the new quoted names).

    A full build weighs a gloss shared by n corpus words by 1/sqrt(n); here a new word joins a
    gloss with the count of the words stored for it (at most 8), so shared glosses' weights are
    refreshed at the next full build. Removed documents' words stay until then (a word no passage
    holds any more matches nothing).
    """
    if not words:
        return Bridge(bridge.phrases, bridge.pinyin, bridge.english, bridge.partial, dict(bridge.to_english),
                      bridge.written, bridge.composed)
    phrases = {k: list(v) for k, v in bridge.phrases.items()}
    partial = {k: list(v) for k, v in bridge.partial.items()}
    pinyin = {k: list(v) for k, v in bridge.pinyin.items()}
    composed = {k: list(v) for k, v in bridge.composed.items()}
    for w in words:
        for key in composed_keys(w) if is_composable(w) else ():
            found = composed.setdefault(" ".join(key), [])
            found.append((w, round(COMPOSED_WEIGHT / math.sqrt(len(found) + 1), 4)))
            composed[" ".join(key)] = sorted(found, key=lambda x: (-x[1], x[0]))[:6]
        for key in () if is_composable(w) else _gloss_keys_of(w):
            entries = phrases.setdefault(" ".join(key), [])
            entries.append((w, round((0.35 if len(w) == 1 else 1.0) / math.sqrt(len(entries) + 1), 4)))
            phrases[" ".join(key)] = sorted(entries, key=lambda x: (-x[1], x[0]))[:8]
            if 2 <= len(key) and len(w) > 1:
                for sub in partial_keys(key):
                    found = partial.setdefault(sub, [])
                    found.append((w, round(PARTIAL_WEIGHT / math.sqrt(len(found) + 1), 4)))
                    partial[sub] = sorted(found, key=lambda x: (-x[1], x[0]))[:6]
        if 2 <= len(w) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", w):
            pinyin.setdefault(_pinyin_key(w), []).append(w)
    for name in dict.fromkeys(m for p in new_paras for m in re.findall(r"“([\u4e00-\u9fff]{2,6})”", p.text)):
        key = _pinyin_key(name)
        if key not in pinyin:
            pinyin[key] = [t for t in tokenize(name) if t in vocab]
    return Bridge(phrases, {k: sorted(set(v)) for k, v in pinyin.items() if v}, bridge.english, partial,
                  dict(bridge.to_english), bridge.written, composed)
