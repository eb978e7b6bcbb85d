"""The temporary files a cache writer fills before putting them in place whole, and the ones dead writers left.

The data folder's caches (jieba's lexicon, 24 MB; USE's parsed form, 85 MB) are written into a temporary file
beside their place and then renamed onto it, so a reader never sees half of one. A writer killed in between
(``kill -9``, a power cut, a container stopped) leaves its temporary file behind, and every such start left
another. Each temporary file is named by its writer's process id, and a writer first removes the ones whose
writer is gone, as a build removes the folders of builds that never finished (``library/indexes.py``).
"""
from __future__ import annotations

import glob
import os
import time
from pathlib import Path

# a temporary file untouched this long, of a process not running here, is an orphan (a writer on another machine
# sharing the folder, whose process id means nothing here, writes its file in well under this)
ORPHAN_AFTER = 60.0


def temp_path(path: Path) -> Path:
    """Where this process writes ``path``'s next version before putting it in place."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # another user's process: running
        return True
    return True


def sweep(path: Path, now: float | None = None) -> list[Path]:
    """Remove the temporary files of ``path`` (:func:`temp_path`) whose writer is gone: not this process, not
    running here, and the file untouched for :data:`ORPHAN_AFTER` seconds. Returns what was removed."""
    now = time.time() if now is None else now
    removed = []
    for tmp in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        pid = tmp.name[len(path.name) + 2:-len(".tmp")]
        if not pid.isdigit() or int(pid) == os.getpid() or _running(int(pid)):
            continue
        try:
            if now - tmp.stat().st_mtime >= ORPHAN_AFTER:
                tmp.unlink()
                removed.append(tmp)
        except OSError:  # gone meanwhile, or not ours to remove
            continue
    return removed
