"""The version of the passage cutting: how ``corpus/`` turns a document's stored text into passages, and a file
into its stored text.

BUMP ``CUTTING_VERSION`` WHENEVER THE CUTTING CHANGES: any change to ``split.py``, ``blocks.py``, ``assemble.py``,
``sentences.py``, ``normalize.py`` (or what they call) that gives a stored text other passages, other sentences,
another heading path or another kind; and whenever the loaders (``loaders.py`` and what it calls) read a file into
another stored text. Each document's record keeps the version that read its file, and the data folder keeps the file
(``index/library/originals.py``): a full build reads every kept file an older version read again, and replaces its
stored text (``tests/test_originals.py`` keeps a fingerprint of what the loaders read, as ``test_cutting.py`` does
of the passages). Every index records the version its documents were cut by (``cutting`` in
its manifest); a data folder whose index was cut by another version answers from it as it is, ``reportbot serve``
rebuilds it from the stored texts in the background at start, ``reportbot health`` says so and ``reportbot index``
re-reads them (``index/library/cutting.py``). Without a bump, a folder built before keeps the old passages for
every document already added: the append path takes them from the index, never from the texts.

``tests/test_cutting.py`` keeps a fingerprint of the passages of the seed report and a few made-up texts, and fails
when they change while the version stays; bump the version and record the new fingerprint there.

History: one entry per version, what it changed, in ``docs/cutting-history.md`` (a bump adds its entry
there).
"""
from __future__ import annotations

CUTTING_VERSION = 83
