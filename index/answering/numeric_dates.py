"""Dates written in figures alone (2025.03.14, 22/05/2025): the pattern is the loaders' (:mod:`reportbot.corpus.
numeric_dates`, which reads a document's own date so too); the answers read it here by this name."""
from __future__ import annotations

from reportbot.corpus.numeric_dates import NUMERIC_DATE, numeric_date

__all__ = ["NUMERIC_DATE", "numeric_date"]
