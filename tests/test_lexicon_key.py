"""A data folder's lexicon serves every install with the same dictionaries and code, and no other (lexicon_key.py).

Another install (a second venv, a rebuilt image) has its own copies of jieba's dictionary: the same bytes, other
file times. Its starts must read the folder's lexicon as the first install's do, not write their own.
"""
from __future__ import annotations

import json
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path

import jieba

ROOT = Path(__file__).resolve().parents[1]

# In a fresh process: jieba told to use a dictionary file (an install's copy), made ready from the cache folder
CUT = r"""
import json, sys
from pathlib import Path
import jieba
jieba.set_dictionary(sys.argv[2])
from reportbot.index.retrieval.tokenize import initialize
initialize(Path(sys.argv[1]))
cut = jieba.lcut(sys.argv[3])
print(json.dumps({"entries": len(jieba.dt.FREQ), "cut": cut}, ensure_ascii=False))
"""
TEXT = "蓝鲸救援队昨日出动三次"  # a made-up team: jieba's own dictionary does not hold its name


def _cut(cache: Path, dictionary: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CUT, str(cache), str(dictionary), TEXT], check=True,
                         capture_output=True, text=True, cwd=ROOT).stdout
    return json.loads(out)


def _install_copy(tmp_path: Path, name: str, extra: str = "", when: int = 0) -> Path:
    """A copy of jieba's dictionary as another install has it: the same bytes (plus ``extra``), its own time."""
    path = tmp_path / name / "dict.txt"
    path.parent.mkdir()
    shutil.copyfile(Path(jieba.__file__).with_name("dict.txt"), path)
    if extra:
        with path.open("a", encoding="utf-8") as f:
            f.write(extra)
    os.utime(path, ns=(when, when))
    return path


def _stamp(cache: Path) -> list:
    data = (cache / "lexicon.bin").read_bytes()
    return marshal.loads(data[8:8 + int.from_bytes(data[:8], "little")])[1]


def test_another_install_with_the_same_dictionary_reads_the_folders_lexicon(tmp_path):
    cache = tmp_path / "cache"
    first = _install_copy(tmp_path, "venv1", when=1_600_000_000 * 10**9)
    second = _install_copy(tmp_path, "venv2", when=1_700_000_000 * 10**9)
    whole = _cut(cache, first)  # a first start: jieba loads whole, the lexicon is written
    assert whole["entries"] > 300_000
    written = (cache / "lexicon.bin").stat().st_ino
    other = _cut(cache, second)  # the same folder from the other install: served, not written again
    assert other["entries"] < 10_000 and other["cut"] == whole["cut"]
    # the lexicon now records the second install's file times, so its next start need not hash the dictionary
    assert _stamp(cache)[:2] == [second.stat().st_size, second.stat().st_mtime_ns]
    assert (cache / "lexicon.bin").stat().st_ino != written  # the stamp was put in place whole, never written into
    again = _cut(cache, first)  # and the first install still reads it
    assert again["entries"] < 10_000 and again["cut"] == whole["cut"]
    assert not list(cache.glob(".lexicon-*"))


def test_a_lexicon_of_another_dictionary_is_written_anew(tmp_path):
    cache = tmp_path / "cache"
    _cut(cache, _install_copy(tmp_path, "venv1", when=1_600_000_000 * 10**9))
    # another install whose dictionary knows the team's name: it must cut with its own dictionary, not the folder's
    other = _install_copy(tmp_path, "venv2", extra="蓝鲸救援队 3000 nt\n", when=1_700_000_000 * 10**9)
    whole = _cut(cache, other)
    assert whole["entries"] > 300_000 and "蓝鲸救援队" in whole["cut"]
    served = _cut(cache, other)  # the lexicon it wrote serves it next time
    assert served["entries"] < 10_000 and served["cut"] == whole["cut"]


def test_a_lexicon_written_by_other_code_does_not_serve(tmp_path, monkeypatch):
    """The tables a lexicon holds are made by this package's code: a lexicon an older version wrote is stale."""
    from reportbot.index.retrieval import lexicon, lexicon_key

    cache = tmp_path / "cache"
    subprocess.run([sys.executable, "-c", "from pathlib import Path; import sys; from reportbot.index.retrieval."
                    "tokenize import initialize; initialize(Path(sys.argv[1]))", str(cache)], check=True, cwd=ROOT)
    assert lexicon.Lexicon.read(cache / lexicon.FILE_NAME) is not None
    monkeypatch.setattr(lexicon_key, "code_digest", lambda: "the code of another version")
    assert lexicon.Lexicon.read(cache / lexicon.FILE_NAME) is None
