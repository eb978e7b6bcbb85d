"""A made-up sentence index's postings for tests: which of the given rows hold a term."""
from __future__ import annotations

import numpy as np


class Postings:
    def __init__(self, units: list[set[str]]):
        self.units = units

    def contains(self, term, rows):
        return np.array([term in self.units[int(r)] for r in rows], bool)
