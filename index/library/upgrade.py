"""An index of an older format this reportbot still reads, brought up to the current format when a folder opens.

Formats 4 to 6 differ from 7 in the English bridge only (5 and 6 lacked the composed glosses and 7's reading of
a place's kind alone; 4 also kept its passages in one ``passages.json``). Their vectors and keyword postings are
as a build makes them now, so the bridge is made again from the index's own passages and postings and the index
saved into a fresh folder that becomes current (no document parsed or embedded again). Before this, a folder kept
its old bridge until a document was added, and answered English questions as the old format did.
"""
from __future__ import annotations

import time

from reportbot.index.retrieval import passage_index as pi


def outdated(index: pi.PassageIndex) -> bool:
    """Whether ``index`` was written in an older format than this reportbot writes."""
    return index.manifest.get("format_version") != pi.FORMAT_VERSION


def upgraded(index: pi.PassageIndex) -> pi.PassageIndex:
    """``index`` in the current format: its English bridge made again as a full build makes it.

    The stores are forked (their base shared, never written), so ``index`` stays usable as it was.
    """
    bridge = pi.make_bridge(index.paragraphs, index.para_bm25)
    manifest = index.manifest | {"format_version": pi.FORMAT_VERSION,
                                 "upgraded_from": index.manifest.get("format_version"),
                                 "created": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    return pi.PassageIndex(manifest, index.docs, index.paragraphs, index.para_vecs.fork(), index.sent_vecs.fork(),
                           index.sent_para, index.para_bm25, index.sent_bm25,
                           [s for p in index.paragraphs for s in p.sentences], bridge, index.context_bm25,
                           index.places, index.para_zh, index.second, context=index.context,
                           sent_uniq=index.sent_uniq)
