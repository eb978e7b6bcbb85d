"""jieba's dictionary read a first character at a time, from a compact file in the data folder.

jieba unmarshals its whole prefix dictionary (about 580,000 words and prefixes) before cutting
anything, and ``jieba.posseg`` parses all of ``dict.txt`` again for its word tags on first import:
about 0.4 s and 0.3 s of a start-up on a quiet machine (bench/startup.py). Every lookup jieba
makes while cutting a text is of a piece of that text, so it only ever needs the entries whose
first character the text holds. This module writes the dictionary and the tags grouped by first
character into ``lexicon.bin`` beside jieba's own cache, and at start-up hands jieba an empty
dictionary that is filled, group by group, for the characters of each text before jieba cuts it.
The same groups hold each headword's CC-CEDICT entries, which adding a document to an index needs
for its new words only (parsing the whole dictionary takes about a second). The file ends with the
tables made from the whole of either dictionary (:func:`_tables`): a process would otherwise read a
dictionary whole for them on the first question that needs one (about 0.7 s for the English stems,
0.4 s for the places and their pinyin, 0.16 s for pypinyin's import when a question names a place, 0.2 s for
the spoken readings' tables).
The dictionary's entries are jieba's own, so every cut is the one the full dictionary gives
(tests/test_lexicon.py compares them); a long-running process ends up with the groups its texts use.
"""
from __future__ import annotations

import functools
import marshal
import mmap
import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import jieba
from reportbot.index.retrieval import lexicon_key, temp_files

FILE_NAME = "lexicon.bin"
_serving: Lexicon | None = None  # the lexicon jieba's default tokenizer reads, once installed


def _tables() -> dict:
    """The tables made from a dictionary read whole, by name: each a function making it (a marshal-able value)."""
    from reportbot.index.retrieval.cedict import english_stems, headed_nouns_table, people_senses, role_senses
    from reportbot.index.retrieval.gazetteer import parse_gazetteer
    from reportbot.index.retrieval.place_names import parse_jieba_places, place_pinyin, romanise_places
    from reportbot.index.retrieval.senses import same_sense_table
    from reportbot.index.retrieval.spoken import derive_tables

    gazetteer = functools.cache(parse_gazetteer)  # two tables of it: parsed once (about a second)
    return {"english": english_stems, "roles": role_senses, "people": people_senses,
            "headed": headed_nouns_table,
            "places": parse_jieba_places, "gazetteer": gazetteer,
            "place_pinyin": lambda: place_pinyin(parse_jieba_places()),
            "romanised": lambda: romanise_places(parse_jieba_places() | gazetteer()[0]), "spoken": derive_tables,
            "same_sense": same_sense_table}


def dict_entries() -> Iterator[tuple[str, int, str]]:
    """``dict.txt``'s tagged lines: (word, frequency, part-of-speech tag)."""
    with open(lexicon_key.dict_path(), "rb") as f:
        for line in f:
            parts = line.strip().decode("utf-8").split(" ")
            if len(parts) == 3:
                yield parts[0], int(parts[1]), parts[2]


def _word_tags() -> dict[str, str]:
    """``dict.txt``'s part-of-speech tags, as ``jieba.posseg`` reads them."""
    return {word: tag for word, _, tag in dict_entries()}


def write(path: Path) -> None:
    """Write the lexicon of the dictionary jieba has loaded (``jieba.dt`` initialised in full) to ``path``."""
    from reportbot.index.retrieval.cedict import _cedict_entries

    groups: dict[str, tuple[dict, dict, dict]] = {}
    for part, entries in enumerate((jieba.dt.FREQ, _word_tags(), _cedict_entries())):
        for word, value in entries.items():
            groups.setdefault(word[0], ({}, {}, {}))[part][word] = value
    blobs, index, offset = [], {}, 0
    for ch, group in groups.items():
        blob = marshal.dumps(group)
        index[ch] = (offset, len(blob))
        blobs.append(blob)
        offset += len(blob)
    tables = {}
    for name, make in _tables().items():
        blob = marshal.dumps(make())
        tables[name] = (offset, len(blob))
        blobs.append(blob)
        offset += len(blob)
    header = (lexicon_key.key(), lexicon_key.stamp(), lexicon_key.contents(), jieba.dt.total, index, tables)
    _store(path, header, blobs)


def _store(path: Path, header: tuple, blobs) -> None:
    """Write a lexicon file whole: into a temporary file, then put in place (a reader never sees half of one)."""
    head = marshal.dumps(header)
    path.parent.mkdir(parents=True, exist_ok=True)
    temp_files.sweep(path)  # what writers killed before their rename left (24 MB each)
    tmp = temp_files.temp_path(path)
    try:
        with open(tmp, "wb") as f:
            f.write(len(head).to_bytes(8, "little"))
            f.write(head)
            f.writelines(blobs)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class Lexicon:
    """The groups of a lexicon file, loaded into jieba's dictionary as texts need them."""

    def __init__(self, data: bytes | mmap.mmap, start: int, total: int, index: dict[str, tuple[int, int]],
                 tables: dict[str, tuple[int, int]]):
        self._data, self._start, self.total, self._index, self._tables = data, start, total, index, tables
        self.freq: dict[str, int] = {}
        self.tags: dict[str, str] = {}
        self.cedict: dict[str, tuple[tuple[bool, str], ...]] = {}
        self._loaded: set[str] = set()
        self._lock = threading.Lock()

    @classmethod
    def read(cls, path: Path) -> Lexicon | None:
        """The lexicon at ``path``, or None if it is missing, damaged or not what this install would write
        (``lexicon_key.py``): other dictionaries, versions or code.

        Found with other dictionary files' times but their contents (another venv's copies), it serves, and the
        file records the new times, so that the next start need not read the dictionaries to know.
        """
        try:
            with open(path, "rb") as f:
                data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)  # groups are read as needed
            size = int.from_bytes(data[:8], "little")
            key, stamp, contents, total, index, tables = marshal.loads(data[8:8 + size])
        except (OSError, ValueError, EOFError, TypeError):
            return None
        if key != lexicon_key.key():
            return None
        if stamp != (now := lexicon_key.stamp()):
            if contents != lexicon_key.contents():
                return None
            try:
                _store(path, (key, now, contents, total, index, tables), (data[8 + size:],))
            except OSError:  # a read-only data folder: the next start compares the contents again
                pass
        return cls(data, 8 + size, total, index, tables)

    def table(self, name: str):
        """One of the tables :func:`write` made (:func:`_tables`), read from the file."""
        at, size = self._tables[name]
        return marshal.loads(self._data[self._start + at:self._start + at + size])

    def need(self, text: str) -> None:
        """Load the groups of the characters of ``text`` not loaded yet (before the loaded mark: threads)."""
        missing = set(text) - self._loaded
        if not missing:
            return
        with self._lock:
            for ch in missing - self._loaded:
                where = self._index.get(ch)
                if where is not None:
                    a = self._start + where[0]
                    freq, tags, cedict = marshal.loads(self._data[a:a + where[1]])
                    self.freq.update(freq)
                    self.tags.update(tags)
                    self.cedict.update(cedict)
                self._loaded.add(ch)

    def install(self, tokenizer: jieba.Tokenizer) -> None:
        """Make ``tokenizer`` (jieba's default) cut with this lexicon, and ``jieba.posseg`` tag with it."""
        cls = type(tokenizer)
        tokenizer.FREQ, tokenizer.total = self.freq, self.total

        def cut(sentence, *args, **kwargs):
            self.need(sentence)
            return cls.cut(tokenizer, sentence, *args, **kwargs)

        def get_DAG(sentence):  # noqa: N802 - jieba's name; jieba.posseg reaches the dictionary through it
            self.need(sentence)
            self._tag_with_lexicon()
            return cls.get_DAG(tokenizer, sentence)

        tokenizer.cut, tokenizer.get_DAG = cut, get_DAG
        # jieba.posseg reads dict.txt for its tags when imported: give it nothing to read, the tags come from here
        tokenizer.get_dict_file = lambda: _EmptyFile()
        tokenizer.initialized = True

    def _tag_with_lexicon(self) -> None:
        posseg = jieba.__dict__.get("posseg")
        if posseg is not None and getattr(posseg, "dt", None) is not None and posseg.dt.word_tag_tab is not self.tags:
            posseg.dt.word_tag_tab = self.tags


class _EmptyFile:
    """What ``jieba.posseg`` reads as ``dict.txt`` once the lexicon serves: no lines."""

    name = "lexicon"

    def __iter__(self):
        return iter(())

    def close(self) -> None:
        pass


def load_into_jieba(cache_dir: Path) -> bool:
    """Serve jieba's dictionary from ``cache_dir``'s lexicon; False (nothing changed) if there is none usable.

    Call before jieba is initialised and before ``jieba.posseg`` is imported.
    """
    if jieba.dt.initialized or "jieba.posseg" in sys.modules:
        return False
    lexicon = Lexicon.read(cache_dir / FILE_NAME)
    if lexicon is None:
        return False
    global _serving
    lexicon.install(jieba.dt)
    _serving = lexicon
    return True


def cedict_entries(word: str) -> tuple[tuple[bool, str], ...] | None:
    """``word``'s CC-CEDICT entries as ``bridge`` parses them; None when no lexicon serves (parse the dictionary)."""
    if _serving is None or not word:
        return None
    _serving.need(word[0])
    return _serving.cedict.get(word, ())


def table(name: str):
    """A table made from a dictionary read whole (:func:`_tables`); None when no lexicon serves (make it)."""
    return None if _serving is None else _serving.table(name)


def frequency(word: str) -> int:
    """jieba's frequency of ``word`` (0 for a word it does not hold, or holds only as the start of longer ones)."""
    if _serving is not None and word:
        _serving.need(word[0])
    return jieba.dt.FREQ.get(word, 0)


def tag(word: str) -> str | None:
    """jieba's part-of-speech tag of ``word`` (ns: a place's name, nt: an organisation's, nr: a person's); None
    for a word the dictionary does not hold. Without a lexicon (a first start) ``jieba.posseg``'s table is read."""
    if not word:
        return None
    if _serving is None:
        import jieba.posseg

        return jieba.posseg.dt.word_tag_tab.get(word)
    _serving.need(word[0])
    return _serving.tags.get(word)
