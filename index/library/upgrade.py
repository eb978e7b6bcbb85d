"""An index of an older format this reportbot still reads, brought up to the current format when a folder opens.

Formats 4 to 8 differ from 9 in the English bridge (5 and 6 lacked the composed glosses and 7's reading of a
place's kind alone, 7 lacked 8's English names read by meaning, calques.py, 8 lacked 9's abbreviations and compounds
cut in two, bridge_en.joined; 4 also kept its passages in one ``passages.json``), and 4 and 5 in lacking the second
opinion's USE vectors (``second_opinion.py``). Their e5 vectors and keyword postings are as a build makes them
now, so the bridge is made again from the index's own passages and postings, the USE vectors (where USE is
installed and the index has none) are computed from the index's own passages as a build computes them (the same
vectors; 13 s for an 817-passage folder on a loaded 2-core machine, once), and the index is saved into a fresh
folder that becomes current (no document parsed, nothing embedded with e5 again). Before this, a folder kept its
old bridge until a document was added, and an upgraded 4 or 5 was labelled current without USE vectors (English
questions searched by e5 alone) until a full build.
"""
from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from reportbot.corpus.errors import BuildInProgress
from reportbot.index.retrieval import passage_index as pi
from reportbot.index.retrieval import passage_texts as pt
from reportbot.index.retrieval import second_opinion as so
from reportbot.index.retrieval.update import documents_of

if TYPE_CHECKING:
    from reportbot.index.library.folder import Library

logger = logging.getLogger(__name__)


def outdated(index: pi.PassageIndex) -> bool:
    """Whether ``index`` was written in an older format than this reportbot writes."""
    return index.manifest.get("format_version") != pi.FORMAT_VERSION


def upgraded(index: pi.PassageIndex) -> pi.PassageIndex:
    """``index`` in the current format: its English bridge made again, and its USE vectors made where it has none,
    as a full build makes them.

    The stores are forked (their base shared, never written), so ``index`` stays usable as it was.
    """
    bridge = pi.make_bridge(index.paragraphs, index.para_bm25)
    second = index.second if index.second is not None else second_vectors(index, so.installed())
    manifest = index.manifest | {"format_version": pi.FORMAT_VERSION,
                                 "upgraded_from": index.manifest.get("format_version"),
                                 "second_opinion": second.model if second is not None else None,
                                 "created": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    return pi.PassageIndex(manifest, index.docs, index.paragraphs, index.para_vecs.fork(), index.sent_vecs.fork(),
                           index.sent_para, index.para_bm25, index.sent_bm25,
                           [s for p in index.paragraphs for s in p.sentences], bridge, index.context_bm25,
                           index.places, index.para_zh, second, context=index.context,
                           sent_uniq=index.sent_uniq)


def second_vectors(index: pi.PassageIndex, model) -> so.SecondVectors | None:
    """The USE vectors a full build would make for ``index``'s passages (None when ``model``, USE, is absent):
    one per paragraph (its text under its context) and one per distinct sentence, in the index's order."""
    if model is None:
        return None
    t0 = time.perf_counter()
    docs = documents_of(index)
    texts = pt.vector_texts([docs[d] for d in dict.fromkeys(p.doc_id for p in index.paragraphs)])
    second = so.vectors_for(model, texts, list(dict.fromkeys(s for p in index.paragraphs for s in p.sentences)))
    logger.info("USE vectors made for the %d passages of an index of format %s in %.1f s", len(texts),
                index.manifest.get("format_version"), time.perf_counter() - t0)
    return second


def kept_upgraded(library: Library, index: pi.PassageIndex) -> pi.PassageIndex:
    """``index``, the current index of ``library``, :func:`upgraded`; saved as the current build when the folder is
    free and writable, else served as upgraded from memory."""
    opened = library.current_path()
    new = upgraded(index)
    logger.info("index of %s is format %s: its English bridge is made again (format %s)", library.root,
                index.manifest.get("format_version"), new.manifest["format_version"])
    try:
        with library.locked(wait=False):
            if library.current_path() == opened:  # no build made another current meanwhile
                library.builds.keep(new)
    except BuildInProgress:
        pass  # the build under way writes the current format
    except OSError as exc:  # a read-only folder: serve the upgraded index from memory
        logger.info("could not save the upgraded index of %s: %s", library.root, exc)
    return new
