"""Control characters and private-use glyphs out of extracted text; a glyph that starts a line is a bullet."""
from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff]")


_GLYPHBULLET = re.compile(r"(?m)^(\s*)[\x7f-\x9f\ue000-\uf8ff](?=\s)")


def clean_text(text: str) -> str:
    """Text with control characters and private-use glyphs removed; one that starts a line is a bullet."""
    return _CONTROL.sub("", _GLYPHBULLET.sub("\\1\u2022", text))
