"""What a lexicon file (``lexicon.py``) is made from, so that a data folder's lexicon serves every install that
would write the same file, and none that would write another.

A lexicon holds jieba's dictionary, CC-CEDICT's entries, and tables this package's code makes from both. Two
installs write the same file when the dictionaries hold the same bytes, the packages and the code that make the
tables are the same: that is its key (:func:`key` and :func:`contents`). A key made of the dictionaries' file
times instead tied a folder to the virtual environment that wrote its lexicon (another venv's copies of the same
files have other times, so each rejected the other's lexicon and wrote its own), while a change to the code that
makes the tables left an old lexicon serving old tables.

Hashing the dictionaries reads 14 MB (about 50 ms), more than a start should spend each time, so the file also
records the files' sizes and times (:func:`stamp`): a start that finds them as recorded trusts the contents
without reading them, and one that finds other times (the folder read from another venv, an image rebuilt)
hashes the files and, when the contents agree, serves the lexicon and records the new times
(``lexicon.Lexicon.read``).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import jieba

FORMAT = 9  # the file's layout (lexicon.py): 9 keys on contents and code, 8 keyed on the files' times
# the modules whose code makes what a lexicon holds: its groups and header (lexicon.py), CC-CEDICT's entries and
# the English gloss stems (cedict.py, stemmed by tokenize.py), jieba's places and their pinyin (context.py) and
# CC-CEDICT's places (gazetteer.py)
MAKERS = ("lexicon.py", "cedict.py", "tokenize.py", "context.py", "gazetteer.py", "spoken.py", "senses.py")


def dict_path() -> str:
    """jieba's dictionary file: the one it was told to use, else the one it ships."""
    return jieba.dt.dictionary or os.path.join(os.path.dirname(jieba.__file__), jieba.DEFAULT_DICT_NAME)


def _sources() -> tuple[str, str]:
    from reportbot.index.retrieval.cedict import cedict_path

    return dict_path(), str(cedict_path())


def code_digest() -> str:
    """A digest of the source of :data:`MAKERS` (the package's version where its source is not at hand)."""
    digest = hashlib.sha256()
    try:
        for name in MAKERS:
            digest.update(Path(__file__).with_name(name).read_bytes())
    except OSError:
        from importlib.metadata import version

        return f"reportbot-{version('reportbot')}"
    return digest.hexdigest()


def key() -> list:
    """What must be equal for a lexicon to serve, short of the dictionaries' bytes: the file's format, jieba's,
    the tokenizer's and pypinyin's versions (the tables are stemmed and romanised), the code that makes it."""
    from importlib.metadata import version

    from reportbot.index.retrieval.tokenize import TOKENIZER_NAME

    return [FORMAT, jieba.__version__, TOKENIZER_NAME, version("pypinyin"), code_digest()]


def stamp() -> list:
    """The dictionaries' files' sizes and modification times: unchanged, their contents are taken as recorded."""
    return [x for p in _sources() for x in (os.stat(p).st_size, os.stat(p).st_mtime_ns)]


def contents() -> list[str]:
    """Digests of the dictionaries' bytes (about 50 ms)."""
    out = []
    for p in _sources():
        with open(p, "rb") as f:
            out.append(hashlib.file_digest(f, "sha256").hexdigest())
    return out
