"""E-mail and web addresses: identifiers, not words.

e5 reads an address's Latin letters as English words (redcross@donghu.edu.cn: "red cross", "Donghu"), so a
Chinese contact list that holds one drew English questions about anything its document's name spells. A
passage's vector is made without its addresses (``passage_index.vector_texts``), and a line that holds one
counts with its passage's cosine (``hits.address_lines``); the keyword side still finds an address's words.
"""
from __future__ import annotations

import re

ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+|https?://\S+|www\.\S+", re.ASCII)
# what a passage's vector is made of, recorded in the index manifest
VECTOR_TEXT = "context + text without addresses"


def without_addresses(text: str) -> str:
    """``text`` with its e-mail and web addresses left out."""
    return ADDRESS.sub("", text)
