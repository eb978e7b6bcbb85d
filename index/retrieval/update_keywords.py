"""The keyword side of an appended index (moved from update.py): the postings with the removed documents' rows
dropped and the added ones' appended, and the bridge made again over the whole vocabulary."""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from reportbot.corpus.document import Document, Paragraph
from reportbot.index.retrieval import passage_index as pi
from reportbot.index.retrieval import passage_texts as pt
from reportbot.index.retrieval.bm25 import BM25
from reportbot.index.retrieval.bridge import Bridge
from reportbot.index.retrieval.bridge_en import english_terms
from reportbot.index.retrieval.tokenize import tokenize


def keywords(prev: pi.PassageIndex, gone: np.ndarray, gone_sent: np.ndarray, added: Sequence[Document],
              new_paras: list[Paragraph], paragraphs: list[Paragraph]) -> tuple[BM25, BM25, BM25, Bridge]:
    """The keyword postings (paragraphs, sentences, contexts) and the bridge, the removed rows dropped and the
    added documents' appended.

    The bridge is made again from the whole vocabulary, as a full build makes it: a gloss shared by n corpus
    words weighs each 1/sqrt(n), so a word that joins a gloss changes the weights of the words already there
    (extending the stored bridge word by word left them as they were: donation -> 捐赠 1.0 after a full build,
    0.71 after adding the documents one at a time), and a removed document's words must leave it.
    """
    para_bm25 = prev.para_bm25.without(gone).appended([tokenize(p.text) for p in new_paras])
    sent_bm25 = prev.sent_bm25.without(gone_sent).appended([tokenize(s) for p in new_paras for s in p.sentences])
    context_bm25 = prev.context_bm25.without(gone).appended(pt.context_tokens(added))
    # the Chinese-to-English side depends only on the English written (words, capitalised pairs) and its keyword
    # terms: kept when none changed (making it again costs about 3 s of a cold process's CPU in a library of 132
    # passages)
    # (an index of an older format made it with older code: made again)
    same_english = (prev.manifest.get("format_version") == pi.FORMAT_VERSION
                    and prev.bridge.written == pi.written_english(paragraphs)
                    and prev.bridge.pairs == pi.written_pairs(paragraphs)
                    and english_terms(prev.para_bm25.vocab) == english_terms(para_bm25.vocab))
    bridge = pi.make_bridge(paragraphs, para_bm25, prev.bridge.to_english if same_english else None)
    return para_bm25, sent_bm25, context_bm25, bridge
